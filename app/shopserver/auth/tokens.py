"""Bearer tokens: random, shown once, stored as SHA-256 with an expiry."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.shopserver.db.tables import AuthTokenRow


def token_digest(token: str) -> str:
    """What is stored for a token."""
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def issue_token(session: Session, agent_id: str, now: datetime, ttl_seconds: int) -> tuple[str, datetime]:
    """A new token for the agent and its expiry; expired tokens are swept on the way."""
    session.execute(delete(AuthTokenRow).where(AuthTokenRow.expires_at < now))
    token = secrets.token_urlsafe(32)
    expires = now + timedelta(seconds=ttl_seconds)
    session.add(
        AuthTokenRow(token_hash=token_digest(token), agent_id=agent_id, created_at=now, expires_at=expires)
    )
    return token, expires


def agent_for_token(session: Session, token: str, now: datetime) -> str | None:
    """The agent id a live token belongs to, or None."""
    found = token_expiry(session, token, now)
    return found[0] if found else None


def token_expiry(session: Session, token: str, now: datetime) -> tuple[str, datetime] | None:
    """The agent id and expiry of a live token, or None."""
    row = session.scalar(select(AuthTokenRow).where(AuthTokenRow.token_hash == token_digest(token)))
    if row is None or row.expires_at <= now:
        return None
    return row.agent_id, row.expires_at


def revoke_token(session: Session, token: str) -> None:
    """Forget a token (logout)."""
    session.execute(delete(AuthTokenRow).where(AuthTokenRow.token_hash == token_digest(token)))
