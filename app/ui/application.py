"""The running desktop app: QApplication, the qasync loop, translations, theme, settings, the
window, and the login flow. The composition root (app/cli.py) hands it what to connect to."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication
from qasync import QEventLoop

from app.domain.errors import KefuError
from app.ui.dialogs.login_dialog import LoginDialog
from app.ui.i18n import Translations
from app.ui.main_window import MainWindow
from app.ui.preferences import Preferences
from app.ui.theme import ThemeController

if TYPE_CHECKING:
    from app.services.workspace import Workspace

log = logging.getLogger(__name__)

OpenWorkspace = Callable[[str, str], Awaitable["Workspace"]]


@dataclass(frozen=True, slots=True)
class DesktopOptions:
    """Overrides from the command line (None: use the saved settings)."""

    language: str | None = None
    theme: str | None = None
    settings_file: Path | None = None


def preferences_for(options: DesktopOptions) -> Preferences:
    """The settings store (an INI file when the command line names one)."""
    if options.settings_file is not None:
        return Preferences(QSettings(str(options.settings_file), QSettings.Format.IniFormat))
    return Preferences(QSettings())


class Desktop:
    """One window and its session; `closed` resolves when the agent closes the window."""

    def __init__(self, app: QApplication, options: DesktopOptions) -> None:
        self.app = app
        self.preferences = preferences_for(options)
        self.translations = Translations(app)
        self.translations.install(options.language or self.preferences.language)
        self.theme = ThemeController(app, options.theme or self.preferences.theme)
        self.window = MainWindow(self.theme, self.preferences, translations=self.translations)
        self.workspace: Workspace | None = None
        self.closed: asyncio.Future[None] = asyncio.get_event_loop().create_future()
        self.window.closed.connect(self._set_closed)

    def _set_closed(self) -> None:
        if not self.closed.done():
            self.closed.set_result(None)

    def show(self) -> None:
        """Show the window at once (its "connecting" page until a session is attached)."""
        self.window.show()
        self.window.raise_()

    def attach(self, workspace: Workspace) -> None:
        """Fill the window with a logged-in session."""
        self.workspace = workspace
        self.window.attach(workspace)
        self.window.login_requested.connect(self._login_again)

    # --- logging in -----------------------------------------------------------------------------
    async def log_in(self, open_workspace: OpenWorkspace, message: str = "") -> Workspace | None:
        """The login dialog until a login works (None: the agent quit)."""
        prefs = self.preferences
        result: asyncio.Future[Workspace | None] = asyncio.get_event_loop().create_future()
        opened: list[Workspace] = []

        async def attempt(server: str, user: str, password: str, remember: bool) -> Workspace:
            workspace = await open_workspace(server, user)
            try:
                await workspace.login(user, password)
            except KefuError:
                await workspace.stop()
                raise
            prefs.server, prefs.username, prefs.remember = server, user if remember else "", remember
            prefs.sync()
            opened.append(workspace)
            return workspace

        dialog = LoginDialog(
            attempt,
            server=prefs.server,
            username=prefs.username,
            remember=prefs.remember,
            message=message,
            parent=self.window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.logged_in.connect(lambda ws: result.done() or result.set_result(ws))
        dialog.rejected.connect(lambda: result.done() or result.set_result(None))
        dialog.open()
        return await result

    async def restore_or_log_in(self, open_workspace: OpenWorkspace) -> Workspace | None:
        """With "remember me": the cached workspace at once, without the network (the saved token
        is checked in the background, and only the server's 401 asks for login); else the login
        dialog."""
        prefs = self.preferences
        if prefs.remember and prefs.username:
            workspace = await open_workspace(prefs.server, prefs.username)
            if await workspace.resume(prefs.username):
                return workspace
            # no agent remembered yet (a login from an older version): ask the server once
            try:
                restored = await workspace.restore(prefs.username)
            except KefuError as exc:
                log.info("could not check the saved login (%s)", exc.code)
                restored = False
            if restored:
                return workspace
            await workspace.stop()
        return await self.log_in(open_workspace)

    def _login_again(self, username: str) -> None:
        workspace = self.workspace
        if workspace is None or getattr(self, "_relogin_open", False):
            return
        self._relogin_open = True

        async def relogin(server: str, user: str, password: str, remember: bool) -> Workspace:
            await workspace.login(user, password)
            return workspace

        dialog = LoginDialog(
            relogin,
            server=workspace.server,
            username=username,
            remember=self.preferences.remember,
            message=QCoreApplication.translate(
                "Desktop", "Your session ended. Log in again; nothing waiting to be sent is lost."
            ),
            parent=self.window,
        )
        dialog.server.setEnabled(False)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: setattr(self, "_relogin_open", False))
        dialog.open()

    async def shutdown(self) -> None:
        """Close the window (drafts are saved), then stop the session."""
        if shiboken6.isValid(self.window):
            self.window.close()
            self.window.deleteLater()
            await next_turn()
        if self.workspace is not None:
            await self.workspace.stop()
            self.workspace = None


def run_event_loop(app: QApplication, main: Callable[[], Awaitable[int]]) -> int:
    """Run `main()` on the qasync loop; its result is the exit code."""
    loop = QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        with loop:
            return loop.run_until_complete(main())
    finally:
        asyncio.set_event_loop(None)


def next_turn() -> Awaitable[None]:
    """Resolves after Qt processed the events queued so far (a paint, a layout)."""
    future: asyncio.Future[None] = asyncio.get_event_loop().create_future()
    QTimer.singleShot(0, lambda: future.done() or future.set_result(None))
    return future
