"""The per-document core: read → extract → normalize → link → check, the one place that knows the order.

Each step knows nothing of the others; this package runs them for one
document at a time (``check_document``) and for one story (``check_story``),
so that a bad document or a crashing rule never costs the other documents.
The drivers (``engine``, ``processes``, ``streaming``, ``distributed``) share
``prepare`` and differ only in how they move documents and gather stories.

- ``read``: documents from models, mappings and paths (``iter_inputs``);
- ``facts``: extract → normalize, the overlap policy, and the claims and
  events the link step finds from the dates (``facts_of``);
- ``plan``: what a run checks with, prepared once (``Plan``, ``prepare``);
- ``document``: the link stage and the rules, per document and per story;
- ``ignores``: ``FC406`` (unused ignores), settled once the stories have run (``Unsettled``);
- ``mates``: the pre-commit gate's inputs, staged articles with their story mates (``story_mates``).
"""

from factcheck.pipeline.document import (
    DocumentResult,
    StoryResult,
    check_document,
    check_story,
    context_of,
    internal_errors_raised,
)
from factcheck.pipeline.facts import facts_of
from factcheck.pipeline.ignores import Unsettled
from factcheck.pipeline.plan import Plan, Prepared, plan_of, prepare, tool_info
from factcheck.pipeline.read import DocumentInput, Ids, gather_documents, iter_inputs, read_error, record_document

__all__ = [
    "DocumentInput",
    "DocumentResult",
    "Ids",
    "Plan",
    "Prepared",
    "StoryResult",
    "Unsettled",
    "check_document",
    "check_story",
    "context_of",
    "facts_of",
    "gather_documents",
    "internal_errors_raised",
    "iter_inputs",
    "plan_of",
    "prepare",
    "read_error",
    "record_document",
    "tool_info",
]
