"""``benchmarks/claims_planted.py`` on a small made-up corpus: wrong claims caught, right ones left alone."""

import json
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "benchmarks" / "claims_planted.py"


def test_planted_claims_are_caught_when_wrong_and_left_alone_when_right(tmp_path):
    corpus = tmp_path / "docs.jsonl"
    start = date(1998, 1, 5)
    records = [
        {"id": f"d{i}", "published": (start + timedelta(days=37 * i)).isoformat(),
         "text": "The council met to discuss the budget. Members said the talks went well."}
        for i in range(84)
    ]  # fmt: skip
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")

    result = subprocess.run(
        [sys.executable, str(SCRIPT), str(corpus), "--show"], capture_output=True, text=True, check=False, cwd=ROOT
    )

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "84 cases (42 wrong, 42 right), 21 phrasings" in lines
    [recall] = [float(line.rsplit("= ", 1)[1]) for line in lines if line.startswith("recall on wrong claims")]
    # The goal of issue 15. Not 1.0: a planted "wrong" age one year off a birth date known only to the month is
    # right if the birthday falls after the publication day, and the checker rightly accepts it.
    assert recall >= 0.95, result.stdout
    assert "right claims with any error or warning: 0/42" in lines, result.stdout
