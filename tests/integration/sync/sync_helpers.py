"""Helpers the sync integration tests share: settings, a client factory, async waiting."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Coroutine
from pathlib import Path
from typing import Any, TypeVar

from sync_shop import CHANNEL_KEY

from app.shopserver.settings import ServerSettings
from app.store.database import CacheDatabase
from app.sync.client import SyncClient
from app.sync.settings import SyncSettings
from app.sync.token_store import MemoryTokenStore

T = TypeVar("T")


def shop_settings(db_file: Path, **overrides: Any) -> ServerSettings:
    """Test-friendly server settings: bot off (chats go straight to agents), quick heartbeats."""
    values: dict[str, Any] = {
        "db_url": f"sqlite:///{db_file}",
        "sse_heartbeat_seconds": 0.3,
        "bot_enabled": False,
        "channel_key": CHANNEL_KEY,
        "idempotency_stale_seconds": 3,
    }
    values.update(overrides)
    return ServerSettings(**values)


def fast_settings(server_url: str, **overrides: Any) -> SyncSettings:
    """Client settings with short heartbeats and backoff, so faults heal within the test."""
    values: dict[str, Any] = {
        "server": server_url,
        "heartbeat_timeout": 1.5,
        "reconnect_base": 0.02,
        "reconnect_cap": 0.25,
        "retry_base": 0.05,
        "retry_cap": 0.5,
        "request_timeout": 5.0,
        "connect_timeout": 2.0,
        "longpoll_wait": 2.0,
    }
    values.update(overrides)
    return SyncSettings(**values)


def new_client(settings: SyncSettings, database: CacheDatabase) -> SyncClient:
    """A client whose token stays in memory (tests never touch the OS keyring)."""
    return SyncClient(settings, database, token_store=MemoryTokenStore())


def run_async(coro: Coroutine[Any, Any, T], timeout: float = 150) -> T:
    """Run one async test body with an overall time limit."""
    return asyncio.run(asyncio.wait_for(coro, timeout))


async def wait_until(
    check: Callable[[], Awaitable[bool]] | Callable[[], bool], timeout: float = 20, what: str = "condition"
) -> None:
    """Poll `check` (sync or async) until true; fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if asyncio.iscoroutine(result):
            result = await result
        if result:
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.05)
