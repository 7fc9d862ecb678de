"""The agent's quick replies, intent corrections for retraining, and the running campaign.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.store.column_types import UtcDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the three tables."""
    op.create_table(
        "quick_replies",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("agent_id", sa.String(64), nullable=False),
        sa.Column("shortcut", sa.String(32), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
    )
    op.create_index("ix_quick_replies_agent_id", "quick_replies", ["agent_id"])
    op.create_table(
        "intent_corrections",
        sa.Column("message_id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("intent", sa.String(32), nullable=False),
        sa.Column("predicted", sa.String(32)),
        sa.Column("angry", sa.Boolean(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
    )
    op.create_index("ix_intent_corrections_conversation_id", "intent_corrections", ["conversation_id"])
    op.create_table(
        "campaigns",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("coupon_template_id", sa.String(64), nullable=False),
        sa.Column("coupon_amount", sa.Float(), nullable=False),
        sa.Column("starts_at", UtcDateTime(), nullable=False),
        sa.Column("ends_at", UtcDateTime(), nullable=False),
    )


def downgrade() -> None:
    """Drop them."""
    op.drop_table("campaigns")
    op.drop_index("ix_intent_corrections_conversation_id", "intent_corrections")
    op.drop_table("intent_corrections")
    op.drop_index("ix_quick_replies_agent_id", "quick_replies")
    op.drop_table("quick_replies")
