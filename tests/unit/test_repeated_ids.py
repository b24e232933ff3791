"""Issue 17 items 17 and 18: repeated ids and bad records, the same in every entry point."""

from __future__ import annotations

from pathlib import Path

import pytest

import factcheck
from factcheck.model import Document, Finding, ReadError
from factcheck.streaming import stream_check
from tests.unit.corpus import TALKS

OTHER = "The accord, signed on Tuesday, Feb. 3, 1998, took effect."


def quoted(findings: list[Finding]) -> set[str]:
    return {evidence.text for finding in findings for evidence in finding.evidence}


def records() -> list[dict[str, str]]:
    return [{"id": "a", "text": TALKS}, {"id": "b", "text": TALKS}, {"id": "a", "text": OTHER}]


def test_issue17_item17_api_check_refuses_a_repeated_id_and_never_checks_it():
    report = factcheck.check(records())

    assert [d.id for d in report.documents] == ["a", "b"]
    (error,) = report.errors
    assert "duplicate document id 'a'" in error.message
    assert "document #3" in error.message
    assert "document #1" in error.message
    assert not any("accord" in text or "Tuesday" in text for text in quoted(report.findings))


def test_issue17_item17_api_repeated_id_among_models_and_paths(tmp_path: Path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "a", "text": "%s"}\n' % OTHER)  # noqa: UP031 - JSON braces

    report = factcheck.check([Document(id="a", text=TALKS), feed])

    assert [d.id for d in report.documents] == ["a"]
    (error,) = report.errors
    assert error.path == str(feed)
    assert error.line == 1
    assert "duplicate document id 'a'" in error.message


def test_issue17_item17_api_extract_refuses_a_repeated_id():
    result = factcheck.extract(records())

    assert [d.id for d in result.documents] == ["a", "b"]
    assert len(result.errors) == 1


def test_issue17_item17_streaming_refuses_a_repeated_id():
    items = list(stream_check(records()))

    errors = [item for item in items if isinstance(item, ReadError)]
    assert len(errors) == 1
    assert "duplicate document id 'a'" in errors[0].message
    assert not any("Tuesday" in text for text in quoted([i for i in items if isinstance(i, Finding)]))


bag = pytest.importorskip("dask.bag", reason="the dask extra is not installed: pip install -e .[dask]")


def test_issue17_item17_dask_refuses_a_repeated_id_in_a_bag():
    from factcheck.distributed import check as dask_check

    report = dask_check(bag.from_sequence(records(), npartitions=2))

    assert report == factcheck.check(records())


def test_issue17_item17_dask_refuses_a_repeated_id_given_as_a_list():
    from factcheck.distributed import check as dask_check

    assert dask_check(records(), npartitions=2) == factcheck.check(records())


def test_issue17_item18_dask_bag_numbers_bad_records_once_across_partitions():
    from factcheck.distributed import check as dask_check

    items = [{"id": "a", "text": TALKS}, {"id": "x"}, {"id": "b", "text": TALKS}, {"id": "y"}]

    report = dask_check(bag.from_sequence(items, npartitions=2))

    assert [e.message for e in report.errors] == [
        "invalid document #2: text: Field required",
        "invalid document #4: text: Field required",
    ]
    assert report == factcheck.check(items)
