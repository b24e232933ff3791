"""The one YAML parser: safe, bounded, and precise about lines."""

import sys
from datetime import date

import pytest

from factcheck import InputError
from factcheck.io import parse_kb, parse_markdown
from factcheck.io._yaml import MAX_ALIASES, load_yaml

# 72 aliases, under MAX_ALIASES, that stand for 9**9 (387 million) strings once expanded.
BILLION_LAUGHS = """\
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""


def test_plain_mapping():
    assert load_yaml("id: a\npublished: 2025-09-28\nlist: [1, 2]\n", "x.yaml") == {
        "id": "a",
        "published": date(2025, 9, 28),
        "list": [1, 2],
    }


def test_billion_laughs_is_refused():
    with pytest.raises(InputError, match="alias") as caught:
        load_yaml(BILLION_LAUGHS, "bomb.yaml")

    assert caught.value.path == "bomb.yaml"


def test_billion_laughs_in_front_matter_is_refused():
    with pytest.raises(InputError, match="alias") as caught:
        parse_markdown("---\n" + BILLION_LAUGHS + "---\nBody.", "bomb.md", "bomb")

    assert caught.value.path == "bomb.md"


def test_billion_laughs_in_a_kb_is_refused():
    with pytest.raises(InputError, match="alias"):
        parse_kb("entities: []\n" + BILLION_LAUGHS, "bomb.yaml")


def test_a_few_aliases_are_fine():
    text = "base: &base [WPK]\n" + "".join(f"k{i}: *base\n" for i in range(MAX_ALIASES))

    loaded = load_yaml(text, "ok.yaml")

    assert loaded[f"k{MAX_ALIASES - 1}"] == ["WPK"]


def test_one_alias_too_many_is_refused():
    text = "base: &base [WPK]\n" + "".join(f"k{i}: *base\n" for i in range(MAX_ALIASES + 1))

    with pytest.raises(InputError, match="alias"):
        load_yaml(text, "many.yaml")


def test_unsafe_tags_are_refused():
    with pytest.raises(InputError, match="cannot parse YAML"):
        load_yaml("x: !!python/object/apply:os.system ['echo hacked']\n", "evil.yaml")


def test_more_than_one_document_is_refused():
    with pytest.raises(InputError, match="cannot parse YAML"):
        load_yaml("a: 1\n---\nb: 2\n", "two.yaml")


def test_error_line_counts_from_first_line():
    with pytest.raises(InputError) as caught:
        load_yaml("ok: 1\nbad: @x\n", "front.md", first_line=2)

    assert caught.value.line == 3


def test_impossible_timestamp_stays_text():
    # PyYAML's own loader raises a bare ValueError here, with no file or line.
    assert load_yaml("founded: 2025-02-30\n", "kb.yaml") == {"founded": "2025-02-30"}


def test_aliases_that_expand_too_far_are_refused():
    # Thirty aliases, well under MAX_ALIASES, that stand for over 100,000 nodes.
    text = (
        f"a: &a [{', '.join(['1'] * 100)}]\n"
        f"b: &b [{', '.join(['*a'] * 10)}]\n"
        f"c: &c [{', '.join(['*b'] * 10)}]\n"
        f"d: [{', '.join(['*c'] * 10)}]\n"
    )

    with pytest.raises(InputError, match="expand"):
        load_yaml(text, "wide.yaml")


def test_shared_anchors_within_the_limit_load():
    assert load_yaml("x: &x {a: 1}\ny: *x\nz: [*x, *x]\n", "shared.yaml") == {
        "x": {"a": 1},
        "y": {"a": 1},
        "z": [{"a": 1}, {"a": 1}],
    }


@pytest.mark.parametrize("text", ["a: &a [*a]\n", "a: &a {b: *a}\n"], ids=["sequence", "mapping"])
def test_recursive_alias_is_refused(text):
    with pytest.raises(InputError, match="recursive"):
        load_yaml(text, "loop.yaml")


def test_deep_nesting_is_an_input_error_not_a_crash():
    depth = sys.getrecursionlimit()  # PyYAML composes recursively: at least one frame per level
    with pytest.raises(InputError, match="nested too deeply"):
        load_yaml("a: " + "[" * depth + "]" * depth + "\n", "deep.yaml")


def test_a_repeated_key_is_refused_naming_both_lines():
    # PyYAML keeps the last value silently; a front matter with two `published:` would be checked on the wrong day.
    with pytest.raises(
        InputError, match=r"repeated key 'published' \(key 'published' first given on line 3\)"
    ) as caught:
        load_yaml("id: a\npublished: 2025-09-28\npublished: 2025-09-29\n", "front.md", first_line=2)

    assert caught.value.line == 4


def test_a_repeated_key_in_a_nested_mapping_is_refused():
    with pytest.raises(InputError, match="repeated key 'founded'") as caught:
        load_yaml("entities:\n  - name: A\n    dates:\n      founded: 1945\n      founded: 1946\n", "kb.yaml")

    assert caught.value.line == 5


def test_a_merged_key_may_be_overridden():
    # `<<: *base` then `x: 2` is YAML's way to override a merged value, not a repeated key.
    assert load_yaml("base: &b {x: 1, y: 1}\nother:\n  <<: *b\n  x: 2\n", "merge.yaml")["other"] == {"x": 2, "y": 1}


def test_keys_of_different_types_are_different_keys():
    assert load_yaml("1: int\n'1': text\n", "keys.yaml") == {1: "int", "1": "text"}


@pytest.mark.parametrize("character", ["\x00", "\x07", "\x1b", "\x7f", "\ufffe"])
def test_a_control_character_is_an_input_error_naming_its_line(character):
    # PyYAML's reader raises a ReaderError, not a MarkedYAMLError, and raised it before the guarded block.
    with pytest.raises(InputError, match="is not allowed") as caught:
        load_yaml(f"id: a\ntitle: bell {character}\n", "front.md", first_line=2)

    assert caught.value.line == 3
