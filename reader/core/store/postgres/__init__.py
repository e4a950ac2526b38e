"""The PostgreSQL implementation of the store interfaces (``reader.core.store.interfaces``):
a team library on a server, over psycopg 3."""

from .connection import PgDatabase, is_postgres_url, parse_url, redact
from .migrations import SCHEMA_VERSION, applied_version, migrate
from .stores import PgStores

__all__ = ["SCHEMA_VERSION", "PgDatabase", "PgStores", "applied_version", "is_postgres_url",
           "migrate", "parse_url", "redact"]
