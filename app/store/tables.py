"""The cache's tables (SQLAlchemy 2). Server ids are primary keys, so a replayed change upserts.

Message rows use the server's message id as their rowid: ids grow with creation time, so
`ORDER BY id DESC` is "most recent first" for search, and the FTS indexes share that rowid.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.store.column_types import UtcDateTime


class Base(DeclarativeBase):
    """Declarative base of the cache's tables."""


class CustomerRow(Base):
    """A customer profile as last fetched (level, tags, risk flags, figures)."""

    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    nickname: Mapped[str] = mapped_column(Text)
    level: Mapped[str] = mapped_column(String(16))
    registered_at: Mapped[datetime] = mapped_column(UtcDateTime)
    phone: Mapped[str | None] = mapped_column(String(32))
    qq: Mapped[str | None] = mapped_column(String(32))
    vip_agent_id: Mapped[str | None] = mapped_column(String(64))
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    risk_flags: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    stats: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    fetched_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)


class ConversationRow(Base):
    """A conversation with its routing tags; `history_complete` once its transcript was fetched."""

    __tablename__ = "conversations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    customer_id: Mapped[int] = mapped_column(Integer, index=True)
    status: Mapped[str] = mapped_column(String(16), index=True)
    opened_at: Mapped[datetime] = mapped_column(UtcDateTime)
    skill_group: Mapped[str | None] = mapped_column(String(64))
    agent_id: Mapped[str | None] = mapped_column(String(64))
    vip: Mapped[bool] = mapped_column(Boolean, default=False)
    angry: Mapped[bool] = mapped_column(Boolean, default=False)
    anger: Mapped[float] = mapped_column(Float, default=0.0)
    priority: Mapped[int] = mapped_column(Integer, default=0)
    intent: Mapped[str | None] = mapped_column(String(32))
    card_type: Mapped[str | None] = mapped_column(String(64))
    order_no: Mapped[str | None] = mapped_column(String(32))
    order_status: Mapped[str | None] = mapped_column(String(32))
    handoff_reason: Mapped[str | None] = mapped_column(Text)
    waiting_since: Mapped[datetime | None] = mapped_column(UtcDateTime)
    assigned_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    accepted_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    resolution: Mapped[str | None] = mapped_column(String(32))
    last_message_at: Mapped[datetime | None] = mapped_column(UtcDateTime, index=True)
    csat_invited_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    csat_score: Mapped[int | None] = mapped_column(Integer)
    history_complete: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    fetched_at: Mapped[datetime] = mapped_column(UtcDateTime)


class MessageRow(Base):
    """One chat line, text exactly as the server sent it; `seq` is the event that brought it."""

    __tablename__ = "messages"
    __table_args__ = (Index("ix_messages_conversation_id_id", "conversation_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    conversation_id: Mapped[int] = mapped_column(Integer)
    sender: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    agent_id: Mapped[str | None] = mapped_column(String(64))
    client_msg_id: Mapped[str | None] = mapped_column(String(200))
    seq: Mapped[int | None] = mapped_column(Integer)
    cached_at: Mapped[datetime] = mapped_column(UtcDateTime)


class OrderRow(Base):
    """An order with items, payments and timeline (JSON lists); deliveries have their own table."""

    __tablename__ = "orders"

    order_no: Mapped[str] = mapped_column(String(32), primary_key=True)
    customer_id: Mapped[int] = mapped_column(Integer, index=True)
    status: Mapped[str] = mapped_column(String(32))
    amount: Mapped[float] = mapped_column(Float)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    paid_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    items: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    payments: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    timeline: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    ticket_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    coupon_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    fetched_at: Mapped[datetime] = mapped_column(UtcDateTime)


class DeliveryRow(Base):
    """One delivery record of an order: the 卡密 issued or the top-up result."""

    __tablename__ = "deliveries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    order_no: Mapped[str] = mapped_column(
        String(32), ForeignKey("orders.order_no", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    card_no: Mapped[str | None] = mapped_column(String(64))
    card_secret: Mapped[str | None] = mapped_column(String(128))
    target: Mapped[str | None] = mapped_column(String(64))
    detail: Mapped[str | None] = mapped_column(Text)


class TicketRow(Base):
    """An after-sales ticket and its progress nodes (JSON list, oldest first)."""

    __tablename__ = "tickets"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    kind: Mapped[str] = mapped_column(String(32))
    node: Mapped[str] = mapped_column(String(32))
    customer_id: Mapped[int] = mapped_column(Integer, index=True)
    description: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    review_deadline: Mapped[datetime] = mapped_column(UtcDateTime)
    conversation_id: Mapped[int | None] = mapped_column(Integer, index=True)
    order_no: Mapped[str | None] = mapped_column(String(32), index=True)
    agent_id: Mapped[str | None] = mapped_column(String(64))
    user_tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    progress: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    fetched_at: Mapped[datetime] = mapped_column(UtcDateTime)


class CouponRow(Base):
    """A coupon as the server last reported it."""

    __tablename__ = "coupons"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    customer_id: Mapped[int] = mapped_column(Integer, index=True)
    template_id: Mapped[str] = mapped_column(String(64))
    amount: Mapped[float] = mapped_column(Float)
    reason: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(32))
    issued_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    order_no: Mapped[str | None] = mapped_column(String(32), index=True)
    code: Mapped[str | None] = mapped_column(String(64))
    decided_by: Mapped[str | None] = mapped_column(String(64))
    decided_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    expires_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class KbArticleRow(Base):
    """A knowledge-base article with its ratings."""

    __tablename__ = "kb_articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    layer: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    intent: Mapped[str | None] = mapped_column(String(32))
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    helpful: Mapped[int] = mapped_column(Integer, default=0)
    unhelpful: Mapped[int] = mapped_column(Integer, default=0)
    flagged: Mapped[bool] = mapped_column(Boolean, default=False)


class DraftRow(Base):
    """The unsent text of one conversation's input box (survives a crash)."""

    __tablename__ = "drafts"

    conversation_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    text: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class OutboxRow(Base):
    """One write waiting for, being sent to, or answered by the server; `id` is the send order."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_state_lane_id", "state", "lane", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    client_id: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(32))
    lane: Mapped[str] = mapped_column(String(64))
    conversation_id: Mapped[int | None] = mapped_column(Integer, index=True)
    customer_id: Mapped[int | None] = mapped_column(Integer, index=True)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    state: Mapped[str] = mapped_column(String(16))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    http_status: Mapped[int | None] = mapped_column(Integer)
    error_code: Mapped[str | None] = mapped_column(String(64))
    error_message: Mapped[str | None] = mapped_column(Text)
    result: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class SyncCursorRow(Base):
    """The last event seq applied for one agent on one server (written with the changes)."""

    __tablename__ = "sync_cursor"

    server: Mapped[str] = mapped_column(String(255), primary_key=True)
    agent_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class QuickReplyRow(Base):
    """One of the agent's own quick replies."""

    __tablename__ = "quick_replies"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    agent_id: Mapped[str] = mapped_column(String(64), index=True)
    shortcut: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class IntentCorrectionRow(Base):
    """An agent's correction of the engine's intent for one customer message (the last one wins)."""

    __tablename__ = "intent_corrections"

    message_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    conversation_id: Mapped[int] = mapped_column(Integer, index=True)
    text: Mapped[str] = mapped_column(Text)
    intent: Mapped[str] = mapped_column(String(32))
    predicted: Mapped[str | None] = mapped_column(String(32))
    angry: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class CampaignRow(Base):
    """The shop's running campaign as last fetched."""

    __tablename__ = "campaigns"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    title: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    coupon_template_id: Mapped[str] = mapped_column(String(64))
    coupon_amount: Mapped[float] = mapped_column(Float)
    starts_at: Mapped[datetime] = mapped_column(UtcDateTime)
    ends_at: Mapped[datetime] = mapped_column(UtcDateTime)
