"""Settings as the agent uses them: language and theme switch at once, without a restart, and
everything is kept with QSettings."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from app.ui.application import Desktop, DesktopOptions, preferences_for
from app.ui.dialogs.settings_dialog import SettingsDialog
from app.ui.main_window import MainWindow
from app.ui.theme import DARK_COLORS, LIGHT_COLORS
from tests.ui.test_ui_workspace import _chat
from tests.unit.services.shop_harness import Shop

CJK = re.compile(r"[\u3400-\u9fff]")


def _save_settings(qtbot: QtBot, window: MainWindow, **choices: object) -> None:
    window.open_settings()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    if "language" in choices:
        dialog.language.setCurrentIndex(dialog.language.findData(choices["language"]))
    if "theme" in choices:
        dialog.theme_choice.setCurrentIndex(dialog.theme_choice.findData(choices["theme"]))
    if "sound" in choices:
        dialog.sound.setChecked(bool(choices["sound"]))
    if "retention" in choices:
        dialog.retention.setValue(int(choices["retention"]))  # type: ignore[call-overload]
    dialog._save()
    assert dialog.result() == QDialog.DialogCode.Accepted


def _chrome(window: MainWindow) -> Iterator[str]:
    """The window's own texts (menus, panel titles, buttons), not the customers' data."""
    for menu in (window.chats_menu, window.view_menu, window.help_menu):
        yield menu.title()
        yield from (action.text() for action in menu.actions() if not action.isSeparator())
    yield window.queue.waiting_title.text()
    yield window.queue.mine_title.text()
    yield window.queue.accept_button.text()
    page = window.tabs.current_page()
    assert page is not None
    for widget in page.header.findChildren(QPushButton):
        yield widget.text()
    yield page.reply.send_button.text()
    yield page.composer.placeholderText()
    yield window.profile.orders_title.text()
    yield window.profile.tickets_title.text()
    yield window.profile.ticket_button.text()
    for label in window.profile.detail.form_labels:
        yield label.text()
    yield window.profile.orders_model.headerData(0, Qt.Orientation.Horizontal)
    yield window.connection.text()
    for label in window.profile.detail.findChildren(QLabel):
        if label.objectName() == "subTitle":
            yield label.text()


def test_language_switches_live_to_english_and_back(qtbot: QtBot, desktop: Desktop, ui_shop: Shop) -> None:
    page = _chat(qtbot, desktop, ui_shop, "话费还没到账")
    window = desktop.window
    window.tabs.setCurrentWidget(page)
    qtbot.waitUntil(page.is_mine, timeout=5000)
    assert "会话" in window.chats_menu.title()
    try:
        _save_settings(qtbot, window, language="en")
        qtbot.waitUntil(lambda: window.chats_menu.title() == "&Chats", timeout=5000)
        qtbot.waitUntil(lambda: not [t for t in _chrome(window) if CJK.search(t)], timeout=5000)
        assert page.header.close_button.text() == "Close chat"
        assert desktop.preferences.language == "en"
    finally:
        _save_settings(qtbot, window, language="zh_CN")
    qtbot.waitUntil(lambda: "会话" in window.chats_menu.title(), timeout=5000)
    assert CJK.search(page.header.close_button.text())
    assert CJK.search(window.queue.accept_button.text())
    assert desktop.preferences.language == "zh_CN"


def test_theme_sound_and_retention_apply_at_once_and_are_kept(
    qtbot: QtBot, desktop: Desktop, ui_shop: Shop
) -> None:
    window = desktop.window
    assert window.theme.colors == LIGHT_COLORS
    _save_settings(qtbot, window, theme="dark", sound=False, retention=30)
    assert window.theme.colors == DARK_COLORS
    assert desktop.preferences.theme == "dark" and not desktop.preferences.sound
    workspace = window.workspace
    assert workspace is not None
    qtbot.waitUntil(lambda: workspace.retention_days == 30, timeout=5000)
    # kept on disk: a new settings object over the same file reads them back
    settings_file = Path(desktop.preferences._settings.fileName())
    again = preferences_for(DesktopOptions(settings_file=settings_file))
    assert (again.theme, again.sound, again.retention_days, again.language) == ("dark", False, 30, "zh_CN")
    _save_settings(qtbot, window, theme="light")
    assert window.theme.colors == LIGHT_COLORS
