"""Writing a file so that it is either the old content or the new one, never half of either.

A write that truncates the target and then fills it leaves an empty or cut
file when it is interrupted (Ctrl-C, a kill, a full disk). Here the content
goes to a temporary file in the target's own folder (so the rename never
crosses a file system), is flushed to disk, takes the target's permission
bits, and is renamed over the target with ``os.replace``, which is atomic on
POSIX and Windows. On any failure the temporary file is removed and the
target is untouched.

``write_atomic`` writes content held whole; ``open_atomic`` is the same for a
stream (``check --format jsonl -o FILE`` writes each finding as its document
completes): the temporary file is written as the stream runs and renamed at
the end.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from io import TextIOWrapper
from pathlib import Path
from typing import BinaryIO, TextIO

__all__ = ["open_atomic", "write_atomic"]


def _mode_for(target: Path) -> int:
    """The permission bits of ``target``, or those an ordinary ``open()`` would give a new file."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@contextlib.contextmanager
def _replacing(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """A binary handle on a temporary file beside ``path``, renamed over it when the block ends without error."""
    target = Path(os.path.realpath(path))  # through a symlink, as open() would write, never over the link
    mode = _mode_for(target)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        Path(temporary).chmod(mode)
        Path(temporary).replace(target)
    except BaseException:  # Ctrl-C and sys.exit too: the target keeps its old content
        with contextlib.suppress(OSError):
            Path(temporary).unlink()
        raise


@contextlib.contextmanager
def open_atomic(path: str | os.PathLike[str]) -> Iterator[TextIO]:
    """A UTF-8 text handle (``\\n`` line ends) whose content replaces ``path``'s when the block ends without error."""
    with _replacing(path) as raw:
        text = TextIOWrapper(raw, encoding="utf-8", newline="\n", write_through=False)
        try:
            yield text
        finally:
            text.flush()
            text.detach()


def write_atomic(path: str | os.PathLike[str], content: str | bytes) -> None:
    """Replace ``path``'s content with ``content`` (a ``str`` is written as UTF-8, line ends as given)."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    with _replacing(path) as out:
        out.write(data)
