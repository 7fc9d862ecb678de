"""Compensation coupons: issued at once within the agent's limit, else a supervisor decides.

Policy: the amount must lie within the template's range, and an order gets at most one live coupon
of each template (a second attempt with a new key is refused with 409, so double clicks that
escape the client's idempotency key still cannot pay twice).
"""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.agents import Agent
from app.domain.conversations import ConversationStatus, Sender
from app.domain.coupons import CouponStatus
from app.domain.errors import Conflict, Forbidden, InvalidInput, NotFound
from app.domain.events import EventType
from app.protocol.coupons import CouponCreate
from app.shopserver.core.conversations import add_message
from app.shopserver.core.event_log import SUPERVISORS, agent_target, record_event
from app.shopserver.core.records import cents, yuan
from app.shopserver.core.wire import coupon_out
from app.shopserver.db.tables import ConversationRow, CouponRow, CouponTemplateRow, CustomerRow, OrderRow


def list_templates(session: Session) -> list[CouponTemplateRow]:
    """Every coupon template."""
    return list(session.scalars(select(CouponTemplateRow).order_by(CouponTemplateRow.id)))


def issue_coupon(session: Session, agent: Agent, request: CouponCreate, now: datetime) -> CouponRow:
    """Issue (status issued) or queue for approval (status pending_approval)."""
    template = session.get(CouponTemplateRow, request.template_id)
    if template is None:
        raise InvalidInput(
            f"no coupon template {request.template_id}", code="unknown_template", field="template_id"
        )
    customer = session.get(CustomerRow, request.customer_id)
    if customer is None:
        raise InvalidInput(f"no customer {request.customer_id}", code="unknown_customer", field="customer_id")
    amount = cents(request.amount)
    if not template.min_cents <= amount <= template.max_cents:
        raise InvalidInput(
            f"amount must be between {yuan(template.min_cents):g} and {yuan(template.max_cents):g}",
            code="amount_out_of_range",
            field="amount",
        )
    if request.order_no is not None:
        order = session.get(OrderRow, request.order_no)
        if order is None:
            raise InvalidInput(f"no order {request.order_no}", code="unknown_order", field="order_no")
        if order.customer_id != customer.id:
            raise InvalidInput(
                "the order belongs to another customer", code="order_not_customers", field="order_no"
            )
        live = session.scalar(
            select(CouponRow.id).where(
                CouponRow.order_no == request.order_no,
                CouponRow.template_id == template.id,
                CouponRow.status.in_([CouponStatus.ISSUED, CouponStatus.PENDING_APPROVAL]),
            )
        )
        if live is not None:
            raise Conflict(
                f"coupon {live} of this template already exists for the order", code="coupon_exists"
            )
    within_limit = amount <= cents(agent.coupon_limit)
    coupon = CouponRow(
        customer_id=customer.id,
        order_no=request.order_no,
        conversation_id=request.conversation_id,
        template_id=template.id,
        amount_cents=amount,
        reason=request.reason,
        status=str(CouponStatus.ISSUED if within_limit else CouponStatus.PENDING_APPROVAL),
        issued_by=agent.id,
        created_at=now,
    )
    session.add(coupon)
    session.flush()
    if within_limit:
        _activate(session, coupon, template, now)
    else:
        record_event(
            session,
            EventType.COUPON_UPDATED,
            coupon_out(coupon),
            [agent_target(agent.id), SUPERVISORS],
            now,
        )
    return coupon


def _activate(session: Session, coupon: CouponRow, template: CouponTemplateRow, now: datetime) -> None:
    coupon.status = str(CouponStatus.ISSUED)
    coupon.code = "KMQ" + secrets.token_hex(6).upper()
    coupon.expires_at = now + timedelta(days=template.validity_days)
    session.flush()
    record_event(
        session,
        EventType.COUPON_ISSUED,
        coupon_out(coupon),
        [agent_target(coupon.issued_by), SUPERVISORS],
        now,
    )
    conv = _customer_chat(session, coupon)
    if conv is not None:
        amount = yuan(coupon.amount_cents)
        days = template.validity_days
        text = f"已为您发放 {amount:g} 元{template.name}，券码 {coupon.code}，{days} 天内有效。"
        add_message(session, conv, Sender.SYSTEM, text, now)


def _customer_chat(session: Session, coupon: CouponRow) -> ConversationRow | None:
    if coupon.conversation_id is not None:
        conv = session.get(ConversationRow, coupon.conversation_id)
        if conv is not None and conv.customer_id == coupon.customer_id:
            return conv
    return session.scalar(
        select(ConversationRow)
        .where(
            ConversationRow.customer_id == coupon.customer_id,
            ConversationRow.status != ConversationStatus.CLOSED,
        )
        .order_by(ConversationRow.id.desc())
        .limit(1)
    )


def load_coupon(session: Session, coupon_id: int) -> CouponRow:
    """The coupon or 404."""
    coupon = session.get(CouponRow, coupon_id)
    if coupon is None:
        raise NotFound(f"coupon {coupon_id} does not exist", code="coupon_not_found")
    return coupon


def decide_coupon(
    session: Session, supervisor: Agent, coupon_id: int, approve: bool, now: datetime
) -> CouponRow:
    """A supervisor approves (→ issued) or rejects a pending coupon."""
    if not supervisor.is_supervisor:
        raise Forbidden("only a supervisor can approve coupons", code="supervisor_only")
    coupon = load_coupon(session, coupon_id)
    if coupon.status != CouponStatus.PENDING_APPROVAL:
        raise Conflict(f"the coupon is {coupon.status}, not pending approval", code="not_pending")
    coupon.decided_by = supervisor.id
    coupon.decided_at = now
    if approve:
        template = session.get(CouponTemplateRow, coupon.template_id)
        assert template is not None
        _activate(session, coupon, template, now)
    else:
        coupon.status = str(CouponStatus.REJECTED)
        session.flush()
        record_event(
            session,
            EventType.COUPON_UPDATED,
            coupon_out(coupon),
            [agent_target(coupon.issued_by), SUPERVISORS],
            now,
        )
    return coupon


def visible_coupons(session: Session, agent: Agent, status: str | None, limit: int) -> list[CouponRow]:
    """A supervisor sees every coupon; an agent those they issued."""
    query = select(CouponRow)
    if not agent.is_supervisor:
        query = query.where(CouponRow.issued_by == agent.id)
    if status is not None:
        query = query.where(CouponRow.status == status)
    return list(session.scalars(query.order_by(CouponRow.id.desc()).limit(limit)))
