"""The dashboard's figures: an agent's day by hour and over a week, the team table, the live queue
and CSAT answers. Everything is computed from conversations and messages, like `metrics`."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.agents import AgentRole
from app.domain.conversations import ConversationStatus
from app.domain.metrics import AgentDashboard, CsatResult, HourMetrics
from app.domain.supervision import AgentLoad, LiveQueue, TeamMember, WaitingChat
from app.shopserver.core.metrics import agent_metrics, day_bounds, figures_between, load_agent_chats
from app.shopserver.db.tables import AgentRow, ConversationRow

WEEK_DAYS = 7


def agent_dashboard(
    session: Session, agent_id: str, day: date, now: datetime, sla_seconds: int, utc_offset_hours: int
) -> AgentDashboard:
    """The day's figures, the same figures per hour, and the seven days ending on `day`."""
    start, end = day_bounds(day, utc_offset_hours)
    chats = load_agent_chats(session, agent_id, start, end)
    today = figures_between(chats, agent_id, day, start, end, now, sla_seconds)
    hours = []
    for hour in range(24):
        since = start + timedelta(hours=hour)
        figures = figures_between(chats, agent_id, day, since, since + timedelta(hours=1), now, sla_seconds)
        hours.append(
            HourMetrics(
                hour=hour,
                chats_handled=figures.chats_handled,
                first_reply_seconds=figures.first_reply_seconds,
                avg_reply_seconds=figures.avg_reply_seconds,
                csat=figures.csat,
                sla_breaches=figures.sla_breaches,
            )
        )
    week = [
        agent_metrics(session, agent_id, day - timedelta(days=back), now, sla_seconds, utc_offset_hours)
        for back in range(WEEK_DAYS - 1, 0, -1)
    ]
    return AgentDashboard(today=today, hours=tuple(hours), week=(*week, today))


def _open_chats(session: Session) -> dict[str, int]:
    rows = session.execute(
        select(ConversationRow.agent_id, func.count())
        .where(ConversationRow.status == str(ConversationStatus.ASSIGNED))
        .group_by(ConversationRow.agent_id)
    )
    return {agent_id: count for agent_id, count in rows if agent_id}


def agent_loads(session: Session) -> list[AgentLoad]:
    """Every agent who answers chats (supervisors excluded), with their open chats now."""
    open_chats = _open_chats(session)
    agents = session.scalars(
        select(AgentRow).where(AgentRow.role != str(AgentRole.SUPERVISOR)).order_by(AgentRow.id)
    )
    return [AgentLoad(a.id, a.name, a.presence, open_chats.get(a.id, 0), a.max_concurrent) for a in agents]


def team_table(
    session: Session, day: date, now: datetime, sla_seconds: int, utc_offset_hours: int
) -> list[TeamMember]:
    """One row per agent: load now and the day's figures."""
    return [
        TeamMember(load, agent_metrics(session, load.agent_id, day, now, sla_seconds, utc_offset_hours))
        for load in agent_loads(session)
    ]


def live_queue(session: Session, now: datetime) -> LiveQueue:
    """The waiting chats in routing order (priority, then wait) and every agent's load."""
    rows = session.scalars(
        select(ConversationRow)
        .where(ConversationRow.status == str(ConversationStatus.WAITING))
        .order_by(ConversationRow.priority.desc(), ConversationRow.waiting_since, ConversationRow.id)
    )
    waiting = tuple(
        WaitingChat(
            conversation_id=r.id,
            customer_id=r.customer_id,
            skill_group=r.skill_group,
            intent=r.intent,
            vip=r.vip,
            angry=r.angry,
            waiting_seconds=round(max(0.0, (now - (r.waiting_since or r.opened_at)).total_seconds()), 1),
        )
        for r in rows
    )
    return LiveQueue(waiting=waiting, agents=tuple(agent_loads(session)))


def csat_results(
    session: Session, agent_id: str | None, day: date, utc_offset_hours: int
) -> list[CsatResult]:
    """Customers' ratings of chats closed that shop-local day (one agent's, or everyone's)."""
    start, end = day_bounds(day, utc_offset_hours)
    query = select(ConversationRow).where(
        ConversationRow.csat_score.is_not(None),
        ConversationRow.closed_at >= start,
        ConversationRow.closed_at < end,
    )
    if agent_id is not None:
        query = query.where(ConversationRow.agent_id == agent_id)
    return [
        CsatResult(r.id, r.agent_id or "", r.csat_score or 0, r.csat_comment, r.closed_at or start)
        for r in session.scalars(query.order_by(ConversationRow.closed_at, ConversationRow.id))
    ]
