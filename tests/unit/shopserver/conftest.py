"""Unit-test fixtures for the shop server: a keyword stand-in for the engine and a seeded database."""

from __future__ import annotations

import re
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.domain.intents import Analysis, Entities, Intent
from app.shopserver.database_setup import prepare_database

FIXED_NOW = datetime(2026, 11, 20, 6, 30, tzinfo=UTC)


class KeywordAnalyzer:
    """Keyword rules standing in for the engine where its judgement is not what is tested."""

    RULES = (
        ("转人工", Intent.HUMAN_AGENT),
        ("没到账", Intent.NOT_RECEIVED),
        ("卡密", Intent.CARD_INVALID),
        ("谢谢", Intent.THANKS_BYE),
        ("有货", Intent.PRESALE_PRODUCT),
        ("在吗", Intent.GREETING),
    )

    def analyze(self, text: str) -> Analysis:
        """Label by the first matching keyword."""
        intent = next((i for k, i in self.RULES if k in text), Intent.OTHER)
        angry = "骗子" in text or "！！！" in text
        found = re.search(r"[A-Z]{0,4}[0-9]{16,24}", text)
        return Analysis(
            intent=intent,
            confidence=0.9,
            angry=angry,
            anger=0.9 if angry else 0.1,
            entities=Entities(order_no=found.group(0) if found else None),
        )


@pytest.fixture
def keyword_analyzer() -> KeywordAnalyzer:
    """The stand-in engine."""
    return KeywordAnalyzer()


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo-seeded SQLite file anchored at FIXED_NOW."""
    path = tmp_path_factory.mktemp("seed") / "demo.db"
    prepare_database(str(path), seed="demo", now=FIXED_NOW)
    return path


@pytest.fixture
def seeded_db(seeded_template: Path, tmp_path: Path) -> str:
    """A private copy of the seeded database, as a SQLAlchemy URL."""
    target = tmp_path / "shop.db"
    shutil.copyfile(seeded_template, target)
    return f"sqlite:///{target}"
