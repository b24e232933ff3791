"""FC102 (a length against its range) and FC104 (a tense against the date's side of publication)."""

import pytest

from factcheck.engine import check


def rules(text: str, published: str | None = "2025-09-28") -> list[str]:
    return [f.rule for f in check([{"id": "t", "text": text, "published": published}]).findings]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("She began a four-day visit that runs from Saturday to Thursday.", ["FC102"]),
        ("She began a four-day visit that runs from Saturday to Tuesday.", []),
        ("She began a four-day visit that runs from Saturday to Wednesday.", []),  # four nights
        ("The two-week course ran from Sept. 1, 2025 to Sept. 14, 2025.", []),
        ("The two-week course ran from Sept. 1, 2025 to Sept. 24, 2025.", ["FC102"]),
        ("She began a visit of more than four days from Saturday to Thursday.", []),  # hedged
        ("She began a four-day visit on Saturday. She leaves on Thursday.", []),  # no range
    ],
)
def test_fc102(text, found):
    assert rules(text) == found


@pytest.mark.parametrize(
    ("text", "published", "found"),
    [
        ("The ministers will hold talks on Oct. 3, 2025.", "2025-10-10", ["FC104"]),
        ("The ministers will hold talks on Oct. 3, 2025.", "2025-09-28", []),
        ("The ministers will hold talks on Oct. 3.", "2025-10-10", []),  # year from the tense: consistent
        ("The summit was held on Oct. 30, 2025, officials said.", "2025-10-10", ["FC104"]),
        ("The summit was held on Oct. 3, 2025, officials said.", "2025-10-10", []),
        ("The ministers will hold talks on Oct. 9, 2025.", "2025-10-10", []),  # a day of slack
        ("The ministers will hold talks on Oct. 3, 2025.", None, []),
    ],
)
def test_fc104(text, published, found):
    assert rules(text, published) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Choe Son-hui met Wang Yi on Sunday. At the meeting on Sept. 27, 2025, Choe Son-hui and Wang Yi spoke.",
            ["FC103"],
        ),
        ("Choe Son-hui met Wang Yi on Sunday. At the meeting on Sept. 28, 2025, Choe Son-hui and Wang Yi spoke.", []),
        # two occurrences, weeks apart: "met again"
        ("Choe Son-hui met Wang Yi on Sunday. At the meeting on Sept. 7, 2025, Choe Son-hui and Wang Yi spoke.", []),
        # "the next day" is no calendar date
        ("Choe Son-hui met Wang Yi on Sunday. Choe Son-hui and Wang Yi met again the next day.", []),
        # another event's names
        ("Choe Son-hui met Wang Yi on Sunday. At the meeting on Sept. 27, 2025, Kim Jong Un and Xi Jinping spoke.", []),
    ],
)
def test_fc103(text, found):
    assert rules(text, "2025-09-29") == found
