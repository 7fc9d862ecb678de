"""The cache database: one SQLite file in WAL mode, short `BEGIN IMMEDIATE` write transactions.

Pragmas, chosen on purpose:
- `journal_mode=WAL`: the UI reads while the sync writes, and readers never block the writer.
- `synchronous=NORMAL` for ordinary writes: in WAL mode a crash of the *process* (SIGKILL) never
  loses a commit and no setting corrupts the file; only an OS crash or power cut may roll back the
  last commits. Those are cache writes the server can send again (the cursor rolls back with them),
  so they do not pay an fsync each. Writes that exist nowhere else — the outbox and drafts — use
  `write(durable=True)`, which switches that one transaction to `synchronous=FULL`.
- `busy_timeout`: a second process (or a checkpoint) holding the lock makes writers wait, not fail.
- `BEGIN IMMEDIATE` for writes: the write lock is taken up front, so a transaction never fails
  half-way with SQLITE_BUSY when it upgrades from reading to writing.
Writes are meant to run off the UI thread; `app.store.cache_worker.CacheWorker` does that.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session

from app.store import migrate
from app.store.search_tokens import register_search_functions

BUSY_TIMEOUT_MS = 5000
WRITE_OPTION = "kefu_write"


def create_cache_engine(path: Path, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Engine:
    """An engine on the cache file with the pragmas above on every connection."""
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": busy_timeout_ms / 1000},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy's "begin" hook below say BEGIN, instead of pysqlite's implicit one.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()
        register_search_functions(dbapi_connection)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        immediate = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


class CacheDatabase:
    """Sessions on the cache: `read()` sees one snapshot, `write()` is one short transaction."""

    def __init__(self, path: Path | str, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
        self.path = Path(path)
        self.engine = create_cache_engine(self.path, busy_timeout_ms)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session (a deferred transaction, rolled back at the end)."""
        with self.engine.connect() as connection, Session(bind=connection, expire_on_commit=False) as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def write(self, *, durable: bool = False, secure_delete: bool = False) -> Iterator[Session]:
        """One `BEGIN IMMEDIATE` transaction, committed at the end or rolled back on error.

        `durable=True` fsyncs the commit (synchronous=FULL) for data that exists nowhere else;
        `secure_delete=True` overwrites deleted content on disk (erasing a customer's data)."""
        with self.engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            assert raw is not None
            if durable:
                raw.execute("PRAGMA synchronous=FULL")
            if secure_delete:
                raw.execute("PRAGMA secure_delete=ON")
            try:
                connection.execution_options(**{WRITE_OPTION: True})
                with Session(bind=connection, expire_on_commit=False) as session:
                    try:
                        yield session
                        session.commit()
                    except BaseException:
                        session.rollback()
                        raise
            finally:
                if durable:
                    raw.execute("PRAGMA synchronous=NORMAL")
                if secure_delete:
                    raw.execute("PRAGMA secure_delete=OFF")

    def migrate(self) -> None:
        """Apply the packaged migrations (a no-op when up to date)."""
        migrate.upgrade(self.engine)

    def integrity_check(self) -> str:
        """SQLite's `PRAGMA integrity_check` verdict ("ok" when sound)."""
        with self.engine.connect() as connection:
            rows = connection.exec_driver_sql("PRAGMA integrity_check").fetchall()
            connection.rollback()
        return "\n".join(str(r[0]) for r in rows)

    def checkpoint(self) -> None:
        """Copy the WAL into the main file and truncate it (outside any transaction)."""
        with self.engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            assert raw is not None
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    def close(self) -> None:
        """Close pooled connections."""
        self.engine.dispose()


def open_cache(path: Path | str, *, migrate_schema: bool = True) -> CacheDatabase:
    """Open (creating it and its folder if needed) and migrate the cache at `path`."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    database = CacheDatabase(target)
    if migrate_schema:
        database.migrate()
    return database
