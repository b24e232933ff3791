"""Pathological inputs (issue 17): each scanner's trigger words repeated, and the largest story the budget allows.

Each case is one input of about ``--size`` KB, checked by ``factcheck.check``
(every rule, the seed KB) in a fresh process, so that one case's caches and
memory never count for another. Reported per case: the input's size, the
check's wall time and CPU time (imports excluded), the process's peak resident memory
(``resource.getrusage``: imports included) and its growth over the process
after imports, and both per 100 KB of input against issue 17's bound (2 s
and 300 MB per 100 KB). The bound is judged on CPU time, which a machine
busy with other work does not inflate (the check runs on one core, so on an
idle machine its wall time is the same).

    python benchmarks/pathological.py                 # every case, about 100 KB each
    python benchmarks/pathological.py --size 20 --only money-first

The two inputs issue 17 found are kept as cases under their own sizes
("known"): ``"first " * 3400``, once quadratic in the money scan (the letter
triggers "rs" and "EUR" fired inside words), and ``"one hundred and " * 500``,
which exhausted the numeral grammar's recursion; both are now linear and
error-free. The errors column lists the error codes a case's report holds.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
KB = [ROOT / "fixtures" / "kb" / "seed.yaml", ROOT / "fixtures" / "kb" / "fictional.yaml"]
SECONDS_PER_100KB, MB_PER_100KB = 2.0, 300.0

Records = list[dict[str, Any]]
HEADER = (
    "| case | input KB | seconds | CPU s | peak MB | growth MB | CPU s / 100 KB | MB / 100 KB | findings | errors "
    "| within |"
)


def _repeat(phrase: str, size: int) -> str:
    return (phrase * (size // len(phrase) + 1))[:size]


def _one(phrase: str) -> Callable[[int], Records]:
    def build(size: int) -> Records:
        return [{"id": "p", "text": _repeat(phrase, size), "published": "2025-09-28"}]

    return build


def _fixed(phrase: str, times: int) -> Callable[[int], Records]:
    def build(size: int) -> Records:
        return [{"id": "p", "text": phrase * times, "published": "2025-09-28"}]

    return build


def _story_documents(size: int, count: int | None = None) -> Records:
    """The most documents a story compares (``MAX_STORY_DOCUMENTS`` + 1), ordinary reports of one event."""
    from factcheck.budget import MAX_STORY_DOCUMENTS

    count = count or MAX_STORY_DOCUMENTS + 1
    sentence = "Officials said {n} people attended on Sunday, paying ${n} million, {n} days after the vote. "
    per = max(1, size // count)
    return [
        {
            "id": f"d{i}",
            "story": "s",
            "source": f"outlet {i}",
            "published": "2025-09-28",
            "text": _repeat(sentence.format(n=100 + i), per),
        }
        for i in range(count)
    ]


def _story_pairs(size: int) -> Records:
    """Three reports of ``MAX_FACTS`` facts each: the first two are the most fact pairs a story compares."""
    from factcheck.budget import MAX_FACTS

    numbers = ", ".join(str(n) for n in range(1, MAX_FACTS + 1))
    return [
        {"id": f"d{i}", "story": "s", "source": f"outlet {i}", "published": "2025-09-28", "text": f"Drawn: {numbers}."}
        for i in range(3)
    ]


CASES: dict[str, Callable[[int], Records]] = {
    "dates": _one("on Monday, Feb. 3, 1998, "),
    "weekdays": _one("Monday "),
    "months": _one("June 2022 "),
    "durations": _one("for three years and two months "),
    "money": _one("$3.5 million "),
    "money-words": _one("3 billion yen "),
    "numbers": _one("1,234 "),
    "numerals": _one("twenty-one "),
    "quantities": _one("5 km "),
    "percent": _one("5 percent "),
    "claims": _one("founded in 1945, "),
    "ages": _one("aged 25, "),
    "anniversaries": _one("the 50th anniversary "),
    "events": _one("met in Beijing on Sunday "),
    "entities": _one("Wang Yi "),
    "story-documents": _story_documents,
    "story-pairs": _story_pairs,
    "story-100-documents": lambda size: _story_documents(size, 100),
    "money-first (known)": _fixed("first ", 3400),
    "numeral-recursion (known)": _fixed("one hundred and ", 500),
}

_CHILD = """
import json, resource, sys, time
import factcheck
from factcheck.io import load_kbs
records = json.loads(sys.stdin.read())
kb = load_kbs(sys.argv[1:])
# Warm: every library a scanner loads on first use (dateparser, quantulum3's unit tables: 1.6 s) is loaded
# before the clock starts, so that the figure is the input's own work, not a one-time import.
warm = "On Monday, Feb. 3, 1998, $2 million, 700 km, three years, 40 percent, founded in 1945."
factcheck.check([{"id": "warm", "text": warm, "published": "1998-02-10"}], kb=kb)
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start, cpu = time.perf_counter(), time.process_time()
report = factcheck.check(records, kb=kb)
seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "cpu": cpu, "peak_kb": peak, "base_kb": before, "findings": len(report.findings),
                  "errors": [f"{e.code} {e.message}" for e in report.errors]}))
"""


def run_case(name: str, size_kb: int, timeout: float) -> dict[str, Any]:
    records = CASES[name](size_kb * 1000)
    chars = sum(len(r["text"]) for r in records)
    try:
        done = subprocess.run(
            [sys.executable, "-c", _CHILD, *map(str, KB)],
            input=json.dumps(records),
            capture_output=True,
            text=True,
            timeout=timeout,
            check=True,
        )
    except subprocess.TimeoutExpired:
        return {"case": name, "kb": chars / 1000, "timeout": timeout}
    except subprocess.CalledProcessError as err:
        return {"case": name, "kb": chars / 1000, "crash": err.stderr.strip().splitlines()[-1:]}
    measured = json.loads(done.stdout)
    per = 100_000 / max(chars, 1)
    growth_mb = (measured["peak_kb"] - measured["base_kb"]) / 1024
    return {
        "case": name,
        "kb": chars / 1000,
        "seconds": measured["seconds"],
        "cpu": measured["cpu"],
        "peak_mb": measured["peak_kb"] / 1024,
        "growth_mb": growth_mb,
        "cpu_s_per_100kb": measured["cpu"] * per,
        "mb_per_100kb": growth_mb * per,
        "findings": measured["findings"],
        "errors": measured["errors"],
    }


def _row(result: dict[str, Any]) -> str:
    if "timeout" in result:
        return f"| {result['case']} | {result['kb']:.1f} | > {result['timeout']:.0f} (timeout) | | | | | | | | no |"
    if "crash" in result:
        return f"| {result['case']} | {result['kb']:.1f} | crash: {result['crash']} | | | | | | | | no |"
    within = result["cpu_s_per_100kb"] <= SECONDS_PER_100KB and result["mb_per_100kb"] <= MB_PER_100KB
    errors = ", ".join(sorted({error.split()[0] for error in result["errors"]}))
    return (
        f"| {result['case']} | {result['kb']:.1f} | {result['seconds']:.2f} | {result['cpu']:.2f} "
        f"| {result['peak_mb']:.0f} "
        f"| {result['growth_mb']:.0f} | {result['cpu_s_per_100kb']:.2f} | {result['mb_per_100kb']:.0f} "
        f"| {result['findings']} | {errors} | {'yes' if within else 'no'} |"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=100, help="KB of input per case [100]")
    parser.add_argument("--only", action="append", choices=sorted(CASES), help="run only these cases")
    parser.add_argument("--timeout", type=float, default=300, help="seconds before a case is stopped [300]")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    if not args.json:
        print(HEADER)
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|", flush=True)
    results = []
    for name in args.only or CASES:
        results.append(run_case(name, args.size, args.timeout))
        if not args.json:
            print(_row(results[-1]), flush=True)  # a row as each case ends: a slow case shows the others first
    if args.json:
        print(json.dumps(results, indent=2))
    return 0 if all(r.get("errors") == [] for r in results if "seconds" in r) else 1


if __name__ == "__main__":
    sys.exit(main())
