"""Shared engine fixtures: the shipped model is loaded once per test session."""

from __future__ import annotations

import pytest

from app.nlp.engine import Engine, load_engine, shipped_model_path


@pytest.fixture(scope="session")
def engine() -> Engine:
    """The engine exactly as the app ships it."""
    return load_engine(shipped_model_path())
