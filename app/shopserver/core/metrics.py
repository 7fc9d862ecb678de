"""An agent's day, computed from conversations and messages (never from counters that drift).

- first reply: assignment → the agent's first message in the chat;
- reply time: the first unanswered customer message (or the assignment, if later) → the agent's
  next message, averaged over every reply;
- first-contact resolution: chats the agent closed as resolved, never transferred, and the
  customer did not come back within 24 h;
- SLA breach: a chat whose first reply came later than the SOP (10 s), or never came in time.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.domain.conversations import Resolution, Sender
from app.domain.metrics import AgentMetrics
from app.shopserver.db.tables import ConversationRow, MessageRow


def day_bounds(day: date, utc_offset_hours: int) -> tuple[datetime, datetime]:
    """The UTC start and end of a shop-local day."""
    local = timezone(timedelta(hours=utc_offset_hours))
    start = datetime.combine(day, time.min, tzinfo=local).astimezone(UTC)
    return start, start + timedelta(days=1)


def shop_today(now: datetime, utc_offset_hours: int) -> date:
    """Today's date in the shop's time zone."""
    return now.astimezone(timezone(timedelta(hours=utc_offset_hours))).date()


def agent_metrics(
    session: Session, agent_id: str, day: date, now: datetime, sla_seconds: int, utc_offset_hours: int
) -> AgentMetrics:
    """Compute the figures for one agent and one shop-local day."""
    start, end = day_bounds(day, utc_offset_hours)
    chats = load_agent_chats(session, agent_id, start, end)
    return figures_between(chats, agent_id, day, start, end, now, sla_seconds)


@dataclass(frozen=True, slots=True)
class AgentChats:
    """The conversations an agent touched in a window, their messages, and who came back."""

    conversations: list[ConversationRow]
    messages: dict[int, list[MessageRow]]
    came_back: set[int]


def load_agent_chats(session: Session, agent_id: str, start: datetime, end: datetime) -> AgentChats:
    """Everything needed to compute an agent's figures for any window inside [start, end)."""
    touched = select(MessageRow.conversation_id).where(
        MessageRow.agent_id == agent_id,
        MessageRow.sender == Sender.AGENT,
        MessageRow.created_at >= start,
        MessageRow.created_at < end,
    )
    convs = list(
        session.scalars(
            select(ConversationRow).where(
                ConversationRow.agent_id == agent_id,
                or_(
                    ConversationRow.id.in_(touched),
                    (ConversationRow.assigned_at >= start) & (ConversationRow.assigned_at < end),
                    (ConversationRow.closed_at >= start) & (ConversationRow.closed_at < end),
                ),
            )
        )
    )
    messages: dict[int, list[MessageRow]] = defaultdict(list)
    ids = [c.id for c in convs]
    for chunk in (ids[i : i + 500] for i in range(0, len(ids), 500)):
        rows = session.scalars(
            select(MessageRow).where(MessageRow.conversation_id.in_(chunk)).order_by(MessageRow.id)
        )
        for row in rows:
            messages[row.conversation_id].append(row)
    came_back = {c.id for c in convs if c.closed_at is not None and _came_back(session, c)}
    return AgentChats(convs, messages, came_back)


def figures_between(
    chats: AgentChats,
    agent_id: str,
    day: date,
    start: datetime,
    end: datetime,
    now: datetime,
    sla_seconds: int,
) -> AgentMetrics:
    """The figures for the window [start, end); `chats` may hold more than the window needs."""
    first_replies: list[float] = []
    reply_times: list[float] = []
    breaches = 0
    handled = 0
    closed = resolved_first_time = 0
    scores: list[int] = []
    for conv in chats.conversations:
        lines = chats.messages.get(conv.id, [])
        mine = [m for m in lines if m.sender == Sender.AGENT and m.agent_id == agent_id]
        if any(start <= m.created_at < end for m in mine) or (
            conv.closed_at and start <= conv.closed_at < end
        ):
            handled += 1
        if conv.assigned_at is not None and start <= conv.assigned_at < end:
            after = [m for m in mine if m.created_at >= conv.assigned_at]
            if after:
                wait = (after[0].created_at - conv.assigned_at).total_seconds()
                first_replies.append(wait)
                breaches += wait > sla_seconds
            else:
                until = conv.closed_at or now
                breaches += (until - conv.assigned_at).total_seconds() > sla_seconds
        reply_times.extend(_reply_times(lines, agent_id, conv.assigned_at, start, end))
        if conv.closed_at is not None and start <= conv.closed_at < end:
            closed += 1
            if (
                conv.resolution == Resolution.RESOLVED
                and conv.transfers == 0
                and conv.id not in chats.came_back
            ):
                resolved_first_time += 1
            if conv.csat_score is not None:
                scores.append(conv.csat_score)
    return AgentMetrics(
        agent_id=agent_id,
        day=day,
        chats_handled=handled,
        first_reply_seconds=_mean(first_replies),
        avg_reply_seconds=_mean(reply_times),
        first_contact_resolution=round(resolved_first_time / closed, 4) if closed else None,
        csat=_mean([float(s) for s in scores]),
        csat_responses=len(scores),
        sla_breaches=breaches,
        sla_seconds=sla_seconds,
    )


def _reply_times(
    lines: list[MessageRow], agent_id: str, assigned_at: datetime | None, start: datetime, end: datetime
) -> list[float]:
    times: list[float] = []
    waiting_since: datetime | None = None
    for m in lines:
        if m.sender == Sender.CUSTOMER:
            waiting_since = waiting_since or m.created_at
        elif m.sender == Sender.AGENT:
            if m.agent_id == agent_id and waiting_since is not None and start <= m.created_at < end:
                since = max(waiting_since, assigned_at) if assigned_at else waiting_since
                times.append(max(0.0, (m.created_at - since).total_seconds()))
            waiting_since = None
    return times


def _came_back(session: Session, conv: ConversationRow) -> bool:
    assert conv.closed_at is not None
    return (
        session.scalar(
            select(ConversationRow.id)
            .where(
                ConversationRow.customer_id == conv.customer_id,
                ConversationRow.opened_at > conv.closed_at,
                ConversationRow.opened_at <= conv.closed_at + timedelta(hours=24),
            )
            .limit(1)
        )
        is not None
    )


def _mean(values: list[float]) -> float | None:
    return round(sum(values) / len(values), 3) if values else None
