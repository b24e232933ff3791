"""The HTML report as a reader sees it: loaded in headless Chromium (Debian's ``chromium`` package).

Skipped, with the reason, where no browser is installed (``.ci/run`` installs
it); the page is still parsed and checked in tests/unit/report/test_html.py.
What a reader sees and can do (labels, collapsed articles, the rule filter) is
measured by a probe page that loads the report in a frame, served from
localhost so that it may read the frame's DOM and computed styles, and writes
what it found into its own DOM for ``--dump-dom``.
"""

import functools
import http.server
import json
import re
import subprocess
import threading
from collections.abc import Iterator
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


# for editors: what a reader sees and can do, measured by the browser itself


@pytest.fixture
def story_page(tmp_path, monkeypatch) -> Path:
    """Two outlets of one story in conflict (FC301), one clean article, one FC101: the report as HTML."""
    monkeypatch.chdir(ROOT)
    news = tmp_path / "site" / "news"
    news.mkdir(parents=True)
    folder = ROOT / "fixtures" / "rules" / "FC301" / "fail-meeting-on-saturday"
    for name, outlet in (("daily.md", "Daily Wire"), ("afp.md", "Evening Post")):
        text = (folder / name).read_text(encoding="utf-8")
        (news / name).write_text(re.sub(r"(?m)^source: .*$", f"source: {outlet}", text), encoding="utf-8")
    (news / "calm.md").write_text(
        "---\nid: calm\npublished: 2025-09-29\n---\nThe museum reopened its west wing to visitors.\n",
        encoding="utf-8",
    )
    planted = ROOT / "fixtures" / "rules" / "FC101" / "fail-wednesday-feb-3-1998.md"
    page = tmp_path / "site" / "report.html"
    args = ["check", str(news), str(planted), "--kb", "fixtures/kb/seed.yaml", "--format", "html", "-o", str(page)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1, result.output
    return page


@pytest.fixture
def served(story_page) -> Iterator[str]:
    """The report's folder over HTTP on localhost, so that a test page may read the report's DOM (same origin)."""
    handler_class = type("Quiet", (http.server.SimpleHTTPRequestHandler,), {"log_message": lambda *a: None})
    handler = functools.partial(handler_class, directory=str(story_page.parent))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


PROBE = """<!DOCTYPE html><html><body><iframe id="r" src="report.html" width="1280" height="4000"></iframe>
<pre id="out">pending</pre>
<script>
document.getElementById("r").addEventListener("load", () => {
  const d = document.getElementById("r").contentDocument;
  // checkVisibility: false under display:none and inside a closed <details> (content-visibility: hidden).
  const shown = (el) => el !== null && el.checkVisibility({visibilityProperty: true}) && el.getClientRects().length > 0;
  const text = (el) => el.innerText.replace(/\\s+/g, " ").trim();
  const out = {};
  const ruleOf = (li) => li.querySelector("a.rule").textContent;
  const conflict = [...d.querySelectorAll("li.finding")].find((li) => ruleOf(li) === "FC301");
  out.sides = text(conflict.querySelector(".sides"));
  out.conflictText = text(conflict);
  const calm = [...d.querySelectorAll("article")].find((a) => a.querySelector("h2").textContent === "calm");
  out.calmCollapsed = calm.querySelector("details") !== null && !shown(calm.querySelector(".text"));
  out.calmSummary = text(calm.querySelector("summary"));
  calm.querySelector("summary").click();
  out.calmOpens = shown(calm.querySelector(".text")) && text(calm.querySelector(".text")).includes("west wing");
  out.rules = [...d.querySelectorAll("li.rule-row")].map((row) => text(row.querySelector("label")));
  const help = d.querySelector("li.rule-row details.help");
  help.open = true;
  out.help = text(help);
  const row = [...d.querySelectorAll("li.rule-row")].find((r) => r.textContent.includes("FC301"));
  const box = row.querySelector("input[type=checkbox]");
  const visible = () => [...d.querySelectorAll("li.finding")].filter(shown).map(ruleOf);
  out.before = visible();
  box.click();
  out.after = visible();
  box.click();
  out.again = visible();
  document.getElementById("out").textContent = JSON.stringify(out);
});
</script></body></html>
"""


@pytest.fixture
def probed(served, story_page, tmp_path) -> dict:
    """What the page shows and does in Chromium: read from its DOM and computed styles by a probe page."""
    (story_page.parent / "probe.html").write_text(PROBE, encoding="utf-8")
    completed = chromium(tmp_path, "--virtual-time-budget=20000", "--dump-dom", f"{served}/probe.html")
    assert completed.returncode == 0, completed.stderr
    found = re.search(r'<pre id="out">(.*?)</pre>', completed.stdout, flags=re.DOTALL)
    assert found is not None, completed.stdout[-2000:]
    assert found.group(1) != "pending", "the probe did not run"
    from html import unescape

    return json.loads(unescape(found.group(1)))


def test_each_side_of_a_conflict_is_labelled_with_its_outlet(probed):
    assert probed["sides"] == "Evening Post says “Saturday” · Daily Wire says “Sunday”"
    assert "expected" not in probed["conflictText"]
    assert "actual" not in probed["conflictText"]


def test_a_clean_article_is_collapsed_and_opens_on_a_click(probed):
    assert probed["calmCollapsed"] is True
    assert probed["calmSummary"] == "calm No findings."
    assert probed["calmOpens"] is True


def test_the_rule_summary_lists_each_rule_with_its_count_and_help(probed):
    assert [row.split()[0] for row in probed["rules"]] == ["FC101", "FC301", "FC402"]
    assert all(re.search(r" \d+$", row) for row in probed["rules"]), probed["rules"]
    assert "Why it matters" in probed["help"]
    assert "Stays silent when" in probed["help"]


def test_the_filter_hides_and_shows_a_rules_findings(probed):
    assert "FC301" in probed["before"]
    assert "FC301" not in probed["after"]
    assert [rule for rule in probed["before"] if rule != "FC301"] == probed["after"]
    assert probed["again"] == probed["before"]
