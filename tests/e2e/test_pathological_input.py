"""Pathological input costs a bounded amount of work, and never crashes (issue 9).

Each test feeds one hostile shape of text through the engine and asserts, besides the absence of a crash,
a bound on the work done, by *counting*, never by the clock: the characters the scanners' patterns run
over, the calls into dateparser and quantulum3, the candidates the numeral grammar reads, the facts the
rules are given. Where a document is over the work budget (``factcheck.budget``), FC404 says where checking
stopped.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import factcheck
import factcheck.pipeline.document
from factcheck import DateFact, Document, NumberFact
from factcheck.budget import MAX_CHARS, MAX_FACTS
from factcheck.cli import main
from factcheck.engine import facts_of
from factcheck.extract import _families, dates, durations, numerals
from factcheck.link import align, events
from factcheck.link import timeline as claims
from factcheck.normalize import _dateparser, _quantulum
from factcheck.text import LONGEST_SENTENCE

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "fixtures" / "seeds"
SEED_KB = ROOT / "fixtures" / "kb" / "seed.yaml"
TALKS = "The talks, held on Wednesday, Feb. 3, 1998, ended without agreement."


@dataclass
class Work:
    """What the engine did, counted: calls and characters of the costly steps."""

    calls: Counter[str] = field(default_factory=Counter)
    chars: Counter[str] = field(default_factory=Counter)
    longest: Counter[str] = field(default_factory=Counter)

    def note(self, step: str, chars: int = 0) -> None:
        self.calls[step] += 1
        self.chars[step] += chars
        self.longest[step] = max(self.longest[step], chars)


def _counting(work: Work, step: str, function: Callable[..., Any], size: Callable[..., int]) -> Callable[..., Any]:
    def counted(*args: Any, **kwargs: Any) -> Any:
        work.note(step, size(*args, **kwargs))
        return function(*args, **kwargs)

    return counted


def _window_chars(pattern: Any, text: str, spans: list[tuple[int, int]]) -> int:
    return sum(end - start for start, end in spans)


@pytest.fixture
def work(monkeypatch) -> Iterator[Work]:
    """Count the work of the scanners and normalizers (every cache emptied first, so nothing is hidden)."""
    counted = Work()
    for module in (_families, durations, claims):
        monkeypatch.setattr(module, "finditer_near", _counting(counted, "window", module.finditer_near, _window_chars))
    monkeypatch.setattr(dates, "tense_at", _counting(counted, "tense", dates.tense_at, lambda text, *_: 1))
    monkeypatch.setattr(
        numerals, "read_numerals", _counting(counted, "numerals", numerals.read_numerals, _numeral_chars)
    )
    monkeypatch.setattr(numerals, "_digits_value", _counting(counted, "digits", numerals._digits_value, len))
    monkeypatch.setattr(align, "_years_around", _counting(counted, "years", align._years_around, lambda *_: 1))
    monkeypatch.setattr(events, "_names", _counting(counted, "names", events._names, lambda s, *_: len(s)))

    import dateparser

    monkeypatch.setattr(dateparser, "parse", _counting(counted, "dateparser", dateparser.parse, lambda t, **_: len(t)))
    parse = _quantulum._parse()
    monkeypatch.setattr(_quantulum, "_parse", lambda: _counting(counted, "quantulum", parse, len))
    for cached in (numerals.scan_numerals, _dateparser.parse_numeric_date, _quantulum.read_unit):
        cached.cache_clear()
    yield counted
    for cached in (numerals.scan_numerals, _dateparser.parse_numeric_date, _quantulum.read_unit):
        cached.cache_clear()


def _numeral_chars(text: str, start: int = 0, end: int | None = None) -> int:
    return (len(text) if end is None else end) - start


def document(text: str, published: str | None = "2025-09-28", **fields: Any) -> Document:
    return Document(id=fields.pop("id", "doc"), text=text, published=published, **fields)


def assert_spans_index(doc: Document, facts: list[Any]) -> None:
    for fact in facts:
        assert doc.text[fact.start : fact.end] == fact.text


def budget_findings(report: factcheck.Report) -> list[factcheck.Finding]:
    return [f for f in report.findings if f.rule == "FC404"]


# ---------------------------------------------------------------- size


def test_a_one_megabyte_single_line_article_is_read_up_to_the_budget(work):
    line = " ".join(body.split("\n---\n", 1)[1].replace("\n", " ") for body in _seed_texts())
    text = (line * (1_000_000 // len(line) + 1))[:1_000_000]
    doc = document(text)

    report = factcheck.check([doc])

    assert "\n" not in text
    assert max(work.longest["window"], work.longest["numerals"]) <= MAX_CHARS
    (finding,) = budget_findings(report)
    assert finding.severity == "warning"
    assert all(e.end <= MAX_CHARS for f in report.findings for e in f.evidence)


def test_a_megabyte_of_one_letter_is_cut_by_characters(work):
    text = "a" * 1_000_000

    report = factcheck.check([document(text)])
    extracted = factcheck.extract([document(text)])

    (finding,) = budget_findings(report)
    assert finding.evidence[0].start == MAX_CHARS  # no space to cut at: exactly at the budget
    assert len(finding.evidence[0].text) == 40
    assert f"{MAX_CHARS:,}" in finding.message
    assert extracted.documents[0].facts == []
    assert work.chars["window"] == 0  # no trigger word: the patterns never run


def test_the_budget_cuts_between_words(work):
    text = "word " * (MAX_CHARS // 5 + 10)

    (finding,) = budget_findings(factcheck.check([document(text)]))

    assert finding.evidence[0].text == "word"
    assert finding.evidence[0].start <= MAX_CHARS
    assert text[finding.evidence[0].start - 1] == " "


def test_text_under_the_budget_is_read_whole(work):
    text = TALKS + " " * (MAX_CHARS * 2)  # over the budget only in trailing blank space: nothing is lost

    report = factcheck.check([document(text, published="1998-02-10")])

    assert budget_findings(report) == []
    assert [f.rule for f in report.findings] == ["FC101"]


# ---------------------------------------------------------------- repetition


def test_ten_thousand_times_on_monday(work, monkeypatch):
    """Extraction costs one step per mention; the rules see the first ``MAX_FACTS`` facts; FC404 says so."""
    text = "on Monday " * 10_000
    given: list[list[Any]] = []
    kept: list[int] = []
    within = factcheck.pipeline.document.within

    def counted(facts, text):
        given.append(facts)
        checked, overrun = within(facts, text)
        kept.append(len(checked))
        return checked, overrun

    monkeypatch.setattr(factcheck.pipeline.document, "within", counted)

    report = factcheck.check([document(text)])

    (facts,) = given
    assert len(facts) == 10_000
    assert all(isinstance(f, DateFact) and f.value == "2025-09-22" for f in facts)
    assert_spans_index(document(text), facts)
    assert kept == [MAX_FACTS]
    (finding,) = budget_findings(report)
    assert finding.evidence[0].start == 10 * MAX_FACTS + 3  # where the 1,001st "Monday" begins
    assert finding.evidence[0].text == "Monday"
    assert work.calls["tense"] == 10_000  # one tense look-up per mention: the date scan is shared by the steps
    assert work.longest["window"] <= len(text)  # a family's windows are merged: each character read once
    assert work.calls["window"] == _window_calls("on Monday " * 10)  # once per family, whatever the length
    # The event scan reads an over-long "sentence" in pieces, never the whole text at once.
    assert work.longest["names"] <= LONGEST_SENTENCE


def test_a_story_of_two_pathological_reports_compares_a_bounded_number_of_pairs(work, monkeypatch):
    monkeypatch.setattr(factcheck.budget, "MAX_FACTS", 50)  # the mechanism, at a size CI can afford
    sizes: list[tuple[int, int]] = []
    align_facts = align.align

    def counted(first, first_text, second, second_text, **options):
        sizes.append((len(first), len(second)))
        return align_facts(first, first_text, second, second_text, **options)

    for module in _modules_importing(align, "align"):
        monkeypatch.setattr(module, "align", counted)
    text = "Choe met Wang on Monday and signed it on Monday, with $2 billion and 12 people. " * 200
    docs = [document(text, id=name, story="s") for name in ("a", "b", "c")]

    report = factcheck.check(docs)

    assert len(budget_findings(report)) == 3
    assert sizes, "the story rules ran"
    assert all(a <= 50 and b <= 50 for a, b in sizes)
    # The years around each fact are read once per side, not once per pair of facts.
    assert work.calls["years"] <= sum(a + b for a, b in sizes)


def _modules_importing(module: Any, name: str) -> list[Any]:
    import sys

    function = getattr(module, name)
    return [m for m in list(sys.modules.values()) if m is not None and getattr(m, name, None) is function]


# ---------------------------------------------------------------- numbers and dates out of range


def test_a_number_of_400_digits_is_no_number(work):
    big = "9" * 400
    text = (
        f"It cost ${big} and {big} people came; {big}th anniversary, {big} km, {big}%, 1/{big}, "
        f"{big}.1.1, 1.1^{big}, {'9' * 5000}/2 and {'1' * 300} trillion, but 76 people came."
    )
    doc = document(text)

    facts = facts_of(doc)
    report = factcheck.check([doc])

    numbers = [f for f in facts if isinstance(f, NumberFact)]
    assert [f.text for f in numbers if f.value == 76] == ["76"]
    assert all(math.isfinite(getattr(f, "value", 0) or 0) and math.isfinite(getattr(f, "amount", 0) or 0)
               for f in facts)  # fmt: skip
    assert_spans_index(doc, facts)
    assert work.longest["digits"] <= numerals.MAX_TOKEN_CHARS  # int() and float() never see a longer string
    assert report.model_dump_json()


@pytest.mark.parametrize(
    "text",
    [
        "In year 0, on Jan. 1, 0 and in 0 AD",
        "In 99999, on Jan. 1, 99999, by 99999 BC, the 99999th anniversary, 99999 years ago",
        "The party was founded 99999 years ago; the 0th anniversary; aged 99999",
    ],
    ids=["year-0", "year-99999", "claims"],
)
@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31", "2025-09-28", None])
def test_years_0_and_99999(text, published, work):
    doc = document(text, published=published)

    facts = facts_of(doc)
    report = factcheck.check([doc], kb=factcheck.load_kb(SEED_KB))

    assert_spans_index(doc, facts)
    assert all(not isinstance(f, DateFact) or f.value[:4] not in ("0000", "9999") or f.text for f in facts)
    assert len(facts) <= text.count(" ") + 1  # at most a fact per word
    assert report.model_dump_json()


@pytest.mark.parametrize("text", ["31/31/31", "On 31/31/31 and 99/99/99, 0/0/0 and 12/31/99999", "13/13/2025"])
def test_impossible_numeric_dates_are_no_dates(text, work):
    doc = document(text)

    facts = facts_of(doc)

    assert not [f for f in facts if isinstance(f, DateFact)]
    assert work.calls["dateparser"] <= text.count("/") // 2  # at most once per candidate
    assert work.longest["dateparser"] <= _dateparser.MAX_CANDIDATE_CHARS


def test_dateparser_never_sees_a_long_candidate(work):
    assert _dateparser.parse_numeric_date("1" * 10_000 + "/1/1", None) is None

    assert work.calls["dateparser"] == 0


def test_quantulum_never_sees_a_long_unit_expression(work):
    assert _quantulum.read_unit("square" + " " * 10_000 + "miles") is None

    assert work.calls["quantulum"] == 0


def test_quantities_with_long_blank_runs_stay_bounded(work):
    text = "The lake covers 12 square" + " " * 5_000 + "miles, and 3 km."
    doc = document(text)

    facts = facts_of(doc)

    assert_spans_index(doc, facts)
    assert work.longest["quantulum"] <= _quantulum.MAX_EXPRESSION_CHARS + 2  # "1 " + the expression


# ---------------------------------------------------------------- scripts, marks and line ends


UNICODE_CASES = {
    "mixed-scripts": "北京 Beijing Пекин بكين 베이징: on Wednesday, Feb. 3, 1998, talks ended. 平壤 Pyongyang.",
    "right-to-left": "\u202eOn Wednesday, Feb. 3, 1998\u202c, talks ended. \u200fשלום\u200f عقدت المحادثات",
    "zero-width": "On\u200b Wednesday,\u200c Feb.\u200d 3,\u2060 1998,\ufeff talks ended.",
    "combining": "On We\u0301dnesday, Fe\u0308b. 3\u0301, 1998\u0327, talks e\u0301nded; cafe\u0301 1\u20e3 2\u20e3.",
    "arabic-digits": "On Wednesday, Feb. ٣, ١٩٩٨, talks ended; ٧٦ years; ۲۰۲۵; २०२५.",
    "emoji": "🇰🇵🇨🇳 On Wednesday, Feb. 3, 1998 👍🏽, talks ended 👨‍👩‍👧.",
}


@pytest.mark.parametrize("text", UNICODE_CASES.values(), ids=UNICODE_CASES.keys())
def test_scripts_and_invisible_marks(text, work):
    doc = document(text, published="1998-02-10")

    facts = facts_of(doc)
    report = factcheck.check([doc])

    assert_spans_index(doc, facts)
    for finding in report.findings:
        for evidence in finding.evidence:
            assert text[evidence.start : evidence.end] == evidence.text
    assert len(facts) <= len(text.split())
    assert work.longest["window"] <= len(text)  # a family's windows are merged: each character read once


def test_plain_talks_still_give_their_finding_among_the_marks():
    # The control: the clean sentence gives FC101; the marked variants must not crash, whatever they find.
    assert [f.rule for f in factcheck.check([document(TALKS, published="1998-02-10")]).findings] == ["FC101"]


LINE_ENDS = {"crlf": "\r\n", "lone-cr": "\r", "lf": "\n"}


@pytest.mark.parametrize("end", LINE_ENDS.values(), ids=LINE_ENDS.keys())
def test_line_ends_in_files_read_the_same(tmp_path, end, work):
    body = f"First line.{end}{TALKS}{end}{end}Last line, 76 years on.{end}"
    (tmp_path / "a.md").write_bytes(f"---{end}id: a{end}published: 1998-02-10{end}---{end}{body}".encode())
    (tmp_path / "b.txt").write_bytes(body.encode())
    (tmp_path / "c.jsonl").write_bytes(f'{{"id": "c", "text": "{TALKS}"}}{end}not json{end}'.encode())

    report = factcheck.check([tmp_path])

    assert [(f.rule, f.evidence[0].document) for f in report.findings] == [
        ("FC101", "a"),
        ("FC101", "b"),
        ("FC101", "c"),
    ]
    assert [(Path(e.path).name, e.line) for e in report.errors] == [("c.jsonl", 2)]
    loaded = factcheck.load_documents([tmp_path])
    assert all("\r" not in d.text for d in loaded.documents)
    for finding in report.findings:
        text = next(d.text for d in loaded.documents if d.id == finding.evidence[0].document)
        assert text[finding.evidence[0].start : finding.evidence[0].end] == "Wednesday, Feb. 3, 1998"


def test_a_byte_order_mark_is_dropped(tmp_path, work):
    bom = b"\xef\xbb\xbf"
    (tmp_path / "a.md").write_bytes(bom + f"---\nid: a\npublished: 1998-02-10\n---\n{TALKS}\n".encode())
    (tmp_path / "b.jsonl").write_bytes(bom + f'{{"id": "b", "text": "{TALKS}"}}\n'.encode())
    (tmp_path / "c.txt").write_bytes(bom + TALKS.encode())

    report = factcheck.check([tmp_path])

    assert report.errors == []
    assert [f.evidence[0].document for f in report.findings] == ["a", "b", "c"]
    assert all(f.evidence[0].start == TALKS.index("Wednesday") for f in report.findings)


def test_invalid_utf8_bytes_are_an_error_naming_file_and_line(tmp_path):
    (tmp_path / "a.md").write_bytes(f"---\nid: a\npublished: 1998-02-10\n---\n{TALKS}\n".encode())
    (tmp_path / "b.txt").write_bytes(b"Line one.\nLine \xff two.\n")
    (tmp_path / "c.jsonl").write_bytes(
        f'{{"id": "c1", "text": "{TALKS}"}}\n'.encode() + b'{"id": "c2", "text": "\xc3("}\n'
    )

    result = CliRunner().invoke(main, ["check", str(tmp_path), "--format", "json"])

    assert result.exit_code == 2
    report = factcheck.Report.model_validate_json(result.stdout)
    assert [f.evidence[0].document for f in report.findings] == ["a", "c1"]
    assert [(Path(e.path).name, e.line) for e in report.errors] == [("b.txt", 2), ("c.jsonl", 2)]
    assert all("UTF-8" in e.message for e in report.errors)
    assert f"{tmp_path / 'b.txt'}:2" in result.stderr


def _window_calls(text: str) -> int:
    """How many times the scanners run a family's pattern over ``text``'s windows (once per family)."""
    calls = Work()
    with pytest.MonkeyPatch.context() as patch:
        for module in (_families, durations, claims):
            patch.setattr(module, "finditer_near", _counting(calls, "window", module.finditer_near, _window_chars))
        facts_of(document(text))
    return calls.calls["window"]


def _seed_texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.md"))]


@pytest.mark.parametrize("text", ["12/31/99999", "12/31/999", "1/2/12345"])
def test_a_numeric_date_is_not_cut_out_of_a_longer_number(text):
    # "12/31/99999" once read as 9999-12-31 and "12/31/999" as 1999-12-31: the year's digits were cut short.
    assert facts_of(document(f"On {text} it happened."), ["date"]) == []


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("5 1/2", 5.5),
        ("5\n1/2", 5.5),
        ("0\r1/2", 0.5),
        ("1,000 1/2", 1000.5),
        ("12 345 1/2", 12345.5),
        ("1.5 1/2", None),
        ("1,000/2", None),
        ("1.5/2", None),
    ],
)
def test_a_fraction_after_any_number_reads_or_is_refused(written, value):
    # Found by the fuzz profile: int() raised on "0\r1", "1,000" and "1.5" before a fraction.
    read = numerals._digits_value(written)

    assert (read and read[0]) == value
    assert facts_of(document(f"It took {written} people, {written} hours and ${written} million."))
