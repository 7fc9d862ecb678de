"""Agents' intent corrections, stored in the cache and exported, teach the engine a slang word."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.config import resource_path
from app.domain.learning import IntentCorrection
from app.nlp import model_file
from app.nlp.dataset import load, load_dir
from app.nlp.engine import Engine, load_engine
from app.nlp.train import build_blob
from app.services.intent_corrections import training_line
from app.store import intent_corrections
from app.store.database import CacheDatabase

# "飞单" is this shop's customers' made-up word for an order that never arrived.
CORRECTED = (
    "我的单子飞单了",
    "飞单了，话费呢",
    "怎么又飞单",
    "飞单三小时了还没到",
    "Q币飞单了吗",
    "这单是不是飞单了",
    "充了点券飞单了",
    "昨天那单也飞单",
)
UNSEEN = "又飞单了吧"


def test_exported_corrections_teach_the_engine_an_unseen_slang_term(engine: Engine, tmp_path: Path) -> None:
    before = engine.analyze(UNSEEN)
    assert str(before.intent) != "not_received"  # the shipped engine does not know the word

    cache = CacheDatabase(tmp_path / "cache.db")
    cache.migrate()
    start = datetime(2026, 12, 1, tzinfo=UTC)
    with cache.write() as session:
        for n, text in enumerate(CORRECTED):
            predicted = engine.analyze(text)
            intent_corrections.save_correction(
                session,
                IntentCorrection(
                    n + 1, 7, text, "not_received", str(predicted.intent), False, start + timedelta(seconds=n)
                ),
            )
    with cache.read() as session:
        stored = intent_corrections.corrections(session)
    cache.close()
    exported = tmp_path / "corrections.jsonl"
    exported.write_text("".join(training_line(c, None, None) + "\n" for c in stored), encoding="utf-8")
    extra = load(exported)
    assert len(extra) == len(CORRECTED)

    # A sixteenth of the shipped data keeps this fast; `train --extra` counts a shop's lines twice.
    small = load_dir(resource_path("nlp", "data", "train"))[::16]
    out = tmp_path / "engine.bin"
    model_file.save(
        out, build_blob(engine.pipeline.tables, [*small, *extra, *extra], {"extra": str(exported)})
    )
    retrained = load_engine(out)
    after = retrained.analyze(UNSEEN)
    assert str(after.intent) == "not_received"
    assert str(retrained.analyze("话费什么时候到账").intent) in {"delivery_time", "not_received"}
