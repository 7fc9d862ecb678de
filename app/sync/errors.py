"""How a call to the shop server can fail, sorted by what the client does about it."""

from __future__ import annotations


class SyncError(Exception):
    """Any failure talking to the server."""


class ServerUnavailable(SyncError):
    """Retry later: connection refused or cut, timeout, 5xx, 429, or the same key still in flight."""

    def __init__(self, message: str, *, status: int | None = None, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after


class LoginRequired(SyncError):
    """401: the token is missing, expired or revoked; log in again (nothing is dropped meanwhile)."""

    def __init__(self, message: str = "log in again", code: str = "unauthorized") -> None:
        super().__init__(message)
        self.code = code


class ServerRefused(SyncError):
    """A final 4xx: the server will not do this; `code` and `message` are its reason."""

    def __init__(self, status: int, code: str, message: str, field: str | None = None) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.field = field


class BadServerData(SyncError):
    """The server answered something unreadable (malformed or oversized JSON); `head` is its start."""

    def __init__(self, message: str, head: bytes = b"") -> None:
        super().__init__(message)
        self.head = head
