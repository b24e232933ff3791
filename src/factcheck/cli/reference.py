"""``factcheck extract``, ``rules``, ``kb lint``, ``schema`` and ``docs``: facts, catalogue, reference data."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click

from factcheck.cli._shared import (
    _SEVERITIES,
    EXIT_ERROR,
    EXIT_FINDINGS,
    EXIT_OK,
    _fail,
    _kb,
    _not_over_inputs,
    _out,
    _output,
    _paths,
    _say,
    main,
)
from factcheck.errors import FactcheckError, InputError

if TYPE_CHECKING:
    pass


@main.command()
@_paths
@_kb
@click.option("--format", "fmt", type=click.Choice(["json", "text"]), default="json", show_default=True)
@_out
def extract(paths: tuple[str, ...], kb: tuple[str, ...], fmt: str, output: str | None) -> None:
    """Print the dates, durations and amounts each article states, normalized (with --kb: what each links to)."""
    from factcheck.engine import extract as run_extract

    if kb:
        _extract_links(paths, kb, fmt, output)
    try:
        _not_over_inputs(output, paths)
        result = run_extract(paths)
        with _output(output) as out:
            if fmt == "json":
                out.write(result.model_dump_json(indent=2, exclude_defaults=False) + "\n")
            else:
                for doc in result.documents:
                    out.write(f"{doc.id}\n")
                    for fact in doc.facts:
                        value = getattr(fact, "value", None) or getattr(fact, "amount", "")
                        out.write(f"  {fact.start:>6}-{fact.end:<6} {fact.kind:9} {fact.text!r} → {value}\n")
    except FactcheckError as err:
        _fail(err)
    for error in result.errors:
        _say(f"{error.code} {error.where}: {error.message}")
    sys.exit(EXIT_ERROR if result.errors else EXIT_OK)


# ---- factcheck extract --kb: the facts, and what the link stage makes of them ----------------------------------


def _extract_links(paths: Sequence[str], kb_files: Sequence[str], fmt: str, output: str | None) -> NoReturn:
    """``extract --kb``: each document's facts, then its entity links, claims and figures; exits."""
    from factcheck.io import load_kbs
    from factcheck.link.entities import EntityIndex
    from factcheck.pipeline import facts_of, gather_documents
    from factcheck.pipeline.explain import explain_links, write_links_text
    from factcheck.pipeline.read import read_error

    kb_errors: list[InputError] = []
    try:
        index = EntityIndex(load_kbs(kb_files, errors=kb_errors))
        documents, errors = gather_documents(paths)
        with _output(output) as out:
            rows = []
            for document in documents:
                facts = facts_of(document)
                links = explain_links(document, facts, index)
                if fmt == "json":
                    rows.append(
                        {"id": document.id, "facts": [f.model_dump(mode="json") for f in facts], "links": links}
                    )
                else:
                    write_links_text(out, document.id, facts, links)
            if fmt == "json":
                out.write(json.dumps({"documents": rows}, indent=2, ensure_ascii=False) + "\n")
    except FactcheckError as err:
        _fail(err)
    for error in [*map(read_error, kb_errors), *errors]:
        click.echo(f"factcheck: {error.code} {error.where}: {error.message}", err=True)
    sys.exit(EXIT_ERROR if errors or kb_errors else EXIT_OK)


# ---- end of factcheck extract --kb -----------------------------------------------------------------------------


@main.command()
@click.argument("codes", nargs=-1, metavar="[CODE]...")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--fixtures", default="fixtures/rules", show_default=True, metavar="DIR",
              help="The rule fixtures, whose cases a rule's examples show (when the folder exists).")  # fmt: skip
@_kb
def rules(codes: tuple[str, ...], fmt: str, fixtures: str, kb: tuple[str, ...]) -> None:
    """List the rule catalogue, or explain the rules named (code, name or alias, in any case)."""
    from factcheck.rules import registry

    if codes:
        _explain(codes, fmt, Path(fixtures), kb)
        return
    specs = list(registry)
    if fmt == "json":
        rows = [{"code": s.code, "name": s.name, "severity": s.severity.value, "summary": s.summary} for s in specs]
        click.echo(json.dumps([*rows, *_lint_rows()], indent=2))
        return
    for spec in specs:
        click.echo(f"{spec.code}  {spec.name:32} {spec.severity.value:8} {spec.summary}")
    _lint_rules()


def _explain(codes: Sequence[str], fmt: str, fixtures: Path, kb_files: Sequence[str]) -> None:
    """``factcheck rules CODE...``: each rule's page in the terminal (or its fields in JSON); exit 2 on a name
    that is no rule, before anything is printed. The examples are checked against ``--kb``, else the KB the
    fixtures are tested with."""
    from factcheck.cli.explain import explain, find_rules, fixture_kb
    from factcheck.io import load_kbs

    try:
        found = find_rules(codes)
        knowledge = load_kbs(list(kb_files) or (fixture_kb(Path.cwd()) if fixtures.is_dir() else []))
        explained = [explain(rule, fixtures, knowledge) for rule in found]
    except FactcheckError as err:
        _fail(err)
    if fmt == "json":
        click.echo(json.dumps([item.row() for item in explained], indent=2, ensure_ascii=False))
        return
    click.echo("\n".join(item.text() for item in explained), nl=False)


# ---- factcheck kb lint: the reference data checked (KB001...) -------------------------------------------------


def _lint_rows() -> list[dict[str, str]]:
    """The KB lint codes as ``factcheck rules --format json`` lists them, after the rules."""
    from factcheck.kblint import LINT_CHECKS

    return [
        {"code": c.code, "name": c.name, "severity": c.severity.value, "summary": c.summary, "family": "kb-lint"}
        for c in LINT_CHECKS.values()
    ]


def _lint_rules() -> None:
    for row in _lint_rows():
        click.echo(f"{row['code']}  {row['name']:32} {row['severity']:8} {row['summary']} (factcheck kb lint)")


@main.group("kb")
def kb_group() -> None:
    """Work with reference data (knowledge-base files and figure tables)."""


@kb_group.command("lint")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--format", "fmt", type=click.Choice(["text", "json", "sarif", "junit", "github"]), default="text",
              show_default=True)  # fmt: skip
@_out
@click.option("--fail-on", type=click.Choice(_SEVERITIES), default="error", show_default=True,
              help="Lowest severity that fails the run.")  # fmt: skip
@click.option("--as-of", "as_of", metavar="DATE", help="Dates after DATE (YYYY-MM-DD) are reported [today].")
def kb_lint(files: tuple[str, ...], fmt: str, output: str | None, fail_on: str, as_of: str | None) -> None:
    """Check KB files (YAML, JSON, CSV figure tables), read together as one knowledge base.

    Exit status as for check: 0 clean, 1 a finding at or above --fail-on, 2 a file that cannot be read.
    """
    from datetime import date

    from factcheck.kblint import lint
    from factcheck.model import Severity
    from factcheck.pipeline import tool_info
    from factcheck.report import get_formatter

    try:
        day = date.fromisoformat(as_of) if as_of else date.today()  # the CLI reads the clock; the checks never do
    except ValueError:
        _fail(FactcheckError(f"--as-of {as_of!r} is not a date (YYYY-MM-DD)"))
    try:
        linted = lint(files, day, tool_info())
        with _output(output) as out:
            get_formatter(fmt)(linted.report, out, documents=linted.documents)
    except FactcheckError as err:
        _fail(err)
    for error in linted.report.errors:
        if fmt != "text" or output:
            click.echo(f"factcheck: {error.code} {error.where}: {error.message}", err=True)
    if linted.report.errors:
        sys.exit(EXIT_ERROR)
    failing = fail_on != "never" and linted.report.at_or_above(Severity(fail_on))
    sys.exit(EXIT_FINDINGS if failing else EXIT_OK)


# ---- end of factcheck kb lint ----------------------------------------------------------------------------------


_SCHEMAS = ("report", "facts", "kb", "document")


@main.command()
@click.argument("of", type=click.Choice(_SCHEMAS), default="report")
def schema(of: str) -> None:
    """Print the JSON Schema of the report (or of extracted facts, a KB, a document)."""
    from pydantic import BaseModel

    from factcheck.model import Document, ExtractReport, KnowledgeBase, Report

    models: dict[str, type[BaseModel]] = {
        "report": Report,
        "facts": ExtractReport,
        "kb": KnowledgeBase,
        "document": Document,
    }
    # The output is committed as docs/schema/report.schema.json; JSON has no comments, so a key says so.
    command = "factcheck schema" if of == "report" else f"factcheck schema {of}"
    document = {"$comment": f"generated by `{command}`; do not edit", **models[of].model_json_schema()}
    click.echo(json.dumps(document, indent=2))


@main.command()
@click.option("--fixtures", default="fixtures/rules", show_default=True, metavar="DIR", help="The rule fixtures.")
@click.option("-o", "--output", default="docs/rules", show_default=True, metavar="DIR", help="Where pages go.")
@_kb
@click.option("--check", "check_only", is_flag=True, help="Write nothing; exit 1 when a page is out of date.")
def docs(fixtures: str, output: str, kb: tuple[str, ...], check_only: bool) -> None:
    """Write the rule catalogue pages (one per rule, from its docstring and fixtures)."""
    from factcheck.catalogue import render_pages, stale_pages
    from factcheck.io import load_kbs
    from factcheck.rules import registry

    folder = Path(output)
    try:
        pages = render_pages(list(registry), Path(fixtures), load_kbs(list(kb)))
    except FactcheckError as err:
        _fail(err)
    stale = stale_pages(pages, folder)
    if check_only:
        for name in stale:
            _say(f"{folder / name} is out of date; run `factcheck docs`")
        sys.exit(EXIT_FINDINGS if stale else EXIT_OK)
    from factcheck.io import atomic

    try:
        folder.mkdir(parents=True, exist_ok=True)
        for name in stale:
            path = folder / name
            if name in pages:
                atomic.write_atomic(path, pages[name])
            else:
                path.unlink()  # the page of a rule that no longer exists
    except OSError as err:
        _fail(FactcheckError(f"cannot write {folder}: {err.strerror or err}"))
    click.echo(f"factcheck: {len(stale)} of {len(pages)} pages in {folder} updated", err=True)
