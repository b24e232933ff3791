"""``benchmarks/run.py``: one command, every figure of docs/performance.md (here on a tiny corpus)."""

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUN = ROOT / "benchmarks" / "run.py"
TALKS = "The talks, held on Wednesday, Feb. 3, 1998, ended without agreement. Trade rose 5 percent to $2 billion."


def load_run():
    spec = importlib.util.spec_from_file_location("benchmark_run", RUN)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_replicas_have_unique_ids_and_never_share_a_news_cycle():
    records = [
        {"id": "a", "text": "x", "published": "1998-02-10"},
        {"id": "b", "text": "y"},
        {"id": "c", "text": "z", "published": "1998-02-13"},
    ]

    copies = load_run().replicate(records, 7)

    assert [r["id"] for r in copies] == ["a-0", "b-0", "c-0", "a-1", "b-1", "c-1", "a-2"]
    # Each copy starts a week after the previous one ends (the corpus spans 3 days: shift 10 days).
    assert [r.get("published") for r in copies] == [
        "1998-02-10",
        None,
        "1998-02-13",
        "1998-02-20",
        None,
        "1998-02-23",
        "1998-03-02",
    ]
    assert len({r["text"] for r in copies}) == len(copies)  # no two texts alike, as in a real archive
    assert [r["text"].strip() for r in copies] == ["x", "y", "z", "x", "y", "z", "x"]
    assert records[0]["id"] == "a"  # the corpus itself is left alone


def test_one_run_prints_every_figure(tmp_path):
    corpus = tmp_path / "tiny.jsonl"
    lines = [{"id": f"d{i}", "text": TALKS, "published": "1998-02-10", "source": f"outlet {i % 2}"} for i in range(3)]
    corpus.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")

    completed = subprocess.run(
        [sys.executable, str(RUN), str(corpus), "--size", "20", "--sample", "2", "--jobs", "2"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )

    assert completed.returncode == 0, completed.stderr
    out = completed.stdout
    for figure in (
        "`factcheck rules` start-up, best of 5",
        "check in process (run_check, JSON report)",
        "`check --format json`, 1 process",
        "streamed, 10x the documents",
        "raw search_dates + quantulum3 parse",
        "check in process / raw reference",
    ):
        assert figure in out
    assert out.count("byte-identical: True") == 4  # --jobs with JSON and with JSON Lines, in the lines and the table
    assert "| measure | figure |" in out
