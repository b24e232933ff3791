"""The registry: built-ins discovered, third-party rules from entry points, select and ignore."""

from types import SimpleNamespace

import pytest

import factcheck.rules
from factcheck import RuleError, Severity
from factcheck.rules import FAMILIES, Registry, registry, rule


def codes(specs):
    return [spec.code for spec in specs]


def test_discovers_fc101():
    spec = registry["FC101"]

    assert spec.name == "weekday-date-mismatch"
    assert spec.severity is Severity.ERROR
    assert spec.requires == ("date",)
    assert spec.summary == "A date is given with a weekday it does not fall on."
    assert spec.module_name == "fc101_weekday_date_mismatch"


def test_rules_are_sorted_by_code_and_builtins_are_fc_codes():
    all_codes = codes(registry)

    assert all_codes == sorted(all_codes)
    assert "FC101" in all_codes


def test_every_builtin_code_matches_its_family_package():
    for spec in registry:
        if spec.code.startswith("FC"):
            family = FAMILIES[spec.code[2]]
            assert spec.function.__module__ == f"factcheck.rules.{family}.{spec.module_name}"


def test_empty_select_means_all():
    assert codes(registry.select()) == codes(registry)


@pytest.mark.parametrize("selector", ["FC101", "fc101", "FC1", "FC", "weekday-date-mismatch", " FC101 "])
def test_select_by_code_prefix_or_name(selector):
    assert "FC101" in codes(registry.select([selector]))


@pytest.mark.parametrize("selector", ["FC101", "FC1", "weekday-date-mismatch"])
def test_ignore_by_code_prefix_or_name(selector):
    assert "FC101" not in codes(registry.select(ignore=[selector]))


def test_ignore_wins_over_select():
    assert "FC101" not in codes(registry.select(["FC1"], ["FC101"]))


@pytest.mark.parametrize(
    ("select", "ignore"),
    [(["FC999"], []), ([], ["FC9"]), (["weekday-mismatch"], []), (["FC101", "no-such-rule"], [])],
)
def test_unknown_selector_raises(select, ignore):
    with pytest.raises(RuleError, match="no rule matches"):
        registry.select(select, ignore)


def third_party(code="ACME001", name="acme-check"):
    def acme_check(ctx):
        """Something third parties check.

        ## Why it matters
        It does.

        ## Stays silent when
        - always, in this test.
        """
        yield from ()

    acme_check.__name__ = name.replace("-", "_")
    return rule(code, name, severity=Severity.WARNING)(acme_check)


def fake_entry_points(*loaded):
    entries = [SimpleNamespace(name=f"entry-{i}", load=lambda value=value: value) for i, value in enumerate(loaded)]
    return lambda group: entries if group == "factcheck.rules" else []


def test_third_party_rule_from_an_entry_point(monkeypatch):
    monkeypatch.setattr(factcheck.rules, "entry_points", fake_entry_points(third_party()))

    fresh = Registry()

    assert "ACME001" in codes(fresh)
    assert "FC101" in codes(fresh)
    assert codes(fresh.select(["acme-check"])) == ["ACME001"]


def test_third_party_rule_may_not_take_an_fc_code(monkeypatch):
    monkeypatch.setattr(factcheck.rules, "entry_points", fake_entry_points(third_party(code="FC999")))

    with pytest.raises(RuleError, match="reserved"):
        list(Registry())


def test_entry_point_that_is_not_a_rule_is_refused(monkeypatch):
    monkeypatch.setattr(factcheck.rules, "entry_points", fake_entry_points(print))

    with pytest.raises(RuleError, match="not a function declared with @rule"):
        list(Registry())


def test_two_rules_with_one_code_are_refused(monkeypatch):
    loaded = (third_party(), third_party(name="acme-other"))
    monkeypatch.setattr(factcheck.rules, "entry_points", fake_entry_points(*loaded))

    with pytest.raises(RuleError, match="declared twice"):
        list(Registry())
