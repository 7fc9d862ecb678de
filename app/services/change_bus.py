"""One broadcast of `Changes` to plain callbacks (the UI adapts it to a Qt signal)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from app.services.changes import Changes

log = logging.getLogger(__name__)


class ChangeBus:
    """Listeners hear every `Changes` published; a failing listener never stops the others."""

    def __init__(self) -> None:
        self._listeners: list[Callable[[Changes], None]] = []

    def subscribe(self, listener: Callable[[Changes], None]) -> Callable[[], None]:
        """Call `listener(changes)` after every write; returns a function that unsubscribes."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def publish(self, changes: Changes) -> None:
        """Tell every listener (nothing happens for empty changes)."""
        if not changes:
            return
        for listener in list(self._listeners):
            try:
                listener(changes)
            except Exception:  # a view's bug must not break the use case that published
                log.exception("change listener failed")
