"""Connecting to a team library on a PostgreSQL server (psycopg 3).

A team library is named by a ``postgresql://`` (or ``postgres://``) URL, as libpq reads it:
``postgresql://ana@db.example.org/newsdesk?sslmode=verify-full&sslrootcert=ca.pem`` or
``postgresql:///newsdesk?service=newsdesk``. Every libpq option in the URL (TLS, service,
timeouts) is passed through as it is. A password never is: it belongs in ``~/.pgpass`` (or
``PGPASSFILE``, or the service file), where libpq finds it, not in settings, shell history
or the recent-libraries list, so a URL carrying one is refused.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import psycopg
from psycopg import conninfo, errors, pq
from psycopg.sql import Composable

from ...messages import Message
from ...paths import is_team_url
from ..errors import ConnectionLost, NotAllowed, StoreError

#: seconds to wait for the server before saying it cannot be reached (libpq's default is
#: forever); a URL's own ``connect_timeout`` wins
CONNECT_TIMEOUT = 10


#: a team library's URL (``postgresql://`` or ``postgres://``)
is_postgres_url = is_team_url


def parse_url(url: str) -> dict[str, str]:
    """libpq's connection parameters of ``url``; StoreError for a malformed one, or one
    carrying a password."""
    url = url.strip()
    if not is_team_url(url):
        raise StoreError(Message("team.not-a-url",
                                 "{url} is not a team library URL (postgresql://HOST/DATABASE).",
                                 url=url))
    try:
        given = conninfo.conninfo_to_dict(url)
    except psycopg.ProgrammingError as error:
        raise StoreError(Message("team.bad-url", "{url} is not a valid PostgreSQL URL: {error}.",
                                 url=redact(url), error=_first_line(error))) from error
    if given.get("password") or given.get("sslpassword"):
        raise StoreError(Message(
            "team.password-in-url",
            "A team library URL must not contain a password: put it in ~/.pgpass"
            " (HOST:PORT:DATABASE:USER:PASSWORD, mode 600) or the PostgreSQL service file,"
            " and use the URL without it."))
    params = {key: str(value) for key, value in given.items() if value is not None}
    params.setdefault("connect_timeout", str(CONNECT_TIMEOUT))
    params.setdefault("application_name", "kutip")
    return params


def redact(url: str) -> str:
    """``url`` with any password replaced by ``***``, for messages."""
    return re.sub(r"(://[^:/@]*:)[^@/]*@", r"\1***@", url)


def describe(params: dict[str, str]) -> str:
    """``user@host:port/db`` (what a message names), from connection parameters."""
    user = params.get("user", "")
    host = params.get("host", "") or "localhost"
    port = params.get("port", "")
    db = params.get("dbname", "") or params.get("service", "")
    return f"{user + '@' if user else ''}{host}{':' + port if port else ''}/{db}"


def _first_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0].rstrip(".") if text else type(error).__name__


def friendly(error: psycopg.Error, where: Message | None = None) -> StoreError:
    """A one-line message for a server error, saying nothing was changed when a write
    failed; ``where`` says what was being done, when that helps."""
    detail = _first_line(error)
    if isinstance(error, errors.InsufficientPrivilege):
        if where is not None:
            return NotAllowed(Message(
                "team.refused-where", "The team library refused this: your login may not do"
                " it ({where}); nothing was changed. ({error})", where=where, error=detail))
        return NotAllowed(Message(
            "team.refused", "The team library refused this: your login may not do it;"
            " nothing was changed. ({error})", error=detail))
    if isinstance(error, psycopg.OperationalError | errors.AdminShutdown):
        return ConnectionLost(Message(
            "team.connection-lost", "The connection to the team library was lost: {error};"
            " nothing was changed. Try again when the server can be reached.", error=detail))
    if isinstance(error, errors.SerializationFailure | errors.DeadlockDetected
                  | errors.LockNotAvailable):
        return StoreError(Message(
            "team.busy-rows", "Someone else was changing the same rows; nothing was changed."
            " Try again."))
    if where is not None:
        return StoreError(Message(
            "team.failed-where", "The team library could not do this ({where}): {error};"
            " nothing was changed.", where=where, error=detail))
    return StoreError(Message(
        "team.failed", "The team library could not do this: {error}; nothing was changed.",
        error=detail))


@functools.lru_cache(maxsize=2048)
def pg_sql(sql: str) -> str:
    """``sql`` with SQLite's ``?`` placeholders as psycopg's ``%s`` (and a literal ``%`` as
    ``%%``); question marks inside quoted strings and identifiers stay."""
    out: list[str] = []
    quote = ""
    for ch in sql:
        if quote:
            out.append("%%" if ch == "%" else ch)
            if ch == quote:
                quote = ""
        elif ch in "'\"":
            quote = ch
            out.append(ch)
        elif ch == "?":
            out.append("%s")
        elif ch == "%":
            out.append("%%")
        else:
            out.append(ch)
    return "".join(out)


_IN_TRANSACTION = (pq.TransactionStatus.INTRANS, pq.TransactionStatus.INERROR,
                   pq.TransactionStatus.ACTIVE)


class PgDatabase:
    """One connection to a team library: ``execute`` (SQLite-style ``?`` placeholders work),
    ``transaction`` (nested ones are savepoints), ``in_transaction``, ``close``.

    The connection runs in autocommit mode: a read outside a transaction sees the latest
    commits at once; every write runs inside ``transaction``.
    """

    def __init__(self, conn: psycopg.Connection[Any], params: dict[str, str]):
        self.pg = conn
        self.params = params
        self.label = describe(params)
        self.kutip_path = None  # no library file: nothing to mark damaged
        self.kutip_read_only = ""
        self._closed = False
        #: called with the new connection after a lost one was replaced (to LISTEN again)
        self.on_reconnect: list[Callable[[psycopg.Connection[Any]], None]] = []

    @classmethod
    def connect(cls, url: str) -> PgDatabase:
        params = parse_url(url)
        return cls(_connect(params), params)

    def _usable(self) -> psycopg.Connection[Any]:
        """The connection; a lost one is replaced first when no transaction was open on it
        (a transaction cut short is lost with it: its block sees the error)."""
        if self._closed:
            raise StoreError(Message("team.closed", "The team library {name} was closed.",
                                     name=self.label))
        if self.pg.broken or self.pg.closed:
            from .passwords import PasswordNeeded

            try:
                self.pg = _connect(self.params)
            except PasswordNeeded:
                raise
            except StoreError as error:  # (still) out of reach
                raise ConnectionLost(*error.args) from error
            for hook in self.on_reconnect:
                hook(self.pg)
        return self.pg

    # ------------------------------------------------------------------ the SQLite-like API
    @property
    def conn(self) -> PgDatabase:
        """For code written against sqlite-utils (``db.conn.in_transaction``)."""
        return self

    @property
    def in_transaction(self) -> bool:
        return self.pg.info.transaction_status in _IN_TRANSACTION

    @property
    def user(self) -> str:
        """The login this connection runs as (the coder)."""
        return str(self.pg.info.user)

    def execute(self, sql: str | Composable, params: Sequence[Any] | dict[str, Any] = (),
                binary: bool = False) -> psycopg.Cursor[Any]:
        """Run one statement: a string with ``?`` placeholders, or a composed statement
        (``psycopg.sql``) with ``%s`` ones. A server error is a StoreError. ``binary``:
        the results in binary (a ``bytea`` as its bytes rather than hex text)."""
        conn = self.pg if self.in_transaction else self._usable()
        values = _values(params)
        try:
            if not isinstance(sql, str):
                return conn.execute(sql, values or None)  # type: ignore[call-overload,no-any-return]
            return conn.execute(pg_sql(sql), values, binary=binary)
        except psycopg.Error as error:
            raise friendly(error) from error

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        conn = self.pg if self.in_transaction else self._usable()
        try:
            with conn.cursor() as cursor:
                cursor.executemany(pg_sql(sql), [_values(row) for row in rows])
        except psycopg.Error as error:
            raise friendly(error) from error

    def rows(self, sql: str | Composable, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cursor = self.execute(sql, params)
        if cursor.description is None:
            return []
        names = [c.name for c in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def value(self, sql: str | Composable, params: Sequence[Any] = ()) -> Any:
        row = self.execute(sql, params).fetchone()
        return None if row is None else row[0]

    @contextlib.contextmanager
    def transaction(self) -> Iterator[PgDatabase]:
        """Run the block atomically (a savepoint inside another transaction); a server error
        becomes a StoreError saying nothing was changed."""
        if self.in_transaction:
            with self.pg.transaction():
                yield self
            return
        conn = self._usable()
        try:
            with conn.transaction():
                yield self
        except psycopg.Error as error:
            raise friendly(error) from error

    @contextlib.contextmanager
    def read_snapshot(self) -> Iterator[PgDatabase]:
        """Run the block's reads in one REPEATABLE READ transaction (one moment of the
        library, blocking no writer: review R21-17); inside a transaction, that one."""
        if self.in_transaction:
            yield self
            return
        conn = self._usable()
        try:
            with conn.transaction():
                conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                yield self
        except psycopg.Error as error:
            raise friendly(error) from error

    #: ``transaction(db)`` of ``reader.core.store`` runs this for a team library
    kutip_transaction = transaction

    def close(self) -> None:
        self._closed = True
        self.pg.close()

    @property
    def closed(self) -> bool:
        return self._closed


def _values(params: Sequence[Any] | dict[str, Any]) -> Any:
    """Parameters as the schema stores them: a truth value is 0 or 1 (SQLite's way, and
    the integer columns' here), never PostgreSQL's boolean."""
    if isinstance(params, dict):
        return {k: int(v) if isinstance(v, bool) else v for k, v in params.items()}
    return [int(v) if isinstance(v, bool) else v for v in params]


def _connect(params: dict[str, str]) -> psycopg.Connection[Any]:
    """Connect as libpq would (``~/.pgpass``, the service file), with the password typed
    for this session if there is one; asked for a password libpq does not have, with the
    one in the system keyring (``passwords``)."""
    from . import passwords

    tried = passwords.session_password(params)
    try:
        return _open(params, tried)
    except psycopg.Error as error:
        failed = error
    if passwords.needs_password(failed):
        stored = passwords.remembered(params)
        if stored is not None and stored != tried:
            try:
                return _open(params, stored)
            except psycopg.Error as error:
                failed = error
        if passwords.needs_password(failed):
            who = passwords.account(params)
            wrong = "authentication failed" in str(failed)
            raise passwords.PasswordNeeded(Message(
                "team.password-refused",
                "Cannot open the team library {name}: the password of {who} was refused."
                " Keep it in ~/.pgpass, or in the system keyring with `kutip team login URL`.",
                name=describe(params), who=who) if wrong else Message(
                "team.password-wanted",
                "Cannot open the team library {name}: the server wants the password of {who}."
                " Keep it in ~/.pgpass, or in the system keyring with `kutip team login URL`.",
                name=describe(params), who=who), who, wrong) from failed
    raise cannot_open(params, failed) from failed


def cannot_open(params: dict[str, str], error: BaseException) -> StoreError:
    """"Cannot open the team library …: why" (one line)."""
    return StoreError(Message("team.cannot-open", "Cannot open the team library {name}: {error}.",
                              name=describe(params), error=_first_line(error)))


def _open(params: dict[str, str], password: str | None) -> psycopg.Connection[Any]:
    extra = {"password": password} if password is not None else {}
    return psycopg.connect(**params, **extra, autocommit=True)  # type: ignore[arg-type]
