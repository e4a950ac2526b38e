"""The app asks for a team library's password when the server wants one that neither
~/.pgpass nor the system keyring has: "Remember" keeps it in the keyring, a wrong one is
asked for again, Cancel opens nothing."""

from PySide6.QtWidgets import QDialogButtonBox
from test_team_passwords import ana, system_keyring  # noqa: F401  (fixtures)

from reader.app import password_dialog
from reader.app.password_dialog import PasswordDialog, open_asking_password
from reader.core.store.postgres import passwords


def test_the_dialog_wants_a_password_and_offers_the_keyring_only_when_there_is_one(
        qtbot, tmp_path):
    dialog = PasswordDialog("ana@db.example.org:5432/newsdesk", keyring="Secret Service")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.password.setText("rahasia")
    assert ok.isEnabled() and dialog.remember.isEnabled()
    assert "Secret Service" in dialog.remember.text()
    dialog.show()
    dialog.grab().save(str(tmp_path / "password.png"))
    none = PasswordDialog("ana@db/newsdesk", wrong=True)
    qtbot.addWidget(none)
    assert not none.remember.isEnabled() and "pgpass" in none.remember.toolTip()


def test_opening_asks_for_the_password_and_remembers_it(ana, system_keyring,  # noqa: F811
                                                        monkeypatch):
    url, password, account = ana
    asked = []

    def answer(parent, who, wrong=False, keyring=""):
        asked.append((who, wrong, keyring))
        return ("not-it", False) if len(asked) == 1 else (password, True)

    monkeypatch.setattr(password_dialog.PasswordDialog, "ask", staticmethod(answer))
    library = open_asking_password(None, url)
    try:
        assert library is not None and library.tags.names() == []
    finally:
        library.close()
    assert asked == [(account, False, "test keyring"), (account, True, "test keyring")]
    assert system_keyring.kept == {("kutip", account): password}
    passwords._session.clear()
    monkeypatch.setattr(password_dialog.PasswordDialog, "ask",
                        staticmethod(lambda *a, **k: None))
    library = open_asking_password(None, url)  # the keyring has it: nothing asked
    assert library is not None
    library.close()


def test_cancelling_opens_nothing(ana, system_keyring, monkeypatch):  # noqa: F811
    url, _password, _account = ana
    monkeypatch.setattr(password_dialog.PasswordDialog, "ask",
                        staticmethod(lambda *a, **k: None))
    assert open_asking_password(None, url) is None
