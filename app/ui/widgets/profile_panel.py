"""The right column, filled by itself: customer tags and risk flags, recent orders, the order in
full (opened by itself when the customer writes an order number), tickets with live progress."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.conversations import Conversation
from app.domain.customers import CustomerLevel
from app.domain.orders import Order
from app.services.changes import Changes
from app.services.coupons import CouponProposal, CouponState
from app.services.profiles import OrderFile, Profile
from app.services.tickets import PendingTicket
from app.services.workspace import Workspace
from app.ui.i18n import LiveTranslation
from app.ui.labels import risk_label, tag_label
from app.ui.models.order_model import OrderColumn, OrderTableModel
from app.ui.models.ticket_delegate import TicketDelegate
from app.ui.models.ticket_model import TicketListModel
from app.ui.ops import Reloader, run_op
from app.ui.theme import ThemeController
from app.ui.widgets.order_detail import OrderDetail


@dataclass(frozen=True, slots=True)
class OrderView:
    """What the order box needs, loaded together."""

    file: OrderFile
    proposal: CouponProposal | None
    states: list[CouponState]


def _plain(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


class ProfilePanel(LiveTranslation, QScrollArea):
    """Shows the customer of the current chat; `new_ticket(order_no)` asks for the ticket dialog."""

    new_ticket = Signal(object)
    customer_erased = Signal(object)  # ErasedCustomer: the window closes the customer's tabs

    def __init__(self, workspace: Workspace, theme: ThemeController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profilePanel")
        self.workspace = workspace
        self.conversation: Conversation | None = None
        self.order_no: str | None = None
        self._picked_by_hand = False
        self._amount: float | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("profileBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(8)

        self.name = _plain(name="cardTitle")
        layout.addWidget(self.name)
        self.facts = _plain(name="muted")
        layout.addWidget(self.facts)
        self.tags_row = QHBoxLayout()
        self.tags_row.setSpacing(4)
        self.tags_row.addStretch(1)
        layout.addLayout(self.tags_row)
        self.risks = _plain(name="risk")
        layout.addWidget(self.risks)

        self.orders_title = _plain(name="sectionTitle")
        layout.addWidget(self.orders_title)
        self.orders_model = OrderTableModel(self)
        self.orders = QTableView()
        self.orders.setModel(self.orders_model)
        self.orders.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.orders.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.orders.verticalHeader().hide()
        self.orders.setShowGrid(False)
        self.orders.setWordWrap(False)
        # squeezed, an order number keeps its start and its last digits; a product its face value
        self.orders.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.orders.horizontalHeader()
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a long translation elides, never clips
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(OrderColumn.PRODUCT, QHeaderView.ResizeMode.Stretch)
        # the panel is narrow: the pay time is in the order box below
        self.orders.setColumnHidden(OrderColumn.PAID_AT, True)
        self.orders.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.orders.setMinimumHeight(150)
        self.orders.selectionModel().selectionChanged.connect(self._order_picked)
        layout.addWidget(self.orders)

        self.detail = OrderDetail()
        self.detail.issue_coupon.connect(self._issue_coupon)
        self.detail.reveal_requested.connect(self._reveal)
        self.detail.amount_changed.connect(self._amount_changed)
        layout.addWidget(self.detail)

        tickets_head = QHBoxLayout()
        self.tickets_title = _plain(name="sectionTitle")
        tickets_head.addWidget(self.tickets_title, 1)
        self.ticket_button = QPushButton()
        self.ticket_button.clicked.connect(lambda: self.new_ticket.emit(self.order_no))
        tickets_head.addWidget(self.ticket_button)
        layout.addLayout(tickets_head)
        self.tickets_model = TicketListModel(self)
        self.tickets = QListView()
        self.tickets.setModel(self.tickets_model)
        self.tickets.setItemDelegate(TicketDelegate(theme, self.tickets))
        self.tickets.setMinimumHeight(140)
        self.tickets.setFrameShape(QListView.Shape.NoFrame)
        layout.addWidget(self.tickets)
        layout.addStretch(1)
        self.erase_button = QPushButton()
        self.erase_button.setObjectName("danger")
        self.erase_button.clicked.connect(self.confirm_erase)
        layout.addWidget(self.erase_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.setWidget(body)

        self._profile_reload = Reloader(self, self._load_profile, self._show_profile, min_interval_ms=250)
        self._order_reload = Reloader(self, self._load_order, self._show_order, min_interval_ms=150)
        self._tickets_reload = Reloader(self, self._load_tickets, self._show_tickets, min_interval_ms=250)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text in the current language (the customer's details are shown again)."""
        self.orders_title.setText(self.tr("Recent orders"))
        self.tickets_title.setText(self.tr("After-sales tickets"))
        self.ticket_button.setText(self.tr("New ticket…"))
        self.erase_button.setText(self.tr("Delete this customer's local data…"))
        self.erase_button.setToolTip(
            self.tr("Removes the customer's chats, orders and profile from this computer (PIPL).")
        )
        self.orders_model.refresh_texts()
        self.tickets.viewport().update()
        if self.conversation is None:
            self.show_conversation(None)
        else:
            self._profile_reload.request()
            self._tickets_reload.request()

    # --- which chat -----------------------------------------------------------------------------
    def show_conversation(self, conversation: Conversation | None) -> None:
        """Fill the panel for this chat (cache first, then the server)."""
        changed = conversation is None or self.conversation is None or conversation.id != self.conversation.id
        self.conversation = conversation
        self.setEnabled(conversation is not None)
        if conversation is None:
            self.name.setText(self.tr("No chat selected"))
            self.facts.setText("")
            self.risks.hide()
            self._set_tags([])
            self.orders_model.set_orders([])
            self.detail.show_file(None, None, [])
            self.tickets_model.set_rows([], [])
            return
        if not changed:
            return
        self._picked_by_hand = False
        self._amount = None
        self.order_no = self.workspace.insights.mentioned_order(conversation.id) or conversation.order_no
        self._profile_reload.request()
        self._order_reload.request()
        self._tickets_reload.request()
        profiles = self.workspace.profiles
        run_op(self, profiles.refresh_profile(conversation.customer_id), busy=False).failure(lambda _e: None)
        run_op(self, profiles.refresh_tickets_of_conversation(conversation.id), busy=False).failure(
            lambda _e: None
        )
        if self.order_no:
            run_op(self, profiles.refresh_order(self.order_no), busy=False).failure(lambda _e: None)

    def on_changes(self, changes: Changes) -> None:
        """Refresh the parts that changed; open an order the customer just mentioned."""
        conversation = self.conversation
        if conversation is None:
            return
        if conversation.customer_id in changes.customers or changes.orders:
            self._profile_reload.request()
        if (self.order_no and self.order_no in changes.orders) or changes.coupons or changes.outbox_items:
            self._order_reload.request()
        if changes.tickets or conversation.id in changes.conversations:
            self._tickets_reload.request()
        if conversation.id in changes.insights and not self._picked_by_hand:
            mentioned = self.workspace.insights.mentioned_order(conversation.id)
            if mentioned and mentioned != self.order_no:
                self.open_order(mentioned)

    def open_order(self, order_no: str) -> None:
        """Show an order (fetched when not cached)."""
        self.order_no = order_no
        self._amount = None
        self._select_row()
        self._order_reload.request()
        run_op(self, self.workspace.profiles.refresh_order(order_no), busy=False).failure(lambda _e: None)

    # --- profile --------------------------------------------------------------------------------
    async def _load_profile(self) -> Profile | None:
        if self.conversation is None:
            return None
        return await self.workspace.profiles.profile(self.conversation.customer_id)

    def _show_profile(self, profile: Profile | None) -> None:
        if profile is None or self.conversation is None:
            return
        customer = profile.customer
        if customer is None:
            self.name.setText(self.tr("Customer %1").replace("%1", str(self.conversation.customer_id)))
            self.facts.setText(self.tr("Loading the profile…"))
        else:
            vip = " · VIP" if customer.level is CustomerLevel.VIP else ""
            self.name.setText(f"{customer.nickname}{vip}")
            stats = customer.stats
            self.facts.setText(
                self.tr("%1 orders · ¥%2 spent · %3 after-sales")
                .replace("%1", str(stats.orders))
                .replace("%2", f"{stats.total_spent:,.0f}")
                .replace("%3", str(stats.aftersales))
            )
            self._set_tags([tag_label(t) for t in customer.tags])
            risks = [f"⚠ {risk_label(f.code)}" for f in customer.risk_flags]
            self.risks.setText("\n".join(risks))
            self.risks.setVisible(bool(risks))
        self.orders_model.set_orders(list(profile.recent_orders))
        if self.order_no is None and profile.recent_orders:
            self.order_no = profile.recent_orders[0].order_no
            self._order_reload.request()
        self._select_row()

    def _set_tags(self, tags: list[str]) -> None:
        while self.tags_row.count() > 1:
            item = self.tags_row.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for position, tag in enumerate(tags):
            chip = _plain(tag, "tag")
            chip.setWordWrap(False)
            self.tags_row.insertWidget(position, chip)

    def _select_row(self) -> None:
        row = self.orders_model.row_of(self.order_no) if self.order_no else -1
        selection = self.orders.selectionModel()
        selection.blockSignals(True)
        if row >= 0:
            self.orders.selectRow(row)
        else:
            self.orders.clearSelection()
        selection.blockSignals(False)

    def _order_picked(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        order = self.orders_model.order_at(indexes[0].row())
        if order is not None and order.order_no != self.order_no:
            self._picked_by_hand = True
            self.open_order(order.order_no)

    # --- the order ------------------------------------------------------------------------------
    async def _load_order(self) -> OrderView | None:
        order_no = self.order_no
        if order_no is None:
            return None
        services = self.workspace
        order_file = await services.profiles.order_file(order_no)
        proposal = None
        if order_file.order is not None:
            try:
                proposal = await services.coupons.propose(order_file.order, self.conversation)
            except Exception:  # offline before the policy was fetched: no proposal yet
                proposal = None
            if proposal is not None and self._amount is not None:
                proposal = services.coupons.with_amount(proposal, self._amount)
        states = await services.coupons.states(order_no)
        return OrderView(order_file, proposal, states)

    def _show_order(self, view: OrderView | None) -> None:
        if view is None:
            self.detail.show_file(None, None, [])
            return
        if view.file.order is not None and view.file.order.order_no != self.order_no:
            return
        self.detail.show_file(view.file, view.proposal, view.states)

    def _amount_changed(self, value: float) -> None:
        self._amount = value
        self._order_reload.request()

    def _issue_coupon(self, proposal: CouponProposal) -> None:
        run_op(self, self.workspace.coupons.issue(proposal)).success(
            lambda _state: self._order_reload.request()
        )

    def _reveal(self, order: Order, delivery_index: int) -> None:
        secret = self.workspace.profiles.reveal_card_key(order, delivery_index)
        self.detail.show_revealed(delivery_index, secret)

    # --- privacy --------------------------------------------------------------------------------
    def confirm_erase(self) -> QMessageBox | None:
        """Ask before deleting the customer's local data (the box is returned for tests)."""
        conversation = self.conversation
        if conversation is None:
            return None
        customer_id = conversation.customer_id
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete local data"),
            self.tr(
                "Delete everything this computer keeps about %1: chats, orders, profile and replies "
                "not sent yet? The shop server keeps its records. This cannot be undone."
            ).replace("%1", self.name.text() or str(customer_id)),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: button is delete and self._erase(customer_id))
        box.open()
        return box

    def _erase(self, customer_id: int) -> None:
        run_op(self, self.workspace.erase_customer_data(customer_id)).success(self.customer_erased.emit)

    # --- tickets --------------------------------------------------------------------------------
    async def _load_tickets(self) -> tuple[list, list[PendingTicket]] | None:
        if self.conversation is None:
            return None
        conversation_id = self.conversation.id
        tickets = await self.workspace.profiles.tickets_of_conversation(conversation_id)
        pending = await self.workspace.tickets.pending(conversation_id)
        return tickets, pending

    def _show_tickets(self, loaded: tuple[list, list[PendingTicket]] | None) -> None:
        if loaded is None:
            return
        tickets, pending = loaded
        self.tickets_model.set_rows(tickets, pending)
