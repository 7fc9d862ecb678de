"""Right-click a customer message → "Correct intent": the agent's label is stored locally and later
exported for `python -m app.nlp train --extra`."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QListView, QMenu

from app.domain.conversations import Message, Sender
from app.domain.intents import Intent
from app.services.chat_lines import ChatLine
from app.ui.labels import intent_label
from app.ui.models.message_model import MessageRole
from app.ui.ops import run_op

if TYPE_CHECKING:
    from app.services.workspace import Workspace


def correction_menu(
    parent: QListView, line: ChatLine, conversation_id: int, workspace: Workspace
) -> QMenu | None:
    """The menu for one transcript line (None unless it is a cached customer message)."""
    if line.sender is not Sender.CUSTOMER or line.message_id is None:
        return None
    menu = QMenu(parent)
    sub = menu.addMenu(QCoreApplication.translate("IntentCorrection", "Correct intent"))
    analysis = workspace.insights.analysis(line.message_id)
    message = Message(line.message_id, conversation_id, line.sender, line.text, line.at)
    for intent in Intent:
        action = sub.addAction(intent_label(str(intent)))
        action.setCheckable(True)
        action.setChecked(analysis is not None and analysis.intent == intent)
        action.triggered.connect(
            lambda _checked=False, i=str(intent): run_op(parent, workspace.corrections.correct(message, i))
        )
    return menu


def install_intent_correction(
    view: QListView, conversation_id: Callable[[], int], workspace: Workspace
) -> None:
    """Give the transcript view its right-click menu."""
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def requested(position: QPoint) -> None:
        index = view.indexAt(position)
        line = index.data(MessageRole.LINE) if index.isValid() else None
        if isinstance(line, ChatLine):
            menu = correction_menu(view, line, conversation_id(), workspace)
            if menu is not None:
                menu.popup(view.viewport().mapToGlobal(position))

    view.customContextMenuRequested.connect(requested)
