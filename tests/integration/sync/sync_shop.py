"""The reference shop server for the sync tests: restartable on the same database, customers
who write through the channel API, and direct reads of what the server stored."""

from __future__ import annotations

import itertools
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

import httpx
from sqlalchemy import select

from app.domain.intents import Analysis, Entities, Intent
from app.shopserver.context import ServerHooks
from app.shopserver.db.tables import CouponRow, MessageRow, TicketRow
from app.shopserver.embedded import RunningServer, start_in_background
from app.shopserver.settings import ServerSettings

CHANNEL_KEY = "sync-test-channel"
PASSWORD = "kefu123"
_keys = itertools.count(1)
# Demo customers that are not VIP (VIPs go to the vip01 desk) and have no chat open in the seed.
ORDINARY_CUSTOMERS = tuple(c for c in range(10001, 10221) if (c - 10008) % 20 != 0)


class RechargeAnalyzer:
    """Every message is a top-up that did not arrive: routed to the recharge group (agent01)."""

    def analyze(self, text: str) -> Analysis:
        """Same verdict for every text; never raises."""
        angry = "投诉" in text
        return Analysis(
            intent=Intent.NOT_RECEIVED,
            confidence=0.9,
            angry=angry,
            anger=0.9 if angry else 0.1,
            entities=Entities(card_type="话费"),
        )


def new_key(prefix: str) -> str:
    """A fresh client-side key."""
    return f"{prefix}-{next(_keys)}-{uuid.uuid4().hex[:8]}"


@dataclass
class ShopHandle:
    """A running shop server that can be stopped and started again on the same database."""

    settings: ServerSettings
    hooks: ServerHooks = field(default_factory=ServerHooks)
    server: RunningServer | None = None
    restarts: int = 0

    def start(self) -> ShopHandle:
        """Start (again) on a free port."""
        self.server = start_in_background(self.settings, analyzer=RechargeAnalyzer(), hooks=self.hooks)
        return self

    def stop(self) -> None:
        """Stop; open streams end, new connections are refused."""
        if self.server is not None:
            self.server.stop()
            self.server = None

    def restart(self) -> None:
        """Stop and start again (a new port: callers read `port` afterwards)."""
        self.stop()
        self.start()
        self.restarts += 1

    @property
    def running(self) -> RunningServer:
        """The live server (fails when stopped)."""
        assert self.server is not None, "the shop server is stopped"
        return self.server

    @property
    def url(self) -> str:
        """Base URL of the live server."""
        return self.running.url

    @property
    def port(self) -> int:
        """TCP port of the live server."""
        return self.running.port

    def customer_says(
        self, customer_id: int, text: str, key: str | None = None, patience: float = 30
    ) -> dict[str, Any]:
        """A customer writes; retried with the same key while the server is down or restarting."""
        key = key or new_key("c")
        deadline = time.monotonic() + patience
        while True:
            server = self.server
            try:
                if server is None:
                    raise httpx.ConnectError("stopped")
                response = httpx.post(
                    server.api_url + "/channel/messages",
                    json={"customer_id": customer_id, "client_msg_id": key, "text": text},
                    headers={"X-Channel-Key": CHANNEL_KEY},
                    timeout=10,
                )
                if response.status_code == 201:
                    return response.json()
                if response.status_code < 500:
                    raise AssertionError(response.text)
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise AssertionError("the shop server stayed down")
            time.sleep(0.05)

    def agent_call(self, token: str, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """A raw call as an agent, straight to the server (not through any proxy)."""
        headers = {"Authorization": f"Bearer {token}", **kwargs.pop("headers", {})}
        return httpx.request(method, self.running.api_url + path, headers=headers, timeout=10, **kwargs)

    # --- what the server stored -----------------------------------------------------------------
    def message_ids(self, conversation_id: int) -> list[int]:
        """Every message id of a conversation on the server, ascending."""
        with self.running.context.db.read() as session:
            return list(
                session.scalars(
                    select(MessageRow.id)
                    .where(MessageRow.conversation_id == conversation_id)
                    .order_by(MessageRow.id)
                )
            )

    def messages_with_client_id(self, client_msg_id: str) -> int:
        """How many stored messages carry this client_msg_id."""
        with self.running.context.db.read() as session:
            return len(
                list(session.scalars(select(MessageRow.id).where(MessageRow.client_msg_id == client_msg_id)))
            )

    def transcript(self, conversation_id: int) -> list[tuple[str, str]]:
        """(sender, text) of every message of a conversation, in order."""
        with self.running.context.db.read() as session:
            rows = session.scalars(
                select(MessageRow)
                .where(MessageRow.conversation_id == conversation_id)
                .order_by(MessageRow.id)
            )
            return [(r.sender, r.text) for r in rows]

    def coupons_of(self, order_no: str) -> list[int]:
        """Coupon ids issued for an order."""
        with self.running.context.db.read() as session:
            return list(session.scalars(select(CouponRow.id).where(CouponRow.order_no == order_no)))

    def tickets_of(self, conversation_id: int) -> list[int]:
        """Ticket ids opened from a conversation."""
        with self.running.context.db.read() as session:
            return list(
                session.scalars(select(TicketRow.id).where(TicketRow.conversation_id == conversation_id))
            )

    def latest_order_of(self, customer_id: int) -> str:
        """The customer's newest order number."""
        from app.shopserver.db.tables import OrderRow

        with self.running.context.db.read() as session:
            order = session.scalar(
                select(OrderRow.order_no)
                .where(OrderRow.customer_id == customer_id)
                .order_by(OrderRow.created_at.desc())
                .limit(1)
            )
            assert order is not None
            return order


def chat_with(
    shop: ShopHandle, token: str, customer_id: int, text: str = "我充的话费一直没到账"
) -> dict[str, Any]:
    """A customer writes and the chat ends up assigned to the agent behind `token`."""
    conversation = shop.customer_says(customer_id, text)["conversation"]
    if conversation["status"] == "waiting":
        taken = shop.agent_call(token, "POST", f"/conversations/{conversation['id']}/accept")
        assert taken.status_code == 200, taken.text
        conversation = taken.json()
    assert conversation["status"] == "assigned", conversation
    return conversation


def coupon_free_order(shop: ShopHandle, customer_id: int, template_id: str) -> str:
    """An order of the customer without a live coupon of `template_id` (so issuing is allowed)."""
    from app.shopserver.db.tables import OrderRow

    with shop.running.context.db.read() as session:
        orders = session.scalars(
            select(OrderRow.order_no)
            .where(OrderRow.customer_id == customer_id)
            .order_by(OrderRow.created_at.desc())
        ).all()
        taken = set(
            session.scalars(
                select(CouponRow.order_no).where(
                    CouponRow.template_id == template_id, CouponRow.status.in_(["issued", "pending_approval"])
                )
            )
        )
    free = [o for o in orders if o not in taken]
    assert free, f"customer {customer_id} has no order free of {template_id}"
    return free[0]
