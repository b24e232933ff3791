"""``write_atomic``: the target holds the old content or the new one, never a part (issue 17, item 2)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from factcheck.io import atomic
from factcheck.io.atomic import write_atomic


def test_text_is_written_as_utf8_with_its_line_ends(tmp_path: Path) -> None:
    target = tmp_path / "a.md"
    target.write_bytes(b"old\n")

    write_atomic(target, "é\r\nmixed\n")

    assert target.read_bytes() == "é\r\nmixed\n".encode()


def test_bytes_are_written_as_given(tmp_path: Path) -> None:
    target = tmp_path / "a.bin"

    write_atomic(target, b"\x00\xff")

    assert target.read_bytes() == b"\x00\xff"


def test_the_mode_of_the_target_is_kept(tmp_path: Path) -> None:
    target = tmp_path / "a.md"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)

    write_atomic(target, "new")

    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_new_file_gets_the_mode_open_would_give_it(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        write_atomic(tmp_path / "new.md", "x")
    finally:
        os.umask(umask)

    assert stat.S_IMODE((tmp_path / "new.md").stat().st_mode) == 0o644


def test_an_interrupted_write_leaves_the_target_intact_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "a.md"
    target.write_text("the old fixture\n", encoding="utf-8")

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt  # Ctrl-C after the new content was written, before the rename

    monkeypatch.setattr(atomic.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, "the new fixture\n" * 1000)

    assert target.read_text(encoding="utf-8") == "the old fixture\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.md"]


def test_a_symlink_is_written_through_and_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "real.md"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(real)

    write_atomic(link, "new")

    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == "new"


def test_issue17_item2_open_atomic_streams_into_a_temporary_file_renamed_at_the_end(tmp_path: Path) -> None:
    target = tmp_path / "report.jsonl"
    target.write_text("old\n")

    with atomic.open_atomic(target) as out:
        out.write("first\n")
        assert target.read_text() == "old\n"  # the target is untouched while the stream runs
        (temporary,) = (p for p in tmp_path.iterdir() if p != target)
        assert temporary.name.startswith(".report.jsonl.")
        out.write("é\n")

    assert target.read_bytes() == "first\né\n".encode()
    assert list(tmp_path.iterdir()) == [target]


@pytest.mark.parametrize("interruption", [RuntimeError, KeyboardInterrupt, SystemExit])
def test_issue17_item2_open_atomic_interrupted_leaves_the_target_and_no_temporary(tmp_path: Path, interruption) -> None:
    target = tmp_path / "report.txt"
    target.write_text("yesterday\n")

    def interrupted() -> None:
        with atomic.open_atomic(target) as out:
            out.write("half")
            raise interruption()

    with pytest.raises(interruption):
        interrupted()

    assert target.read_text() == "yesterday\n"
    assert list(tmp_path.iterdir()) == [target]


def test_issue17_item2_open_atomic_new_file_gets_ordinary_permissions(tmp_path: Path) -> None:
    target = tmp_path / "new.txt"
    umask = os.umask(0o022)
    try:
        with atomic.open_atomic(target) as out:
            out.write("x")
    finally:
        os.umask(umask)

    assert stat.S_IMODE(target.stat().st_mode) == 0o644
