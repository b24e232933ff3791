"""Issue 17's fuzz profile by volume: 20,000 generated documents on every run, through every format and the updater.

Each example is a batch of ``BATCH`` cheap documents, built by a
``random.Random`` from a seed that hypothesis draws (a failing batch is
replayed from its seed; building 200 documents draw by draw through
hypothesis would cost more than checking them): sentences of every scanner's trigger words (dates, weekdays,
durations, money, counts, quantities, claims) with control characters and
lone surrogates spliced in, hostile ids, extreme or junk ``published`` and
``timezone`` values, stories and stray keys. The ``ci`` profile's 100
examples make 20,000 documents (``HYPOTHESIS_PROFILE=fuzz`` runs far more).
Each batch is checked in one ``factcheck.check`` call, and:

- nothing crashes: no exception, and no internal error (``E005``) in the report;
- no document is lost: each is in the report or named by an input error (``E001``);
- every evidence quotes its own document's text;
- every built-in format renders the batch whole and well formed;
- ``--factcheck-update`` rewrites each checked document's ``expect:`` from its
  findings, in a front matter with hostile keys and mixed line ends, and the
  file reads back with every other key and value intact and exactly the new
  entries (no lost key).
"""

from __future__ import annotations

import random
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import factcheck
from factcheck import Document
from factcheck.io._yaml import load_yaml
from factcheck.io.markdown import split_front_matter
from factcheck.pytest_plugin import rewrite_expect_block
from factcheck.pytest_plugin.expectations import entry_for
from tests.properties.test_fuzz_hostile import CONTROLS, assert_every_format

BATCH = 200
"""Documents per example: the ``ci`` profile's 100 examples check 20,000 documents."""

_BATCHES = settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

SENTENCES = [
    "The talks, held on {weekday}, {month} {day}, {year}, ended without agreement.",
    "The company was founded in {year} and is now {n} years old.",
    "She was {n} when she took office on {month} {day}, {year}.",
    "The deal is worth ${n} million, or {n} billion yen.",
    "Prices rose {n} percent in the {n} weeks since {weekday}.",
    "The {n}th anniversary of the {month} {day} accord falls on {weekday}.",
    "Some {n} people walked {n} km over {n} days, {n} hours and {n} minutes.",
    "It happened {n} years ago, last {weekday}, two weeks before {month} {year}.",
    "first first first one hundred and one hundred and {n} {n} {n}",
    "Rescuers met on {weekday} in Beijing; {n} of them had been there since {year}.",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Sundya"]
MONTHS = ["Jan.", "February", "Feb.", "March", "Sept.", "December", "Dec"]
PUBLISHED: list[Any] = [
    "2025-09-28",
    "1998-02-10T09:00:00+09:00",
    "9999-12-31T23:59:59+00:00",
    "0001-01-01T00:00:00+14:00",
    "2025",
    "20250101",
    "２０２５-01-01",
    "2025-02-29",
    "yesterday",
    1_700_000_000,
    None,
]
ZONES = ["Asia/Seoul", "UTC", "Europe", "Europe/" + "x" * 300, "../../etc/passwd", "UTC\x00", "", "Pacific/Kiritimati"]
HOSTILE = [*CONTROLS, "\ud800", "\udfff", "\u2028", "\x85", "\ufeff", "é", "\U0001f600"]
ID_TAILS = ["", "-x", "\x1b[2J", "\u00e9", " ", "\ud800"]
KEYS = ['"quoted key"', "élan", "2nd-source", "$ref", "why", "title"]


def _text(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(1, 3)):
        template = rng.choice(SENTENCES)
        parts.append(
            template.format(
                weekday=rng.choice(WEEKDAYS),
                month=rng.choice(MONTHS),
                day=rng.randint(0, 32),
                year=rng.choice([1, 1945, 1998, 2025, 9999, rng.randint(1000, 2100)]),
                n=rng.choice([0, 1, 3, 12, 25, 76, 1_000, 10**9, rng.randint(0, 10**6)]),
            )
        )
    text = " ".join(parts)
    for _ in range(rng.choice([0, 0, 1, 3])):
        at = rng.randint(0, len(text))
        text = text[:at] + rng.choice(HOSTILE) + text[at:]
    return text


def _records(rng: random.Random) -> list[dict[str, Any]]:
    records = []
    for number in range(BATCH):
        record: dict[str, Any] = {"id": f"b{number}" + rng.choice(ID_TAILS)}
        record["text"] = _text(rng)
        if rng.random() < 0.6:
            record["published"] = rng.choice(PUBLISHED)
        if rng.random() < 0.2:
            record["timezone"] = rng.choice(ZONES)
        if rng.random() < 0.3:
            record["story"] = f"s{number % 5}"
            record["source"] = f"outlet {number % 3}"
        records.append(record)
    return records


def _front_matter(document: Document, rng: random.Random) -> tuple[str, dict[str, str]]:
    """A Markdown source for ``document`` with hostile keys and mixed line ends, and those keys' values."""
    others = {key: f"value {index}" for index, key in enumerate(rng.sample(KEYS, rng.randint(0, 3)))}
    lines = [f"id: b{rng.randint(0, 10**6)}", *(f"{key}: {value}" for key, value in others.items())]
    if rng.random() < 0.5:
        lines.insert(rng.randint(0, len(lines)), "expect: []")
    ends = [rng.choice(["\n", "\r\n"]) for _ in lines]
    front = "".join(line + end for line, end in zip(lines, ends, strict=True))
    body = "Body text stays as it is.\n"
    return f"---\n{front}---\n{body}", {load_key(key): value for key, value in others.items()}


def load_key(key: str) -> str:
    loaded = load_yaml(f"{key}: 0\n", "key")
    assert isinstance(loaded, dict)
    (name,) = loaded
    return str(name)


@_BATCHES
@given(st.integers(0, 2**64 - 1))
def test_issue17_fuzz_profile_batches_of_documents_through_every_format_and_the_updater(seed):
    rng = random.Random(seed)
    records = _records(rng)

    report = factcheck.check(records)

    assert not [e for e in report.errors if e.code == "E005"]
    assert len(report.documents) + sum(e.code == "E001" for e in report.errors) == len(records)
    documents: dict[str, Document] = {}
    for record in records:
        try:
            document = Document.from_record(record)
        except ValueError:
            continue
        documents[document.id] = document
    assert {d.id for d in report.documents} == set(documents)
    by_document: dict[str, list[factcheck.Finding]] = {}
    for finding in report.findings:
        for evidence in finding.evidence:
            assert documents[evidence.document].text[evidence.start : evidence.end] == evidence.text
        by_document.setdefault(finding.evidence[0].document, []).append(finding)
    assert_every_format(report, documents)

    for document in documents.values():
        entries = [entry_for(f, document) for f in by_document.get(document.id, []) if len(f.evidence) == 1]
        source, others = _front_matter(document, rng)
        rewritten = rewrite_expect_block(source, entries, "generated.md")
        front, body, _ = split_front_matter(rewritten.replace("\r\n", "\n"))
        data = load_yaml(front or "", "generated.md")
        assert {key: data[key] for key in others} == others
        assert data["expect"] == entries
        assert body == "Body text stays as it is.\n"
