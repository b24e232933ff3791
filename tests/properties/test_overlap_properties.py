"""The overlap policy is a sweep (issue 9: 10,000 dates cost 10,000 steps): it keeps exactly what the
all-pairs definition keeps, on any set of facts."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given
from hypothesis import strategies as st

from factcheck.pipeline.facts import _CONTAINERS, _INSIDE, _TEMPORAL, _without_overlaps


@dataclass(frozen=True, eq=False)
class Span:
    kind: str
    start: int
    end: int


def by_definition(facts):
    """The policy as stated, comparing every pair: the reference the sweep must equal."""
    kept = []
    for fact in sorted(facts, key=lambda f: (f.start, -(f.end - f.start), f.kind)):
        clash = any(k.kind in _TEMPORAL and k.start < fact.end and fact.start < k.end for k in kept)
        if fact.kind in _TEMPORAL and clash:
            continue
        kept.append(fact)
    containers = [f for f in kept if f.kind in _CONTAINERS]
    return [
        f
        for f in kept
        if not any(
            c.kind in _INSIDE.get(f.kind, ())
            and c.start < f.end
            and f.start < c.end
            and not (f.start <= c.start and c.end <= f.end and f.end - f.start > c.end - c.start)
            for c in containers
        )
    ]


KINDS = ["date", "duration", "money", "number", "quantity", "event", "elapsed"]
spans = st.builds(
    lambda kind, start, length: Span(kind, start, start + length),
    st.sampled_from(KINDS),
    st.integers(0, 40),
    st.integers(1, 12),
)


@given(st.lists(spans, max_size=20))
def test_the_sweep_keeps_what_the_definition_keeps(facts):
    assert [id(f) for f in _without_overlaps(facts)] == [id(f) for f in by_definition(facts)]
