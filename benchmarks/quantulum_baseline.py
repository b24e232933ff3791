"""Raw quantulum3 as a baseline: its reading of each document, written as ``factcheck extract`` JSON.

    python benchmarks/quantulum_baseline.py CORPUS.docs.jsonl... > /tmp/quantulum.json
    python ../shared/tools/score_conformance.py ../shared/corpora/recognizers-en /tmp/quantulum.json

``quantulum3.parser.parse`` runs on each whole text, as a pipeline would call
it without factcheck; every quantity it finds becomes an INTERFACE section 5
fact: a currency → ``money`` (its ISO 4217 code), a dimensionless number →
``number``, anything else → ``quantity``. Nothing is corrected, so the scores
show what factcheck adds.
"""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from pathlib import Path
from typing import Any


def facts(text: str) -> list[dict[str, Any]]:
    """quantulum3's quantities in ``text`` as INTERFACE section 5 facts."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        quantities = parser.parse(text)
    found: list[dict[str, Any]] = []
    for q in quantities:
        start, end = q.span
        base = {"text": text[start:end], "start": start, "end": end}
        entity = q.unit.entity.name
        if entity == "currency":
            found.append(
                {"kind": "money", **base, "amount": q.value, "currency": q.unit.currency_code, "bound": "exact"}
            )
        elif entity == "dimensionless" and q.unit.name != "percentage":
            found.append({"kind": "number", **base, "value": q.value})
        else:
            found.append({"kind": "quantity", **base, "value": q.value, "unit": q.unit.name})
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.partition("\n")[0])
    parser.add_argument("corpus", type=Path, nargs="+", help="JSON Lines files of INTERFACE documents")
    args = parser.parse_args()
    documents = []
    for path in args.corpus:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                documents.append({"id": record["id"], "facts": facts(record["text"])})
    json.dump({"documents": documents}, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
