"""Stripe-style idempotent writes: claim the key, do the work, store the response with it.

- same key, same request, finished → the stored response is replayed, nothing is applied again;
- same key, different request → 422 `idempotency_key_reused`;
- same key while the first is still running → 409 `request_in_flight`.
The response is stored in the same transaction as the work, so a client whose connection dropped
after the commit gets the first result on retry. A claim left behind by a crashed worker is taken
over after `stale_seconds`.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete
from sqlalchemy.orm import Session

from app.domain.errors import Conflict, InvalidInput
from app.shopserver.db.tables import IdempotencyRow
from app.shopserver.db.transactions import Database

IN_FLIGHT = "in_flight"
DONE = "done"


def request_fingerprint(method: str, path: str, body: Any) -> str:
    """A stable digest of what was asked (JSON canonicalised, so key order does not matter)."""
    canonical = json.dumps([method.upper(), path, body], sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class StoredResponse:
    """The first response to a key."""

    status_code: int
    body: str


class IdempotencyStore:
    """Keys per agent in the database."""

    def __init__(self, db: Database, ttl_seconds: int, stale_seconds: int) -> None:
        self._db = db
        self._ttl = timedelta(seconds=ttl_seconds)
        self._stale = timedelta(seconds=stale_seconds)
        self._claims = 0

    def claim(
        self, agent_id: str, key: str, fingerprint: str, now: datetime, key_field: str = "Idempotency-Key"
    ) -> StoredResponse | None:
        """Reserve the key (None: go ahead) or return the stored response to replay."""
        with self._db.write() as session:
            self._claims += 1
            if self._claims % 200 == 1:
                session.execute(delete(IdempotencyRow).where(IdempotencyRow.created_at < now - self._ttl))
            row = session.get(IdempotencyRow, (agent_id, key))
            if row is not None and row.created_at < now - self._ttl:
                session.delete(row)
                session.flush()
                row = None
            if row is None:
                session.add(
                    IdempotencyRow(
                        agent_id=agent_id, key=key, fingerprint=fingerprint, state=IN_FLIGHT, created_at=now
                    )
                )
                return None
            if row.fingerprint != fingerprint:
                raise InvalidInput(
                    "this key was already used for a different request",
                    code="idempotency_key_reused",
                    field=key_field,
                )
            if row.state == DONE and row.status_code is not None and row.body is not None:
                return StoredResponse(row.status_code, row.body)
            if row.created_at > now - self._stale:
                raise Conflict("a request with this key is still being processed", code="request_in_flight")
            row.created_at = now  # the first worker died; take its claim over
            return None

    def complete(self, session: Session, agent_id: str, key: str, status_code: int, body: str) -> None:
        """Store the response inside the work's own transaction."""
        row = session.get(IdempotencyRow, (agent_id, key))
        if row is None:  # swept meanwhile: store it anyway
            raise Conflict("idempotency claim vanished", code="request_in_flight")
        row.state = DONE
        row.status_code = status_code
        row.body = body

    def complete_separately(self, agent_id: str, key: str, status_code: int, body: str) -> None:
        """Store a refusal (4xx) after the work's transaction rolled back."""
        with self._db.write() as session:
            self.complete(session, agent_id, key, status_code, body)

    def release(self, agent_id: str, key: str) -> None:
        """Forget the claim after an unexpected failure, so a retry runs the work again."""
        with self._db.write() as session:
            session.execute(
                delete(IdempotencyRow).where(IdempotencyRow.agent_id == agent_id, IdempotencyRow.key == key)
            )
