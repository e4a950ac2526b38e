"""The password of a team library's login, asked for when the server wants one that neither
``~/.pgpass`` nor the system keyring has: for this session, or remembered in the system
keyring ("Remember"). Never written to Kutip's settings."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class PasswordDialog(QDialog):
    def __init__(self, account: str, wrong: bool = False, keyring: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Team Library Password"))
        layout = QVBoxLayout(self)
        if wrong:
            text = self.tr("The server refused the password of <b>{account}</b>. Type it"
                           " again:")
        else:
            text = self.tr("The team library wants the password of <b>{account}</b>:")
        intro = QLabel(text.format(account=account.replace("&", "&amp;").replace(
            "<", "&lt;")))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMinimumWidth(320)
        layout.addWidget(self.password)
        if keyring:
            self.remember = QCheckBox(self.tr("&Remember it in the system keyring ({name})")
                                      .format(name=keyring))
        else:
            self.remember = QCheckBox(self.tr("&Remember it in the system keyring"))
            self.remember.setEnabled(False)
            self.remember.setToolTip(self.tr(
                "There is no system keyring here: keep the password in ~/.pgpass instead."))
        layout.addWidget(self.remember)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.password.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.password.text()))

    @classmethod
    def ask(cls, parent: QWidget | None, account: str, wrong: bool = False,
            keyring: str = "") -> tuple[str, bool] | None:
        """(password, remember it), or None when cancelled."""
        dialog = cls(account, wrong, keyring, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.password.text(), dialog.remember.isChecked()


def open_asking_password(parent: QWidget | None, path: str):
    """``open_library(path)``, asking for the team library's password while the server
    wants one (None when the person cancels). Other errors are raised."""
    from ..core.library import open_library, team
    from ..core.store import StoreError
    from ..core.store.postgres import PasswordNeeded
    from . import dialog_helpers
    from .i18n import core_text, translate

    while True:
        try:
            return open_library(path)
        except PasswordNeeded as needed:
            wanted = needed
        while True:
            answer = PasswordDialog.ask(parent, wanted.account, wanted.wrong,
                                        team.keyring_name())
            if answer is None:
                return None
            try:
                team.use_password(path, *answer)
            except PasswordNeeded as again:  # a wrong one: ask again
                wanted = again
                continue
            except StoreError as error:  # the keyring would not keep it: this session's
                dialog_helpers.show_error(
                    parent, translate("PasswordDialog", "Team Library Password"),
                    core_text(error))
            break
