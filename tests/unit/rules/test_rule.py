"""``@rule``: the declaration is checked when it is made, and ``ctx.finding`` labels the output."""

from collections.abc import Iterator
from dataclasses import replace

import pytest

from factcheck import Document, Finding, KnowledgeBase, RuleError, Severity, Span
from factcheck.rules import DocumentContext, RuleSpec, StoryContext, rule

GOOD_DOC = """A thing is wrong.

## Why it matters
Because.

## Stays silent when
- it cannot tell.
"""


def declare(code="FC199", name="thing-mismatch", function_name=None, doc=GOOD_DOC, **options):
    def thing_mismatch(ctx):
        yield from ()

    thing_mismatch.__name__ = function_name or name.replace("-", "_")
    thing_mismatch.__qualname__ = thing_mismatch.__name__
    thing_mismatch.__doc__ = doc
    return rule(code, name, severity=Severity.ERROR, **options)(thing_mismatch)


def test_a_good_declaration_attaches_its_spec():
    function = declare(requires=("date",), aliases=("old-name",))

    spec = function.__factcheck_rule__
    assert isinstance(spec, RuleSpec)
    assert (spec.code, spec.name, spec.severity) == ("FC199", "thing-mismatch", Severity.ERROR)
    assert (spec.requires, spec.aliases) == (("date",), ("old-name",))
    assert spec.summary == "A thing is wrong."
    assert spec.module_name == "fc199_thing_mismatch"
    assert spec.function is function


def test_alias_selects_the_rule():
    spec = declare(aliases=("old-name",)).__factcheck_rule__

    assert spec.matches("old-name")
    assert not spec.matches("other-name")


@pytest.mark.parametrize("code", ["FC1O1", "fc101", "FC10", "FC1011", "101", "FC-101", "TOOLONGX101"])
def test_bad_code_is_refused(code):
    with pytest.raises(RuleError, match="rule code"):
        declare(code=code)


@pytest.mark.parametrize("name", ["Thing-Mismatch", "thing_mismatch", "thingMismatch", "-thing", "thing--x", "thing-"])
def test_name_that_is_not_kebab_case_is_refused(name):
    with pytest.raises(RuleError, match="kebab-case"):
        declare(name=name, function_name="whatever")


def test_function_must_be_named_after_the_rule():
    with pytest.raises(RuleError, match="must be named 'thing_mismatch'"):
        declare(function_name="check_thing")


@pytest.mark.parametrize("doc", [None, "", "   \n  "], ids=["none", "empty", "blank"])
def test_missing_docstring_is_refused(doc):
    with pytest.raises(RuleError, match="no docstring"):
        declare(doc=doc)


@pytest.mark.parametrize(
    "doc",
    [
        "A thing is wrong.\n\n## Why it matters\nBecause.\n",
        "A thing is wrong.\n\n## Stays silent when\n- never.\n",
        "A thing is wrong.\n\n## Stays silent when\n- never.\n\n## Why it matters\nBecause.\n",
    ],
    ids=["no-silence", "no-why", "wrong-order"],
)
def test_required_headings_in_order(doc):
    with pytest.raises(RuleError, match="headings"):
        declare(doc=doc)


def test_summary_line_of_at_most_80_characters():
    with pytest.raises(RuleError, match="80"):
        declare(doc="x" * 81 + GOOD_DOC.partition("\n")[2])


def test_indented_docstring_is_accepted():
    # A docstring written inside the function is indented; cleandoc removes that.
    doc = "A thing is wrong.\n\n    ## Why it matters\n    Because.\n\n    ## Stays silent when\n    - never.\n    "

    assert declare(doc=doc).__factcheck_rule__.summary == "A thing is wrong."


def context(spec=None):
    document = Document(id="doc", text="On Wednesday, Feb. 3, 1998.")
    return DocumentContext(document=document, all_facts=(), kb=KnowledgeBase(), spec=spec)


def test_finding_is_labelled_by_the_running_rule():
    spec = declare().__factcheck_rule__
    ctx = context(spec)

    finding = ctx.finding(
        evidence=[Span(start=3, end=26, text="Wednesday, Feb. 3, 1998")],
        message="wrong",
        expected="Tuesday",
        actual="Wednesday",
    )

    assert (finding.rule, finding.name, finding.severity) == ("FC199", "thing-mismatch", Severity.ERROR)
    assert [(e.document, e.start, e.end, e.text) for e in finding.evidence] == [
        ("doc", 3, 26, "Wednesday, Feb. 3, 1998")
    ]
    assert (finding.expected, finding.actual) == ("Tuesday", "Wednesday")


def test_finding_outside_a_running_rule_is_an_error():
    with pytest.raises(RuleError, match="outside a running rule"):
        context().finding(evidence=[Span(start=0, end=2, text="On")], message="x")


def test_context_is_read_only():
    ctx = context()

    with pytest.raises(AttributeError):
        ctx.document = Document(id="other", text="")
    assert replace(ctx, spec=None).document.id == "doc"


def story_rule(ctx: StoryContext) -> Iterator[Finding]:
    yield from ()


def document_rule(ctx: DocumentContext) -> Iterator[Finding]:
    yield from ()


def declared(function, **options):
    function.__name__ = function.__qualname__ = "thing_mismatch"
    function.__doc__ = GOOD_DOC
    return rule("FC199", "thing-mismatch", severity=Severity.ERROR, **options)(function)


def test_the_scope_is_declared_document_by_default():
    assert declared(document_rule).__factcheck_rule__.scope == "document"
    assert declared(story_rule, scope="story").__factcheck_rule__.scope == "story"


def test_a_story_rule_declared_without_its_scope_is_an_error():
    with pytest.raises(RuleError, match=r"declared scope='document' but takes a StoryContext"):
        declared(story_rule)


def test_a_document_rule_declared_for_stories_is_an_error():
    with pytest.raises(RuleError, match=r"declared scope='story' but takes a DocumentContext"):
        declared(document_rule, scope="story")


def test_an_unknown_scope_is_an_error():
    with pytest.raises(RuleError, match=r"scope 'corpus'"):
        declared(document_rule, scope="corpus")


def test_an_unannotated_rule_takes_its_declared_scope():
    def unannotated(ctx):
        yield from ()

    assert declared(unannotated, scope="story").__factcheck_rule__.scope == "story"
