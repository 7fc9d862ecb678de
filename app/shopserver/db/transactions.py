"""Read and write transactions; writes are serialised so event `seq` order equals commit order."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.shopserver.db.engine import is_postgres

PENDING_EVENTS = "pending_events"

# Any constant works; it only has to be the same for every server process on the database.
_PG_WRITER_LOCK_ID = 4_242_001


class Database:
    """Sessions for the server; `write()` holds the writer lock until commit, then wakes readers."""

    def __init__(self, engine: Engine, on_events: Callable[[list[Any]], None] | None = None) -> None:
        self.engine = engine
        self.is_postgres = is_postgres(str(engine.url))
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._writer = threading.Lock()
        self._on_events = on_events

    def set_event_listener(self, on_events: Callable[[list[Any]], None]) -> None:
        """Who hears about committed events, in commit order (called under the writer lock)."""
        self._on_events = on_events

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; rolled back at the end."""
        with self._sessions() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction committed at the end (rolled back on error), one writer at a time.

        On PostgreSQL an advisory transaction lock also serialises writers of other processes, so
        an event with a higher seq can never become visible before one with a lower seq. Events
        recorded in the transaction go to the listener after the commit, still in commit order.
        """
        with self._writer, self._sessions() as session:
            if self.is_postgres:
                session.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": _PG_WRITER_LOCK_ID})
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                session.info.pop(PENDING_EVENTS, None)
                raise
            events: list[Any] = session.info.pop(PENDING_EVENTS, [])
            if events and self._on_events is not None:
                self._on_events(events)

    def dispose(self) -> None:
        """Close pooled connections."""
        self.engine.dispose()
