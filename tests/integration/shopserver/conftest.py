"""Fixtures for the shop server over real HTTP on 127.0.0.1, on SQLite and on PostgreSQL.

Each test gets its own server (real uvicorn on a random port) on a fresh copy of a database
seeded once per session with the demo shop. The PostgreSQL cluster is a throwaway one started
from Debian's binaries; under CI=true its absence is a failure, not a skip.
"""

from __future__ import annotations

import itertools
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from shopserver_harness import CHANNEL_KEY, KeywordAnalyzer, MovableClock, Shop
from shopserver_postgres import PostgresCluster, find_postgres_bin, start_cluster

from app.domain.intents import MessageAnalyzer
from app.shopserver.context import ServerHooks
from app.shopserver.database_setup import prepare_database
from app.shopserver.embedded import start_in_background
from app.shopserver.settings import ServerSettings

IN_CI = os.environ.get("CI", "").lower() == "true"
BACKENDS = ("sqlite", "postgres")
_db_numbers = itertools.count(1)


def _real_engine() -> MessageAnalyzer | None:
    engine_file = Path(__file__).resolve().parents[3] / "app" / "nlp" / "engine.py"
    if not engine_file.exists():
        return None
    from app.nlp.engine import load_engine

    try:
        return load_engine()
    except Exception:
        if IN_CI:
            raise
        return None


@pytest.fixture(scope="session")
def analyzer() -> MessageAnalyzer:
    """The real intent engine when it is available (always in CI), else keyword rules."""
    return _real_engine() or KeywordAnalyzer()


@pytest.fixture
def real_engine(analyzer: MessageAnalyzer) -> None:
    """For tests of the engine's judgement in routing: the keyword stand-in cannot pass them."""
    if isinstance(analyzer, KeywordAnalyzer):
        pytest.skip("needs the trained intent engine (CI always has it)")


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[PostgresCluster | None]:
    """A throwaway cluster for the session (None when PostgreSQL is not installed outside CI)."""
    bindir = find_postgres_bin()
    if bindir is None:
        if IN_CI:
            pytest.fail("PostgreSQL binaries are missing (apt-get install -y postgresql)")
        yield None
        return
    cluster = start_cluster(bindir)
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(scope="session")
def seeded_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo-seeded SQLite file that tests copy."""
    path = tmp_path_factory.mktemp("seed") / "template.db"
    prepare_database(str(path), seed="demo")
    return path


@pytest.fixture(scope="session")
def seeded_postgres(postgres_cluster: PostgresCluster | None) -> str | None:
    """The name of a demo-seeded template database."""
    if postgres_cluster is None:
        return None
    postgres_cluster.admin("CREATE DATABASE kefu_template")
    prepare_database(postgres_cluster.url("kefu_template"), seed="demo")
    return "kefu_template"


@pytest.fixture(params=BACKENDS)
def db_url(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    seeded_sqlite: Path,
) -> Iterator[str]:
    """A fresh demo database on each backend."""
    if request.param == "sqlite":
        target = tmp_path / "shop.db"
        shutil.copyfile(seeded_sqlite, target)
        yield f"sqlite:///{target}"
        return
    cluster: PostgresCluster | None = request.getfixturevalue("postgres_cluster")
    template: str | None = request.getfixturevalue("seeded_postgres")
    if cluster is None or template is None:
        pytest.skip("PostgreSQL is not installed (CI installs it and never skips)")
    name = f"kefu_test_{next(_db_numbers)}"
    cluster.admin(f"CREATE DATABASE {name} TEMPLATE {template}")
    yield cluster.url(name)


def start_shop(
    db_url: str, analyzer: MessageAnalyzer, backend: str, *, bot: bool = True, **settings: object
) -> Shop:
    """A server on `db_url` with test-friendly settings."""
    clock = MovableClock()
    hooks = ServerHooks()
    config = ServerSettings(
        db_url=db_url,
        sse_heartbeat_seconds=0.3,
        bot_enabled=bot,
        channel_key=CHANNEL_KEY,
        **settings,  # type: ignore[arg-type]
    )
    server = start_in_background(config, analyzer=analyzer, clock=clock, hooks=hooks)
    return Shop(server=server, clock=clock, hooks=hooks, backend=backend)


@pytest.fixture
def shop(db_url: str, analyzer: MessageAnalyzer) -> Iterator[Shop]:
    """The demo shop with the first-line bot."""
    running = start_shop(db_url, analyzer, "postgres" if db_url.startswith("postgresql") else "sqlite")
    try:
        yield running
    finally:
        running.close()
        running.server.stop()


@pytest.fixture
def humans_only(db_url: str, analyzer: MessageAnalyzer) -> Iterator[Shop]:
    """The demo shop with the bot off: every new chat is routed to humans at once."""
    running = start_shop(
        db_url, analyzer, "postgres" if db_url.startswith("postgresql") else "sqlite", bot=False
    )
    try:
        yield running
    finally:
        running.close()
        running.server.stop()


class CrashingAnalyzer:
    """An engine that fails on one text, to see what a server error looks like on the wire."""

    def __init__(self, inner: MessageAnalyzer) -> None:
        self._inner = inner

    def analyze(self, text: str) -> Any:
        """Raise on the magic text."""
        if "💥" in text:
            raise RuntimeError("engine exploded")
        return self._inner.analyze(text)


@pytest.fixture
def crashing_shop(db_url: str, analyzer: MessageAnalyzer) -> Iterator[Shop]:
    """The demo shop whose engine raises on '💥'."""
    backend = "postgres" if db_url.startswith("postgresql") else "sqlite"
    running = start_shop(db_url, CrashingAnalyzer(analyzer), backend, bot=False)
    try:
        yield running
    finally:
        running.close()
        running.server.stop()
