"""Full-text search over every cached message, Chinese substrings included, newest first.

- Terms of 3+ characters: the FTS5 trigram index (`message_trigrams`) answers them as phrases,
  which is exact substring matching.
- Terms of 1–2 characters (trigrams cannot): the per-character index (`message_chars`), where a
  two-character term is a two-token phrase; `instr` then confirms the exact substring.
- Terms without a single letter or digit (punctuation, emoji): a `LIKE`-style scan bounded to the
  newest `FALLBACK_SCAN_ROWS` messages.
Several whitespace-separated terms must all occur. Ranking is by recency: message ids grow with
creation time and both indexes use the id as rowid, so `ORDER BY rowid DESC LIMIT n` stops early.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app.domain.conversations import Message
from app.store.messages import to_domain
from app.store.tables import MessageRow

log = logging.getLogger(__name__)

MAX_TERMS = 8
FALLBACK_SCAN_ROWS = 200_000


@dataclass(frozen=True, slots=True)
class SearchPlan:
    """How a query will run: which index drives it and the terms each part checks."""

    index: str  # "trigram", "chars" or "scan"
    long_terms: tuple[str, ...]
    short_terms: tuple[str, ...]


def _quoted(phrase: str) -> str:
    return '"' + phrase.replace('"', '""') + '"'


def _chars_phrase(term: str) -> str | None:
    tokens = [ch for ch in term if ch.isalnum()]
    return _quoted(" ".join(tokens)) if tokens else None


def plan_search(query: str) -> SearchPlan | None:
    """Split the query into terms and choose the index (None when there is nothing to find)."""
    terms = [t for t in query.split() if t][:MAX_TERMS]
    if not terms:
        return None
    long_terms = tuple(t for t in terms if len(t) >= 3)
    short_terms = tuple(t for t in terms if len(t) < 3)
    if long_terms:
        return SearchPlan("trigram", long_terms, short_terms)
    if all(_chars_phrase(t) for t in short_terms):
        return SearchPlan("chars", (), short_terms)
    return SearchPlan("scan", (), short_terms)


def _filters(
    plan_terms: tuple[str, ...], conversation_id: int | None, customer_id: int | None
) -> tuple[list[str], dict[str, object]]:
    clauses: list[str] = []
    params: dict[str, object] = {}
    for n, term in enumerate(plan_terms):
        clauses.append(f"instr(lower(m.text), lower(:t{n})) > 0")
        params[f"t{n}"] = term
    if conversation_id is not None:
        clauses.append("m.conversation_id = :conversation_id")
        params["conversation_id"] = conversation_id
    if customer_id is not None:
        clauses.append("m.conversation_id IN (SELECT id FROM conversations WHERE customer_id = :customer_id)")
        params["customer_id"] = customer_id
    return clauses, params


def _message_ids(
    session: Session, plan: SearchPlan, limit: int, conversation_id: int | None, customer_id: int | None
) -> list[int]:
    if plan.index == "scan":
        clauses, params = _filters(plan.short_terms, conversation_id, customer_id)
        floor = session.execute(
            text("SELECT id FROM messages ORDER BY id DESC LIMIT 1 OFFSET :skip"),
            {"skip": FALLBACK_SCAN_ROWS},
        ).scalar()
        clauses.append("m.id > :floor")
        params.update(floor=floor or 0, limit=limit)
        sql = f"SELECT m.id FROM messages AS m WHERE {' AND '.join(clauses)} ORDER BY m.id DESC LIMIT :limit"
        return list(session.execute(text(sql), params).scalars())
    if plan.index == "trigram":
        table, match = "message_trigrams", " AND ".join(_quoted(t) for t in plan.long_terms)
    else:
        phrases = [_chars_phrase(t) for t in plan.short_terms]
        table, match = "message_chars", " AND ".join(p for p in phrases if p)
    # Short terms are confirmed with instr: in the chars index "a，b" also matches the phrase "ab".
    clauses, params = _filters(plan.short_terms, conversation_id, customer_id)
    where = " AND ".join([f"{table} MATCH :match", *clauses])
    params.update(match=match, limit=limit)
    sql = (
        f"SELECT {table}.rowid FROM {table} JOIN messages AS m ON m.id = {table}.rowid "
        f"WHERE {where} ORDER BY {table}.rowid DESC LIMIT :limit"
    )
    return list(session.execute(text(sql), params).scalars())


def search_messages(
    session: Session,
    query: str,
    *,
    limit: int = 50,
    conversation_id: int | None = None,
    customer_id: int | None = None,
) -> list[Message]:
    """Messages containing every term of `query`, newest first."""
    plan = plan_search(query)
    if plan is None or limit <= 0:
        return []
    try:
        ids = _message_ids(session, plan, limit, conversation_id, customer_id)
    except OperationalError as exc:  # a query FTS5 cannot parse: fall back to the bounded scan
        log.warning("search fell back to a scan: %s", exc.orig)
        scan = SearchPlan("scan", (), plan.long_terms + plan.short_terms)
        ids = _message_ids(session, scan, limit, conversation_id, customer_id)
    if not ids:
        return []
    rows = {r.id: r for r in session.scalars(select(MessageRow).where(MessageRow.id.in_(ids)))}
    return [to_domain(rows[i]) for i in ids if i in rows]
