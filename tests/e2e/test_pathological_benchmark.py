"""``benchmarks/pathological.py``: each case in a fresh process, time and memory per 100 KB (here tiny inputs)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load():
    spec = importlib.util.spec_from_file_location("benchmark_pathological", ROOT / "benchmarks" / "pathological.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_issue17_benchmark_cases_cover_every_scanner_and_the_story_budget():
    cases = load().CASES

    for name in ("dates", "durations", "money", "numbers", "quantities", "claims", "events"):
        assert name in cases
    story = cases["story-documents"](5_000)
    from factcheck.budget import MAX_STORY_DOCUMENTS

    assert len(story) == MAX_STORY_DOCUMENTS + 1
    assert {record["story"] for record in story} == {"s"}


def test_issue17_benchmark_reports_time_and_memory_per_100kb(capsys):
    assert load().main(["--size", "2", "--only", "dates", "--only", "story-pairs", "--json"]) == 0

    results = json.loads(capsys.readouterr().out)
    assert [r["case"] for r in results] == ["dates", "story-pairs"]
    for result in results:
        assert result["seconds"] > 0
        assert result["peak_mb"] > 0
        assert result["cpu"] > 0
        assert result["cpu_s_per_100kb"] == pytest.approx(result["cpu"] * 100 / result["kb"])
    assert any(r["findings"] for r in results)
