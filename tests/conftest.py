"""Shared fixtures."""

from __future__ import annotations

import pytest


@pytest.fixture
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run the command line in English (``POORTWACHTER_LANG=en``): for tests that check
    the English wording of errors; Dutch, the default, has tests of its own."""
    monkeypatch.setenv("POORTWACHTER_LANG", "en")


@pytest.fixture
def dutch(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run the command line in Dutch, the default, in a module that runs in English."""
    monkeypatch.setenv("POORTWACHTER_LANG", "nl")


@pytest.fixture(autouse=True)
def no_language_from_outside(monkeypatch: pytest.MonkeyPatch) -> None:
    """A developer's own POORTWACHTER_LANG must not change what the tests see."""
    monkeypatch.delenv("POORTWACHTER_LANG", raising=False)
