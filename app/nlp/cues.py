"""Cue-family features: one shared feature per family of intent, anger and calm cues.

A single compiled alternation finds every cue in one pass over the normalised text.
"""

from __future__ import annotations

import re

from app.nlp.lexicon import ANGER_CUE_FAMILIES, CALM_CUE_FAMILIES, INTENT_CUES

# "12315见", "法院见", "平台见吧": a place to meet is a threat when it ends a clause.
_SEE_YOU_AT = re.compile(r"\S{1,6}见吧?(?=$|[\s,.!?;~，。！？；])")
_RAGE_PUNCT = re.compile(r"[?!]{2,}")
_MIXED_PUNCT = re.compile(r"\?+!+|!+\?+")


def _families() -> tuple[re.Pattern[str], dict[str, list[str]]]:
    owners: dict[str, list[str]] = {}
    for prefix, table in (("K:", INTENT_CUES), ("A:", ANGER_CUE_FAMILIES), ("C:", CALM_CUE_FAMILIES)):
        for family, cues in table.items():
            for cue in cues:
                owners.setdefault(cue.lower(), []).append(prefix + family)
    parts = []
    for cue in sorted(owners, key=len, reverse=True):
        esc = re.escape(cue)
        parts.append(rf"(?<![a-z]){esc}(?![a-z])" if cue.isascii() else esc)
    return re.compile("|".join(parts)), owners


_CUES, _OWNERS = _families()


def cue_features(norm: str) -> list[str]:
    """Family features of one normalised message (may repeat; the caller deduplicates)."""
    out: list[str] = []
    anger_families: set[str] = set()
    for m in _CUES.finditer(norm):
        for owner in _OWNERS[m.group(0)]:
            out.append(owner)
            if owner.startswith("A:"):
                anger_families.add(owner)
    if _SEE_YOU_AT.search(norm):
        out.append("A:threat")
        anger_families.add("A:threat")
    if len(anger_families) >= 2:
        out.append("A:several")
    if _RAGE_PUNCT.search(norm):
        out.append("P:rage")
    if _MIXED_PUNCT.search(norm):
        out.append("P:mixed")
    return out
