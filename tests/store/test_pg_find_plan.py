"""A team library finds an article by a column (``find``: a file's bytes, its path, its
text) through that column's index, also in the plan PostgreSQL keeps for a statement run
often. Ordered by ``id``, the kept plan walked the primary key until a row matched: the
whole table for a new article, 100 ms a lookup at 100k articles, so `kutip import` of
1,000 text files into such a library took 93 s of the server's CPU (found measuring the
trail's upkeep on PostgreSQL, session 9)."""

import json

from reader.core.store.postgres import PgDatabase
from reader.core.store.postgres.articles import PgArticles
from reader.core.store.postgres.connection import pg_sql

INDEXES = {"original_hash": "articles_original_hash", "original_path": "articles_original_path",
           "content_hash": "articles_content_hash", "url": "articles_url"}


def test_find_reads_the_columns_index_in_the_kept_plan(pg_url):
    db = PgDatabase.connect(pg_url)
    try:
        db.execute("INSERT INTO articles (title, text, content_hash, url)"
                   " SELECT 'a' || g, 't' || g, 'h' || g, 'u' || g"
                   " FROM generate_series(1, 20000) g")  # (no file: no path, no bytes' hash)
        db.execute("ANALYZE articles")
        db.execute("SET plan_cache_mode = force_generic_plan")  # (as after five runs)
        sent = []
        original = db.value

        def value(sql, params=()):
            sent.append(sql)
            return original(sql, params)

        db.value = value
        for column, index in INDEXES.items():
            for latest in (False, True):
                sent.clear()
                assert PgArticles(db).find(column, ["not there"], latest=latest) is None
                [sql] = sent
                db.execute(f"PREPARE found(text[]) AS {pg_sql(sql).replace('%s', '$1')}")
                plan = json.dumps(original("EXPLAIN (FORMAT JSON) EXECUTE found(ARRAY['x'])"))
                db.execute("DEALLOCATE found")
                assert index in plan and "articles_pkey" not in plan, (column, latest, plan)
    finally:
        db.close()
