"""Slows down password guessing: after a few failures per user (or many per IP), wait, doubling."""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from app.domain.errors import TooManyRequests


@dataclass(slots=True)
class _Record:
    failures: int = 0
    blocked_until: float = 0.0
    last_failure: float = 0.0


class LoginThrottle:
    """In-memory failure counters keyed by user name and by client IP (one server process)."""

    def __init__(
        self,
        user_threshold: int,
        ip_threshold: int,
        max_delay: int,
        monotonic: Callable[[], float] = time.monotonic,
        forget_after: float = 900.0,
    ) -> None:
        self._user_threshold = user_threshold
        self._ip_threshold = ip_threshold
        self._max_delay = max_delay
        self._now = monotonic
        self._forget_after = forget_after
        self._records: dict[str, _Record] = {}
        self._lock = threading.Lock()

    def check(self, username: str, ip: str) -> None:
        """Raise TooManyRequests (with Retry-After) while either key is blocked."""
        now = self._now()
        with self._lock:
            for key in (f"user:{username.lower()}", f"ip:{ip}"):
                record = self._records.get(key)
                if record is not None and record.blocked_until > now:
                    wait = math.ceil(record.blocked_until - now)
                    raise TooManyRequests(
                        f"too many failed logins; try again in {wait} s",
                        retry_after=wait,
                        code="login_throttled",
                    )

    def failed(self, username: str, ip: str) -> None:
        """Count a failure; past the threshold, block for 1, 2, 4 … seconds (capped)."""
        now = self._now()
        with self._lock:
            for key, threshold in (
                (f"user:{username.lower()}", self._user_threshold),
                (f"ip:{ip}", self._ip_threshold),
            ):
                record = self._records.setdefault(key, _Record())
                if now - record.last_failure > self._forget_after:
                    record.failures = 0
                record.failures += 1
                record.last_failure = now
                over = record.failures - threshold
                if over >= 0:
                    record.blocked_until = now + min(self._max_delay, 2**over)

    def succeeded(self, username: str) -> None:
        """A correct password clears the user's counter (not the IP's)."""
        with self._lock:
            self._records.pop(f"user:{username.lower()}", None)
