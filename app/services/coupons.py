"""Compensation coupons: a proposal from the shop's policy, issuing through the outbox exactly
once (whatever the clicks, retries or restarts), and supervisors' approvals."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy.orm import Session

from app.domain.conversations import Conversation
from app.domain.coupons import Coupon, CouponStatus, CouponTemplate
from app.domain.intents import Intent
from app.domain.orders import Order, OrderStatus
from app.services.change_bus import ChangeBus
from app.services.changes import Changes
from app.services.chat_lines import DeliveryState, delivery_state
from app.services.shop_reads import CouponPolicy, ShopReads
from app.store import coupons as coupon_table
from app.store import outbox as outbox_table
from app.store.outbox import OutboxItem, OutboxKind, OutboxState
from app.sync.client import SyncClient

log = logging.getLogger(__name__)

DELAYED = {OrderStatus.DELIVERING, OrderStatus.STUCK, OrderStatus.FAILED, OrderStatus.PAID}
CARD_PROBLEMS = {Intent.CARD_INVALID.value}


class ProposalReason(StrEnum):
    """Why this template was proposed (the UI words it)."""

    DELAY = "delay"
    CARD_PROBLEM = "card_problem"
    APOLOGY = "apology"
    VIP_CARE = "vip_care"


@dataclass(frozen=True, slots=True)
class CouponProposal:
    """What one click will issue, and whether a supervisor must approve it."""

    customer_id: int
    order_no: str | None
    conversation_id: int | None
    template: CouponTemplate
    amount: float
    reason: ProposalReason
    needs_approval: bool

    @property
    def reason_text(self) -> str:
        """The reason stored with the coupon (the same for every click, so clicks dedupe)."""
        return f"{self.template.name}（{self.order_no or '无订单'}）"


@dataclass(frozen=True, slots=True)
class CouponState:
    """A coupon of an order as the panel shows it: issued, awaiting approval, or still in the outbox."""

    template_id: str
    amount: float
    status: str  # a CouponStatus value, or a DeliveryState value while in the outbox
    code: str | None = None
    coupon_id: int | None = None
    outbox_id: int | None = None
    error_code: str | None = None


def _pending_items(session: Session, order_no: str) -> list[OutboxItem]:
    items = outbox_table.list_items(
        session, states=(OutboxState.QUEUED, OutboxState.SENDING, OutboxState.FAILED)
    )
    return [i for i in items if i.kind is OutboxKind.COUPON and i.payload.get("order_no") == order_no]


class CouponService:
    """Issues coupons; every change is broadcast as `Changes`."""

    def __init__(self, client: SyncClient, reads: ShopReads, bus: ChangeBus) -> None:
        self.client = client
        self.reads = reads
        self.bus = bus
        self._policy: CouponPolicy | None = None

    async def policy(self) -> CouponPolicy:
        """Templates and the agent's limit (fetched once per session)."""
        if self._policy is None:
            self._policy = await self.reads.coupon_policy()
        return self._policy

    def cached_policy(self) -> CouponPolicy | None:
        """The policy if it was fetched already."""
        return self._policy

    async def propose(self, order: Order, conversation: Conversation | None = None) -> CouponProposal | None:
        """The template and amount the shop's policy suggests for this order (None: no templates)."""
        policy = await self.policy()
        by_id = {t.id: t for t in policy.templates}
        if conversation is not None and conversation.intent in CARD_PROBLEMS and "card_issue_comp" in by_id:
            template, reason = by_id["card_issue_comp"], ProposalReason.CARD_PROBLEM
        elif order.status in DELAYED and "delay_comp" in by_id:
            template, reason = by_id["delay_comp"], ProposalReason.DELAY
        elif "apology" in by_id:
            template, reason = by_id["apology"], ProposalReason.APOLOGY
        elif policy.templates:
            template, reason = policy.templates[0], ProposalReason.APOLOGY
        else:
            return None
        amount = template.default_amount
        return CouponProposal(
            customer_id=order.customer_id,
            order_no=order.order_no,
            conversation_id=conversation.id if conversation else None,
            template=template,
            amount=amount,
            reason=reason,
            needs_approval=amount > policy.agent_limit,
        )

    def with_amount(self, proposal: CouponProposal, amount: float) -> CouponProposal:
        """The proposal with another amount (clamped to the template's range)."""
        limit = self._policy.agent_limit if self._policy else 0.0
        clamped = min(max(amount, proposal.template.min_amount), proposal.template.max_amount)
        return CouponProposal(
            proposal.customer_id,
            proposal.order_no,
            proposal.conversation_id,
            proposal.template,
            round(clamped, 2),
            proposal.reason,
            clamped > limit,
        )

    async def states(self, order_no: str) -> list[CouponState]:
        """The order's coupons: cached ones from the server, then those still in the outbox."""

        def read(session: Session) -> list[CouponState]:
            issued = coupon_table.coupons_of_order(session, order_no)
            out = [
                CouponState(c.template_id, c.amount, str(c.status), c.code, coupon_id=c.id) for c in issued
            ]
            for item in _pending_items(session, order_no):
                out.append(
                    CouponState(
                        str(item.payload.get("template_id")),
                        float(item.payload.get("amount", 0)),
                        str(delivery_state(item.state)),
                        outbox_id=item.id,
                        error_code=item.error_code,
                    )
                )
            return out

        return await self.client.worker.read(read)

    async def issue(self, proposal: CouponProposal) -> CouponState:
        """Issue once: an existing live coupon or a pending identical request is returned instead."""

        def live_one(session: Session) -> Coupon | None:
            if proposal.order_no is None:
                return None
            for coupon in coupon_table.coupons_of_order(session, proposal.order_no):
                if coupon.template_id == proposal.template.id and coupon.status is not CouponStatus.REJECTED:
                    return coupon
            return None

        existing = await self.client.worker.read(live_one)
        if existing is not None:
            return CouponState(
                existing.template_id, existing.amount, str(existing.status), existing.code, existing.id
            )
        item = await self.client.outbox.issue_coupon(
            proposal.customer_id,
            proposal.template.id,
            proposal.amount,
            proposal.reason_text,
            order_no=proposal.order_no,
            conversation_id=proposal.conversation_id,
        )
        changes = Changes(outbox_items={item.id})
        if proposal.order_no:
            changes.orders.add(proposal.order_no)
        self.bus.publish(changes)
        return CouponState(
            proposal.template.id, proposal.amount, str(delivery_state(item.state)), outbox_id=item.id
        )

    # --- supervisors ----------------------------------------------------------------------------
    async def awaiting_approval(self) -> list[Coupon]:
        """Coupons above an agent's limit waiting for a supervisor."""
        return await self.reads.coupons(status=str(CouponStatus.PENDING_APPROVAL))

    async def decide(self, coupon: Coupon, approve: bool) -> Coupon:
        """Approve or reject; a double click decides once (the same idempotency key)."""
        key = f"kd-{'approve' if approve else 'reject'}-{coupon.id}"
        decided = await self.reads.decide_coupon(coupon.id, approve, key)
        await self.client.worker.write(lambda s: coupon_table.upsert_coupon(s, decided))
        changes = Changes(coupons={decided.id}, approvals=True)
        if decided.order_no:
            changes.orders.add(decided.order_no)
        self.bus.publish(changes)
        return decided


def is_delivered(state: CouponState) -> bool:
    """Issued, or waiting for a supervisor (the server has it)."""
    return state.status in (str(CouponStatus.ISSUED), str(CouponStatus.PENDING_APPROVAL))


def in_outbox(state: CouponState) -> bool:
    """Not on the server yet."""
    return state.status in (str(DeliveryState.QUEUED), str(DeliveryState.SENDING), str(DeliveryState.FAILED))
