"""``factcheck.distributed``: the check on a Dask cluster gives the report of one process, byte for byte."""

import json

import pytest

import factcheck
from factcheck.model import Document
from factcheck.suppress import baseline_of
from tests.unit.corpus import TALKS, inputs, knowledge

distributed = pytest.importorskip("dask.distributed", reason="the dask extra is not installed: pip install -e .[dask]")
bag = pytest.importorskip("dask.bag", reason="the dask extra is not installed: pip install -e .[dask]")

from factcheck.distributed import check as dask_check  # noqa: E402 - only with dask installed


def test_without_a_cluster_the_default_scheduler_runs_it():
    with pytest.raises(ValueError, match="No clients found"):
        distributed.default_client()  # no cluster here: Dask's own scheduler runs the bag
    documents = [Document(id=f"d{i}", text=TALKS, published="1998-02-10") for i in range(3)]

    report = dask_check(documents)

    assert json.loads(report.model_dump_json()) == json.loads(factcheck.check(documents).model_dump_json())


@pytest.fixture(scope="module")
def client():
    # Two worker processes, as a cluster of two machines would have; no dashboard (no port to claim).
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def test_two_workers_give_the_report_of_one_process_byte_for_byte(client):
    kb = knowledge()
    single = factcheck.check(inputs(), kb=kb)
    baseline = baseline_of(single.findings[1::2])

    expected = factcheck.check(inputs(), kb=kb, baseline=baseline).model_dump_json(indent=2)
    actual = dask_check(inputs(), kb=kb, baseline=baseline, npartitions=7).model_dump_json(indent=2)

    assert actual == expected
    assert {f.rule for f in single.findings} >= {"FC301", "FC302", "FC303", "FC304"}  # stories were shuffled


def test_a_bag_of_records_is_read_where_it_lies(client):
    records = [
        {"id": "a", "text": TALKS, "published": "1998-02-10"},
        {"id": "b"},
        {"id": "c", "text": TALKS.replace("Wednesday", "Tuesday"), "published": "1998-02-10"},
    ]

    report = dask_check(bag.from_sequence(records, npartitions=2))

    assert report == factcheck.check(records)
    assert [e.message for e in report.errors] == ["invalid document #2: text: Field required"]
