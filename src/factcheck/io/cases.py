"""The fixture-case formats: an article's ``expect:`` entries and a story's ``case.yaml``, as pydantic models.

Both the pytest plugin (which tests them) and the rule catalogue (which shows
them) read cases; this is the one reader, so the two never disagree on what a
case says. It lives in ``io``, not in the plugin package, because the catalogue
runs under ``factcheck docs`` where pytest need not be installed.

Validation is pydantic's (strict: ``occurrence: true`` is not 1, ``rule: 101``
is not a code); its errors are turned into one sentence a fixture author can
act on, prefixed with ``path:line: expect #n``, the same sentences the plugin
gave when it walked the entries by hand.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError, model_validator
from pydantic_core import ErrorDetails, PydanticCustomError

from factcheck.errors import InputError

__all__ = [
    "ARTICLE_KEYS",
    "RULE_CASES",
    "SEVERITIES",
    "STORY_KEYS",
    "ArticleEntry",
    "CaseError",
    "CaseFile",
    "RuleCase",
    "RuleCases",
    "SpanEntry",
    "StoryEntry",
    "load_case",
    "load_rule_cases",
    "validate_article_expect",
    "validate_story_expect",
]

SEVERITIES = ("error", "warning", "info")
ARTICLE_KEYS = ("rule", "text", "occurrence", "severity", "message")
STORY_KEYS = ("rule", "document", "text", "occurrence", "evidence", "severity", "message")
SPAN_KEYS = ("document", "text", "occurrence")

_Severity = Literal["error", "warning", "info"]
_NonEmpty = Annotated[str, Field(min_length=1)]
_Occurrence = Annotated[int, Field(ge=1)]
_STRICT = ConfigDict(frozen=True, extra="forbid", strict=True)


class CaseError(Exception):
    """The case's ``expect:`` list itself is wrong (missing, misspelt, text not in the body)."""


class ArticleEntry(BaseModel):
    """One entry of an article's ``expect:``: a rule and the quoted text of its first evidence span."""

    model_config = _STRICT

    rule: _NonEmpty
    text: _NonEmpty
    occurrence: _Occurrence = 1
    severity: _Severity | None = None
    message: str | None = None


class SpanEntry(BaseModel):
    """One evidence span of a story finding: ``{document: afp, text: "Saturday", occurrence: 2}``."""

    model_config = _STRICT

    document: str
    text: _NonEmpty
    occurrence: _Occurrence = 1


class StoryEntry(BaseModel):
    """One entry of a ``case.yaml``'s ``expect:``: either ``evidence: [spans]`` or one span's fields inline."""

    model_config = _STRICT

    rule: _NonEmpty
    document: str | None = None
    text: _NonEmpty | None = None
    occurrence: _Occurrence | None = None
    evidence: list[SpanEntry] | None = None
    severity: _Severity | None = None
    message: str | None = None

    @model_validator(mode="after")
    def _one_form(self) -> StoryEntry:
        inline = self.model_fields_set & set(SPAN_KEYS)
        if self.evidence is not None and inline:
            raise PydanticCustomError("both_forms", "evidence and inline span")
        if self.evidence is not None and not self.evidence:
            raise PydanticCustomError("no_span", "evidence lists no span")
        if self.evidence is None and self.document is None:
            raise PydanticCustomError("span_document", "no document")
        if self.evidence is None and self.text is None:
            raise PydanticCustomError("span_text", "no text")
        return self

    @property
    def first_only(self) -> bool:
        """Written inline: only the finding's first span is compared, as in an article."""
        return self.evidence is None

    @property
    def spans(self) -> tuple[SpanEntry, ...]:
        if self.evidence is not None:
            return tuple(self.evidence)
        assert self.document is not None  # the validator saw to it
        assert self.text is not None
        return (SpanEntry(document=self.document, text=self.text, occurrence=self.occurrence or 1),)


class CaseFile(BaseModel):
    """A story's ``case.yaml``: ``why`` (shown on the rule page), ``docs`` (shown there), ``expect`` (raw)."""

    model_config = ConfigDict(frozen=True, extra="allow")

    why: str = ""
    docs: bool = False
    expect: Any = None

    @property
    def has_expect(self) -> bool:
        return "expect" in self.model_fields_set


def load_case(path: Path, shown: str | Path | None = None) -> CaseFile:
    """Read a ``case.yaml``; ``InputError`` (naming ``shown``, else ``path``) when it is not a case."""
    from factcheck.io._records import describe_validation_error, read_text_file
    from factcheck.io._yaml import load_yaml

    where = shown if shown is not None else path
    data = load_yaml(read_text_file(path), where)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InputError(where, "case.yaml must be a mapping with `why` and `expect`", 1)
    try:
        return CaseFile.model_validate(data)
    except ValidationError as err:
        raise InputError(where, f"invalid case.yaml: {describe_validation_error(err)}", 1) from None


RULE_CASES = "cases.yaml"
"""One rule's table of small cases (sqlfluff's rule-case files), beside its fail-/pass- fixtures."""


class RuleCase(BaseModel):
    """One case of a ``cases.yaml``: a name, the text, the entries its rule must give (other keys: INTERFACE fields).

    An entry may be the quoted text alone (``"Wednesday, Feb. 3, 1998"``) or a
    mapping without ``rule``: the file's rule is meant.
    """

    model_config = ConfigDict(frozen=True, extra="allow")

    name: Annotated[str, Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
    text: str
    expect: list[Any]

    def record(self, rule: str) -> dict[str, Any]:
        """The document record the case stands for, with each ``expect`` entry given the file's rule."""
        entries = [
            {"rule": rule, "text": entry}
            if isinstance(entry, str)
            else {"rule": rule, **entry}
            if isinstance(entry, dict) and "rule" not in entry
            else entry
            for entry in self.expect
        ]
        return {"id": self.name, **(self.model_extra or {}), "text": self.text, "expect": entries}


class RuleCases(BaseModel):
    """A ``cases.yaml``: ``rule`` (the one rule its cases run), ``cases``, each name used once, and ``kb``.

    ``kb`` (a KB file's mapping, inline) replaces the session's ``factcheck_kb``
    for these cases, so that a reference rule's table names the entities it is about.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    rule: _NonEmpty
    cases: list[RuleCase]
    kb: dict[str, Any] | None = None

    @model_validator(mode="after")
    def _unique_names(self) -> RuleCases:
        names = [case.name for case in self.cases]
        repeated = sorted({name for name in names if names.count(name) > 1})
        if repeated:
            raise ValueError(f"case name(s) used more than once: {', '.join(repeated)}")
        return self


def load_rule_cases(path: Path, shown: str | Path | None = None) -> tuple[RuleCases, list[int]]:
    """Read a ``cases.yaml``: its cases and the file line each starts on; ``InputError`` naming the line."""
    import yaml

    from factcheck.io._records import read_text_file
    from factcheck.io._yaml import load_yaml

    where = shown if shown is not None else path
    text = read_text_file(path)
    data = load_yaml(text, where)
    try:
        cases = RuleCases.model_validate(data)
    except ValidationError as err:
        item = err.errors()[0]
        loc = ".".join(str(part) for part in item["loc"]) or "the file"
        raise InputError(where, f"invalid cases.yaml: {loc}: {item['msg']}", _line(text, item["loc"])) from None
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    sequence = next(v for k, v in root.value if k.value == "cases") if isinstance(root, yaml.MappingNode) else None
    lines = [node.start_mark.line + 1 for node in sequence.value] if isinstance(sequence, yaml.SequenceNode) else []
    return cases, lines


def _line(text: str, loc: tuple[int | str, ...]) -> int:
    """The file line of the case an error is in (``cases.<n>...``), else 1."""
    import yaml

    if len(loc) < 2 or loc[0] != "cases" or not isinstance(loc[1], int):
        return 1
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    for key, value in root.value if isinstance(root, yaml.MappingNode) else []:
        if key.value == "cases" and isinstance(value, yaml.SequenceNode) and loc[1] < len(value.value):
            return int(value.value[loc[1]].start_mark.line) + 1
    return 1


_ARTICLE_LIST = TypeAdapter(list[ArticleEntry], config=ConfigDict(strict=True))
_STORY_LIST = TypeAdapter(list[StoryEntry], config=ConfigDict(strict=True))


def validate_article_expect(raw: Any, where: str) -> list[ArticleEntry]:
    """An article's ``expect:`` value as entries, or ``CaseError`` naming the first bad entry."""
    try:
        return _ARTICLE_LIST.validate_python(raw)
    except ValidationError as err:
        if not isinstance(raw, list):
            raise CaseError(
                f"{where}: `expect:` must be a list of {{rule, text}} entries (expect: [] for a clean article)"
            ) from None
        number, errors = _first_entry(err)
        raise CaseError(_article_complaint(raw[number - 1], errors, f"{where}: expect #{number}")) from None


def validate_story_expect(raw: Any, where: str, documents: Collection[str]) -> list[StoryEntry]:
    """A ``case.yaml``'s ``expect:`` value as entries, or ``CaseError`` naming the first bad entry."""
    try:
        return _STORY_LIST.validate_python(raw)
    except ValidationError as err:
        if not isinstance(raw, list):
            raise CaseError(
                f"{where}: `expect:` must be a list of {{rule, evidence}} entries (expect: [] for none)"
            ) from None
        number, errors = _first_entry(err)
        raise CaseError(_story_complaint(raw[number - 1], errors, f"{where}: expect #{number}", documents)) from None


def _first_entry(err: ValidationError) -> tuple[int, list[ErrorDetails]]:
    """The 1-based number of the first entry with an error, and that entry's errors (locations within it)."""
    first = min(int(item["loc"][0]) for item in err.errors())
    return first + 1, [{**item, "loc": item["loc"][1:]} for item in err.errors() if item["loc"][0] == first]


def _unknown(entry: Any, errors: Sequence[ErrorDetails], allowed: Sequence[str]) -> str | None:
    keys = sorted((str(item["loc"][-1]) for item in errors if item["type"] == "extra_forbidden"), key=str)
    if not keys:
        return None
    return f": unknown key(s) {', '.join(map(repr, keys))} (allowed: {', '.join(allowed)})"


def _article_complaint(entry: Any, errors: Sequence[ErrorDetails], label: str) -> str:
    """The one sentence for an article entry, in the order a person fixes them: shape, keys, then each field."""
    if not isinstance(entry, dict):
        return f"{label} is a {type(entry).__name__}, not a mapping with `rule` and `text`"
    unknown = _unknown(entry, errors, ARTICLE_KEYS)
    if unknown:
        return label + unknown
    fields = {str(item["loc"][0]): item for item in errors if item["loc"]}
    if "rule" in fields or "text" in fields:
        return f"{label}: `rule` and `text` must both be non-empty strings"
    if "occurrence" in fields:
        return f"{label}: `occurrence` must be a whole number from 1, not {entry.get('occurrence')!r}"
    if "severity" in fields:
        return f"{label}: `severity` must be one of {', '.join(SEVERITIES)}, not {entry.get('severity')!r}"
    return f"{label}: `message` must be a string (a part of the finding's message)"


def _story_complaint(entry: Any, errors: Sequence[ErrorDetails], label: str, documents: Collection[str]) -> str:
    """The one sentence for a story entry (see ``_article_complaint``)."""
    if not isinstance(entry, dict):
        return f"{label} is a {type(entry).__name__}, not a mapping with `rule` and `evidence`"
    top = [item for item in errors if len(item["loc"]) <= 1]
    unknown = _unknown(entry, top, STORY_KEYS)
    if unknown:
        return label + unknown
    fields = {str(item["loc"][0]) if item["loc"] else item["type"]: item for item in errors}
    if "rule" in fields:
        return f"{label}: `rule` must be a non-empty string"
    if "severity" in fields:
        return f"{label}: `severity` must be one of {', '.join(SEVERITIES)}, not {entry.get('severity')!r}"
    if "message" in fields:
        return f"{label}: `message` must be a string (a part of the finding's message)"
    if "both_forms" in fields or ("evidence" in entry and not isinstance(entry["evidence"], list)):
        return f"{label}: give either `evidence: [...]` or `document:` and `text:`, not both"
    if "no_span" in fields:
        return f"{label}: `evidence` lists no span"
    spans = entry["evidence"] if "evidence" in entry else [{k: entry[k] for k in SPAN_KEYS if k in entry}]
    number = min((int(item["loc"][1]) for item in errors if len(item["loc"]) > 1), default=0)
    span = spans[number] if number < len(spans) else {}
    located = [item for item in errors if len(item["loc"]) > 1 and item["loc"][1] == number]
    span_fields = {str(item["loc"][2]) for item in located if len(item["loc"]) > 2} | set(fields)
    if not isinstance(span, dict) or any(item["type"] == "extra_forbidden" for item in located):
        return f"{label}: an evidence span is {{document: <id>, text: <quoted text>, occurrence: <n>}}"
    if span_fields & {"document", "span_document"}:
        return document_complaint(label, span.get("document"), documents)
    if span_fields & {"text", "span_text"}:
        return f"{label}: `text` must be a non-empty string"
    return f"{label}: `occurrence` must be a whole number from 1, not {span.get('occurrence')!r}"


def document_complaint(label: str, document: Any, documents: Collection[str]) -> str:
    """A span names no article of the story."""
    known = ", ".join(sorted(documents))
    return f"{label}: `document` must be the id of an article of the story ({known}), not {document!r}"
