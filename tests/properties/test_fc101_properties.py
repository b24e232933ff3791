"""Properties of FC101 and of extraction, over many dates, formats and arbitrary texts.

``HYPOTHESIS_PROFILE=fuzz`` runs each property 100,000 times (tests/conftest.py).
"""

import calendar
from datetime import date

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import factcheck
from factcheck import Config, DateFact

WEEKDAYS = list(calendar.day_name)
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]

FORMATS = {
    "ap": lambda weekday, d: f"{weekday}, {AP_MONTHS[d.month - 1]} {d.day}, {d.year}",
    "long": lambda weekday, d: f"{weekday}, {calendar.month_name[d.month]} {d.day}, {d.year}",
    "day-first": lambda weekday, d: f"{weekday}, {d.day} {calendar.month_name[d.month]} {d.year}",
    "parenthesis": lambda weekday, d: f"{weekday} ({AP_MONTHS[d.month - 1]} {d.day}, {d.year})",
    "bare": lambda weekday, d: f"{weekday} {calendar.month_abbr[d.month]} {d.day} {d.year}",
}

SENTENCES = [
    "The talks were held on {}, officials said.",
    "{} - The ministers met in the capital.",
    "Officials said the talks, which ended on {}, would resume.",
    "Choe arrived on {}.\n\nThe visit lasted four days.",
]

days = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
anchors = st.none() | st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
any_anchor = st.none() | st.dates()


def document(text, published):
    fields = {"id": "doc", "text": text}
    if published is not None:
        fields["published"] = published
    return fields


@given(day=days, fmt=st.sampled_from(sorted(FORMATS)), sentence=st.sampled_from(SENTENCES), published=anchors)
@example(day=date(1998, 2, 3), fmt="ap", sentence=SENTENCES[0], published=date(1998, 2, 10))
@example(day=date(2000, 2, 29), fmt="day-first", sentence=SENTENCES[1], published=None)
@example(day=date(1900, 1, 1), fmt="parenthesis", sentence=SENTENCES[2], published=None)
@example(day=date(2100, 12, 31), fmt="bare", sentence=SENTENCES[3], published=None)
def test_weekday_and_date_agree_exactly_when_fc101_is_silent(day, fmt, sentence, published):
    right = WEEKDAYS[day.weekday()]
    config = Config(select=["FC101"])

    for weekday in WEEKDAYS:
        expression = FORMATS[fmt](weekday, day)
        text = sentence.format(expression)
        doc = document(text, published)

        findings = factcheck.check([doc], config=config).findings

        if weekday == right:
            assert findings == [], text
            # Silence must come from a checked date, not from a date that was never read.
            facts = factcheck.extract([doc]).documents[0].facts
            dated = [f for f in facts if isinstance(f, DateFact) and f.text == expression]
            assert [(f.value, f.weekday) for f in dated] == [(day.isoformat(), right)], text
        else:
            assert len(findings) == 1, text
            (finding,) = findings
            assert finding.rule == "FC101"
            assert (finding.expected, finding.actual) == (right, weekday)
            (evidence,) = finding.evidence
            assert text[evidence.start : evidence.end] == evidence.text == expression


NEWS_TOKENS = [
    *WEEKDAYS,
    *(w.upper() for w in WEEKDAYS),
    *calendar.month_name[1:],
    *AP_MONTHS,
    *calendar.month_abbr[1:],
    "Wed.",
    "Sat",
    "Sun",
    "may",
    "sat",
    "1",
    "3",
    "3rd",
    "29",
    "30",
    "31",
    "02",
    "13",
    "1998",
    "2025",
    "2025-09-28",
    "2025-02-30",
    "1945-10-10",
    "3:30",
    "9999",
    "0",
    "the",
    "of",
    "on",
    "last",
    "next",
    "will",
    "was",
    "ago",
    "since",
    "years",
    "four-day",
    "$2 billion",
    "80th",
    "(",
    ")",
    ",",
    ".",
    "-",
    "—",
    "–",
    "“",
    "”",
    "'",
    "\n",
    "\n\n",
    "\t",
    " ",
]

news_like = st.builds(str.join, st.sampled_from(["", " "]), st.lists(st.sampled_from(NEWS_TOKENS), max_size=60))
texts = st.one_of(st.text(max_size=300), news_like)


@given(text=texts, published=any_anchor)
def test_arbitrary_text_never_crashes_check(text, published):
    report = factcheck.check([document(text, published)])

    for finding in report.findings:
        for evidence in finding.evidence:
            assert text[evidence.start : evidence.end] == evidence.text


@given(text=texts, published=any_anchor)
def test_every_extracted_span_indexes_the_text_exactly(text, published):
    (facts,) = factcheck.extract([document(text, published)]).documents

    for fact in facts.facts:
        assert 0 <= fact.start <= fact.end <= len(text)
        assert text[fact.start : fact.end] == fact.text


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("They will meet on Sunday.", "9999-12-31"),
        ("They met on Sunday.", "0001-01-01"),
        ("It will be held on Jan. 1.", "9999-12-31"),
        ("He said it happened last week.", "0001-01-01"),
        ("The next day they left.", "9999-12-31"),
    ],
)
def test_publication_dates_at_the_edge_of_the_calendar_never_crash(text, published):
    # Counting past date.min/max once raised OverflowError out of the engine.
    factcheck.check([document(text, published)])
