"""The HTML report's rule section: a row per rule with its counts and a filter, and the rule's help, embedded.

The help is the rule's docstring (its summary, "Why it matters" and "Stays
silent when"), taken from the registry, so the page explains each finding when
opened offline (a CI artifact, an e-mail attachment). The filter needs no
script: a checkbox per rule, and one CSS rule each that hides the rule's
findings while the box is unchecked (``:has()``), so the page keeps its
``default-src 'none'`` Content-Security-Policy.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from html import escape

from factcheck.model import Finding

__all__ = ["RuleIndex", "help_html", "rule_section"]

_SECTIONS = ("Why it matters", "Stays silent when")
_CODE = re.compile(r"``?([^`]+)``?")


class RuleIndex:
    """The rules of a report, in code order, each with a number for its ids (codes of plugins are arbitrary text)."""

    def __init__(self, findings: Iterable[Finding]) -> None:
        self.names = {f.rule: f.name for f in sorted(findings, key=lambda f: f.rule)}
        self.numbers = {code: number for number, code in enumerate(self.names, start=1)}

    def anchor(self, code: str) -> str:
        return f"rule-{self.numbers[code]}"

    def toggle(self, code: str) -> str:
        return f"show-rule-{self.numbers[code]}"

    def css(self) -> str:
        """One rule per rule code: its findings are hidden while its box is unchecked."""
        return "\n".join(
            f'body:has(#show-rule-{n}:not(:checked)) [data-rule="{n}"] {{ display: none; }}'
            for n in self.numbers.values()
        )


def _inline(text: str) -> str:
    """Escaped text, with ``code`` spans as <code>."""
    parts = _CODE.split(text)
    return "".join(f"<code>{escape(part)}</code>" if index % 2 else escape(part) for index, part in enumerate(parts))


def _sections(doc: str) -> dict[str, list[str]]:
    """The docstring's ``## Heading`` sections, each as its paragraphs and list items (joined lines)."""
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for raw in doc.splitlines()[1:]:
        line = raw.strip()
        if line.startswith("## "):
            current = sections.setdefault(line[3:].strip(), [])
        elif current is None or not line:
            if current is not None and current and current[-1]:
                current.append("")
        elif line.startswith("- ") or not current or not current[-1]:
            current.append(line)
        else:
            current[-1] += " " + line
    return {heading: [block for block in blocks if block] for heading, blocks in sections.items()}


def help_html(code: str) -> str:
    """The rule's help from its docstring, as HTML; empty for a code the registry does not know."""
    from factcheck.rules import registry

    spec = registry.rules.get(code)
    if spec is None or not spec.doc:
        return ""
    parts = [f'<p class="summary">{_inline(spec.summary)}</p>']
    sections = _sections(spec.doc)
    for heading in _SECTIONS:
        blocks = sections.get(heading, [])
        if not blocks:
            continue
        parts.append(f"<h4>{escape(heading)}</h4>")
        items = [block[2:] for block in blocks if block.startswith("- ")]
        prose = [block for block in blocks if not block.startswith("- ")]
        parts += [f"<p>{_inline(block)}</p>" for block in prose]
        if items:
            parts.append("<ul>" + "".join(f"<li>{_inline(item)}</li>" for item in items) + "</ul>")
    return "\n".join(parts)


def rule_section(findings: Sequence[Finding], index: RuleIndex) -> str:
    """The per-rule summary: counts, a checkbox that shows or hides the rule's findings, and the rule's help."""
    from factcheck.report import rule_url

    if not index.names:
        return ""
    active = Counter(f.rule for f in findings if not (f.baselined or f.suppressed))
    quiet = Counter(f.rule for f in findings if f.baselined or f.suppressed)
    severity = {f.rule: f.severity.value for f in sorted(findings, key=lambda f: -f.severity.rank)}
    rows = []
    for code, name in index.names.items():
        counts = f"{active[code]}" + (f" (+{quiet[code]} baselined or suppressed)" if quiet[code] else "")
        help_text = help_html(code)
        details = (
            f'<details class="help"><summary>What {escape(code)} checks</summary>\n{help_text}\n'
            f'<p class="meta"><a href="{escape(rule_url(code))}">the rule\'s page online</a></p></details>'
            if help_text
            else ""
        )
        rows.append(
            f'<li id="{index.anchor(code)}" class="rule-row">'
            f'<input type="checkbox" id="{index.toggle(code)}" checked> '
            f'<label for="{index.toggle(code)}"><span class="rule">{escape(code)}</span> {escape(name)} '
            f'<span class="badge {severity[code]}">{severity[code]}</span> '
            f'<span class="count" data-count="{active[code]}">{escape(counts)}</span></label>'
            f"{details}</li>"
        )
    return (
        '<section class="rules" aria-label="findings by rule"><h2>Findings by rule</h2>'
        '<p class="meta">Untick a rule to hide its findings.</p>\n<ul class="rules">\n'
        + "\n".join(rows)
        + "\n</ul></section>"
    )
