"""Whether the shop server is reachable, as the offline banner shows it."""

from __future__ import annotations

import asyncio
import contextlib
import time
from enum import StrEnum
from typing import TYPE_CHECKING

from app.services.change_bus import ChangeBus
from app.services.changes import Changes

if TYPE_CHECKING:
    from app.sync.client import SyncClient

CHECK_SECONDS = 0.25
# A reconnect that succeeds within this grace does not flash the banner.
OFFLINE_AFTER_SECONDS = 1.5


class ConnectionState(StrEnum):
    """What the status bar and the banner say."""

    CONNECTING = "connecting"
    ONLINE = "online"
    OFFLINE = "offline"
    LOGIN_REQUIRED = "login_required"


class ConnectionWatch:
    """Follows the event feed's liveness (the sync client has no offline callback yet)."""

    def __init__(self, client: SyncClient, bus: ChangeBus) -> None:
        self.client = client
        self.bus = bus
        self.state = ConnectionState.CONNECTING
        self._down_since: float | None = time.monotonic()
        self._task: asyncio.Task[None] | None = None
        client.on_login_required(lambda _reason: self._set(ConnectionState.LOGIN_REQUIRED))

    def _set(self, state: ConnectionState) -> None:
        if state is not self.state:
            self.state = state
            self.bus.publish(Changes(connection=True))

    def check(self) -> None:
        """Look at the feed once."""
        if not self.client.auth.logged_in:
            self._set(ConnectionState.LOGIN_REQUIRED)
            return
        if self.client.feed.live:
            self._down_since = None
            self._set(ConnectionState.ONLINE)
            return
        now = time.monotonic()
        if self._down_since is None:
            self._down_since = now
        if now - self._down_since >= OFFLINE_AFTER_SECONDS:
            self._set(ConnectionState.OFFLINE)

    async def run(self) -> None:
        """Check until cancelled."""
        while True:
            self.check()
            await asyncio.sleep(CHECK_SECONDS)

    def start(self) -> None:
        """Run in the background."""
        if self._task is None:
            self._task = asyncio.ensure_future(self.run())

    async def stop(self) -> None:
        """Stop checking."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
