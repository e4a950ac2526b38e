"""A team library's people: creating the library, its logins and their roles (the SQL of
``reader.core.library.team``).

Each member is a PostgreSQL login, member of one of the library's team roles
(``<database>_reader`` … ``_admin``, migration 0004), and codes as the coder whose ``login``
it is. A password is sent to the server already hashed (SCRAM), never as plain text.
"""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg import errors, sql

from ..errors import StoreError
from .connection import PgDatabase, describe, friendly, parse_url
from .migrations import ROLES, applied_version, migrate, role_name


def connect_or_create(url: str) -> tuple[PgDatabase, bool]:
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
            raise StoreError(f"Cannot open the team library {describe(params)}:"
                             f" {str(error).strip().splitlines()[0]}.") from error
    name = params.get("dbname", "")
    try:
        with psycopg.connect(**{**params, "dbname": "postgres"},  # type: ignore[arg-type]
                             autocommit=True) as admin:
            admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        conn = psycopg.connect(**params, autocommit=True)  # type: ignore[arg-type]
    except psycopg.Error as error:
        raise StoreError(f"The database {name!r} does not exist and could not be created"
                         f" ({str(error).strip().splitlines()[0]}); ask the server's"
                         " administrator to run: createdb " + name) from error
    return PgDatabase(conn, params), True


def initialise(db: PgDatabase) -> list[str]:
    """Create or upgrade the library's schema and roles; the migrations applied."""
    try:
        return migrate(db)
    except psycopg.Error as error:
        raise friendly(error, "creating the schema needs the database's owner, with"
                       " the right to create roles") from error


def roles_of(db: PgDatabase) -> dict[str, str]:
    return {role: role_name(db, role) for role in ROLES}


def set_member(db: PgDatabase, login: str, role: str, password: str | None,
               created_at: str) -> bool:
    """Make ``login`` a member of the library with ``role`` (only that one), creating the
    login (with ``password``, hashed here) when the server has none; it codes as the coder
    of its name. True when the login was created."""
    names = roles_of(db)
    who = sql.Identifier(login)
    with db.transaction():
        exists = db.value("SELECT 1 FROM pg_roles WHERE rolname = ?", [login]) is not None
        if not exists:
            db.execute(sql.SQL("CREATE ROLE {} LOGIN").format(who))
        if password is not None:
            hashed = db.pg.pgconn.encrypt_password(password.encode(), login.encode(),
                                                   b"scram-sha-256")
            db.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(
                who, sql.Literal(hashed.decode())))
        for other in ROLES:
            if other != role:
                db.execute(sql.SQL("REVOKE {} FROM {}").format(
                    sql.Identifier(names[other]), who))
        db.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(names[role]), who))
        if role == "admin":  # an admin adds the team's members
            db.execute(sql.SQL("ALTER ROLE {} CREATEROLE").format(who))
        coder = db.value("SELECT id FROM coders WHERE login = ?", [login])
        if coder is None:
            named = db.value("SELECT id FROM coders WHERE name = ? AND login IS NULL", [login])
            if named is not None:  # a coder of that name (pushed from a file): theirs now
                db.execute("UPDATE coders SET login = ? WHERE id = ?", [login, named])
            else:
                db.execute("INSERT INTO coders (name, created_at, login) VALUES (?, ?, ?)",
                           [login, created_at, login])
    return not exists


def remove_member(db: PgDatabase, login: str) -> bool:
    """Take every team role of this library from ``login`` (its annotations stay, under its
    coder); False when it had none."""
    names = roles_of(db)
    had = member_role(db, login)
    with db.transaction():
        for role in ROLES:
            db.execute(sql.SQL("REVOKE {} FROM {}").format(
                sql.Identifier(names[role]), sql.Identifier(login)))
    return had is not None


def member_role(db: PgDatabase, login: str) -> str | None:
    names = roles_of(db)
    granted = {r[0] for r in db.execute(
        "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
        " JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = ?", [login])}
    found = [role for role in ROLES if names[role] in granted]
    return found[-1] if found else None


def members(db: PgDatabase) -> list[dict[str, Any]]:
    """Every login with a team role: login, role, whether it may log in, and its coder's
    annotations."""
    names = roles_of(db)
    by_group = {name: role for role, name in names.items()}
    rows = db.rows(
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


def schema_version(db: PgDatabase) -> int:
    return applied_version(db)
