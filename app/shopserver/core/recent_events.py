"""The newest committed events in memory, so live readers rarely touch the database.

Events are appended in commit order (under the writer lock). The buffer only answers for a cursor
it fully covers — contiguous seqs from its first entry on — and says "ask the database" (None)
otherwise: after a restart, for an old cursor, or after a gap (a rolled-back seq on PostgreSQL,
or another server process writing to the same database).
"""

from __future__ import annotations

import json
import threading
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import islice

from app.protocol.events import EventOut


@dataclass(slots=True)
class CommittedEvent:
    """An event with who receives it; `frame` caches its SSE text."""

    event: EventOut
    targets: frozenset[str]
    frame: str | None = field(default=None)

    @property
    def seq(self) -> int:
        """The event's seq."""
        return self.event.seq

    def sse_frame(self) -> str:
        """`id/event/data` lines of the Server-Sent Events format (built once, shared by readers)."""
        if self.frame is None:
            data = json.dumps(self.event.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":"))
            self.frame = f"id: {self.event.seq}\nevent: {self.event.type}\ndata: {data}\n\n"
        return self.frame


class RecentEvents:
    """A bounded, contiguous window of the newest events."""

    def __init__(self, capacity: int = 20_000) -> None:
        self._items: deque[CommittedEvent] = deque(maxlen=capacity)
        self._lock = threading.Lock()

    def append(self, events: Iterable[CommittedEvent]) -> None:
        """Add events just committed, in seq order."""
        with self._lock:
            for item in events:
                if self._items and item.seq != self._items[-1].seq + 1:
                    self._items.clear()  # a gap: the window starts again here
                self._items.append(item)

    def after(self, cursor: int, targets: frozenset[str], limit: int) -> list[CommittedEvent] | None:
        """Events for `targets` with seq > cursor, or None when the window does not cover the cursor."""
        with self._lock:
            if not self._items:
                return None
            first = self._items[0].seq
            if cursor < first - 1:
                return None
            start = cursor - first + 1
            out: list[CommittedEvent] = []
            for item in islice(self._items, start, None):
                if "all" in item.targets or not item.targets.isdisjoint(targets):
                    out.append(item)
                    if len(out) >= limit:
                        break
            return out
