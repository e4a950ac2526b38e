"""A team library finds an article by a column (``find``: a file's bytes, its path, its
text) through that column's index, also in the plan PostgreSQL keeps for a statement run
often. Ordered by ``id``, the kept plan walked the primary key until a row matched: the
whole table for a new article, 100 ms a lookup at 100k articles, so `kutip import` of
1,000 text files into such a library took 93 s of the server's CPU (found measuring the
trail's upkeep on PostgreSQL, session 9)."""

import json

import pytest

from reader.core.store.postgres import PgDatabase
from reader.core.store.postgres.articles import PgArticles
from reader.core.store.postgres.connection import pg_sql

INDEXES = {"original_hash": "articles_original_hash", "original_path": "articles_original_path",
           "content_hash": "articles_content_hash", "url": "articles_url"}


@pytest.fixture
def big(pg_url):
    """20,000 articles, analysed, every plan generic (as after five runs); and the
    statements sent through ``db.value`` and ``db.rows``, in ``big.sent``."""
    db = PgDatabase.connect(pg_url)
    db.execute("INSERT INTO articles (title, text, content_hash, url)"
               " SELECT 'a' || g, 't' || g, 'h' || g, 'u' || g"
               " FROM generate_series(1, 20000) g")  # (no file: no path, no bytes' hash)
    db.execute("ANALYZE articles")
    db.execute("SET plan_cache_mode = force_generic_plan")
    db.sent = []

    def spying(original):
        def spy(sql, params=()):
            db.sent.append(sql)
            return original(sql, params)
        return spy

    db.value, db.rows = spying(db.value), spying(db.rows)
    yield db
    db.close()


def kept_plan(db, sql: str) -> str:
    """The generic plan of ``sql`` (one ``text[]`` parameter), as JSON."""
    db.execute(f"PREPARE found(text[]) AS {pg_sql(sql).replace('%s', '$1')}")
    plan = json.dumps(db.execute("EXPLAIN (FORMAT JSON) EXECUTE found(ARRAY['x'])")
                      .fetchone()[0])
    db.execute("DEALLOCATE found")
    return plan


def test_find_reads_the_columns_index_in_the_kept_plan(big):
    for column, index in INDEXES.items():
        for latest in (False, True):
            big.sent.clear()
            assert PgArticles(big).find(column, ["not there"], latest=latest) is None
            [sql] = big.sent
            plan = kept_plan(big, sql)
            assert index in plan and "articles_pkey" not in plan, (column, latest, plan)


def test_the_copies_of_a_text_are_read_through_its_index_in_the_kept_plan(big):
    """``copies`` (every import asks it) reads the content hash's index, not the whole
    table in id order."""
    assert PgArticles(big).copies(["not there"]) == []
    [sql] = big.sent
    plan = kept_plan(big, sql)
    assert "articles_content_hash" in plan and "articles_pkey" not in plan, plan
