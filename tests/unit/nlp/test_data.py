"""The labelled data: valid, big enough, and the dev set truly held out."""

from __future__ import annotations

from collections import Counter

from app.config import resource_path
from app.domain import INTENTS
from app.nlp.dataset import load_dir

DATA = resource_path("nlp", "data")


def test_training_data_is_valid_and_covers_every_intent() -> None:
    train = load_dir(DATA / "train")
    assert len(train) >= 3000
    counts = Counter(ex.intent for ex in train)
    assert all(counts[str(i)] >= 100 for i in INTENTS), counts


def test_dev_set_is_held_out() -> None:
    train = {ex.text for ex in load_dir(DATA / "train")}
    dev = load_dir(DATA / "dev")
    assert len(dev) >= 600
    assert not [ex.text for ex in dev if ex.text in train]
    assert len({ex.text for ex in dev}) == len(dev)
