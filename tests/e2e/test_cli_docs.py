"""docs/cli.md stays true: every option of `check` and `rules` is documented, and the example shown is printed."""

import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from factcheck.cli import main

ROOT = Path(__file__).resolve().parents[2]
PAGES = ("cli.md", "ci.md", "configuration.md", "performance.md", "getting-started.md")


def documented() -> str:
    return "\n".join((ROOT / "docs" / page).read_text(encoding="utf-8") for page in PAGES)


@pytest.mark.parametrize("command", ["check", "rules"])
def test_every_option_is_documented(command):
    options = [param.opts for param in main.commands[command].params if isinstance(param, click.Option)]
    text = documented()

    assert [names for names in options if not any(f"`{name}" in text or f"{name} " in text for name in names)] == []


def test_the_rules_example_is_what_the_command_prints(monkeypatch):
    monkeypatch.chdir(ROOT)
    page = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    block = re.search(r"```console\n\$ factcheck rules (\S+)\n(.*?)\.\.\.\n```", page, flags=re.DOTALL)
    assert block is not None

    printed = CliRunner().invoke(main, ["rules", block[1]]).stdout

    assert printed.startswith(block[2])
