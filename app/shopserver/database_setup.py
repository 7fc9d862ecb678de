"""Creates or upgrades a shop database and optionally fills it with the demo seed."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from app.shopserver.db.engine import make_engine
from app.shopserver.db.migrate import upgrade_to_head
from app.shopserver.db.tables import AgentRow
from app.shopserver.db.transactions import Database


def prepare_database(db_url: str, seed: str | None = None, now: datetime | None = None) -> bool:
    """Migrate to the newest schema; seed `demo` data into an empty database. True if seeded."""
    engine = make_engine(db_url)
    try:
        upgrade_to_head(engine)
        if seed is None:
            return False
        if seed != "demo":
            raise ValueError(f"unknown seed {seed!r} (only 'demo')")
        database = Database(engine)
        with database.read() as session:
            if session.scalar(select(AgentRow.id).limit(1)) is not None:
                return False
        from app.shopserver.seed.demo import seed_demo

        seed_demo(database, now=now)
        return True
    finally:
        engine.dispose()
