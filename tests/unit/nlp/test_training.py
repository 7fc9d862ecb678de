"""Training is deterministic, and a shop's own chats retrain the engine it then prefers."""

from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.config import resource_path
from app.nlp import model_file
from app.nlp.dataset import load_dir
from app.nlp.engine import Engine, load_engine
from app.nlp.pipeline import Pipeline
from app.nlp.train import build_blob

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def small_train() -> list:
    """Every 8th training message: enough to learn, fast to train."""
    return load_dir(resource_path("nlp", "data", "train"))[::8]


def test_training_is_deterministic(engine: Engine, small_train: list) -> None:
    tables = engine.pipeline.tables
    sample = small_train[::4]  # determinism does not need a good model
    first = marshal.dumps(build_blob(tables, sample, {}))
    second = marshal.dumps(build_blob(tables, sample, {}))
    assert first == second


def test_shipped_model_matches_the_pipeline_tables(engine: Engine) -> None:
    """The shipped model's tables load into a working pipeline (typos, slang, traditional)."""
    pipeline = Pipeline(engine.pipeline.tables)
    assert pipeline.normaliser.full(pipeline.normaliser.base("還沒到帳 km")) == "还没到账 卡密"


def test_train_extra_teaches_an_unseen_slang_word(tmp_path: Path, small_train: list) -> None:
    data = tmp_path / "train"
    data.mkdir()
    (data / "small.jsonl").write_text(
        "".join(
            json.dumps(
                {
                    "text": e.text,
                    "intent": e.intent,
                    "angry": e.angry,
                    "order_no": e.order_no,
                    "amount": e.amount,
                },
                ensure_ascii=False,
            )
            + "\n"
            for e in small_train
        ),
        encoding="utf-8",
    )
    # "咕咕单" is a made-up word this shop's customers use for a stuck order.
    extra_rows = [
        "我的咕咕单呢",
        "又咕咕单了",
        "咕咕单三小时了",
        "这单咕咕单了吧",
        "咕咕单 KM2026112300001234",
        "怎么又是咕咕单",
        "咕咕单能不能快点",
        "充的话费咕咕单了",
    ]
    extra = tmp_path / "shop.jsonl"
    rows = [
        {
            "text": t,
            "intent": "not_received",
            "angry": False,
            "order_no": "KM2026112300001234" if "KM" in t else None,
            "amount": None,
        }
        for t in extra_rows
    ]
    extra.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    user_dir = tmp_path / "userdata"
    env = {**os.environ, "KEFUDESK_DATA_DIR": str(user_dir)}
    before = load_engine(resource_path("nlp", "model", "engine.bin")).analyze("咕咕单咕咕单")
    out = subprocess.run(
        [sys.executable, "-m", "app.nlp", "train", "--data", str(data), "--extra", str(extra)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr
    model = user_dir / "nlp" / "engine.bin"
    assert model.exists()
    os.environ["KEFUDESK_DATA_DIR"] = str(user_dir)
    try:
        preferred = load_engine()
    finally:
        del os.environ["KEFUDESK_DATA_DIR"]
    assert preferred.meta["extra"] == str(extra)
    assert str(preferred.analyze("咕咕单咕咕单").intent) == "not_received"
    assert before.intent != "not_received" or before.confidence < preferred.analyze("咕咕单咕咕单").confidence


def test_damaged_retrained_model_falls_back_to_shipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    user_model = tmp_path / "nlp" / "engine.bin"
    user_model.parent.mkdir(parents=True)
    user_model.write_bytes(b"\x00garbage")
    monkeypatch.setenv("KEFUDESK_DATA_DIR", str(tmp_path))
    engine = load_engine()
    assert engine.meta.get("extra") is None
    with pytest.raises(model_file.ModelFileError):
        load_engine(user_model)
