"""Close a chat with a resolution and (by default) a satisfaction invite."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from app.domain.conversations import Resolution
from app.ui.labels import resolution_label

CHOICES = (Resolution.RESOLVED, Resolution.UNRESOLVED, Resolution.NO_RESPONSE, Resolution.SPAM)


class CloseDialog(QDialog):
    """Read `resolution()` and `invite_csat()` after `accepted`."""

    def __init__(self, customer: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Close the chat with %1").replace("%1", customer))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.choice = QComboBox()
        for resolution in CHOICES:
            self.choice.addItem(resolution_label(resolution.value), resolution.value)
        form.addRow(self.tr("Resolution"), self.choice)
        self.csat = QCheckBox(self.tr("Invite the customer to rate the service"))
        self.csat.setChecked(True)
        form.addRow("", self.csat)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Close chat"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def resolution(self) -> Resolution:
        """The chosen resolution."""
        return Resolution(self.choice.currentData())

    def invite_csat(self) -> bool:
        """Whether to send the CSAT invite."""
        return self.csat.isChecked()
