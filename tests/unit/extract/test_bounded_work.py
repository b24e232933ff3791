"""Every scanner does work linear in its input (issue 17, items 7 and 10).

Two halves make the proof. The regex half: every family pattern has a bounded
maximum match width, so a match tried at one start position reads at most a
constant number of characters (``re`` cannot re-read an unbounded run from
every start). The Python half: on a text of one trigger word repeated, the
number of Python and C calls the scan makes grows linearly with the number of
repetitions. Work is counted, never timed.
"""

from __future__ import annotations

import re
import re._parser as sre_parse
import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

import pytest

from factcheck.extract import dates, durations, money
from factcheck.extract._families import MAX_REPEAT, bounded
from factcheck.extract.dates import scan_dates
from factcheck.extract.durations import scan_durations
from factcheck.extract.money import scan_money
from factcheck.extract.numbers import scan_numbers
from factcheck.extract.numerals import read_numerals, scan_numerals
from factcheck.extract.quantities import scan_quantities

_PATTERNS = [
    *((f"money:{m.name}", m.pattern) for m in money._FAMILIES.members),
    *((f"dates:{m.name}", m.pattern) for m in dates._FAMILIES.members),
    *((f"durations:{name}", pattern) for name, pattern in durations._PATTERNS),
]


@pytest.mark.parametrize(("name", "pattern"), _PATTERNS, ids=[name for name, _ in _PATTERNS])
def test_every_family_pattern_has_a_bounded_match_width(name: str, pattern: re.Pattern[str]) -> None:
    _, high = sre_parse.parse(pattern.pattern, pattern.flags).getwidth()
    assert high < 100_000, f"{name} can match {high} characters from one start"


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"a+b*c?", r"a{1,9}b{0,9}c?"),
        (r"\d{1,3}(?:,\d{3})+", r"\d{1,3}(?:,\d{3}){1,9}"),
        (r"[+*]+\+", r"[+*]{1,9}\+"),
        (r"[]+]*", r"[]+]{0,9}"),
        (r"(?P<n>x)?(?:ab)*?", r"(?P<n>x)?(?:ab){0,9}?"),
        (r"a+?b*+", r"a{1,9}?b{0,9}+"),
        (r"x{2,}y{3}?", r"x{2,9}y{3}?"),
        (r"(?<![\w.])(?-i:x)", r"(?<![\w.])(?-i:x)"),
    ],
)
def test_bounded_rewrites_only_unbounded_repetitions(pattern: str, expected: str) -> None:
    assert bounded(pattern, 9) == expected
    assert sre_parse.parse(bounded(pattern, 9)).getwidth()[1] < 1000


def test_bounded_keeps_every_match_a_window_can_hold() -> None:
    pattern = re.compile(bounded(r"\$\s*\d+(?:,\d{3})*"))
    assert pattern.fullmatch("$" + " " * MAX_REPEAT + "1,000,000")


def _calls(scan: Callable[[str], object], text: str) -> int:
    """The Python and C calls ``scan(text)`` makes: a measure of work that no other load on the machine alters."""
    count = 0

    def profile(frame: FrameType, event: str, arg: Any) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    scan_numerals.cache_clear()
    sys.setprofile(profile)
    try:
        scan(text)
    finally:
        sys.setprofile(None)
    return count


_TRIGGERS = {
    "money": (scan_money, ["first ", "$", "$1 ", "one hundred and ", "dollars ", "1 ", "USD "]),
    "dates": (scan_dates, ["Friday, ", "Nov. ", "the 1st ", "1 ", "2001 ", "the first ", "week of "]),
    "durations": (scan_durations, ["years ", "1 ", "two ", "5 and a half "]),
    "numbers": (scan_numbers, ["first ", "one hundred and ", "1 ", "thousands of "]),
    "quantities": (scan_quantities, ["1 ", "km ", "one "]),
}
_CASES = [(kind, scan, word) for kind, (scan, words) in _TRIGGERS.items() for word in words]


@pytest.mark.parametrize(("kind", "scan", "word"), _CASES, ids=[f"{k}-{w.strip()}" for k, _, w in _CASES])
def test_repeated_trigger_words_cost_linear_work(kind: str, scan: Callable[[str], object], word: str) -> None:
    small, large = _calls(scan, word * 200), _calls(scan, word * 800)
    assert large <= 4 * small * 1.3 + 1000, f"{kind}: {small} calls for 200 repetitions, {large} for 800"


def test_issue17_item7_one_hundred_and_repeated_500_times_reads_without_recursion() -> None:
    found = read_numerals("one hundred and " * 500)
    assert found
    assert {n.value for n in found} <= {100.0, 101.0}


def test_issue17_item7_minus_repeated_reads_without_recursion() -> None:
    assert [n.value for n in read_numerals("minus " * 2000 + "five")] == [-5]


def test_issue17_item10_first_repeated_3400_times_money_scan_is_linear() -> None:
    text = "first " * 3400
    assert scan_money(text) == []
    assert _calls(scan_money, text) <= 4 * _calls(scan_money, "first " * 850) * 1.3 + 1000
    widths = [sre_parse.parse(m.pattern.pattern, m.pattern.flags).getwidth()[1] for m in money._FAMILIES.members]
    assert max(widths) < 100_000
