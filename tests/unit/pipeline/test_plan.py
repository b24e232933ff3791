"""The preparation every driver shares: the plan (with the run's entity index) and the baseline."""

import json
import pickle

from factcheck import Config, Document, Entity, KnowledgeBase
from factcheck.pipeline import check_document, plan_of, prepare
from factcheck.suppress import baseline_of
from tests.unit.corpus import TALKS

KB = KnowledgeBase(
    entities=[
        Entity(name="Workers' Party of Korea", aliases=["WPK"], type="organization", dates={"founded": "1945-10-10"}),
        Entity(name="Pyongyang", type="place"),
    ]
)


def test_the_plan_builds_its_entity_index_once_and_pickles_with_it():
    plan = plan_of(kb=KB)
    copy = pickle.loads(pickle.dumps(plan))
    document = Document(id="a", text="The WPK, founded in 1946, met in Pyongyng.", published="2025-10-10")

    assert copy.index is not plan.index
    assert copy.index.find(document.text) == plan.index.find(document.text) != []
    assert copy.index.names == plan.index.names
    assert check_document(document, copy) == check_document(document, plan)
    assert {f.rule for f in check_document(document, copy).findings} == {"FC204", "FC402"}


def test_prepare_reads_the_baseline_the_config_names(tmp_path):
    document = Document(id="a", text=TALKS, published="1998-02-10")
    findings = check_document(document, plan_of()).findings
    path = tmp_path / "baseline.json"
    path.write_text(json.dumps(baseline_of(findings).model_dump(mode="json", by_alias=True)), encoding="utf-8")

    prepared = prepare(Config(baseline=str(path)))

    assert prepared.baseline is not None
    assert [f.baselined for f in prepared.baselined(findings)] == [True]
    assert prepare().baselined(findings) == findings


def test_a_stream_marks_the_baseline_a_few_findings_at_a_time(tmp_path):
    document = Document(id="a", text=f"{TALKS}\n{TALKS}", published="1998-02-10")
    findings = check_document(document, plan_of()).findings
    prepared = prepare(baseline=baseline_of(findings[:1]))  # one occurrence recorded, two found
    remaining = prepared.counts()

    first = prepared.baselined(findings[:1], remaining)
    second = prepared.baselined(findings[1:], remaining)

    assert [f.baselined for f in (*first, *second)] == [True, False]
