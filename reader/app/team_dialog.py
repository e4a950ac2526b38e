"""File → Open Team Library…: the URL of a team library on a PostgreSQL server."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.paths import is_team_url
from .i18n import core_text


class TeamLibraryDialog(QDialog):
    def __init__(self, url: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open Team Library"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "The address of a team library on a PostgreSQL server, with your login:"
            "<br><code>postgresql://LOGIN@HOST/DATABASE</code><br>Your password goes in"
            " <code>~/.pgpass</code> or the system keyring (Kutip asks for it), never in"
            " the address."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.url = QLineEdit(url)
        self.url.setPlaceholderText("postgresql://ana@db.example.org/newsdesk")
        self.url.setMinimumWidth(420)
        layout.addWidget(self.url)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e")
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.url.textChanged.connect(self._check)
        self._check()

    def problem(self, url: str) -> str:
        """Why ``url`` cannot be opened as it is ("" when it can be tried)."""
        from ..core.store import StoreError
        from ..core.store.postgres import parse_url

        if not is_team_url(url):
            return self.tr("A team library's address starts with postgresql://")
        try:
            parse_url(url)
        except StoreError as error:
            return core_text(error)
        return ""

    def _check(self) -> None:
        text = self.url.text().strip()
        why = self.problem(text) if text else ""
        self.message.setText(why)
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(
            bool(text) and not why)

    @classmethod
    def ask(cls, parent: QWidget | None = None, url: str = "") -> str | None:
        dialog = cls(url, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.url.text().strip()
