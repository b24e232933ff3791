"""Fuzzing as tests: no input crashes factcheck, and what it says about any input is well formed (issue 9).

Strategies produce arbitrary Unicode, article-like text (sentences of dates, numbers, amounts, durations,
claims, events and names in random forms, joined by any line end, zero-width, combining and right-to-left
marks), front matter and JSON Lines records (valid, mistyped and junk), plain-text files as bytes (a BOM,
invalid UTF-8) and knowledge-base files. The properties, through the public API (``factcheck.check``,
``factcheck.extract``) and through the command line on files:

- no exception escapes; the command exits 0, 1 or 2 and never prints a traceback;
- every span indexes its document's text exactly (``text[start:end] == span text``);
- the output is deterministic: the same input twice gives byte-identical JSON;
- findings and facts never name a document that was not given.

``max_examples`` comes from the profile (tests/conftest.py): ``ci`` by default, ``HYPOTHESIS_PROFILE=fuzz``
for the long search.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from click.testing import CliRunner, Result
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import factcheck
from factcheck import Document, ExtractReport, KnowledgeBase, Report
from factcheck.cli import main

# Data generation is the slow part of these examples (whole articles, files); that is the point.
_SLOW = settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# ---------------------------------------------------------------- the pieces of an article

NAMES = [
    "Kim Jong Un", "Kim Jong-un", "Wang Yi", "Choe Son-hui", "Choe", "Xi Jinping", "Beijing", "Beijiing", "Pyongyang",
    "Workers' Party of Korea", "WPK", "China", "North Korea", "KCNA", "Xinhua", "the party", "Acme Corp",
]  # fmt: skip
MONTHS = ["January", "Feb.", "Feb", "Sept.", "June", "may", "DECEMBER", "Oct", "Smarch"]
WEEKDAYS = ["Monday", "Sunday", "tuesday", "WEDNESDAY", "Sat.", "Thurs", "Friday's"]
RELATIVE = [
    "last week", "next year", "this month", "yesterday", "today", "now", "recently", "soon", "the 1990s",
    "fiscal 1999", "Q3 2025", "the third quarter", "two weeks ago", "Christmas", "Thanksgiving", "election day",
    "the past four years", "earlier this year", "the weekend", "last spring", "the 20th century", "mid-2024",
]  # fmt: skip
NUMBER_WORDS = [
    "seventy-six", "one hundred and three", "a dozen", "two thirds", "six point nought seven", "hundreds of",
    "twenty-first", "zero", "a million", "three-quarters", "out of", "half",
]  # fmt: skip
MARKS = [
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u0301", "\u0308", "\u202e", "\u202c", "\u200f", "\u200e",
    "\u00a0", "\u2009", "\u202f", "\t", "\r", "\r\n", "\n", "\n\n", "\x00", "\x0b", "\u2028", "\u2029", "\x85",
]  # fmt: skip
SCRIPTS = ["مرحبا بكم", "שלום עולם", "北京", "평양", "Ελλάδα", "Москва", "e\u0301te\u0301", "١٢٣", "२०२५", "٢٠٢٥", "🇰🇵"]
MARKUP = [
    "<!-- factcheck: ignore FC101 -->", "<!-- factcheck: ignore XYZ999 -->", "<!-- factcheck: ignore -->",
    "<script>alert(1)</script>", "{{7*7}}", "${jndi:ldap://x}", "`rm -rf /`", "---", "...", "# Heading", "> quote",
]  # fmt: skip

numbers = st.one_of(
    st.integers(0, 3000),
    st.sampled_from([0, 1, 12, 31, 32, 99, 100, 1998, 2025, 9999, 99999]),
    st.integers(-(10**12), 10**12),
    st.integers(10**300, 10**400),  # past float's range: 400 digits
)
years = st.one_of(st.integers(1900, 2100), st.sampled_from([0, 1, 99, 999, 1000, 9999, 99999]), st.integers(0, 10**6))
days = st.integers(0, 40)
names = st.one_of(
    st.sampled_from(NAMES),
    st.sampled_from(NAMES).map(str.upper),
    st.sampled_from(NAMES).map(str.lower),
    st.text(st.characters(categories=["Lu", "Ll"]), min_size=1, max_size=12).map(str.title),
)


@st.composite
def dates(draw: st.DrawFn) -> str:
    """A date as news writes it, real or impossible: "Wednesday, Feb. 3, 1998", "31/31/31", "year 99999"."""
    month, weekday = draw(st.sampled_from(MONTHS)), draw(st.sampled_from(WEEKDAYS))
    day, year, number = draw(days), draw(years), draw(st.integers(0, 99))
    return draw(
        st.sampled_from([
            f"{weekday}, {month} {day}, {year}", f"on {weekday}", f"{month} {day}", f"{month} {year}",
            f"{day} {month} {year}", f"{number}/{day}/{year}", f"{number}/{number}/{number}",
            f"{year}-{number:02}-{day:02}",
            f"in {year}", f"year {year}", f"{year}s", f"{weekday} {month}. {day}", f"the {day}th of {month}",
            "31/31/31", "0/0/0", "2025-02-30", "Feb. 29, 1900", f"{day}:{number} p.m.", draw(st.sampled_from(RELATIVE)),
        ])
    )  # fmt: skip


@st.composite
def amounts(draw: st.DrawFn) -> str:
    """Numbers, money, durations and quantities in random forms: "$2.3bn", "seventy-six", "a four-day visit"."""
    n, x = draw(numbers), draw(st.floats(0, 1e6, allow_nan=False))
    word = draw(st.sampled_from(NUMBER_WORDS))
    return draw(
        st.sampled_from([
            str(n), f"{n:,}", f"{n}th", f"{n}%", f"{x:.2f}", f"{n}e{n}", f"1.1^{n}", f"5 1/{n}", f"{n}/{n}",
            f"${n}", f"${x:.1f} billion", f"€{x:.1f}m", f"{n} cents", f"¥{n}", f"{n} yuan", f"more than ${n}",
            f"up to {n} pounds", f"{word} dollars", f"{n}-day", f"{n} years", f"the past {word} weeks",
            f"{n} km", f"{x:.1f} miles an hour", f"{n} square miles", f"{word} percent", f"between {n} and {n}",
            f"{n}k", f"{n} lakh rupees", f"{n}.{n}.{n}", f"{word}", f"-{n}",
        ])
    )  # fmt: skip


@st.composite
def claims(draw: st.DrawFn) -> str:
    """Reference claims and events: "76 years since the WPK was founded", "Choe met Wang on Sunday"."""
    a, b, n, year = draw(names), draw(names), draw(numbers), draw(years)
    when = draw(dates())
    return draw(
        st.sampled_from([
            f"{n} years since {a} was founded", f"the {n}th anniversary of {a}", f"{a}, founded {n} years ago",
            f"{a} was established in {year}", f"{a}, aged {n}", f"marks {n} years of {a}", f"{a} met {b} {when}",
            f"{a} visited {b} {when}", f"talks between {a} and {b}", f"the parade {when}", f"{a} signed it {when}",
        ])
    )  # fmt: skip


noise = st.one_of(
    st.sampled_from(MARKS), st.sampled_from(SCRIPTS), st.sampled_from(MARKUP), st.text(max_size=12), names
)
pieces = st.one_of(dates(), amounts(), claims(), names, noise)
separators = st.sampled_from([" ", ". ", ", ", "; ", "\n", "\r\n", "\r", " — ", "", ". The ", "? ", "\n\n", " (", ") "])


@st.composite
def articles(draw: st.DrawFn, max_pieces: int = 24) -> str:
    """Article-like text: pieces joined by any separator."""
    parts = draw(st.lists(st.tuples(pieces, separators), max_size=max_pieces))
    return "".join(piece + sep for piece, sep in parts)


texts = st.one_of(st.text(), articles())
published = st.one_of(
    st.none(),
    st.dates(min_value=date(1, 1, 1)),
    st.sampled_from(["2025-09-28", "1998-02-10", "2025-09-28T23:30:00Z", "2025-09-28T10:00:00+09:00"]),
)

# ---------------------------------------------------------------- documents and knowledge


@st.composite
def document_records(draw: st.DrawFn, count: int = 3) -> list[dict[str, Any]]:
    """Up to ``count`` documents with distinct ids, some of one story, some anchored."""
    ids = draw(st.lists(st.text(st.characters(codec="utf-8"), min_size=1, max_size=8), max_size=count, unique=True))
    records = []
    for doc_id in ids:
        record: dict[str, Any] = {"id": doc_id, "text": draw(texts)}
        if (anchor := draw(published)) is not None:
            record["published"] = anchor
        if draw(st.booleans()):
            record["story"] = "s"
        if draw(st.booleans()):
            record["source"] = draw(st.sampled_from(["AFP", "Xinhua", "KCNA"]))
        records.append(record)
    return records


kb_dates = st.one_of(
    st.sampled_from(["1945-10-10", "1949-10-06", "1945", "2022-06", "1998-02-03"]),
    st.dates(min_value=date(1, 1, 1)).map(date.isoformat),
)


@st.composite
def entities(draw: st.DrawFn) -> dict[str, Any]:
    """A valid knowledge-base entity."""
    entity: dict[str, Any] = {
        "name": draw(names),
        "aliases": draw(st.lists(names, max_size=3)),
        "type": draw(st.sampled_from(["person", "organization", "country", "relation", "event", "other"])),
        "dates": draw(st.dictionaries(st.sampled_from(["founded", "established", "began", "signed", "ended"]), kb_dates,
                                      max_size=3)),
    }  # fmt: skip
    if entity["type"] == "relation":
        entity["members"] = draw(st.lists(names, max_size=2))
    return entity


@st.composite
def knowledge(draw: st.DrawFn) -> KnowledgeBase:
    return KnowledgeBase.model_validate({"entities": draw(st.lists(entities(), max_size=4))})


junk = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)
"""Any JSON-like value: what a mistyped field holds."""

# ---------------------------------------------------------------- the properties


def assert_spans_index(report: Report | ExtractReport, texts_by_id: dict[str, str]) -> None:
    """Every span names a given document and indexes its text exactly."""
    if isinstance(report, Report):
        listed = {d.id for d in report.documents}
        assert listed <= set(texts_by_id)
        for finding in report.findings:
            assert finding.evidence, finding
            for evidence in finding.evidence:
                assert evidence.document in listed, finding
                assert texts_by_id[evidence.document][evidence.start : evidence.end] == evidence.text, finding
    else:
        for doc in report.documents:
            assert doc.id in texts_by_id
            for fact in doc.facts:
                assert 0 <= fact.start <= fact.end <= len(texts_by_id[doc.id]), fact
                assert texts_by_id[doc.id][fact.start : fact.end] == fact.text, fact


def api_run(inputs: Sequence[Document | dict[str, Any]], kb: KnowledgeBase | None = None) -> tuple[str, str]:
    """``check`` and ``extract`` on the inputs, asserted well formed; their JSON."""
    texts_by_id = dict((d.id, d.text) if isinstance(d, Document) else (str(d["id"]), d["text"]) for d in inputs)
    report = factcheck.check(inputs, kb=kb)
    extracted = factcheck.extract(inputs)
    assert_spans_index(report, texts_by_id)
    assert_spans_index(extracted, texts_by_id)
    return report.model_dump_json(), extracted.model_dump_json()


@_SLOW
@given(st.text(), published)
def test_any_unicode_text(text, anchor):
    record = {"id": "doc", "text": text, "published": anchor} if anchor else {"id": "doc", "text": text}

    first = api_run([record])

    assert api_run([record]) == first


@_SLOW
@given(document_records(), knowledge())
def test_article_like_documents_with_a_knowledge_base(records, kb):
    first = api_run(records, kb)

    assert api_run(records, kb) == first


# ---------------------------------------------------------------- through the command line, on files

front_matter_values = st.fixed_dictionaries(
    {},
    optional={
        "id": st.one_of(st.text(max_size=8), st.integers(), junk),
        "published": st.one_of(published.map(str), st.sampled_from(["2025-02-30", "not a date", "99999-01-01"]), junk),
        "story": st.one_of(st.just("s"), junk),
        "source": st.one_of(st.sampled_from(["AFP", "Xinhua"]), junk),
        "timezone": st.one_of(st.sampled_from(["Asia/Seoul", "UTC", "Mars/Olympus"]), junk),
        "ignore": st.one_of(st.just(["FC402"]), st.just(["NOPE1"]), junk),
        "text": junk,
        "title": junk,
    },
)


@st.composite
def markdown_files(draw: st.DrawFn) -> str:
    """A Markdown article: front matter as YAML (valid, mistyped or junk text) and an article-like body."""
    body = draw(articles(max_pieces=12))
    style = draw(st.sampled_from(["mapping", "raw", "none", "unclosed"]))
    if style == "mapping":
        front = yaml.safe_dump(draw(front_matter_values), allow_unicode=True, sort_keys=True)
    elif style == "raw":
        front = draw(st.text(max_size=40))
    else:
        front = ""
    if style == "none":
        return body
    closer = "" if style == "unclosed" else "---\n"
    return f"---\n{front}{closer}{body}"


@st.composite
def jsonl_files(draw: st.DrawFn) -> str:
    """JSON Lines: records (some without ``text``, some mistyped), junk lines and blank lines."""
    lines = []
    for index in range(draw(st.integers(0, 4))):
        kind = draw(st.sampled_from(["good", "good", "mistyped", "junk", "blank"]))
        if kind == "good":
            record = {"id": f"j{index}", "text": draw(articles(max_pieces=8)), "published": "2025-09-28"}
            lines.append(json.dumps(record))
        elif kind == "mistyped":
            lines.append(json.dumps({"id": draw(junk), "text": draw(junk), "published": draw(junk)}))
        elif kind == "junk":
            lines.append(draw(st.text(max_size=30)).replace("\n", " ").replace("\r", " "))
        else:
            lines.append("")
    return draw(st.sampled_from(["\n", "\r\n"])).join(lines)


@st.composite
def text_files(draw: st.DrawFn) -> bytes:
    """Plain text as bytes: UTF-8 with or without a BOM, sometimes with invalid bytes."""
    data = draw(articles(max_pieces=12)).encode("utf-8", "surrogatepass")
    if draw(st.booleans()):
        data = b"\xef\xbb\xbf" + data
    if draw(st.booleans()):
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.sampled_from([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\x80\x80"])) + data[at:]
    return data


@st.composite
def kb_files(draw: st.DrawFn) -> tuple[str, str]:
    """(suffix, content) of a knowledge-base file: valid entities, invalid ones, or junk."""
    entries = draw(st.lists(st.one_of(entities(), st.dictionaries(st.sampled_from(["name", "dates", "type"]), junk)),
                            max_size=4))  # fmt: skip
    data = draw(st.sampled_from([{"entities": entries}, entries, {"entities": entries, "extra": 1}]))
    style = draw(st.sampled_from(["yaml", "json", "junk"]))
    if style == "yaml":
        return ".yaml", yaml.safe_dump(data, allow_unicode=True, sort_keys=True)
    if style == "json":
        return ".json", json.dumps(data)
    return ".yaml", draw(st.text(max_size=60))


def invoke(*args: str) -> Result:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code in (0, 1, 2), (result.exit_code, result.output, result.exception)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


def write_files(root: Path, files: Iterable[tuple[str, str | bytes]]) -> None:
    for name, content in files:
        path = root / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", newline="", errors="surrogatepass")


def assert_cli_output(root: Path, check_json: str, extract_json: str) -> None:
    """The JSON the commands wrote speaks only of the documents below ``root``, and its spans index them."""
    loaded = factcheck.load_documents([root])
    texts_by_id = {d.id: d.text for d in loaded.documents}
    report = Report.model_validate_json(check_json)
    assert {d.id for d in report.documents} == set(texts_by_id)
    assert_spans_index(report, texts_by_id)
    assert_spans_index(ExtractReport.model_validate_json(extract_json), texts_by_id)


@_SLOW
@given(
    st.lists(markdown_files(), max_size=3),
    st.lists(jsonl_files(), max_size=2),
    st.lists(text_files(), max_size=2),
    st.one_of(st.none(), kb_files()),
    st.sampled_from(["text", "sarif", "junit", "github", "html"]),
)
def test_files_through_the_command_line(markdown, jsonl, plain, kb, fmt):
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "articles"
        root.mkdir()
        write_files(root, [(f"m{i}.md", text) for i, text in enumerate(markdown)])
        write_files(root, [(f"j{i}.jsonl", text) for i, text in enumerate(jsonl)])
        write_files(root, [(f"t{i}.txt", data) for i, data in enumerate(plain)])
        options = []
        if kb is not None:
            suffix, content = kb
            write_files(Path(folder), [(f"kb{suffix}", content)])
            options = ["--kb", str(Path(folder) / f"kb{suffix}")]

        first = invoke("check", str(root), *options, "--format", "json", "--fail-on", "info")
        second = invoke("check", str(root), *options, "--format", "json", "--fail-on", "info")
        extracted = invoke("extract", str(root))
        invoke("extract", str(root), "--format", "text")

        assert first.stdout == second.stdout
        assert first.exit_code == second.exit_code
        if first.stdout:  # nothing is written when the run stops before checking (an unreadable KB file)
            assert_cli_output(root, first.stdout, extracted.stdout)
        other_format = invoke("check", str(root), *options, "--fail-on", "info", "--format", fmt)
        assert other_format.exit_code == first.exit_code
