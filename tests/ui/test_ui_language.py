"""Every visible string is translated: English shows no Chinese in menus and dialogs, and the
Chinese UI shows no untranslated English (brand names and key names aside)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from qasync import QEventLoop

from app.domain.conversations import Conversation, ConversationStatus
from app.services.tickets import draft_ticket
from app.ui.application import Desktop, DesktopOptions
from app.ui.dialogs.close_dialog import CloseDialog
from app.ui.dialogs.login_dialog import LoginDialog
from app.ui.dialogs.settings_dialog import SettingsDialog
from app.ui.dialogs.shortcuts_dialog import ShortcutsDialog
from app.ui.dialogs.ticket_dialog import TicketDialog
from app.ui.dialogs.transfer_dialog import TransferDialog
from app.ui.i18n import language_name

CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")
ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")
# Words that stay as they are in Chinese: the brand, key names, and the language's own name.
KEPT = {"KefuDesk", "VIP", "Enter", "Shift", "Ctrl", "Alt", "Tab", "Backtab", "English", "wechat", "alipay"}


def _texts(widget: QWidget) -> Iterator[str]:
    yield widget.windowTitle()
    for child in widget.findChildren(QWidget):
        if isinstance(child, (QLabel, QAbstractButton)):
            yield child.text()
        elif isinstance(child, QLineEdit):
            yield child.placeholderText()
        elif isinstance(child, QComboBox):
            languages = {language_name(code) for code in ("zh_CN", "en")}
            yield from (t for t in (child.itemText(i) for i in range(child.count())) if t not in languages)
        elif isinstance(child, QTableWidget):
            for row in range(child.rowCount()):
                for column in range(child.columnCount()):
                    item = child.item(row, column)
                    if item is not None:
                        yield item.text()


def _menu_texts(desktop: Desktop) -> Iterator[str]:
    for menu in desktop.window.menuBar().findChildren(QMenu):
        yield menu.title()
        for action in menu.actions():
            yield action.text()


def _dialogs(desktop: Desktop) -> list[QWidget]:
    window = desktop.window
    now = datetime.now(UTC)
    conversation = Conversation(1, 10002, ConversationStatus.ASSIGNED, now, intent="refund", order_no="KM1")

    async def login(*_args: object) -> None:
        return None

    return [
        ShortcutsDialog(window),
        SettingsDialog(desktop.preferences, desktop.theme, window),
        CloseDialog("x", window),
        TransferDialog(window),
        TicketDialog(draft_ticket(conversation, []), window),
        LoginDialog(login, server="http://127.0.0.1:8765", username="agent01", remember=True, parent=window),
    ]


@pytest.fixture
def english(qapp: QApplication, event_loop_qt: QEventLoop, qtbot: QtBot, tmp_path: Path) -> Iterator[Desktop]:
    """The window in English (the Chinese translator is restored afterwards)."""
    desktop = Desktop(qapp, DesktopOptions(language="en", settings_file=tmp_path / "s.ini"))
    qtbot.addWidget(desktop.window)
    yield desktop
    desktop.translations.install("zh_CN")


@pytest.fixture
def chinese(qapp: QApplication, event_loop_qt: QEventLoop, qtbot: QtBot, tmp_path: Path) -> Desktop:
    """The window in Simplified Chinese (the default)."""
    desktop = Desktop(qapp, DesktopOptions(settings_file=tmp_path / "s.ini"))
    qtbot.addWidget(desktop.window)
    return desktop


def test_english_menus_and_dialogs_have_no_chinese_left(english: Desktop, qtbot: QtBot) -> None:
    texts = [*list(_menu_texts(english)), english.window.waiting_page.text()]
    for dialog in _dialogs(english):
        qtbot.addWidget(dialog)
        texts += list(_texts(dialog))
    leftovers = [t for t in texts if CJK.search(t)]
    assert not leftovers, leftovers


def test_chinese_menus_and_dialogs_have_no_english_left(chinese: Desktop, qtbot: QtBot) -> None:
    texts = [*list(_menu_texts(chinese)), chinese.window.waiting_page.text()]
    for dialog in _dialogs(chinese):
        qtbot.addWidget(dialog)
        texts += list(_texts(dialog))
    leftovers = [t for t in texts if any(w not in KEPT for w in ENGLISH_WORD.findall(t.replace("&", "")))]
    # the server URL and the user name are data, not UI text
    leftovers = [t for t in leftovers if not t.startswith("http") and t != "agent01"]
    assert not leftovers, leftovers
    assert "会话" in " ".join(_menu_texts(chinese))


def test_every_text_has_a_finished_chinese_translation_and_a_built_qm() -> None:
    import importlib.util

    from app.config import resource_path

    script = resource_path("i18n", "build_translations.py")
    spec = importlib.util.spec_from_file_location("build_translations", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.untranslated(resource_path("i18n", "kefudesk_zh_CN.ts")) == []
    for code in ("zh_CN", "en"):
        qm = resource_path("i18n", f"kefudesk_{code}.qm")
        assert (
            qm.exists()
            and qm.stat().st_mtime >= resource_path("i18n", f"kefudesk_{code}.ts").stat().st_mtime - 5
        )
