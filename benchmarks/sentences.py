"""Sentence splitters compared: accuracy on hand-written news boundaries, speed on a corpus.

    python benchmarks/sentences.py ../shared/corpora/aquaint/aquaint.docs.jsonl [--repeat N]

Candidates: ``factcheck.text.sentence_spans`` (the one splitter every step
uses), the regex ``link/align.py`` used before it (``align-regex``), pySBD
and syntok (both optional, not dependencies of factcheck: ``pip install pysbd
syntok`` to compare them; a candidate whose library is missing is skipped).
Accuracy is measured on ``tests/unit/sentence_cases.py`` (abbreviations,
initials, quotes, datelines, decimals, ellipses, paragraph breaks): the
share of texts split exactly right, and the F1 of the sentence starts found.
Speed is documents/s over the corpus, warm, best of ``--repeat`` passes.
The splitter runs on every document, so it must stay a small part of a
check (see ``docs/performance.md``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.unit.sentence_cases import CASES

from factcheck.text import ABBREVIATIONS, sentence_spans

Splitter = Callable[[str], list[tuple[int, int]]]

_ALIGN_BREAK = re.compile(
    r"(?:\.(?<!\b[A-Z]\.)"
    + "".join(rf"(?<!\b{re.escape(a)}\.)" for a in ABBREVIATIONS if a not in ("Inc", "Co", "Corp", "U.S", "U.N"))
    + r"|[!?])[\"'”’)]*\s|\n\s*\n"
)


def align_regex(text: str) -> list[tuple[int, int]]:
    """The splitter ``link/align.py`` had: a mark and a space, not after an initial or an abbreviation."""
    spans, start = [], 0
    for m in _ALIGN_BREAK.finditer(text):
        spans.append((start, m.end()))
        start = m.end()
    return [*spans, (start, len(text))]


def candidates() -> dict[str, Splitter]:
    found: dict[str, Splitter] = {"factcheck.text": sentence_spans, "align-regex": align_regex}
    try:
        import pysbd

        segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
        found["pysbd"] = lambda text: [(s.start, s.end) for s in segmenter.segment(text)]
    except ImportError:
        pass
    try:
        from syntok import segmenter as syntok

        def syntok_spans(text: str) -> list[tuple[int, int]]:
            return [
                (sentence[0].offset, sentence[-1].offset + len(sentence[-1].value))
                for paragraph in syntok.analyze(text)
                for sentence in paragraph
                if sentence
            ]

        found["syntok"] = syntok_spans
    except ImportError:
        pass
    return found


def _starts(text: str, sentences: list[str]) -> set[int]:
    """Where each sentence after the first begins, found left to right in ``text``."""
    starts, at = set(), 0
    for index, sentence in enumerate(sentences):
        at = text.index(sentence, at)
        if index:
            starts.add(at)
        at += len(sentence)
    return starts


def accuracy(split: Splitter) -> tuple[float, float, list[str]]:
    """(share of texts split exactly right, F1 of sentence starts, the texts split wrong)."""
    exact, found_total, gold_total, right = 0, 0, 0, 0
    wrong = []
    for text, gold in CASES:
        got = [text[a:b].strip() for a, b in split(text) if text[a:b].strip()]
        exact += got == gold
        if got != gold:
            wrong.append(text)
        got_starts = {a + len(text[a:b]) - len(text[a:b].lstrip()) for a, b in split(text) if text[a:b].strip()}
        got_starts.discard(min(got_starts, default=0))
        gold_starts = _starts(text, gold)
        found_total += len(got_starts)
        gold_total += len(gold_starts)
        right += len(got_starts & gold_starts)
    precision = right / found_total if found_total else 1.0
    recall = right / gold_total if gold_total else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return exact / len(CASES), f1, wrong


def speed(split: Splitter, texts: list[str], repeat: int) -> float:
    """Documents/s, best of ``repeat`` warm passes."""
    split(texts[0])
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for text in texts:
            split(text)
        best = min(best, time.perf_counter() - start)
    return len(texts) / best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--show", action="store_true", help="list the texts each splitter gets wrong")
    args = parser.parse_args()
    texts = [json.loads(line)["text"] for line in args.corpus.read_text(encoding="utf-8").splitlines() if line]
    print(f"{len(CASES)} hand-written cases, {len(texts)} documents ({sum(map(len, texts)):,} characters)")
    print(f"{'splitter':<16} {'exact':>6} {'start F1':>9} {'docs/s':>10}")
    for name, split in candidates().items():
        exact, f1, wrong = accuracy(split)
        rate = speed(split, texts, args.repeat)
        print(f"{name:<16} {exact:>6.3f} {f1:>9.3f} {rate:>10,.0f}")
        if args.show:
            for text in wrong:
                print(f"    wrong: {text!r}")


if __name__ == "__main__":
    main()
