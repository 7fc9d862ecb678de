"""No clipped text in the workspace, in Chinese and in English: every button is as wide as its
text, one-line labels fit (or elide with "…" on purpose), table headers fit their columns."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTableView, QWidget
from pytestqt.qtbot import QtBot

from app.ui.application import Desktop
from app.ui.widgets.elided import ElidedButton, ElidedLabel
from tests.ui.test_ui_workspace import _chat
from tests.unit.services.shop_harness import Shop

SLACK = 2  # pixels of rounding


def _visible(root: QWidget, kind: type) -> Iterator:
    for widget in root.findChildren(kind):
        if widget.isVisibleTo(root) and widget.isVisible() and widget.width() > 0:
            yield widget


def clipped_texts(root: QWidget, *, tables: bool = True) -> list[str]:
    """Descriptions of every text that does not fit its widget (table headers too, unless not)."""
    found = []
    for button in _visible(root, QAbstractButton):
        if isinstance(button, ElidedButton) or not button.text():
            continue
        if button.width() + SLACK < button.sizeHint().width():
            found.append(f"button {button.text()!r}: {button.width()} < {button.sizeHint().width()}")
    for label in _visible(root, QLabel):
        if isinstance(label, ElidedLabel) or label.wordWrap() or not label.text() or "\n" in label.text():
            continue
        needed = label.fontMetrics().horizontalAdvance(label.text())
        if label.contentsRect().width() + SLACK < needed:
            found.append(f"label {label.text()!r}: {label.contentsRect().width()} < {needed}")
    for table in _visible(root, QTableView) if tables else ():
        header = table.horizontalHeader()
        model = table.model()
        for column in range(model.columnCount()):
            if header.isSectionHidden(column):
                continue
            title = str(model.headerData(column, header.orientation()) or "")
            needed = header.fontMetrics().horizontalAdvance(title) + 12
            if header.sectionSize(column) + SLACK < needed:
                found.append(f"header {title!r}: {header.sectionSize(column)} < {needed}")
    return found


class LongStrings(QTranslator):
    """A pseudo-locale: every text of the app 40 % longer (German-like), to find fixed widths."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        """The English text, padded inside brackets (placeholders kept)."""
        return f"[{source}{'~' * max(2, len(source) * 2 // 5)}]"

    def isEmpty(self) -> bool:
        """Never empty, so Qt asks it."""
        return False


@pytest.mark.parametrize("language", ["zh_CN", "en", "long"])
def test_nothing_is_clipped_in_the_workspace(
    qtbot: QtBot, desktop: Desktop, ui_shop: Shop, language: str
) -> None:
    customer = ui_shop.free_customer()
    order_no = ui_shop.latest_order_of(customer)
    page = _chat(qtbot, desktop, ui_shop, f"订单 {order_no} 什么破平台还没到账，我要投诉", customer)
    window = desktop.window
    window.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: window.profile.orders_model.rowCount() > 0, timeout=10000)
    qtbot.waitUntil(lambda: window.profile.detail.order is not None, timeout=10000)
    qtbot.waitUntil(page.alert.isVisible, timeout=10000)
    try:
        pseudo = LongStrings() if language == "long" else None
        desktop.translations.install("en" if pseudo else language)
        if pseudo is not None:
            qapp = QApplication.instance()
            assert qapp is not None
            qapp.installTranslator(pseudo)
        qtbot.wait(100)  # LanguageChange delivered, layouts settled
        window.resize(1280, 800)  # a laptop screen, smaller than the default
        qtbot.wait(100)
        # the order table is data in a fixed 420-px panel: its headers fit both real languages,
        # and elide ("[Pro…") in the pseudo-locale
        assert clipped_texts(window, tables=pseudo is None) == []
    finally:
        if pseudo is not None:
            QApplication.instance().removeTranslator(pseudo)  # type: ignore[union-attr]
        desktop.translations.install("zh_CN")
