"""Properties of temporal extraction: round trips, relative windows, and no crash on any text."""

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from factcheck.engine import facts_of
from factcheck.model import DateFact, Document, DurationFact

DAYS = st.dates(date(1800, 1, 1), date(2200, 12, 31))
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
DAY_STYLES = [
    "{d:%B} {d.day}, {d.year}",
    "{ap} {d.day}, {d.year}",  # AP style: "Sept. 29, 2025", "March 3, 1998"
    "{d.day} {d:%B} {d.year}",
    "{d:%A}, {d:%B} {d.day}, {d.year}",
    "{d:%A}, {d.day} {d:%B} {d.year}",
    "{d.year:04d}-{d.month:02d}-{d.day:02d}",
    "{d:%B} {d.day} {d.year}",
]
MONTH_STYLES = ["{d:%B} {d.year}", "{d:%B}, {d.year}"]


def only_date(text: str, published: date = date(2000, 6, 15)) -> DateFact:
    facts = [f for f in facts_of(Document(id="p", text=text, published=published)) if isinstance(f, DateFact)]
    assert len(facts) == 1, facts
    return facts[0]


@given(day=DAYS, style=st.sampled_from(DAY_STYLES))
def test_any_day_in_any_style_extracts_back(day, style):
    written = style.format(d=day, ap=AP_MONTHS[day.month - 1])
    fact = only_date(f"The agreement was signed on {written}, officials said.")
    assert (fact.value, fact.granularity, fact.text) == (day.isoformat(), "day", written)


@given(day=DAYS, style=st.sampled_from(MONTH_STYLES))
def test_any_month_extracts_back_at_month_precision(day, style):
    written = style.format(d=day)
    fact = only_date(f"Output fell in {written}, the report said.")
    assert (fact.value, fact.granularity) == (f"{day.year:04d}-{day.month:02d}", "month")


@given(year=st.integers(1800, 2199))
def test_any_year_extracts_back_at_year_precision(year):
    fact = only_date(f"The company was founded in {year}.")
    assert (fact.value, fact.granularity, fact.text) == (str(year), "year", str(year))


ANCHORS = st.dates(date(1800, 2, 1), date(2200, 11, 30))


@given(anchor=ANCHORS)
def test_day_words_resolve_to_their_day(anchor):
    assert only_date("He said yesterday the talks failed.", anchor).day == anchor - timedelta(days=1)
    assert only_date("He said today the talks failed.", anchor).day == anchor
    assert only_date("The envoy arrives tomorrow.", anchor).day == anchor + timedelta(days=1)


@given(anchor=ANCHORS, count=st.integers(1, 30))
def test_days_ago_count_back_from_the_anchor(anchor, count):
    assert only_date(f"The plant closed {count} days ago.", anchor).day == anchor - timedelta(days=count)


@given(anchor=ANCHORS)
def test_weeks_months_and_years_around_the_anchor(anchor):
    year, week, _ = (anchor - timedelta(weeks=1)).isocalendar()
    assert only_date("The plant closed last week.", anchor).value == f"{year}-W{week:02d}"
    next_month = (anchor.replace(day=1) + timedelta(days=32)).replace(day=1)
    assert only_date("The vote is due next month.", anchor).value == f"{next_month:%Y-%m}"
    assert only_date("Sales fell last year.", anchor).value == str(anchor.year - 1)


@given(anchor=ANCHORS, weekday=st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]))
def test_a_past_weekday_is_within_the_week_before_the_anchor(anchor, weekday):
    fact = only_date(f"The minister met him on {weekday}.", anchor)
    assert fact.day is not None
    assert 0 <= (anchor - fact.day).days <= 6
    assert fact.real_weekday == weekday


@given(text=st.text(max_size=400), published=st.one_of(st.none(), st.dates()))
def test_arbitrary_text_never_crashes_and_spans_are_exact(text, published):
    document = Document(id="p", text=text, published=published)
    for fact in facts_of(document):
        assert text[fact.start : fact.end] == fact.text


TEMPORAL_WORDS = st.sampled_from(
    ["Monday", "Feb.", "3", "1998", "last", "week", "next", "ago", "two", "years", "the", "day", "after", "in",
     "early", "June", "2022", "-", "/", ",", "four-day", "today", "now", "a.m.", "10:35", "of", "month", "quarter"]
)  # fmt: skip


@given(words=st.lists(TEMPORAL_WORDS, max_size=30), published=st.dates(date(1, 1, 1), date(9999, 12, 31)))
def test_temporal_word_salad_never_crashes(words, published):
    text = " ".join(words)
    for fact in facts_of(Document(id="p", text=text, published=published), ["date", "duration"]):
        assert text[fact.start : fact.end] == fact.text
        assert isinstance(fact, DateFact | DurationFact)
