"""The local intent engine, loaded once on a worker thread (~0.2 s) and never on the UI thread."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from app.domain.intents import MessageAnalyzer

log = logging.getLogger(__name__)


def load_shipped_engine() -> MessageAnalyzer:
    """The project's engine (the shop's retrained model when present)."""
    from app.nlp.engine import load_engine

    return load_engine()


class AnalyzerSlot:
    """Holds the engine once loaded; `analyzer` is None until then (features degrade, never block)."""

    def __init__(self, loader: Callable[[], MessageAnalyzer] = load_shipped_engine) -> None:
        self._loader = loader
        self.analyzer: MessageAnalyzer | None = None
        self._loading: asyncio.Future[MessageAnalyzer] | None = None
        self._listeners: list[Callable[[MessageAnalyzer], None]] = []

    def on_loaded(self, listener: Callable[[MessageAnalyzer], None]) -> None:
        """Call `listener(engine)` once the engine is ready (at once if it already is)."""
        if self.analyzer is not None:
            listener(self.analyzer)
        else:
            self._listeners.append(listener)

    async def load(self) -> MessageAnalyzer:
        """Load on the default executor (once; concurrent callers share the load)."""
        if self.analyzer is not None:
            return self.analyzer
        if self._loading is None:
            loop = asyncio.get_running_loop()
            # Its own thread: the engine loads once, and the thread ends with the load.
            executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="engine-load")
            self._loading = asyncio.ensure_future(loop.run_in_executor(executor, self._loader))
            self._loading.add_done_callback(lambda _f: executor.shutdown(wait=False))
        analyzer = await asyncio.shield(self._loading)
        if self.analyzer is None:
            self.analyzer = analyzer
            for listener in self._listeners:
                try:
                    listener(analyzer)
                except Exception:
                    log.exception("engine listener failed")
            self._listeners.clear()
        return analyzer

    async def load_quietly(self) -> None:
        """Load, logging (not raising) a failure: the app works without suggestions."""
        try:
            await self.load()
        except Exception:
            log.exception("the intent engine could not be loaded; suggestions are off")
