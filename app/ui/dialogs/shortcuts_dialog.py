"""The shortcuts sheet (F1)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut of the workspace."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(460, 420)
        rows = [
            ("F2", self.tr("Accept the next waiting chat")),
            ("Enter", self.tr("Send the reply")),
            ("Shift+Enter", self.tr("New line in the reply")),
            ("Alt+1 … Alt+3", self.tr("Insert suggestion 1–3")),
            ("Ctrl+Tab / Ctrl+Shift+Tab", self.tr("Next / previous chat")),
            ("Ctrl+1 … Ctrl+9", self.tr("Go to chat 1–9 (9: the last)")),
            ("Ctrl+F", self.tr("Search all chats")),
            ("Ctrl+T", self.tr("New after-sales ticket")),
            ("Ctrl+Shift+T", self.tr("Transfer the chat")),
            ("Ctrl+W", self.tr("Close the chat")),
            ("Ctrl+K", self.tr("Acknowledge the anger alert")),
            ("Ctrl+L", self.tr("Focus the reply box")),
            ("F1", self.tr("This sheet")),
        ]
        layout = QVBoxLayout(self)
        table = QTableWidget(len(rows), 2)
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (keys, action) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(keys))
            table.setItem(row, 1, QTableWidgetItem(action))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
