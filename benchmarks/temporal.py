"""Throughput of temporal extraction: factcheck against raw dateparser, same documents, one run.

    python benchmarks/temporal.py ../shared/corpora/aquaint/aquaint.docs.jsonl [--repeat 3]

Prints documents per second of ``factcheck.extract`` (dates and durations)
and of ``dateparser.search.search_dates`` over the same document texts (with
the document's publication date as its relative base), and their ratio. Both
run warm: one document is processed first so that import and cache-filling
costs are not counted against either.
"""

from __future__ import annotations

import argparse
import json
import time
import warnings
from datetime import datetime
from pathlib import Path
from typing import Any


def _load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _factcheck(records: list[dict[str, Any]]) -> float:
    from factcheck.engine import facts_of
    from factcheck.model import Document

    documents = [Document.from_record(r) for r in records]
    facts_of(documents[0], ["date", "duration"])
    start = time.perf_counter()
    for document in documents:
        facts_of(document, ["date", "duration"])
    return time.perf_counter() - start


def _dateparser(records: list[dict[str, Any]]) -> float:
    from dateparser.search import search_dates

    def run(record: dict[str, Any]) -> None:
        base = datetime.fromisoformat(record["published"][:10]) if record.get("published") else None
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            search_dates(record["text"], languages=["en"], settings={"RELATIVE_BASE": base} if base else None)

    run(records[0])
    start = time.perf_counter()
    for record in records:
        run(record)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.partition("\n")[0])
    parser.add_argument("corpus", type=Path, help="a JSON Lines file of INTERFACE documents")
    parser.add_argument("--repeat", type=int, default=1, help="process the corpus this many times (default 1)")
    args = parser.parse_args()
    records = _load(args.corpus) * args.repeat
    ours = _factcheck(records)
    theirs = _dateparser(records)
    n = len(records)
    print(f"documents: {n} from {args.corpus}")
    print(f"factcheck extract (dates, durations): {n / ours:8.1f} docs/s  ({ours:.2f} s)")
    print(f"dateparser search_dates:              {n / theirs:8.1f} docs/s  ({theirs:.2f} s)")
    print(f"ratio: {theirs / ours:.1f}x")


if __name__ == "__main__":
    main()
