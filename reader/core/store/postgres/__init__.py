"""The PostgreSQL implementation of the store interfaces (``reader.core.store.interfaces``):
a team library on a server, over psycopg 3."""

from . import passwords
from .connection import PgDatabase, is_postgres_url, parse_url, redact
from .migrations import SCHEMA_VERSION, applied_version, check_schema, migrate
from .passwords import PasswordNeeded
from .stores import PgStores


def open_team_library(url: str) -> PgStores:
    """The stores of the team library at ``url``, its schema checked (StoreError with a
    one-line message when it cannot be used)."""
    db = PgDatabase.connect(url)
    try:
        check_schema(db)
        return PgStores(db)
    except BaseException:
        db.close()
        raise


__all__ = ["SCHEMA_VERSION", "PasswordNeeded", "PgDatabase", "PgStores", "applied_version",
           "is_postgres_url", "migrate", "open_team_library", "parse_url", "passwords",
           "redact"]
