"""Fixtures: one demo seed per session, a fresh shop per test, and workspaces on it."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest

from app.services.analyzer_slot import AnalyzerSlot
from app.services.workspace import Workspace, open_workspace
from app.sync.settings import SyncSettings
from app.sync.token_store import MemoryTokenStore
from tests.unit.services.shop_harness import RechargeAnalyzer, Shop, seed_file

T = TypeVar("T")


@pytest.fixture(scope="session")
def shop_seed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo shop, seeded once."""
    return seed_file(tmp_path_factory.mktemp("shop-seed"))


@pytest.fixture
def shop(shop_seed: Path, tmp_path: Path) -> Iterator[Shop]:
    """A running shop on a copy of the seed."""
    running = Shop.from_seed(shop_seed, tmp_path)
    try:
        yield running
    finally:
        running.stop()


def fast_sync(server: str) -> SyncSettings:
    """Short heartbeats and backoff, so a stopped server is noticed and healed within a test."""
    return SyncSettings(
        server=server,
        heartbeat_timeout=2.0,
        reconnect_base=0.05,
        reconnect_cap=0.3,
        retry_base=0.05,
        retry_cap=0.3,
        request_timeout=5.0,
        connect_timeout=2.0,
    )


def make_workspace(shop: Shop, folder: Path, username: str = "agent01") -> Workspace:
    """A workspace on its own cache, with the test analyzer and an in-memory token."""
    engine = AnalyzerSlot(loader=RechargeAnalyzer)
    return open_workspace(
        shop.url, username, folder, engine, token_store=MemoryTokenStore(), settings=fast_sync(shop.url)
    )


@contextlib.asynccontextmanager
async def started_workspace(shop: Shop, folder: Path, username: str = "agent01") -> AsyncIterator[Workspace]:
    """A logged-in, started workspace (`make_workspace`), stopped when the block ends."""
    workspace = make_workspace(shop, folder, username)
    await workspace.login(username, "kefu123")
    await workspace.start()
    try:
        yield workspace
    finally:
        await workspace.stop()


def run(coroutine: Coroutine[Any, Any, T], timeout: float = 60) -> T:
    """Run one async test body with a time limit."""
    return asyncio.run(asyncio.wait_for(coroutine, timeout))


async def eventually(check: Callable[[], Awaitable[bool]], timeout: float = 10.0) -> None:
    """Wait until an async condition holds (polled; fails after `timeout`)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not await check():
        if loop.time() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.02)
