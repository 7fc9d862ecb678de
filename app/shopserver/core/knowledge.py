"""Knowledge-base sync and ratings; an article rated unhelpful too often is flagged for review."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.agents import Agent
from app.domain.errors import NotFound
from app.domain.events import EventType
from app.protocol.knowledge import KbArticleOut
from app.shopserver.core.event_log import ALL, record_event
from app.shopserver.core.records import article_from_row
from app.shopserver.db.tables import KbArticleRow, KbFeedbackRow


def changed_articles(session: Session, updated_after: datetime | None, limit: int) -> list[KbArticleRow]:
    """Articles changed after the time (all when None), oldest change first."""
    query = select(KbArticleRow)
    if updated_after is not None:
        query = query.where(KbArticleRow.updated_at > updated_after)
    return list(session.scalars(query.order_by(KbArticleRow.updated_at, KbArticleRow.id).limit(limit)))


def rate_article(
    session: Session,
    agent: Agent,
    article_id: int,
    helpful: bool,
    now: datetime,
    min_votes: int,
    min_ratio: float,
) -> KbArticleRow:
    """Count the vote and flag the article when its helpful share falls below `min_ratio`."""
    article = session.get(KbArticleRow, article_id)
    if article is None:
        raise NotFound(f"article {article_id} does not exist", code="article_not_found")
    session.add(KbFeedbackRow(article_id=article.id, agent_id=agent.id, helpful=helpful, at=now))
    if helpful:
        article.helpful += 1
    else:
        article.unhelpful += 1
    votes = article.helpful + article.unhelpful
    article.flagged = votes >= min_votes and article.helpful / votes < min_ratio
    article.updated_at = now
    session.flush()
    record_event(
        session, EventType.KB_UPDATED, KbArticleOut.from_domain(article_from_row(article)), [ALL], now
    )
    return article


def flagged_articles(session: Session) -> list[KbArticleRow]:
    """Articles agents rated below the threshold, worst rated first: the supervisor's review list."""
    rows = list(session.scalars(select(KbArticleRow).where(KbArticleRow.flagged.is_(True))))
    rows.sort(key=lambda r: (r.helpful / max(1, r.helpful + r.unhelpful), r.id))
    return rows


def revise_article(
    session: Session, article_id: int, title: str, body: str, tags: list[str], now: datetime
) -> KbArticleRow:
    """A supervisor's new text for an article: its ratings start again, it leaves the review list,
    and every agent's cache gets it (`kb.updated`)."""
    article = session.get(KbArticleRow, article_id)
    if article is None:
        raise NotFound(f"article {article_id} does not exist", code="article_not_found")
    article.title, article.body, article.tags = title, body, list(tags)
    article.helpful = article.unhelpful = 0
    article.flagged = False
    article.updated_at = now
    session.flush()
    record_event(
        session, EventType.KB_UPDATED, KbArticleOut.from_domain(article_from_row(article)), [ALL], now
    )
    return article
