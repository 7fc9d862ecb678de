"""The demo seed's week of history: every agent closed chats on each of the six days before today,
with first replies (a few over the SOP), ratings and tickets, the same on every run."""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from app.shopserver.db.engine import make_engine
from app.shopserver.db.tables import ConversationRow, MessageRow, TicketRow
from app.shopserver.db.transactions import Database
from app.shopserver.seed.demo_history import AGENTS, HISTORY_DAYS
from tests.unit.shopserver.conftest import FIXED_NOW

LOCAL = timedelta(hours=8)
SOP = 10


def test_every_agent_has_a_week_of_closed_rated_chats_with_some_breaches(seeded_template: Path) -> None:
    db = Database(make_engine(f"sqlite:///{seeded_template}"))
    today = (FIXED_NOW + LOCAL).date()
    per_day: dict[tuple[str, int], int] = defaultdict(int)
    rated: dict[int, int] = defaultdict(int)
    first_replies: list[float] = []
    with db.read() as session:
        closed = session.scalars(select(ConversationRow).where(ConversationRow.status == "closed")).all()
        agent_lines: dict[int, list[MessageRow]] = defaultdict(list)
        for m in session.scalars(
            select(MessageRow).where(MessageRow.sender == "agent").order_by(MessageRow.id)
        ):
            agent_lines[m.conversation_id].append(m)
        ticket_chats = set(session.scalars(select(TicketRow.conversation_id)))
        for conv in closed:
            assert conv.closed_at is not None and conv.closed_at <= FIXED_NOW
            back = (today - (conv.closed_at + LOCAL).date()).days
            if conv.agent_id not in AGENTS or not 1 <= back <= HISTORY_DAYS:
                continue
            per_day[(conv.agent_id, back)] += 1
            rated[back] += conv.csat_score is not None
            assert conv.assigned_at is not None and agent_lines[conv.id]
            first_replies.append((agent_lines[conv.id][0].created_at - conv.assigned_at).total_seconds())
        history_tickets = [c.id for c in closed if c.id in ticket_chats]
    for agent_id in AGENTS:
        for back in range(1, HISTORY_DAYS + 1):
            assert per_day[(agent_id, back)] >= 3, (agent_id, back)
    assert all(rated[back] >= 5 for back in range(1, HISTORY_DAYS + 1)), rated
    breaches = sum(wait > SOP for wait in first_replies)
    assert 0 < breaches < len(first_replies) / 4, (breaches, len(first_replies))
    assert min(first_replies) > 0
    assert len(history_tickets) > 40  # the 40 older ticket chats plus some from the week
