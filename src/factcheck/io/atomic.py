"""Writing a file so that it is either the old content or the new one, never half of either.

A write that truncates the target and then fills it leaves an empty or cut
file when it is interrupted (Ctrl-C, a kill, a full disk). Here the content
goes to a temporary file in the target's own folder (so the rename never
crosses a file system), is flushed to disk, takes the target's permission
bits, and is renamed over the target with ``os.replace``, which is atomic on
POSIX and Windows. On any failure the temporary file is removed and the
target is untouched.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

__all__ = ["write_atomic"]


def write_atomic(path: str | os.PathLike[str], content: str | bytes) -> None:
    """Replace ``path``'s content with ``content`` (a ``str`` is written as UTF-8, line ends as given)."""
    target = Path(os.path.realpath(path))  # through a symlink, as open() would write, never over the link
    data = content.encode("utf-8") if isinstance(content, str) else content
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        # a new file: the permissions an ordinary open() would give it
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        Path(temporary).chmod(mode)
        Path(temporary).replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(temporary).unlink()
        raise
