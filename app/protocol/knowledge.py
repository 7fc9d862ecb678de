"""Knowledge-base articles and agents' ratings of them."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, Field

from app.domain.knowledge import KbArticle, KbLayer
from app.protocol.text import StorableStr


class KbArticleOut(BaseModel):
    """One article; `flagged` once agents rated it below the review threshold."""

    id: int
    layer: KbLayer
    title: str
    body: str
    updated_at: datetime
    intent: str | None = None
    tags: list[str]
    helpful: int
    unhelpful: int
    flagged: bool

    @classmethod
    def from_domain(cls, article: KbArticle) -> KbArticleOut:
        """Wire form of a domain article."""
        return cls.model_validate(article, from_attributes=True)

    def to_domain(self) -> KbArticle:
        """Domain form (for the client)."""
        data = self.model_dump()
        data["tags"] = tuple(self.tags)
        return KbArticle(**data)


class KbArticleList(BaseModel):
    """Articles changed after the given time, oldest change first."""

    articles: list[KbArticleOut]


class KbFeedback(BaseModel):
    """Was the suggestion helpful?"""

    helpful: bool


class KbArticleEdit(BaseModel):
    """A supervisor's revision of an article: new text and tags; its ratings start again."""

    title: Annotated[StorableStr, Field(min_length=1, max_length=200)]
    body: Annotated[StorableStr, Field(min_length=1, max_length=5000)]
    tags: list[Annotated[StorableStr, Field(min_length=1, max_length=30)]] = Field(
        default_factory=list, max_length=20
    )
