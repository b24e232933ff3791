"""Shared test setup.

The factcheck plugin is loaded by its ``pytest11`` entry point; listing it in
``pytest_plugins`` as well would register it twice, which pluggy refuses.

Hypothesis profiles: ``ci`` (the default) keeps the suite fast; run with
``HYPOTHESIS_PROFILE=fuzz`` to search long. Tests leave ``max_examples`` to
the profile, so that ``fuzz`` reaches every property.
"""

import os

import pytest
from hypothesis import settings

pytest_plugins = ["pytester"]

settings.register_profile("ci", max_examples=100, deadline=None, print_blob=True)
settings.register_profile("fuzz", max_examples=100_000, deadline=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(autouse=True)
def _plain_reports(monkeypatch: pytest.MonkeyPatch) -> None:
    """The text report's expectations are the plain bytes: a FORCE_COLOR or NO_COLOR in the shell that runs the
    suite must not colour them (tests/e2e/test_cli_terminal.py sets these variables where it means them)."""
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
