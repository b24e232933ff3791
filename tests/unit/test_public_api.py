"""The public surface of ``import factcheck``: explicit, sorted and pinned (a change here is an API change)."""

import json

import factcheck

PUBLIC = [
    "Baseline",
    "Config",
    "ConfigError",
    "DateFact",
    "Document",
    "DurationFact",
    "Entity",
    "Evidence",
    "ExtractReport",
    "Fact",
    "FactcheckError",
    "Finding",
    "InputError",
    "KnowledgeBase",
    "MoneyFact",
    "NumberFact",
    "QuantityFact",
    "ReadError",
    "Report",
    "RuleError",
    "Severity",
    "Span",
    "check",
    "extract",
    "load_baseline",
    "load_documents",
    "load_kb",
]

PLANTED = "The talks, held on Wednesday, Feb. 3, 1998, ended without agreement."


def test_all_is_sorted():
    assert factcheck.__all__ == sorted(factcheck.__all__)


def test_all_is_pinned():
    # Adding a name is an API change: add it here too, and to the docs' pipeline page.
    assert factcheck.__all__ == PUBLIC


def test_every_public_name_exists():
    for name in factcheck.__all__:
        assert getattr(factcheck, name) is not None


def test_check_takes_dicts_models_and_paths(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(f"---\nid: file\npublished: 1998-02-10\n---\n{PLANTED}\n", encoding="utf-8")
    model = factcheck.Document(id="model", text=PLANTED, published="1998-02-10")

    report = factcheck.check([{"id": "dict", "text": PLANTED, "published": "1998-02-10"}, model, path])

    assert [f.evidence[0].document for f in report.findings] == ["dict", "file", "model"]


def test_to_records_is_one_flat_dict_per_finding(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(f"---\nid: file\npublished: 1998-02-10\n---\n{PLANTED}\n", encoding="utf-8")

    report = factcheck.check([path])
    [record] = report.to_records()

    start = PLANTED.index("Wednesday")
    assert record == {
        "rule": "FC101",
        "name": "weekday-date-mismatch",
        "severity": "error",
        "message": report.findings[0].message,
        "document": "file",
        "path": str(path),
        "start": start,
        "end": start + len("Wednesday, Feb. 3, 1998"),
        "text": "Wednesday, Feb. 3, 1998",
        "expected": "Tuesday",
        "actual": "Wednesday",
        "evidence_count": 1,
        "fingerprint": report.findings[0].fingerprint,
        "baselined": False,
        "suppressed": False,
    }
    assert all(value is None or isinstance(value, str | int | bool) for value in record.values())
    json.dumps(report.to_records())


def test_to_records_of_a_clean_report_is_empty():
    assert factcheck.check([{"id": "a", "text": "Calm."}]).to_records() == []


def test_records_share_their_keys_so_a_table_has_columns():
    report = factcheck.check([{"id": f"d{n}", "text": PLANTED, "published": "1998-02-10"} for n in range(3)])

    records = report.to_records()

    assert len(records) == 3
    assert len({tuple(r) for r in records}) == 1


def test_baseline_through_the_api(tmp_path):
    documents = [{"id": "a", "text": PLANTED, "published": "1998-02-10"}]
    from factcheck.suppress import baseline_of, write_baseline

    path = tmp_path / "baseline.json"
    with path.open("w", encoding="utf-8") as out:
        write_baseline(baseline_of(factcheck.check(documents).findings), out)

    report = factcheck.check(documents, baseline=factcheck.load_baseline(path))

    assert [f.baselined for f in report.findings] == [True]
    assert report.active == []


def test_the_package_is_typed():
    from importlib.resources import files

    assert files("factcheck").joinpath("py.typed").is_file()
