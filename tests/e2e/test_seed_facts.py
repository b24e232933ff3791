"""Every date and duration of the two seed articles, with the value a news editor would give it."""

from pathlib import Path

import pytest

from factcheck.engine import facts_of
from factcheck.io import read_markdown
from factcheck.model import DateFact, DurationFact

SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"

DAILY = [  # published Sunday 2025-09-28
    ("date", "Sunday", "2025-09-28"),
    ("date", "Saturday", "2025-09-27"),
    ("duration", "four-day", "P4D"),
    ("date", "June 2022", "2022-06"),
    ("date", "September 3", "2025-09-03"),
    ("date", "the next day", "2025-09-04"),
    ("date", "October 10", "2025-10-10"),
    ("date", "This year", "2025"),
    ("duration", "76 years", "P76Y"),
    ("date", "2023", "2023"),
]
AFP = [  # published Monday 2025-09-29
    ("date", "Sept 29, 2025", "2025-09-29"),
    ("date", "Sunday", "2025-09-28"),
    ("duration", "recent years", "PXY"),
    ("date", "Monday", "2025-09-29"),
    ("date", "this month", "2025-09"),
]


@pytest.mark.parametrize(("name", "expected"), [("daily.md", DAILY), ("afp.md", AFP)])
def test_seed_dates_and_durations(name, expected):
    document = read_markdown(SEEDS / name)
    facts = [f for f in facts_of(document, ["date", "duration"]) if isinstance(f, DateFact | DurationFact)]
    assert [(f.kind, f.text, f.value) for f in facts] == expected
    for fact in facts:
        assert document.text[fact.start : fact.end] == fact.text
