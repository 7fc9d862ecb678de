"""Turns one event from the wire into a domain change, or into a skip with a reason.

A bad event (unknown type, malformed or oversized data) is skipped, never fatal: its seq is still
applied, so the feed moves past it instead of asking for it forever.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pydantic import ValidationError

from app.domain.events import EventType
from app.protocol.events import EVENT_DATA_MODELS

KNOWN_TYPES = {str(t): t for t in EventType}
_SEQ_IN_HEAD = re.compile(rb'"seq"\s*:\s*(\d{1,19})')


@dataclass(frozen=True, slots=True)
class IncomingEvent:
    """One event: its seq and type, the domain object it carries, or why it is skipped."""

    seq: int
    type: str
    payload: Any = None
    at: datetime | None = None
    problem: str | None = None


def _seq_of(raw: Any) -> int | None:
    if isinstance(raw, dict):
        seq = raw.get("seq")
        if isinstance(seq, int) and not isinstance(seq, bool) and seq > 0:
            return seq
    return None


def decode_event(raw: Any, fallback_seq: int | None = None) -> IncomingEvent | None:
    """The event in `raw` (a parsed JSON object); None when not even its seq can be read."""
    seq = _seq_of(raw) or fallback_seq
    if seq is None:
        return None
    assert isinstance(raw, dict) or fallback_seq is not None
    kind = raw.get("type") if isinstance(raw, dict) else None
    if not isinstance(kind, str):
        return IncomingEvent(seq, "?", problem="no event type")
    event_type = KNOWN_TYPES.get(kind)
    if event_type is None:
        return IncomingEvent(seq, kind[:64], problem=f"unknown event type {kind[:64]!r}")
    data = raw.get("data")
    try:
        model = EVENT_DATA_MODELS[event_type].model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        return IncomingEvent(seq, kind, problem=f"malformed data ({where}: {first.get('msg', 'invalid')})")
    at = raw.get("at")
    try:
        when = datetime.fromisoformat(at) if isinstance(at, str) else None
    except ValueError:
        when = None
    return IncomingEvent(seq, kind, payload=model.to_domain(), at=when)  # type: ignore[attr-defined]


def skipped(seq: int, kind: str, problem: str) -> IncomingEvent:
    """An event known only by its seq, to be skipped for `problem`."""
    return IncomingEvent(seq, kind, problem=problem)


def seq_in_head(head: bytes) -> int | None:
    """The first `"seq": n` in the start of an unreadable body (to skip exactly that event)."""
    found = _SEQ_IN_HEAD.search(head)
    return int(found.group(1)) if found else None
