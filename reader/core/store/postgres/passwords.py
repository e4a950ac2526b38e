"""Team passwords kept in the system keyring (the ``keyring`` package: macOS Keychain,
Windows Credential Locker, the Secret Service of GNOME and KDE, KWallet), for members who
would rather not keep a ``~/.pgpass``.

A connection tries libpq's own ways first (``~/.pgpass``, the service file, no password at
all), so nobody who uses them pays for the keyring; only when the server asks for a
password libpq does not have is the keyring looked in (``kutip team login URL``, or the
app's password prompt with "Remember", put one there). A password typed for this session
only is kept in this process's memory until it ends: never in Kutip's settings or files,
never in a URL.
"""

from __future__ import annotations

import getpass
from typing import Any

from ...messages import Message
from ..errors import StoreError

SERVICE = "kutip"  # the keyring's service name for team passwords
_session: dict[str, str] = {}  # account → a password typed for this session only


class PasswordNeeded(StoreError):
    """The server wants a password that neither libpq nor the keyring has (or the one
    they had is wrong); ``account`` names whose."""

    def __init__(self, message: Message, account: str, wrong: bool = False):
        super().__init__(message)
        self.account = account
        self.wrong = wrong


def account(params: dict[str, str]) -> str:
    """Whose password: ``login@host:port/database`` as libpq would resolve them (its
    defaults: this user's name, localhost, 5432, a database named as the login), or the
    service's name."""
    user = params.get("user") or getpass.getuser()
    if params.get("service") and not params.get("host"):
        return f"{user}@service={params['service']}"
    host = params.get("host") or "localhost"
    return f"{user}@{host}:{params.get('port') or '5432'}/{params.get('dbname') or user}"


def needs_password(error: BaseException) -> bool:
    """A connection refused for want of a (right) password."""
    text = str(error)
    return "no password supplied" in text or "password authentication failed" in text


def _keyring() -> Any | None:
    """The keyring module with a usable backend, else None (imported only when needed)."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    if isinstance(keyring.get_keyring(), fail.Keyring):
        return None
    return keyring


def keyring_name() -> str:
    """The system keyring's name ("" when there is none)."""
    found = _keyring()
    if found is None:
        return ""
    backend = found.get_keyring()
    return str(getattr(backend, "name", "") or type(backend).__name__)


def remembered(params: dict[str, str]) -> str | None:
    """The password of this session or of the keyring for these connection parameters."""
    key = account(params)
    if key in _session:
        return _session[key]
    found = _keyring()
    if found is None:
        return None
    try:
        password = found.get_password(SERVICE, key)
    except Exception:  # noqa: BLE001  (a locked or broken keyring: as if it had none)
        return None
    return str(password) if password else None


def session_password(params: dict[str, str]) -> str | None:
    """The password typed for these connection parameters in this session, if any."""
    return _session.get(account(params))


def for_session(params: dict[str, str], password: str) -> None:
    """Use ``password`` for these connection parameters until this program ends."""
    _session[account(params)] = password


def forget_session(params: dict[str, str], previous: str | None = None) -> None:
    """Stop using the session's password (or go back to ``previous``)."""
    if previous is None:
        _session.pop(account(params), None)
    else:
        _session[account(params)] = previous


def remember_password(params: dict[str, str], password: str) -> str:
    """Keep ``password`` in the system keyring (and for this session); returns the
    keyring's name. StoreError (one line) when there is no keyring to keep it in."""
    for_session(params, password)
    found = _keyring()
    if found is None:
        raise StoreError(Message(
            "team.no-keyring", "There is no system keyring here to keep the password in:"
            " put it in ~/.pgpass (HOST:PORT:DATABASE:LOGIN:PASSWORD, mode 600) instead."))
    try:
        found.set_password(SERVICE, account(params), password)
    except Exception as error:  # noqa: BLE001  (locked, refused by its user, …)
        raise StoreError(Message(
            "team.keyring-refused", "The system keyring did not keep the password: {error}.",
            error=str(error).strip().rstrip("."))) from error
    return keyring_name()


def forget(params: dict[str, str]) -> bool:
    """Remove the password of these connection parameters from the keyring and this
    session; whether the keyring had one."""
    key = account(params)
    _session.pop(key, None)
    found = _keyring()
    if found is None:
        return False
    try:
        if found.get_password(SERVICE, key) is None:
            return False
        found.delete_password(SERVICE, key)
    except Exception:  # noqa: BLE001
        return False
    return True


# ------------------------------------------------------------------ by URL (the services)
def use(url: str, password: str, remember: bool = False) -> tuple[str, str]:
    """Connect to the team library at ``url`` with ``password`` (a wrong one raises
    ``PasswordNeeded`` and is kept nowhere), then use it for the rest of this program and,
    with ``remember``, keep it in the system keyring. Returns (whose password, the
    keyring's name or "")."""
    from .connection import PgDatabase, parse_url

    params = parse_url(url)
    previous = session_password(params)
    for_session(params, password)
    try:
        PgDatabase.connect(url).close()
    except BaseException:
        forget_session(params, previous)
        raise
    return account(params), remember_password(params, password) if remember else ""


def forget_url(url: str) -> bool:
    """``forget`` for the login of ``url``."""
    from .connection import parse_url

    return forget(parse_url(url))
