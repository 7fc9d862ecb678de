"""`--smoke-bare`: a bare QMainWindow started like the app (same QApplication set-up, same event
loop, same measurement) — the twin `startup_s` is compared with. Imports nothing of the app's UI."""

from __future__ import annotations

import asyncio
import json

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QMainWindow
from qasync import QEventLoop

from app.ui.process_figures import rss_mb, seconds_since_process_start
from app.ui.qt_app import create_application


def run_bare_smoke() -> int:
    """Show a bare window, wait one event-loop turn, print the JSON line, exit 0."""
    app = create_application()
    loop = QEventLoop(app)
    asyncio.set_event_loop(loop)

    async def main() -> int:
        window = QMainWindow()
        window.setCentralWidget(QLabel("KefuDesk"))
        window.resize(1440, 900)
        window.show()
        shown: asyncio.Future[None] = loop.create_future()
        QTimer.singleShot(0, lambda: shown.set_result(None))
        await shown
        figures = {
            "startup_s": round(seconds_since_process_start(), 3),
            "rss_mb": round(rss_mb(), 1),
            "bare": True,
        }
        print(json.dumps(figures), flush=True)
        window.close()
        return 0

    with loop:
        return loop.run_until_complete(main())
