"""Which configuration a run reads: the nearest to its files, one per run, ``--config`` over all."""

import re
from pathlib import Path

import pytest

from factcheck import ConfigError
from factcheck.config import discover, find_config, in_force, load_config
from factcheck.config.settings import COMMAND_LINE, DEFAULT


def write(path: Path, text: str = "") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def pyproject(folder: Path, table: str = "") -> Path:
    return write(folder / "pyproject.toml", f'[project]\nname = "x"\n\n[tool.factcheck]\n{table}\n')


@pytest.fixture
def newsroom(tmp_path):
    """A repository configured at its root, with an article in a subfolder, and a folder outside it."""
    pyproject(tmp_path / "newsroom", 'fail-on = "warning"')
    write(tmp_path / "newsroom" / "stories" / "a.md", "x")
    (tmp_path / "elsewhere").mkdir()
    return tmp_path


def test_the_nearest_configuration_wins(newsroom):
    near = write(newsroom / "newsroom" / "stories" / "factcheck.toml", 'select = ["FC1"]\n')

    assert find_config(newsroom / "newsroom" / "stories") == near
    assert discover(["newsroom/stories/a.md"], cwd=newsroom) == near
    assert find_config(newsroom / "newsroom") == newsroom / "newsroom" / "pyproject.toml"


@pytest.mark.parametrize(
    ("present", "chosen"),
    [
        ((".factcheck.toml", "factcheck.toml", "pyproject.toml"), ".factcheck.toml"),
        (("factcheck.toml", "pyproject.toml"), "factcheck.toml"),
        ((".factcheck.toml", "pyproject.toml"), ".factcheck.toml"),
        (("pyproject.toml",), "pyproject.toml"),
    ],
)
def test_in_one_folder_a_factcheck_toml_comes_before_pyproject(tmp_path, present, chosen):
    for name in present:
        if name == "pyproject.toml":
            pyproject(tmp_path)
        else:
            write(tmp_path / name, 'fail-on = "never"\n')

    assert find_config(tmp_path) == tmp_path / chosen


def test_a_pyproject_without_the_table_is_passed_over(newsroom):
    write(newsroom / "newsroom" / "stories" / "pyproject.toml", '[project]\nname = "tools"\n')

    assert discover(["newsroom/stories/a.md"], cwd=newsroom) == newsroom / "newsroom" / "pyproject.toml"


def test_a_broken_pyproject_is_an_error_not_a_silent_default(newsroom):
    write(newsroom / "newsroom" / "stories" / "pyproject.toml", "[tool.factcheck\n")

    with pytest.raises(ConfigError, match="cannot read it"):
        find_config(newsroom / "newsroom" / "stories")


def test_the_configuration_of_the_files_is_found_from_another_folder(newsroom):
    found = newsroom / "newsroom" / "pyproject.toml"

    assert discover(["../newsroom/stories/a.md"], cwd=newsroom / "elsewhere") == found
    assert discover([newsroom / "newsroom" / "stories"], cwd=newsroom / "elsewhere") == found
    assert in_force(["../newsroom/stories"], {}, cwd=newsroom / "elsewhere").config.fail_on == "warning"


def test_without_a_configuration_above_the_files_the_current_folders_applies(newsroom):
    write(newsroom / "elsewhere" / "feed.jsonl", "")

    assert discover(["../elsewhere/feed.jsonl"], cwd=newsroom / "newsroom") == newsroom / "newsroom" / "pyproject.toml"
    assert discover(["feed.jsonl"], cwd=newsroom / "elsewhere") is None


def test_a_path_without_a_configuration_takes_the_runs(newsroom):
    write(newsroom / "elsewhere" / "draft.md", "x")

    found = discover(["elsewhere/draft.md", "newsroom/stories"], cwd=newsroom)

    assert found == newsroom / "newsroom" / "pyproject.toml"


def test_paths_under_two_configurations_are_refused(newsroom):
    write(newsroom / "elsewhere" / "factcheck.toml", "")
    write(newsroom / "elsewhere" / "b.md", "x")

    with pytest.raises(ConfigError, match="one run has one configuration") as caught:
        discover(["newsroom/stories/a.md", "elsewhere/b.md"], cwd=newsroom)

    assert "newsroom/pyproject.toml" in str(caught.value)
    assert "elsewhere/factcheck.toml" in str(caught.value)


def test_a_configuration_inside_a_checked_folder_is_refused(newsroom):
    write(newsroom / "newsroom" / "stories" / "archive" / ".factcheck.toml", "")

    with pytest.raises(ConfigError, match="configures the files below it") as caught:
        discover(["newsroom"], cwd=newsroom)

    assert "newsroom/stories/archive/.factcheck.toml" in str(caught.value)
    assert discover(["newsroom/stories/a.md"], cwd=newsroom) == newsroom / "newsroom" / "pyproject.toml"


def test_a_configuration_in_an_excluded_or_hidden_folder_is_no_conflict(newsroom):
    pyproject(newsroom / "newsroom", 'exclude = ["archive/"]')
    write(newsroom / "newsroom" / "stories" / "archive" / "factcheck.toml", "")
    pyproject(newsroom / "newsroom" / ".venv" / "lib")

    assert discover(["newsroom"], cwd=newsroom) == newsroom / "newsroom" / "pyproject.toml"


def test_config_names_the_one_configuration_and_turns_discovery_off(newsroom):
    chosen = write(newsroom / "elsewhere" / "ci.toml", 'fail-on = "never"\n')
    write(newsroom / "newsroom" / "stories" / "archive" / "factcheck.toml", "")  # a conflict, were it looked for

    settings = in_force(["newsroom"], {}, config_file=chosen, cwd=newsroom)

    assert settings.file == chosen
    assert settings.config.fail_on == "never"


def test_config_pyproject_must_have_the_table(tmp_path):
    write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n')

    with pytest.raises(ConfigError, match=re.escape("no [tool.factcheck]")):
        in_force(["."], {}, config_file=tmp_path / "pyproject.toml", cwd=tmp_path)


def test_each_setting_says_where_it_came_from(newsroom):
    pyproject(newsroom / "newsroom", 'ignore = ["FC104"]\nexclude = ["drafts/"]')

    settings = in_force(["stories"], {"ignore": ["FC401"], "select": ["FC1"]}, cwd=newsroom / "newsroom")

    assert settings.config.ignore == ["FC104", "FC401"]
    assert settings.sources["ignore"] == f"pyproject.toml + {COMMAND_LINE}"
    assert settings.sources["select"] == COMMAND_LINE
    assert settings.sources["exclude"] == "pyproject.toml"
    assert settings.sources["kb"] == DEFAULT
    assert settings.config.root == str(newsroom / "newsroom")


def test_root_is_not_a_key_of_the_file(tmp_path):
    write(tmp_path / "factcheck.toml", 'root = "/"\n')

    with pytest.raises(ConfigError, match="root: not a key"):
        load_config(tmp_path / "factcheck.toml")


@pytest.mark.parametrize(
    "table",
    [
        'exclude = "drafts/"',
        'per-file-ignores = { "wire/*.md" = "FC402" }',
        "force-exclude = [true]",
        "extend-exclud = []",
    ],
)
def test_bad_pattern_keys_are_errors_naming_the_file(tmp_path, table):
    write(tmp_path / "factcheck.toml", table + "\n")

    with pytest.raises(ConfigError, match=re.escape("factcheck.toml: invalid")):
        load_config(tmp_path / "factcheck.toml")
