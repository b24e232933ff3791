"""One small corpus for the tests of how documents are run (processes, streaming, Dask): every rule family,
stories given and inferred, an inline ignore, an ignore that names no rule, and a record that cannot be read."""

from pathlib import Path

from factcheck import KnowledgeBase
from factcheck.io import load_kbs

ROOT = Path(__file__).resolve().parents[2]
TALKS = "The talks, held on Wednesday, Feb. 3, 1998, ended without agreement."


def inputs() -> list[object]:
    return [
        {"id": "ignored", "text": f"{TALKS} <!-- factcheck: ignore FC101 -->", "published": "1998-02-10"},
        {"id": "bad-ignore", "text": f"{TALKS}\n<!-- factcheck: ignore -->", "published": "1998-02-10"},
        {"id": "no-text"},
        ROOT / "fixtures" / "seeds",
        ROOT / "fixtures" / "rules",
        ROOT / "fixtures" / "missing-folder",
    ]


def knowledge() -> KnowledgeBase:
    return load_kbs([ROOT / "fixtures" / "kb" / "seed.yaml", ROOT / "fixtures" / "kb" / "fictional.yaml"])
