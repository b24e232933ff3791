"""The streaming check: the findings of ``check``, each document's as soon as it is checked, stories last."""

import factcheck
from factcheck.model import Document, Finding, ReadError
from factcheck.rules import registry
from factcheck.streaming import stream_check
from factcheck.suppress import baseline_of
from tests.unit.corpus import TALKS, inputs, knowledge


def test_a_stream_holds_the_findings_and_errors_of_the_report():
    kb = knowledge()
    report = factcheck.check(inputs(), kb=kb)
    baseline = baseline_of(report.findings)
    baselined = factcheck.check(inputs(), kb=kb, baseline=baseline)

    streamed = list(stream_check(inputs(), kb=kb, baseline=baseline))

    assert sorted((f for f in streamed if isinstance(f, Finding)), key=lambda f: f.sort_key) == baselined.findings
    errors = [e for e in streamed if isinstance(e, ReadError)]
    assert sorted(errors, key=repr) == sorted(baselined.errors, key=repr)
    assert any(f.baselined for f in baselined.findings)
    assert any(f.suppressed for f in baselined.findings)


def test_documents_come_in_input_order_and_stories_last():
    streamed = [f for f in stream_check(inputs(), kb=knowledge()) if isinstance(f, Finding)]

    story_rules = {spec.code for spec in registry if spec.scope == "story"}  # FC3xx and FC405
    first_story = next(i for i, f in enumerate(streamed) if f.rule in story_rules)
    assert {f.rule for f in streamed[first_story:]} <= story_rules  # story findings after every document's
    per_document = streamed[:first_story]
    order = list(dict.fromkeys(f.evidence[0].document for f in per_document))
    assert [f.evidence[0].document for f in per_document] == sorted(
        (f.evidence[0].document for f in per_document), key=order.index
    )  # each document's findings together
    assert order[0] == "ignored"  # models and mappings first, as check reads them


def test_two_processes_stream_the_same_in_the_same_order():
    kb = knowledge()
    assert list(stream_check(inputs(), kb=kb, jobs=2)) == list(stream_check(inputs(), kb=kb))


def test_a_finding_comes_before_the_rest_is_read():
    read = []

    def documents():
        for i in range(5):
            read.append(i)
            yield Document(id=f"d{i}", text=TALKS, published="1998-02-10")

    stream = stream_check(documents())
    first = next(stream)

    assert isinstance(first, Finding)
    assert first.evidence[0].document == "d0"
    assert read == [0]


def test_read_errors_come_in_their_place():
    items = [{"id": "a", "text": TALKS, "published": "1998-02-10"}, {"id": "b"}, {"id": "c", "text": TALKS}]

    streamed = list(stream_check(items, config=factcheck.Config(select=["FC101"])))

    assert [type(item).__name__ for item in streamed] == ["Finding", "ReadError", "Finding"]
    assert isinstance(streamed[1], ReadError)
    assert "document #2" in streamed[1].message
