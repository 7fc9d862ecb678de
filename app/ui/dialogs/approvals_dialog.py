"""Supervisors: coupons above an agent's limit, to approve or reject."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.coupons import Coupon
from app.services.workspace import Workspace
from app.ui.models.approval_model import ApprovalModel, ApprovalRole
from app.ui.ops import Reloader, run_op


class ApprovalsDialog(QDialog):
    """Loads the pending coupons and decides the selected one."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Coupons awaiting approval"))
        self.resize(560, 380)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        self.model = ApprovalModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.approve = QPushButton(self.tr("Approve"))
        self.approve.setObjectName("primary")
        self.reject_button = QPushButton(self.tr("Reject"))
        self.approve.clicked.connect(lambda: self._decide(True))
        self.reject_button.clicked.connect(lambda: self._decide(False))
        row.addWidget(self.approve)
        row.addWidget(self.reject_button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._reload = Reloader(self, workspace.coupons.awaiting_approval, self._show)
        self._reload.request()

    def _show(self, coupons: list[Coupon]) -> None:
        self.model.set_coupons(coupons)
        self.summary.setText(self.tr("%1 waiting").replace("%1", str(len(coupons))))
        if coupons:
            self.view.setCurrentIndex(self.model.index(0))

    def _decide(self, approve: bool) -> None:
        coupon: Coupon | None = self.view.currentIndex().data(ApprovalRole.COUPON)
        if coupon is None:
            return
        self.approve.setEnabled(False)
        self.reject_button.setEnabled(False)

        def done(_decided: object) -> None:
            self.approve.setEnabled(True)
            self.reject_button.setEnabled(True)
            self._reload.request()

        run_op(self, self.workspace.coupons.decide(coupon, approve)).success(done).failure(lambda e: done(e))
