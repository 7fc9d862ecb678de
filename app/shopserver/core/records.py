"""Rows → domain objects (and the few figures that are computed, never stored)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.agents import Agent, AgentRole, Presence
from app.domain.conversations import Conversation, ConversationStatus, Message, Resolution, Sender
from app.domain.coupons import Coupon, CouponStatus, CouponTemplate
from app.domain.customers import Customer, CustomerLevel, CustomerStats, RiskFlag
from app.domain.knowledge import KbArticle, KbLayer
from app.domain.orders import (
    Delivery,
    DeliveryKind,
    DeliveryStatus,
    Order,
    OrderEvent,
    OrderItem,
    OrderStatus,
    Payment,
    PaymentStatus,
)
from app.domain.tickets import Ticket, TicketKind, TicketNode, TicketProgress
from app.shopserver.db.tables import (
    AgentRow,
    ConversationRow,
    CouponRow,
    CouponTemplateRow,
    CustomerRow,
    DeliveryRow,
    KbArticleRow,
    MessageRow,
    OrderEventRow,
    OrderItemRow,
    OrderRow,
    PaymentRow,
    RiskFlagRow,
    TicketProgressRow,
    TicketRow,
)


def yuan(cents: int) -> float:
    """Cents → yuan."""
    return round(cents / 100, 2)


def cents(amount: float) -> int:
    """Yuan → cents (rounded to the nearest cent)."""
    return round(amount * 100)


def agent_from_row(row: AgentRow) -> Agent:
    """Domain agent."""
    return Agent(
        id=row.id,
        name=row.name,
        role=AgentRole(row.role),
        skill_groups=tuple(row.skill_groups),
        vip_desk=row.vip_desk,
        coupon_limit=yuan(row.coupon_limit_cents),
        max_concurrent=row.max_concurrent,
        presence=Presence(row.presence),
        last_seen_at=row.last_seen_at,
    )


def conversation_from_row(row: ConversationRow) -> Conversation:
    """Domain conversation."""
    return Conversation(
        id=row.id,
        customer_id=row.customer_id,
        status=ConversationStatus(row.status),
        opened_at=row.opened_at,
        group=row.skill_group,
        agent_id=row.agent_id,
        vip=row.vip,
        angry=row.angry,
        anger=round(row.anger, 4),
        priority=row.priority,
        intent=row.intent,
        card_type=row.card_type,
        order_no=row.order_no,
        order_status=row.order_status,
        handoff_reason=row.handoff_reason,
        waiting_since=row.waiting_since,
        assigned_at=row.assigned_at,
        accepted_at=row.accepted_at,
        closed_at=row.closed_at,
        resolution=Resolution(row.resolution) if row.resolution else None,
        last_message_at=row.last_message_at,
        csat_invited_at=row.csat_invited_at,
        csat_score=row.csat_score,
    )


def message_from_row(row: MessageRow) -> Message:
    """Domain message."""
    return Message(
        id=row.id,
        conversation_id=row.conversation_id,
        sender=Sender(row.sender),
        text=row.text,
        created_at=row.created_at,
        agent_id=row.agent_id,
        client_msg_id=row.client_msg_id,
    )


def customer_stats(session: Session, customer_id: int) -> CustomerStats:
    """Order count, spend and after-sales count, computed from the orders and tickets."""
    figures = select(
        func.count(OrderRow.order_no),
        func.coalesce(func.sum(OrderRow.amount_cents), 0),
        func.min(OrderRow.created_at),
        func.max(OrderRow.created_at),
    ).where(OrderRow.customer_id == customer_id)
    count, spent, first, last = session.execute(figures).one()
    tickets = session.scalar(select(func.count(TicketRow.id)).where(TicketRow.customer_id == customer_id))
    return CustomerStats(
        orders=count,
        total_spent=yuan(spent),
        aftersales=tickets or 0,
        first_order_at=first,
        last_order_at=last,
    )


def customer_from_row(session: Session, row: CustomerRow) -> Customer:
    """Domain customer with risk flags and computed stats."""
    flags = session.scalars(
        select(RiskFlagRow).where(RiskFlagRow.customer_id == row.id).order_by(RiskFlagRow.at)
    ).all()
    return Customer(
        id=row.id,
        nickname=row.nickname,
        level=CustomerLevel(row.level),
        registered_at=row.registered_at,
        phone=row.phone,
        qq=row.qq,
        vip_agent_id=row.vip_agent_id,
        tags=tuple(row.tags),
        risk_flags=tuple(RiskFlag(code=f.code, detail=f.detail, at=f.at) for f in flags),
        stats=customer_stats(session, row.id),
    )


def order_from_row(session: Session, row: OrderRow) -> Order:
    """Domain order with items, payments, deliveries, timeline, tickets and coupons."""
    no = row.order_no
    items = session.scalars(select(OrderItemRow).where(OrderItemRow.order_no == no).order_by(OrderItemRow.id))
    payments = session.scalars(select(PaymentRow).where(PaymentRow.order_no == no).order_by(PaymentRow.id))
    deliveries = session.scalars(
        select(DeliveryRow).where(DeliveryRow.order_no == no).order_by(DeliveryRow.id)
    )
    timeline = session.scalars(
        select(OrderEventRow).where(OrderEventRow.order_no == no).order_by(OrderEventRow.id)
    )
    ticket_ids = session.scalars(select(TicketRow.id).where(TicketRow.order_no == no).order_by(TicketRow.id))
    coupon_ids = session.scalars(select(CouponRow.id).where(CouponRow.order_no == no).order_by(CouponRow.id))
    return Order(
        order_no=no,
        customer_id=row.customer_id,
        status=OrderStatus(row.status),
        amount=yuan(row.amount_cents),
        created_at=row.created_at,
        paid_at=row.paid_at,
        items=tuple(
            OrderItem(
                sku=i.sku,
                name=i.name,
                card_type=i.card_type,
                face_value=yuan(i.face_value_cents),
                quantity=i.quantity,
                price=yuan(i.price_cents),
                game=i.game,
            )
            for i in items
        ),
        payments=tuple(
            Payment(
                channel=p.channel,
                status=PaymentStatus(p.status),
                amount=yuan(p.amount_cents),
                at=p.at,
                txn_no=p.txn_no,
                failure_reason=p.failure_reason,
            )
            for p in payments
        ),
        deliveries=tuple(
            Delivery(
                kind=DeliveryKind(d.kind),
                status=DeliveryStatus(d.status),
                at=d.at,
                card_no=d.card_no,
                card_secret=d.card_secret,
                target=d.target,
                detail=d.detail,
            )
            for d in deliveries
        ),
        timeline=tuple(OrderEvent(status=e.status, at=e.at, note=e.note) for e in timeline),
        ticket_ids=tuple(ticket_ids),
        coupon_ids=tuple(coupon_ids),
    )


def template_from_row(row: CouponTemplateRow) -> CouponTemplate:
    """Domain coupon template."""
    return CouponTemplate(
        id=row.id,
        name=row.name,
        description=row.description,
        min_amount=yuan(row.min_cents),
        max_amount=yuan(row.max_cents),
        default_amount=yuan(row.default_cents),
        validity_days=row.validity_days,
    )


def coupon_from_row(row: CouponRow) -> Coupon:
    """Domain coupon."""
    return Coupon(
        id=row.id,
        customer_id=row.customer_id,
        template_id=row.template_id,
        amount=yuan(row.amount_cents),
        reason=row.reason,
        status=CouponStatus(row.status),
        issued_by=row.issued_by,
        created_at=row.created_at,
        order_no=row.order_no,
        code=row.code,
        decided_by=row.decided_by,
        decided_at=row.decided_at,
        expires_at=row.expires_at,
    )


def ticket_from_row(session: Session, row: TicketRow) -> Ticket:
    """Domain ticket with its progress nodes."""
    progress = session.scalars(
        select(TicketProgressRow).where(TicketProgressRow.ticket_id == row.id).order_by(TicketProgressRow.id)
    )
    return Ticket(
        id=row.id,
        kind=TicketKind(row.kind),
        node=TicketNode(row.node),
        customer_id=row.customer_id,
        description=row.description,
        created_at=row.created_at,
        review_deadline=row.review_deadline,
        conversation_id=row.conversation_id,
        order_no=row.order_no,
        agent_id=row.agent_id,
        user_tags=tuple(row.user_tags),
        progress=tuple(TicketProgress(node=TicketNode(p.node), at=p.at, note=p.note) for p in progress),
    )


def article_from_row(row: KbArticleRow) -> KbArticle:
    """Domain knowledge-base article."""
    return KbArticle(
        id=row.id,
        layer=KbLayer(row.layer),
        title=row.title,
        body=row.body,
        updated_at=row.updated_at,
        intent=row.intent,
        tags=tuple(row.tags),
        helpful=row.helpful,
        unhelpful=row.unhelpful,
        flagged=row.flagged,
    )
