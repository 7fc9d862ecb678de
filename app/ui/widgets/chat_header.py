"""The strip above a chat: the customer, what the chat is about, the first-reply clock, the
anger trend and the chat's actions (accept, ticket, transfer, close)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.conversations import Conversation
from app.ui.i18n import LiveTranslation
from app.ui.labels import group_label, handoff_label, intent_label
from app.ui.theme import ThemeController
from app.ui.widgets.anger_trend import AngerTrend
from app.ui.widgets.elided import ElidedLabel


def plain_label(text: str = "", name: str = "") -> QLabel:
    """A label that never interprets its text as rich text."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    return label


class ChatHeader(LiveTranslation, QWidget):
    """Signals the chat's actions; `show_conversation` and `show_clock` fill it."""

    accept_clicked = Signal()
    ticket_clicked = Signal()
    transfer_clicked = Signal()
    close_clicked = Signal()

    def __init__(self, theme: ThemeController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatHeader")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._conversation: Conversation | None = None
        self._name = ""
        self._clock: float | None = None
        self._clock_shown = False
        # two rows, so long names, long translations and the buttons never squeeze each other:
        # the customer and the reply clock above; what the chat is about and the actions below
        rows = QVBoxLayout(self)
        rows.setContentsMargins(12, 6, 8, 6)
        rows.setSpacing(2)
        top = QHBoxLayout()
        top.setSpacing(8)
        # a long name or subtitle gives way to the rest, elided with "…"
        self.title = ElidedLabel()
        self.title.setObjectName("chatTitle")
        top.addWidget(self.title, 1)
        self.sla = plain_label(name="sla")
        top.addWidget(self.sla)
        self.trend = AngerTrend(theme)
        top.addWidget(self.trend)
        rows.addLayout(top)
        bottom = QHBoxLayout()
        bottom.setSpacing(6)
        self.subtitle = ElidedLabel()
        self.subtitle.setObjectName("muted")
        bottom.addWidget(self.subtitle, 1)
        self.accept_button = QPushButton()
        self.accept_button.setObjectName("primary")
        self.accept_button.clicked.connect(self.accept_clicked)
        self.ticket_button = QPushButton()
        self.ticket_button.clicked.connect(self.ticket_clicked)
        self.transfer_button = QPushButton()
        self.transfer_button.clicked.connect(self.transfer_clicked)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close_clicked)
        for button in (self.accept_button, self.ticket_button, self.transfer_button, self.close_button):
            bottom.addWidget(button)
        rows.addLayout(bottom)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text in the current language."""
        self.accept_button.setText(self.tr("Accept"))
        self.ticket_button.setText(self.tr("Ticket"))
        self.transfer_button.setText(self.tr("Transfer"))
        self.close_button.setText(self.tr("Close chat"))
        if self._conversation is not None:
            self.show_conversation(self._conversation, self._name)
        self.show_clock(self._clock, shown=self._clock_shown)

    def customer_title(self) -> str:
        """The customer's name (their number until the profile is cached), VIP marked."""
        conversation = self._conversation
        if conversation is None:
            return ""
        name = self._name or self.tr("Customer %1").replace("%1", str(conversation.customer_id))
        return name + ("  VIP" if conversation.vip else "")

    def show_conversation(self, conversation: Conversation, name: str) -> None:
        """The customer and what the chat is about."""
        self._conversation = conversation
        self._name = name
        title = self.customer_title()
        self.title.setText(title)
        parts = [intent_label(conversation.intent)]
        if conversation.group:
            parts.append(group_label(conversation.group))
        if conversation.card_type:
            parts.append(conversation.card_type)
        if conversation.handoff_reason:
            parts.append(handoff_label(conversation.handoff_reason))
        subtitle = " · ".join(parts)
        self.subtitle.setText(subtitle)

    def show_actions(self, *, waiting: bool, mine: bool) -> None:
        """Accept for a waiting chat; transfer and close for my own."""
        self.accept_button.setVisible(waiting)
        self.transfer_button.setEnabled(mine)
        self.close_button.setEnabled(mine)

    def show_clock(self, seconds_left: float | None, *, shown: bool) -> None:
        """The first-reply clock against the 10 s SOP (red once breached)."""
        self._clock, self._clock_shown = seconds_left, shown
        breached = False
        if not shown:
            text = ""
        elif seconds_left is None:
            text = self.tr("Replied")
        elif seconds_left >= 0:
            text = self.tr("Reply within %1 s").replace("%1", str(int(seconds_left)))
        else:
            text = self.tr("SLA breached by %1 s").replace("%1", str(int(-seconds_left)))
            breached = True
        if text != self.sla.text() or self.sla.property("breached") != breached:
            self.sla.setText(text)
            self.sla.setProperty("breached", breached)
            self.sla.style().unpolish(self.sla)
            self.sla.style().polish(self.sla)
