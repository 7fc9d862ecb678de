"""Transfer a chat to a colleague (with their load) or back to a group's queue."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.agents import SkillGroup
from app.services.shop_reads import Colleague
from app.ui.labels import group_label, presence_label


class TransferDialog(QDialog):
    """Read `target()` after `accepted`: ("agent", id) or ("group", name)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Transfer the chat"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.to_agent = QRadioButton(self.tr("To a colleague"))
        self.agents = QComboBox()
        self.agents.addItem(self.tr("Loading colleagues…"), None)
        self.to_group = QRadioButton(self.tr("Back to a group's queue"))
        self.groups = QComboBox()
        for group in SkillGroup:
            self.groups.addItem(group_label(group.value), group.value)
        self.to_group.setChecked(True)
        form.addRow(self.to_agent, self.agents)
        form.addRow(self.to_group, self.groups)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Transfer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def set_colleagues(self, colleagues: list[Colleague]) -> None:
        """Fill the colleague list (online ones first)."""
        self.agents.clear()
        ordered = sorted(
            colleagues, key=lambda c: (c.agent.presence.value != "online", c.load or 0, c.agent.id)
        )
        for colleague in ordered:
            agent = colleague.agent
            load = self.tr("%1 chats").replace("%1", str(colleague.load or 0))
            self.agents.addItem(
                f"{agent.name} ({agent.id}) · {presence_label(agent.presence.value)} · {load}", agent.id
            )
        if colleagues:
            self.to_agent.setChecked(True)

    def target(self) -> tuple[str, str] | None:
        """What the agent chose."""
        if self.to_agent.isChecked() and self.agents.currentData():
            return "agent", str(self.agents.currentData())
        if self.to_group.isChecked():
            return "group", str(self.groups.currentData())
        return None
