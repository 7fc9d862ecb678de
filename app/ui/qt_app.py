"""The QApplication as every entry point makes it (names, style, font), importing only Qt, so
the bare-window smoke twin starts exactly like the app without loading the app's code."""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from app.config import APP_AUTHOR, APP_NAME

UI_FONTS = ["Microsoft YaHei UI", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans"]


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with the app's names, style and font (the existing one if any)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setStyle("Fusion")
    font = QFont()
    font.setFamilies(UI_FONTS)
    font.setPointSizeF(10)
    app.setFont(font)
    app.setQuitOnLastWindowClosed(False)
    return app
