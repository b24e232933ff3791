"""SI conversion, and the quantulum3 pitfalls handled once, each named after its test."""

import subprocess
import sys

import pytest

from factcheck.normalize.quantities import si_value


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        (700, "kilometers", (700000, "m")),
        (1, "mile", (1609.344, "m")),
        (10, "feet", (3.048, "m")),
        (1, "kg", (1, "kg")),
        (1, "metric tons", (1000, "kg")),
        (1, "sq km", (1e6, "m2")),
        (1, "km²", (1e6, "m2")),
        (1, "acres", (4046.8564224, "m2")),
        (1, "mph", (0.44704, "m/s")),
        (1, "knots", (0.514444444444, "m/s")),
        (1, "liters", (0.001, "m3")),
        (1, "cubic meters", (1, "m3")),
    ],
)
def test_si_values(value, unit, expected):
    converted = si_value(value, unit)
    assert converted is not None
    assert converted[1] == expected[1]
    assert converted[0] == pytest.approx(expected[0])


def test_hectares_plural_is_read():
    """quantulum3 reads "1 hectares" as a bare number; it is rewritten to "ha" first."""
    assert si_value(2, "hectares") == (20000.0, "m2")


def test_nautical_miles_are_not_a_bare_number():
    assert si_value(1, "nautical miles") == (1852.0, "m")


def test_miles_an_hour_is_a_speed():
    """quantulum3 reads "miles an hour" as two quantities, a length and a time."""
    assert si_value(60, "miles an hour") == (pytest.approx(26.8224), "m/s")


def test_kms_and_kmh_are_read():
    assert si_value(3, "kms") == (3000.0, "m")
    assert si_value(36, "kmh") == (10.0, "m/s")


def test_tons_are_metric():
    assert si_value(1, "tons") == (1000.0, "kg")


def test_an_unknown_unit_gives_nothing():
    assert si_value(5, "furlongs per fortnight squared") is None


def test_inflect_loads_without_typeguard_instrumentation():
    # inflect decorates its methods with typeguard's @typechecked, which recompiles its whole source once per
    # method: seconds in every process. quantulum3 is loaded with the decorator a no-op, and it is put back.
    code = (
        "import typeguard\n"
        "original = typeguard.typechecked\n"
        "from factcheck.normalize._quantulum import read_unit\n"
        "assert read_unit('km/h').entity == 'speed'\n"
        "import inflect\n"
        "assert typeguard.typechecked is original\n"
        "print('CHECKED', 'check_argument_types_internal' in inflect.engine.plural.__code__.co_names)\n"
    )

    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)

    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.splitlines()[-1] == "CHECKED False"
