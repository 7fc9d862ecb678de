"""Domain objects with sensible defaults for the cache tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from app.domain.conversations import Conversation, ConversationStatus, Message, Sender
from app.domain.coupons import Coupon, CouponStatus
from app.domain.customers import Customer, CustomerLevel, CustomerStats, RiskFlag
from app.domain.knowledge import KbArticle, KbLayer
from app.domain.orders import Delivery, DeliveryKind, DeliveryStatus, Order, OrderItem, OrderStatus
from app.domain.tickets import Ticket, TicketKind, TicketNode, TicketProgress

NOW = datetime(2026, 1, 10, 8, 0, tzinfo=UTC)


def message(message_id: int, text: str = "我的话费没到账", conversation_id: int = 1, **kw: Any) -> Message:
    """A customer message."""
    values: dict[str, Any] = {
        "id": message_id,
        "conversation_id": conversation_id,
        "sender": Sender.CUSTOMER,
        "text": text,
        "created_at": NOW + timedelta(seconds=message_id),
    }
    values.update(kw)
    return Message(**values)


def conversation(conversation_id: int = 1, customer_id: int = 10001, **kw: Any) -> Conversation:
    """A chat assigned to agent01."""
    values: dict[str, Any] = {
        "id": conversation_id,
        "customer_id": customer_id,
        "status": ConversationStatus.ASSIGNED,
        "opened_at": NOW,
        "group": "recharge",
        "agent_id": "agent01",
        "last_message_at": NOW,
    }
    values.update(kw)
    return Conversation(**values)


def customer(customer_id: int = 10001, **kw: Any) -> Customer:
    """A VIP customer with a tag and a risk flag."""
    values: dict[str, Any] = {
        "id": customer_id,
        "nickname": "小王",
        "level": CustomerLevel.VIP,
        "registered_at": NOW - timedelta(days=400),
        "phone": "13812345678",
        "tags": ("VIP", "高频用户"),
        "risk_flags": (RiskFlag("new_ip_login", "新设备登录", NOW),),
        "stats": CustomerStats(orders=3, total_spent=300.0, aftersales=1, last_order_at=NOW),
    }
    values.update(kw)
    return Customer(**values)


def order(order_no: str = "KM2026011000000001", customer_id: int = 10001, **kw: Any) -> Order:
    """A delivered 卡密 order."""
    values: dict[str, Any] = {
        "order_no": order_no,
        "customer_id": customer_id,
        "status": OrderStatus.DELIVERED,
        "amount": 100.0,
        "created_at": NOW - timedelta(days=1),
        "paid_at": NOW - timedelta(days=1),
        "items": (OrderItem("jd-100", "京东E卡100元", "京东E卡", 100.0, 1, 98.5),),
        "deliveries": (
            Delivery(
                DeliveryKind.CARD_KEY,
                DeliveryStatus.ISSUED,
                NOW,
                card_no="JD001",
                card_secret="ABCD-EFGH-JKLM",
            ),
        ),
        "coupon_ids": (7,),
    }
    values.update(kw)
    return Order(**values)


def ticket(ticket_id: int = 1, customer_id: int = 10001, **kw: Any) -> Ticket:
    """A reissue ticket under review."""
    values: dict[str, Any] = {
        "id": ticket_id,
        "kind": TicketKind.REISSUE,
        "node": TicketNode.REVIEWING,
        "customer_id": customer_id,
        "description": "卡密无效，申请补发",
        "created_at": NOW,
        "review_deadline": NOW + timedelta(hours=24),
        "conversation_id": 1,
        "order_no": "KM2026011000000001",
        "progress": (TicketProgress(TicketNode.SUBMITTED, NOW), TicketProgress(TicketNode.REVIEWING, NOW)),
    }
    values.update(kw)
    return Ticket(**values)


def coupon(coupon_id: int = 7, customer_id: int = 10001, **kw: Any) -> Coupon:
    """An issued delay-compensation coupon."""
    values: dict[str, Any] = {
        "id": coupon_id,
        "customer_id": customer_id,
        "template_id": "delay_comp",
        "amount": 5.0,
        "reason": "到账延迟",
        "status": CouponStatus.ISSUED,
        "issued_by": "agent01",
        "created_at": NOW,
        "order_no": "KM2026011000000001",
        "code": "KMQ123",
    }
    values.update(kw)
    return Coupon(**values)


def article(article_id: int = 1, **kw: Any) -> KbArticle:
    """A general knowledge-base article."""
    values: dict[str, Any] = {
        "id": article_id,
        "layer": KbLayer.GENERAL,
        "title": "话费未到账怎么办",
        "body": "请提供订单号……",
        "updated_at": NOW,
        "intent": "not_received",
        "tags": ("话费",),
    }
    values.update(kw)
    return KbArticle(**values)
