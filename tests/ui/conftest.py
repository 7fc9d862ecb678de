"""Offscreen Qt, one qasync loop for the session, and a logged-in desktop per test."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Coroutine, Iterator
from pathlib import Path
from typing import Any, TypeVar

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from qasync import QEventLoop

from app.ui.application import Desktop, DesktopOptions
from app.ui.qt_app import create_application
from tests.unit.services.conftest import make_workspace
from tests.unit.services.shop_harness import Shop, seed_file

T = TypeVar("T")


@pytest.fixture(scope="session")
def qapp() -> Iterator[QApplication]:
    """The app's own QApplication (style, fonts), shared by every GUI test."""
    yield create_application(["kefu-desk-tests"])


@pytest.fixture(scope="session")
def qt_loop(qapp: QApplication) -> Iterator[QEventLoop]:
    """asyncio on the Qt event loop; qtbot's waits run its tasks."""
    loop = QEventLoop(qapp, already_running=True)
    asyncio.events._set_running_loop(None)
    yield loop
    loop.stop()  # only marks it stopped (no Qt loop is executing), so close() may shut its threads
    loop.close()


@pytest.fixture
def event_loop_qt(qt_loop: QEventLoop) -> Iterator[QEventLoop]:
    """The Qt loop as the running asyncio loop for one test (other suites use asyncio.run)."""
    asyncio.set_event_loop(qt_loop)
    asyncio.events._set_running_loop(qt_loop)
    try:
        yield qt_loop
    finally:
        asyncio.events._set_running_loop(None)
        asyncio.set_event_loop(None)


@pytest.fixture(scope="session")
def ui_shop_seed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo shop, seeded once for the GUI tests."""
    return seed_file(tmp_path_factory.mktemp("ui-seed"))


@pytest.fixture
def ui_shop(ui_shop_seed: Path, tmp_path: Path) -> Iterator[Shop]:
    """A running shop on a copy of the seed."""
    running = Shop.from_seed(ui_shop_seed, tmp_path)
    try:
        yield running
    finally:
        running.stop()


def finish(qtbot: QtBot, coroutine: Coroutine[Any, Any, T], timeout_ms: int = 15000) -> T:
    """Run a coroutine on the Qt loop and wait for it with qtbot (the UI keeps running)."""
    task = asyncio.ensure_future(coroutine)
    qtbot.waitUntil(task.done, timeout=timeout_ms)
    return task.result()


def open_desktop(
    qapp: QApplication, qtbot: QtBot, shop: Shop, folder: Path, language: str = "zh_CN", user: str = "agent01"
) -> Desktop:
    """The window, logged in and attached (as `kefu-desk` does after the login dialog)."""
    desktop = Desktop(
        qapp, DesktopOptions(language=language, theme="light", settings_file=folder / "settings.ini")
    )
    qtbot.addWidget(desktop.window)
    desktop.show()
    workspace = make_workspace(shop, folder, user)
    finish(qtbot, workspace.login(user, "kefu123"))
    desktop.attach(workspace)
    finish(qtbot, workspace.start())
    return desktop


@pytest.fixture
def desktop(
    qapp: QApplication, event_loop_qt: QEventLoop, qtbot: QtBot, ui_shop: Shop, tmp_path: Path
) -> Iterator[Desktop]:
    """agent01's workspace on a fresh shop, in Chinese."""
    opened = open_desktop(qapp, qtbot, ui_shop, tmp_path)
    try:
        yield opened
    finally:
        finish(qtbot, opened.shutdown())
