"""``--format sarif``: valid SARIF 2.1.0 (against the official schema), positions from offsets, stable bytes."""

import io
import json
from pathlib import Path

import jsonschema
import pytest

from factcheck.report import get_formatter, rule_url
from factcheck.report.sarif import FINGERPRINT_KEY, render
from factcheck.rules import registry

SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "data" / "sarif-schema-2.1.0.json").read_text("utf-8"))


def sarif(checked) -> dict:
    out = io.StringIO()
    render(checked.report, out, documents=checked.documents)
    return json.loads(out.getvalue())


def validate(log: dict) -> None:
    validator = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)


def test_seed_variants_validate_against_the_sarif_schema(seed_variants):
    log = sarif(seed_variants)

    validate(log)
    assert log["version"] == "2.1.0"
    assert len(log["runs"][0]["results"]) == len(seed_variants.report.findings) > 0


def test_hand_made_report_with_every_kind_of_finding_validates(mixed):
    validate(sarif(mixed))


def test_rules_come_from_the_registry(seed_variants):
    rules = sarif(seed_variants)["runs"][0]["tool"]["driver"]["rules"]

    assert [r["id"] for r in rules] == [spec.code for spec in registry]
    fc101 = rules[[r["id"] for r in rules].index("FC101")]
    assert fc101["name"] == "weekday-date-mismatch"
    assert fc101["shortDescription"]["text"] == registry["FC101"].summary
    assert fc101["helpUri"] == rule_url("FC101")
    assert fc101["defaultConfiguration"] == {"level": "error"}


def test_a_rule_unknown_to_the_registry_gets_a_descriptor(mixed):
    run = sarif(mixed)["runs"][0]
    ids = [r["id"] for r in run["tool"]["driver"]["rules"]]

    assert "FC301" in ids
    for result in run["results"]:
        assert ids[result["ruleIndex"]] == result["ruleId"]


def test_region_is_the_evidence_in_the_file(mixed):
    result = next(r for r in sarif(mixed)["runs"][0]["results"] if r["ruleId"] == "FC101" and "suppressions" not in r)
    location = result["locations"][0]["physicalLocation"]

    assert location["artifactLocation"] == {"uri": "news/talks.md"}
    # The body starts on file line 5; the span is on its second line, after 18 characters, 23 characters long.
    assert location["region"] == {
        "startLine": 6,
        "startColumn": 19,
        "endLine": 6,
        "endColumn": 42,
        "snippet": {"text": "Wednesday, Feb. 3, 1998"},
    }
    assert result["level"] == "error"
    assert result["message"]["text"].startswith('"Wednesday, Feb. 3, 1998"')
    finding = next(f for f in mixed.report.findings if f.rule == "FC101" and not f.baselined)
    assert result["partialFingerprints"] == {FINGERPRINT_KEY: finding.fingerprint}
    assert result["properties"] == {"expected": "Tuesday", "actual": "Wednesday"}


def test_a_jsonl_record_is_located_by_its_line_only(mixed):
    result = next(r for r in sarif(mixed)["runs"][0]["results"] if r["ruleId"] == "FC401")
    location = result["locations"][0]

    assert location["physicalLocation"]["artifactLocation"] == {"uri": "news/feed.jsonl"}
    assert location["physicalLocation"]["region"] == {"startLine": 3, "snippet": {"text": "<parade>"}}
    assert location["logicalLocations"] == [{"name": "wire", "kind": "resource"}]


def test_a_document_without_a_file_is_named_by_its_id(mixed):
    result = next(
        r for r in sarif(mixed)["runs"][0]["results"] if r["locations"][0]["logicalLocations"][0]["name"] == "memo 1"
    )

    assert result["locations"][0]["physicalLocation"]["artifactLocation"] == {"uri": "memo%201"}


def test_cross_source_evidence_is_related_locations(mixed):
    result = next(r for r in sarif(mixed)["runs"][0]["results"] if r["ruleId"] == "FC301")

    assert result["level"] == "warning"
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "news/talks.md"
    [related] = result["relatedLocations"]
    assert related["id"] == 1
    assert related["physicalLocation"]["artifactLocation"]["uri"] == "news/feed.jsonl"
    assert related["message"] == {"text": "Saturday"}


def test_baselined_and_suppressed_findings_stay_with_suppressions(mixed):
    results = sarif(mixed)["runs"][0]["results"]
    by_level = {r["level"]: r for r in results}

    assert len(results) == len(mixed.report.findings)
    assert by_level["note"]["suppressions"] == [
        {"kind": "inSource", "status": "accepted", "justification": "the article ignores FC401"}
    ]
    baselined = next(r for r in results if r["message"]["text"].endswith("old news"))
    assert baselined["suppressions"] == [
        {"kind": "external", "status": "accepted", "justification": "recorded in the baseline"}
    ]
    active = [r for r in results if "suppressions" not in r]
    assert {r["ruleId"] for r in active} == {"FC101", "FC301"}


def test_input_errors_are_tool_notifications(mixed):
    invocation = sarif(mixed)["runs"][0]["invocations"][0]

    assert invocation["executionSuccessful"] is False
    first, second = invocation["toolExecutionNotifications"]
    assert first["descriptor"] == {"id": "E001"}
    assert first["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "news/bad.md"},
        "region": {"startLine": 4},
    }
    assert "locations" not in second


def test_absolute_paths_become_file_uris(tmp_path):
    from factcheck.engine import run_check

    (tmp_path / "a b.md").write_text("---\nid: a\n---\nOn Wednesday, Feb. 3, 1998, it ended.\n", encoding="utf-8")
    log = sarif(run_check([tmp_path]))

    uri = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == (tmp_path / "a b.md").as_uri()
    assert "%20" in uri
    validate(log)


def test_no_timestamps_and_identical_bytes(seed_variants):
    formatter = get_formatter("sarif")
    outputs = []
    for _ in range(2):
        out = io.StringIO()
        formatter(seed_variants.report, out, documents=seed_variants.documents)
        outputs.append(out.getvalue())

    assert outputs[0] == outputs[1]
    assert "Utc" not in outputs[0]
    assert outputs[0].endswith("}\n")


@pytest.mark.parametrize("fmt", ["sarif", "junit", "github"])
def test_ci_formats_are_built_in(fmt):
    from factcheck.report import available_formats

    assert fmt in available_formats()
