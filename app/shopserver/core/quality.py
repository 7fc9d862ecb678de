"""Quality review (质检): the day's sample of closed chats with automatic flags, and reviews.

A chat is flagged when the customer was still angry at the end, the first reply came later than the
SOP (or never), the customer rated it low, or a coupon above the issuing agent's limit was asked for.
The sample holds every flagged chat of the day plus a fixed random pick (seeded by the day) of the
others, up to the sample size.
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.agents import Agent
from app.domain.conversations import ConversationStatus, Sender
from app.domain.errors import Conflict, NotFound
from app.domain.events import EventType
from app.domain.quality import QaFlag, QaItem
from app.protocol.quality import QaItemOut
from app.shopserver.core.event_log import agent_target, record_event
from app.shopserver.core.metrics import day_bounds
from app.shopserver.db.tables import AgentRow, ConversationRow, CouponRow, MessageRow, QaReviewRow


class QaRules:
    """The thresholds behind the automatic flags."""

    def __init__(self, sla_seconds: int, low_csat: int) -> None:
        self.sla_seconds = sla_seconds
        self.low_csat = low_csat


def _first_reply(conv: ConversationRow, lines: list[MessageRow]) -> float | None:
    if conv.assigned_at is None:
        return None
    for m in lines:
        if m.sender == Sender.AGENT and m.created_at >= conv.assigned_at:
            return round((m.created_at - conv.assigned_at).total_seconds(), 1)
    return None


def _flags(
    conv: ConversationRow, lines: list[MessageRow], coupon_above: bool, rules: QaRules
) -> tuple[QaFlag, ...]:
    flags: list[QaFlag] = []
    last_customer = next((m for m in reversed(lines) if m.sender == Sender.CUSTOMER), None)
    if last_customer is not None and last_customer.angry:
        flags.append(QaFlag.ANGER_NOT_CALMED)
    if conv.assigned_at is not None:
        first = _first_reply(conv, lines)
        if first is None or first > rules.sla_seconds:
            flags.append(QaFlag.SLOW_FIRST_REPLY)
    if conv.csat_score is not None and conv.csat_score <= rules.low_csat:
        flags.append(QaFlag.LOW_CSAT)
    if coupon_above:
        flags.append(QaFlag.COUPON_ABOVE_POLICY)
    return tuple(flags)


def _items(session: Session, convs: list[ConversationRow], rules: QaRules) -> list[QaItem]:
    ids = [c.id for c in convs]
    lines: dict[int, list[MessageRow]] = defaultdict(list)
    above: set[int] = set()
    reviews: dict[int, QaReviewRow] = {}
    for chunk in (ids[i : i + 500] for i in range(0, len(ids), 500)):
        for m in session.scalars(
            select(MessageRow).where(MessageRow.conversation_id.in_(chunk)).order_by(MessageRow.id)
        ):
            lines[m.conversation_id].append(m)
        coupons = session.execute(
            select(CouponRow.conversation_id)
            .join(AgentRow, AgentRow.id == CouponRow.issued_by)
            .where(CouponRow.conversation_id.in_(chunk), CouponRow.amount_cents > AgentRow.coupon_limit_cents)
        )
        above.update(cid for (cid,) in coupons if cid is not None)
        for review in session.scalars(select(QaReviewRow).where(QaReviewRow.conversation_id.in_(chunk))):
            reviews[review.conversation_id] = review
    items = []
    for conv in convs:
        review = reviews.get(conv.id)
        items.append(
            QaItem(
                conversation_id=conv.id,
                agent_id=conv.agent_id or "",
                customer_id=conv.customer_id,
                closed_at=conv.closed_at or conv.opened_at,
                intent=conv.intent,
                flags=_flags(conv, lines[conv.id], conv.id in above, rules),
                first_reply_seconds=_first_reply(conv, lines[conv.id]),
                csat_score=conv.csat_score,
                csat_comment=conv.csat_comment,
                reviewed_by=review.reviewer_id if review else None,
                reviewed_at=review.reviewed_at if review else None,
                note=review.note if review else None,
            )
        )
    return items


def daily_sample(
    session: Session, day: date, size: int, rules: QaRules, utc_offset_hours: int
) -> list[QaItem]:
    """Every flagged chat closed that day, then a seeded random pick of the rest up to `size`."""
    start, end = day_bounds(day, utc_offset_hours)
    convs = list(
        session.scalars(
            select(ConversationRow)
            .where(
                ConversationRow.status == str(ConversationStatus.CLOSED),
                ConversationRow.agent_id.is_not(None),
                ConversationRow.closed_at >= start,
                ConversationRow.closed_at < end,
            )
            .order_by(ConversationRow.id)
        )
    )
    items = _items(session, convs, rules)
    flagged = [i for i in items if i.flags]
    others = [i for i in items if not i.flags]
    pick = random.Random(f"qa-{day.isoformat()}").sample(
        others, max(0, min(len(others), size - len(flagged)))
    )
    chosen = flagged + pick
    chosen.sort(key=lambda i: (-len(i.flags), i.closed_at, i.conversation_id))
    return chosen


def review_chat(
    session: Session, reviewer: Agent, conversation_id: int, note: str, rules: QaRules, now: datetime
) -> QaItem:
    """Mark a closed chat reviewed with a note for its agent (a second review replaces the note)."""
    conv = session.get(ConversationRow, conversation_id)
    if conv is None:
        raise NotFound(f"conversation {conversation_id} does not exist", code="conversation_not_found")
    if conv.status != ConversationStatus.CLOSED or conv.agent_id is None:
        raise Conflict("only closed chats with an agent are reviewed", code="not_closed")
    review = session.get(QaReviewRow, conversation_id)
    if review is None:
        review = QaReviewRow(conversation_id=conversation_id, agent_id=conv.agent_id)
        session.add(review)
    review.reviewer_id = reviewer.id
    review.note = note
    review.reviewed_at = now
    session.flush()
    item = _items(session, [conv], rules)[0]
    record_event(
        session, EventType.QA_REVIEWED, QaItemOut.from_domain(item), [agent_target(conv.agent_id)], now
    )
    return item


def notes_for_agent(session: Session, agent_id: str, rules: QaRules, limit: int) -> list[QaItem]:
    """The agent's reviewed chats, newest review first."""
    ids = list(
        session.scalars(
            select(QaReviewRow.conversation_id)
            .where(QaReviewRow.agent_id == agent_id)
            .order_by(QaReviewRow.reviewed_at.desc(), QaReviewRow.conversation_id.desc())
            .limit(limit)
        )
    )
    convs = {c.id: c for c in session.scalars(select(ConversationRow).where(ConversationRow.id.in_(ids)))}
    return _items(session, [convs[i] for i in ids if i in convs], rules)
