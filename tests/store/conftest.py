"""The stores every contract test in ``tests/store`` runs against: one library per test,
with three articles (ids 1, 2, 3), in SQLite (a library file) and in PostgreSQL (a team
library on the session's throwaway server, ``pg_url`` in ``tests/conftest.py``).

``stores`` gives (stores, db): the stores and their connection (``db.execute`` takes
SQLite's ``?`` placeholders on both); ``stores.reopen()`` opens another connection to the
same library, as another process would."""

import pytest

from reader.core.store import open_database, transaction
from reader.core.store.sqlite import SqliteStores


def sqlite_stores(request, tmp_path):
    db = open_database(tmp_path / "library.sqlite")
    return SqliteStores(db), db, lambda: open_database(tmp_path / "library.sqlite")


def postgres_stores(request, tmp_path):
    from reader.core.store.postgres import PgDatabase, PgStores

    url = request.getfixturevalue("pg_url")
    db = PgDatabase.connect(url)
    return PgStores(db), db, lambda: PgDatabase.connect(url)


IMPLEMENTATIONS = {"sqlite": sqlite_stores, "postgres": postgres_stores}


@pytest.fixture(params=sorted(IMPLEMENTATIONS))
def stores(request, tmp_path):
    made, db, reopen = IMPLEMENTATIONS[request.param](request, tmp_path)
    made.reopen = reopen
    with transaction(db):
        for title in ("Satu", "Dua", "Tiga"):
            db.execute("INSERT INTO articles (title, text) VALUES (?, ?)", [title, title + "."])
    yield made, db
    db.close()
