"""Aligning facts of two reports by the words around them, and events by their names."""

from factcheck.engine import facts_of
from factcheck.link.align import align, align_events
from factcheck.model import DateFact, Document, EventFact, NumberFact

A = "The minister arrived on Feb. 6 for talks. Separately, the court ruled on March 3 that the law stands."
B = "Separately, the court ruled on 3 March that the law stands. The minister arrived on Feb. 9 for talks."


def dates(text: str) -> list[DateFact]:
    return [
        f for f in facts_of(Document(id="x", text=text, published="1998-03-10"), ["date"]) if isinstance(f, DateFact)
    ]


def test_reworded_and_moved_statements_align():
    pairs = align(dates(A), A, dates(B), B)
    assert sorted((p.first.text, p.second.text) for p in pairs) == [("Feb. 6", "Feb. 9"), ("March 3", "3 March")]


def test_different_statements_do_not_align():
    other = "Officials said on Feb. 6 that prices rose sharply in the capital."
    assert align(dates(A), A, dates(other), other) == []


def events(text: str, published: str) -> list[EventFact]:
    found = facts_of(Document(id="x", text=text, published=published), ["event"])
    return [f for f in found if isinstance(f, EventFact)]


def test_events_match_by_shared_names():
    daily = (
        "China and North Korea agreed on Sunday to cooperate. The consensus was reached during a meeting between "
        "Wang Yi and his counterpart, Choe Son-hui."
    )
    afp = "North Korea's Foreign Minister Choe Son-hui met Wang Saturday in the Chinese capital."
    (pair,) = align_events(events(daily, "2025-09-28"), events(afp, "2025-09-29"))
    assert (pair.first.date_text, pair.second.date_text) == ("Sunday", "Saturday")


def test_events_without_shared_names_do_not_match():
    first = events("Kim met Xi on Sunday in Beijing.", "2025-09-28")
    second = events("Choe Son-hui met Wang Saturday in the capital.", "2025-09-29")
    assert align_events(first, second) == []


def counts(text: str) -> list[NumberFact]:
    found = facts_of(Document(id="x", text=text, published="2019-08-20"), ["number"])
    return [f for f in found if isinstance(f, NumberFact)]


def test_an_abbreviated_month_does_not_end_the_sentence():
    first = "The harbour fires, on Aug. 7, destroyed 312 boats in Varna and 14 in Lisk."
    second = "The harbour fires, on Aug 7, destroyed 275 boats in Varna and 14 in Lisk."
    pairs = align(counts(first), first, counts(second), second)
    assert ("312", "275") in [(p.first.text, p.second.text) for p in pairs]


def test_neighbouring_numbers_written_another_way_keep_the_alignment():
    first = "The Nov. 4, 2019, floods displaced more than 300 families, including 15 teachers."
    second = "The November 6, 2019, floods displaced more than three hundred families, including 15 teachers."
    pairs = align(dates(first), first, dates(second), second)
    assert [(p.first.text, p.second.text) for p in pairs] == [("Nov. 4, 2019", "November 6, 2019")]


def test_years_around_a_fact_still_tell_statements_apart():
    first = "In 2023, trade between the two countries reached $2 billion."
    second = "In 2022, trade between the two countries reached $1.5 billion."
    found = facts_of(Document(id="x", text=first), ["money"])
    other = facts_of(Document(id="x", text=second), ["money"])
    assert align(found, first, other, second, sentences=True) == []
