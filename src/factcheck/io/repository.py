"""The article files of a repository, and the article files among the paths a hook is given.

The pre-commit gate (``factcheck check --stories-from DIR``) compares each
staged article with the other reports of its story, which are not staged: they
are found here. In a git work tree they are the files git tracks (its index:
what the commit will hold, never an untracked draft or an ignored build output);
elsewhere, the files a folder walk reads. Either way the folder walk's policy
applies: a document suffix, no dot-file or dot-folder, a regular file.
"""

from __future__ import annotations

import os
import stat
import subprocess
from collections.abc import Iterable, Iterator
from pathlib import Path

from factcheck.errors import InputError
from factcheck.io.paths import Exclude, _accepted, expand_paths

__all__ = ["article_paths", "is_article", "repository_articles"]


def is_article(path: Path) -> bool:
    """An article by the folder walk's policy: a document suffix, no dot-file, a regular file (never opened)."""
    if not _accepted(path.name):
        return False
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


def article_paths(paths: Iterable[str | Path], exclude: Exclude | None = None) -> Iterator[Path | InputError]:
    """The articles among ``paths``: a file of another type (an image, a ``case.yaml``, a KB file) is left out.

    A hook is handed every staged file its pattern matched, and a user's ``files:`` pattern may match more
    than articles; such a file is not an article to check, so it is skipped rather than read as text. A
    folder gives its articles, as ``check`` reads it (``exclude`` as there); a missing path is an error in its
    place.
    """
    for item in expand_paths(paths, exclude):
        if isinstance(item, InputError) or is_article(item):
            yield item


def _tracked(root: Path) -> list[Path] | None:
    """The files git tracks below ``root``, relative to it; ``None`` outside a work tree or without git."""
    try:
        listed = subprocess.run(
            ["git", "-C", str(root), "ls-files", "-z", "--cached"],
            capture_output=True,
            check=False,
        )
    except OSError:  # no git on this machine
        return None
    if listed.returncode != 0:
        return None
    return [Path(os.fsdecode(name)) for name in listed.stdout.split(b"\0") if name]


def repository_articles(root: str | Path, exclude: Exclude | None = None) -> list[Path]:
    """The articles below ``root`` (``root`` joined to each), in sorted path order.

    In a git work tree: the tracked files (the index, so a newly staged file is there and an untracked one
    is not), without symbolic links, dot-folders or other file types. Elsewhere: the folder walk's files; a
    link it refuses or a folder it cannot list is left out (only the named articles' errors stop a run).
    What ``exclude`` (the configuration's patterns) matches is left out either way, as a walk leaves it out.
    """
    base = Path(root)
    tracked = _tracked(base)
    if tracked is None:
        found = [item for item in expand_paths([base], exclude) if isinstance(item, Path)]
    else:
        found = [
            base / name
            for name in tracked
            if not any(part.startswith(".") for part in name.parts[:-1])
            and not (base / name).is_symlink()
            and is_article(base / name)
            and not (exclude and exclude.matches(base / name, folder=False))
        ]
    return sorted(found, key=lambda path: path.parts)
