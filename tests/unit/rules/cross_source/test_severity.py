"""How sure a cross-source finding is: error when the statement is certainly the same, warning when it is
probable or one report may update the other."""

from factcheck.engine import check
from factcheck.model import Finding, Severity


def findings(first: str, second: str, *, second_published: str = "2024-05-19") -> list[Finding]:
    docs = [
        {"id": "a", "text": first, "published": "2024-05-19", "story": "s", "source": "Harbour Wire"},
        {"id": "b", "text": second, "published": second_published, "story": "s", "source": "Varna Daily"},
    ]
    return [f for f in check(docs).findings if f.rule.startswith("FC3")]


TOLL = "The blast at the Varna refinery killed {} people, the fire service said."


def test_the_same_count_worded_alike_on_one_day_is_an_error():
    (finding,) = findings(TOLL.format(20), TOLL.format(19))
    assert (finding.rule, finding.severity) == ("FC304", Severity.ERROR)


def test_reports_of_different_days_make_it_a_warning():
    (finding,) = findings(TOLL.format(20), TOLL.format(19), second_published="2024-05-20")
    assert (finding.rule, finding.severity) == ("FC304", Severity.WARNING)


def test_a_count_worded_as_a_change_is_a_warning():
    rose = "The death toll from the Varna floods rose to {} people Sunday, the civil defence said."
    (finding,) = findings(rose.format(20), rose.format(19))
    assert finding.severity == Severity.WARNING


def test_a_date_matched_by_predication_only_is_a_warning():
    (finding,) = findings(
        "Tomas Reyes and Ilse Brandt met on Tuesday in Varna to settle the harbour dispute.",
        "Ilse Brandt met Tomas Reyes on Wednesday in the port city, aides said.",
    )
    assert (finding.rule, finding.severity) == ("FC301", Severity.WARNING)


def test_two_lower_bounds_agree():
    least = "Floods in the Varna valley killed at least {} people, the civil defence said."
    assert findings(least.format(15), least.format(14)) == []
