"""The one httpx.AsyncClient of a session: timeouts, HTTP/1.1 keep-alive, the OS trust store."""

from __future__ import annotations

import ssl

import httpx
import truststore

from app.sync.settings import SyncSettings

USER_AGENT = "KefuDesk-sync/1"


def system_ssl_context() -> ssl.SSLContext:
    """TLS verified against the operating system's certificate store (what the shop's IT installs)."""
    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def build_http_client(settings: SyncSettings) -> httpx.AsyncClient:
    """A pooled client on the server's /api/v1 with connect and per-read timeouts."""
    verify: ssl.SSLContext | bool = system_ssl_context() if settings.api_url.startswith("https:") else True
    return httpx.AsyncClient(
        base_url=settings.api_url,
        timeout=httpx.Timeout(settings.request_timeout, connect=settings.connect_timeout),
        limits=httpx.Limits(max_connections=20, max_keepalive_connections=10, keepalive_expiry=30.0),
        http1=True,
        http2=False,
        verify=verify,
        headers={"User-Agent": USER_AGENT},
    )
