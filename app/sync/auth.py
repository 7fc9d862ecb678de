"""The logged-in agent and their token; a 401 anywhere sends the client back to login.

While logged out the feed and the outbox wait: nothing queued is dropped.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from app.domain.agents import Agent
from app.sync.token_store import TokenStore

log = logging.getLogger(__name__)


class AgentAuth:
    """Token state of one session; `login_required` listeners hear when the token stops working."""

    def __init__(self, store: TokenStore, server_key: str) -> None:
        self.store = store
        self.server_key = server_key
        self.token: str | None = None
        self.agent: Agent | None = None
        self.username: str | None = None
        self._ready = asyncio.Event()
        self._listeners: list[Callable[[str], None]] = []

    def account(self, username: str) -> str:
        """The keyring account of `username` on this server."""
        return f"{username}@{self.server_key}"

    def on_login_required(self, listener: Callable[[str], None]) -> None:
        """Call `listener(reason)` whenever the token is found dead."""
        self._listeners.append(listener)

    def saved_token(self, username: str) -> str | None:
        """A token remembered from an earlier session."""
        return self.store.load(self.account(username))

    def accept(self, username: str, token: str, agent: Agent, *, remember: bool = True) -> None:
        """A fresh (or restored and verified) token: the feed and outbox may go on."""
        self.username = username
        self.token = token
        self.agent = agent
        if remember:
            self.store.save(self.account(username), token)
        self._ready.set()

    def invalidate(self, reason: str) -> None:
        """The server said 401: forget the token and ask for login (once per dead token)."""
        if self.token is None and not self._ready.is_set():
            return
        self.token = None
        self._ready.clear()
        if self.username is not None:
            self.store.delete(self.account(self.username))
        log.warning("logged out by the server (%s); waiting for a new login, outbox paused", reason)
        for listener in list(self._listeners):
            listener(reason)

    @property
    def logged_in(self) -> bool:
        """Whether a token is in use."""
        return self.token is not None

    async def wait_logged_in(self) -> None:
        """Return once a token is available."""
        await self._ready.wait()
