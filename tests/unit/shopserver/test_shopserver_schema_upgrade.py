"""A shop database made by an earlier release upgrades to the newest schema, data kept."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, inspect, text

from app.shopserver.database_setup import prepare_database
from app.shopserver.db.migrate import alembic_config


def test_a_0001_database_upgrades_to_quality_reviews_and_campaigns(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    config = alembic_config(url)
    command.upgrade(config, "0001")
    engine = create_engine(url)
    with engine.begin() as db:
        db.execute(text("INSERT INTO shop_policy (key, value) VALUES ('kept', '{}')"))
    assert "qa_reviews" not in inspect(engine).get_table_names()
    prepare_database(url)
    with engine.connect() as db:
        assert db.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0002"
        assert db.execute(text("SELECT key FROM shop_policy")).scalar() == "kept"
    assert {"qa_reviews", "campaigns"} <= set(inspect(create_engine(url)).get_table_names())
    command.downgrade(config, "0001")
    assert "qa_reviews" not in inspect(create_engine(url)).get_table_names()
