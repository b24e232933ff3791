"""Safe by construction: no network, nothing from input or config run, no path out of the project (issue 9).

- No socket is opened while checking or extracting (in this process, and in a fresh one, where dateparser
  and quantulum3 are first imported under the ban).
- Nothing from an article, a KB or a configuration is imported, evaluated or executed: YAML's Python tags
  are refused, and a configuration value that looks like code is data (an unknown rule, a path, a bad
  severity), reported as such.
- Paths in a configuration (``[tool.factcheck]`` ``kb`` and ``baseline``) and in the pytest plugin's
  ``factcheck_paths`` and ``factcheck_kb`` cannot leave the project; a file named on the command line can.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import factcheck
from factcheck import ConfigError, InputError
from factcheck.cli import main
from factcheck.config import load_config

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "fixtures" / "seeds"
SEED_KB = ROOT / "fixtures" / "kb" / "seed.yaml"
TALKS = "The talks, held on Wednesday, Feb. 3, 1998, ended without agreement."


class NetworkUsedError(AssertionError):
    pass


def _refuse(*args, **kwargs):
    raise NetworkUsedError(f"network access attempted: {args!r}")


class _RefusedSocket(socket.socket):
    """``socket.socket`` that cannot be made; a class, so that modules that subclass it (ssl) still import."""

    def __init__(self, *args, **kwargs):
        _refuse(*args, **kwargs)


NETWORK = ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex", "socketpair", "create_server")


@pytest.fixture
def no_network(monkeypatch):
    monkeypatch.setattr(socket, "socket", _RefusedSocket)
    for name in NETWORK:
        monkeypatch.setattr(socket, name, _refuse)


def cli(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


# ---------------------------------------------------------------- no network


def test_no_socket_is_opened_while_checking_and_extracting(no_network, monkeypatch):
    monkeypatch.chdir(ROOT)
    for cached in _caches():
        cached.cache_clear()

    report = factcheck.check([SEEDS], kb=factcheck.load_kb(SEED_KB))
    extracted = factcheck.extract([SEEDS])
    result = cli("check", "fixtures/seeds", "--kb", "fixtures/kb/seed.yaml", "--format", "sarif")

    assert [f.rule for f in report.findings] == ["FC402"]
    assert sum(len(d.facts) for d in extracted.documents) > 20
    assert result.exit_code == 0, result.output


def test_the_ban_itself_works(no_network):
    with pytest.raises(NetworkUsedError):
        socket.create_connection(("example.org", 80))
    with pytest.raises(NetworkUsedError):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)


def test_no_socket_is_opened_in_a_fresh_process():
    """dateparser and quantulum3 are imported lazily: a fresh interpreter imports them under the ban too."""
    ban = "".join(f"socket.{name} = refuse\n" for name in NETWORK)
    program = textwrap.dedent(
        """\
        import socket, sys
        def refuse(*args, **kwargs):
            sys.stderr.write(f"network access attempted: {args!r}\\n")
            raise SystemExit(3)
        class RefusedSocket(socket.socket):
            def __init__(self, *args, **kwargs):
                refuse(*args, **kwargs)
        socket.socket = RefusedSocket
        """
    ) + ban + textwrap.dedent(
        """\
        import factcheck
        lazy = {"id": "lazy", "text": "On 3/12/99 the convoy drove at 50 miles an hour.", "published": "1999-03-20"}
        report = factcheck.check([sys.argv[1], lazy], kb=factcheck.load_kb(sys.argv[2]))
        extracted = factcheck.extract([sys.argv[1], lazy])
        assert "dateparser" in sys.modules and "quantulum3" in sys.modules, "the lazy imports ran"
        print(len(report.findings), sum(len(d.facts) for d in extracted.documents))
        """
    )  # fmt: skip

    completed = subprocess.run(
        [sys.executable, "-c", program, str(SEEDS), str(SEED_KB)],
        capture_output=True, text=True, timeout=300, check=False, cwd=ROOT,
    )  # fmt: skip

    assert completed.returncode == 0, completed.stderr
    findings, facts = map(int, completed.stdout.split())
    assert findings == 1
    assert facts > 20


def _caches():
    from factcheck.extract import numerals
    from factcheck.normalize import _dateparser, _quantulum

    return [numerals.scan_numerals, _dateparser.parse_numeric_date, _quantulum.read_unit]


# ---------------------------------------------------------------- nothing executed

PYTHON_TAGS = [
    "!!python/object/apply:os.system ['touch {marker}']",
    "!!python/object/new:os.system ['touch {marker}']",
    "!!python/name:os.system",
    "!!python/module:os",
    "!!python/object:subprocess.Popen {{args: ['touch', '{marker}']}}",
]


@pytest.mark.parametrize("tag", PYTHON_TAGS, ids=["apply", "new", "name", "module", "object"])
def test_python_tags_in_front_matter_are_refused(tmp_path, tag):
    marker = tmp_path / "pwned"
    path = tmp_path / "evil.md"
    path.write_text(f"---\nid: evil\npublished: {tag.format(marker=marker)}\n---\n{TALKS}\n", encoding="utf-8")
    (tmp_path / "good.md").write_text(f"---\nid: good\npublished: 1998-02-10\n---\n{TALKS}\n", encoding="utf-8")

    report = factcheck.check([tmp_path])

    assert not marker.exists()
    (error,) = report.errors
    assert (error.path, error.line) == (str(path), 3)
    assert "could not determine a constructor" in error.message
    assert [f.evidence[0].document for f in report.findings] == ["good"]


@pytest.mark.parametrize("tag", PYTHON_TAGS, ids=["apply", "new", "name", "module", "object"])
def test_python_tags_in_a_kb_are_refused(tmp_path, tag):
    marker = tmp_path / "pwned"
    path = tmp_path / "kb.yaml"
    path.write_text(f"entities:\n  - name: {tag.format(marker=marker)}\n", encoding="utf-8")

    with pytest.raises(InputError, match="cannot parse YAML") as caught:
        factcheck.load_kb(path)

    assert not marker.exists()
    assert caught.value.line == 2


def test_article_text_that_looks_like_code_is_text(tmp_path):
    marker = tmp_path / "pwned"
    hostile = f"__import__('os').system('touch {marker}') {{{{7*7}}}} ${{jndi:ldap://x}} <script>alert(1)</script>"
    path = tmp_path / "a.md"
    path.write_text(f'---\nid: a\npublished: 1998-02-10\ntitle: "{hostile}"\n---\n{hostile} {TALKS}\n', "utf-8")

    result = cli("check", str(tmp_path), "--format", "html")

    assert result.exit_code == 1
    assert not marker.exists()
    assert "<script>alert(1)</script>" not in result.stdout  # escaped: the browser shows it, never runs it
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in result.stdout


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ("select = [\"__import__('os').system('touch {marker}')\"]", "no rule matches"),
        ("ignore = [\"eval('1')\"]", "no rule matches"),
        ("severity = {{ FC101 = \"__import__('os')\" }}", "severity.FC101"),
        ("fail-on = \"exec('x')\"", "fail-on"),
        ('kb = ["$(touch {marker})"]', "cannot read file"),
        ('baseline = "`touch {marker}`"', "cannot read file"),
        ('format = "os.system"', "Extra inputs are not permitted"),
    ],
    ids=["select", "ignore", "severity", "fail-on", "kb", "baseline", "unknown-key"],
)
def test_config_values_that_look_like_code_are_data(tmp_path, monkeypatch, table, message):
    marker = tmp_path / "pwned"
    (tmp_path / "pyproject.toml").write_text(f"[tool.factcheck]\n{table.format(marker=marker)}\n", encoding="utf-8")
    (tmp_path / "a.md").write_text(f"---\nid: a\npublished: 1998-02-10\n---\n{TALKS}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)

    result = cli("check", "a.md")

    assert result.exit_code == 2, result.output
    assert message in result.output
    assert "Traceback" not in result.output
    assert not marker.exists()


def test_an_unknown_format_name_is_not_imported():
    result = cli("check", str(SEEDS), "--format", "os.path")

    assert result.exit_code == 2
    assert "unknown format 'os.path'" in result.stderr


# ---------------------------------------------------------------- paths stay in the project


def project(tmp_path: Path, table: str) -> Path:
    root = tmp_path / "project"
    root.mkdir()
    (root / "pyproject.toml").write_text(f"[tool.factcheck]\n{table}\n", encoding="utf-8")
    (root / "kb.yaml").write_text("entities: []\n", encoding="utf-8")
    (tmp_path / "outside.yaml").write_text("entities: []\n", encoding="utf-8")
    return root


@pytest.mark.parametrize(
    ("table", "refusal"),
    [
        ('kb = ["../../etc/passwd"]', "leads out of"),
        ('kb = ["../outside.yaml"]', "leads out of"),
        ('kb = ["/etc/passwd"]', "absolute path"),
        ('kb = ["kb.yaml", "sub/../../outside.yaml"]', "leads out of"),
        ('baseline = "/etc/passwd"', "absolute path"),
        ('baseline = "../../../../../../etc/shadow"', "leads out of"),
    ],
)
def test_config_paths_cannot_leave_the_project(tmp_path, table, refusal):
    root = project(tmp_path, table)

    with pytest.raises(ConfigError, match=refusal) as caught:
        load_config(root / "pyproject.toml")

    assert str(root / "pyproject.toml") in str(caught.value)
    assert "command line" in str(caught.value)


def test_a_symlink_out_of_the_project_is_refused_too(tmp_path):
    root = project(tmp_path, 'kb = ["linked.yaml"]')
    (root / "linked.yaml").symlink_to(tmp_path / "outside.yaml")

    with pytest.raises(ConfigError, match="leads out of"):
        load_config(root / "pyproject.toml")


def test_config_paths_inside_the_project_are_read(tmp_path):
    root = project(tmp_path, 'kb = ["kb.yaml", "./sub/../kb.yaml"]\nbaseline = "baseline.json"')

    config = load_config(root / "pyproject.toml")

    assert config.kb == [str(root / "kb.yaml"), str(root / "sub/../kb.yaml")]
    assert config.baseline == str(root / "baseline.json")


def test_a_config_file_in_a_subfolder_may_name_files_of_its_project(tmp_path):
    root = project(tmp_path, "")
    (root / "ci").mkdir()
    (root / "ci" / "factcheck.toml").write_text('kb = ["../kb.yaml"]\n', encoding="utf-8")
    (root / "ci" / "escape.toml").write_text('kb = ["../../outside.yaml"]\n', encoding="utf-8")

    assert load_config(root / "ci" / "factcheck.toml").kb == [str(root / "ci" / "../kb.yaml")]
    with pytest.raises(ConfigError, match=f"leads out of the project {root.resolve()}"):
        load_config(root / "ci" / "escape.toml")


def test_a_refused_config_path_exits_2_from_the_cli(tmp_path, monkeypatch):
    root = project(tmp_path, 'kb = ["../outside.yaml"]')
    (root / "a.md").write_text(f"---\nid: a\npublished: 1998-02-10\n---\n{TALKS}\n", encoding="utf-8")
    monkeypatch.chdir(root)

    result = cli("check", "a.md")

    assert result.exit_code == 2
    assert "leads out of" in result.stderr


def test_a_file_outside_the_project_named_on_the_command_line_is_read(tmp_path, monkeypatch):
    root = project(tmp_path, "")
    (root / "a.md").write_text(f"---\nid: a\npublished: 1998-02-10\n---\n{TALKS}\n", encoding="utf-8")
    monkeypatch.chdir(root)

    result = cli("check", "a.md", "--kb", str(tmp_path / "outside.yaml"), "--kb", "../outside.yaml")

    assert result.exit_code == 1, result.output  # the planted FC101, checked against the KB it was given
    assert "FC101" in result.stdout


@pytest.mark.parametrize(
    "ini",
    [
        'factcheck_paths = ["../outside"]',
        'factcheck_paths = ["/etc"]',
        'factcheck_paths = ["articles"]\nfactcheck_kb = ["../outside.yaml"]',
        'factcheck_paths = ["articles"]\nfactcheck_kb = ["/etc/passwd"]',
    ],
    ids=["paths-up", "paths-absolute", "kb-up", "kb-absolute"],
)
def test_plugin_paths_cannot_leave_the_rootdir(pytester, ini):
    pytester.makepyprojecttoml(f"[tool.pytest.ini_options]\n{ini}\n")
    (pytester.path.parent / "outside.yaml").write_text("entities: []\n", encoding="utf-8")

    result = pytester.runpytest()

    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*is not inside the rootdir*"])
