"""What the link stage makes of a document, shown (``factcheck extract --kb``).

For each document: every KB form in the text and the entity it links to, or
why it links to none (a form several entities share); every claim and the KB
date it will be checked against, or why it will not be (its subject names no
KB entity, a form several entities share, several entities, or no date the
verb names); every amount or count linked to a reference figure. Nobody has
to guess why "since the museum was founded" was not checked.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TextIO

from factcheck.link.entities import AmbiguousMention, EntityIndex, EntityMention
from factcheck.link.statements import Claim, Linked, Statement
from factcheck.model import Document, Fact

__all__ = ["explain_links", "write_links_text"]


def _mention(mention: EntityMention | AmbiguousMention) -> dict[str, Any]:
    where = {"text": mention.text, "start": mention.start, "end": mention.end}
    if isinstance(mention, EntityMention):
        return {**where, "entity": mention.entity.name}
    return {**where, "entity": None, "why": "ambiguous", "candidates": [e.name for e in mention.entities]}


def _why_not(statement: Statement[Claim], linked: Linked) -> str:
    claim = statement.claim
    if not statement.about:
        start, end = claim.subject_start, claim.subject_end
        shared = [m for m in linked.ambiguous if start <= m.start and m.end <= end]
        if shared:
            names = ", ".join(e.name for e in shared[-1].entities)
            return f'ambiguous: "{shared[-1].text}" names {names}'
        return "unknown: no KB entity is what the claim is about"
    if len(statement.about) > 1:
        return "several entities: " + ", ".join(e.name for e in statement.about)
    entity = statement.about[0]
    if not entity.dates:
        return f"no date: {entity.name} has none in the KB"
    verb = f'"{claim.verb}"' if claim.verb else "the claim"
    return f"no date: {verb} names none of {entity.name}'s dates ({', '.join(entity.dates)}) clearly"


def _claim(statement: Statement[Claim], linked: Linked) -> dict[str, Any]:
    claim, reference = statement.claim, statement.reference
    row: dict[str, Any] = {
        "kind": claim.kind, "text": claim.text, "start": claim.start, "end": claim.end, "subject": claim.subject,
        "about": [e.name for e in statement.about],
    }  # fmt: skip
    if reference is not None:
        row["reference"] = {"entity": reference.entity.name, "key": reference.key, "value": reference.value}
    else:
        row["reference"] = None
        row["why"] = _why_not(statement, linked)
    return row


def explain_links(document: Document, facts: list[Fact], index: EntityIndex) -> dict[str, Any]:
    """The links of one document as plain data: ``entities``, ``claims`` and ``figures``, each in text order."""
    linked = Linked(document, facts, index)
    found: list[EntityMention | AmbiguousMention] = [*linked.entities, *linked.ambiguous]
    mentions = sorted(found, key=lambda m: (m.start, m.end))
    figures = [
        {
            "text": s.fact.text, "start": s.fact.start, "end": s.fact.end,
            "figure": s.figure.model_dump(mode="json", exclude_none=True),
        }
        for s in linked.figures
    ]  # fmt: skip
    return {
        "entities": [_mention(m) for m in mentions],
        "claims": [_claim(s, linked) for s in linked.statements],
        "figures": figures,
    }


def write_links_text(out: TextIO, doc_id: str, facts: Sequence[Any], links: dict[str, list[dict[str, Any]]]) -> None:
    """``extract --kb --format text``: the facts as ``extract`` prints them, then each link and why not."""
    out.write(f"{doc_id}\n")
    for fact in facts:
        value = getattr(fact, "value", None) or getattr(fact, "amount", "")
        out.write(f"  {fact.start:>6}-{fact.end:<6} {fact.kind:9} {fact.text!r} → {value}\n")
    for mention in links["entities"]:
        target = mention["entity"] or f"none: ambiguous ({', '.join(mention['candidates'])})"
        out.write(f"  {mention['start']:>6}-{mention['end']:<6} entity    {mention['text']!r} → {target}\n")
    for claim in links["claims"]:
        ref = claim["reference"]
        target = (
            f"{ref['entity']} {ref['key']} {ref['value']}" if isinstance(ref, dict) else f"not checked: {claim['why']}"
        )
        out.write(f"  {claim['start']:>6}-{claim['end']:<6} claim     {claim['text']!r} → {target}\n")
    for stated in links["figures"]:
        figure = stated["figure"]
        source = f" ({figure['source']})" if figure.get("source") else ""
        about = " and ".join(figure["about"])
        target = f"{figure['what']} of {about} in {figure['period']}: {figure['value']:,.0f} {figure['unit']}{source}"
        out.write(f"  {stated['start']:>6}-{stated['end']:<6} figure    {stated['text']!r} → {target}\n")
