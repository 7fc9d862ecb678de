"""Create an after-sales ticket, pre-filled with the order, the intent and the transcript."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.tickets import TicketKind
from app.services.tickets import TicketDraft
from app.ui.labels import intent_label, ticket_kind_label


class TicketDialog(QDialog):
    """Read `kind()`, `order_no()` and `description()` after `accepted`."""

    def __init__(self, draft: TicketDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self.setWindowTitle(self.tr("New after-sales ticket"))
        self.resize(520, 420)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kinds = QComboBox()
        for kind in TicketKind:
            self.kinds.addItem(ticket_kind_label(kind.value), kind.value)
        self.kinds.setCurrentIndex(self.kinds.findData(draft.kind.value))
        form.addRow(self.tr("Kind"), self.kinds)
        self.order = QLineEdit(draft.order_no or "")
        form.addRow(self.tr("Order"), self.order)
        self.intent = QLineEdit(intent_label(draft.intent))
        self.intent.setReadOnly(True)
        form.addRow(self.tr("Intent"), self.intent)
        layout.addLayout(form)
        self.text = QPlainTextEdit(draft.description)
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create ticket"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def kind(self) -> TicketKind:
        """The chosen kind."""
        return TicketKind(self.kinds.currentData())

    def order_no(self) -> str | None:
        """The order number ('' → none)."""
        return self.order.text().strip() or None

    def description(self) -> str:
        """The description."""
        return self.text.toPlainText().strip()
