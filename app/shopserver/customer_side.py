"""Customer actions shared by the channel API and the traffic simulator."""

from __future__ import annotations

from app.protocol.channel import CustomerMessageAccepted
from app.protocol.conversations import ConversationOut
from app.shopserver.context import ServerContext
from app.shopserver.core.intake import submit_csat
from app.shopserver.core.wire import conversation_out, message_out


def customer_writes(
    ctx: ServerContext, customer_id: int, client_msg_id: str, text: str
) -> CustomerMessageAccepted:
    """A customer's message: analysed by the engine, stored, then bot or routing (one transaction)."""
    analysis = ctx.analyzer.analyze(text)
    with ctx.db.write() as session:
        message, conv = ctx.intake.customer_says(
            session, customer_id, client_msg_id, text, analysis, ctx.clock.now()
        )
        return CustomerMessageAccepted(message=message_out(message), conversation=conversation_out(conv))


def customer_rates(
    ctx: ServerContext, conversation_id: int, score: int, comment: str | None
) -> ConversationOut:
    """A customer's answer to a CSAT invite."""
    with ctx.db.write() as session:
        return conversation_out(submit_csat(session, conversation_id, score, comment, ctx.clock.now()))
