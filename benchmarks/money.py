"""Throughput of money and number extraction: factcheck against raw quantulum3, same documents, one run.

    python benchmarks/money.py ../shared/corpora/aquaint/aquaint.docs.jsonl [--repeat 3]

Prints documents per second of ``factcheck.engine.facts_of`` for the kinds
money, number and quantity (which also runs the date and duration scanners:
a number inside a date is not a number, so they are needed), of the money,
number and quantity scanners alone, and of ``quantulum3.parser.parse`` over
the same texts. All run warm: a sentence with an amount and a quantity is
processed first, so that import and table-loading costs (quantulum3's take
seconds) are counted against neither.
"""

from __future__ import annotations

import argparse
import json
import time
import warnings
from pathlib import Path
from typing import Any

WARM_UP = "The 700-kilometer road cost $2.3bn, or about 40 percent more than the 12 bridges."


def _load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _factcheck(records: list[dict[str, Any]]) -> float:
    from factcheck.engine import facts_of
    from factcheck.model import Document

    kinds = ["money", "number", "quantity"]
    documents = [Document.from_record(r) for r in records]
    facts_of(Document(id="warm-up", text=WARM_UP), kinds)
    start = time.perf_counter()
    for document in documents:
        facts_of(document, kinds)
    return time.perf_counter() - start


def _scanners(records: list[dict[str, Any]]) -> float:
    from factcheck.extract.money import scan_money
    from factcheck.extract.numbers import scan_numbers
    from factcheck.extract.quantities import scan_quantities
    from factcheck.normalize.money import to_money_fact
    from factcheck.normalize.numbers import to_number_fact
    from factcheck.normalize.quantities import to_quantity_fact

    def run(text: str) -> None:
        [to_money_fact(m) for m in scan_money(text)]
        [to_number_fact(m) for m in scan_numbers(text)]
        [to_quantity_fact(m) for m in scan_quantities(text)]

    run(WARM_UP)
    start = time.perf_counter()
    for record in records:
        run(record["text"])
    return time.perf_counter() - start


def _quantulum(records: list[dict[str, Any]]) -> float:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        parser.parse(WARM_UP)
        start = time.perf_counter()
        for record in records:
            parser.parse(record["text"])
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.partition("\n")[0])
    parser.add_argument("corpus", type=Path, help="a JSON Lines file of INTERFACE documents")
    parser.add_argument("--repeat", type=int, default=1, help="process the corpus this many times (default 1)")
    args = parser.parse_args()
    records = _load(args.corpus) * args.repeat
    ours = _factcheck(records)
    scanners = _scanners(records)
    theirs = _quantulum(records)
    n = len(records)
    print(f"documents: {n} from {args.corpus}")
    print(f"factcheck facts_of (money, number, quantity): {n / ours:8.1f} docs/s  ({ours:.2f} s)")
    print(f"factcheck scanners alone (money, number, quantity): {n / scanners:8.1f} docs/s  ({scanners:.2f} s)")
    print(f"quantulum3 parser.parse:                      {n / theirs:8.1f} docs/s  ({theirs:.2f} s)")
    print(f"ratio: {theirs / ours:.1f}x (facts_of), {theirs / scanners:.1f}x (scanners alone)")


if __name__ == "__main__":
    main()
