"""Runs cache work off the caller's thread: one writer thread (writes never queue on the lock
inside the process) and a small pool of readers. The UI's event loop awaits them."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from sqlalchemy.orm import Session

from app.store.database import CacheDatabase

T = TypeVar("T")


class CacheWorker:
    """Awaitable reads and writes on a `CacheDatabase`."""

    def __init__(self, database: CacheDatabase, readers: int = 2) -> None:
        self.database = database
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cache-writer")
        self._readers = ThreadPoolExecutor(max_workers=readers, thread_name_prefix="cache-reader")

    def _write_now(self, work: Callable[[Session], T], durable: bool) -> T:
        with self.database.write(durable=durable) as session:
            return work(session)

    def _read_now(self, work: Callable[[Session], T]) -> T:
        with self.database.read() as session:
            return work(session)

    async def write(self, work: Callable[[Session], T], *, durable: bool = False) -> T:
        """Run `work(session)` in one write transaction on the writer thread."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._writer, functools.partial(self._write_now, work, durable))

    async def read(self, work: Callable[[Session], T]) -> T:
        """Run `work(session)` on a reader thread."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._readers, functools.partial(self._read_now, work))

    async def call(self, work: Callable[[], T]) -> T:
        """Run other blocking cache work (maintenance) on the writer thread."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._writer, work)

    def close(self) -> None:
        """Finish queued work and stop the threads (the database stays open)."""
        self._writer.shutdown(wait=True)
        self._readers.shutdown(wait=True)
