"""After-sales tickets: open from a chat (or by the bot), move through the nodes, tell everyone."""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.conversations import ConversationStatus, Sender
from app.domain.errors import Conflict, InvalidInput, NotFound
from app.domain.events import EventType
from app.domain.orders import DeliveryKind, DeliveryStatus, OrderStatus, PaymentStatus
from app.domain.tickets import NEXT_NODES, REVIEW_SLA_HOURS, TicketKind, TicketNode
from app.shopserver.core.conversations import add_message
from app.shopserver.core.customer_tags import user_tags
from app.shopserver.core.event_log import agent_target, group_target, record_event
from app.shopserver.core.wire import order_out, ticket_out
from app.shopserver.db.tables import (
    ConversationRow,
    CustomerRow,
    DeliveryRow,
    OrderEventRow,
    OrderItemRow,
    OrderRow,
    PaymentRow,
    TicketProgressRow,
    TicketRow,
)

KIND_LABELS = {
    TicketKind.REISSUE: "补发",
    TicketKind.REFUND: "退款",
    TicketKind.CARD_CHECK: "卡密核查",
    TicketKind.PAYMENT_DISPUTE: "支付争议",
}


def _customer_notice(ticket: TicketRow, node: TicketNode, amount: float | None) -> str:
    kind = KIND_LABELS[TicketKind(ticket.kind)]
    return {
        TicketNode.SUBMITTED: f"您的售后工单 #{ticket.id}（{kind}）已提交，我们会在 24 小时内审核。",
        TicketNode.REVIEWING: f"您的售后工单 #{ticket.id} 正在审核中，请耐心等待。",
        TicketNode.REISSUED: f"您的售后工单 #{ticket.id} 已为您补发，请在订单详情查看新的卡密或充值结果。",
        TicketNode.REFUNDED: f"您的售后工单 #{ticket.id} 已退款 {amount or 0:g} 元，原路退回。",
        TicketNode.DONE: f"您的售后工单 #{ticket.id} 已处理完成，感谢您的耐心。",
    }[node]


def ticket_targets(session: Session, ticket: TicketRow) -> list[str]:
    """The ticket's creator, the agent now serving its chat, and the after-sales group."""
    targets = {group_target("aftersale")}
    if ticket.agent_id:
        targets.add(agent_target(ticket.agent_id))
    if ticket.conversation_id is not None:
        conv = session.get(ConversationRow, ticket.conversation_id)
        if conv is not None and conv.agent_id:
            targets.add(agent_target(conv.agent_id))
    return sorted(targets)


def order_targets(session: Session, order: OrderRow) -> list[str]:
    """Agents with an open chat of the order's customer."""
    agents = session.scalars(
        select(ConversationRow.agent_id).where(
            ConversationRow.customer_id == order.customer_id,
            ConversationRow.status == ConversationStatus.ASSIGNED,
        )
    ).all()
    return sorted({agent_target(a) for a in agents if a})


def _notify(
    session: Session, ticket: TicketRow, node: TicketNode, now: datetime, amount: float | None
) -> None:
    record_event(
        session, EventType.TICKET_UPDATED, ticket_out(session, ticket), ticket_targets(session, ticket), now
    )
    if ticket.conversation_id is not None:
        conv = session.get(ConversationRow, ticket.conversation_id)
        if conv is not None:
            add_message(session, conv, Sender.SYSTEM, _customer_notice(ticket, node, amount), now)


def open_ticket(
    session: Session,
    *,
    customer_id: int,
    conversation_id: int | None,
    order_no: str | None,
    kind: TicketKind,
    description: str,
    agent_id: str | None,
    now: datetime,
) -> TicketRow:
    """A new ticket at 提交, tagged with the customer's user tags; the customer is told."""
    customer = session.get(CustomerRow, customer_id)
    if customer is None:
        raise InvalidInput(f"no customer {customer_id}", code="unknown_customer", field="customer_id")
    if order_no is not None:
        order = session.get(OrderRow, order_no)
        if order is None:
            raise InvalidInput(f"no order {order_no}", code="unknown_order", field="order_no")
        if order.customer_id != customer_id:
            raise InvalidInput(
                "the order belongs to another customer", code="order_not_customers", field="order_no"
            )
    tags = user_tags(session, customer, now)
    ticket = TicketRow(
        kind=str(kind),
        node=str(TicketNode.SUBMITTED),
        customer_id=customer_id,
        conversation_id=conversation_id,
        order_no=order_no,
        agent_id=agent_id,
        description=description,
        user_tags=tags,
        created_at=now,
        review_deadline=now + timedelta(hours=REVIEW_SLA_HOURS),
    )
    session.add(ticket)
    session.flush()
    session.add(TicketProgressRow(ticket_id=ticket.id, node=str(TicketNode.SUBMITTED), note="", at=now))
    session.flush()
    _notify(session, ticket, TicketNode.SUBMITTED, now, None)
    return ticket


def load_ticket(session: Session, ticket_id: int) -> TicketRow:
    """The ticket or 404."""
    ticket = session.get(TicketRow, ticket_id)
    if ticket is None:
        raise NotFound(f"ticket {ticket_id} does not exist", code="ticket_not_found")
    return ticket


def advance_ticket(session: Session, ticket_id: int, node: TicketNode, note: str, now: datetime) -> TicketRow:
    """Move to the next node; 已补发 issues a new card key, 已退款 refunds the order."""
    ticket = load_ticket(session, ticket_id)
    current = TicketNode(ticket.node)
    if node not in NEXT_NODES[current]:
        allowed = ", ".join(NEXT_NODES[current]) or "none"
        raise Conflict(f"{current} cannot move to {node} (next: {allowed})", code="invalid_transition")
    amount = None
    if ticket.order_no is not None:
        order = session.get(OrderRow, ticket.order_no)
        if order is not None and node is TicketNode.REISSUED:
            _reissue(session, order, ticket, now)
        elif order is not None and node is TicketNode.REFUNDED:
            amount = _refund(session, order, ticket, now)
    ticket.node = str(node)
    session.add(TicketProgressRow(ticket_id=ticket.id, node=str(node), note=note, at=now))
    session.flush()
    _notify(session, ticket, node, now, amount)
    return ticket


def _reissue(session: Session, order: OrderRow, ticket: TicketRow, now: datetime) -> None:
    item = session.scalar(select(OrderItemRow).where(OrderItemRow.order_no == order.order_no).limit(1))
    topup = item is not None and item.card_type in ("话费", "流量", "Q币")
    delivery = DeliveryRow(
        order_no=order.order_no,
        kind=str(DeliveryKind.TOPUP if topup else DeliveryKind.CARD_KEY),
        status=str(DeliveryStatus.SUCCEEDED if topup else DeliveryStatus.ISSUED),
        card_no=None if topup else "R" + secrets.token_hex(6).upper(),
        card_secret=None if topup else "-".join(secrets.token_hex(2).upper() for _ in range(4)),
        detail=f"工单 #{ticket.id} 补发",
        at=now,
    )
    session.add(delivery)
    order.status = str(OrderStatus.DELIVERED)
    session.add(
        OrderEventRow(order_no=order.order_no, status=order.status, note=f"工单 #{ticket.id} 补发", at=now)
    )
    session.flush()
    record_event(
        session, EventType.ORDER_UPDATED, order_out(session, order), order_targets(session, order), now
    )


def _refund(session: Session, order: OrderRow, ticket: TicketRow, now: datetime) -> float:
    order.status = str(OrderStatus.REFUNDED)
    session.add(
        PaymentRow(
            order_no=order.order_no,
            channel="refund",
            status=str(PaymentStatus.REFUNDED),
            amount_cents=order.amount_cents,
            txn_no=None,
            at=now,
        )
    )
    session.add(
        OrderEventRow(order_no=order.order_no, status=order.status, note=f"工单 #{ticket.id} 退款", at=now)
    )
    session.flush()
    record_event(
        session, EventType.ORDER_UPDATED, order_out(session, order), order_targets(session, order), now
    )
    return round(order.amount_cents / 100, 2)
