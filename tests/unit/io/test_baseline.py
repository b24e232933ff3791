"""Reading a baseline: what ``factcheck baseline`` wrote, and clear errors for anything else."""

import json

import pytest

from factcheck.errors import InputError
from factcheck.io.baseline import load_baseline

ENTRY = {"fingerprint": "abc", "count": 2, "rule": "FC101", "document": "a", "text": "Wednesday"}


def write(tmp_path, content):
    path = tmp_path / "baseline.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content, indent=2), encoding="utf-8")
    return path


def test_reads_a_baseline(tmp_path):
    baseline = load_baseline(write(tmp_path, {"version": 1, "findings": [ENTRY]}))

    assert baseline.counts() == {"abc": 2}


def test_invalid_json_names_the_line(tmp_path):
    with pytest.raises(InputError, match=r"baseline\.json:3: not a baseline \(invalid JSON"):
        load_baseline(write(tmp_path, '{\n"findings": [\n,]}'))


def test_not_a_baseline(tmp_path):
    with pytest.raises(InputError, match="expected a JSON object with 'findings'"):
        load_baseline(write(tmp_path, []))


def test_other_version(tmp_path):
    with pytest.raises(InputError, match="baseline version 2 is not 1; regenerate it"):
        load_baseline(write(tmp_path, {"version": 2, "findings": []}))


def test_bad_entry_names_its_line(tmp_path):
    bad = {**ENTRY, "count": 0}
    path = write(tmp_path, {"version": 1, "findings": [ENTRY, bad]})
    lines = path.read_text(encoding="utf-8").split("\n")
    line = [number for number, text in enumerate(lines, start=1) if '"fingerprint"' in text][1]

    with pytest.raises(InputError, match=r"findings\.1\.count: Input should be greater than or equal to 1") as info:
        load_baseline(path)

    assert info.value.line == line


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="cannot read file"):
        load_baseline(tmp_path / "nope.json")
