"""The link stage: a document's entity mentions and its statements, as the rules get them on their context."""

from factcheck import Document, Entity, KnowledgeBase
from factcheck.link.entities import EntityIndex
from factcheck.link.statements import Linked
from factcheck.model import AgeClaim, DatedEventClaim, ElapsedClaim, EventFact
from factcheck.pipeline import check_document, facts_of, plan_of

KB = KnowledgeBase(
    entities=[
        Entity(name="Workers' Party of Korea", aliases=["WPK"], type="organization", dates={"founded": "1945-10-10"}),
        Entity(name="China", aliases=["Beijing"], type="country"),
        Entity(name="North Korea", aliases=["Pyongyang"], type="country"),
        Entity(name="China–North Korea diplomatic relations", type="relation", members=["China", "North Korea"],
               dates={"established": "1949-10-06"}),
        Entity(name="Choe Son-hui", type="person"),
    ]
)  # fmt: skip
TEXT = (
    "Beijing and Pyongyang held talks on Sunday. This year marks 76 years since the two countries established "
    "diplomatic relations. The WPK, founded in 1946, sent the 57-year-old Choe Son-hui."
)
DOCUMENT = Document(id="a", text=TEXT, published="2025-09-29")


def linked():
    return Linked(DOCUMENT, facts_of(DOCUMENT), EntityIndex(KB))


def test_entities_are_every_kb_name_in_text_order():
    assert [(m.text, m.entity.name) for m in linked().entities] == [
        ("Beijing", "China"),
        ("Pyongyang", "North Korea"),
        ("WPK", "Workers' Party of Korea"),
        ("Choe Son-hui", "Choe Son-hui"),
    ]


def test_each_claim_is_a_statement_with_what_it_is_about_and_its_reference():
    statements = {type(s.claim): s for s in linked().statements}

    elapsed = statements[ElapsedClaim]  # "the two countries": the relation of the two named in the document
    assert [e.name for e in elapsed.about] == ["China–North Korea diplomatic relations"]
    assert elapsed.reference is not None
    assert elapsed.reference.describe() == ("China–North Korea diplomatic relations established 1949-10-06")
    dated = statements[DatedEventClaim]
    assert dated.reference is not None
    assert (dated.reference.key, dated.reference.value) == ("founded", "1945-10-10")
    age = statements[AgeClaim]  # a person without a date of birth: about her, but nothing to check against
    assert ([e.name for e in age.about], age.reference) == (["Choe Son-hui"], None)


def test_events_are_not_statements():
    facts = facts_of(DOCUMENT)

    assert any(isinstance(f, EventFact) for f in facts)
    assert not any(isinstance(s.claim, EventFact) for s in linked().statements)


def test_without_a_kb_every_claim_is_a_statement_about_nothing():
    result = Linked(DOCUMENT, facts_of(DOCUMENT), EntityIndex(KnowledgeBase()))

    assert result.entities == ()
    assert result.statements
    assert all(s.about == () and s.reference is None for s in result.statements)


def test_the_rules_read_the_link_stage_from_their_context():
    findings = check_document(DOCUMENT, plan_of(kb=KB)).findings

    assert [(f.rule, f.expected, f.actual) for f in findings if f.rule.startswith("FC2")] == [
        ("FC204", "1945-10-10", "1946")
    ]


def test_a_document_is_linked_when_first_read_and_only_once(monkeypatch):
    # Story rules compare facts between reports: what a story's documents link to is worked out only if read.
    index = EntityIndex(KB)
    texts = []
    scan = index.scan
    monkeypatch.setattr(index, "scan", lambda text, *more: texts.append(text) or scan(text, *more))
    linked = Linked(DOCUMENT, facts_of(DOCUMENT), index)

    assert texts == []
    assert linked.statements == linked.statements
    assert linked.entities == linked.entities
    assert linked.ambiguous == linked.ambiguous
    assert texts.count(DOCUMENT.text) == 1


def test_a_claim_about_an_ambiguous_form_has_no_reference():
    kb = KnowledgeBase(
        entities=[
            Entity(name="Retail Merchants Association", aliases=["RMA"], dates={"founded": "1893"}),
            Entity(name="Regional Mining Authority", aliases=["RMA"], dates={"founded": "1961"}),
        ]
    )
    text = "The RMA, founded in 1901, met."
    claim = DatedEventClaim(text="founded in 1901", start=9, end=24, subject="The RMA,", subject_start=0,
                            subject_end=8, verb="founded", value="1901", date_start=20, date_end=24,
                            date_text="1901")  # fmt: skip
    linked = Linked(Document(id="d", text=text), [claim], EntityIndex(kb))

    [statement] = linked.statements
    assert (statement.about, statement.reference) == ((), None)
    assert [m.text for m in linked.ambiguous] == ["RMA"]
