"""Runs the server inside another process (the desktop demo, integration tests) on loopback."""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass
from types import FrameType

import uvicorn

from app.domain.intents import MessageAnalyzer
from app.shopserver.app_factory import API_PREFIX, create_app
from app.shopserver.clock import Clock
from app.shopserver.context import ServerContext, ServerHooks
from app.shopserver.database_setup import prepare_database
from app.shopserver.settings import ServerSettings


class _ShopUvicorn(uvicorn.Server):
    """uvicorn that ends open event streams as soon as shutdown starts (else it waits for them)."""

    def __init__(self, config: uvicorn.Config, context: ServerContext) -> None:
        super().__init__(config)
        self._context = context

    def handle_exit(self, sig: int, frame: FrameType | None) -> None:
        """On SIGINT/SIGTERM: end the streams, then uvicorn's own shutdown."""
        self._context.hub.shutdown()
        super().handle_exit(sig, frame)


def serve_forever(context: ServerContext, host: str, port: int, log_level: str = "info") -> None:
    """Run in the foreground until SIGINT/SIGTERM (the `python -m app.shopserver` entry point)."""
    config = uvicorn.Config(
        create_app(context=context), host=host, port=port, log_level=log_level, timeout_graceful_shutdown=3
    )
    _ShopUvicorn(config, context).run()


@dataclass
class RunningServer:
    """A server on a background thread: its base URL, API URL, context and a stop handle."""

    url: str
    context: ServerContext
    _server: uvicorn.Server
    _thread: threading.Thread

    @property
    def api_url(self) -> str:
        """The base of every /api/v1 call."""
        return self.url + API_PREFIX

    @property
    def port(self) -> int:
        """The TCP port."""
        return int(self.url.rsplit(":", 1)[1])

    def stop(self, timeout: float = 10.0) -> None:
        """Shut down (open event streams end) and wait for the thread."""
        self.context.hub.shutdown()
        self._server.should_exit = True
        self._thread.join(timeout)
        self.context.db.dispose()


def start_in_background(
    settings: ServerSettings,
    *,
    analyzer: MessageAnalyzer | None = None,
    clock: Clock | None = None,
    hooks: ServerHooks | None = None,
    seed: str | None = None,
    host: str = "127.0.0.1",
    port: int = 0,
    startup_timeout: float = 20.0,
) -> RunningServer:
    """Migrate (and seed) the database, start uvicorn on a free port, return once it answers."""
    prepare_database(settings.db_url, seed=seed)
    context = ServerContext.build(settings, analyzer=analyzer, clock=clock, hooks=hooks)
    app = create_app(context=context)
    # IPPROTO_TCP explicitly: asyncio only sets TCP_NODELAY on accepted sockets whose proto says TCP,
    # and without it every keep-alive response waits ~40 ms for a delayed ACK.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    bound_port = sock.getsockname()[1]
    config = uvicorn.Config(
        app, log_level="warning", lifespan="on", timeout_graceful_shutdown=2, access_log=False, ws="none"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="shopserver", daemon=True)
    thread.start()
    deadline = time.monotonic() + startup_timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise RuntimeError("the shop server did not start")
        time.sleep(0.01)
    return RunningServer(url=f"http://{host}:{bound_port}", context=context, _server=server, _thread=thread)
