"""``reader.core.library.team``: setting up a team library on a PostgreSQL server and its
people (``kutip team init``, ``add-user``, ``remove-user``, ``list-users``).

Roles, least first: *reader* (reads everything), *coder* (annotates: adds, changes and
deletes their own annotations, makes tags and speakers while doing so), *editor* (also
articles and their metadata, tags, speakers, collections and anyone's annotations) and
*admin* (also adds and removes members). The server enforces them (grants and row-level
security), whatever program a member uses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..store.postgres import PgDatabase, open_team_library
from ..store.postgres import team as store
from ..store.postgres.migrations import ROLES
from .base import LibraryError, now

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
        raise LibraryError(f"{login!r} is not a usable login name: letters, digits and"
                           " _ . @ - (starting with a letter), at most 63 bytes.")
    return login


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise LibraryError(f"There is no role {role!r}; the roles are {', '.join(ROLES)}.")
    return role


def init(url: str) -> InitReport:
    """Create the team library at ``url`` (the database too, when the login may), or bring
    its schema up to date; run it as the database's owner."""
    db, created = store.connect_or_create(url)
    try:
        applied = store.initialise(db)
        return InitReport(db.label, created, tuple(applied), store.schema_version(db))
    finally:
        db.close()


def _open(url: str) -> PgDatabase:
    return open_team_library(url).db


def add_user(url: str, login: str, role: str, password: str | None) -> bool:
    """Make ``login`` a member with ``role`` (changing the role of a member), creating the
    login with ``password`` when the server has none; True when the login was created."""
    login, role = _check_login(login), _check_role(role)
    db = _open(url)
    try:
        return store.set_member(db, login, role, password, now())
    finally:
        db.close()


def remove_user(url: str, login: str) -> bool:
    """Take ``login``'s role in this library (the login and its annotations stay)."""
    login = _check_login(login)
    db = _open(url)
    try:
        return store.remove_member(db, login)
    finally:
        db.close()


def list_users(url: str) -> list[Member]:
    db = _open(url)
    try:
        return [Member(r["login"], r["role"], bool(r["can_login"]), int(r["annotations"]))
                for r in store.members(db)]
    finally:
        db.close()
