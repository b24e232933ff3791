"""The speed and scale benchmark: every figure of docs/performance.md, from one corpus, in one run.

    python benchmarks/run.py ../shared/corpora/aquaint/aquaint.docs.jsonl --kb benchmarks/data/aquaint-kb.yaml

The corpus is replicated to ``--size`` documents (10,000 by default) with
unique ids and each copy's publication dates moved past the previous copy's
(``replicate``), so that every copy is a new set of stories, and written as
JSON Lines. Then, for the same
documents:

- ``check`` end to end, in process (``run_check`` on the file, the JSON report
  rendered) and through the CLI (``factcheck check``, start-up included), in
  documents/s and MB/s of input, with the peak resident memory of the process;
- the same with ``--jobs`` (one process per CPU by default), and whether its
  JSON is byte-identical to one process's;
- the streamed output (``--format jsonl``) on ``--size`` documents and on a
  tenth of them: how time and peak memory grow with 10x the documents;
- ``--jobs`` with the streamed output, byte-identical to one process's;
- with ``--dask``, ``factcheck.distributed.check`` on a ``LocalCluster`` with one
  worker process per job, byte-identical to one process's JSON;
- the start-up time of ``factcheck rules``, best of five runs;
- as the reference, raw ``dateparser.search.search_dates`` plus raw
  ``quantulum3.parser.parse`` on each whole text of a sample (one copy of the
  corpus by default), warm, extrapolated to documents/s.

Each measurement runs in a fresh process, so that its peak memory is its own.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
import warnings
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

INPROCESS = """
import sys, time, io
from factcheck.engine import run_check
from factcheck.io import load_kbs
from factcheck.report import get_formatter
path, kbs = sys.argv[1], sys.argv[2:]
start, cpu = time.perf_counter(), time.process_time()
checked = run_check([path], kb=load_kbs(kbs))
get_formatter("json")(checked.report, io.StringIO(), documents=checked.documents)
print(time.perf_counter() - start, time.process_time() - cpu)
"""

DASK = """
import sys, time
from dask.distributed import Client, LocalCluster
import factcheck.distributed
from factcheck.io import load_kbs
path, out, workers, kbs = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:]
if __name__ == "__main__":
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with Client(cluster):
            start = time.perf_counter()
            report = factcheck.distributed.check([path], kb=load_kbs(kbs), npartitions=8 * workers)
            with open(out, "w", encoding="utf-8", newline="\\n") as handle:
                handle.write(report.model_dump_json(indent=2) + "\\n")
            print(time.perf_counter() - start, 0.0)
"""


def replicate(records: list[dict[str, Any]], size: int) -> list[dict[str, Any]]:
    """``size`` documents: the corpus again and again, ids and texts made unique, each copy's dates moved past
    the last.

    Each copy is shifted by the corpus's span of publication dates plus a week,
    so that no two copies share a news cycle: every copy is a new set of
    stories, as a real archive's next year is (shifted by less, the copies of
    one report would join one ever-growing story).
    """
    days = sorted(date.fromisoformat(str(r["published"])[:10]) for r in records if r.get("published"))
    shift = timedelta(days=(days[-1] - days[0]).days + 7 if days else 7)
    copies = []
    for index in range(size):
        record = dict(records[index % len(records)])
        copy = index // len(records)
        record["id"] = f"{record['id']}-{copy}"
        # Each copy's text differs (trailing blanks, which state nothing): memos keyed by a document's text
        # must not turn the corpus's repetition into speed a real archive, with no two texts alike, never has.
        record["text"] = str(record.get("text", "")) + " " * copy
        if record.get("published"):
            record["published"] = (date.fromisoformat(str(record["published"])[:10]) + shift * copy).isoformat()
        copies.append(record)
    return copies


def write_jsonl(records: list[dict[str, Any]], path: Path) -> Path:
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


@dataclass
class Run:
    seconds: float
    """Wall time: the process's own (in process) or the whole process's (CLI)."""
    cpu: float
    """CPU time (user and system) of the process and its worker processes: with other work on the machine, the
    wall time of ``--jobs`` shows how many cores were free, the CPU time what the work cost."""
    peak_mb: float
    """Peak resident memory of the process (not of its workers)."""


def measure(command: list[str], output: Path | None = None) -> tuple[Run, str]:
    """Run a command; its wall time, peak memory and standard output (or ``output``'s name)."""
    start = time.perf_counter()
    with tempfile.TemporaryFile("w+", encoding="utf-8") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.PIPE, text=True)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        errors = process.stderr.read() if process.stderr else ""
        out.seek(0)
        printed = out.read()
    if process.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} exited {process.returncode}:\n{errors}")
    cpu = usage.ru_utime + usage.ru_stime  # the workers' too: the process waited for them
    return Run(seconds, cpu, usage.ru_maxrss / 1024), printed  # ru_maxrss is in KiB on Linux


def factcheck_command() -> list[str]:
    script = Path(sys.executable).with_name("factcheck")
    return [str(script)] if script.exists() else [sys.executable, "-m", "factcheck"]


def startup(repeat: int = 5) -> float:
    """Best wall time of ``factcheck rules`` over ``repeat`` runs."""
    return min(measure([*factcheck_command(), "rules"])[0].seconds for _ in range(repeat))


def reference(records: list[dict[str, Any]]) -> tuple[float, float]:
    """Seconds of raw ``search_dates`` and of raw quantulum3 ``parse`` over the texts, warm."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from dateparser.search import search_dates
        from quantulum3 import parser

        search_dates("Talks began on Monday, Feb. 2, 1998.", languages=["en"])
        parser.parse("It rose 5 km.")
        start = time.perf_counter()
        for record in records:
            base = datetime.fromisoformat(record["published"][:10]) if record.get("published") else None
            search_dates(record["text"], languages=["en"], settings={"RELATIVE_BASE": base} if base else None)
        dates = time.perf_counter() - start
        start = time.perf_counter()
        for record in records:
            parser.parse(record["text"])
        quantities = time.perf_counter() - start
    return dates, quantities


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.partition("\n")[0])
    parser.add_argument("corpus", type=Path, help="a JSON Lines file of INTERFACE documents")
    parser.add_argument("--kb", action="append", default=[], metavar="FILE", help="knowledge base (repeatable)")
    parser.add_argument("--size", type=int, default=10_000, help="documents to replicate the corpus to [10000]")
    parser.add_argument("--sample", type=int, help="documents for the raw reference [one copy of the corpus]")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes for --jobs [one per CPU]")
    parser.add_argument("--dask", action="store_true", help="also run factcheck.distributed on a LocalCluster")
    args = parser.parse_args()

    records = [json.loads(line) for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    small_size = max(1, args.size // 10)
    kbs = [str(kb) for kb in args.kb]
    rows: list[tuple[str, str]] = []

    def show(name: str, value: str) -> None:
        rows.append((name, value))
        print(f"{name:56} {value}", flush=True)

    def check(path: Path, fmt: str, out: Path, jobs: int = 1) -> Run:
        options = [option for kb in kbs for option in ("--kb", kb)]
        command = [*factcheck_command(), "check", str(path), *options, "--format", fmt, "--fail-on", "never"]
        return measure([*command, "-o", str(out), "--jobs", str(jobs)])[0]

    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as folder:
        tmp = Path(folder)
        big = write_jsonl(replicate(records, args.size), tmp / "corpus.jsonl")
        small = write_jsonl(replicate(records, small_size), tmp / "corpus-tenth.jsonl")
        megabytes = big.stat().st_size / 1e6

        def rate(run: Run, documents: int = args.size, mb: float = megabytes) -> str:
            return (
                f"{documents / run.seconds:.1f} docs/s, {mb / run.seconds:.3f} MB/s "
                f"({run.seconds:.1f} s; CPU {run.cpu:.1f} s, {documents / run.cpu:.1f} docs per CPU-s)"
            )

        show("machine", f"{os.cpu_count()} CPUs, Python {platform.python_version()}, {platform.platform()}")
        show("load average at start (1, 5, 15 min)", " ".join(f"{x:.2f}" for x in os.getloadavg()))
        show("documents", f"{args.corpus.name} x{args.size / len(records):.1f} = {args.size}, {megabytes:.1f} MB")
        show("`factcheck rules` start-up, best of 5", f"{startup():.3f} s")

        run, printed = measure([sys.executable, "-c", INPROCESS, str(big), *kbs])
        inprocess = Run(*map(float, printed.split()[-2:]), run.peak_mb)
        show("check in process (run_check, JSON report)", f"{rate(inprocess)}, peak {inprocess.peak_mb:.0f} MB")

        run = check(big, "json", tmp / "one.json")
        show("`check --format json`, 1 process", f"{rate(run)}, peak {run.peak_mb:.0f} MB")
        run = check(big, "json", tmp / "jobs.json", args.jobs)
        same = (tmp / "jobs.json").read_bytes() == (tmp / "one.json").read_bytes()
        show(f"`check --format json --jobs {args.jobs}`", f"{rate(run)}, byte-identical: {same}")

        tenth = check(small, "jsonl", tmp / "tenth.jsonl")
        show(
            f"`check --format jsonl`, {small_size} documents",
            f"{rate(tenth, small_size, megabytes / 10)}, peak {tenth.peak_mb:.0f} MB",
        )
        whole = check(big, "jsonl", tmp / "one.jsonl")
        show(f"`check --format jsonl`, {args.size} documents", f"{rate(whole)}, peak {whole.peak_mb:.0f} MB")
        show(
            f"streamed, {args.size / small_size:.0f}x the documents",
            f"{whole.seconds / tenth.seconds:.2f}x the time, {whole.peak_mb / tenth.peak_mb:.2f}x the peak memory",
        )
        run = check(big, "jsonl", tmp / "jobs.jsonl", args.jobs)
        same = (tmp / "jobs.jsonl").read_bytes() == (tmp / "one.jsonl").read_bytes()
        show(f"`check --format jsonl --jobs {args.jobs}`", f"{rate(run)}, byte-identical: {same}")

        if args.dask:
            run, printed = measure([sys.executable, "-c", DASK, str(big), str(tmp / "dask.json"), str(args.jobs), *kbs])
            dask = Run(float(printed.split()[-2]), run.cpu, run.peak_mb)  # CPU: the cluster's start and workers too
            same = (tmp / "dask.json").read_bytes() == (tmp / "one.json").read_bytes()
            show(f"factcheck.distributed.check, LocalCluster of {args.jobs}", f"{rate(dask)}, byte-identical: {same}")

    sample = records[: args.sample or len(records)]
    dates, quantities = reference(sample)
    show(f"raw search_dates, {len(sample)} documents", f"{len(sample) / dates:.1f} docs/s ({dates:.1f} s)")
    show(
        f"raw quantulum3 parse, {len(sample)} documents", f"{len(sample) / quantities:.1f} docs/s ({quantities:.1f} s)"
    )
    raw = len(sample) / (dates + quantities)
    show("raw search_dates + quantulum3 parse", f"{raw:.1f} docs/s (extrapolated from the sample)")
    show("check in process / raw reference", f"{args.size / inprocess.seconds / raw:.1f}x")

    print("\n| measure | figure |\n|---|---|")
    for name, value in rows:
        print(f"| {name} | {value} |")


if __name__ == "__main__":
    main()
