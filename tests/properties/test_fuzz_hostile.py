"""Fuzzing that reaches issue 17's inputs: surrogates, control characters, odd time zones, extreme dates and
hostile front matter, through ``factcheck.check``, ``factcheck.extract``, every formatter and the command line.

The properties:

- no exception escapes (no ``UnicodeEncodeError``, ``OverflowError``, ``OSError`` from a time zone);
- every document is accounted for: listed in the report or named by an error, never lost;
- every format is written whole: JSON and SARIF parse, JUnit is well-formed XML, the text, GitHub and
  HTML reports carry no raw control character (ESC, BEL, CR, NUL, C1) and everything encodes as UTF-8.

``max_examples`` comes from the profile (tests/conftest.py): ``ci`` by default, ``HYPOTHESIS_PROFILE=fuzz``
for the long search.
"""

from __future__ import annotations

import io
import json
import re
import tempfile
import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import factcheck
from factcheck import Document, Report
from factcheck.cli import main
from factcheck.report import BUILTIN_FORMATS, get_formatter
from tests.properties.test_fuzz import articles, junk

_SLOW = settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

CONTROLS = "".join(map(chr, [*range(0x00, 0x20), *range(0x7F, 0xA0)]))
"""C0, DEL and C1: what a scraped page or a hostile feed may hold."""
RAW_IN_TERMINAL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
"""What text and GitHub output must never carry raw (tab and newline are their own line structure)."""

surrogates = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
controls = st.sampled_from(CONTROLS)
hostile_characters = st.one_of(surrogates, controls, st.characters())


@st.composite
def hostile_texts(draw: st.DrawFn) -> str:
    """Article-like text with lone surrogates and control characters spliced in anywhere."""
    text = draw(articles(max_pieces=10))
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.text(hostile_characters, min_size=1, max_size=4)) + text[at:]
    return text


TZDATA_FOLDERS = ["Europe", "America", "America/Argentina", "Asia", "Etc", "Pacific", "posix", "right", "Antarctica"]
time_zones = st.one_of(
    st.sampled_from(["Asia/Seoul", "UTC", "Pacific/Kiritimati", "Etc/GMT+12", "America/St_Johns", "Asia/Kolkata"]),
    st.sampled_from(TZDATA_FOLDERS),
    st.sampled_from(TZDATA_FOLDERS).map(lambda folder: folder + "/"),
    st.integers(33, 400).map(lambda n: "Europe/" + "x" * n),
    st.sampled_from(["../../etc/passwd", "/etc/localtime", "UTC\x00", "Asia/Seoul ", "", ".", "..", "zone.tab"]),
    st.text(hostile_characters, max_size=12),
)
extreme_published: st.SearchStrategy[Any] = st.one_of(
    st.sampled_from(
        [
            "9999-12-31T23:59:59+00:00",
            "9999-12-31T23:59:59-14:00",
            "0001-01-01T00:00:00+14:00",
            "0001-01-01T00:00:00Z",
            "9999-12-31",
            "0001-01-01",
            "2025",
            "20250101",
            "２０２５-01-01",
            "٢٠٢٥-٠١-٠١",
            "2025-02-29",
            "2024-02-29T24:00:00",
            "yesterday",
        ]
    ),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.datetimes(
        min_value=datetime(1, 1, 2),
        max_value=datetime(9999, 12, 30),
        timezones=st.sampled_from([None, UTC, timezone(timedelta(hours=14)), timezone(timedelta(hours=-12))]),
    ).map(datetime.isoformat),
    st.datetimes(timezones=st.sampled_from([UTC, timezone(timedelta(hours=14)), timezone(timedelta(hours=-14))])),
    st.dates().map(str),
)


@st.composite
def hostile_records(draw: st.DrawFn, count: int = 3) -> list[dict[str, Any]]:
    """Up to ``count`` records with distinct ids: hostile text, ids, time zones, dates and stray fields."""
    ids = draw(st.lists(st.text(hostile_characters, min_size=1, max_size=6), max_size=count, unique=True))
    records = []
    for doc_id in ids:
        record: dict[str, Any] = {"id": doc_id, "text": draw(hostile_texts())}
        if draw(st.booleans()):
            record["published"] = draw(extreme_published)
        if draw(st.booleans()):
            record["timezone"] = draw(time_zones)
        if draw(st.booleans()):
            record["story"] = "s"
        if draw(st.booleans()):
            record[draw(st.text(hostile_characters, min_size=1, max_size=5))] = draw(junk)
        records.append(record)
    return records


def _unique_after_replacement(records: list[dict[str, Any]]) -> bool:
    """Whether ids stay distinct once surrogates read as U+FFFD (repeated ids are another item of issue 17)."""
    ids = [re.sub("[\ud800-\udfff]", "\ufffd", r["id"]) for r in records]
    return len(set(ids)) == len(ids)


def assert_every_format(report: Report, documents: dict[str, Document]) -> None:
    """Every built-in format renders the report whole, well formed, with no raw control character."""
    for fmt in sorted(BUILTIN_FORMATS):
        out = io.StringIO()
        get_formatter(fmt)(report, out, documents=documents)
        written = out.getvalue()
        written.encode("utf-8")
        if fmt in ("json", "sarif"):
            json.loads(written)
        elif fmt == "jsonl":
            assert [json.loads(line)["fingerprint"] for line in written.splitlines()] == [
                f.fingerprint for f in report.findings
            ]
        elif fmt == "junit":
            ET.fromstring(written.encode("utf-8"))
        elif fmt in ("text", "github"):
            assert not RAW_IN_TERMINAL.search(written), (fmt, RAW_IN_TERMINAL.search(written))
        else:
            assert "\x00" not in written
            assert not RAW_IN_TERMINAL.search(written.replace("\r", "")), fmt


@_SLOW
@given(hostile_records())
def test_hostile_records_through_check_extract_and_every_format(records):
    if not _unique_after_replacement(records):
        return
    report = factcheck.check(records)
    extracted = factcheck.extract(records)

    # Each record is checked or refused (E001); an unknown rule in an inline ignore (E004) is an error more.
    assert len(report.documents) + sum(e.code == "E001" for e in report.errors) == len(records)
    assert len(extracted.documents) + sum(e.code == "E001" for e in extracted.errors) == len(records)
    documents = {}
    for record in records:
        try:
            document = Document.from_record(record)
        except ValueError:
            continue
        documents[document.id] = document
    assert {d.id for d in report.documents} == set(documents)
    for finding in report.findings:
        for evidence in finding.evidence:
            assert documents[evidence.document].text[evidence.start : evidence.end] == evidence.text
    report.model_dump_json()
    extracted.model_dump_json()
    assert_every_format(report, documents)


front_matter_keys = st.one_of(
    st.sampled_from(["id", "published", "timezone", "story", "source", "title", "expect", "why", "ignore"]),
    st.sampled_from(['"quoted key"', "élan", "2nd-source", "$ref", "? complex", "<<", "&anchor id", "!!str id"]),
    st.text(hostile_characters, min_size=1, max_size=6),
)
front_matter_values = st.one_of(
    extreme_published.map(str),
    time_zones,
    st.sampled_from(
        [
            "*undefined",
            "&a [*a]",
            "!!python/object/apply:os.system ['true']",
            "{a: 1, b: [2, {c: 3}]}",
            "[" * 60 + "]" * 60,
            "|\n  block\n  text",
            "'unclosed",
            '"\\ud800"',
            '"\\x1b[2J"',
            "!!binary aGk=",
            "!!timestamp 2025-02-30",
            "---",
            "...",
        ]
    ),
    st.text(hostile_characters, max_size=10),
)


@st.composite
def hostile_front_matter(draw: st.DrawFn) -> str:
    """Front matter a careless or hostile hand writes: odd keys, tags, anchors, flow style, control characters."""
    lines = [f"{draw(front_matter_keys)}: {draw(front_matter_values)}" for _ in range(draw(st.integers(0, 5)))]
    if draw(st.booleans()):
        lines.insert(0, f"timezone: {draw(time_zones)}")
    if draw(st.booleans()):
        lines.insert(0, f"published: {draw(extreme_published.map(str))}")
    style = draw(st.sampled_from(["block", "flow", "crlf", "dots"]))
    if style == "flow":
        front = "{" + ", ".join(lines) + "}"
    elif style == "crlf":
        front = "\r\n".join(lines)
    else:
        front = "\n".join(lines)
    closer = "..." if style == "dots" else "---"
    return f"---\n{front}\n{closer}\n{draw(hostile_texts())}"


@_SLOW
@given(
    st.lists(hostile_front_matter(), min_size=1, max_size=3),
    st.lists(hostile_records(count=2), max_size=2),
)
def test_hostile_files_are_each_accounted_for_and_every_format_is_well_formed(markdown, feeds):
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for index, text in enumerate(markdown):
            (root / f"m{index}.MD").write_text(text, encoding="utf-8", errors="surrogatepass", newline="")
        jsonl_lines = {}
        for index, records in enumerate(feeds):
            lines = [json.dumps(record, default=str) for record in records]
            jsonl_lines[f"j{index}.jsonl"] = len(lines)
            (root / f"j{index}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

        result = CliRunner().invoke(main, ["check", str(root), "--format", "json", "--fail-on", "info"])
        extracted = CliRunner().invoke(main, ["extract", str(root)])

        assert result.exit_code in (0, 1, 2), (result.exit_code, result.output, result.exception)
        assert "Traceback" not in result.output
        assert extracted.exit_code in (0, 2), (extracted.exit_code, extracted.output, extracted.exception)
        report = Report.model_validate_json(result.stdout)
        for index in range(len(markdown)):
            path = str(root / f"m{index}.MD")
            # Checked, refused, or both (a document is checked and its bad `ignore:` reported).
            assert path in {d.path for d in report.documents} | {e.path for e in report.errors}
        for name, count in jsonl_lines.items():
            path = str(root / name)
            lines = {e.line for e in report.errors if e.path == path} | {
                d.line for d in factcheck.load_documents([path]).documents if d.id in {r.id for r in report.documents}
            }
            assert len(lines) == count, (name, report.errors)
        loaded = factcheck.load_documents([root])
        assert_every_format(report, {d.id: d for d in loaded.documents})
