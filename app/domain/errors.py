"""Errors every layer understands: a stable `code` for programs and a message for people."""

from __future__ import annotations


class KefuError(Exception):
    """A refusal the caller can act on; `code` is stable, `message` explains it."""

    code = "error"
    status = 400

    def __init__(self, message: str, *, code: str | None = None, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.field = field


class Unauthorized(KefuError):
    """No valid credentials: the client goes back to login."""

    code = "unauthorized"
    status = 401


class Forbidden(KefuError):
    """Valid credentials, but this agent may not see or change the thing."""

    code = "forbidden"
    status = 403


class NotFound(KefuError):
    """The thing does not exist."""

    code = "not_found"
    status = 404


class Conflict(KefuError):
    """The request clashes with the current state (already assigned, already issued, in flight)."""

    code = "conflict"
    status = 409


class InvalidInput(KefuError):
    """A field is wrong; `field` names it."""

    code = "invalid_input"
    status = 422


class TooManyRequests(KefuError):
    """Slow down; try again after `retry_after` seconds."""

    code = "too_many_requests"
    status = 429

    def __init__(self, message: str, *, retry_after: int, code: str | None = None) -> None:
        super().__init__(message, code=code)
        self.retry_after = retry_after
