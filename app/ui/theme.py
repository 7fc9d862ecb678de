"""Light and dark themes: one `.qss` per theme in resources/themes, a matching palette, and the
colours the delegates paint with. "Follow system" tracks the OS colour scheme live."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from app.config import resource_path

log = logging.getLogger(__name__)

SYSTEM, LIGHT, DARK = "system", "light", "dark"
MODES = (SYSTEM, LIGHT, DARK)


@dataclass(frozen=True, slots=True)
class ThemeColors:
    """What delegates paint with (a stylesheet cannot reach custom painting)."""

    name: str
    window: str
    panel: str
    text: str
    muted: str
    border: str
    accent: str
    accent_text: str
    customer_bubble: str
    agent_bubble: str
    agent_text: str
    bot_bubble: str
    system_text: str
    danger: str
    danger_soft: str
    warning: str
    success: str
    vip: str
    vip_text: str
    selection: str
    hover: str

    def qcolor(self, name: str) -> QColor:
        """One colour as a QColor."""
        return QColor(getattr(self, name))


LIGHT_COLORS = ThemeColors(
    name=LIGHT,
    window="#f3f5f8",
    panel="#ffffff",
    text="#1f2329",
    muted="#7a8290",
    border="#dfe3ea",
    accent="#1677ff",
    accent_text="#ffffff",
    customer_bubble="#ffffff",
    agent_bubble="#d6e8ff",
    agent_text="#10233f",
    bot_bubble="#eef0f4",
    system_text="#8a919c",
    danger="#e5484d",
    danger_soft="#fde8e8",
    warning="#d97706",
    success="#16a34a",
    vip="#f5b301",
    vip_text="#3d2c00",
    selection="#e6f0ff",
    hover="#f1f5fb",
)

DARK_COLORS = ThemeColors(
    name=DARK,
    window="#16181d",
    panel="#1e2128",
    text="#e6e8ec",
    muted="#8b93a1",
    border="#2e323b",
    accent="#3b8cff",
    accent_text="#ffffff",
    customer_bubble="#2a2e37",
    agent_bubble="#1d3a63",
    agent_text="#e3eeff",
    bot_bubble="#23262e",
    system_text="#8b93a1",
    danger="#ff6369",
    danger_soft="#3b1f23",
    warning="#f59e0b",
    success="#22c55e",
    vip="#f5b301",
    vip_text="#2b1f00",
    selection="#243249",
    hover="#242833",
)


def _palette(colors: ThemeColors) -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    palette.setColor(role.Window, QColor(colors.window))
    palette.setColor(role.WindowText, QColor(colors.text))
    palette.setColor(role.Base, QColor(colors.panel))
    palette.setColor(role.AlternateBase, QColor(colors.hover))
    palette.setColor(role.Text, QColor(colors.text))
    palette.setColor(role.Button, QColor(colors.panel))
    palette.setColor(role.ButtonText, QColor(colors.text))
    palette.setColor(role.Highlight, QColor(colors.accent))
    palette.setColor(role.HighlightedText, QColor(colors.accent_text))
    palette.setColor(role.ToolTipBase, QColor(colors.panel))
    palette.setColor(role.ToolTipText, QColor(colors.text))
    palette.setColor(role.PlaceholderText, QColor(colors.muted))
    palette.setColor(role.Link, QColor(colors.accent))
    for group in (QPalette.ColorGroup.Disabled,):
        palette.setColor(group, role.Text, QColor(colors.muted))
        palette.setColor(group, role.ButtonText, QColor(colors.muted))
        palette.setColor(group, role.WindowText, QColor(colors.muted))
    return palette


class ThemeController(QObject):
    """Applies the chosen mode and says when the colours change."""

    changed = Signal(object)  # ThemeColors

    def __init__(self, app: QApplication, mode: str = SYSTEM) -> None:
        super().__init__(app)
        self._app = app
        self.mode = mode if mode in MODES else SYSTEM
        self.colors = LIGHT_COLORS
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(lambda _scheme: self.apply())
        self.apply()

    def system_is_dark(self) -> bool:
        """Whether the OS asks for a dark scheme."""
        return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark

    def set_mode(self, mode: str) -> None:
        """Follow the system, or force light or dark."""
        self.mode = mode if mode in MODES else SYSTEM
        self.apply()

    def apply(self) -> None:
        """Set palette and stylesheet for the current mode."""
        dark = self.mode == DARK or (self.mode == SYSTEM and self.system_is_dark())
        colors = DARK_COLORS if dark else LIGHT_COLORS
        self.colors = colors
        self._app.setPalette(_palette(colors))
        sheet = resource_path("themes", f"{colors.name}.qss")
        try:
            icons = resource_path("icons").as_posix()
            self._app.setStyleSheet(sheet.read_text(encoding="utf-8").replace("@icons/", icons + "/"))
        except OSError:
            log.warning("theme file %s is missing; using the palette only", sheet)
        self.changed.emit(colors)
