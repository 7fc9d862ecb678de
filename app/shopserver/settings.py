"""Everything a running shop server can be tuned with (defaults are the production values)."""

from __future__ import annotations

from dataclasses import dataclass

MAX_BODY_BYTES = 1024 * 1024


@dataclass(frozen=True, slots=True)
class ServerSettings:
    """Tunable values; tests shorten the heartbeat and the throttle windows."""

    db_url: str = "sqlite:///kefu-shop.db"
    token_ttl_seconds: int = 12 * 3600
    sse_heartbeat_seconds: float = 15.0
    longpoll_max_wait_seconds: int = 60
    max_body_bytes: int = MAX_BODY_BYTES
    login_failures_before_delay: int = 5
    login_ip_failures_before_delay: int = 30
    login_max_delay_seconds: int = 300
    presence_timeout_seconds: int = 120
    idempotency_ttl_seconds: int = 24 * 3600
    idempotency_stale_seconds: int = 60
    first_reply_sla_seconds: int = 10
    bot_enabled: bool = True
    bot_max_replies: int = 3
    channel_key: str = "demo-channel-key"
    kb_flag_min_votes: int = 5
    kb_flag_helpful_ratio: float = 0.4
    shop_utc_offset_hours: int = 8  # China has no DST; no tz database needed on Windows
    qa_sample_size: int = 20
    qa_low_csat: int = 2  # a rating at or below this is flagged for review
