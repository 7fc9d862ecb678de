"""String types every wire field uses: any Unicode text, but no lone surrogates or NUL.

Lone surrogates cannot be encoded as UTF-8 and NUL cannot be stored in PostgreSQL, so both are
refused at the edge (422 naming the field) instead of failing deep inside the server.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, Field, StringConstraints

MAX_TEXT_CHARS = 200_000
"""The longest message text accepted (the 1 MiB body limit usually bites first)."""


def _storable(value: str) -> str:
    if "\x00" in value:
        raise ValueError("must not contain NUL characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError("must be valid Unicode (no lone surrogates)") from exc
    return value


StorableStr = Annotated[str, AfterValidator(_storable)]
"""Any text that can be stored and echoed back unchanged."""

MessageText = Annotated[str, Field(min_length=1, max_length=MAX_TEXT_CHARS), AfterValidator(_storable)]
"""Chat text: stored and returned exactly as given, never interpreted."""

ShortText = Annotated[str, Field(min_length=1, max_length=2000), AfterValidator(_storable)]
"""A reason, description or comment."""

ClientKey = Annotated[str, StringConstraints(min_length=1, max_length=200, pattern=r"^[\x21-\x7e]+$")]
"""A client-generated id (client_msg_id, Idempotency-Key): printable ASCII without spaces."""

OrderNo = Annotated[str, StringConstraints(min_length=1, max_length=32, pattern=r"^[A-Za-z0-9]+$")]
"""A shop order number (letters and digits)."""

AgentId = Annotated[str, StringConstraints(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.-]+$")]
"""A staff login id such as agent01."""

GroupId = Annotated[str, StringConstraints(min_length=1, max_length=64, pattern=r"^[a-z0-9_]+$")]
"""A skill group id such as aftersale."""
