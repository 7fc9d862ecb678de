"""Typed calls to the shop server's /api/v1, with every failure sorted into an `errors` class."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from app.domain.agents import Agent
from app.domain.conversations import Conversation, Message
from app.domain.customers import Customer
from app.domain.knowledge import KbArticle
from app.domain.orders import Order
from app.domain.tickets import Ticket
from app.protocol.auth import AgentOut, LoginResponse
from app.protocol.conversations import ConversationList, ConversationOut, MessagePage
from app.protocol.customers import CustomerOut
from app.protocol.knowledge import KbArticleList
from app.protocol.orders import OrderList, OrderOut
from app.protocol.tickets import TicketOut
from app.store.outbox import OutboxItem, OutboxKind
from app.sync.errors import BadServerData, LoginRequired, ServerRefused, ServerUnavailable
from app.sync.json_body import decode_json, read_limited
from app.sync.settings import SyncSettings

log = logging.getLogger(__name__)

M = TypeVar("M", bound=BaseModel)


def _error_fields(body: bytes) -> tuple[str, str, str | None]:
    try:
        data = decode_json(body, "an error response")
        error = data["error"]
        return str(error.get("code", "error")), str(error.get("message", "")), error.get("field")
    except (BadServerData, KeyError, TypeError, AttributeError):
        return "error", body[:200].decode("utf-8", errors="replace"), None


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after", "")
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


class ShopApi:
    """The server's HTTP API; `token` supplies the bearer token of the logged-in agent."""

    def __init__(
        self, http: httpx.AsyncClient, settings: SyncSettings, token: Callable[[], str | None]
    ) -> None:
        self.http = http
        self.settings = settings
        self._token = token

    def auth_headers(self) -> dict[str, str]:
        """The Authorization header, when logged in."""
        token = self._token()
        return {"Authorization": f"Bearer {token}"} if token else {}

    async def call(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        timeout: httpx.Timeout | float | None = None,
        authenticated: bool = True,
    ) -> tuple[int, Any]:
        """Send one request; (status, parsed JSON) on 2xx, else raise the matching error."""
        status, data, _ = await self.call_sized(
            method,
            path,
            json=json,
            params=params,
            headers=headers,
            timeout=timeout,
            authenticated=authenticated,
        )
        return status, data

    async def call_sized(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        timeout: httpx.Timeout | float | None = None,
        authenticated: bool = True,
    ) -> tuple[int, Any, int]:
        """Like `call`, plus the body's size in bytes."""
        sent_headers = {**(self.auth_headers() if authenticated else {}), **(headers or {})}
        what = f"{method} {path}"
        kwargs: dict[str, Any] = {"json": json, "params": params, "headers": sent_headers}
        if timeout is not None:
            kwargs["timeout"] = timeout
        try:
            async with self.http.stream(method, path, **kwargs) as response:
                body = await read_limited(response, self.settings.max_response_bytes)
        except httpx.TimeoutException as exc:
            raise ServerUnavailable(f"{what} timed out ({type(exc).__name__})") from exc
        except httpx.TransportError as exc:
            raise ServerUnavailable(f"{what} failed: {type(exc).__name__}: {exc}") from exc
        status = response.status_code
        if 200 <= status < 300:
            if not body:
                return status, None, 0
            return status, decode_json(body, what), len(body)
        code, message, field = _error_fields(body)
        if status == 401:
            raise LoginRequired(message or "log in again", code)
        if status >= 500 or status in (408, 429) or (status == 409 and code == "request_in_flight"):
            raise ServerUnavailable(
                f"{what}: {status} {code} {message}", status=status, retry_after=_retry_after(response)
            )
        raise ServerRefused(status, code, message, field)

    @staticmethod
    def _model(model: type[M], data: Any, what: str) -> M:
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            raise BadServerData(f"{what}: unexpected shape: {exc.errors()[:1]}") from None

    # --- auth -----------------------------------------------------------------------------------
    async def login(self, username: str, password: str) -> LoginResponse:
        """Exchange credentials for a bearer token."""
        _, data = await self.call(
            "POST", "/auth/login", json={"username": username, "password": password}, authenticated=False
        )
        return self._model(LoginResponse, data, "login")

    async def me(self) -> Agent:
        """The logged-in agent (checks that the token still works)."""
        _, data = await self.call("GET", "/agents/me")
        return self._model(AgentOut, data, "agents/me").to_domain()

    # --- events ---------------------------------------------------------------------------------
    async def poll_events(self, after: int, wait: float, limit: int = 500) -> tuple[Any, int]:
        """One long-poll: the raw batch `{"events": [...], "last_seq": n}` and its size in bytes."""
        timeout = httpx.Timeout(wait + self.settings.request_timeout, connect=self.settings.connect_timeout)
        _, data, size = await self.call_sized(
            "GET", "/events", params={"after": after, "wait": wait, "limit": limit}, timeout=timeout
        )
        return data, size

    # --- reads ----------------------------------------------------------------------------------
    async def conversations(self, status: str, limit: int = 200) -> list[Conversation]:
        """The agent's conversations of one list: `mine`, `waiting` (queue order) or `closed`."""
        _, data = await self.call("GET", "/conversations", params={"status": status, "limit": limit})
        page = self._model(ConversationList, data, "conversations")
        return [c.to_domain() for c in page.conversations]

    async def conversation(self, conversation_id: int) -> Conversation:
        """One conversation."""
        _, data = await self.call("GET", f"/conversations/{conversation_id}")
        return self._model(ConversationOut, data, "conversation").to_domain()

    async def message_page(
        self, conversation_id: int, before: int | None = None, limit: int = 200
    ) -> tuple[list[Message], bool]:
        """A page of the transcript, oldest first, and whether older messages exist."""
        params: dict[str, Any] = {"limit": limit}
        if before is not None:
            params["before"] = before
        _, data = await self.call("GET", f"/conversations/{conversation_id}/messages", params=params)
        page = self._model(MessagePage, data, "messages")
        return [m.to_domain() for m in page.messages], page.has_more

    async def customer(self, customer_id: int) -> Customer:
        """A customer profile."""
        _, data = await self.call("GET", f"/customers/{customer_id}")
        return self._model(CustomerOut, data, "customer").to_domain()

    async def customer_orders(self, customer_id: int, limit: int = 10) -> list[Order]:
        """A customer's recent orders, newest first."""
        _, data = await self.call("GET", f"/customers/{customer_id}/orders", params={"limit": limit})
        return [o.to_domain() for o in self._model(OrderList, data, "orders").orders]

    async def order(self, order_no: str) -> Order:
        """One order with deliveries, timeline, tickets and coupons."""
        _, data = await self.call("GET", f"/orders/{order_no}")
        return self._model(OrderOut, data, "order").to_domain()

    async def ticket(self, ticket_id: int) -> Ticket:
        """One ticket with its progress nodes."""
        _, data = await self.call("GET", f"/tickets/{ticket_id}")
        return self._model(TicketOut, data, "ticket").to_domain()

    async def kb_articles(self, updated_after: datetime | None = None) -> list[KbArticle]:
        """Articles changed after `updated_after` (all when None)."""
        params = {"updated_after": updated_after.isoformat()} if updated_after else None
        _, data = await self.call("GET", "/kb/articles", params=params)
        return [a.to_domain() for a in self._model(KbArticleList, data, "kb articles").articles]

    # --- writes (the outbox) --------------------------------------------------------------------
    async def send(self, item: OutboxItem) -> tuple[int, Any]:
        """Send one outbox item with its client id; (status, response body)."""
        payload = item.payload
        key = {"Idempotency-Key": item.client_id}
        conv = item.conversation_id
        if item.kind is OutboxKind.MESSAGE:
            body = {"client_msg_id": item.client_id, "text": payload["text"]}
            return await self.call("POST", f"/conversations/{conv}/messages", json=body)
        if item.kind is OutboxKind.COUPON:
            return await self.call("POST", "/coupons", json=payload, headers=key)
        if item.kind is OutboxKind.TICKET:
            return await self.call("POST", "/tickets", json=payload, headers=key)
        if item.kind is OutboxKind.TRANSFER:
            return await self.call("POST", f"/conversations/{conv}/transfer", json=payload, headers=key)
        if item.kind is OutboxKind.CLOSE:
            return await self.call("POST", f"/conversations/{conv}/close", json=payload, headers=key)
        if item.kind is OutboxKind.CSAT_INVITE:
            return await self.call("POST", f"/conversations/{conv}/csat-invite", headers=key)
        if item.kind is OutboxKind.KB_FEEDBACK:
            article = payload["article_id"]
            body = {"helpful": payload["helpful"]}
            return await self.call("POST", f"/kb/articles/{article}/feedback", json=body, headers=key)
        raise ValueError(f"unknown outbox kind {item.kind}")
