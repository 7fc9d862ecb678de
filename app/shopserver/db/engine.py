"""Engines for the two supported databases: a SQLite file, or PostgreSQL for bigger shops."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine


def normalise_db_url(db: str) -> str:
    """Turn `--db` (a file path or a URL) into a SQLAlchemy URL; postgres uses psycopg 3."""
    if db.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    if "://" in db:
        return db
    return "sqlite:///" + str(Path(db).expanduser().resolve())


def is_postgres(url: str) -> bool:
    """Whether the URL points at PostgreSQL."""
    return url.startswith("postgresql")


def make_engine(db: str) -> Engine:
    """An engine tuned for the server: WAL and a busy timeout on SQLite, a pool on PostgreSQL."""
    url = normalise_db_url(db)
    if is_postgres(url):
        return create_engine(url, pool_size=10, max_overflow=20, pool_pre_ping=True)
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

    @event.listens_for(engine, "connect")
    def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    return engine
