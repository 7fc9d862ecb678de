"""The service dashboard: today's first-reply and reply times, first-contact resolution, CSAT, chats
handled and SLA breaches; charts by hour and over seven days; ratings and supervisors' notes; for
supervisors the team table and the live queue. The period exports as CSV."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.metrics import AgentMetrics
from app.services.dashboard import DashboardView
from app.ui.labels import group_label, intent_label, presence_label
from app.ui.models.rows_model import RowsModel
from app.ui.ops import run_op
from app.ui.widgets.bar_chart import BarChart

if TYPE_CHECKING:
    from app.services.workspace import Workspace

QUEUE_REFRESH_MS = 5000


def _seconds(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f} s"


def _share(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f}%"


def _score(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


class DashboardPage(QWidget):
    """One agent's day; `loaded` state is in `view` once the server answered."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardPage")
        self.workspace = workspace
        self.view: DashboardView | None = None
        self.setWindowTitle(self.tr("Service dashboard"))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setObjectName("dashboardHeading")
        top.addWidget(self.heading, 1)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.reload)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.clicked.connect(self.ask_export)
        self.export_button.setEnabled(False)
        top.addWidget(self.refresh_button)
        top.addWidget(self.export_button)
        layout.addLayout(top)

        cards = QGridLayout()
        self.cards: dict[str, QLabel] = {}
        names = (
            ("first_reply", self.tr("First reply")),
            ("avg_reply", self.tr("Average reply")),
            ("fcr", self.tr("First-contact resolution")),
            ("csat", self.tr("CSAT")),
            ("handled", self.tr("Chats handled")),
            ("breaches", self.tr("SLA breaches (10 s)")),
        )
        for column, (key, title) in enumerate(names):
            caption = QLabel(title)
            caption.setObjectName("kpiCaption")
            value = QLabel("—")
            value.setObjectName("kpiValue")
            cards.addWidget(caption, 0, column)
            cards.addWidget(value, 1, column)
            self.cards[key] = value
        layout.addLayout(cards)

        charts = QHBoxLayout()
        self.hour_chart = BarChart(self.tr("Chats handled by hour"))
        self.week_chart = BarChart(self.tr("Chats handled, last 7 days"))
        self.reply_chart = BarChart(self.tr("First reply (s), last 7 days"))
        for chart in (self.hour_chart, self.week_chart, self.reply_chart):
            charts.addWidget(chart)
        layout.addLayout(charts, 2)

        lists = QHBoxLayout()
        self.ratings = QListWidget()
        self.notes = QListWidget()
        for title, widget in (
            (self.tr("Customer ratings"), self.ratings),
            (self.tr("Review notes"), self.notes),
        ):
            box = QVBoxLayout()
            box.addWidget(QLabel(title))
            box.addWidget(widget)
            lists.addLayout(box)
        layout.addLayout(lists, 1)

        self.team_model = RowsModel(
            [
                self.tr("Agent"),
                self.tr("Presence"),
                self.tr("Open chats"),
                self.tr("Handled"),
                self.tr("First reply"),
                self.tr("CSAT"),
                self.tr("SLA breaches"),
            ],
            self,
        )
        self.queue_model = RowsModel(
            [self.tr("Chat"), self.tr("Group"), self.tr("Intent"), self.tr("Priority"), self.tr("Waiting")],
            self,
        )
        self.team_box = QWidget()
        team_layout = QHBoxLayout(self.team_box)
        team_layout.setContentsMargins(0, 0, 0, 0)
        for title, model in ((self.tr("Team"), self.team_model), (self.tr("Live queue"), self.queue_model)):
            box = QVBoxLayout()
            box.addWidget(QLabel(title))
            table = QTableView()
            table.setModel(model)
            table.verticalHeader().hide()
            table.horizontalHeader().setStretchLastSection(True)
            box.addWidget(table)
            team_layout.addLayout(box)
        self.team_box.setVisible(workspace.dashboard.is_supervisor)
        layout.addWidget(self.team_box, 2)

        self.queue_timer = QTimer(self)
        self.queue_timer.setInterval(QUEUE_REFRESH_MS)
        self.queue_timer.timeout.connect(self._refresh_queue)
        if workspace.dashboard.is_supervisor:
            self.queue_timer.start()

    def reload(self, day: date | None = None) -> None:
        """Fetch the day (today when None) and show it."""
        self.refresh_button.setEnabled(False)
        op = run_op(self, self.workspace.dashboard.load(day))
        op.success(self.show_view).failure(self._failed)

    def _failed(self, error: object) -> None:
        from app.ui.labels import error_text

        self.refresh_button.setEnabled(True)
        self.heading.setText(error_text(error))  # type: ignore[arg-type]

    def show_view(self, view: DashboardView) -> None:
        """Fill every part from one server answer."""
        self.view = view
        self.refresh_button.setEnabled(True)
        self.export_button.setEnabled(True)
        today = view.board.today
        self.heading.setText(
            self.tr("%1 · %2").replace("%1", today.agent_id).replace("%2", today.day.isoformat())
        )
        self._cards(today)
        hours = view.board.hours
        self.hour_chart.set_data(
            [float(h.chats_handled) for h in hours], [f"{h.hour:02d}" for h in hours], label_every=3
        )
        week = view.board.week
        days = [d.day.strftime("%m-%d") for d in week]
        self.week_chart.set_data([float(d.chats_handled) for d in week], days)
        self.reply_chart.set_data([d.first_reply_seconds for d in week], days, unit="s")
        self.ratings.clear()
        for rating in view.ratings:
            text = "★" * rating.score + "☆" * (5 - rating.score)
            if rating.comment:
                text += "  " + rating.comment
            self.ratings.addItem(text)
        self.notes.clear()
        for item in view.notes:
            self.notes.addItem(
                self.tr("Chat %1: %2").replace("%1", str(item.conversation_id)).replace("%2", item.note or "")
            )
        if view.team:
            self.team_model.set_rows(
                [
                    [
                        f"{m.load.name} ({m.load.agent_id})",
                        presence_label(m.load.presence),
                        f"{m.load.open_chats}/{m.load.max_concurrent}",
                        str(m.metrics.chats_handled),
                        _seconds(m.metrics.first_reply_seconds),
                        _score(m.metrics.csat),
                        str(m.metrics.sla_breaches),
                    ]
                    for m in view.team
                ],
                [m.load.agent_id for m in view.team],
            )
        if view.queue is not None:
            self._show_queue(view.queue)

    def _cards(self, today: AgentMetrics) -> None:
        self.cards["first_reply"].setText(_seconds(today.first_reply_seconds))
        self.cards["avg_reply"].setText(_seconds(today.avg_reply_seconds))
        self.cards["fcr"].setText(_share(today.first_contact_resolution))
        csat = _score(today.csat)
        self.cards["csat"].setText(f"{csat} ({today.csat_responses})" if today.csat is not None else csat)
        self.cards["handled"].setText(str(today.chats_handled))
        self.cards["breaches"].setText(str(today.sla_breaches))

    def _refresh_queue(self) -> None:
        if self.isVisible():
            run_op(self, self.workspace.dashboard.live_queue(), busy=False).success(self._show_queue).failure(
                lambda _error: None
            )

    def _show_queue(self, queue: object) -> None:
        waiting = getattr(queue, "waiting", ())
        self.queue_model.set_rows(
            [
                [
                    str(w.conversation_id),
                    group_label(w.skill_group) or "—",
                    intent_label(w.intent) if w.intent else "—",
                    " ".join(p for p, on in ((self.tr("Angry"), w.angry), ("VIP", w.vip)) if on) or "—",
                    f"{w.waiting_seconds:.0f} s",
                ]
                for w in waiting
            ],
            [w.conversation_id for w in waiting],
        )

    def ask_export(self) -> None:
        """Pick a file (non-blocking dialog), then write the period to it."""
        if self.view is None:
            return
        dialog = QFileDialog(self, self.tr("Export the dashboard period"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("CSV files (*.csv)"))
        dialog.setDefaultSuffix("csv")
        dialog.selectFile(f"kefu-dashboard-{self.view.board.today.day.isoformat()}.csv")
        dialog.fileSelected.connect(lambda name: self.export_to(Path(name)))
        dialog.open()

    def export_to(self, path: Path) -> None:
        """Write the period's CSV to `path`."""
        if self.view is None:
            return
        op = run_op(self, self.workspace.dashboard.export_csv(self.view.board, path))
        op.success(lambda _none: self.heading.setText(self.tr("Exported to %1").replace("%1", str(path))))
