"""Ctrl+/: search the agent's own quick replies, edit them, and insert one with the chat's values
filled in ({称呼} {订单号} {预计到账} {券额})."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import KefuError
from app.domain.learning import QuickReply
from app.services.quick_replies import fill_quick_reply
from app.ui.labels import error_text
from app.ui.ops import run_op

if TYPE_CHECKING:
    from app.services.workspace import Workspace

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class QuickRepliesDialog(QDialog):
    """`chosen(text)` with the filled-in reply; the dialog then closes."""

    chosen = Signal(str)

    def __init__(self, workspace: Workspace, values: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickRepliesDialog")
        self.setWindowTitle(self.tr("Quick replies"))
        self.workspace = workspace
        self.values = values
        self.replies: dict[int, QuickReply] = {}
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search shortcut, title or text"))
        self.search.textChanged.connect(self.reload)
        self.search.returnPressed.connect(self.insert_current)
        layout.addWidget(self.search)
        body = QHBoxLayout()
        self.list = QListWidget()
        self.list.currentItemChanged.connect(self._show_current)
        self.list.itemActivated.connect(lambda _item: self.insert_current())
        body.addWidget(self.list, 1)
        form = QFormLayout()
        self.shortcut = QLineEdit()
        self.title = QLineEdit()
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("Variables: {称呼} {订单号} {预计到账} {券额}"))
        form.addRow(self.tr("Shortcut"), self.shortcut)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Text"), self.text)
        self.preview = QLabel()
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setWordWrap(True)
        form.addRow(self.tr("Preview"), self.preview)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow("", self.error)
        body.addLayout(form, 2)
        layout.addLayout(body)
        self.text.textChanged.connect(self._update_preview)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New"))
        self.save_button = QPushButton(self.tr("Save"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.insert_button = QPushButton(self.tr("Insert"))
        self.insert_button.setDefault(True)
        self.new_button.clicked.connect(self._new)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.insert_button.clicked.connect(self.insert_current)
        for button in (self.new_button, self.save_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.insert_button)
        layout.addLayout(buttons)
        self.resize(760, 420)
        self.reload()

    def reload(self) -> None:
        """Search again with the current text."""
        run_op(self, self.workspace.quick_replies.search(self.search.text()), busy=False).success(self._fill)

    def _fill(self, replies: list[QuickReply]) -> None:
        current = self._current_id()
        self.replies = {r.id: r for r in replies}
        self.list.clear()
        for reply in replies:
            item = QListWidgetItem(f"/{reply.shortcut}  {reply.title}")
            item.setData(ID_ROLE, reply.id)
            self.list.addItem(item)
            if reply.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)

    def _current_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(ID_ROLE)) if item is not None else None

    def _show_current(self) -> None:
        reply = self.replies.get(self._current_id() or -1)
        if reply is None:
            return
        self.shortcut.setText(reply.shortcut)
        self.title.setText(reply.title)
        self.text.setPlainText(reply.body)
        self.error.clear()

    def _update_preview(self) -> None:
        self.preview.setText(fill_quick_reply(self.text.toPlainText(), self.values))

    def _new(self) -> None:
        self.list.setCurrentItem(None)
        for field in (self.shortcut, self.title):
            field.clear()
        self.text.clear()
        self.shortcut.setFocus()

    def save(self) -> None:
        """Save the form as a new reply or over the selected one."""
        op = run_op(
            self,
            self.workspace.quick_replies.save(
                self._current_id(), self.shortcut.text(), self.title.text(), self.text.toPlainText()
            ),
        )
        op.success(lambda _reply: (self.error.clear(), self.reload())).failure(self._refused)

    def _refused(self, error: KefuError) -> None:
        self.error.setText(error_text(error))

    def delete(self) -> None:
        """Delete the selected reply."""
        reply_id = self._current_id()
        if reply_id is not None:
            run_op(self, self.workspace.quick_replies.delete(reply_id)).success(lambda _done: self.reload())

    def insert_current(self) -> None:
        """Emit the selected reply with the chat's values, and close."""
        reply = self.replies.get(self._current_id() or -1)
        if reply is None:
            return
        self.chosen.emit(fill_quick_reply(reply.body, self.values))
        self.accept()
