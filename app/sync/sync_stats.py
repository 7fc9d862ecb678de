"""Counters and latency samples of a sync session (the headless runner prints them)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any


def percentile(samples: list[float], share: float) -> float | None:
    """The `share` (0..1) percentile by nearest rank; None without samples."""
    if not samples:
        return None
    ordered = sorted(samples)
    rank = max(1, math.ceil(share * len(ordered)))
    return ordered[rank - 1]


@dataclass
class SyncStats:
    """What happened since the client started."""

    events_applied: int = 0
    events_skipped: int = 0
    events_redelivered: int = 0
    duplicates: int = 0
    messages_cached: int = 0
    backlog_messages: int = 0
    history_messages: int = 0
    stream_connects: int = 0
    polls: int = 0
    reconnects: int = 0
    heartbeat_timeouts: int = 0
    outbox_sent: int = 0
    outbox_failed: int = 0
    outbox_retries: int = 0
    latency_ms: list[float] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """Figures ready for JSON (latency percentiles in milliseconds)."""
        p50 = percentile(self.latency_ms, 0.50)
        p95 = percentile(self.latency_ms, 0.95)
        return {
            "events_applied": self.events_applied,
            "events_skipped": self.events_skipped,
            "events_redelivered": self.events_redelivered,
            "duplicates": self.duplicates,
            "messages_cached": self.messages_cached,
            "backlog_messages": self.backlog_messages,
            "history_messages": self.history_messages,
            "stream_connects": self.stream_connects,
            "polls": self.polls,
            "reconnects": self.reconnects,
            "heartbeat_timeouts": self.heartbeat_timeouts,
            "latency_samples": len(self.latency_ms),
            "latency_p50_ms": round(p50, 1) if p50 is not None else None,
            "latency_p95_ms": round(p95, 1) if p95 is not None else None,
            "outbox_sent": self.outbox_sent,
            "outbox_failed": self.outbox_failed,
            "outbox_retries": self.outbox_retries,
        }
