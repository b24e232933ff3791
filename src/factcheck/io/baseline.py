"""Reading a baseline file written by ``factcheck baseline`` (the model lives in ``factcheck.suppress``)."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import ValidationError

from factcheck.errors import InputError
from factcheck.io._records import read_text_file
from factcheck.model.baseline import BASELINE_VERSION, Baseline

__all__ = ["load_baseline"]


def _line_of_entry(text: str, index: int) -> int | None:
    """The line on which the ``index``-th ``"fingerprint"`` key of the file stands, best effort."""
    at = -1
    for _ in range(index + 1):
        at = text.find('"fingerprint"', at + 1)
        if at == -1:
            return None
    return text.count("\n", 0, at) + 1


def load_baseline(path: str | Path) -> Baseline:
    """The baseline in ``path``; ``InputError`` names the file and line of what is wrong."""
    text = read_text_file(Path(path))
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise InputError(path, f"not a baseline (invalid JSON: {err.msg})", err.lineno) from None
    if not isinstance(data, dict) or "findings" not in data:
        raise InputError(path, "not a baseline: expected a JSON object with 'findings' (see `factcheck baseline`)", 1)
    if data.get("version", BASELINE_VERSION) != BASELINE_VERSION:
        raise InputError(path, f"baseline version {data.get('version')!r} is not {BASELINE_VERSION}; regenerate it", 1)
    try:
        return Baseline.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        loc = first["loc"]
        line = _line_of_entry(text, loc[1]) if len(loc) > 1 and loc[0] == "findings" and isinstance(loc[1], int) else 1
        where = ".".join(str(part) for part in loc)
        raise InputError(path, f"invalid baseline: {where}: {first['msg']}", line) from None
