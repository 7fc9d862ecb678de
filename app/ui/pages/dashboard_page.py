"""The service dashboard: today's first-reply and reply times, first-contact resolution, CSAT, chats
handled and SLA breaches; charts by hour and over seven days; ratings and supervisors' notes; for
supervisors the team table and the live queue. The period exports as CSV."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.metrics import AgentMetrics
from app.domain.quality import QaItem
from app.services.dashboard import DashboardView
from app.ui.labels import group_label, intent_label, presence_label
from app.ui.models.rows_model import RowsModel
from app.ui.ops import run_op
from app.ui.pages.review_page import flag_label
from app.ui.widgets.bar_chart import BarChart
from app.ui.widgets.feedback_list import FeedbackList
from app.ui.widgets.kpi_card import BAD, GOOD, NEUTRAL, KpiCard

if TYPE_CHECKING:
    from app.services.workspace import Workspace

QUEUE_REFRESH_MS = 5000
GOOD_CSAT, BAD_CSAT = 4.0, 3.0


def _seconds(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f} s"


def _share(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f}%"


def _score(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def _against(value: float | None, limit: float) -> str:
    """Good when at or under the limit, bad over it, neutral without a figure."""
    return NEUTRAL if value is None else GOOD if value <= limit else BAD


def _local(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%m-%d %H:%M") if moment else ""


def _panel(title: str, body: QWidget) -> QFrame:
    """A titled card around a chart or list."""
    frame = QFrame()
    frame.setObjectName("dashCard")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(10, 8, 10, 8)
    if title:
        heading = QLabel(title)
        heading.setObjectName("sectionTitle")
        layout.addWidget(heading)
    layout.addWidget(body)
    return frame


class DashboardPage(QWidget):
    """One agent's day; `loaded` state is in `view` once the server answered."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardPage")
        self.workspace = workspace
        self.view: DashboardView | None = None
        self.setWindowTitle(self.tr("Service dashboard"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setObjectName("dashboardScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("dashboardBody")
        scroll.setWidget(body)
        outer.addWidget(scroll)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(12)

        top = QHBoxLayout()
        titles = QVBoxLayout()
        title = QLabel(self.tr("Service dashboard"))
        title.setObjectName("dashboardTitle")
        self.heading = QLabel()
        self.heading.setObjectName("dashboardHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        titles.addWidget(title)
        titles.addWidget(self.heading)
        top.addLayout(titles, 1)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.reload)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.clicked.connect(self.ask_export)
        self.export_button.setEnabled(False)
        top.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)

        cards = QGridLayout()
        cards.setSpacing(10)
        self.cards: dict[str, KpiCard] = {}
        names = (
            ("first_reply", self.tr("First reply")),
            ("avg_reply", self.tr("Average reply")),
            ("fcr", self.tr("First-contact resolution")),
            ("csat", self.tr("CSAT")),
            ("handled", self.tr("Chats handled")),
            ("breaches", self.tr("SLA breaches")),
        )
        for column, (key, caption) in enumerate(names):
            card = KpiCard(caption)
            cards.addWidget(card, 0, column)
            self.cards[key] = card
        layout.addLayout(cards)

        charts = QHBoxLayout()
        charts.setSpacing(10)
        self.hour_chart = BarChart(self.tr("Chats handled by hour"))
        self.week_chart = BarChart(self.tr("Chats handled, last 7 days"))
        self.reply_chart = BarChart(self.tr("First reply (s), last 7 days"))
        for chart in (self.hour_chart, self.week_chart, self.reply_chart):
            charts.addWidget(_panel("", chart))
        layout.addLayout(charts, 3)

        lists = QHBoxLayout()
        lists.setSpacing(10)
        self.ratings = FeedbackList(self.tr("No ratings yet for this day."))
        self.notes = FeedbackList(self.tr("No review notes for you."))
        lists.addWidget(_panel(self.tr("Customer ratings"), self.ratings))
        lists.addWidget(_panel(self.tr("Review notes"), self.notes))
        layout.addLayout(lists, 2)

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
        team_layout.setSpacing(10)
        for title_text, model in (
            (self.tr("Team"), self.team_model),
            (self.tr("Live queue"), self.queue_model),
        ):
            table = QTableView()
            table.setModel(model)
            table.verticalHeader().hide()
            table.horizontalHeader().setStretchLastSection(True)
            table.setMinimumHeight(180)
            team_layout.addWidget(_panel(title_text, table))
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
        agent = self.workspace.agent
        who = (
            f"{agent.name} ({agent.id})"
            if agent is not None and agent.id == today.agent_id
            else today.agent_id
        )
        self.heading.setText(self.tr("%1 · %2").replace("%1", who).replace("%2", today.day.isoformat()))
        self._cards(today)
        sla = float(today.sla_seconds)
        sop = self.tr("SOP %1 s").replace("%1", f"{sla:g}")
        hours = view.board.hours
        self.hour_chart.set_data(
            [float(h.chats_handled) for h in hours], [f"{h.hour:02d}" for h in hours], label_every=3
        )
        week = view.board.week
        days = [d.day.strftime("%m-%d") for d in week]
        self.week_chart.set_data([float(d.chats_handled) for d in week], days)
        self.reply_chart.set_data(
            [d.first_reply_seconds for d in week], days, unit="s", target=sla, target_label=sop
        )
        self.ratings.set_rows(
            [
                (
                    rating.score,
                    rating.comment or self.tr("(no comment)"),
                    self.tr("%1 · chat %2")
                    .replace("%1", _local(rating.closed_at))
                    .replace("%2", str(rating.conversation_id)),
                    rating.conversation_id,
                )
                for rating in reversed(view.ratings)
            ]
        )
        self.notes.set_rows(
            [
                (
                    None,
                    item.note or self.tr("(reviewed, no note)"),
                    self._note_meta(item),
                    item.conversation_id,
                )
                for item in view.notes
            ]
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

    def _note_meta(self, item: QaItem) -> str:
        parts = [
            self.tr("Chat %1").replace("%1", str(item.conversation_id)),
            item.reviewed_by or "",
            _local(item.reviewed_at),
            "、".join(flag_label(f) for f in item.flags),
        ]
        return " · ".join(p for p in parts if p)

    def _cards(self, today: AgentMetrics) -> None:
        sla = float(today.sla_seconds)
        sop = self.tr("SOP %1 s").replace("%1", f"{sla:g}")
        self.cards["first_reply"].show_figure(
            _seconds(today.first_reply_seconds), sop, _against(today.first_reply_seconds, sla)
        )
        self.cards["avg_reply"].show_figure(
            _seconds(today.avg_reply_seconds), sop, _against(today.avg_reply_seconds, sla)
        )
        self.cards["fcr"].show_figure(
            _share(today.first_contact_resolution), self.tr("of the chats closed, solved at once")
        )
        csat = today.csat
        self.cards["csat"].show_figure(
            _score(csat),
            self.tr("out of 5 · %1 ratings").replace("%1", str(today.csat_responses)),
            NEUTRAL if csat is None else GOOD if csat >= GOOD_CSAT else BAD if csat < BAD_CSAT else NEUTRAL,
        )
        self.cards["handled"].show_figure(str(today.chats_handled), self.tr("chats served this day"))
        self.cards["breaches"].show_figure(
            str(today.sla_breaches),
            self.tr("first reply over %1 s").replace("%1", f"{sla:g}"),
            BAD if today.sla_breaches > 0 else GOOD,
        )

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
