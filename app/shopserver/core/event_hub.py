"""Wakes event readers (long-poll and SSE) when events for them commit.

Writers run in worker threads; readers are coroutines on the server's event loop. `publish` is
thread-safe and only says "something new for these targets": readers then read the database
after their cursor, so a wake-up can never lose or reorder an event.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterable


class EventWaiter:
    """One reader's registration; arm it before reading the database, then wait."""

    def __init__(self, hub: EventHub, targets: frozenset[str]) -> None:
        self._hub = hub
        self.targets = targets
        self._future: asyncio.Future[None] | None = None

    def arm(self) -> None:
        """Start listening (call before reading, so an event committed meanwhile still wakes us)."""
        self._future = asyncio.get_running_loop().create_future()
        self._hub._register(self)

    def _fire(self) -> None:
        if self._future is not None and not self._future.done():
            self._future.set_result(None)

    async def wait(self, timeout: float) -> bool:
        """True when woken, False on timeout or hub shutdown."""
        if self._future is None:
            raise RuntimeError("arm() first")
        try:
            await asyncio.wait_for(asyncio.shield(self._future), timeout)
        except TimeoutError:
            return False
        finally:
            self._hub._unregister(self)
        return not self._hub.closed

    def close(self) -> None:
        """Stop listening."""
        self._hub._unregister(self)


class EventHub:
    """The fan-out of 'new events' signals from writer threads to waiting readers."""

    def __init__(self) -> None:
        self._loop: asyncio.AbstractEventLoop | None = None
        self._waiters: set[EventWaiter] = set()
        self._lock = threading.Lock()
        self.closed = False

    def bind(self, loop: asyncio.AbstractEventLoop) -> None:
        """Attach to the server's loop (at start-up)."""
        self._loop = loop
        self.closed = False

    def waiter(self, targets: Iterable[str]) -> EventWaiter:
        """A waiter for events addressed to any of `targets`."""
        return EventWaiter(self, frozenset(targets))

    def publish(self, targets: Iterable[str]) -> None:
        """Signal new events for `targets` (from any thread)."""
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        wanted = frozenset(targets)
        try:
            loop.call_soon_threadsafe(self._wake, wanted)
        except RuntimeError:  # the loop closed between the check and the call
            return

    def shutdown(self) -> None:
        """Wake everyone so streams end (server stopping)."""
        self.closed = True
        loop = self._loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self._wake_all)

    def _register(self, waiter: EventWaiter) -> None:
        with self._lock:
            self._waiters.add(waiter)

    def _unregister(self, waiter: EventWaiter) -> None:
        with self._lock:
            self._waiters.discard(waiter)

    def _wake(self, targets: frozenset[str]) -> None:
        with self._lock:
            waiters = [w for w in self._waiters if "all" in targets or not w.targets.isdisjoint(targets)]
        for waiter in waiters:
            waiter._fire()

    def _wake_all(self) -> None:
        with self._lock:
            waiters = list(self._waiters)
        for waiter in waiters:
            waiter._fire()
