"""Loading a knowledge base (INTERFACE section 2) from YAML or JSON."""

import json
from pathlib import Path

import pytest
import yaml

from factcheck import InputError, KnowledgeBase, load_kb
from factcheck.io import load_kbs, parse_kb

ROOT = Path(__file__).resolve().parents[3]

KB_YAML = """\
# a comment
entities:
  - name: Workers' Party of Korea          # canonical name
    aliases: [WPK, Korean Workers' Party]
    type: organization
    dates:
      founded: 1945-10-10
  - name: China–North Korea diplomatic relations
    aliases: ["diplomatic relations between China and North Korea"]
    type: relation
    members: [China, North Korea]
    dates:
      established: 1949-10-06
  - name: Choe Son-hui
    type: person
    dates:
      took office as foreign minister: 2022-06
      born: 1964
"""


def test_yaml_kb(tmp_path):
    path = tmp_path / "kb.yaml"
    path.write_text(KB_YAML, encoding="utf-8")

    kb = load_kb(path)

    assert [e.name for e in kb.entities] == [
        "Workers' Party of Korea",
        "China–North Korea diplomatic relations",
        "Choe Son-hui",
    ]
    wpk, relation, choe = kb.entities
    assert wpk.aliases == ["WPK", "Korean Workers' Party"]
    assert wpk.type == "organization"
    assert wpk.dates == {"founded": "1945-10-10"}
    assert relation.members == ["China", "North Korea"]
    assert choe.dates == {"took office as foreign minister": "2022-06", "born": "1964"}


def test_json_kb_equals_the_same_yaml_kb(tmp_path):
    yaml_path = tmp_path / "kb.yaml"
    yaml_path.write_text(KB_YAML, encoding="utf-8")
    json_path = tmp_path / "kb.json"
    json_path.write_text(json.dumps(load_kb(yaml_path).model_dump(), ensure_ascii=False, indent=2), encoding="utf-8")

    assert load_kb(json_path) == load_kb(yaml_path)


def test_seed_kb_loads():
    kb = load_kb(ROOT / "fixtures" / "kb" / "seed.yaml")

    names = {e.name for e in kb.entities}
    assert {"Workers' Party of Korea", "China–North Korea diplomatic relations"} <= names


@pytest.mark.parametrize("text", ["", "# only a comment\n", "entities: []\n"])
def test_empty_kb(text):
    assert parse_kb(text, "kb.yaml") == KnowledgeBase()


def test_invalid_entry_names_file_entity_and_its_line():
    text = "entities:\n  - name: A\n    type: person\n  - name: B\n    dates:\n      founded: 1945/10/10\n"

    with pytest.raises(InputError) as caught:
        parse_kb(text, "kb.yaml")

    error = caught.value
    assert (error.path, error.line) == ("kb.yaml", 4)
    assert "entity 'B'" in error.detail
    assert "1945/10/10" in error.detail


def test_impossible_day_names_the_entry_line():
    text = "entities:\n  - name: A\n  - name: B\n    dates:\n      founded: 2025-02-30\n"

    with pytest.raises(InputError, match="2025-02-30") as caught:
        parse_kb(text, "kb.yaml")

    assert caught.value.line == 3


def test_entry_without_a_name_is_named_by_its_position():
    text = "entities:\n  - name: A\n  - aliases: [x]\n"

    with pytest.raises(InputError, match="entity #2") as caught:
        parse_kb(text, "kb.yaml")

    assert caught.value.line == 3


def test_invalid_json_entry_names_its_line():
    text = '{"entities": [\n  {"name": "A"},\n  {"name": "B", "type": "planet"}\n]}\n'

    with pytest.raises(InputError, match="entity 'B'") as caught:
        parse_kb(text, "kb.json", is_json=True)

    assert (caught.value.path, caught.value.line) == ("kb.json", 3)


def test_bad_json_names_its_line():
    with pytest.raises(InputError, match="not valid JSON") as caught:
        parse_kb('{"entities": [\n  {"name": "A"},\n  oops\n]}', "kb.json", is_json=True)

    assert caught.value.line == 3


def test_bad_yaml_names_its_line():
    with pytest.raises(InputError, match="cannot parse YAML") as caught:
        parse_kb("entities:\n  - name: A\n  - name: [B\n", "kb.yaml")

    assert caught.value.line == 3


def test_unknown_top_level_key_is_refused():
    with pytest.raises(InputError, match=r"unknown top-level key.*'people'"):
        parse_kb("entities: []\npeople: []\n", "kb.yaml")


@pytest.mark.parametrize("text", ["- name: A\n", "entities: {name: A}\n", "just text\n"])
def test_kb_that_is_not_a_mapping_with_an_entities_list_is_refused(text):
    with pytest.raises(InputError, match="'entities' list"):
        parse_kb(text, "kb.yaml")


def test_unknown_entity_field_is_refused():
    with pytest.raises(InputError, match="founded"):
        parse_kb("entities:\n  - name: A\n    founded: 1945\n", "kb.yaml")


def test_load_kbs_merges_in_order(tmp_path):
    (tmp_path / "one.yaml").write_text("entities:\n  - name: A\n  - name: B\n", encoding="utf-8")
    (tmp_path / "two.json").write_text('{"entities": [{"name": "C"}]}', encoding="utf-8")

    kb = load_kbs([tmp_path / "one.yaml", tmp_path / "two.json"])

    assert [e.name for e in kb.entities] == ["A", "B", "C"]


def test_missing_kb_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="cannot read"):
        load_kb(tmp_path / "missing.yaml")


def test_deeply_nested_json_is_an_input_error_not_a_crash():
    with pytest.raises(InputError, match="nested too deeply"):
        parse_kb('{"entities": ' + "[" * 100_000 + "]" * 100_000 + "}", "kb.json", is_json=True)


def test_with_an_error_list_a_bad_entry_is_left_out_and_the_others_kept():
    text = (
        "entities:\n"
        "  - name: Good\n    dates:\n      founded: 1945-10-10\n"
        "  - name: Bad\n    dates:\n      founded: 2025-02-30\n"
        "  - name: Also good\n"
    )
    errors: list[InputError] = []

    kb = parse_kb(text, "kb.yaml", errors=errors)

    assert [e.name for e in kb.entities] == ["Good", "Also good"]
    assert [(e.path, e.line) for e in errors] == [("kb.yaml", 5)]
    assert "invalid entity 'Bad'" in errors[0].detail


def test_without_an_error_list_a_bad_entry_is_raised():
    with pytest.raises(InputError, match="invalid entity 'Bad'"):
        parse_kb("entities:\n  - name: Bad\n    dates:\n      founded: 2025-02-30\n", "kb.yaml")


def test_load_kbs_with_an_error_list_reads_every_file_it_can(tmp_path):
    (tmp_path / "good.yaml").write_text("entities:\n  - name: Good\n", encoding="utf-8")
    (tmp_path / "broken.yaml").write_text("entities: [\n", encoding="utf-8")
    (tmp_path / "other.json").write_text('{"entities": [{"name": "Other"}]}', encoding="utf-8")
    errors: list[InputError] = []

    paths = [tmp_path / name for name in ("good.yaml", "broken.yaml", "missing.yaml", "other.json")]

    kb = load_kbs(paths, errors)

    assert [e.name for e in kb.entities] == ["Good", "Other"]
    assert [Path(e.path).name for e in errors] == ["broken.yaml", "missing.yaml"]


@pytest.mark.parametrize(("suffix", "line"), [(".yaml", 3), (".json", 6)])
def test_issue17_kb_date_in_non_ascii_digits_names_file_and_line(tmp_path, suffix, line):
    data = {"entities": [{"name": "A"}, {"name": "B", "dates": {"founded": "١٩٤٥-١٠-١٠"}}]}
    path = tmp_path / f"kb{suffix}"
    if suffix == ".json":
        dump = json.dumps(data, indent=2, ensure_ascii=False)
    else:
        dump = yaml.safe_dump(data, allow_unicode=True)
    path.write_text(dump, encoding="utf-8")
    errors: list[InputError] = []

    kb = load_kb(path, errors)

    assert [e.name for e in kb.entities] == ["A"]
    assert [(e.path, e.line) for e in errors] == [(str(path), line)]
    assert "ASCII digits" in errors[0].detail


def test_issue17_json_kb_has_a_size_cap_like_yaml(monkeypatch):
    monkeypatch.setattr("factcheck.io._yaml.MAX_BYTES", 100)
    text = json.dumps({"entities": [{"name": "x" * 200}]})

    with pytest.raises(InputError, match="over the 100 limit") as caught:
        parse_kb(text, "kb.json", is_json=True)

    assert (caught.value.path, caught.value.line) == ("kb.json", 1)


def test_issue17_json_kb_is_never_parsed_by_pyyaml(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("PyYAML parsed a JSON KB")

    for name in ("compose", "safe_load", "load", "compose_all"):
        monkeypatch.setattr(yaml, name, refuse)
    monkeypatch.setattr(yaml.SafeLoader, "__init__", refuse)
    text = (
        '{"entities": [\n  {"name": "A", "aliases": ["[{,]}\\"[", "entities"]},\n'
        '  {"name": "B",\n   "dates": {"founded": "1945/10/10"}},\n  {"name": "C"}\n]}'
    )
    errors: list[InputError] = []

    kb = parse_kb(text, "kb.json", is_json=True, errors=errors)

    assert [e.name for e in kb.entities] == ["A", "C"]
    assert [(e.line, "entity 'B'" in e.detail) for e in errors] == [(3, True)]


def test_issue17_json_kb_entry_lines_in_compact_json():
    text = '{"entities": [{"name": "A", "members": ["entities"]}, {"name": 5},\n{"name": "C", "dates": {"b": "x"}}]}'
    errors: list[InputError] = []

    parse_kb(text, "kb.json", is_json=True, errors=errors)

    assert [e.line for e in errors] == [1, 2]


@pytest.mark.parametrize("suffix", [".json", ".yaml"])
def test_issue17_kb_file_far_over_the_cap_is_refused_before_it_is_read(tmp_path, monkeypatch, suffix):
    monkeypatch.setattr("factcheck.io._yaml.MAX_BYTES", 10)
    path = tmp_path / f"kb{suffix}"
    path.write_text('{"entities": []}' + " " * 100, encoding="utf-8")

    def refuse(_path):
        raise AssertionError("read a file known to be over the cap")

    monkeypatch.setattr("factcheck.io.kb.read_text_file", refuse)

    with pytest.raises(InputError, match="over the 10 character limit") as caught:
        load_kb(path)

    assert caught.value.path == str(path)


def test_figures_load_from_yaml_with_a_single_entity_as_a_list():
    kb = parse_kb(
        "figures:\n  - {about: Brell, what: population, period: 2020, value: 84213, unit: residents}\n", "f.yaml"
    )

    [figure] = kb.figures
    assert (figure.about, figure.period, figure.value, figure.unit) == (["Brell"], "2020", 84213, "residents")


def test_a_figure_period_must_be_a_year_month_day_or_quarter():

    text = (
        "figures:\n  - {about: A, what: trade, period: 2023-Q4, value: 1, unit: USD}\n"
        "  - {about: A, what: trade, period: 2023-H2, value: 1, unit: USD}\n"
    )
    errors: list[InputError] = []

    kb = parse_kb(text, "f.yaml", errors=errors)

    assert [f.period for f in kb.figures] == ["2023-Q4"]
    assert [(e.line, "figure #2" in str(e)) for e in errors] == [(3, True)]


def test_a_figure_table_reads_lists_separated_by_semicolons(tmp_path):

    table = tmp_path / "figures.csv"
    table.write_text(
        "about,what,period,value,unit,aliases\n"
        "Norvania;Tessary,trade,2023,2295000000,USD,trade volume;bilateral trade\n"
    )

    [figure] = load_kb(table).figures

    assert (figure.about, figure.aliases) == (["Norvania", "Tessary"], ["trade volume", "bilateral trade"])


def test_a_bad_row_of_a_figure_table_names_its_line_and_the_other_rows_load(tmp_path):

    table = tmp_path / "figures.csv"
    table.write_text('about,what,period,value,unit\nA,trade,2023,lots,USD\n"B\nC",trade,2023,5,USD\nD,trade,,7,\n')
    errors: list[InputError] = []

    kb = load_kb(table, errors)

    assert [(f.about, f.period, f.unit) for f in kb.figures] == [(["B\nC"], "2023", "USD"), (["D"], None, None)]
    assert [e.line for e in errors] == [2]


def test_a_figure_table_without_its_columns_is_refused(tmp_path):

    table = tmp_path / "figures.csv"
    table.write_text("about,what,value\nA,trade,5\n")

    with pytest.raises(InputError, match="missing column"):
        load_kb(table)
