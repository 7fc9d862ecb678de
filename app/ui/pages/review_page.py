"""Quality review (质检) for supervisors: the day's sample with automatic flags, the transcript of the
selected chat, a note for its agent and "mark reviewed"; and the articles rated below the threshold."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.conversations import Message, Sender
from app.domain.quality import QaFlag, QaItem
from app.ui.labels import intent_label
from app.ui.models.rows_model import KEY_ROLE, RowsModel
from app.ui.ops import run_op

if TYPE_CHECKING:
    from app.services.workspace import Workspace


def flag_label(flag: QaFlag) -> str:
    """A QA flag as the supervisor reads it."""
    names = {
        QaFlag.ANGER_NOT_CALMED: QCoreApplication.translate("ReviewPage", "Anger not calmed"),
        QaFlag.SLOW_FIRST_REPLY: QCoreApplication.translate("ReviewPage", "First reply over SOP"),
        QaFlag.LOW_CSAT: QCoreApplication.translate("ReviewPage", "Low CSAT"),
        QaFlag.COUPON_ABOVE_POLICY: QCoreApplication.translate("ReviewPage", "Coupon above policy"),
    }
    return names.get(flag, str(flag))


class ReviewPage(QWidget):
    """The supervisor's review desk."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPage")
        self.setWindowTitle(self.tr("Quality review"))
        self.workspace = workspace
        self.items: dict[int, QaItem] = {}
        layout = QVBoxLayout(self)
        self.model = RowsModel(
            [
                self.tr("Chat"),
                self.tr("Agent"),
                self.tr("Intent"),
                self.tr("Flags"),
                self.tr("CSAT"),
                self.tr("Reviewed"),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._open)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        self.transcript = QPlainTextEdit()
        self.transcript.setReadOnly(True)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("A note for the agent (optional)"))
        self.note.setMaximumHeight(90)
        self.mark_button = QPushButton(self.tr("Mark reviewed"))
        self.mark_button.setEnabled(False)
        self.mark_button.clicked.connect(self.mark_reviewed)
        self.state = QLabel()
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        right_layout.addWidget(QLabel(self.tr("Transcript")))
        right_layout.addWidget(self.transcript, 3)
        right_layout.addWidget(self.note)
        row = QHBoxLayout()
        row.addWidget(self.state, 1)
        row.addWidget(self.mark_button)
        right_layout.addLayout(row)
        right_layout.addWidget(QLabel(self.tr("Articles rated below the threshold")))
        self.articles = QListWidget()
        right_layout.addWidget(self.articles, 1)
        split.addWidget(right)
        split.setSizes([520, 520])
        layout.addWidget(split)
        self.resize(1100, 640)

    def reload(self) -> None:
        """Fetch today's sample and the articles to review."""
        run_op(self, self.workspace.quality.sample()).success(self.show_sample)
        run_op(self, self.workspace.quality.articles_to_review(), busy=False).success(
            lambda found: (
                self.articles.clear(),
                [self.articles.addItem(f"{a.title} (▲{a.helpful} ▼{a.unhelpful})") for a in found],
            )
        )

    def show_sample(self, items: list[QaItem]) -> None:
        """Fill the table."""
        self.items = {i.conversation_id: i for i in items}
        self.model.set_rows(
            [
                [
                    str(i.conversation_id),
                    i.agent_id,
                    intent_label(i.intent) if i.intent else "—",
                    "、".join(flag_label(f) for f in i.flags) or "—",
                    str(i.csat_score) if i.csat_score is not None else "—",
                    self.tr("Yes") if i.reviewed_by else "",
                ]
                for i in items
            ],
            [i.conversation_id for i in items],
        )

    def selected_id(self) -> int | None:
        """The conversation of the selected row."""
        index = self.table.currentIndex()
        return int(self.model.data(index, KEY_ROLE)) if index.isValid() else None

    def _open(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        conversation_id = int(self.model.data(current, KEY_ROLE))
        item = self.items.get(conversation_id)
        self.note.setPlainText(item.note or "" if item else "")
        self.mark_button.setEnabled(True)
        self.transcript.clear()
        run_op(self, self.workspace.quality.transcript(conversation_id)).success(self._show_transcript)

    def _show_transcript(self, lines: list[Message]) -> None:
        who = {
            Sender.CUSTOMER: self.tr("Customer"),
            Sender.AGENT: self.tr("Agent"),
            Sender.BOT: self.tr("Bot"),
        }
        text = "\n".join(
            f"{m.created_at.astimezone().strftime('%H:%M:%S')} {who.get(m.sender, self.tr('System'))}: {m.text}"
            for m in lines
        )
        self.transcript.setPlainText(text)

    def mark_reviewed(self) -> None:
        """Send the review with the note."""
        conversation_id = self.selected_id()
        if conversation_id is None:
            return
        op = run_op(self, self.workspace.quality.review(conversation_id, self.note.toPlainText()))
        op.success(self._reviewed)

    def _reviewed(self, item: QaItem) -> None:
        self.items[item.conversation_id] = item
        self.state.setText(self.tr("Reviewed; the agent sees the note."))
        self.show_sample(list(self.items.values()))
