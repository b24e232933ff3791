"""Refusing an output that would overwrite an input: ``check feed.jsonl --format jsonl -o feed.jsonl``.

Such a run empties its own input before reading it (or replaces an article
with its report) and then passes a CI gate on nothing, so the output path is
compared with every input before anything is read or written: the same file
under any name (a symbolic or hard link, ``sub/../feed.jsonl``), and a file
inside an input folder that the folder walk would read (``check . -o
report.txt``: the report would be read as an article next time, or this time
when it exists). A file the walk skips (``report.json``, a dot-file) may be
written there.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from factcheck.errors import ConfigError
from factcheck.io.paths import _accepted

__all__ = ["refuse_output_over_input"]


def _same_file(output: Path, given: Path) -> bool:
    try:
        return output.samefile(given)
    except OSError:  # one of them does not exist (yet)
        return os.path.realpath(output) == os.path.realpath(given)


def _walk_reads(output: Path, folder: Path) -> bool:
    """Whether a walk of ``folder`` would read ``output``: below it, an accepted name, no dot-folder on the way."""
    real_output, real_folder = Path(os.path.realpath(output)), Path(os.path.realpath(folder))
    if real_folder not in real_output.parents:
        return False
    between = real_output.relative_to(real_folder).parts
    return _accepted(between[-1]) and not any(part.startswith(".") for part in between[:-1])


def refuse_output_over_input(output: str | None, inputs: Iterable[str | Path]) -> None:
    """Raise ``ConfigError`` when ``output`` (a file path; ``None`` or ``-`` is standard output) is an input."""
    if output is None or output == "-":
        return
    target = Path(output)
    for raw in inputs:
        given = Path(raw)
        if given.is_dir():
            if _walk_reads(target, given):
                raise ConfigError(f"output {output} would be read as an input (it is inside {raw}); write it elsewhere")
        elif _same_file(target, given):
            raise ConfigError(f"output {output} is an input ({raw}); it would be overwritten: write it elsewhere")
