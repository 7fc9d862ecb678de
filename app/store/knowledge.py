"""Cached knowledge-base articles, kept current by `kb.updated` events and `updated_after` syncs."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.knowledge import KbArticle, KbLayer
from app.store.tables import KbArticleRow


def upsert_article(session: Session, article: KbArticle) -> None:
    """Store the article as the server sent it."""
    row = session.get(KbArticleRow, article.id)
    if row is None:
        row = KbArticleRow(id=article.id)
        session.add(row)
    row.layer = str(article.layer)
    row.title = article.title
    row.body = article.body
    row.updated_at = article.updated_at
    row.intent = article.intent
    row.tags = list(article.tags)
    row.helpful = article.helpful
    row.unhelpful = article.unhelpful
    row.flagged = article.flagged


def _to_domain(row: KbArticleRow) -> KbArticle:
    return KbArticle(
        id=row.id,
        layer=KbLayer(row.layer),
        title=row.title,
        body=row.body,
        updated_at=row.updated_at,
        intent=row.intent,
        tags=tuple(row.tags or ()),
        helpful=row.helpful,
        unhelpful=row.unhelpful,
        flagged=row.flagged,
    )


def get_article(session: Session, article_id: int) -> KbArticle | None:
    """One cached article."""
    row = session.get(KbArticleRow, article_id)
    return _to_domain(row) if row is not None else None


def list_articles(session: Session, *, intent: str | None = None) -> list[KbArticle]:
    """Cached articles (of one intent when given), by layer then id."""
    query = select(KbArticleRow)
    if intent is not None:
        query = query.where(KbArticleRow.intent == intent)
    return [_to_domain(r) for r in session.scalars(query.order_by(KbArticleRow.layer, KbArticleRow.id))]


def latest_article_update(session: Session) -> datetime | None:
    """The newest `updated_at` cached (the `updated_after` of the next sync)."""
    return session.scalar(select(func.max(KbArticleRow.updated_at)))
