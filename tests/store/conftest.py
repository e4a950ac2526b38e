"""The stores every contract test in ``tests/store`` runs against: one library per test,
with three articles (ids 1, 2, 3). Only SQLite exists today; a PostgreSQL store joins
``IMPLEMENTATIONS``."""

import pytest

from reader.core.store import open_database, transaction
from reader.core.store.sqlite import SqliteStores


def sqlite_stores(tmp_path):
    db = open_database(tmp_path / "library.sqlite")
    return SqliteStores(db), db


IMPLEMENTATIONS = {"sqlite": sqlite_stores}


@pytest.fixture(params=sorted(IMPLEMENTATIONS))
def stores(request, tmp_path):
    made, db = IMPLEMENTATIONS[request.param](tmp_path)
    with transaction(db):
        for title in ("Satu", "Dua", "Tiga"):
            db.execute("INSERT INTO articles (title, text) VALUES (?, ?)", [title, title + "."])
    yield made, db
    db.close()
