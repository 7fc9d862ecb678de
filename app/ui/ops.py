"""`run_op(parent, coroutine)`: the one way the UI runs a use case in the background, with a busy
cursor, `.success(...)`/`.failure(...)` callbacks, and a translated error shown by default."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any, Generic, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain.errors import KefuError
from app.services.errors import as_action_error
from app.ui.labels import error_text

log = logging.getLogger(__name__)

T = TypeVar("T")


class ErrorSink(Protocol):
    """A window that shows errors its own way (the main window's status bar and banner)."""

    def show_error(self, text: str) -> None:
        """Show one error message."""
        ...


class Op(Generic[T]):
    """One running operation; attach callbacks right after `run_op` (the task cannot finish sooner).

    Callbacks are skipped when the widget was closed meanwhile (the agent closed the tab)."""

    def __init__(self, parent: QWidget, coroutine: Awaitable[T], busy: bool) -> None:
        self._parent = parent
        self._busy = busy
        self._on_success: Callable[[T], Any] | None = None
        self._on_failure: Callable[[KefuError], Any] | None = None
        if busy:
            parent.setCursor(Qt.CursorShape.BusyCursor)
        self.task: asyncio.Future[T] = asyncio.ensure_future(coroutine)
        self.task.add_done_callback(self._done)

    def success(self, callback: Callable[[T], Any]) -> Op[T]:
        """Call `callback(result)` when it worked."""
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[KefuError], Any]) -> Op[T]:
        """Call `callback(error)` instead of showing the default error message."""
        self._on_failure = callback
        return self

    def _done(self, task: asyncio.Future[T]) -> None:
        if task.cancelled():
            return
        error = task.exception()
        if not shiboken6.isValid(self._parent):
            if error is not None:
                log.debug("operation failed after its widget was closed: %r", error)
            return
        if self._busy:
            self._parent.unsetCursor()
        if error is None:
            if self._on_success is not None:
                self._on_success(task.result())
            return
        if not isinstance(error, Exception):
            raise error
        failure = as_action_error(error)
        if not isinstance(error, KefuError) and failure.code == "error":
            log.error("operation failed", exc_info=error)
        if self._on_failure is not None:
            self._on_failure(failure)
        else:
            show_error(self._parent, failure)


def run_op(parent: QWidget, coroutine: Awaitable[T], *, busy: bool = True) -> Op[T]:
    """Run `coroutine` on the event loop on behalf of `parent`."""
    return Op(parent, coroutine, busy)


def show_error(parent: QWidget, error: KefuError) -> None:
    """The default error display: the window's own sink, else a non-blocking message box."""
    text = error_text(error)
    window = parent.window()
    sink = getattr(window, "show_error", None)
    if callable(sink):
        sink(text)
        return
    box = QMessageBox(QMessageBox.Icon.Warning, window.windowTitle() or "KefuDesk", text, parent=window)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


class Reloader(Generic[T]):
    """Runs a view's reload at most once at a time; asks made meanwhile fold into one more run.

    `min_interval_ms` throttles busy views (the queue lists at 50 messages a second): a reload
    starts at most that often, the last ask always gets its run."""

    def __init__(
        self,
        parent: QWidget,
        load: Callable[[], Awaitable[T]],
        apply: Callable[[T], Any],
        *,
        min_interval_ms: int = 0,
    ) -> None:
        self._parent = parent
        self._load = load
        self._apply = apply
        self._running = False
        self._again = False
        self._interval = min_interval_ms
        self._clock = QElapsedTimer()
        self._timer = QTimer(parent)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._start)

    def request(self) -> None:
        """Reload soon."""
        if self._running:
            self._again = True
            return
        if self._timer.isActive():
            return
        wait = self._interval - self._clock.elapsed() if self._clock.isValid() else 0
        if wait > 0:
            self._timer.start(int(wait))
        else:
            self._start()

    def _start(self) -> None:
        self._running = True
        self._clock.start()
        run_op(self._parent, self._load(), busy=False).success(self._loaded).failure(self._failed)

    def _loaded(self, result: T) -> None:
        self._apply(result)
        self._finish()

    def _failed(self, error: KefuError) -> None:
        log.info("reload of %s failed: %s", type(self._parent).__name__, error.code)
        self._finish()

    def _finish(self) -> None:
        self._running = False
        if self._again:
            self._again = False
            self.request()
