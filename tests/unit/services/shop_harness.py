"""A reference shop server for the services and UI tests: restartable on the same port, with
customers who write through the channel API and direct reads of what the server stored."""

from __future__ import annotations

import re
import shutil
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import select

from app.domain.intents import Analysis, Entities, Intent
from app.shopserver.database_setup import prepare_database
from app.shopserver.db.tables import ConversationRow, CouponRow, CustomerRow, MessageRow, OrderRow, TicketRow
from app.shopserver.embedded import RunningServer, start_in_background
from app.shopserver.settings import ServerSettings

CHANNEL_KEY = "ui-test-channel"
PASSWORD = "kefu123"
ANGRY_WORDS = ("投诉", "破平台", "骗子", "垃圾")
_ORDER_NO = re.compile(r"KM\d{16}")


class RechargeAnalyzer:
    """Every message is a top-up that did not arrive (routed to agent01's recharge group); the
    angry words make it angry; an order number in the text is found."""

    def analyze(self, text: str) -> Analysis:
        """Same intent for every text; never raises."""
        angry = any(word in text for word in ANGRY_WORDS)
        found = _ORDER_NO.search(text)
        return Analysis(
            intent=Intent.NOT_RECEIVED,
            confidence=0.9,
            angry=angry,
            anger=0.95 if angry else 0.1,
            entities=Entities(card_type="话费", order_no=found.group(0) if found else None),
        )


def seed_file(folder: Path) -> Path:
    """A demo-seeded shop database (tests copy it)."""
    path = folder / "seed-shop.db"
    prepare_database(f"sqlite:///{path}", seed="demo")
    return path


@dataclass
class Shop:
    """A running shop (bot off: customers reach agents at once) that can stop and come back."""

    db_file: Path
    server: RunningServer | None = None
    port: int = 0
    _keys: list[str] = field(default_factory=list)

    @classmethod
    def from_seed(cls, seed: Path, folder: Path) -> Shop:
        """A fresh copy of the seed, started."""
        db_file = folder / "shop.db"
        shutil.copyfile(seed, db_file)
        return cls(db_file).start()

    def start(self) -> Shop:
        """Start (again) on the same port as before."""
        settings = ServerSettings(
            db_url=f"sqlite:///{self.db_file}",
            bot_enabled=False,
            channel_key=CHANNEL_KEY,
            sse_heartbeat_seconds=0.5,
            idempotency_stale_seconds=3,
        )
        self.server = start_in_background(settings, analyzer=RechargeAnalyzer(), port=self.port)
        self.port = self.server.port
        return self

    def stop(self) -> None:
        """Stop; the client sees the connection refused."""
        if self.server is not None:
            self.server.stop()
            self.server = None

    @property
    def running(self) -> RunningServer:
        """The live server."""
        assert self.server is not None, "the shop is stopped"
        return self.server

    @property
    def url(self) -> str:
        """The server's base URL (stable across restarts)."""
        return f"http://127.0.0.1:{self.port}"

    # --- customers and staff --------------------------------------------------------------------
    def free_customer(self, exclude: set[int] | None = None) -> int:
        """An ordinary customer without an open chat, who has orders."""
        skip = exclude or set()
        with self.running.context.db.read() as session:
            busy = set(
                session.scalars(select(ConversationRow.customer_id).where(ConversationRow.status != "closed"))
            )
            with_orders = set(session.scalars(select(OrderRow.customer_id)))
            rows = session.scalars(
                select(CustomerRow.id).where(CustomerRow.level == "normal").order_by(CustomerRow.id)
            )
            return next(c for c in rows if c not in busy and c in with_orders and c not in skip)

    def customer_says(self, customer_id: int, text: str) -> dict[str, Any]:
        """A customer writes; returns the server's {message, conversation}."""
        response = httpx.post(
            self.running.api_url + "/channel/messages",
            json={"customer_id": customer_id, "client_msg_id": f"c-{uuid.uuid4().hex}", "text": text},
            headers={"X-Channel-Key": CHANNEL_KEY},
            timeout=10,
        )
        assert response.status_code == 201, response.text
        return response.json()

    def token(self, username: str) -> str:
        """A fresh bearer token of a staff member."""
        response = httpx.post(
            self.running.api_url + "/auth/login",
            json={"username": username, "password": PASSWORD},
            timeout=10,
        )
        assert response.status_code == 200, response.text
        return str(response.json()["token"])

    def advance_ticket(self, ticket_id: int, node: str) -> dict[str, Any]:
        """The back office (sup01) moves a ticket on."""
        response = httpx.post(
            self.running.api_url + f"/tickets/{ticket_id}/advance",
            json={"node": node},
            headers={"Authorization": f"Bearer {self.token('sup01')}", "Idempotency-Key": uuid.uuid4().hex},
            timeout=10,
        )
        assert response.status_code == 200, response.text
        return response.json()

    def supervisor_call(self, method: str, path: str, body: dict[str, Any]) -> dict[str, Any]:
        """sup01 changes something (a campaign, an article, a review) through the API."""
        response = httpx.request(
            method,
            self.running.api_url + path,
            json=body,
            headers={"Authorization": f"Bearer {self.token('sup01')}", "Idempotency-Key": uuid.uuid4().hex},
            timeout=10,
        )
        assert response.status_code in (200, 201), response.text
        return dict(response.json())

    # --- what the server stored -----------------------------------------------------------------
    def agent_messages(self, conversation_id: int) -> list[str]:
        """Texts the agents wrote in a conversation, in order."""
        with self.running.context.db.read() as session:
            rows = session.scalars(
                select(MessageRow)
                .where(MessageRow.conversation_id == conversation_id, MessageRow.sender == "agent")
                .order_by(MessageRow.id)
            )
            return [r.text for r in rows]

    def coupons_of(self, order_no: str) -> list[int]:
        """Coupon ids of an order."""
        with self.running.context.db.read() as session:
            return list(session.scalars(select(CouponRow.id).where(CouponRow.order_no == order_no)))

    def tickets_of(self, conversation_id: int) -> list[int]:
        """Ticket ids of a conversation."""
        with self.running.context.db.read() as session:
            return list(
                session.scalars(select(TicketRow.id).where(TicketRow.conversation_id == conversation_id))
            )

    def latest_order_of(self, customer_id: int) -> str:
        """The customer's newest order."""
        with self.running.context.db.read() as session:
            order = session.scalar(
                select(OrderRow.order_no)
                .where(OrderRow.customer_id == customer_id)
                .order_by(OrderRow.created_at.desc())
                .limit(1)
            )
            assert order is not None
            return str(order)


def wait_until(predicate: Any, timeout: float = 10.0) -> None:
    """Poll a plain (blocking) predicate; for code outside any event loop."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.02)
