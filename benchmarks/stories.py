"""Story inference at scale: time ``group_stories`` on N documents, N = 1,000 and 10,000 by default.

    python benchmarks/stories.py ../shared/corpora/aquaint/aquaint.docs.jsonl [--sizes 1000 10000]

The corpus is replicated with ids made unique and publication dates shifted
by a week per copy, so every copy is a new set of stories with the same
names; the time should grow near-linearly with the number of documents.
"""

from __future__ import annotations

import argparse
import json
import time
from datetime import date, timedelta
from pathlib import Path

from factcheck.link.stories import group_stories
from factcheck.model import Document


def replicate(records: list[dict[str, object]], size: int) -> list[Document]:
    documents = []
    for index in range(size):
        record = records[index % len(records)]
        copy = index // len(records)
        published = date.fromisoformat(str(record["published"])[:10]) + timedelta(weeks=copy)
        documents.append(
            Document(
                id=f"{record['id']}-{copy}", text=str(record["text"]), published=published, source=record["source"]
            )
        )
    return documents


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.partition("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    args = parser.parse_args()
    records = [json.loads(line) for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    previous: tuple[int, float] | None = None
    for size in args.sizes:
        documents = replicate(records, size)
        start = time.perf_counter()
        stories = group_stories(documents)
        elapsed = time.perf_counter() - start
        grouped = sum(len(s) for s in stories)
        growth = ""
        if previous is not None:
            growth = f"  ({size / previous[0]:.0f}x documents, {elapsed / previous[1]:.1f}x time)"
        print(f"{size:>7} documents: {elapsed:.3f} s, {len(stories)} stories holding {grouped} documents{growth}")
        previous = (size, elapsed)


if __name__ == "__main__":
    main()
