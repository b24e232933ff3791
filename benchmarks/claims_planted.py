"""Planted reference claims in real news: recall on wrong claims, silence on right ones.

    python benchmarks/claims_planted.py ../shared/corpora/aquaint/aquaint.docs.jsonl [--cases 126] [--show]

Each case is a real AQUAINT article (its text and publication date) with one
claim sentence appended about an entity of a fictional KB
(benchmarks/data/fictional-claims-kb.yaml), so no outside knowledge helps.
The claims vary the wording (elapsed years, anniversaries, ages, stated
dates; participial and cataphoric dates, "its founding", ages of
organizations and treaties: 21 phrasings), the alias used, and the precision
of the KB date (day, month, year); half are right, half wrong by 1 to 10 years.
The script prints recall on the wrong claims and the number of right claims
that drew any error or warning anywhere in the article.
"""

from __future__ import annotations

import argparse
import json
import random
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
KB_PATH = HERE / "data" / "fictional-claims-kb.yaml"


def _calendar(pub: date, year: int) -> int:
    return pub.year - year


def _completed(pub: date, born: str) -> int:
    year, month = int(born[:4]), int(born[5:7]) if len(born) >= 7 else None
    day = int(born[8:10]) if len(born) == 10 else None
    if month is None:
        return pub.year - year  # a year-only date accepts either neighbour; this is one of them
    before = (pub.month, pub.day) < (month, day or 31) if day else pub.month < month
    return pub.year - year - (1 if before else 0)


def _frames(pub: date) -> list[tuple[str, str, int]]:
    """(rule, sentence template with {n}, true value) for each phrasing."""
    return [
        ("FC201", "This year marks {n} years since the Varnel Accord was signed.", _calendar(pub, 1961)),
        ("FC201", "This year marks {n} years since Arden and Oslo established diplomatic relations.",
         _calendar(pub, 1966)),
        ("FC202", "Officials prepared for the {o} anniversary of the Kestrel Party this year.", _calendar(pub, 1934)),
        ("FC202", "The OSL's {o} anniversary drew delegates this year.", _calendar(pub, 1923)),
        ("FC202", "Members marked the {o} anniversary of the founding of the Meridian Broadcasting Union this year.",
         _calendar(pub, 1957)),
        ("FC203", "The talks were led by Teodor Halm, {n}, a former envoy.", _completed(pub, "1948-02-27")),
        ("FC203", "The {n}-year-old Liss Varga spoke last.", _completed(pub, "1972-09")),
        ("FC201", "It is {n} years since the Cardell Treaty was signed.", _completed(pub, "1975-08-07")),
        ("FC204", "The Ostrava Shipping League, founded in {y}, sent observers.", 1923),
        ("FC204", "The Kestrel Party, founded in {y}, called the vote.", 1934),
        ("FC201", "This year marks {n} years since the ruling Kestrel Party was founded.", _calendar(pub, 1934)),
        # Constructions of issue 15, written afresh: participial and cataphoric dates, possessive and pronoun
        # reference to the sentence's subject, ages of organizations and treaties, aliases in every frame.
        ("FC204", "Founded in {y}, the Ostrava Shipping League has grown steadily.", 1923),
        ("FC204", "Established in {y}, the MBU now reaches listeners in four countries.", 1957),
        ("FC204", "Since it was founded in {y}, the Kestrel Party has won most elections.", 1934),
        ("FC204", "Ever since it was established in {y}, the Meridian Union has kept its charter.", 1957),
        ("FC204", "Originally founded in {y}, the OSL moved its offices twice.", 1923),
        ("FC202", "The Ostrava League prepared to mark the {o} anniversary of its founding this year.",
         _calendar(pub, 1923)),
        ("FC202", "The Meridian Union said it would celebrate the {o} anniversary of its establishment this year.",
         _calendar(pub, 1957)),
        ("FC203", "The {n}-year-old Ostrava Shipping League sent observers.", _completed(pub, "1923-11")),
        ("FC203", "The {n}-year-old Cardell Treaty still governs the border.", _completed(pub, "1975-08-07")),
        ("FC202", "Leaders will celebrate the {o} anniversary of the Varnel pact this year.", _calendar(pub, 1961)),
    ]  # fmt: skip


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def build_cases(docs: list[dict[str, Any]], count: int, seed: int = 7) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    cases = []
    for index, doc in enumerate(docs[:count]):
        pub = date.fromisoformat(doc["published"][:10])
        frames = _frames(pub)
        rule, template, truth = frames[index % len(frames)]
        wrong = index % 2 == 1
        value = truth + (rng.choice([-1, 1]) * rng.randint(1, 10) if wrong else 0)
        sentence = template.format(n=value, o=_ordinal(value), y=value)
        text = doc["text"].rstrip() + "\n\n" + sentence + "\n"
        start = text.index(sentence)
        cases.append({"id": f"planted-{index:03d}", "text": text, "published": doc["published"], "rule": rule,
                      "wrong": wrong, "span": (start, start + len(sentence)), "sentence": sentence,
                      "template": template})  # fmt: skip
    return cases


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.partition("\n")[0])
    parser.add_argument("corpus", type=Path, help="aquaint.docs.jsonl")
    parser.add_argument("--cases", type=int, default=126)
    parser.add_argument("--show", action="store_true", help="print every miss and false alarm")
    args = parser.parse_args()
    import factcheck

    docs = [json.loads(line) for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    cases = build_cases(docs, args.cases)
    kb = factcheck.load_kb(KB_PATH)
    report = factcheck.check([{k: c[k] for k in ("id", "text", "published")} for c in cases], kb=kb)
    by_doc: dict[str, list[Any]] = {}
    for finding in report.findings:
        if finding.severity.value in ("error", "warning"):
            by_doc.setdefault(finding.evidence[0].document, []).append(finding)
    caught = alarms = 0
    wrong = [c for c in cases if c["wrong"]]
    right = [c for c in cases if not c["wrong"]]
    for case in cases:
        found = by_doc.get(case["id"], [])
        hit = any(f.rule == case["rule"] and f.evidence[0].start >= case["span"][0] for f in found)
        if case["wrong"]:
            caught += hit
            if not hit and args.show:
                print(f"MISS  {case['id']} {case['published'][:10]} {case['sentence']}")
        elif found:
            alarms += 1
            if args.show:
                print(f"ALARM {case['id']} {case['published'][:10]} {case['sentence']} -> {found[0].message}")
    phrasings = len({c["template"] for c in cases})
    print(f"{len(cases)} cases ({len(wrong)} wrong, {len(right)} right), {phrasings} phrasings")
    print(f"recall on wrong claims: {caught}/{len(wrong)} = {caught / max(1, len(wrong)):.3f}")
    print(f"right claims with any error or warning: {alarms}/{len(right)}")


if __name__ == "__main__":
    main()
