"""Dated events: trigger, date, names; report dates and starting points are no event dates."""

from factcheck.engine import facts_of
from factcheck.model import Document, EventFact


def events(text: str, published: str = "2025-09-28") -> list[tuple[str, str, str]]:
    found = [
        f for f in facts_of(Document(id="e", text=text, published=published), ["event"]) if isinstance(f, EventFact)
    ]
    for event in found:
        assert text[event.start : event.end] == event.text
        assert text[event.date_start : event.date_end] == event.date_text
    return [(e.event, e.text, e.date_text) for e in found]


def test_a_date_belongs_to_the_trigger_before_it():
    text = "Kim visited Beijing to attend the parade on September 3 and met Xi the next day."
    assert events(text) == [("parade", "parade", "September 3"), ("meeting", "met", "the next day")]


def test_a_date_after_a_reporting_verb_dates_the_report():
    assert events("KCNA said Monday the ministers had agreed fully.", "2025-09-29") == []


def test_since_a_date_is_no_event_date():
    assert events("This is her first trip to China since taking office in June 2022.") == []


def test_a_dateline_is_no_event_date():
    assert events("BEIJING, Sept 29, 2025 (AFP) - The talks went well.", "2025-09-29") == []


def test_a_sentence_about_the_same_event_adds_its_names():
    text = "The two sides agreed on Sunday to cooperate. The consensus was reached during a meeting with Choe Son-hui."
    (event,) = list(facts_of(Document(id="e", text=text, published="2025-09-28"), ["event"]))
    assert isinstance(event, EventFact)
    assert {"Choe", "Son-hui"} <= set(event.names)
