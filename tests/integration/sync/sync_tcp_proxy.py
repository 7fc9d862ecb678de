"""A loopback TCP proxy that makes network faults real: resets mid-response, frozen links,
refused connections and a response lost after the server committed the request."""

from __future__ import annotations

import asyncio
import contextlib
import random
import socket
import struct
import threading
from dataclasses import dataclass, field


@dataclass(eq=False)
class _Link:
    client: asyncio.StreamWriter
    upstream: asyncio.StreamWriter
    budget: int | None = None  # bytes still forwarded to the client before the link is reset
    frozen: bool = False
    drop_response: bool = False
    request_head: bytearray = field(default_factory=bytearray)


def _reset(writer: asyncio.StreamWriter) -> None:
    """Close with RST (SO_LINGER 0), as a dropped link or a crashed peer looks."""
    sock = writer.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


class TcpProxy:
    """127.0.0.1:port → 127.0.0.1:target, on its own thread; every fault is thread-safe to call."""

    def __init__(self, target_port: int, seed: int = 5) -> None:
        self.target_port = target_port
        self.port = 0
        self.cuts = 0
        self.requests: list[bytes] = []
        self._rng = random.Random(seed)
        self._links: set[_Link] = set()
        self._drop_next: bytes | None = None
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="tcp-proxy", daemon=True)
        self._server: asyncio.Server | None = None

    # --- life -----------------------------------------------------------------------------------
    def start(self) -> TcpProxy:
        """Listen on a free port."""
        self._thread.start()
        self._server = asyncio.run_coroutine_threadsafe(
            asyncio.start_server(self._accept, "127.0.0.1", 0), self._loop
        ).result(5)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    def stop(self) -> None:
        """Reset every link and stop."""
        self.cut_all(partial=False)

        async def close() -> None:
            assert self._server is not None
            self._server.close()

        asyncio.run_coroutine_threadsafe(close(), self._loop).result(5)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)

    def _call(self, fn: object) -> None:
        async def run() -> None:
            fn()  # type: ignore[operator]

        asyncio.run_coroutine_threadsafe(run(), self._loop).result(5)

    # --- faults ---------------------------------------------------------------------------------
    def set_target(self, port: int) -> None:
        """Forward new connections to another port (the server restarted elsewhere)."""
        self.target_port = port

    def cut_all(self, *, partial: bool = True) -> int:
        """Reset every open link: at once, or (partial) after a random few more bytes to the client."""

        def cut() -> None:
            for link in list(self._links):
                if partial:
                    link.budget = self._rng.randint(0, 1500)
                else:
                    self._close(link)
            self.cuts += 1

        self._call(cut)
        return len(self._links)

    def freeze_all(self) -> None:
        """Stop forwarding on every open link but keep it open (a silent, dead connection)."""

        def freeze() -> None:
            for link in self._links:
                link.frozen = True

        self._call(freeze)

    def drop_response_to(self, marker: bytes) -> None:
        """The next request containing `marker` reaches the server, but its response is lost."""
        self._drop_next = marker

    @property
    def open_links(self) -> int:
        """How many connections pass through now."""
        return len(self._links)

    # --- forwarding -----------------------------------------------------------------------------
    def _close(self, link: _Link) -> None:
        self._links.discard(link)
        _reset(link.client)
        _reset(link.upstream)

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.target_port)
        except OSError:
            _reset(writer)  # the server is down: the client sees the connection reset
            return
        link = _Link(client=writer, upstream=up_writer)
        self._links.add(link)
        await asyncio.gather(self._to_server(reader, link), self._to_client(up_reader, link))

    async def _to_server(self, reader: asyncio.StreamReader, link: _Link) -> None:
        with contextlib.suppress(OSError, ConnectionError):
            while link in self._links:
                chunk = await reader.read(65536)
                if not chunk:
                    break
                if len(link.request_head) < 4096:
                    link.request_head += chunk[:4096]
                    self.requests.append(bytes(chunk[:4096]))
                if self._drop_next is not None and self._drop_next in chunk:
                    self._drop_next = None
                    link.drop_response = True
                link.upstream.write(chunk)
                await link.upstream.drain()
        with contextlib.suppress(OSError, RuntimeError):
            if link in self._links:
                link.upstream.write_eof()

    async def _to_client(self, reader: asyncio.StreamReader, link: _Link) -> None:
        with contextlib.suppress(OSError, ConnectionError):
            while link in self._links:
                chunk = await reader.read(65536)
                if not chunk:
                    break
                if link.drop_response:
                    # The server answered, so it committed: lose the answer, as a cut would.
                    self._close(link)
                    return
                if link.frozen:
                    continue
                if link.budget is not None:
                    if len(chunk) >= link.budget:
                        link.client.write(chunk[: link.budget])
                        with contextlib.suppress(OSError, ConnectionError):
                            await link.client.drain()
                        self._close(link)
                        return
                    link.budget -= len(chunk)
                link.client.write(chunk)
                await link.client.drain()
        if link in self._links:
            self._links.discard(link)
            with contextlib.suppress(OSError, RuntimeError):
                link.client.close()
                link.upstream.close()
