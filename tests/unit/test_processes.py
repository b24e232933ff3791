"""``--jobs``: documents checked in worker processes report exactly what one process reports."""

import multiprocessing
import os

import factcheck
import factcheck.processes
from factcheck.model import Document
from factcheck.pipeline import check_document, plan_of
from factcheck.processes import check_documents, workers
from factcheck.suppress import baseline_of
from tests.unit.corpus import TALKS, inputs, knowledge


def test_two_processes_give_the_report_of_one_byte_for_byte():
    kb = knowledge()
    one = factcheck.check(inputs(), kb=kb)
    baseline = baseline_of(one.findings[::2])  # some findings baselined, some not

    single = factcheck.check(inputs(), kb=kb, baseline=baseline).model_dump_json(indent=2)
    double = factcheck.check(inputs(), kb=kb, baseline=baseline, jobs=2).model_dump_json(indent=2)

    assert double == single
    assert {f.rule[:3] for f in one.findings} >= {"FC1", "FC2", "FC3", "FC4"}  # every family, stories included


def test_results_come_back_in_input_order_whatever_finishes_first():
    plan = plan_of(kb=knowledge())
    documents = [
        Document(id=f"d{i}", text=TALKS if i % 3 else "Nothing dated.", published="1998-02-10") for i in range(9)
    ]

    results = list(check_documents(documents, plan, jobs=2, chunk=1))

    assert [d.id for d, _ in results] == [d.id for d in documents]
    assert [r for _, r in results] == [check_document(d, plan) for d in documents]


def test_one_job_checks_in_this_process_and_reads_lazily():
    plan = plan_of()
    read = []

    def documents():
        for i in range(3):
            read.append(i)
            yield Document(id=f"d{i}", text=TALKS, published="1998-02-10")

    results = check_documents(documents(), plan, jobs=1)
    next(results)

    assert read == [0]


def test_zero_jobs_is_one_per_cpu():
    assert workers(0) == (os.cpu_count() or 1)
    assert workers(3) == 3


def test_spawned_workers_report_the_same(monkeypatch):
    # Where fork is unsafe (macOS, Windows, a process running threads) workers are spawned: they start from
    # nothing and get the plan by pickle.
    monkeypatch.setattr(factcheck.processes, "_context", lambda: multiprocessing.get_context("spawn"))
    kb = knowledge()

    assert factcheck.check(inputs(), kb=kb, jobs=2) == factcheck.check(inputs(), kb=kb)
