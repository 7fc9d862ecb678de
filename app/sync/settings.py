"""Everything the sync client can be tuned with (defaults are the production values)."""

from __future__ import annotations

from dataclasses import dataclass

API_PREFIX = "/api/v1"
MIB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class SyncSettings:
    """Timeouts, backoff and limits; tests shorten the heartbeat and the backoff."""

    server: str
    connect_timeout: float = 5.0
    request_timeout: float = 15.0
    # The server sends a heartbeat every 15 s on an idle stream; this much silence means the link
    # is dead (a NAT dropped it, a proxy froze) and the stream is reopened.
    heartbeat_timeout: float = 40.0
    longpoll_wait: float = 25.0
    reconnect_base: float = 0.5
    reconnect_cap: float = 30.0
    retry_base: float = 1.0
    retry_cap: float = 60.0
    # One event larger than this is skipped (logged); a 1 MB message still fits.
    max_event_bytes: int = 4 * MIB
    max_response_bytes: int = 32 * MIB
    # After this many SSE attempts in a row that delivered nothing, use long-polling for a while.
    sse_failures_before_poll: int = 3
    poll_mode_seconds: float = 300.0
    transport: str = "auto"  # "auto" (SSE, long-poll as fallback), "sse" or "poll"
    max_parallel_sends: int = 4
    history_page_size: int = 200

    @property
    def api_url(self) -> str:
        """The base of every call: the server URL with /api/v1 (added when missing)."""
        base = self.server.rstrip("/")
        return base if base.endswith(API_PREFIX) else base + API_PREFIX

    @property
    def server_key(self) -> str:
        """The server's identity in the cursor table and the keyring: its URL without /api/v1."""
        base = self.server.rstrip("/")
        return base[: -len(API_PREFIX)] if base.endswith(API_PREFIX) else base
