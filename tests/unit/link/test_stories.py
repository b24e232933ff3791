"""Story grouping: given stories, inferred ones, and the blocking that keeps it near-linear."""

from factcheck.link.stories import COMMON, group_stories
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
