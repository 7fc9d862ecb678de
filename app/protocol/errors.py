"""The one error shape: {"error": {"code", "message"}} (plus the offending field when known)."""

from __future__ import annotations

from pydantic import BaseModel


class ErrorDetail(BaseModel):
    """What went wrong: a stable code, a readable message, the field when one is to blame."""

    code: str
    message: str
    field: str | None = None


class ErrorResponse(BaseModel):
    """Every non-2xx body."""

    error: ErrorDetail
