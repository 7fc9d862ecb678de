"""Brings the cache to the newest schema with the Alembic scripts shipped inside this package.

The scripts are found by a path relative to this file, so they work from a source tree and from a
PyInstaller build alike (the build must ship app/store/migrations as data; see build.spec).
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    """An Alembic config pointing at the packaged scripts (no alembic.ini needed)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply every migration up to `revision` in one write transaction (a no-op when there)."""
    config = alembic_config()
    with engine.connect() as connection:
        connection.execution_options(kefu_write=True)
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        connection.commit()


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (None when empty)."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def all_revisions() -> list[str]:
    """Every revision id, oldest first."""
    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def head_revision() -> str:
    """The newest revision id."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head
