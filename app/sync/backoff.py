"""Exponential backoff with jitter, so many clients cut off together do not come back together."""

from __future__ import annotations

import random


def jittered_delay(attempt: int, base: float, cap: float, rng: random.Random | None = None) -> float:
    """The wait before retry number `attempt` (1-based): half fixed, half random ("equal jitter")."""
    ceiling = min(cap, base * (2 ** max(0, attempt - 1)))
    return ceiling / 2 + (rng or random).uniform(0, ceiling / 2)


class Backoff:
    """Counts consecutive failures and says how long to wait before the next try."""

    def __init__(self, base: float, cap: float, rng: random.Random | None = None) -> None:
        self.base = base
        self.cap = cap
        self.failures = 0
        self._rng = rng or random.Random()

    def next_delay(self) -> float:
        """Record a failure and return the wait before the next attempt."""
        self.failures += 1
        return jittered_delay(self.failures, self.base, self.cap, self._rng)

    def reset(self) -> None:
        """A success: the next failure starts from the base delay again."""
        self.failures = 0
