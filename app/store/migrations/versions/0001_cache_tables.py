"""The cache's tables: conversations, messages, customers, orders and deliveries, tickets, coupons,
knowledge base, drafts, outbox and the sync cursor.

Revision ID: 0001
Revises:
Create Date: 2026-01-10
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.store.column_types import UtcDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create every table of the first release."""
    op.create_table(
        "customers",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("nickname", sa.Text(), nullable=False),
        sa.Column("level", sa.String(16), nullable=False),
        sa.Column("registered_at", UtcDateTime(), nullable=False),
        sa.Column("phone", sa.String(32)),
        sa.Column("qq", sa.String(32)),
        sa.Column("vip_agent_id", sa.String(64)),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("risk_flags", sa.JSON(), nullable=False),
        sa.Column("stats", sa.JSON(), nullable=False),
        sa.Column("fetched_at", UtcDateTime(), nullable=False),
    )
    op.create_index("ix_customers_fetched_at", "customers", ["fetched_at"])

    op.create_table(
        "conversations",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("opened_at", UtcDateTime(), nullable=False),
        sa.Column("skill_group", sa.String(64)),
        sa.Column("agent_id", sa.String(64)),
        sa.Column("vip", sa.Boolean(), nullable=False),
        sa.Column("angry", sa.Boolean(), nullable=False),
        sa.Column("anger", sa.Float(), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("intent", sa.String(32)),
        sa.Column("card_type", sa.String(64)),
        sa.Column("order_no", sa.String(32)),
        sa.Column("order_status", sa.String(32)),
        sa.Column("handoff_reason", sa.Text()),
        sa.Column("waiting_since", UtcDateTime()),
        sa.Column("assigned_at", UtcDateTime()),
        sa.Column("accepted_at", UtcDateTime()),
        sa.Column("closed_at", UtcDateTime()),
        sa.Column("resolution", sa.String(32)),
        sa.Column("last_message_at", UtcDateTime()),
        sa.Column("csat_invited_at", UtcDateTime()),
        sa.Column("csat_score", sa.Integer()),
        sa.Column("history_complete", sa.Boolean(), nullable=False),
        sa.Column("fetched_at", UtcDateTime(), nullable=False),
    )
    op.create_index("ix_conversations_customer_id", "conversations", ["customer_id"])
    op.create_index("ix_conversations_status", "conversations", ["status"])
    op.create_index("ix_conversations_last_message_at", "conversations", ["last_message_at"])
    op.create_index("ix_conversations_history_complete", "conversations", ["history_complete"])

    op.create_table(
        "messages",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("sender", sa.String(16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("agent_id", sa.String(64)),
        sa.Column("client_msg_id", sa.String(200)),
        sa.Column("seq", sa.Integer()),
        sa.Column("cached_at", UtcDateTime(), nullable=False),
    )
    op.create_index("ix_messages_conversation_id_id", "messages", ["conversation_id", "id"])
    op.create_index("ix_messages_created_at", "messages", ["created_at"])

    op.create_table(
        "orders",
        sa.Column("order_no", sa.String(32), primary_key=True),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("amount", sa.Float(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("paid_at", UtcDateTime()),
        sa.Column("items", sa.JSON(), nullable=False),
        sa.Column("payments", sa.JSON(), nullable=False),
        sa.Column("timeline", sa.JSON(), nullable=False),
        sa.Column("ticket_ids", sa.JSON(), nullable=False),
        sa.Column("coupon_ids", sa.JSON(), nullable=False),
        sa.Column("fetched_at", UtcDateTime(), nullable=False),
    )
    op.create_index("ix_orders_customer_id", "orders", ["customer_id"])
    op.create_index("ix_orders_created_at", "orders", ["created_at"])

    op.create_table(
        "deliveries",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "order_no", sa.String(32), sa.ForeignKey("orders.order_no", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("at", UtcDateTime(), nullable=False),
        sa.Column("card_no", sa.String(64)),
        sa.Column("card_secret", sa.String(128)),
        sa.Column("target", sa.String(64)),
        sa.Column("detail", sa.Text()),
    )
    op.create_index("ix_deliveries_order_no", "deliveries", ["order_no"])

    op.create_table(
        "tickets",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("node", sa.String(32), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("review_deadline", UtcDateTime(), nullable=False),
        sa.Column("conversation_id", sa.Integer()),
        sa.Column("order_no", sa.String(32)),
        sa.Column("agent_id", sa.String(64)),
        sa.Column("user_tags", sa.JSON(), nullable=False),
        sa.Column("progress", sa.JSON(), nullable=False),
        sa.Column("fetched_at", UtcDateTime(), nullable=False),
    )
    op.create_index("ix_tickets_customer_id", "tickets", ["customer_id"])
    op.create_index("ix_tickets_created_at", "tickets", ["created_at"])
    op.create_index("ix_tickets_conversation_id", "tickets", ["conversation_id"])
    op.create_index("ix_tickets_order_no", "tickets", ["order_no"])

    op.create_table(
        "coupons",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.String(64), nullable=False),
        sa.Column("amount", sa.Float(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("issued_by", sa.String(64), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("order_no", sa.String(32)),
        sa.Column("code", sa.String(64)),
        sa.Column("decided_by", sa.String(64)),
        sa.Column("decided_at", UtcDateTime()),
        sa.Column("expires_at", UtcDateTime()),
    )
    op.create_index("ix_coupons_customer_id", "coupons", ["customer_id"])
    op.create_index("ix_coupons_created_at", "coupons", ["created_at"])
    op.create_index("ix_coupons_order_no", "coupons", ["order_no"])

    op.create_table(
        "kb_articles",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("layer", sa.String(16), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.Column("intent", sa.String(32)),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("helpful", sa.Integer(), nullable=False),
        sa.Column("unhelpful", sa.Integer(), nullable=False),
        sa.Column("flagged", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_kb_articles_updated_at", "kb_articles", ["updated_at"])

    op.create_table(
        "drafts",
        sa.Column("conversation_id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
    )

    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("client_id", sa.String(200), nullable=False, unique=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("lane", sa.String(64), nullable=False),
        sa.Column("conversation_id", sa.Integer()),
        sa.Column("customer_id", sa.Integer()),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", UtcDateTime()),
        sa.Column("http_status", sa.Integer()),
        sa.Column("error_code", sa.String(64)),
        sa.Column("error_message", sa.Text()),
        sa.Column("result", sa.JSON()),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
    )
    op.create_index("ix_outbox_state_lane_id", "outbox", ["state", "lane", "id"])
    op.create_index("ix_outbox_conversation_id", "outbox", ["conversation_id"])
    op.create_index("ix_outbox_customer_id", "outbox", ["customer_id"])

    op.create_table(
        "sync_cursor",
        sa.Column("server", sa.String(255), primary_key=True),
        sa.Column("agent_id", sa.String(64), primary_key=True),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
    )


def downgrade() -> None:
    """Drop every table of the first release."""
    for table in (
        "sync_cursor",
        "outbox",
        "drafts",
        "kb_articles",
        "coupons",
        "tickets",
        "deliveries",
        "orders",
        "messages",
        "conversations",
        "customers",
    ):
        op.drop_table(table)
