"""The traffic simulator: opens chats from its corpus, answers agents, rates, moves tickets on."""

from __future__ import annotations

from sqlalchemy import select

from app.domain.agents import Agent
from app.domain.conversations import Resolution, Sender
from app.shopserver.context import ServerContext
from app.shopserver.core import conversations as ops
from app.shopserver.core.records import agent_from_row
from app.shopserver.db.tables import AgentRow, ConversationRow, MessageRow, TicketProgressRow
from app.shopserver.settings import ServerSettings
from app.shopserver.simulator import corpus
from app.shopserver.simulator.traffic import TICKET_STEP_SECONDS, TrafficSimulator

from .conftest import KeywordAnalyzer


def _agent(ctx: ServerContext, agent_id: str) -> Agent:
    with ctx.db.read() as session:
        row = session.get(AgentRow, agent_id)
        assert row is not None
        return agent_from_row(row)


def test_simulated_customers_open_chats_follow_up_and_rate(seeded_db: str) -> None:
    ctx = ServerContext.build(ServerSettings(db_url=seeded_db, bot_enabled=False), analyzer=KeywordAnalyzer())
    sim = TrafficSimulator(ctx, conversations_per_minute=60_000, seed=3)
    clock = 1000.0
    for _ in range(5):
        clock += 1
        sim.step(clock)
    opened = sim.active_conversations
    assert len(opened) >= 4
    with ctx.db.read() as session:
        first_lines = [
            session.scalar(
                select(MessageRow.text)
                .where(MessageRow.conversation_id == c)
                .order_by(MessageRow.id)
                .limit(1)
            )
            for c in opened
        ]
    assert all(line for line in first_lines)
    known = {*corpus.OPENERS, *(t for lines in corpus.BY_INTENT.values() for t in lines)}
    known |= {t for lines in corpus.ANGRY_BY_INTENT.values() for t in lines}
    assert any(line in known or any(c in line for c in "0123456789") for line in first_lines)

    supervisor = _agent(ctx, "sup01")
    conv_id = opened[0]
    with ctx.db.write() as session:
        conv = session.get(ConversationRow, conv_id)
        assert conv is not None
        row = session.get(AgentRow, "sup01")
        assert row is not None
        if conv.status == "waiting" or conv.agent_id != "sup01":
            ctx.router.assign(session, conv, row, ctx.clock.now())
        ops.post_reply(session, supervisor, conv_id, "r1", "您好，请问订单号是多少？", ctx.clock.now())
    for _ in range(3):
        clock += 15
        sim.step(clock)
    with ctx.db.read() as session:
        senders = session.scalars(
            select(MessageRow.sender).where(MessageRow.conversation_id == conv_id).order_by(MessageRow.id)
        ).all()
    assert senders[-1] == Sender.CUSTOMER  # the customer answered the agent

    with ctx.db.write() as session:
        ops.close(session, ctx.router, supervisor, conv_id, Resolution.RESOLVED, ctx.clock.now())
        ops.invite_csat(session, supervisor, conv_id, ctx.clock.now())
    for _ in range(2):
        clock += 10
        sim.step(clock)
    with ctx.db.read() as session:
        rated = session.get(ConversationRow, conv_id)
        assert rated is not None and rated.csat_score in (1, 2, 3, 4, 5)


def test_simulator_moves_open_tickets_along(seeded_db: str) -> None:
    ctx = ServerContext.build(ServerSettings(db_url=seeded_db), analyzer=KeywordAnalyzer())
    sim = TrafficSimulator(ctx, conversations_per_minute=0.001, seed=1)
    with ctx.db.read() as session:
        before = session.scalar(select(TicketProgressRow.id).order_by(TicketProgressRow.id.desc()).limit(1))
    sim.step(0.0)
    sim.step(TICKET_STEP_SECONDS + 1)
    with ctx.db.read() as session:
        after = session.scalars(select(TicketProgressRow).where(TicketProgressRow.id > (before or 0))).all()
    assert len(after) == 1 and after[0].node in ("reviewing", "reissued", "refunded", "done")
