"""Text normalisation before features: width, case, traditional → simplified, typos, slang.

The tables come from the model file (built by `train` from the lexicon, snownlp's traditional →
simplified table and snownlp's pinyin), so loading costs a dict lookup, not snownlp's 2 s import.
"""

from __future__ import annotations

import re
import unicodedata

# What the engine reads of a huge message: its start and its end (the ask and the sign-off).
HEAD_CHARS = 1200
TAIL_CHARS = 300

_ASCII_WORD = re.compile(r"[a-z][a-z0-9]*|[0-9]+[a-z]+")
_REPEAT = re.compile(r"(.)\1{3,}")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def clip(text: str) -> str:
    """Bound the work on any message: keep the head and the tail of a very long one."""
    if len(text) <= HEAD_CHARS + TAIL_CHARS:
        return text
    return text[:HEAD_CHARS] + "\n" + text[-TAIL_CHARS:]


class Normaliser:
    """Folds the many ways customers write one thing onto one spelling."""

    def __init__(self, trad: dict[str, str], typos: dict[str, str], slang: dict[str, str]) -> None:
        self._trad = str.maketrans(trad)
        self._typos = typos
        self._typo_re = (
            re.compile("|".join(re.escape(k) for k in sorted(typos, key=len, reverse=True)))
            if typos
            else None
        )
        self._slang = slang

    def _slang_sub(self, m: re.Match[str]) -> str:
        word = m.group(0)
        return self._slang.get(word, word)

    def base(self, text: str) -> str:
        """Width/case folding, control characters removed, traditional → simplified."""
        text = unicodedata.normalize("NFKC", clip(text)).lower()
        text = _CONTROL.sub("", text)
        return text.translate(self._trad)

    def full(self, base: str) -> str:
        """Typos and slang expanded, runs of one character capped at three."""
        if self._typo_re is not None:
            base = self._typo_re.sub(lambda m: self._typos[m.group(0)], base)
        base = _ASCII_WORD.sub(self._slang_sub, base)
        return _REPEAT.sub(r"\1\1\1", base)
