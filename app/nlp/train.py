"""Deterministic training: averaged passive-aggressive linear models for intent and anger.

Pure Python on purpose: the engine ships without numpy, and a shop retrains on its own machine.
Intent is a 16-way multiclass model, anger a binary one; both read the same sparse features and
are stored as one int16 matrix with a scale (a row per feature: 16 intent weights, then anger).
"""

from __future__ import annotations

import math
import random
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain import INTENTS
from app.nlp import model_file
from app.nlp.dataset import Example
from app.nlp.pipeline import Pipeline, Tables

EPOCHS = 12
SEED = 20261125
C_INTENT = 0.5
C_ANGER = 0.5
# Features whose every weight is below this share of the largest weight change no decision.
PRUNE_RELATIVE = 0.0035
FOLDS = 5


@dataclass(slots=True)
class Trained:
    """Averaged weights: feature -> [16 intent weights, anger weight]."""

    weights: dict[str, list[float]]


def _score(weights: dict[str, list[float]], feats: Sequence[str], width: int) -> list[float]:
    total = [0.0] * width
    for f in feats:
        w = weights.get(f)
        if w is not None:
            for i in range(width):
                total[i] += w[i]
    return total


def fit(rows: Sequence[tuple[list[str], int, bool]], epochs: int | None = None, seed: int = SEED) -> Trained:
    """Averaged PA-I on (features, intent index, angry) rows; deterministic for a given seed."""
    k = len(INTENTS)
    width = k + 1
    w: dict[str, list[float]] = {}
    u: dict[str, list[float]] = {}  # the averaging trick: sum of c * update
    order = list(range(len(rows)))
    rng = random.Random(seed)
    c = 1.0
    for _ in range(epochs or EPOCHS):
        rng.shuffle(order)
        for idx in order:
            feats, y, angry = rows[idx]
            for f in feats:
                if f not in w:
                    w[f] = [0.0] * width
                    u[f] = [0.0] * width
            s = _score(w, feats, width)
            rival = max((j for j in range(k) if j != y), key=lambda j: s[j])
            loss = 1.0 - (s[y] - s[rival])
            n = len(feats)
            if loss > 0:
                tau = min(C_INTENT, loss / (2.0 * n))
                for f in feats:
                    wf, uf = w[f], u[f]
                    wf[y] += tau
                    wf[rival] -= tau
                    uf[y] += c * tau
                    uf[rival] -= c * tau
            sign = 1.0 if angry else -1.0
            loss_a = 1.0 - sign * s[k]
            if loss_a > 0:
                tau = min(C_ANGER, loss_a / n) * sign
                for f in feats:
                    w[f][k] += tau
                    u[f][k] += c * tau
            c += 1.0
    averaged = {f: [wf[i] - u[f][i] / c for i in range(width)] for f, wf in w.items()}
    return Trained(averaged)


def _fit_temperature(margins: list[tuple[list[float], int]]) -> float:
    """Softmax temperature minimising held-out log loss (a coarse grid is enough)."""
    best_t, best_nll = 1.0, math.inf
    for t in (0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.7, 1.0, 1.5, 2.0):
        nll = 0.0
        for s, y in margins:
            top = max(s)
            z = sum(math.exp((v - top) / t) for v in s)
            nll -= (s[y] - top) / t - math.log(z)
        if nll < best_nll:
            best_t, best_nll = t, nll
    return best_t


def _fit_anger_scale(margins: list[tuple[float, bool]]) -> float:
    best_a, best_nll = 1.0, math.inf
    for a in (0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0, 12.0):
        nll = 0.0
        for m, y in margins:
            p = 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, a * m))))
            p = min(max(p, 1e-9), 1 - 1e-9)
            nll -= math.log(p if y else 1 - p)
        if nll < best_nll:
            best_a, best_nll = a, nll
    return best_a


def _fit_anger_offset(margins: list[tuple[float, bool]]) -> float:
    """The anger margin above which F1 is best out of fold (anger is the rarer, costlier class)."""
    best_t, best_f1 = 0.0, -1.0
    for step in range(-10, 11):
        t = step * 0.05
        tp = sum(1 for m, y in margins if m > t and y)
        fp = sum(1 for m, y in margins if m > t and not y)
        fn = sum(1 for m, y in margins if m <= t and y)
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        if f1 > best_f1 + 1e-9:
            best_t, best_f1 = t, f1
    return best_t


def build_blob(tables: Tables, examples: Sequence[Example], meta: dict[str, Any]) -> dict[str, Any]:
    """Train on `examples` and return the model blob, calibrated on out-of-fold margins."""
    pipeline = Pipeline(tables)
    index = {str(intent): i for i, intent in enumerate(INTENTS)}
    rows = [(pipeline.prepare(ex.text).features, index[ex.intent], ex.angry) for ex in examples]
    k = len(INTENTS)

    # Calibration: every example scored by a model that did not see it.
    oof: list[tuple[list[float], int, bool]] = []
    for fold in range(FOLDS):
        probe = fit([r for i, r in enumerate(rows) if i % FOLDS != fold])
        oof += [
            (_score(probe.weights, r[0], k + 1), r[1], r[2]) for i, r in enumerate(rows) if i % FOLDS == fold
        ]
    temperature = _fit_temperature([(s[:k], y) for s, y, _ in oof])
    anger_offset = _fit_anger_offset([(s[k], a) for s, _, a in oof])
    anger_scale = _fit_anger_scale([(s[k] - anger_offset, a) for s, _, a in oof])

    trained = fit(rows)
    top = max((abs(x) for wf in trained.weights.values() for x in wf), default=1.0) or 1.0
    scale = top / 32767.0  # int16 weights: half the size of float32, same decisions
    vocab: dict[str, int] = {}
    flat = array("h")
    for f in sorted(trained.weights):
        wf = trained.weights[f]
        if max(abs(x) for x in wf) < PRUNE_RELATIVE * top:
            continue
        vocab[f] = len(vocab)
        flat.extend(round(x / scale) for x in wf)
    return {
        "labels": [str(i) for i in INTENTS],
        "vocab": vocab,
        "weights": flat.tobytes(),
        "weight_scale": scale,
        "temperature": temperature,
        "anger_scale": anger_scale,
        "anger_offset": anger_offset,
        "trad": tables.trad,
        "typos": tables.typos,
        "slang": tables.slang,
        "jieba_freq": tables.jieba_freq,
        "jieba_total": tables.jieba_total,
        "meta": {**meta, "examples": len(examples), "features": len(vocab)},
    }


def train(examples: Sequence[Example], out: Path, meta: dict[str, Any] | None = None) -> dict[str, Any]:
    """Build the tables, train, and write the model file atomically; returns the model's meta."""
    from app.nlp.tables import build_tables

    blob = build_blob(build_tables(), examples, meta or {})
    model_file.save(out, blob)
    return blob["meta"]
