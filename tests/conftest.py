"""Shared fixtures: the seed example page."""

from __future__ import annotations

from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (EXAMPLES / "rt_kremlin_putin_biden.txt").read_text(encoding="utf-8")
