"""Log in: server URL, user, password, remember me (the token goes to the OS keyring)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import KefuError
from app.ui.labels import error_text
from app.ui.ops import run_op

LoginCall = Callable[[str, str, str, bool], Awaitable[Any]]


class LoginDialog(QDialog):
    """`logged_in(result)` once the injected `login` call succeeds; errors show in the dialog."""

    logged_in = Signal(object)

    def __init__(
        self,
        login: LoginCall,
        *,
        server: str,
        username: str,
        remember: bool,
        message: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Log in to KefuDesk"))
        self._login = login
        layout = QVBoxLayout(self)
        self.message = QLabel(message)
        self.message.setObjectName("muted")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setVisible(bool(message))
        layout.addWidget(self.message)
        form = QFormLayout()
        self.server = QLineEdit(server)
        self.username = QLineEdit(username)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember me on this computer"))
        self.remember.setChecked(remember)
        form.addRow(self.tr("Shop server"), self.server)
        form.addRow(self.tr("User"), self.username)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.remember)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        (self.password if username else self.username).setFocus()

    def _submit(self) -> None:
        server, user, password = (
            self.server.text().strip(),
            self.username.text().strip(),
            self.password.text(),
        )
        if not server or not user or not password:
            self._show_error(self.tr("Fill in the server, the user and the password."))
            return
        self.buttons.setEnabled(False)
        self.error.hide()
        run_op(self, self._login(server, user, password, self.remember.isChecked())).success(
            self._done
        ).failure(self._failed)

    def _done(self, result: object) -> None:
        self.logged_in.emit(result)
        self.accept()

    def _failed(self, error: KefuError) -> None:
        self.buttons.setEnabled(True)
        self._show_error(error_text(error))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
