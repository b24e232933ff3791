"""``exclude`` and ``per-file-ignores``: gitignore patterns relative to the configuration's folder."""

import pickle
import re
from pathlib import Path

import pytest

from factcheck import Config, ConfigError, Document
from factcheck.config import Exclusion, FileIgnores
from factcheck.io import expand_paths
from factcheck.model import Evidence, Finding, Severity
from factcheck.rules import registry


def touch(root: Path, *names: str) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")


def exclusion(root: Path, *patterns: str, force: bool = False) -> Exclusion:
    found = Exclusion.of(Config(exclude=list(patterns), root=str(root), force_exclude=force))
    assert found is not None
    return found


def test_no_pattern_no_exclusion():
    assert Exclusion.of(Config()) is None
    assert FileIgnores.of(Config(), registry) is None


@pytest.mark.parametrize(
    ("pattern", "path", "folder", "matched"),
    [
        ("drafts/", "drafts", True, True),
        ("drafts/", "drafts/a.md", False, True),
        ("drafts/", "desk/drafts/a.md", False, True),
        ("drafts/", "drafts.md", False, False),
        ("/drafts/", "desk/drafts/a.md", False, False),
        ("*.tmp.md", "desk/a.tmp.md", False, True),
        ("*.tmp.md", "desk/a.md", False, False),
        ("wire/**/*.jsonl", "wire/2026/feed.jsonl", False, True),
    ],
)
def test_patterns_are_gitignores(tmp_path, pattern, path, folder, matched):
    assert exclusion(tmp_path, pattern).matches(tmp_path / path, folder=folder) is matched


def test_extend_exclude_adds_to_exclude(tmp_path):
    found = Exclusion.of(Config(exclude=["a/"], extend_exclude=["*.tmp.md"], root=str(tmp_path)))

    assert found is not None
    assert found.matches(tmp_path / "a" / "x.md", folder=False)
    assert found.matches(tmp_path / "x.tmp.md", folder=False)


def test_a_negated_pattern_takes_a_file_back(tmp_path):
    assert not exclusion(tmp_path, "*.tmp.md", "!keep.tmp.md").matches(tmp_path / "keep.tmp.md", folder=False)


def test_a_file_outside_the_configurations_folder_is_named_by_no_pattern(tmp_path):
    assert not exclusion(tmp_path / "project", "*.md").matches(tmp_path / "other" / "a.md", folder=False)


def test_a_walk_leaves_excluded_files_and_folders_out(tmp_path):
    touch(tmp_path, "a.md", "drafts/b.md", "desk/c.tmp.md", "desk/d.md")

    found = {
        p.relative_to(tmp_path).as_posix() for p in expand_paths([tmp_path], exclusion(tmp_path, "drafts/", "*.tmp.md"))
    }

    assert found == {"a.md", "desk/d.md"}


def test_a_named_file_or_folder_is_read_all_the_same(tmp_path):
    touch(tmp_path, "drafts/b.md", "drafts/c.tmp.md", "a.tmp.md")
    excluded = exclusion(tmp_path, "drafts/", "*.tmp.md")

    found = {
        p.relative_to(tmp_path).as_posix() for p in expand_paths([tmp_path / "a.tmp.md", tmp_path / "drafts"], excluded)
    }

    assert found == {"a.tmp.md", "drafts/b.md", "drafts/c.tmp.md"}


def test_force_exclude_leaves_out_named_paths_too(tmp_path):
    touch(tmp_path, "drafts/b.md", "a.tmp.md", "a.md")
    excluded = exclusion(tmp_path, "drafts/", "*.tmp.md", force=True)

    found = [
        p.relative_to(tmp_path).as_posix()
        for p in expand_paths([tmp_path / "a.tmp.md", tmp_path / "drafts", tmp_path / "a.md"], excluded)
    ]

    assert found == ["a.md"]


def finding(rule: str, document: str) -> Finding:
    evidence = Evidence(document=document, start=0, end=1, text="x")
    return Finding(rule=rule, name="n", severity=Severity.ERROR, message="m", evidence=[evidence])


def test_per_file_ignores_suppress_their_rules_in_matching_documents(tmp_path):
    ignores = FileIgnores.of(
        Config(per_file_ignores={"wire/*.md": ["FC4", "weekday-date-mismatch"]}, root=str(tmp_path)), registry
    )
    assert ignores is not None
    documents = {
        "wire": Document(id="wire", text="x", path=str(tmp_path / "wire" / "a.md")),
        "desk": Document(id="desk", text="x", path=str(tmp_path / "desk" / "a.md")),
        "given": Document(id="given", text="x"),
    }
    found = [
        finding("FC101", "wire"),
        finding("FC402", "wire"),
        finding("FC104", "wire"),
        finding("FC101", "desk"),
        finding("FC101", "given"),
    ]

    marked = ignores.apply(found, documents)

    assert [f.suppressed for f in marked] == [True, True, False, False, False]


def test_a_cross_source_finding_is_suppressed_by_either_document(tmp_path):
    ignores = FileIgnores.of(Config(per_file_ignores={"wire/": ["FC301"]}, root=str(tmp_path)), registry)
    assert ignores is not None
    documents = {
        "wire": Document(id="wire", text="x", path=str(tmp_path / "wire" / "a.md")),
        "desk": Document(id="desk", text="x", path=str(tmp_path / "desk" / "a.md")),
    }
    both = Finding(
        rule="FC301",
        name="n",
        severity=Severity.ERROR,
        message="m",
        evidence=[
            Evidence(document="desk", start=0, end=1, text="x"),
            Evidence(document="wire", start=0, end=1, text="x"),
        ],
    )

    assert ignores.apply([both], documents)[0].suppressed


def test_a_per_file_ignore_that_names_no_rule_is_an_error(tmp_path):
    with pytest.raises(ConfigError, match=re.escape("per-file-ignores: 'wire/*.md': no rule matches 'FC999'")):
        FileIgnores.of(Config(per_file_ignores={"wire/*.md": ["FC999"]}), registry)


def test_the_compiled_patterns_pickle_for_worker_processes(tmp_path):
    ignores = FileIgnores.of(Config(per_file_ignores={"wire/*.md": ["FC101"]}, root=str(tmp_path)), registry)
    excluded = exclusion(tmp_path, "drafts/")

    assert pickle.loads(pickle.dumps(ignores)) == ignores
    assert pickle.loads(pickle.dumps(excluded)).matches(tmp_path / "drafts" / "a.md", folder=False)
