"""Expanding the paths a user gives into the files to read, in sorted order."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Protocol

from factcheck.errors import InputError

__all__ = ["DOCUMENT_SUFFIXES", "Exclude", "expand_paths"]

DOCUMENT_SUFFIXES = (".md", ".markdown", ".jsonl", ".txt")


class Exclude(Protocol):
    """What a walk leaves out (``factcheck.config.Exclusion``: the configuration's ``exclude`` patterns)."""

    @property
    def force(self) -> bool:
        """Whether a path named on the command line is left out too when it matches."""

    def matches(self, path: str | Path, *, folder: bool) -> bool:
        """Whether ``path`` (a folder when ``folder``) is left out."""


def _inside(path: str, folder: str) -> bool:
    """Whether the real path ``path`` is ``folder`` or lies below it."""
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _accepted(name: str) -> bool:
    """A document file by its name: a known suffix in any case (``UPPER.MD``), not a dot-file."""
    return name.lower().endswith(DOCUMENT_SUFFIXES) and not name.startswith(".")


def _walk(root: Path, exclude: Exclude | None = None) -> list[Path | InputError]:
    """The accepted files below ``root`` that ``exclude`` does not match, with an error in place of what is
    not read.

    - Only regular files are read: a FIFO, socket or device named ``*.md`` is skipped without being opened
      (opening a FIFO waits for a writer forever).
    - Suffixes are matched without regard to case; dot-files and dot-folders are skipped.
    - Symbolic links are never walked through, so a walk cannot loop or leave ``root``. A link inside
      ``root`` to a file or folder inside ``root`` is read as its target, under the target's own path below
      ``root``, and a file reached twice (a link and its target, two links) is read once. A link that leads
      back to a folder holding it (``a/loop -> ..``) or out of ``root`` (``evil -> /etc``), and a link to
      nothing, are errors naming the link (a path outside is read only when given on the command line). A
      folder that cannot be listed is an error too, never a silent gap.
    """
    real_root = os.path.realpath(root)
    found: list[Path | InputError] = []
    seen: set[Path] = set()

    def unreadable(err: OSError) -> None:
        found.append(InputError(err.filename, f"cannot read folder: {err.strerror or err}"))

    def link_error(path: Path, real_folder: str) -> InputError | None:
        target = os.path.realpath(path)
        if _inside(real_folder, target):
            return InputError(path, f"symbolic link loop: leads back to {target}, which holds it; not followed")
        if not _inside(target, real_root):
            return InputError(path, f"symbolic link out of {root} to {target}: not followed (name it to read it)")
        return None

    def add(path: Path) -> None:
        """Add a regular file once, under its target's path below ``root`` when it is a link."""
        try:
            mode = path.stat().st_mode  # follows a link; never opens the file
        except OSError as err:
            if path.is_symlink():
                detail = f"symbolic link to {os.path.realpath(path)}, which does not exist"
            else:
                detail = f"cannot read file: {err.strerror or err}"
            found.append(InputError(path, detail))
            return
        if not stat.S_ISREG(mode):
            return
        if path.is_symlink():
            path = root / os.path.relpath(os.path.realpath(path), real_root)
        if path not in seen:
            seen.add(path)
            found.append(path)

    for folder, dirs, files in os.walk(root, onerror=unreadable):
        real_folder = os.path.realpath(folder)
        dirs[:] = sorted(
            d
            for d in dirs
            if not d.startswith(".") and not (exclude and exclude.matches(Path(folder) / d, folder=True))
        )
        for name in dirs:
            path = Path(folder) / name
            if path.is_symlink() and (error := link_error(path, real_folder)):
                found.append(error)
        for name in files:
            if _accepted(name) and not (exclude and exclude.matches(Path(folder) / name, folder=False)):
                path = Path(folder) / name
                error = link_error(path, real_folder) if path.is_symlink() else None
                if error is not None:
                    found.append(error)
                else:
                    add(path)
    return found


def _order(item: Path | InputError) -> tuple[str, ...]:
    return Path(item.path or "").parts if isinstance(item, InputError) else item.parts


def expand_paths(paths: Iterable[str | Path], exclude: Exclude | None = None) -> Iterator[Path | InputError]:
    """Files to read: each file as given, each directory's accepted files sorted.

    A path that does not exist, a folder that cannot be read and a symbolic link that loops or leads out
    of the folder given are yielded as an ``InputError`` in their place, so that the other paths are
    still read. ``exclude`` leaves out what a walk finds; a path given that it matches is read all the
    same (a folder in full), unless ``exclude.force``.
    """
    for raw in paths:
        path = Path(raw)
        walked = exclude
        if exclude is not None and path.exists() and exclude.matches(path, folder=path.is_dir()):
            if exclude.force:
                continue
            walked = None
        if path.is_dir():
            yield from sorted(_walk(path, walked), key=_order)
        elif path.is_file():
            yield path
        elif path.exists():
            yield InputError(path, "not a regular file or directory")
        else:
            yield InputError(path, "no such file or directory")
