"""One order in full: items (card type, face value), payment, delivery records with the 卡密
masked until "reveal" (logged), its coupons, and the one-click compensation coupon."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.orders import Order
from app.services.coupons import CouponProposal, CouponState, ProposalReason, in_outbox, is_delivered
from app.services.display_text import masked_for_display, masked_secret
from app.services.profiles import OrderFile
from app.ui.i18n import LiveTranslation
from app.ui.labels import (
    coupon_status_label,
    delivery_kind_label,
    delivery_status_label,
    order_status_label,
    payment_status_label,
)


def _label(text: str = "", *, selectable: bool = False, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


class OrderDetail(LiveTranslation, QFrame):
    """`issue_coupon(proposal)` and `reveal_requested(order, delivery_index)` go to the panel."""

    issue_coupon = Signal(object)
    reveal_requested = Signal(object, int)
    amount_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orderDetail")
        self.order: Order | None = None
        self.proposal: CouponProposal | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.setSpacing(6)
        self.title = _label(name="cardTitle", selectable=True)
        layout.addWidget(self.title)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.form.setHorizontalSpacing(10)
        self.form.setVerticalSpacing(3)
        self.status = _label()
        self.items = _label()
        self.payment = _label()
        self.paid_at = _label()
        self.form_labels = [QLabel() for _ in range(4)]
        for label, field in zip(
            self.form_labels, (self.status, self.items, self.payment, self.paid_at), strict=True
        ):
            self.form.addRow(label, field)
        layout.addLayout(self.form)
        self.deliveries_title = _label(name="subTitle")
        layout.addWidget(self.deliveries_title)
        self.deliveries = QGridLayout()
        self.deliveries.setHorizontalSpacing(8)
        self.deliveries.setVerticalSpacing(2)
        layout.addLayout(self.deliveries)
        self.coupons_title = _label(name="subTitle")
        layout.addWidget(self.coupons_title)
        self.coupons = _label(selectable=True)
        layout.addWidget(self.coupons)
        coupon_row = QHBoxLayout()
        self.coupon_button = QPushButton()
        self.coupon_button.setObjectName("couponButton")
        self.coupon_button.clicked.connect(self._issue_clicked)
        coupon_row.addWidget(self.coupon_button, 1)
        self.amount = QDoubleSpinBox()
        self.amount.setPrefix("¥")
        self.amount.setDecimals(0)
        self.amount.setButtonSymbols(QDoubleSpinBox.ButtonSymbols.NoButtons)
        self.amount.setMinimumWidth(64)
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.amount.valueChanged.connect(self._amount_edited)
        coupon_row.addWidget(self.amount)
        layout.addLayout(coupon_row)
        self.coupon_note = _label(name="muted")
        layout.addWidget(self.coupon_note)
        self._syncing_amount = False
        self._shown: tuple[OrderFile | None, CouponProposal | None, list[CouponState]] = (None, None, [])
        self.retranslate()

    def retranslate(self) -> None:
        """Every text in the current language (the order shown again)."""
        for label, text in zip(
            self.form_labels,
            (self.tr("Status"), self.tr("Goods"), self.tr("Payment"), self.tr("Paid at")),
            strict=True,
        ):
            label.setText(text)
        self.deliveries_title.setText(self.tr("Delivery records"))
        self.coupons_title.setText(self.tr("Coupons"))
        self.amount.setToolTip(self.tr("Coupon amount"))
        self.show_file(*self._shown)

    # --- showing --------------------------------------------------------------------------------
    def show_file(
        self, order_file: OrderFile | None, proposal: CouponProposal | None, states: list[CouponState]
    ) -> None:
        """Show an order (None: nothing selected)."""
        self._shown = (order_file, proposal, states)
        order = order_file.order if order_file else None
        self.order = order
        self.proposal = proposal
        visible = order is not None
        for widget in (
            self.deliveries_title,
            self.coupons_title,
            self.coupons,
            self.coupon_button,
            self.amount,
        ):
            widget.setVisible(visible)
        if order is None:
            self.title.setText(self.tr("No order selected"))
            for label in (self.status, self.items, self.payment, self.paid_at):
                label.setText("—")
            self._clear_deliveries()
            self.coupon_note.setText("")
            return
        self.title.setText(self.tr("Order %1").replace("%1", order.order_no))
        self.status.setText(order_status_label(str(order.status)))
        self.status.setProperty("problem", str(order.status) in ("failed", "stuck", "delivering"))
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.items.setText(
            "\n".join(f"{i.name} · {i.card_type} · ¥{i.face_value:g} × {i.quantity}" for i in order.items)
            or "—"
        )
        payments = [
            f"{p.channel} ¥{p.amount:g} {payment_status_label(str(p.status))}" for p in order.payments
        ]
        self.payment.setText("\n".join(payments) or f"¥{order.amount:g}")
        self.paid_at.setText(
            order.paid_at.astimezone().strftime("%Y-%m-%d %H:%M:%S") if order.paid_at else "—"
        )
        self._show_deliveries(order)
        self._show_coupons(states, proposal)

    def _clear_deliveries(self) -> None:
        while self.deliveries.count():
            item = self.deliveries.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    def _show_deliveries(self, order: Order) -> None:
        self._clear_deliveries()
        if not order.deliveries:
            self.deliveries.addWidget(_label(self.tr("Nothing delivered yet"), name="muted"), 0, 0)
            return
        for row, delivery in enumerate(order.deliveries):
            when = delivery.at.astimezone().strftime("%m-%d %H:%M")
            head = f"{delivery_kind_label(str(delivery.kind))} · {delivery_status_label(str(delivery.status))} · {when}"
            self.deliveries.addWidget(_label(head), row * 2, 0, 1, 2)
            if delivery.card_secret:
                shown = f"{delivery.card_no or ''}  {masked_secret(delivery.card_secret)}".strip()
                value = _label(shown, selectable=True, name="secret")
                self.deliveries.addWidget(value, row * 2 + 1, 0)
                button = QPushButton(self.tr("Reveal"))
                button.setObjectName("reveal")
                button.setToolTip(self.tr("Show the card key (the reveal is logged)"))
                button.clicked.connect(lambda _c=False, i=row, v=value, b=button: self._reveal(i, v, b))
                self.deliveries.addWidget(button, row * 2 + 1, 1)
            else:
                # a top-up target is usually a phone number: masked like everything on screen
                detail = masked_for_display(delivery.target or delivery.detail or "")
                if detail:
                    self.deliveries.addWidget(_label(detail, selectable=True), row * 2 + 1, 0, 1, 2)

    def _reveal(self, index: int, value: QLabel, button: QPushButton) -> None:
        if self.order is not None:
            self.reveal_requested.emit(self.order, index)
            self._reveal_target = (value, button)

    def show_revealed(self, delivery_index: int, secret: str) -> None:
        """Put the clear card key in place of the mask."""
        target = getattr(self, "_reveal_target", None)
        if target is None or self.order is None:
            return
        value, button = target
        delivery = self.order.deliveries[delivery_index]
        value.setText(f"{delivery.card_no or ''}  {secret}".strip())
        button.setEnabled(False)
        button.setText(self.tr("Revealed"))

    def _show_coupons(self, states: list[CouponState], proposal: CouponProposal | None) -> None:
        lines = []
        for state in states:
            code = f" {state.code}" if state.code else ""
            lines.append(f"{state.template_id} ¥{state.amount:g} · {coupon_status_label(state.status)}{code}")
        self.coupons.setText("\n".join(lines) or self.tr("None for this order"))
        if proposal is None:
            self.coupon_button.setEnabled(False)
            self.coupon_button.setText(self.tr("No coupon templates"))
            self.amount.setEnabled(False)
            self.coupon_note.setText("")
            return
        self._syncing_amount = True
        self.amount.setRange(proposal.template.min_amount, proposal.template.max_amount)
        self.amount.setValue(proposal.amount)
        self._syncing_amount = False
        same = [
            s for s in states if s.template_id == proposal.template.id and (is_delivered(s) or in_outbox(s))
        ]
        done = any(is_delivered(s) for s in same)
        pending = any(in_outbox(s) and s.status != "failed" for s in same)
        if done:
            text = self.tr("%1 issued").replace("%1", proposal.template.name)
            if any(s.status == "pending_approval" for s in same):
                text = self.tr("%1 awaiting approval").replace("%1", proposal.template.name)
            self.coupon_button.setText(text)
            self.coupon_button.setEnabled(False)
            self.amount.setEnabled(False)
        elif pending:
            self.coupon_button.setText(self.tr("Issuing %1…").replace("%1", proposal.template.name))
            self.coupon_button.setEnabled(False)
            self.amount.setEnabled(False)
        else:
            label = (
                self.tr("Issue %1 ¥%2")
                if not proposal.needs_approval
                else self.tr("Request %1 ¥%2 (approval)")
            )
            self.coupon_button.setText(
                label.replace("%1", proposal.template.name).replace("%2", f"{proposal.amount:g}")
            )
            self.coupon_button.setEnabled(True)
            self.amount.setEnabled(True)
        reasons = {
            ProposalReason.DELAY: self.tr("Proposed for a delayed order."),
            ProposalReason.CARD_PROBLEM: self.tr("Proposed for a card key problem."),
            ProposalReason.APOLOGY: self.tr("Proposed as an apology."),
            ProposalReason.VIP_CARE: self.tr("Proposed for a VIP customer."),
        }
        note = reasons.get(proposal.reason, "")
        if proposal.needs_approval and not done:
            note += " " + self.tr("Above your limit: a supervisor approves it.")
        self.coupon_note.setText(note)

    # --- actions --------------------------------------------------------------------------------
    def _issue_clicked(self) -> None:
        if self.proposal is not None and self.coupon_button.isEnabled():
            # Disabled at once: a double click cannot start a second request (the service dedupes too).
            self.coupon_button.setEnabled(False)
            self.issue_coupon.emit(self.proposal)

    def _amount_edited(self, value: float) -> None:
        if not self._syncing_amount:
            self.amount_changed.emit(value)
