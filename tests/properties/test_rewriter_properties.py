"""``--factcheck-update``'s rewriter on generated front matter: it never loses a key (issue 17, the fuzz profile).

Front matters (and ``case.yaml`` files) are generated with arbitrary extra keys
(quoted, unicode, numeric-leading, ``$``-prefixed), comment and blank lines,
trailing comments, LF and CRLF mixed line by line, and an ``expect:`` block in
any style or none; the new entries quote arbitrary text (NEL, line and
paragraph separators, control characters included). After a rewrite:

- the file still parses, through the reader the plugin uses;
- every other key is there, in the same order, with the same value;
- ``expect`` reads back as exactly the new entries, and the body is untouched;
- a second rewrite with the same entries changes nothing.

``max_examples`` comes from the profile (tests/conftest.py): ``ci`` by default
(every run), ``HYPOTHESIS_PROFILE=fuzz`` for the long search.
"""

from __future__ import annotations

import json
from typing import Any

import yaml
from hypothesis import HealthCheck, given, reject, settings
from hypothesis import strategies as st

from factcheck.errors import InputError
from factcheck.io._yaml import load_yaml
from factcheck.io.markdown import split_front_matter
from factcheck.pytest_plugin import rewrite_expect_block

_SLOW = settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

_WORD = st.text(st.characters(categories=["L", "N"]), min_size=1, max_size=8)
KEYS = st.one_of(
    st.from_regex(r"[a-z_][a-z0-9_-]{0,10}", fullmatch=True),
    _WORD.map(lambda w: "é" + w),
    _WORD.map(lambda w: "2nd-" + w),
    _WORD.map(lambda w: "$" + w),
    st.text(st.characters(blacklist_categories=["Cs"]), min_size=1, max_size=12),
).filter(lambda key: key.strip() != "expect")
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.text(st.characters(blacklist_categories=["Cs"]), max_size=20)
)
VALUES = st.recursive(
    SCALARS, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(KEYS, inner, max_size=3), max_leaves=4
)
TEXTS = st.text(min_size=1, max_size=30)  # any code point: NEL, U+2028, control characters, surrogates
ENTRIES = st.lists(
    st.fixed_dictionaries(
        {"rule": st.sampled_from(["FC101", "FC201", "XX903", "null", "Yes"]), "text": TEXTS},
        optional={"occurrence": st.integers(1, 9), "severity": st.sampled_from(["error", "warning", "info"])},
    ),
    max_size=4,
)
COMMENTS = st.text(st.characters(blacklist_categories=["Cs", "Cc", "Zl", "Zp"]), max_size=15).map(lambda c: "# " + c)


def _key(key: str, quoted: bool) -> str:
    """The key as YAML: PyYAML's own choice, or a double-quoted (JSON) string when JSON's escapes are YAML's.

    JSON writes a character beyond U+FFFF as a surrogate pair, which YAML reads as two characters.
    """
    if quoted and max(map(ord, key)) <= 0xFFFF:
        return json.dumps(key)
    return yaml.safe_dump(key, allow_unicode=True).removesuffix("\n...\n").strip()


def _pair(key: str, value: Any, quoted: bool) -> list[str]:
    body = yaml.safe_dump({"k": value}, allow_unicode=True, width=1000, default_flow_style=False)
    lines = body.rstrip("\n").split("\n")
    return [_key(key, quoted) + lines[0][1:], *lines[1:]]


def _expect(style: str, entries: list[dict[str, Any]]) -> list[str]:
    if style == "flow":
        return ["expect: " + yaml.safe_dump(entries, default_flow_style=True, width=1000).strip()]
    if style == "empty":
        return ["expect:"]
    return yaml.safe_dump({"expect": entries}, allow_unicode=True, width=1000).rstrip("\n").split("\n")


@st.composite
def front_matters(draw: st.DrawFn) -> tuple[str, dict[Any, Any]]:
    """(source lines joined by mixed line ends, the keys other than ``expect`` with their values)."""
    keys = draw(st.lists(KEYS, unique=True, max_size=6))
    others = {key: draw(VALUES) for key in keys}
    blocks: list[list[str]] = []
    for key, value in others.items():
        lines = _pair(key, value, draw(st.booleans()))
        if len(lines) == 1 and draw(st.booleans()):
            lines[0] += "  " + draw(COMMENTS)
        blocks.append(lines)
        if draw(st.booleans()):
            blocks.append([draw(COMMENTS)] if draw(st.booleans()) else [""])
    style = draw(st.sampled_from(["absent", "block", "flow", "empty"]))
    if style != "absent":
        old = draw(st.lists(st.fixed_dictionaries({"rule": st.just("FC101"), "text": _WORD}), max_size=2))
        blocks.insert(draw(st.integers(0, len(blocks))), _expect(style, old))
    lines = [line for block in blocks for line in block]
    endings = draw(st.lists(st.sampled_from(["\n", "\r\n"]), min_size=len(lines) + 3, max_size=len(lines) + 3))
    return "".join(line + end for line, end in zip(lines, endings, strict=False)), others


def _read(source: str, yaml_file: bool) -> tuple[dict[Any, Any], str]:
    text = source.replace("\r\n", "\n").replace("\r", "\n")
    front, body = (text, "") if yaml_file else split_front_matter(text)[:2]
    data = load_yaml(front or "", "generated")
    return (data if data is not None else {}), body


@_SLOW
@given(front_matters(), ENTRIES, st.booleans(), st.sampled_from(["\n", "\r\n"]))
def test_a_rewrite_keeps_every_other_key_and_writes_exactly_the_entries(
    generated: tuple[str, dict[Any, Any]], entries: list[dict[str, Any]], yaml_file: bool, newline: str
) -> None:
    yaml_text, others = generated
    body = f"The talks ended on Wednesday.{newline}Second line.{newline}"
    source = yaml_text if yaml_file else f"---{newline}{yaml_text}---{newline}{body}"
    try:  # what the generated YAML says: PyYAML's writer is not always exact (a NEL in a key, say)
        before, _ = _read(source, yaml_file)
    except InputError:
        reject()
    assert [key for key in before if key != "expect"] == list(others)

    rewritten = rewrite_expect_block(source, entries, "generated", yaml_file=yaml_file)

    after, read_body = _read(rewritten, yaml_file)
    assert [key for key in after if key != "expect"] == list(others)
    assert {k: v for k, v in after.items() if k != "expect"} == {k: v for k, v in before.items() if k != "expect"}
    assert after["expect"] == entries
    assert read_body == ("" if yaml_file else body.replace("\r\n", "\n"))
    assert rewrite_expect_block(rewritten, entries, "generated", yaml_file=yaml_file) == rewritten
