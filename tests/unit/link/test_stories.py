"""Story grouping: given stories, inferred ones, and the blocking that keeps it near-linear."""

from datetime import date

from factcheck.link.stories import COMMON, StoryKey, group_keys, group_stories, may_join, story_key
from factcheck.model import Document

LEAD = "Foreign Minister Choe Son-hui met Wang Yi in Beijing, and Kim Jong Un praised the Workers Party plan."


def doc(id_: str, text: str = LEAD, published: str = "2025-09-28", story: str | None = None) -> Document:
    return Document(id=id_, text=text, published=published, story=story, source=f"outlet {id_}")


def test_documents_with_one_story_are_grouped():
    docs = [doc("a", "x", story="s1"), doc("b", "y", story="s2"), doc("c", "z", story="s1")]
    assert group_stories(docs) == [[0, 2]]


def test_stories_are_inferred_from_shared_names_and_near_dates():
    docs = [doc("a"), doc("b", published="2025-09-29"), doc("c", "An unrelated report about Paris Fashion Week.")]
    assert group_stories(docs) == [[0, 1]]


def test_far_apart_publication_dates_are_other_stories():
    assert group_stories([doc("a"), doc("b", published="2025-10-20")]) == []


def test_a_single_document_is_no_story():
    assert group_stories([doc("a")]) == []


def test_names_shared_by_too_many_documents_do_not_join_them():
    # Every document shares the same three names, more often than COMMON: they say nothing.
    docs = [doc(f"d{i}", f"New Delhi Stock Exchange Market Watch report {i}") for i in range(COMMON + 5)]
    assert group_stories(docs) == []


def test_documents_without_a_source_are_not_grouped_by_guess():
    docs = [Document(id="a", text=LEAD, published="2025-09-28"), Document(id="b", text=LEAD, published="2025-09-28")]
    assert group_stories(docs) == []


def test_keys_group_as_the_documents_do():
    # A stream keeps one small key per document, not the document: grouping the keys must give the same stories.
    docs = [
        doc("a"),
        doc("b", "x", story="s1"),
        doc("c", published="2025-09-29"),
        doc("d", "An unrelated report about Paris Fashion Week."),
        doc("e", "y", story="s1"),
        Document(id="f", text=LEAD, published="2025-09-28"),
    ]
    assert group_keys([story_key(d) for d in docs]) == group_stories(docs) == [[0, 2], [1, 4]]


def test_a_key_keeps_only_what_grouping_reads():
    assert story_key(doc("a", "x", story="s1")) == StoryKey("s1")
    assert story_key(Document(id="b", text=LEAD, published="2025-09-28")) == StoryKey(None)  # no source: never grouped
    key = story_key(doc("c"))
    assert key.day == date(2025, 9, 28).toordinal()
    assert key.names == tuple(sorted(key.names))
    assert {"Kim Jong Un", "Wang Yi"} <= set(key.names)


def test_only_documents_with_a_story_or_a_date_and_a_source_may_join_one():
    assert may_join(doc("a"))
    assert may_join(Document(id="b", text=LEAD, story="s1"))
    assert not may_join(Document(id="c", text=LEAD, published="2025-09-28"))
    assert not may_join(Document(id="d", text=LEAD, source="AFP"))
