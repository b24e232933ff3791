"""The pre-commit hooks as a newsroom runs them: ``pre-commit`` and ``git commit`` in a real git repository.

The hooks are this repository's ``.pre-commit-hooks.yaml`` entries, run as ``repo: local`` hooks with
the same entry, arguments and file filters, on this environment's factcheck (``sys.executable -m
factcheck``): a hook repository with ``language: python`` would build a virtual environment from the
package index, and these tests run without a network.
"""

import os
import shlex
import shutil
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest
import yaml

pytest.importorskip("pre_commit")
pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

ROOT = Path(__file__).resolve().parents[2]
TEN = "Harbour officials said 10 passengers were hurt when two ferries collided off Pell Island."
FOURTEEN = "Harbour officials said 14 passengers were hurt when two ferries collided off Pell Island."
TOWED = "Both ferries were towed back to port on Tuesday."
KB = "entities:\n  - name: Pell Island Ferry Company\n    type: organization\n    dates:\n      founded: 1978-04\n"


def _language() -> str:
    """pre-commit 4.4 renamed ``system`` (a command already installed) to ``unsupported``; older ones know only it."""
    major, minor = (int(part) for part in version("pre-commit").split(".")[:2])
    return "unsupported" if (major, minor) >= (4, 4) else "system"


def local_hook(hook_id: str, **override: object) -> dict[str, object]:
    """The shipped hook ``hook_id``, run by this interpreter's factcheck with the user's ``override``."""
    [hook] = [
        h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")) if h["id"] == hook_id
    ]
    command = hook["entry"].removeprefix("factcheck")
    entry = f"{shlex.join([sys.executable, '-m', 'factcheck'])}{command}"
    return {**hook, "entry": entry, "language": _language(), **override}


class Newsroom:
    """A git repository with the hooks installed: files are written, staged and committed as a user would."""

    def __init__(self, root: Path) -> None:
        self.root = root
        home = root.parent / "home"
        home.mkdir()
        self.env = {
            **os.environ,
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_CONFIG_GLOBAL": os.devnull,
            "GIT_AUTHOR_NAME": "Desk Editor",
            "GIT_AUTHOR_EMAIL": "desk@example.org",
            "GIT_COMMITTER_NAME": "Desk Editor",
            "GIT_COMMITTER_EMAIL": "desk@example.org",
            "PRE_COMMIT_HOME": str(root.parent / "pre-commit-cache"),
            "PRE_COMMIT_COLOR": "never",
        }
        for variable in ("GIT_DIR", "GIT_INDEX_FILE", "GIT_WORK_TREE", "PRE_COMMIT"):
            self.env.pop(variable, None)

    def run(self, *command: str) -> subprocess.CompletedProcess[str]:
        """``command`` in the repository; its standard error (where a git hook writes) joined to its output."""
        return subprocess.run(
            command,
            cwd=self.root,
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            check=False,
        )

    def git(self, *args: str) -> subprocess.CompletedProcess[str]:
        return self.run("git", *args)

    def write(self, name: str, text: str | bytes) -> str:
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return name

    def article(self, name: str, source: str, body: str) -> str:
        front = f"id: {Path(name).stem}\npublished: 2026-03-02\nsource: {source}\nstory: ferry-collision\n"
        return self.write(f"news/{name}", f"---\n{front}---\n{body}\n")

    def commit(self, *names: str, verify: bool = True) -> subprocess.CompletedProcess[str]:
        assert self.git("add", *names).returncode == 0
        return self.git("commit", "-m", f"add {' '.join(names)}", *([] if verify else ["--no-verify"]))

    def commits(self) -> int:
        return int(self.git("rev-list", "--count", "HEAD").stdout)


@pytest.fixture
def newsroom(tmp_path):
    """A newsroom repository whose first commit, through both hooks, holds one report of the ferry story."""
    room = Newsroom(tmp_path / "newsroom")
    room.root.mkdir()
    assert room.git("init", "-q").returncode == 0
    hooks = [local_hook("factcheck", args=["--kb", "kb/reference.yaml"]), local_hook("factcheck-kb-lint")]
    room.write(".pre-commit-config.yaml", yaml.safe_dump({"repos": [{"repo": "local", "hooks": hooks}]}))
    installed = room.run(sys.executable, "-m", "pre_commit", "install")
    assert installed.returncode == 0, installed.stdout
    first = room.commit(
        ".pre-commit-config.yaml",
        room.write("kb/reference.yaml", KB),
        room.article("ledger.md", "Lakeside Ledger", TEN),
    )
    assert first.returncode == 0, first.stdout
    assert "factcheck kb lint" in first.stdout  # both hooks ran on the first commit, and passed
    return room


def test_a_count_that_conflicts_with_a_committed_report_blocks_the_commit(newsroom):
    blocked = newsroom.commit(newsroom.article("courier.md", "Valley Courier", FOURTEEN))

    assert blocked.returncode != 0
    output = blocked.stdout
    assert "FC304 count-conflict [error]" in output
    assert "news/courier.md:7:24" in output
    assert "news/ledger.md:7:24" in output  # the committed report's side, which was not staged
    assert newsroom.commits() == 1


def test_pre_commit_run_reports_the_same_finding(newsroom):
    newsroom.git("add", newsroom.article("courier.md", "Valley Courier", FOURTEEN))

    result = newsroom.run(sys.executable, "-m", "pre_commit", "run")

    assert result.returncode == 1
    assert "FC304 count-conflict" in result.stdout


def test_a_consistent_report_is_committed(newsroom):
    passed = newsroom.commit(newsroom.article("courier.md", "Valley Courier", TEN))

    assert passed.returncode == 0, passed.stdout
    assert newsroom.commits() == 2


def test_an_old_conflict_among_committed_reports_does_not_block_a_new_one(newsroom):
    old = newsroom.commit(newsroom.article("courier.md", "Valley Courier", FOURTEEN), verify=False)
    assert old.returncode == 0

    passed = newsroom.commit(newsroom.article("wire.md", "Coast Wire", TOWED))

    assert passed.returncode == 0, passed.stdout


def test_images_and_case_files_with_a_files_override_do_not_break_the_hook(newsroom):
    hooks = [local_hook("factcheck", files="^news/", args=["--kb", "kb/reference.yaml"])]
    newsroom.write(".pre-commit-config.yaml", yaml.safe_dump({"repos": [{"repo": "local", "hooks": hooks}]}))
    photo = newsroom.write("news/photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\xff\xd9")
    case = newsroom.write("news/case.yaml", "why: two reports of one collision\nexpect: []\n")

    passed = newsroom.commit(
        ".pre-commit-config.yaml", photo, case, newsroom.article("courier.md", "Valley Courier", TEN)
    )
    newsroom.write("news/photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x02\xff\xd9")
    blocked = newsroom.commit(photo, newsroom.article("wire.md", "Coast Wire", FOURTEEN))

    assert passed.returncode == 0, passed.stdout
    assert blocked.returncode != 0
    assert "FC304 count-conflict" in blocked.stdout
    assert "photo.jpg" not in blocked.stdout
    assert "E001" not in blocked.stdout
