"""FC206 reference-figure-mismatch."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.link.figures import FigureStatement
from factcheck.model import Finding, MoneyFact, Severity
from factcheck.rules._rule import DocumentContext, rule


def _step(value: float) -> float:
    """The place of the last digit a stated amount gives: 48,000 → 1,000; 2.3 billion → 100 million; 12.5 → 0.1.

    Trailing zeros are read as rounding, never as precision the writer did not mean.
    """
    if value != int(value):
        decimals = len(f"{value:.6f}".rstrip("0").split(".")[1])
        return float(10**-decimals)
    number, step = abs(int(value)), 1
    while number and number % (step * 10) == 0:
        step *= 10
    return float(step)


def _n(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,}"


def _disagreement(stated: FigureStatement) -> str | None:
    """Why the stated amount cannot be the figure at the precision and bound the text gives, or ``None``."""
    fact, true = stated.fact, stated.figure.value
    said = fact.amount if isinstance(fact, MoneyFact) else fact.value
    high = fact.amount_max if isinstance(fact, MoneyFact) else None
    step = _step(said)
    if high is not None:
        if said - step / 2 <= true <= high + step / 2:
            return None
        return f"{_n(true)} is outside {_n(said)}–{_n(high)}"
    if fact.bound == "lower":
        return None if true >= said else f"{_n(true)} is not more than {_n(said)}"
    if fact.bound == "upper":
        return None if true <= said else f"{_n(true)} is not less than {_n(said)}"
    rounded = round(true / step) * step
    if fact.bound == "approx":
        if abs(true - said) <= step:
            return None
        gap = _n(abs(true - said))
        return f"{_n(true)} is {gap} from {_n(said)}, more than the {_n(step)} an approximate figure allows"
    if abs(true - said) <= step / 2:
        return None
    return f"rounded to the nearest {_n(step)} that is {_n(rounded)}, not {_n(said)}"


@rule("FC206", "reference-figure-mismatch", severity=Severity.ERROR, requires=("money", "number", "date"))
def reference_figure_mismatch(ctx: DocumentContext) -> Iterator[Finding]:
    """An amount or count differs from the reference figure it states.

    ## Why it matters
    "Trade between Norvania and Tessary reached $3 billion in 2023" is wrong
    when the customs statistics the newsroom vouches for say 2,295,000,000:
    the figure is in the knowledge base (`figures:`, or a CSV table), so the
    article can be checked against it before it is published.

    ## Stays silent when
    - the sentence does not name every entity the figure is about, by a form
      that names that entity alone;
    - it does not name the measured thing (the figure's `what` or an alias);
    - the unit differs (another currency, another counted noun), or the figure
      has no unit or no period;
    - the date nearest the amount in the sentence is not the figure's period;
    - two figures could be meant and their values differ;
    - the text is true at the precision and bound it states: "exceeded $2
      billion" (a lower bound), "about $2.3 billion" (one unit of the last
      digit either way), "$2.3 billion" (2,295,000,000 rounded to the nearest
      100,000,000).

    ## Arithmetic
    The stated amount's precision is the place of its last non-zero digit
    (48,000: thousands; $2.3 billion: hundred millions). An exact amount must
    be the figure rounded to that place; "about" allows one unit of it either
    way; "more than" and "less than" are checked as bounds; a range must hold
    the figure.
    """
    for stated in ctx.figures:
        why = _disagreement(stated)
        if why is None:
            continue
        figure = stated.figure
        about = " and ".join(entity.name for entity in stated.about)
        source = f"{figure.source} (knowledge base)" if figure.source else "the knowledge base"
        yield ctx.finding(
            evidence=[stated.fact],
            expected=f"{_n(figure.value)} {figure.unit}",
            actual=stated.fact.text,
            message=(
                f'"{stated.fact.text}": {source} gives {figure.what} of {about} in {figure.period} as '
                f"{_n(figure.value)} {figure.unit}; {why}"
            ),
        )
