"""Fixtures shared by the core tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def rules_alone(monkeypatch):
    """The verdict rules alone: the word-statistics fill must not hide what the rules call (or fail to)."""
    monkeypatch.setenv("PAPERTUI_NO_VERDICT_MODEL", "1")
