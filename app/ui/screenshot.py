"""Saving the window as a PNG (Qt's own grab, so it works under Xvfb and offscreen alike)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from app.ui.application import next_turn
from app.ui.main_window import MainWindow


async def _answer_the_busiest_chat(window: MainWindow) -> None:
    """Bring forward the chat an agent would look at first (an angry one, else the longest) and
    answer it the way an agent does: Alt+1, Enter."""
    if window.workspace is None or not window.tabs.count():
        return
    pages = window.tabs.pages()
    best = max(pages, key=lambda p: (p.has_alert() or p.is_angry(), p.model.rowCount()))
    window.tabs.setCurrentWidget(best)
    await asyncio.sleep(1.0)  # its suggestions load once it is in front
    if best.insert_suggestion(0):
        best.send(best.composer.toPlainText())


async def save_window_when_settled(window: MainWindow, target: Path, settle_seconds: float) -> Path:
    """Let live traffic fill the window for `settle_seconds`, front the busiest chat, save."""
    await asyncio.sleep(settle_seconds)
    await _answer_the_busiest_chat(window)
    await asyncio.sleep(1.5)  # the profile panel fetches the customer's orders
    await next_turn()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(target)):
        raise OSError(f"could not write {target}")
    return target
