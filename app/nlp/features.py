"""Sparse features of one normalised message: character 1-4-grams, jieba words and word pairs,
negation and last-clause words, cue families, entity and shape flags."""

from __future__ import annotations

import itertools
import re

from app.domain import Entities

# Digit runs become one symbol per kind, so "订单号 + any number" is one pattern, not thousands.
_DIGITS = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_SPACES = re.compile(r"\s+")
_LONG_ID, _PHONE_LIKE, _MID_NUMBER, _SHORT_NUMBER = "\ue001", "\ue002", "\ue003", "\ue004"
_LENGTH_BUCKETS = (2, 4, 8, 16, 32, 64)
# A negation cue scopes over the rest of its clause: 不是要退款，我问进度 is not a refund request.
NEGATIONS = frozenset(
    {"不是", "不要", "不用", "别", "并非", "不想", "没说", "不需要", "无需", "不必", "没让"}
)
CLAUSE_END = frozenset("，,。.！!？?；;~\n 、")


def _digit_class(m: re.Match[str]) -> str:
    run = m.group(0)
    n = len(run)
    if n >= 12:
        return _LONG_ID
    if n == 11 and run[0] == "1":
        return _PHONE_LIKE
    if n >= 5:
        return _MID_NUMBER
    return _SHORT_NUMBER


def shape(norm: str) -> str:
    """The normalised text with digit runs folded and whitespace collapsed."""
    return _SPACES.sub(" ", _DIGITS.sub(_digit_class, norm)).strip()


def featurize(shaped: str, words: list[str], entities: Entities, cues: list[str]) -> list[str]:
    """Feature names for the linear models (deduplicated, in a stable order)."""
    s = "\x02" + shaped + "\x03"
    feats: list[str] = [s[i] for i in range(1, len(s) - 1)]
    feats += [s[i : i + 2] for i in range(len(s) - 1)]
    feats += [s[i : i + 3] for i in range(len(s) - 2)]
    feats += [s[i : i + 4] for i in range(len(s) - 3)]
    feats += ["w" + w for w in words if len(w) > 1]
    spoken = [w for w in words if not w.isspace()]
    feats += ["b" + a + "|" + b for a, b in itertools.pairwise(spoken)]
    feats += _clause_features(words)
    feats += cues
    n = len(shaped)
    feats.append("L" + str(next((i for i, b in enumerate(_LENGTH_BUCKETS) if n <= b), len(_LENGTH_BUCKETS))))
    if entities.order_no:
        feats.append("E:order")
    if entities.amount is not None:
        feats.append("E:amount")
    if entities.phone:
        feats.append("E:phone")
    if entities.qq:
        feats.append("E:qq")
    if entities.game:
        feats.append("E:game")
    if entities.card_type:
        feats.append("E:card")
    feats.append("\x01bias")
    return list(dict.fromkeys(feats))


def _clause_features(words: list[str]) -> list[str]:
    """Words under a negation (¬退款), and the words of the last clause, where the ask usually is."""
    out: list[str] = []
    negated = False
    clause: list[str] = []
    last_clause: list[str] = []
    for w in words:
        if all(ch in CLAUSE_END for ch in w):
            negated = False
            if clause:
                last_clause, clause = clause, []
            continue
        if w in NEGATIONS:
            negated = True
        elif negated:
            out.append("\u00ac" + w)
        clause.append(w)
    out += ["$" + w for w in (clause or last_clause)]
    return out
