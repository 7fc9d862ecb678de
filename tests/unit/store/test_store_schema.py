"""The cache's schema: migrations from empty and from every earlier revision, models matching the
migrated tables, scripts found inside the package, and the pragmas chosen on purpose."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.exc import OperationalError

import app.store
from app.store import migrate
from app.store.database import CacheDatabase, create_cache_engine
from app.store.search import search_messages
from app.store.tables import Base

SEARCH_TABLES = ("message_trigrams", "message_chars")


def test_an_empty_file_migrates_to_the_newest_revision(tmp_path: Path) -> None:
    database = CacheDatabase(tmp_path / "new.db")
    database.migrate()
    tables = set(inspect(database.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert {"message_trigrams", "message_chars"} <= tables
    assert migrate.current_revision(database.engine) == migrate.head_revision()
    database.migrate()  # a second start-up is a no-op
    database.close()


@pytest.mark.parametrize("revision", migrate.all_revisions()[:-1])
def test_every_earlier_revision_upgrades_to_the_newest_and_keeps_its_data(
    tmp_path: Path, revision: str
) -> None:
    engine = create_cache_engine(tmp_path / "old.db")
    migrate.upgrade(engine, revision)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO messages (id, conversation_id, sender, text, created_at, cached_at) "
                "VALUES (41, 3, 'customer', '我的Q币充值没到账', '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO drafts (conversation_id, text, updated_at) VALUES (3, '稍等', '2026-01-01 00:00:00')"
            )
        )
    engine.dispose()
    database = CacheDatabase(tmp_path / "old.db")
    database.migrate()
    assert migrate.current_revision(database.engine) == migrate.head_revision()
    with database.read() as session:
        assert [m.id for m in search_messages(session, "充值没到账")] == [41]
        assert [m.id for m in search_messages(session, "Q币")] == [41]
        assert session.execute(text("SELECT text FROM drafts")).scalar() == "稍等"
    database.close()


def test_the_models_match_the_migrated_schema(cache: CacheDatabase) -> None:
    def keep(obj: object, name: str | None, type_: str, *_: object) -> bool:
        return not (type_ == "table" and name is not None and name.startswith(SEARCH_TABLES))

    with cache.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_object": keep, "compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_migration_scripts_ship_inside_the_package() -> None:
    package = Path(app.store.__file__).resolve().parent
    assert package / "migrations" == migrate.MIGRATIONS_DIR
    assert migrate.alembic_config().get_main_option("script_location") == str(package / "migrations")
    assert (package / "migrations" / "env.py").is_file()
    assert migrate.all_revisions() == ["0001", "0002", "0003"]


def test_connections_use_wal_normal_sync_and_a_busy_timeout(cache: CacheDatabase) -> None:
    with cache.read() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL
        assert session.execute(text("PRAGMA busy_timeout")).scalar() == 5000
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_a_durable_write_fsyncs_that_transaction_only(cache: CacheDatabase) -> None:
    with cache.write(durable=True) as session:
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
    with cache.write() as session:
        assert session.execute(text("PRAGMA synchronous")).scalar() == 1


def test_a_write_takes_the_lock_when_it_begins_and_readers_are_not_blocked(cache: CacheDatabase) -> None:
    other = CacheDatabase(cache.path, busy_timeout_ms=100)
    try:
        with cache.write() as session:
            session.execute(
                text("INSERT INTO drafts (conversation_id, text, updated_at) VALUES (1, 'a', '2026-01-01')")
            )
            # BEGIN IMMEDIATE fails before any statement runs
            with pytest.raises(OperationalError, match="locked"), other.write() as blocked:
                blocked.execute(text("SELECT 1"))
            with other.read() as reader:  # WAL: a reader still sees the last commit
                assert reader.execute(text("SELECT count(*) FROM drafts")).scalar() == 0
        with other.read() as reader:
            assert reader.execute(text("SELECT count(*) FROM drafts")).scalar() == 1
    finally:
        other.close()


def test_a_failed_write_rolls_back_everything(cache: CacheDatabase) -> None:
    with pytest.raises(RuntimeError), cache.write() as session:
        session.execute(
            text("INSERT INTO drafts (conversation_id, text, updated_at) VALUES (1, 'a', '2026-01-01')")
        )
        raise RuntimeError("boom")
    with cache.read() as session:
        assert session.execute(text("SELECT count(*) FROM drafts")).scalar() == 0
    assert cache.integrity_check() == "ok"
