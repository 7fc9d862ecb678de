"""Calls the sync layer's `ShopApi` does not offer yet (listing conversations, accepting, coupon
templates and approvals, tickets of a chat, colleagues), made through its generic `call()`.

A thin adapter: answers are read into the domain types with pydantic's TypeAdapter, so the services
do not import the wire models. Move these into `ShopApi` when the sync layer grows them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic import TypeAdapter

from app.domain.agents import Agent
from app.domain.conversations import Conversation
from app.domain.coupons import Coupon, CouponTemplate
from app.domain.tickets import Ticket
from app.services.errors import checked
from app.sync.shop_api import ShopApi

T = TypeVar("T")

_adapters: dict[type, TypeAdapter[Any]] = {}


def _read(kind: type[T], data: Any) -> T:
    adapter = _adapters.get(kind)
    if adapter is None:
        adapter = _adapters[kind] = TypeAdapter(kind)
    return adapter.validate_python(data)


def _read_all(kind: type[T], items: Any) -> list[T]:
    return [_read(kind, item) for item in items or ()]


@dataclass(frozen=True, slots=True)
class Colleague:
    """Another agent one may transfer a chat to, with their current load."""

    agent: Agent
    load: int | None


@dataclass(frozen=True, slots=True)
class CouponPolicy:
    """The templates and the caller's own limit (above it a supervisor approves)."""

    templates: tuple[CouponTemplate, ...]
    agent_limit: float


class ShopReads:
    """The missing calls, each returning domain values or raising `ActionFailed`."""

    def __init__(self, api: ShopApi) -> None:
        self.api = api

    async def conversations(self, status: str, limit: int = 200) -> list[Conversation]:
        """`waiting` (the agent's queues, priority order), `mine` or `closed`."""
        _, data = await checked(
            self.api.call("GET", "/conversations", params={"status": status, "limit": limit})
        )
        return _read_all(Conversation, data.get("conversations"))

    async def accept(self, conversation_id: int) -> Conversation:
        """Take a waiting chat (idempotent by nature)."""
        _, data = await checked(self.api.call("POST", f"/conversations/{conversation_id}/accept"))
        return _read(Conversation, data)

    async def coupon_policy(self) -> CouponPolicy:
        """Coupon templates and the caller's limit."""
        _, data = await checked(self.api.call("GET", "/coupon-templates"))
        templates = tuple(_read_all(CouponTemplate, data.get("templates")))
        return CouponPolicy(templates, float(data.get("policy", {}).get("agent_limit", 0.0)))

    async def coupons(self, status: str | None = None, limit: int = 100) -> list[Coupon]:
        """Coupons the caller may see (supervisors: all; `pending_approval` to approve)."""
        params: dict[str, Any] = {"limit": limit}
        if status:
            params["status"] = status
        _, data = await checked(self.api.call("GET", "/coupons", params=params))
        return _read_all(Coupon, data.get("coupons"))

    async def decide_coupon(self, coupon_id: int, approve: bool, key: str | None = None) -> Coupon:
        """A supervisor approves or rejects; the same key makes a double click one decision."""
        verb = "approve" if approve else "reject"
        headers = {"Idempotency-Key": key or f"kd-{verb}-{coupon_id}-{uuid.uuid4().hex[:8]}"}
        _, data = await checked(
            self.api.call("POST", f"/coupons/{coupon_id}/{verb}", json={}, headers=headers)
        )
        return _read(Coupon, data)

    async def tickets(
        self, *, conversation_id: int | None = None, order_no: str | None = None
    ) -> list[Ticket]:
        """Tickets of a conversation or an order (neither: the agent's own)."""
        params: dict[str, Any] = {}
        if conversation_id is not None:
            params["conversation_id"] = conversation_id
        if order_no is not None:
            params["order_no"] = order_no
        _, data = await checked(self.api.call("GET", "/tickets", params=params))
        return _read_all(Ticket, data.get("tickets"))

    async def colleagues(self) -> list[Colleague]:
        """Agents of the shop with presence and load."""
        _, data = await checked(self.api.call("GET", "/agents"))
        return [Colleague(_read(Agent, raw), raw.get("load")) for raw in data.get("agents", ())]

    async def logout(self) -> None:
        """Revoke the token on the server (the agent goes offline there)."""
        await checked(self.api.call("POST", "/auth/logout"))
