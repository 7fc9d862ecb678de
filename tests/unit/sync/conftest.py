"""A fresh, migrated cache file per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.store.database import CacheDatabase, open_cache


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[CacheDatabase]:
    """An empty cache at the newest schema."""
    database = open_cache(tmp_path / "cache.db")
    try:
        yield database
    finally:
        database.close()
