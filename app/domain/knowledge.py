"""Knowledge-base articles in three layers, with agents' ratings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class KbLayer(StrEnum):
    """General procedures, scenario scripts, personalised offers."""

    GENERAL = "general"
    SCENARIO = "scenario"
    OFFER = "offer"


@dataclass(frozen=True, slots=True)
class KbArticle:
    """One answer agents (and the bot) can use; `flagged` when its rating fell too low."""

    id: int
    layer: KbLayer
    title: str
    body: str
    updated_at: datetime
    intent: str | None = None
    tags: tuple[str, ...] = ()
    helpful: int = 0
    unhelpful: int = 0
    flagged: bool = False
