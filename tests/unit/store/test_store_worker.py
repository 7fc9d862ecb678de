"""Cache work runs off the event loop's thread: writes one at a time on the writer thread."""

from __future__ import annotations

import asyncio
import threading

from sqlalchemy.orm import Session

from app.store import drafts
from app.store.cache_worker import CacheWorker
from app.store.database import CacheDatabase


def test_writes_run_on_one_writer_thread_and_reads_on_others(cache: CacheDatabase) -> None:
    worker = CacheWorker(cache)
    loop_thread = threading.get_ident()

    def write(n: int) -> str:
        def work(session: Session) -> str:
            drafts.save_draft(session, n, f"草稿{n}")
            return threading.current_thread().name

        return work  # type: ignore[return-value]

    async def body() -> tuple[list[str], str, int]:
        names = await asyncio.gather(*(worker.write(write(n), durable=True) for n in range(20)))  # type: ignore[arg-type]
        reader = await worker.read(lambda s: threading.current_thread().name)
        count = await worker.read(lambda s: len(drafts.all_drafts(s)))
        return names, reader, count

    names, reader, count = asyncio.run(body())
    worker.close()
    assert len(set(names)) == 1 and names[0].startswith("cache-writer")
    assert reader.startswith("cache-reader") and count == 20
    assert all(threading.get_ident() == loop_thread for _ in names)
