"""The HTML report as a reader sees it: loaded in headless Chromium (Debian's ``chromium`` package).

Skipped, with the reason, where no browser is installed; the page is still
parsed and checked in tests/unit/report/test_html.py.
"""

import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="no browser: install Debian's chromium package (/usr/bin/chromium) to run"
)


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    return subprocess.run(
        [str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


class Rendered(HTMLParser):
    """The DOM Chromium built: its elements and their text."""

    def __init__(self):
        super().__init__()
        self.tags: list[str] = []
        self.marks = 0
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.marks += tag == "mark"

    def handle_data(self, data):
        self.text.append(data)


@pytest.fixture
def report_page(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    hostile = tmp_path / "hostile.md"
    hostile.write_text(
        "---\nid: hostile\npublished: 1998-02-10\ntitle: \"<script>document.title='pwned'</script>\"\n---\n"
        "The talks, held on Wednesday, Feb. 3, 1998 <img src=x onerror=alert(1)>, ended.\n",
        encoding="utf-8",
    )
    page = tmp_path / "report.html"
    result = CliRunner().invoke(
        main, ["check", "fixtures/seeds", "fixtures/rules", str(hostile), "--format", "html", "-o", str(page)]
    )
    assert result.exit_code == 1, result.output
    return page


def test_chromium_renders_the_report(report_page, tmp_path):
    completed = chromium(tmp_path, "--dump-dom", report_page.as_uri())

    assert completed.returncode == 0, completed.stderr
    dom = Rendered()
    dom.feed(completed.stdout)
    text = "".join(dom.text)
    assert dom.marks >= 5, "each finding's evidence is highlighted"
    assert "script" not in dom.tags
    assert "img" not in dom.tags
    assert "<script>document.title='pwned'</script>" in text
    assert "factcheck report" in text
    assert "pwned" not in completed.stdout.split("<title>")[1].split("</title>")[0]


def test_chromium_takes_a_screenshot(report_page, tmp_path):
    screenshot = tmp_path / "report.png"

    completed = chromium(tmp_path, f"--screenshot={screenshot}", "--window-size=1280,2000", report_page.as_uri())

    assert completed.returncode == 0, completed.stderr
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert screenshot.stat().st_size > 10_000, "a blank page would compress to almost nothing"
