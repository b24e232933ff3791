"""Money: a ``MoneyMention`` → a ``MoneyFact`` with an amount, an ISO 4217 code and a bound.

The currency comes from the marker the text writes ("$" → USD, "c$" → CAD,
"yuan" → CNY, "50 cents" → 0.5 USD). Where the marker names several
currencies the text around it decides, or the code stays ``None`` rather
than a guess:

- "¥" is yuan or yen: the country the text around it speaks of (China,
  Beijing, yuan, RMB; Japan, Tokyo, yen) decides, and neither or both leave
  it open;
- a "penny" is British or American by the same kind of cue;
- "francs" were French francs until the euro replaced them (notes stopped
  being legal tender on 2002-02-17); after that the word names Swiss, CFA
  and other francs alike, so an article published later gets ``None``.
"""

from __future__ import annotations

import re
from datetime import date

from factcheck.extract.mentions import MoneyMention
from factcheck.lexicon.currencies import CODES, CURRENCY_NAMES, SUBUNITS, SYMBOLS
from factcheck.lexicon.hedges import BOUNDS
from factcheck.model import Bound, MoneyFact

__all__ = ["currency_code", "to_money_fact"]

_FRANC_ENDS = date(2002, 2, 17)
"""The last day French franc notes were legal tender."""
_CUES: dict[str, dict[str, re.Pattern[str]]] = {
    "¥": {
        "CNY": re.compile(r"\b(?:China|Chinese|Beijing|Shanghai|yuan|RMB|renminbi)\b", re.IGNORECASE),
        "JPY": re.compile(r"\b(?:Japan|Japanese|Tokyo|Osaka|yen|Nikkei)\b", re.IGNORECASE),
    },
    "penny": {
        "GBP": re.compile(r"£|\b(?:pence|sterling|Britain|British|London|England|U\.?K\.?)\b", re.IGNORECASE),
        "USD": re.compile(r"\$|\b(?:cents|U\.S\.|American|dollars?)\b", re.IGNORECASE),
    },
}


def _by_context(marker: str, context: str) -> str | None:
    """The currency the text around a mention points to, when it points to exactly one."""
    hits = [code for code, cue in _CUES[marker].items() if cue.search(context)]
    return hits[0] if len(hits) == 1 else None


def currency_code(marker: str, context: str = "", anchor: date | None = None) -> str | None:
    """The ISO 4217 code a currency marker names here, or ``None`` when the text leaves it open."""
    if marker in ("¥", "penny", "pennies"):
        return _by_context("¥" if marker == "¥" else "penny", context)
    if marker in ("franc", "francs") and anchor is not None and anchor > _FRANC_ENDS:
        return None
    if marker in SYMBOLS:
        return SYMBOLS[marker]
    if marker in SUBUNITS:
        return SUBUNITS[marker][0]
    if marker in CODES:
        return CODES[marker]
    return CURRENCY_NAMES.get(marker)


def to_money_fact(mention: MoneyMention, anchor: date | None = None) -> MoneyFact:
    """The fact a mention states: "50 cents" → 0.5 USD; "exceeded $2 billion" → 2e9 USD, bound ``lower``."""
    factor = SUBUNITS[mention.marker][1] if mention.marker in SUBUNITS else 1.0
    bound: Bound = BOUNDS.get(mention.bound or "", "exact")  # type: ignore[assignment]
    return MoneyFact(
        text=mention.text,
        start=mention.start,
        end=mention.end,
        amount=_round(mention.amount * factor),
        currency=currency_code(mention.marker, mention.context, anchor),
        bound=bound,
        amount_max=_round(mention.amount_max * factor) if mention.amount_max is not None else None,
    )


def _round(value: float) -> float:
    """Drop binary noise ("2.20 cents" → 0.022, not 0.022000000000000002), keeping 12 significant digits."""
    return float(f"{value:.12g}")
