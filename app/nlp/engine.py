"""The shipped intent engine: load the model file, analyse messages in well under a millisecond."""

from __future__ import annotations

import logging
import math
from array import array
from pathlib import Path
from typing import Any

from app.config import resource_path, user_data_dir
from app.domain import Analysis, Intent
from app.nlp import model_file
from app.nlp.pipeline import Pipeline, Tables

log = logging.getLogger(__name__)

MODEL_NAME = "engine.bin"


def shipped_model_path() -> Path:
    """The model trained from the repository's data, shipped with the app."""
    return resource_path("nlp", "model", MODEL_NAME)


def user_model_path() -> Path:
    """A shop's retrained model (`train --extra`), preferred when present."""
    return user_data_dir() / "nlp" / MODEL_NAME


def tables_from_blob(blob: dict[str, Any]) -> Tables:
    """The pipeline tables stored in a model blob."""
    return Tables(
        trad=blob["trad"],
        typos=blob["typos"],
        slang=blob["slang"],
        jieba_freq=blob["jieba_freq"],
        jieba_total=blob["jieba_total"],
    )


class Engine:
    """Intent, anger and entities for one message; implements `app.domain.MessageAnalyzer`."""

    def __init__(self, blob: dict[str, Any], pipeline: Pipeline | None = None) -> None:
        self.labels: tuple[Intent, ...] = tuple(Intent(x) for x in blob["labels"])
        self.pipeline = pipeline or Pipeline(tables_from_blob(blob))
        self._vocab: dict[str, int] = blob["vocab"]
        self._weights = array("h")
        self._weights.frombytes(blob["weights"])
        self._width = len(self.labels) + 1
        self._scale: float = blob["weight_scale"]
        self._temperature: float = blob["temperature"]
        self._anger_scale: float = blob["anger_scale"]
        self._anger_offset: float = blob["anger_offset"]
        self.meta: dict[str, Any] = blob.get("meta", {})

    def scores(self, features: list[str]) -> list[float]:
        """Raw linear scores: one per intent, then the anger margin."""
        weights, width, vocab = self._weights, self._width, self._vocab
        rows = [weights[r * width : r * width + width] for f in features if (r := vocab.get(f)) is not None]
        if not rows:
            return [0.0] * width
        # zip(*rows) transposes in C: one sum per column instead of a Python loop per feature.
        scale = self._scale
        return [sum(column) * scale for column in zip(*rows, strict=True)]

    def analyze(self, text: str) -> Analysis:
        """Label one customer message; never raises on any str."""
        prepared = self.pipeline.prepare(text)
        raw = self.scores(prepared.features)
        k = len(self.labels)
        top = max(raw[:k])
        exps = [math.exp((s - top) / self._temperature) for s in raw[:k]]
        norm = sum(exps)
        probs = [e / norm for e in exps]
        ranked = sorted(zip(self.labels, probs, strict=True), key=lambda p: p[1], reverse=True)
        margin = (raw[k] - self._anger_offset) * self._anger_scale
        anger = 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, margin))))
        return Analysis(
            intent=ranked[0][0],
            confidence=ranked[0][1],
            angry=margin > 0,
            anger=anger,
            entities=prepared.entities,
            ranked=tuple(ranked[:3]),
        )


def load_engine(path: Path | None = None) -> Engine:
    """The engine from `path`, else the shop's retrained model, else the shipped one.

    A damaged retrained model is logged and skipped, so a bad retrain never takes the engine down.
    """
    if path is not None:
        return Engine(model_file.load(path))
    user = user_model_path()
    if user.exists():
        try:
            return Engine(model_file.load(user))
        except (model_file.ModelFileError, KeyError, ValueError) as exc:
            log.warning("ignoring the retrained model: %s", exc)
    return Engine(model_file.load(shipped_model_path()))
