"""``reader.core.library.team``: setting up a team library on a PostgreSQL server and its
people (``kutip team init``, ``add-user``, ``remove-user``, ``list-users``).

Roles, least first: *reader* (reads everything but another coder's work on a collection
coded blind), *coder* (annotates: adds, changes and deletes their own annotations, makes
tags and speakers while doing so), *editor* (also articles and their metadata, tags,
speakers and their aliases, collections and anyone's annotations, blind or not; keeps the
quote trail up to date) and *admin* (also adds and removes members). The server enforces
them (grants and row-level security, migration 0025 for the trail, aliases and blind
coding), whatever program a member uses.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from ..messages import Message, listed
from ..store.errors import StoreError
from ..store.interfaces import Stores, TeamStore
from ..store.postgres import passwords
from ..store.postgres.migrations import ROLES
from ..store.postgres.team import create_or_open_team, open_team
from ..store.rows import Row
from .base import LibraryError, now


class _Trail(Protocol):
    def refresh(self) -> Any:
        """Bring the trail up to date: a ``trail.RefreshReport``."""


class _Library(Protocol):
    """What ``keep_trail`` uses of a ``Library`` (the areas of one layer import not each
    other: ``trail`` is named, not imported)."""

    @property
    def stores(self) -> Stores: ...

    @property
    def trail(self) -> _Trail: ...


_LOGIN = re.compile(r"[A-Za-z_][A-Za-z0-9_.@-]*")


@dataclass(frozen=True)
class InitReport:
    library: str  # user@host:port/database
    created_database: bool
    applied: tuple[str, ...]  # the migrations run now
    schema_version: int


@dataclass(frozen=True)
class Member:
    login: str
    role: str
    can_login: bool
    annotations: int


def _check_login(login: str) -> str:
    login = login.strip()
    if not _LOGIN.fullmatch(login) or len(login.encode()) > 63:
        raise LibraryError(Message(
            "lib.not-usable-login-name", "{login!r} is not a usable login name: letters, digits "
            "and _ . @ - (starting with a letter), at most 63 bytes.", login=login))
    return login


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise LibraryError(Message("lib.unknown-role", "There is no role {role!r}; the roles are "
                                   "{roles}.", role=role, roles=listed(ROLES)))
    return role


def init(url: str) -> InitReport:
    """Create the team library at ``url`` (the database too, when the login may), or bring
    its schema up to date; run it as the database's owner."""
    team: TeamStore
    team, created = create_or_open_team(url)
    try:
        applied = team.initialise()
        return InitReport(team.label, created, tuple(applied), team.schema_version())
    finally:
        team.close()


def add_user(url: str, login: str, role: str, password: str | None,
             existing: bool = False) -> bool:
    """Make ``login`` a member with ``role`` (changing the role of a member), creating the
    login with ``password`` when the server has none; True when the login was created.

    A login the server has already that is no member here (another team's member, another
    person's: logins belong to the whole server) is made one only when ``existing`` says
    so, and its password is then left as it is; no group role, superuser or owner of the
    database is ever made a member (review R18-14: ``add-user URL news_editor --role
    reader`` took the editor group out of the coder group, every editor then refused)."""
    login, role = _check_login(login), _check_role(role)
    team: TeamStore = open_team(url)
    try:
        facts = team.login_facts(login)
        if facts is not None:
            _refuse_no_person(login, facts)
            if facts["role"] is None:
                if not existing:
                    raise LibraryError(Message(
                        "lib.login-exists-elsewhere", "The server has a login {login!r}"
                        " already (another team's member, or another person's); to make"
                        " it a member here, add it with --existing (its password is left"
                        " as it is). Nothing was changed.", login=login))
                password = None
        return team.set_member(login, role, password, now())
    finally:
        team.close()


def _refuse_no_person(login: str, facts: Row) -> None:
    """Refuse (one line) a role that is no person's login to give a team role to."""
    if facts["group"] or not facts["can_login"]:
        raise LibraryError(Message(
            "lib.login-is-group", "{login!r} is a group role of the server (a team's role,"
            " not a person's login); nothing was changed.", login=login))
    if facts["superuser"] or facts["owner"]:
        raise LibraryError(Message(
            "lib.login-is-owner", "{login!r} is the server's administrator or the owner of"
            " this library, who may do everything already; nothing was changed.",
            login=login))


def remove_user(url: str, login: str) -> bool:
    """Take ``login``'s role in this library (the login and its annotations stay)."""
    login = _check_login(login)
    team: TeamStore = open_team(url)
    try:
        facts = team.login_facts(login)
        if facts is not None:
            _refuse_no_person(login, facts)
        return team.remove_member(login)
    finally:
        team.close()


def list_users(url: str) -> list[Member]:
    team: TeamStore = open_team(url)
    try:
        return [Member(r["login"], r["role"], bool(r["can_login"]), int(r["annotations"]))
                for r in team.members()]
    finally:
        team.close()


# ------------------------------------------------------------------ passwords
@dataclass(frozen=True)
class Login:
    account: str  # login@host:port/database
    keyring: str  # the system keyring that keeps the password ("": this session only)


def use_password(url: str, password: str, remember: bool = False) -> Login:
    """Open the team library at ``url`` with ``password`` (checked now: a wrong one is
    refused in one line and kept nowhere) and use it for the rest of this program; with
    ``remember``, also in the system keyring for the next time (``kutip team login``, the
    app's password prompt). The password never goes to Kutip's settings or files."""
    return Login(*passwords.use(url, password, remember))


def forget_password(url: str) -> bool:
    """Remove the password of ``url``'s login from the system keyring (and this program);
    whether the keyring had one."""
    return passwords.forget_url(url)


def keyring_name() -> str:
    """The system keyring passwords can be kept in ("" when there is none)."""
    return passwords.keyring_name()


# ------------------------------------------------------------------ the shared trail
def keep_trail(library: _Library, watch: bool = False,
               caught_up: Callable[[Any], None] | None = None,
               should_stop: Callable[[], bool] | None = None,
               failed: Callable[[StoreError], None] | None = None,
               quiet: float = 0.5, poll: float = 5.0) -> Any:
    """Bring the team library's shared quote trail up to date now (``kutip team
    keep-trail``): coders' and readers' Kutips may not write it (migration 0025), so their
    changes wait for an editor's or the owner's. With ``watch``, keep it up to date as the
    members write: another connection's change notice (LISTEN/NOTIFY) is followed by a
    catch-up once the writes pause for ``quiet`` seconds (or after ``poll`` seconds of
    writes that do not pause), until ``should_stop`` says so (asked at least every
    ``poll`` seconds) or Ctrl+C (``KeyboardInterrupt``, for the caller; a catch-up cut
    short is rolled back whole). ``caught_up`` hears each catch-up that took something in
    (the first one too); ``failed`` each watched catch-up that failed (the server out of
    reach: tried again at the next notice or reconnection), else the error stops the
    watch. Returns the first catch-up's report (a ``trail.RefreshReport``, as each
    ``caught_up`` hears)."""
    wait = getattr(library.stores, "wait_for_changes", None)
    if wait is None:
        raise LibraryError(Message(
            "team.keep-trail-file", "kutip team keep-trail is for a team library: a library"
            " file's quote trail is brought up to date by whoever opens it."))
    if not library.stores.trail.may_update():
        raise LibraryError(Message(
            "team.keep-trail-role", "Only an editor or the owner keeps the team library's"
            " quote trail up to date; your login may only read it (ask an editor to run kutip"
            " team keep-trail)."))

    def stop() -> bool:
        return should_stop is not None and should_stop()

    first = library.trail.refresh()
    if caught_up is not None and (first.processed or first.rebuilt):
        caught_up(first)
    while watch and not stop():
        if not wait(poll):
            continue
        until = time.monotonic() + poll
        while time.monotonic() < until and wait(quiet):  # (a burst of writes: together)
            if stop():
                return first
        try:
            report = library.trail.refresh()
        except StoreError as error:
            if failed is None:
                raise
            failed(error)
            continue
        if caught_up is not None and (report.processed or report.rebuilt):
            caught_up(report)
    return first
