"""``--format html``: one self-contained page an editor reads instead of JSON.

Each article with findings is shown whole, its evidence spans highlighted in
the colour of the worst finding resting on them, with the findings beside it:
rule, message, expected and actual, and a link to each span. A cross-source
finding names each side by its outlet ("Daily Wire says “Sunday” · Evening
Post says “Saturday”"), never "expected" and "actual", which would read as
"this one is right". Articles without active findings are collapsed
(``<details>``). Above them, a row per rule gives its counts, a checkbox that
hides its findings, and its help from the registry, embedded so that the page
explains itself offline (``_html_rules``). Baselined and suppressed findings
are shown faded and labelled. The page has no script, loads nothing (a
Content-Security-Policy forbids it) and escapes every piece of article text,
so a hostile article cannot run code in the reader's browser; control
characters (NUL, ESC, C1) and lone surrogates are shown as escapes (``\\x00``),
never written raw. No timestamps: the same report gives the same bytes.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from html import escape
from itertools import pairwise
from typing import TextIO

from factcheck.model import Document, DocumentRef, Evidence, Finding, Report, Severity
from factcheck.report._escape import escape_controls
from factcheck.report._html_rules import RuleIndex, rule_section
from factcheck.text import file_location

__all__ = ["render", "render_page"]

_STYLE = """
:root { --error: #c62828; --warning: #ef6c00; --info: #1565c0; --muted: #6b6b6b; }
* { box-sizing: border-box; }
body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 90rem; padding: 1rem 2rem; color: #1b1b1b; }
header { border-bottom: 1px solid #ddd; margin-bottom: 1rem; }
h1 { font-size: 1.5rem; margin: 0.5rem 0; }
h2 { font-size: 1.15rem; margin: 0; overflow-wrap: anywhere; }
.meta { color: var(--muted); font-size: 0.9rem; margin: 0.25rem 0 0.75rem; overflow-wrap: anywhere; }
article { display: grid; grid-template-columns: minmax(0, 3fr) minmax(16rem, 2fr); gap: 1.5rem;
  border-bottom: 1px solid #eee; padding: 1rem 0; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, serif; line-height: 1.6; }
mark { background: #fff3c4; border-bottom: 3px solid var(--info); padding: 0 1px; }
mark.error { background: #fde0e0; border-bottom-color: var(--error); }
mark.warning { background: #ffe9d2; border-bottom-color: var(--warning); }
mark.quiet { background: #eee; border-bottom-color: #aaa; }
ol.findings { list-style: none; margin: 0; padding: 0; }
ol.findings > li { border-left: 4px solid var(--info); background: #f7f9fc;
  margin: 0 0 0.75rem; padding: 0.5rem 0.75rem; }
li.error { border-left-color: var(--error) !important; }
li.warning { border-left-color: var(--warning) !important; }
li.quiet { opacity: 0.6; }
.rule { font-weight: 600; }
.badge { border-radius: 0.25rem; color: #fff; font-size: 0.75rem; padding: 0 0.35rem; text-transform: uppercase; }
.badge.error { background: var(--error); } .badge.warning { background: var(--warning); }
.badge.info { background: var(--info); } .badge.state { background: var(--muted); }
.message { margin: 0.25rem 0; }
dl { display: grid; grid-template-columns: auto 1fr; gap: 0 0.75rem; margin: 0.25rem 0; font-size: 0.9rem; }
dt { color: var(--muted); } dd { margin: 0; overflow-wrap: anywhere; }
ul.evidence { font-size: 0.9rem; margin: 0.25rem 0 0; padding-left: 1.1rem; }
.clean { color: var(--muted); }
.errors li { color: var(--error); }
.sides { margin: 0.25rem 0; } .outlet { font-weight: 600; }
details.article > summary { cursor: pointer; padding: 0.5rem 0; }
details.article > summary h2 { display: inline; }
article.collapsed { display: block; }
section.rules ul.rules { list-style: none; padding: 0; margin: 0.5rem 0; }
li.rule-row { padding: 0.25rem 0; border-bottom: 1px solid #f0f0f0; }
details.help { margin: 0.25rem 0 0.25rem 1.5rem; font-size: 0.9rem; }
details.help h4 { margin: 0.5rem 0 0.1rem; font-size: 0.9rem; }
details.help p, details.help ul { margin: 0.1rem 0; }
"""

_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def _quiet(finding: Finding) -> bool:
    return finding.baselined or finding.suppressed


def _anchor(finding_number: int, evidence_number: int) -> str:
    return f"f{finding_number}-e{evidence_number}"


def _doc_anchor(document_number: int) -> str:
    return f"doc-{document_number}"


def _worst(findings: list[Finding]) -> str:
    """The class of a highlighted segment: its worst active finding's severity, or ``quiet``."""
    active = [f for f in findings if not _quiet(f)]
    if not active:
        return "quiet"
    return max(active, key=lambda f: f.severity.rank).severity.value


def _highlighted(document: Document, spans: list[tuple[Evidence, int, int, Finding]]) -> str:
    """The document's text with each evidence span in a ``<mark>``; overlapping spans split into segments."""
    text = document.text
    cuts = sorted(
        {0, len(text), *(min(e.start, len(text)) for e, *_ in spans), *(min(e.end, len(text)) for e, *_ in spans)}
    )
    starts: dict[int, list[str]] = defaultdict(list)
    for evidence, number, index, _ in spans:
        starts[evidence.start].append(_anchor(number, index))
    parts: list[str] = []
    for left, right in pairwise(cuts):
        parts.extend(f'<span id="{anchor}"></span>' for anchor in starts.get(left, []))
        segment = escape(text[left:right])
        covering = [(n, f) for e, n, _, f in spans if e.start <= left and right <= e.end and e.start < e.end]
        if covering:
            titles = "; ".join(f"{f.rule} {f.name}" for _, f in covering)
            refs = " ".join(f"#{n}" for n, _ in covering)
            parts.append(
                f'<mark class="{_worst([f for _, f in covering])}" title="{escape(titles)} ({refs})">{segment}</mark>'
            )
        else:
            parts.append(segment)
    # A zero-length or out-of-text span still gets its anchor.
    parts.extend(
        f'<span id="{anchor}"></span>'
        for position, anchors in starts.items()
        if position >= len(text)
        for anchor in anchors
    )
    return "".join(parts)


def _outlets(finding: Finding, documents: Mapping[str, Document]) -> dict[str, str] | None:
    """Document id → the outlet that speaks for it, when the finding sets documents against each other.

    The outlet is the document's ``source``, else its id; two documents of one outlet are told apart by id.
    ``None`` for a finding within one document.
    """
    ids = list(dict.fromkeys(e.document for e in finding.evidence))
    if len(ids) < 2:
        return None
    names = {doc_id: (d.source if (d := documents.get(doc_id)) is not None and d.source else doc_id) for doc_id in ids}
    shared = Counter(names.values())
    return {
        doc_id: f"{name} ({doc_id})" if shared[name] > 1 and name != doc_id else name for doc_id, name in names.items()
    }


def _finding_item(
    finding: Finding,
    number: int,
    documents: Mapping[str, Document],
    doc_numbers: Mapping[str, int],
    rules: RuleIndex,
) -> str:
    severity = finding.severity.value
    state = "baselined" if finding.baselined else "suppressed" if finding.suppressed else ""
    classes = f"finding {severity} quiet" if state else f"finding {severity}"
    badges = f'<span class="badge {severity}">{severity}</span>'
    badges += f' <span class="badge state">{state}</span>' if state else ""
    lines = [
        f'<li class="{classes}" id="f{number}" data-rule="{rules.numbers[finding.rule]}">',
        f'<div><a class="rule" href="#{rules.anchor(finding.rule)}" title="what {escape(finding.rule)} checks">'
        f"{escape(finding.rule)}</a> {escape(finding.name)} {badges}</div>",
        f'<p class="message">{escape(finding.message)}</p>',
    ]
    outlets = _outlets(finding, documents)

    def quoted(index: int, evidence: Evidence) -> str:
        quote = f"“{escape(evidence.text)}”"
        return f'<a href="#{_anchor(number, index)}">{quote}</a>' if evidence.document in doc_numbers else quote

    if outlets is not None:  # each side by its outlet: neither is "expected"
        sides = [
            f'<span class="side"><span class="outlet">{escape(outlets[e.document])}</span> says {quoted(i, e)}</span>'
            for i, e in enumerate(finding.evidence)
        ]
        lines.append(f'<p class="sides">{" · ".join(sides)}</p>')
    else:
        pairs = (("expected", finding.expected), ("actual", finding.actual))
        values = [(label, value) for label, value in pairs if value]
        if values:
            lines.append("<dl>" + "".join(f"<dt>{k}</dt><dd>{escape(v)}</dd>" for k, v in values) + "</dl>")
    lines.append('<ul class="evidence">')
    for index, evidence in enumerate(finding.evidence):
        where = file_location(documents.get(evidence.document), evidence.document, evidence.start)
        label = f'<span class="outlet">{escape(outlets[evidence.document])}</span>: ' if outlets else ""
        lines.append(f'<li>{label}{quoted(index, evidence)} <span class="meta">{escape(where)}</span></li>')
    lines.append("</ul></li>")
    return "\n".join(lines)


def _summary(report: Report) -> str:
    counts = Counter(f.severity.value for f in report.active)
    parts = [f"{counts[s.value]} {s.value}{'s' if counts[s.value] != 1 else ''}" for s in Severity if counts[s.value]]
    quiet = sum(_quiet(f) for f in report.findings)
    parts += [f"{quiet} baselined or suppressed"] if quiet else []
    total = len(report.findings)
    documents = len(report.documents)
    text = f"{total} finding{'s' if total != 1 else ''}" + (f" ({', '.join(parts)})" if parts else "")
    text += f" in {documents} document{'s' if documents != 1 else ''}"
    if report.errors:
        text += f"; {len(report.errors)} input error{'s' if len(report.errors) != 1 else ''}"
    return text


def _article(
    ref: DocumentRef,
    number: int,
    findings: list[tuple[int, Finding]],
    documents: Mapping[str, Document],
    doc_numbers: Mapping[str, int],
    rules: RuleIndex,
) -> str:
    document = documents.get(ref.id)
    meta = [ref.path or "(not from a file)"]
    if document is not None:
        meta += [f"published {document.published.isoformat()}"] if document.published else ["no publication date"]
        meta += [document.source] if document.source else []
        meta += [f"story {document.story}"] if document.story else []
    heading = escape(document.title) if document is not None and document.title else escape(ref.id)
    spans = [
        (evidence, n, index, finding)
        for n, finding in findings
        for index, evidence in enumerate(finding.evidence)
        if evidence.document == ref.id
    ]
    # Findings whose first evidence is elsewhere (cross-source) are listed with their first document.
    listed = [(n, f) for n, f in findings if f.evidence[0].document == ref.id]
    body = _highlighted(document, spans) if document is not None else ""
    meta_line = f'<p class="meta">{escape(ref.id)} · {escape(" · ".join(meta))}</p>'
    items = "\n".join(_finding_item(f, n, documents, doc_numbers, rules) for n, f in listed)
    if all(_quiet(f) for _, f in findings):  # nothing to act on: one line, the text a click away
        quiet = len(findings)
        state = f"{quiet} baselined or suppressed finding{'s' if quiet != 1 else ''}" if quiet else "No findings."
        return "\n".join(
            [
                f'<article id="{_doc_anchor(number)}" class="collapsed">',
                '<details class="article">',
                f'<summary><h2>{heading}</h2> <span class="clean">{escape(state)}</span></summary>',
                meta_line,
                f'<div class="text">{body}</div>',
                *([f'<ol class="findings">\n{items}\n</ol>'] if listed else []),
                "</details>",
                "</article>",
            ]
        )
    elsewhere = [
        f'<li data-rule="{rules.numbers[f.rule]}"><a href="#f{n}">{escape(f.rule)} {escape(f.name)}</a>, '
        f"listed with {escape(f.evidence[0].document)}</li>"
        for n, f in findings
        if f.evidence[0].document != ref.id
    ]
    aside = (f'<ol class="findings">\n{items}\n</ol>' if listed else "") + (
        f'<ul class="elsewhere">{"".join(elsewhere)}</ul>' if elsewhere else ""
    )
    return "\n".join(
        [
            f'<article id="{_doc_anchor(number)}">',
            "<div>",
            f"<h2>{heading}</h2>",
            meta_line,
            f'<div class="text">{body}</div>',
            "</div>",
            f'<aside aria-label="findings in {escape(ref.id)}">{aside}</aside>',
            "</article>",
        ]
    )


def render_page(report: Report, documents: Mapping[str, Document]) -> str:
    """The whole HTML page for a report (only tabs and line ends of its text are kept raw)."""
    numbered = list(enumerate(report.findings, start=1))
    doc_numbers = {ref.id: number for number, ref in enumerate(report.documents, start=1)}
    by_document: dict[str, list[tuple[int, Finding]]] = defaultdict(list)
    for n, finding in numbered:
        for doc_id in dict.fromkeys(e.document for e in finding.evidence):
            by_document[doc_id].append((n, finding))
    rules = RuleIndex(report.findings)
    articles = [
        _article(ref, doc_numbers[ref.id], by_document.get(ref.id, []), documents, doc_numbers, rules)
        for ref in report.documents
    ]
    with_findings = [ref for ref in report.documents if by_document.get(ref.id)]
    contents = ""
    if with_findings:
        links = "".join(
            f'<li><a href="#{_doc_anchor(doc_numbers[ref.id])}">{escape(ref.id)}</a> ({len(by_document[ref.id])})</li>'
            for ref in with_findings
        )
        contents = f'<nav aria-label="documents with findings"><p>Documents with findings:</p><ul>{links}</ul></nav>'
    errors = ""
    if report.errors:
        items = "".join(f"<li>{escape(e.code)} {escape(e.where)}: {escape(e.message)}</li>" for e in report.errors)
        errors = f'<section class="errors"><h2>Input errors</h2><ul>{items}</ul></section>'
    page = "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en">',
            "<head>",
            '<meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            "<title>factcheck report</title>",
            f"<style>{_STYLE}{rules.css()}\n</style>",
            "</head>",
            "<body>",
            "<header>",
            "<h1>factcheck report</h1>",
            f'<p class="meta" id="summary">{escape(_summary(report))} · '
            f"{escape(report.tool.name)} {escape(report.tool.version)}</p>",
            contents,
            rule_section(report.findings, rules),
            "</header>",
            "<main>",
            *articles,
            errors,
            "</main>",
            "</body>",
            "</html>",
        ]
    )
    return escape_controls(page, keep="\n\t")


def render(report: Report, out: TextIO, *, documents: Mapping[str, Document]) -> None:
    """Write the report as one self-contained HTML page."""
    out.write(render_page(report, documents))
    out.write("\n")
