"""The system-tray side of anger alerts: a notification that keeps coming back until acknowledged.

Desktop notifications vanish after a few seconds on every platform, so "stays until acknowledged"
is done here: while any alert is open the tray icon shows a warning, its tooltip counts the open
alerts, and the notification is raised again every `REMIND_MS` until the agent acknowledges them
all. Clicking the icon or the notification brings the window forward at the angriest chat.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QStyle, QSystemTrayIcon, QWidget

REMIND_MS = 60_000


class TrayAlert(QObject):
    """Owns the tray icon; `show_alerts(n, text)` after every change of the open alerts."""

    activated = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        style = window.style()
        self._idle_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        self._alert_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.open_alerts = 0
        self.tooltip = ""
        self._text = ""
        # No tray (a bare X server, offscreen): the alert state is kept, nothing is shown.
        self.icon: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon = QSystemTrayIcon(self._idle_icon, window)
            self.icon.activated.connect(lambda _reason: self.activated.emit())
            self.icon.messageClicked.connect(self.activated.emit)
            self.icon.show()
        self.reminder = QTimer(self)
        self.reminder.setInterval(REMIND_MS)
        self.reminder.timeout.connect(self._remind)
        self.retranslate()

    def show_alerts(self, open_alerts: int, text: str, *, fresh: bool) -> None:
        """`open_alerts` unacknowledged alerts; `fresh` when one of them is new (notify now)."""
        self.open_alerts = open_alerts
        self._text = text
        if self.icon is not None:
            self.icon.setIcon(self._alert_icon if open_alerts else self._idle_icon)
        self.retranslate()
        if not open_alerts:
            self.reminder.stop()
            return
        if fresh:
            self._remind()
        if not self.reminder.isActive():
            self.reminder.start()

    def retranslate(self) -> None:
        self.tooltip = (
            self.tr("KefuDesk — %1 anger alerts not acknowledged").replace("%1", str(self.open_alerts))
            if self.open_alerts
            else self.tr("KefuDesk")
        )
        if self.icon is not None:
            self.icon.setToolTip(self.tooltip)

    def _remind(self) -> None:
        if self.icon is not None:
            self.icon.showMessage(self.tr("Anger alert"), self._text, QSystemTrayIcon.MessageIcon.Warning, 0)
