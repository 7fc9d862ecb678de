"""`--smoke --json`: start, wait until a customer's message is shown in a chat tab, print one
JSON line of figures and exit (the bare-window twin is app/ui/bare_window.py)."""

from __future__ import annotations

import asyncio
import json
import statistics
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from app.domain.conversations import Sender
from app.ui.application import next_turn
from app.ui.main_window import MainWindow

if TYPE_CHECKING:
    from app.services.chat_lines import ChatLine

# A simulated customer writes `text`; returns the conversation id (or None) once the server accepted it.
CustomerWrites = Callable[[str], Awaitable[None]]


class LineWatch:
    """Times customer lines from the server's accept (`ChatLine.at`) to being shown in a tab."""

    def __init__(self, window: MainWindow) -> None:
        self.samples: list[tuple[str, float]] = []
        self.shown_at: dict[int, float] = {}  # message id -> epoch seconds once painted
        self._waiters: list[tuple[Callable[[ChatLine], bool], asyncio.Future[float]]] = []
        self._tasks: set[asyncio.Task[None]] = set()
        window.lines_shown.connect(self._shown)

    def _shown(self, _conversation_id: int, lines: list[ChatLine]) -> None:
        customer = [line for line in lines if line.sender is Sender.CUSTOMER]
        if not customer:
            return
        # Measured after the paint the insertion caused: the next event-loop turn.
        task = asyncio.ensure_future(self._after_paint(customer))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _after_paint(self, lines: list[ChatLine]) -> None:
        await next_turn()
        now = datetime.now(UTC)
        for line in lines:
            millis = (now - line.at).total_seconds() * 1000
            self.samples.append((line.text, millis))
            if line.message_id is not None:
                self.shown_at[line.message_id] = now.timestamp()
            for match, future in list(self._waiters):
                if not future.done() and match(line):
                    future.set_result(millis)

    async def wait_for(self, match: Callable[[ChatLine], bool], timeout: float) -> float:
        """Milliseconds from accept to display of the first line that matches."""
        future: asyncio.Future[float] = asyncio.get_event_loop().create_future()
        self._waiters.append((match, future))
        return await asyncio.wait_for(future, timeout)


async def measure_messages(
    window: MainWindow, write: CustomerWrites | None, timeout: float = 60.0
) -> dict[str, Any]:
    """first_message_ms (a new chat's first message) and p50/p95 of follow-ups in its open tab."""
    watch = LineWatch(window)
    if write is None:
        first = await watch.wait_for(lambda _line: True, timeout)
        return {"first_message_ms": round(first, 1)}
    tag = f"smoke-{int(time.time() * 1000) % 100000}"
    first_text = f"人工客服，话费充了一直没到账 {tag}"
    waiter = asyncio.ensure_future(watch.wait_for(lambda line: tag in line.text, timeout))
    await write(first_text)
    first = await waiter
    follow_ups: list[float] = []
    for n in range(20):
        text = f"还没到账吗 {tag}-{n}"
        waiter = asyncio.ensure_future(watch.wait_for(lambda line, t=text: line.text == t, 10.0))
        await write(text)
        follow_ups.append(await waiter)
    follow_ups.sort()
    return {
        "first_message_ms": round(first, 1),
        "message_p50_ms": round(statistics.median(follow_ups), 1),
        "message_p95_ms": round(follow_ups[int(0.95 * (len(follow_ups) - 1))], 1),
    }


def print_figures(figures: dict[str, Any]) -> None:
    """The one JSON line."""
    print(json.dumps(figures, ensure_ascii=False), flush=True)
