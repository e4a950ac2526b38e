"""A team library's people: creating the library, its logins and their roles (``PgTeam``,
the ``TeamStore`` of ``reader.core.library.team``).

Each member is a PostgreSQL login, member of one of the library's team roles
(``<database>_reader`` … ``_admin``, migration 0004), and codes as the coder whose ``login``
it is. A password is sent to the server already hashed (SCRAM), never as plain text.
"""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg import errors, sql

from ...messages import Message
from ..errors import StoreError
from .connection import PgDatabase, cannot_open, friendly, parse_url
from .migrations import ROLES, applied_version, check_schema, migrate, role_name


def _connect_or_create(url: str) -> tuple[PgDatabase, bool]:
    """A connection to the library at ``url``, creating its database first when the server
    has none of that name (the login needs CREATEDB for that); True when it was created."""
    params = parse_url(url)
    try:
        return PgDatabase(psycopg.connect(**params, autocommit=True), params), False  # type: ignore[arg-type]
    except psycopg.Error as error:
        # (libpq gives no SQLSTATE for a failed connection: only its message tells)
        missing = isinstance(error, errors.InvalidCatalogName) or (
            f'database "{params.get("dbname", "")}" does not exist' in str(error))
        if not missing or not params.get("dbname"):
            raise cannot_open(params, error) from error
    name = params.get("dbname", "")
    try:
        with psycopg.connect(**{**params, "dbname": "postgres"},  # type: ignore[arg-type]
                             autocommit=True) as admin:
            admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        conn = psycopg.connect(**params, autocommit=True)  # type: ignore[arg-type]
    except psycopg.Error as error:
        raise StoreError(Message(
            "team.cannot-create-database", "The database '{name}' does not exist and could"
            " not be created ({error}); ask the server's administrator to run: createdb {name}",
            name=name, error=str(error).strip().splitlines()[0])) from error
    return PgDatabase(conn, params), True


class PgTeam:
    """A team library's membership (``TeamStore``): its schema, its logins and their roles.
    Made by ``open_team`` or ``create_or_open_team``; close it when done."""

    def __init__(self, db: PgDatabase):
        self.db = db

    @property
    def label(self) -> str:
        """``user@host:port/database``: the library, without any password."""
        return self.db.label

    def close(self) -> None:
        self.db.close()

    def initialise(self) -> list[str]:
        """Create or upgrade the library's schema and roles; the migrations applied."""
        try:
            return migrate(self.db)
        except psycopg.Error as error:
            raise friendly(error, Message(
                "team.schema-needs-owner", "creating the schema needs the database's owner,"
                " with the right to create roles")) from error


    def roles_of(self) -> dict[str, str]:
        return {role: role_name(self.db, role) for role in ROLES}


    def set_member(self, login: str, role: str, password: str | None, created_at: str
                   ) -> bool:
        """Make ``login`` a member of the library with ``role`` (only that one), creating the
        login (with ``password``, hashed here) when the server has none; it codes as the coder
        of its name. True when the login was created."""
        names = self.roles_of()
        who = sql.Identifier(login)
        with self.db.transaction():
            exists = self.db.value("SELECT 1 FROM pg_roles WHERE rolname = ?", [login]) is not None
            if not exists:
                self.db.execute(sql.SQL("CREATE ROLE {} LOGIN").format(who))
            if password is not None:
                hashed = self.db.pg.pgconn.encrypt_password(password.encode(), login.encode(),
                                                       b"scram-sha-256")
                self.db.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(
                    who, sql.Literal(hashed.decode())))
            for other in ROLES:
                if other != role:
                    self.db.execute(sql.SQL("REVOKE {} FROM {}").format(
                        sql.Identifier(names[other]), who))
            self.db.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(names[role]), who))
            if role == "admin":  # an admin adds the team's members
                self.db.execute(sql.SQL("ALTER ROLE {} CREATEROLE").format(who))
            coder = self.db.value("SELECT id FROM coders WHERE login = ?", [login])
            if coder is None:
                named = self.db.value(
                    "SELECT id FROM coders WHERE name = ? AND login IS NULL", [login])
                if named is not None:  # a coder of that name (pushed from a file): theirs now
                    self.db.execute("UPDATE coders SET login = ? WHERE id = ?", [login, named])
                else:
                    self.db.execute("INSERT INTO coders (name, created_at, login) VALUES (?, ?, ?)",
                               [login, created_at, login])
        return not exists


    def remove_member(self, login: str) -> bool:
        """Take every team role of this library from ``login`` (its annotations stay, under its
        coder); False when it had none."""
        names = self.roles_of()
        had = self.member_role(login)
        with self.db.transaction():
            for role in ROLES:
                self.db.execute(sql.SQL("REVOKE {} FROM {}").format(
                    sql.Identifier(names[role]), sql.Identifier(login)))
        return had is not None


    def login_facts(self, login: str) -> dict[str, Any] | None:
        rows = self.db.rows(
            "SELECT r.rolcanlogin AS can_login, r.rolsuper AS superuser,"
            " EXISTS (SELECT 1 FROM pg_database d WHERE d.datname = current_database()"
            "         AND d.datdba = r.oid) AS owner"
            " FROM pg_roles r WHERE r.rolname = ?", [login])
        if not rows:
            return None
        return {**rows[0], "group": login in self.roles_of().values(),
                "role": self.member_role(login)}

    def member_role(self, login: str) -> str | None:
        names = self.roles_of()
        granted = {r[0] for r in self.db.execute(
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
            " JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = ?", [login])}
        found = [role for role in ROLES if names[role] in granted]
        return found[-1] if found else None


    def members(self) -> list[dict[str, Any]]:
        """Every login with a team role: login, role, whether it may log in, and its coder's
        annotations."""
        names = self.roles_of()
        by_group = {name: role for role, name in names.items()}
        rows = self.db.rows(
            "SELECT u.rolname AS login, g.rolname AS team_role, u.rolcanlogin AS can_login,"
            " (SELECT count(*) FROM annotations n JOIN coders c ON c.id = n.coder_id"
            "  WHERE c.login = u.rolname)::int AS annotations"
            " FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
            " JOIN pg_roles u ON u.oid = m.member"
            " WHERE g.rolname = ANY(?) AND NOT (u.rolname = ANY(?)) ORDER BY u.rolname",
            [list(by_group), list(by_group)])
        best: dict[str, dict[str, Any]] = {}
        for row in rows:
            role = by_group[row.pop("team_role")]
            row["role"] = role
            seen = best.get(row["login"])
            if seen is None or ROLES.index(role) > ROLES.index(seen["role"]):
                best[row["login"]] = row
        return list(best.values())


    def schema_version(self) -> int:
        return applied_version(self.db)


def create_or_open_team(url: str) -> tuple[PgTeam, bool]:
    """The membership of the library at ``url``, its database created when the server has
    none of that name (the login needs CREATEDB); True when it was created. The schema is
    not checked: ``initialise`` makes or upgrades it."""
    db, created = _connect_or_create(url)
    return PgTeam(db), created


def open_team(url: str) -> PgTeam:
    """The membership of the team library at ``url``, its schema checked."""
    db = PgDatabase.connect(url)
    try:
        check_schema(db)
    except BaseException:
        db.close()
        raise
    return PgTeam(db)
