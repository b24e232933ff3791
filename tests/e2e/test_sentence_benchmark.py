"""``benchmarks/sentences.py``: the splitters' accuracy on the hand-written table and their speed (tiny corpus)."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_benchmark_scores_the_splitter_every_step_uses(tmp_path):
    corpus = tmp_path / "tiny.jsonl"
    corpus.write_text(json.dumps({"id": "d", "text": "Mr. Wang met Lee. They agreed."}) + "\n", encoding="utf-8")

    completed = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "sentences.py"), str(corpus), "--repeat", "1", "--show"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )

    assert completed.returncode == 0, completed.stderr
    ours = next(line for line in completed.stdout.splitlines() if line.startswith("factcheck.text"))
    exact, f1 = map(float, ours.split()[1:3])
    assert (exact, f1) == (0.971, 0.986)
    assert "wrong: 'He moved to the U.S. The visit lasted a year.'" in completed.stdout
