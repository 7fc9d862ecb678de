"""Reading what the server sent: bounded in size, invalid UTF-8 repaired (and said so), JSON parsed."""

from __future__ import annotations

import json
import logging
from typing import Any

import httpx

from app.sync.errors import BadServerData

log = logging.getLogger(__name__)

HEAD_BYTES = 4096


async def read_limited(response: httpx.Response, limit: int) -> bytes:
    """The whole body, or BadServerData once it grows past `limit` bytes."""
    declared = response.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        head = b""
        async for chunk in response.aiter_bytes():
            head += chunk
            if len(head) >= HEAD_BYTES:
                break
        raise BadServerData(f"response of {declared} bytes is over the {limit}-byte limit", head[:HEAD_BYTES])
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > limit:
            head = (b"".join(chunks) + chunk)[:HEAD_BYTES]
            raise BadServerData(f"response over the {limit}-byte limit", head)
        chunks.append(chunk)
    return b"".join(chunks)


def decode_text(body: bytes, what: str) -> str:
    """UTF-8 text; undecodable bytes become U+FFFD with a log line instead of an exception."""
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        log.warning(
            "the server sent invalid UTF-8 in %s (byte %d); the undecodable bytes were replaced",
            what,
            exc.start,
        )
        return body.decode("utf-8", errors="replace")


def parse_json(text: str, what: str, head: bytes = b"") -> Any:
    """Parsed JSON, or BadServerData naming what was malformed."""
    try:
        return json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise BadServerData(f"malformed JSON in {what}: {exc}", head[:HEAD_BYTES]) from None


def decode_json(body: bytes, what: str) -> Any:
    """`decode_text` then `parse_json`."""
    return parse_json(decode_text(body, what), what, body)
