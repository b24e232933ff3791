"""Issue 17 item 2 (report side): every file factcheck writes is replaced whole, through a temporary file."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.io import atomic

PLANTED = "fixtures/rules/FC101/fail-wednesday-feb-3-1998.md"


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The targets ``open_atomic`` and ``write_atomic`` were asked to replace, in order."""
    targets: list[Path] = []
    real_open, real_write = atomic.open_atomic, atomic.write_atomic

    def open_atomic(path):
        targets.append(Path(path))
        return real_open(path)

    def write_atomic(path, content):
        targets.append(Path(path))
        real_write(path, content)

    monkeypatch.setattr(atomic, "open_atomic", open_atomic)
    monkeypatch.setattr(atomic, "write_atomic", write_atomic)
    return targets


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "sarif", "junit", "github", "html"])
def test_issue17_item2_every_report_format_is_written_atomically(tmp_path: Path, opened: list[Path], fmt: str):
    out = tmp_path / "report.out"

    result = CliRunner().invoke(main, ["check", PLANTED, "--format", fmt, "-o", str(out)])

    assert result.exit_code == 1, result.output
    assert opened == [out]
    assert out.read_text(encoding="utf-8")
    assert list(tmp_path.iterdir()) == [out]


def test_issue17_item2_streamed_jsonl_interrupted_leaves_the_old_report(tmp_path: Path, monkeypatch):
    import factcheck.streaming

    out = tmp_path / "report.jsonl"
    out.write_text("yesterday\n")
    real = factcheck.streaming.stream_check

    def interrupted(*args, **kwargs):
        yield from real(*args, **kwargs)
        raise KeyboardInterrupt

    monkeypatch.setattr(factcheck.streaming, "stream_check", interrupted)
    result = CliRunner().invoke(main, ["check", PLANTED, "--format", "jsonl", "-o", str(out)])

    assert result.exit_code == 130  # interrupted, as a shell reports Ctrl-C: never 1, "findings"
    assert out.read_text() == "yesterday\n"
    assert list(tmp_path.iterdir()) == [out]


def test_issue17_item2_baseline_is_written_atomically(tmp_path: Path, opened: list[Path]):
    out = tmp_path / "baseline.json"

    result = CliRunner().invoke(main, ["baseline", PLANTED, "-o", str(out)])

    assert result.exit_code == 0, result.output
    assert opened == [out]
    assert '"findings"' in out.read_text()


def test_issue17_item2_generated_docs_are_written_atomically(tmp_path: Path, opened: list[Path]):
    pages = tmp_path / "rules"

    result = CliRunner().invoke(main, ["docs", "-o", str(pages), "--kb", "fixtures/kb/seed.yaml"])

    assert result.exit_code == 0, result.output
    written = sorted(pages.iterdir())
    assert written
    assert sorted(opened) == written
