"""The console example of the docs' front page, run as written: the article it shows, the output it prints.

docs/getting-started.md is followed whole, block by block, by test_getting_started.py.
"""

import re
from pathlib import Path

from click.testing import CliRunner

from factcheck.cli import main

ROOT = Path(__file__).resolve().parents[2]


def _blocks(page: str, language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```\n", page, flags=re.DOTALL)


def test_the_first_check_prints_what_the_page_shows(tmp_path, monkeypatch):
    text = (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
    article = _blocks(text, "markdown")[0]
    console = next(block for block in _blocks(text, "console") if "$ factcheck check " in block)
    command, *rest = console.splitlines()
    shown = rest[: next((i for i, line in enumerate(rest) if line.startswith("$ ")), len(rest))]
    path = command.removeprefix("$ factcheck check ").strip()
    (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / path).write_text(article, encoding="utf-8")
    monkeypatch.chdir(tmp_path)

    result = CliRunner().invoke(main, ["check", path])

    assert result.exit_code == 1
    printed = result.stdout.splitlines()  # the report; the no-KB note goes to standard error
    assert "no --kb given" in result.stderr
    assert printed[: len(shown)] == shown
