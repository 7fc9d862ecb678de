"""Fixtures for the sync client against the real reference server on 127.0.0.1 (real HTTP, real
SQLite on both sides), plus the helpers the fault tests share."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sync_helpers import shop_settings
from sync_shop import ShopHandle

from app.shopserver.database_setup import prepare_database
from app.store.database import CacheDatabase, open_cache


@pytest.fixture(scope="session")
def seeded_shop_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo-seeded shop database that each test copies."""
    path = tmp_path_factory.mktemp("sync-seed") / "shop.db"
    prepare_database(f"sqlite:///{path}", seed="demo")
    return path


@pytest.fixture
def shop(tmp_path: Path, seeded_shop_file: Path) -> Iterator[ShopHandle]:
    """The demo shop on a fresh copy of the seed, bot off."""
    db_file = tmp_path / "shop.db"
    shutil.copyfile(seeded_shop_file, db_file)
    handle = ShopHandle(shop_settings(db_file)).start()
    try:
        yield handle
    finally:
        handle.stop()


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[CacheDatabase]:
    """A fresh client cache file."""
    database = open_cache(tmp_path / "cache" / "agent.db")
    try:
        yield database
    finally:
        database.close()
