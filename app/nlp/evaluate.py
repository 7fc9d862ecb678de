"""Scores of the engine on a labelled file: the figures INTENTS.md's eval contract names."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from app.domain import INTENTS, Analysis, MessageAnalyzer
from app.nlp.dataset import Example


@dataclass(slots=True)
class Report:
    """All eval figures; `summary()` is the JSON contract, the rest feeds the human-readable view."""

    n: int = 0
    intent_accuracy: float = 0.0
    intent_macro_f1: float = 0.0
    angry_precision: float = 0.0
    angry_recall: float = 0.0
    angry_f1: float = 0.0
    order_no_accuracy: float = 0.0
    amount_accuracy: float = 0.0
    load_seconds: float = 0.0
    p50_us: float = 0.0
    p99_us: float = 0.0
    per_intent: dict[str, dict[str, float]] = field(default_factory=dict)
    confusions: list[tuple[str, str, int]] = field(default_factory=list)
    errors: list[tuple[Example, Analysis]] = field(default_factory=list)

    def summary(self) -> dict[str, float | int]:
        """The contract keys (and nothing bulky)."""
        keys = [
            "n",
            "intent_accuracy",
            "intent_macro_f1",
            "angry_precision",
            "angry_recall",
            "angry_f1",
            "order_no_accuracy",
            "amount_accuracy",
            "load_seconds",
            "p50_us",
            "p99_us",
        ]
        out: dict[str, float | int] = {}
        for k in keys:
            v = getattr(self, k)
            out[k] = v if isinstance(v, int) else round(v, 4)
        return out


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def percentile(sorted_values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile of an already sorted sequence."""
    if not sorted_values:
        return 0.0
    rank = max(0, min(len(sorted_values) - 1, round(q / 100 * len(sorted_values) + 0.5) - 1))
    return sorted_values[rank]


def same_amount(a: float | None, b: float | None) -> bool:
    """Amounts match when both are absent or equal to the cent."""
    if a is None or b is None:
        return a is b
    return abs(a - b) < 0.005


def evaluate(engine: MessageAnalyzer, examples: Sequence[Example]) -> Report:
    """Analyse every example once, timing each call, and compute the figures."""
    engine.analyze("在吗")  # first-call effects are part of loading, not of per-message latency
    timings: list[float] = []
    results: list[Analysis] = []
    for ex in examples:
        t0 = time.perf_counter_ns()
        results.append(engine.analyze(ex.text))
        timings.append((time.perf_counter_ns() - t0) / 1000.0)
    timings.sort()

    r = Report(n=len(examples))
    if not examples:
        return r
    gold = [ex.intent for ex in examples]
    pred = [str(a.intent) for a in results]
    r.intent_accuracy = sum(g == p for g, p in zip(gold, pred, strict=True)) / r.n
    f1s = []
    for intent in map(str, INTENTS):
        tp = sum(g == p == intent for g, p in zip(gold, pred, strict=True))
        n_pred = pred.count(intent)
        n_gold = gold.count(intent)
        if not n_gold and not n_pred:
            continue
        p_ = tp / n_pred if n_pred else 0.0
        r_ = tp / n_gold if n_gold else 0.0
        r.per_intent[intent] = {"precision": p_, "recall": r_, "f1": _f1(p_, r_), "support": n_gold}
        f1s.append(_f1(p_, r_))
    r.intent_macro_f1 = sum(f1s) / len(f1s)
    tp = sum(ex.angry and a.angry for ex, a in zip(examples, results, strict=True))
    n_pred = sum(a.angry for a in results)
    n_gold = sum(ex.angry for ex in examples)
    r.angry_precision = tp / n_pred if n_pred else 0.0
    r.angry_recall = tp / n_gold if n_gold else 0.0
    r.angry_f1 = _f1(r.angry_precision, r.angry_recall)
    r.order_no_accuracy = (
        sum(ex.order_no == a.entities.order_no for ex, a in zip(examples, results, strict=True)) / r.n
    )
    r.amount_accuracy = (
        sum(same_amount(ex.amount, a.entities.amount) for ex, a in zip(examples, results, strict=True)) / r.n
    )
    r.p50_us = percentile(timings, 50)
    r.p99_us = percentile(timings, 99)
    pairs = Counter((g, p) for g, p in zip(gold, pred, strict=True) if g != p)
    r.confusions = [(g, p, c) for (g, p), c in pairs.most_common(12)]
    r.errors = [
        (ex, a)
        for ex, a in zip(examples, results, strict=True)
        if str(a.intent) != ex.intent
        or a.angry != ex.angry
        or a.entities.order_no != ex.order_no
        or not same_amount(a.entities.amount, ex.amount)
    ]
    return r
