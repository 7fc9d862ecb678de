"""Failures of a use case as the UI sees them: a domain `KefuError` with a stable code.

The sync layer's errors are turned into these, so the UI never imports the sync layer and can
translate every message from its `code`.
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import TypeVar

from app.domain.errors import KefuError
from app.sync.errors import BadServerData, LoginRequired, ServerRefused, ServerUnavailable, SyncError

T = TypeVar("T")

OFFLINE = "offline"
LOGIN_REQUIRED = "login_required"
BAD_SERVER_DATA = "bad_server_data"
BAD_CREDENTIALS = "bad_credentials"
THROTTLED = "login_throttled"


class ActionFailed(KefuError):
    """A use case could not be done; `code` says why (the server's code or one of the above)."""


def as_action_error(error: Exception) -> KefuError:
    """The `KefuError` for a failure of the sync layer (other errors are wrapped as `error`)."""
    if isinstance(error, KefuError):
        return error
    if isinstance(error, ServerUnavailable):
        if error.status == 429:
            return ActionFailed(str(error), code=THROTTLED)
        return ActionFailed(str(error), code=OFFLINE)
    if isinstance(error, LoginRequired):
        # a wrong password is a 401 too, but it is not a session that ended
        code = BAD_CREDENTIALS if error.code == BAD_CREDENTIALS else LOGIN_REQUIRED
        return ActionFailed(str(error), code=code)
    if isinstance(error, ServerRefused):
        return ActionFailed(error.message or str(error), code=error.code, field=error.field)
    if isinstance(error, BadServerData):
        return ActionFailed(str(error), code=BAD_SERVER_DATA)
    return ActionFailed(str(error) or type(error).__name__, code="error")


async def checked(call: Awaitable[T]) -> T:
    """Await `call`, turning a sync-layer failure into an `ActionFailed`."""
    try:
        return await call
    except SyncError as exc:
        raise as_action_error(exc) from exc
