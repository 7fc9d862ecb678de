"""Knowledge-base sync and ratings."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from sqlalchemy.orm import Session

from app.protocol.knowledge import KbArticleEdit, KbArticleList, KbArticleOut, KbFeedback
from app.shopserver.core import knowledge as ops
from app.shopserver.core.records import article_from_row
from app.shopserver.http.deps import Ctx, CurrentAgent, IdempotencyKey
from app.shopserver.http.errors import ERROR_RESPONSES
from app.shopserver.http.idempotent import run_idempotent
from app.shopserver.http.params import ArticleId, as_utc
from app.shopserver.routes.supervision import require_supervisor

router = APIRouter(tags=["knowledge base"], responses=ERROR_RESPONSES)


@router.get("/kb/articles", response_model=KbArticleList)
def articles(
    ctx: Ctx,
    agent: CurrentAgent,
    updated_after: Annotated[datetime | None, Query(description="ISO 8601; naive means UTC")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 500,
) -> KbArticleList:
    """Articles changed after `updated_after` (all when absent), oldest change first."""
    since = as_utc(updated_after, "updated_after")
    with ctx.db.read() as session:
        rows = ops.changed_articles(session, since, limit)
        return KbArticleList(articles=[KbArticleOut.from_domain(article_from_row(r)) for r in rows])


@router.post("/kb/articles/{article_id}/feedback", response_model=KbArticleOut)
def feedback(
    ctx: Ctx,
    agent: CurrentAgent,
    article_id: ArticleId,
    body: KbFeedback,
    key: IdempotencyKey,
    request: Request,
) -> Response:
    """Rate a suggestion; articles rated unhelpful too often are flagged for review."""
    settings = ctx.settings

    def work(session: Session, now: datetime) -> tuple[int, KbArticleOut]:
        row = ops.rate_article(
            session,
            agent,
            article_id,
            body.helpful,
            now,
            settings.kb_flag_min_votes,
            settings.kb_flag_helpful_ratio,
        )
        return 200, KbArticleOut.from_domain(article_from_row(row))

    return run_idempotent(ctx, agent, key, request, body, work)


@router.get("/kb/review", response_model=KbArticleList)
def review_list(ctx: Ctx, agent: CurrentAgent) -> KbArticleList:
    """Supervisors: articles rated below the threshold, worst rated first."""
    require_supervisor(agent, "the review list")
    with ctx.db.read() as session:
        rows = ops.flagged_articles(session)
        return KbArticleList(articles=[KbArticleOut.from_domain(article_from_row(r)) for r in rows])


@router.put("/kb/articles/{article_id}", response_model=KbArticleOut)
def revise(
    ctx: Ctx,
    agent: CurrentAgent,
    article_id: ArticleId,
    body: KbArticleEdit,
    key: IdempotencyKey,
    request: Request,
) -> Response:
    """Supervisors: new text for an article (its ratings start again); emits `kb.updated`."""
    require_supervisor(agent, "article changes")

    def work(session: Session, now: datetime) -> tuple[int, KbArticleOut]:
        row = ops.revise_article(session, article_id, body.title, body.body, body.tags, now)
        return 200, KbArticleOut.from_domain(article_from_row(row))

    return run_idempotent(ctx, agent, key, request, body, work)
