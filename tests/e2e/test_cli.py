"""The ``factcheck`` command end to end: exit codes, outputs and messages, in-process and as a real process."""

import json
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck import Report
from factcheck.cli import main

ROOT = Path(__file__).resolve().parents[2]
PLANTED = "fixtures/rules/FC101/fail-wednesday-feb-3-1998.md"
PLANTED_QUOTE = "Wednesday, Feb. 3, 1998"
BAD_FRONT_MATTER = "fixtures/malformed/bad-front-matter.md"
SCHEMA_FILE = ROOT / "docs" / "schema" / "report.schema.json"

TALKS = "The talks, held on Wednesday, Feb. 3, 1998, ended without agreement."


def body_of(path: Path) -> str:
    """The text of a Markdown article as INTERFACE section 1 defines it, read without factcheck."""
    raw = path.read_text(encoding="utf-8")
    assert raw.startswith("---\n")
    return raw.split("\n---\n", 1)[1].lstrip("\n")


def cli(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


@pytest.fixture(autouse=True)
def in_repository(monkeypatch):
    monkeypatch.chdir(ROOT)


@pytest.fixture
def articles(tmp_path, monkeypatch):
    """A folder of articles: one planted FC101, one clean, one JSON Lines feed; run from inside it."""
    (tmp_path / "talks.md").write_text(f"---\nid: talks\npublished: 1998-02-10\n---\n{TALKS}\n", encoding="utf-8")
    (tmp_path / "clean.md").write_text(
        "---\nid: clean\npublished: 1998-02-10\n---\nThe talks, held on Tuesday, Feb. 3, 1998, ended.\n",
        encoding="utf-8",
    )
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"id": "feed-1", "text": "Talks on Monday, Feb. 3, 1998 ended.", "published": "1998-02-10"}) + "\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    return tmp_path


# check: exit codes and reports


def test_check_seeds_is_clean():
    result = cli("check", "fixtures/seeds")

    assert result.exit_code == 0, result.output
    assert result.stdout.strip().endswith("0 findings in 2 documents")


def test_check_seeds_is_clean_as_a_process():
    completed = run("check", "fixtures/seeds")

    assert completed.returncode == 0, completed.stdout + completed.stderr


def test_readme_quickstart_check():
    """The `factcheck check` of the README's Quickstart, exactly as written there, succeeds."""
    quickstart = (ROOT / "README.md").read_text(encoding="utf-8").split("## Quickstart", 1)[1]
    line = next(line for line in quickstart.splitlines() if "factcheck check" in line)
    result = cli(*shlex.split(line.split(".venv/bin/factcheck ", 1)[1]))

    assert result.exit_code == 0, result.output


def test_planted_fc101_exits_1_with_its_evidence():
    body = body_of(ROOT / PLANTED)
    start = body.index(PLANTED_QUOTE)

    result = cli("check", PLANTED, "--format", "json")

    assert result.exit_code == 1, result.output
    (finding,) = json.loads(result.stdout)["findings"]
    assert (finding["rule"], finding["name"], finding["severity"]) == ("FC101", "weekday-date-mismatch", "error")
    assert finding["evidence"] == [
        {
            "document": "fc101-fail-wednesday-feb-3-1998",
            "start": start,
            "end": start + len(PLANTED_QUOTE),
            "text": PLANTED_QUOTE,
        }
    ]
    assert (finding["expected"], finding["actual"]) == ("Tuesday", "Wednesday")


def test_planted_fc101_as_a_process():
    body = body_of(ROOT / PLANTED)
    start = body.index(PLANTED_QUOTE)

    completed = run("check", PLANTED, "--format", "json")

    assert completed.returncode == 1, completed.stderr
    (finding,) = json.loads(completed.stdout)["findings"]
    assert finding["rule"] == "FC101"
    assert (finding["evidence"][0]["start"], finding["evidence"][0]["end"]) == (start, start + len(PLANTED_QUOTE))


def test_planted_fc101_text_report_points_at_file_line_and_column():
    raw_lines = (ROOT / PLANTED).read_text(encoding="utf-8").split("\n")
    line = next(i for i, text in enumerate(raw_lines, start=1) if PLANTED_QUOTE in text and not text.startswith(" "))
    column = raw_lines[line - 1].index(PLANTED_QUOTE) + 1

    result = cli("check", PLANTED)

    assert result.exit_code == 1
    assert result.stdout.startswith(f"{PLANTED}:{line}:{column}: FC101 weekday-date-mismatch [error]")
    assert result.stdout.strip().endswith("1 finding (1 error) in 1 document")


def test_bad_front_matter_exits_2_naming_file_and_line():
    result = cli("check", BAD_FRONT_MATTER)

    assert result.exit_code == 2
    assert f"{BAD_FRONT_MATTER}:4:" in result.output


def test_bad_front_matter_with_json_names_file_and_line_on_stderr():
    completed = run("check", BAD_FRONT_MATTER, "--format", "json")

    assert completed.returncode == 2
    assert f"{BAD_FRONT_MATTER}:4:" in completed.stderr
    assert json.loads(completed.stdout)["errors"][0]["line"] == 4


def test_one_malformed_file_is_reported_and_the_good_ones_still_are(articles):
    (articles / "broken.md").write_text('---\nid: broken\ntitle: "unclosed\n---\nBody.\n', encoding="utf-8")

    result = cli("check", ".", "--format", "json")

    assert result.exit_code == 2
    report = json.loads(result.stdout)
    assert [d["id"] for d in report["documents"]] == ["clean", "feed-1", "talks"]
    assert sorted(f["evidence"][0]["document"] for f in report["findings"]) == ["feed-1", "talks"]
    assert [(e["path"], e["line"]) for e in report["errors"]] == [("broken.md", 3)]
    assert "broken.md:3" in result.stderr


def test_missing_path_exits_2_and_names_it(articles):
    result = cli("check", "talks.md", "nowhere.md")

    assert result.exit_code == 2
    assert "nowhere.md" in result.output


@pytest.mark.parametrize(
    ("fail_on", "code"),
    [("never", 0), ("error", 1), ("warning", 1), ("info", 1)],
)
def test_fail_on_with_an_error_finding(fail_on, code):
    assert cli("check", PLANTED, "--fail-on", fail_on).exit_code == code


@pytest.mark.parametrize(
    ("fail_on", "code"),
    [("never", 0), ("error", 0), ("warning", 1), ("info", 1)],
)
def test_fail_on_with_a_warning_finding(articles, fail_on, code):
    (articles / "pyproject.toml").write_text('[tool.factcheck]\nseverity = {FC101 = "warning"}\n', encoding="utf-8")

    result = cli("check", "talks.md", "--fail-on", fail_on)

    assert "[warning]" in result.stdout
    assert result.exit_code == code


def test_fail_on_from_pyproject(articles):
    (articles / "pyproject.toml").write_text('[tool.factcheck]\nfail-on = "never"\n', encoding="utf-8")

    assert cli("check", "talks.md").exit_code == 0
    assert cli("check", "talks.md", "--fail-on", "error").exit_code == 1


def test_bad_fail_on_is_a_usage_error():
    assert cli("check", PLANTED, "--fail-on", "fatal").exit_code == 2


@pytest.mark.parametrize(
    ("options", "code", "rules"),
    [
        (["--ignore", "FC101"], 0, []),
        (["--ignore", "weekday-date-mismatch"], 0, []),
        (["--select", "FC1"], 1, ["FC101"]),
        (["--select", "FC101,FC1"], 1, ["FC101"]),
        (["--select", "weekday-date-mismatch"], 1, ["FC101"]),
        (["--select", "FC1", "--ignore", "FC101"], 0, []),
    ],
)
def test_select_and_ignore(options, code, rules):
    result = cli("check", PLANTED, "--format", "json", *options)

    assert result.exit_code == code
    assert [f["rule"] for f in json.loads(result.stdout)["findings"]] == rules


def test_unknown_selector_exits_2():
    result = cli("check", PLANTED, "--select", "FC999")

    assert result.exit_code == 2
    assert "no rule matches 'FC999'" in result.stderr


def test_unknown_format_exits_2():
    result = cli("check", PLANTED, "--format", "yaml")

    assert result.exit_code == 2
    assert "unknown format" in result.stderr


def test_output_file(tmp_path):
    target = tmp_path / "report.json"

    result = cli("check", PLANTED, "--format", "json", "-o", str(target))

    assert result.exit_code == 1
    assert result.stdout == ""
    assert [f["rule"] for f in json.loads(target.read_text(encoding="utf-8"))["findings"]] == ["FC101"]


def test_long_output_option_with_text(tmp_path):
    target = tmp_path / "report.txt"

    result = cli("check", PLANTED, "--output", str(target))

    assert result.exit_code == 1
    assert target.read_text(encoding="utf-8").startswith(f"{PLANTED}:")


def test_unwritable_output_exits_2(tmp_path):
    result = cli("check", PLANTED, "-o", str(tmp_path))

    assert result.exit_code == 2
    assert "cannot write" in result.stderr


def test_same_run_twice_gives_identical_bytes(articles):
    first = run("check", ".", "--format", "json", cwd=articles)
    second = run("check", ".", "--format", "json", cwd=articles)

    assert first.returncode == second.returncode == 1
    assert first.stdout == second.stdout


def test_bad_kb_exits_2_naming_it(articles):
    (articles / "kb.yaml").write_text(
        "entities:\n  - name: A\n    dates:\n      founded: 1945/10/10\n", encoding="utf-8"
    )

    result = cli("check", "talks.md", "--kb", "kb.yaml")

    # The text report lists the error with the findings: the document is still checked (issue 9).
    assert result.exit_code == 2
    assert "kb.yaml:2" in result.stdout
    assert "FC101" in result.stdout


# extract


def test_extract_json_shape():
    path = "fixtures/rules/FC101/fail-sunday-sept-29-2025.md"
    body = body_of(ROOT / path)

    result = cli("extract", path)

    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    (document,) = data["documents"]
    assert document["id"] == "fc101-fail-sunday-sept-29-2025"
    for fact in document["facts"]:
        assert {"kind", "text", "start", "end"} <= set(fact)
        assert body[fact["start"] : fact["end"]] == fact["text"]
    dates = [f for f in document["facts"] if f["kind"] == "date"]
    sunday = next(f for f in dates if f["text"] == "Sunday (Sept 29)")
    assert (sunday["value"], sunday["granularity"]) == ("2025-09-29", "day")
    assert sunday["start"] == body.index("Sunday (Sept 29)")


def test_extract_text_format():
    result = cli("extract", PLANTED, "--format", "text")

    assert result.exit_code == 0
    assert result.stdout.startswith("fc101-fail-wednesday-feb-3-1998\n")
    assert "'Wednesday, Feb. 3, 1998' → 1998-02-03" in result.stdout


def test_extract_reports_unreadable_input_and_exits_2():
    result = cli("extract", BAD_FRONT_MATTER, PLANTED)

    assert result.exit_code == 2
    assert f"{BAD_FRONT_MATTER}:4" in result.stderr
    assert [d["id"] for d in json.loads(result.stdout)["documents"]] == ["fc101-fail-wednesday-feb-3-1998"]


# rules, schema, version


def test_rules_lists_fc101():
    result = cli("rules")

    assert result.exit_code == 0
    line = next(line for line in result.stdout.splitlines() if line.startswith("FC101"))
    assert "weekday-date-mismatch" in line
    assert "A date is given with a weekday it does not fall on." in line


def test_rules_as_json():
    result = cli("rules", "--format", "json")

    rules = {row["code"]: row for row in json.loads(result.stdout)}
    assert rules["FC101"] == {
        "code": "FC101",
        "name": "weekday-date-mismatch",
        "severity": "error",
        "summary": "A date is given with a weekday it does not fall on.",
    }


def test_rules_never_imports_dateparser():
    code = (
        "import runpy, sys\n"
        "sys.argv = ['factcheck', 'rules']\n"
        "try:\n"
        "    runpy.run_module('factcheck', run_name='__main__')\n"
        "except SystemExit as exit:\n"
        "    assert not exit.code, exit.code\n"
        "heavy = sorted(m for m in ('dateparser', 'quantulum3', 'spacy') if m in sys.modules)\n"
        "print('HEAVY', heavy)\n"
    )

    completed = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )

    assert completed.returncode == 0, completed.stderr
    assert "FC101" in completed.stdout
    assert completed.stdout.splitlines()[-1] == "HEAVY []"


def test_schema_is_the_json_schema_of_the_report():
    result = cli("schema")

    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["title"] == "Report"
    assert schema["type"] == "object"
    assert {"tool", "documents", "findings", "errors"} <= set(schema["properties"])
    assert schema["$comment"].startswith("generated by `factcheck schema`")


def test_schema_validates_a_real_report():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(cli("schema").stdout)
    report = json.loads(cli("check", PLANTED, "--format", "json").stdout)

    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(report)


def test_schema_refs_resolve():
    schema = json.loads(cli("schema").stdout)
    text = json.dumps(schema)

    for name in {part.split('"')[0] for part in text.split('"$ref": "#/$defs/')[1:]}:
        assert name in schema["$defs"]


def test_committed_schema_is_current():
    fresh = cli("schema").stdout

    assert SCHEMA_FILE.read_text(encoding="utf-8") == fresh, "run `factcheck schema > docs/schema/report.schema.json`"
    assert json.loads(fresh)["properties"].keys() == Report.model_json_schema()["properties"].keys()


@pytest.mark.parametrize(
    ("of", "title"), [("facts", "ExtractReport"), ("kb", "KnowledgeBase"), ("document", "Document")]
)
def test_other_schemas(of, title):
    schema = json.loads(cli("schema", of).stdout)

    assert schema["title"] == title
    assert schema["$comment"] == f"generated by `factcheck schema {of}`; do not edit"


def test_version():
    result = cli("--version")

    assert result.exit_code == 0
    assert result.stdout.startswith("factcheck, version ")


def test_check_without_paths_is_a_usage_error():
    result = cli("check")

    assert result.exit_code == 2
    assert "PATHS" in result.stderr


def test_rules_loads_no_scanner():
    # `factcheck rules` lists the catalogue: it needs the rules, not the engine and its compiled patterns.
    code = (
        "import runpy, sys\n"
        "sys.argv = ['factcheck', 'rules']\n"
        "try:\n"
        "    runpy.run_module('factcheck', run_name='__main__')\n"
        "except SystemExit as exit:\n"
        "    assert not exit.code, exit.code\n"
        "loaded = sorted(m for m in ('factcheck.engine', 'factcheck.pipeline', 'factcheck.extract.dates',\n"
        "                            'factcheck.extract.money', 'factcheck.link.timeline') if m in sys.modules)\n"
        "print('LOADED', loaded)\n"
    )

    completed = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )

    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.splitlines()[-1] == "LOADED []"


# check --jobs and the streamed JSON Lines output

SCALE_ARGS = ("fixtures/seeds", "fixtures/rules", "--kb", "fixtures/kb/seed.yaml", "--kb", "fixtures/kb/fictional.yaml")


def test_jobs_give_the_json_of_one_process_byte_for_byte():
    single = cli("check", *SCALE_ARGS, "--format", "json", "--fail-on", "never")
    double = cli("check", *SCALE_ARGS, "--format", "json", "--fail-on", "never", "--jobs", "2")

    assert double.exit_code == single.exit_code == 0
    assert double.stdout == single.stdout
    assert json.loads(single.stdout)["findings"]


def test_jsonl_streams_the_findings_of_the_report_one_per_line(tmp_path):
    report = json.loads(cli("check", *SCALE_ARGS, "--format", "json", "--fail-on", "never").stdout)

    result = cli("check", *SCALE_ARGS, "--format", "jsonl", "--jobs", "2", "-o", str(tmp_path / "out.jsonl"))

    assert result.exit_code == 1  # error findings, --fail-on error
    lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    streamed = [json.loads(text) for text in lines]
    key = json.dumps
    assert sorted(map(key, streamed)) == sorted(map(key, report["findings"]))


def test_jsonl_fails_on_the_chosen_severity(articles):
    assert cli("check", ".", "--format", "jsonl").exit_code == 1
    assert cli("check", ".", "--format", "jsonl", "--fail-on", "never").exit_code == 0
    assert cli("check", "clean.md", "--format", "jsonl").exit_code == 0


def test_jsonl_reports_unreadable_input_on_stderr_and_exits_2(articles):
    (articles / "broken.md").write_text('---\nid: broken\ntitle: "unclosed\n---\nBody.\n', encoding="utf-8")

    result = cli("check", ".", "--format", "jsonl", "--fail-on", "never")

    assert result.exit_code == 2
    assert "broken.md:3" in result.stderr
    assert sorted(json.loads(text)["evidence"][0]["document"] for text in result.stdout.splitlines()) == [
        "feed-1",
        "talks",
    ]


def test_jsonl_with_a_baseline_marks_the_recorded_findings(articles):
    assert cli("baseline", ".", "-o", "baseline.json").exit_code == 0

    result = cli("check", ".", "--format", "jsonl", "--baseline", "baseline.json")

    assert result.exit_code == 0
    findings = [json.loads(text) for text in result.stdout.splitlines()]
    assert findings
    assert all(f["baselined"] for f in findings)
