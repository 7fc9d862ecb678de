"""From raw text to features: normalise, find entities, segment with jieba, featurize."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import jieba

from app.config import user_cache_dir
from app.domain import Entities
from app.nlp.cues import cue_features
from app.nlp.entities import extract
from app.nlp.features import featurize, shape
from app.nlp.normalize import Normaliser

# Entities are searched in at most this much raw text (a 1 MB paste must stay cheap).
ENTITY_SCAN_CHARS = 100_000


@dataclass(frozen=True, slots=True)
class Tables:
    """Normalisation and segmentation tables shipped in the model file."""

    trad: dict[str, str]
    typos: dict[str, str]
    slang: dict[str, str]
    jieba_freq: dict[str, int]
    jieba_total: int


@dataclass(frozen=True, slots=True)
class Prepared:
    """One message ready for the linear models."""

    norm: str
    entities: Entities
    features: list[str]


def make_tokenizer(freq: dict[str, int], total: int) -> jieba.Tokenizer:
    """A jieba tokenizer over the shop's own prefix dictionary, with no file I/O and no cache.

    jieba's default start-up parses its 350k-word dictionary (~0.7 s) and writes a cache file;
    setting the prefix dictionary built by `train` skips both. Should anything still initialise a
    jieba tokenizer, its cache goes to the per-user cache folder, never next to the install.
    """
    cache = str(user_cache_dir())
    jieba.dt.tmp_dir = cache  # the module-level default tokenizer (jieba.cut and friends)
    tokenizer = jieba.Tokenizer()
    tokenizer.tmp_dir = cache
    tokenizer.FREQ = freq
    tokenizer.total = total
    tokenizer.initialized = True
    return tokenizer


class Pipeline:
    """Normaliser + entity rules + jieba + featurizer, shared by training and inference."""

    def __init__(self, tables: Tables) -> None:
        self.tables = tables
        self.normaliser = Normaliser(tables.trad, tables.typos, tables.slang)
        self._tokenizer = make_tokenizer(tables.jieba_freq, tables.jieba_total)
        jieba.setLogLevel(logging.WARNING)

    def prepare(self, text: str) -> Prepared:
        """Everything the models need from one message."""
        base = self.normaliser.base(text)
        raw = text if len(text) <= ENTITY_SCAN_CHARS else text[:ENTITY_SCAN_CHARS]
        entities = extract(raw, base)
        norm = self.normaliser.full(base)
        shaped = shape(norm)
        words = [w for w in self._tokenizer.cut(shaped, HMM=False) if not w.isspace()]
        return Prepared(norm, entities, featurize(shaped, words, entities, cue_features(norm)))
