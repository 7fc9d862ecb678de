"""Remembers who a bearer token belongs to for a few seconds, so polling clients skip the database.

A logout in this process forgets the token at once; elsewhere (another server process) a revoked
or expired token is honoured for at most `ttl_seconds` more.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from datetime import datetime, timedelta

from app.domain.agents import Agent
from app.shopserver.auth.tokens import token_digest


class AgentSessions:
    """token digest → (agent, token expiry, cached at), least recently used dropped first."""

    def __init__(
        self,
        ttl_seconds: float = 5.0,
        capacity: int = 10_000,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._ttl = ttl_seconds
        self._capacity = capacity
        self._now = monotonic
        self._entries: OrderedDict[str, tuple[Agent, datetime, float]] = OrderedDict()
        self._seen: dict[str, datetime] = {}
        self._lock = threading.Lock()

    def should_mark_seen(self, agent_id: str, now: datetime, every: timedelta) -> bool:
        """True at most once per `every` per agent: time to record that the agent is active."""
        with self._lock:
            last = self._seen.get(agent_id)
            if last is not None and now - last < every:
                return False
            self._seen[agent_id] = now
            return True

    def get(self, token: str, now: datetime) -> Agent | None:
        """The agent for a token seen recently and not yet expired."""
        key = token_digest(token)
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            agent, expires_at, cached_at = entry
            if expires_at <= now or self._now() - cached_at > self._ttl:
                del self._entries[key]
                return None
            self._entries.move_to_end(key)
            return agent

    def put(self, token: str, agent: Agent, expires_at: datetime) -> None:
        """Remember a token just checked against the database."""
        with self._lock:
            self._entries[token_digest(token)] = (agent, expires_at, self._now())
            self._entries.move_to_end(token_digest(token))
            while len(self._entries) > self._capacity:
                self._entries.popitem(last=False)

    def forget(self, token: str) -> None:
        """Drop a token (logout)."""
        with self._lock:
            self._entries.pop(token_digest(token), None)

    def forget_agent(self, agent_id: str) -> None:
        """Drop every token of an agent (presence or profile changed)."""
        with self._lock:
            for key in [k for k, (a, _, _) in self._entries.items() if a.id == agent_id]:
                del self._entries[key]
