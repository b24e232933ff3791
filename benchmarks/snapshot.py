"""Record what factcheck says about a set of inputs, and compare two such records byte for byte.

A refactoring must not change a single finding or fact unless a commit says which and why. Run this
before and after it:

    python benchmarks/snapshot.py record before/ --kb fixtures/kb/seed.yaml --kb fixtures/kb/fictional.yaml \\
        fixtures ../shared/corpora/aquaint/aquaint.docs.jsonl ../shared/corpora/duc2004/docs.jsonl ...
    python benchmarks/snapshot.py record after/ (the same arguments)
    python benchmarks/snapshot.py compare before/ after/

``record`` writes, for each input path, the ``check --format json`` report (every rule, the ``--kb`` files,
``--fail-on never``) and the ``extract --format json`` facts (no KB: what the scanners and normalizers read),
through the ``factcheck`` command first on ``PATH``, with its exit status and standard error beside them.
``compare`` lists every file that differs and exits 1 when one does.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import subprocess
import sys
from pathlib import Path


def _name(path: str) -> str:
    """A file name for one input path: readable, and unique through a short hash of the whole path."""
    digest = hashlib.sha256(path.encode()).hexdigest()[:8]
    stem = Path(path.rstrip("/")).name or "root"
    return f"{stem}-{digest}"


def record(out: Path, paths: list[str], kbs: list[str]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    kb_args = [arg for kb in kbs for arg in ("--kb", kb)]
    for path in paths:
        name = _name(path)
        runs = (("check", [*kb_args, "--format", "json", "--fail-on", "never"]), ("extract", ["--format", "json"]))
        for command, extra in runs:
            result = subprocess.run(["factcheck", command, path, *extra], capture_output=True, text=True, check=False)
            (out / f"{name}.{command}.json").write_text(result.stdout, encoding="utf-8")
            (out / f"{name}.{command}.status").write_text(f"{result.returncode}\n{result.stderr}", encoding="utf-8")
        print(f"recorded {path} as {name}", file=sys.stderr)


def compare(before: Path, after: Path) -> int:
    names = sorted({p.name for p in before.iterdir()} | {p.name for p in after.iterdir()})
    differing = 0
    for name in names:
        old, new = before / name, after / name
        if not old.exists() or not new.exists():
            print(f"only in one record: {name}")
            differing += 1
            continue
        if old.read_bytes() == new.read_bytes():
            continue
        differing += 1
        print(f"differs: {name}")
        diff = difflib.unified_diff(
            old.read_text(encoding="utf-8").splitlines(),
            new.read_text(encoding="utf-8").splitlines(),
            str(old),
            str(new),
            lineterm="",
            n=2,
        )
        for line in list(diff)[:60]:
            print("    " + line)
    print(f"{len(names) - differing} of {len(names)} files identical")
    return 1 if differing else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.partition("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    rec = commands.add_parser("record", help="run check and extract on each path, write the outputs to OUT")
    rec.add_argument("out", type=Path)
    rec.add_argument("paths", nargs="+")
    rec.add_argument("--kb", action="append", default=[])
    cmp = commands.add_parser("compare", help="compare two records byte for byte")
    cmp.add_argument("before", type=Path)
    cmp.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "record":
        record(args.out, args.paths, args.kb)
        return 0
    return compare(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
