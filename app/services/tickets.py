"""After-sales tickets from a chat: a pre-filled draft (order, intent, transcript) and creating
it through the outbox (once, also when the network is down)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.domain.conversations import Conversation, Sender
from app.domain.intents import Intent
from app.domain.tickets import TicketKind
from app.services.change_bus import ChangeBus
from app.services.changes import Changes
from app.services.chat_lines import ChatLine, DeliveryState, delivery_state
from app.store import outbox as outbox_table
from app.store.outbox import OutboxKind, OutboxState
from app.sync.client import SyncClient

TRANSCRIPT_LINES = 12
DESCRIPTION_LIMIT = 1900

KIND_BY_INTENT: dict[str, TicketKind] = {
    Intent.NOT_RECEIVED.value: TicketKind.REISSUE,
    Intent.CARD_INVALID.value: TicketKind.CARD_CHECK,
    Intent.REFUND.value: TicketKind.REFUND,
    Intent.PAYMENT_ISSUE.value: TicketKind.PAYMENT_DISPUTE,
}

_SENDER_LABEL = {Sender.CUSTOMER: "客户", Sender.AGENT: "客服", Sender.BOT: "机器人", Sender.SYSTEM: "系统"}


@dataclass(frozen=True, slots=True)
class TicketDraft:
    """What the ticket dialog opens with."""

    conversation_id: int
    customer_id: int
    order_no: str | None
    kind: TicketKind
    intent: str | None
    description: str


@dataclass(frozen=True, slots=True)
class PendingTicket:
    """A ticket still in the outbox."""

    outbox_id: int
    kind: str
    order_no: str | None
    state: DeliveryState
    error_code: str | None


def draft_ticket(
    conversation: Conversation,
    lines: list[ChatLine],
    *,
    order_no: str | None = None,
    intent: str | None = None,
) -> TicketDraft:
    """A ticket pre-filled with the order, the intent and the end of the transcript."""
    chosen_intent = intent or conversation.intent
    transcript = [
        f"[{_SENDER_LABEL.get(line.sender, line.sender)}] {line.text[:300]}"
        for line in lines[-TRANSCRIPT_LINES:]
        if line.sender is not Sender.SYSTEM
    ]
    head = f"意图：{chosen_intent or '未知'}；订单：{order_no or conversation.order_no or '无'}"
    description = "\n".join([head, "——对话摘录——", *transcript])[:DESCRIPTION_LIMIT]
    return TicketDraft(
        conversation_id=conversation.id,
        customer_id=conversation.customer_id,
        order_no=order_no or conversation.order_no,
        kind=KIND_BY_INTENT.get(chosen_intent or "", TicketKind.CARD_CHECK),
        intent=chosen_intent,
        description=description,
    )


class TicketService:
    """Creates tickets; the server's answer lands in the cache and is broadcast."""

    def __init__(self, client: SyncClient, bus: ChangeBus) -> None:
        self.client = client
        self.bus = bus

    async def create(
        self, draft: TicketDraft, kind: TicketKind, description: str, order_no: str | None
    ) -> int:
        """Queue the ticket (an identical pending one is not queued twice); returns the outbox id."""
        item = await self.client.outbox.create_ticket(
            draft.conversation_id, kind, description, order_no=order_no or None, customer_id=draft.customer_id
        )
        changes = Changes(conversations={draft.conversation_id}, outbox_items={item.id})
        if order_no:
            changes.orders.add(order_no)
        self.bus.publish(changes)
        return item.id

    async def pending(self, conversation_id: int) -> list[PendingTicket]:
        """Tickets of a chat not on the server yet."""

        def read(session: Session) -> list[PendingTicket]:
            items = outbox_table.list_items(
                session,
                states=(OutboxState.QUEUED, OutboxState.SENDING, OutboxState.FAILED),
                conversation_id=conversation_id,
            )
            return [
                PendingTicket(
                    i.id,
                    str(i.payload.get("kind")),
                    i.payload.get("order_no"),
                    delivery_state(i.state),
                    i.error_code,
                )
                for i in items
                if i.kind is OutboxKind.TICKET
            ]

        return await self.client.worker.read(read)
