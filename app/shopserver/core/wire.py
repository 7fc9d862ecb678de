"""Rows straight to wire models, for responses and event payloads."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.protocol.conversations import ConversationOut, MessageOut
from app.protocol.coupons import CouponOut
from app.protocol.orders import OrderOut
from app.protocol.tickets import TicketOut
from app.shopserver.core.records import (
    conversation_from_row,
    coupon_from_row,
    message_from_row,
    order_from_row,
    ticket_from_row,
)
from app.shopserver.db.tables import ConversationRow, CouponRow, MessageRow, OrderRow, TicketRow


def conversation_out(row: ConversationRow) -> ConversationOut:
    """Wire form of a conversation row."""
    return ConversationOut.from_domain(conversation_from_row(row))


def message_out(row: MessageRow) -> MessageOut:
    """Wire form of a message row."""
    return MessageOut.from_domain(message_from_row(row))


def coupon_out(row: CouponRow) -> CouponOut:
    """Wire form of a coupon row."""
    return CouponOut.from_domain(coupon_from_row(row))


def ticket_out(session: Session, row: TicketRow) -> TicketOut:
    """Wire form of a ticket row with its progress."""
    return TicketOut.from_domain(ticket_from_row(session, row))


def order_out(session: Session, row: OrderRow) -> OrderOut:
    """Wire form of an order row with everything attached."""
    return OrderOut.from_domain(order_from_row(session, row))
