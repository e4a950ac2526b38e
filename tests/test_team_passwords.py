"""Team passwords in the system keyring (issue 16): ``kutip team login URL`` keeps a member's
password there (checked with the server first), and a connection whose password libpq
does not have (no ``~/.pgpass`` line) finds it there; without one the error says whose
password is wanted and where to keep it, in one line. The keyring here is an in-memory
backend standing in for the system's."""

import keyring
import pytest
from click.testing import CliRunner
from keyring.backend import KeyringBackend
from keyring.backends import fail

from reader.cli import cli
from reader.core.library import Library, team
from reader.core.store import StoreError
from reader.core.store.postgres import PasswordNeeded, passwords


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]
    name = "test keyring"

    def __init__(self):
        super().__init__()
        self.kept = {}

    def get_password(self, service, username):
        return self.kept.get((service, username))

    def set_password(self, service, username, password):
        self.kept[(service, username)] = password

    def delete_password(self, service, username):
        del self.kept[(service, username)]


@pytest.fixture
def system_keyring(monkeypatch):
    previous = keyring.get_keyring()
    kept = MemoryKeyring()
    keyring.set_keyring(kept)
    monkeypatch.setattr(passwords, "_session", {})
    yield kept
    keyring.set_keyring(previous)


@pytest.fixture
def ana(team_library, pg_server):
    """Ana, a coder, and the URL of the team library without a password file."""
    _url, member, n = team_library
    url = member("ana", "coder").replace(f"passfile={pg_server.passfile}",
                                         "passfile=/nonexistent/pgpass")
    return url, f"pw-ana_{n}", f"ana_{n}@127.0.0.1:{pg_server.port}/team_{n}"


def kutip(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def test_a_password_nobody_has_is_one_line_naming_whose_and_where_to_keep_it(ana,
                                                                            system_keyring):
    url, _password, account = ana
    with pytest.raises(PasswordNeeded, match=f"wants the password of {account}.*~/.pgpass"
                                             ".*kutip team login URL") as raised:
        Library(url)
    assert raised.value.account == account and not raised.value.wrong
    result = kutip("--db", url, "tags")
    assert result.exit_code == 1 and "kutip team login URL" in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1


def test_team_login_keeps_the_password_in_the_keyring_where_the_next_command_finds_it(
        ana, system_keyring, tmp_path):
    url, password, account = ana
    result = kutip("team", "login", url, input=password + "\n")
    assert result.exit_code == 0, result.output
    assert f"The password of {account} is in the system keyring (test keyring)" in \
        result.output
    assert system_keyring.kept == {("kutip", account): password}
    passwords._session.clear()  # a new program: only the keyring has it
    result = kutip("--db", url, "tags")
    assert result.exit_code == 0, result.output
    with Library(url) as library:  # the app, the worker threads: the same
        assert library.coders.current == account.split("@")[0]
    assert password not in "".join(p.read_text(errors="replace")
                                   for p in tmp_path.rglob("*") if p.is_file())
    result = kutip("team", "login", "--forget", url)
    assert "removed" in result.output and system_keyring.kept == {}
    with pytest.raises(PasswordNeeded):
        Library(url)


def test_a_wrong_password_is_refused_and_kept_nowhere(ana, system_keyring):
    url, _password, account = ana
    result = kutip("team", "login", url, input="not-it\n")
    assert result.exit_code == 1 and f"the password of {account} was refused" in result.output
    assert system_keyring.kept == {} and passwords._session == {}
    system_keyring.kept[("kutip", account)] = "stale"  # changed on the server since
    with pytest.raises(PasswordNeeded, match="was refused") as raised:
        Library(url)
    assert raised.value.wrong


def test_a_password_for_this_session_only(ana, system_keyring):
    url, password, account = ana
    login = team.use_password(url, password)  # the app's prompt, "Remember" unticked
    assert (login.account, login.keyring) == (account, "")
    assert system_keyring.kept == {}
    with Library(url) as library:
        assert library.tags.names() == []


def test_without_a_system_keyring_login_says_to_use_pgpass_and_asks_nothing(ana, monkeypatch):
    url, password, _account = ana
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    monkeypatch.setattr(passwords, "_session", {})
    try:
        result = kutip("team", "login", url)
        assert result.exit_code == 1 and "no system keyring here" in result.output
        assert "Password" not in result.output
        with pytest.raises(StoreError, match="no system keyring"):
            team.use_password(url, password, remember=True)
    finally:
        keyring.set_keyring(previous)
