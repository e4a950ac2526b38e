"""The schema, as numbered migrations recorded by sqlite-utils' ``Migrations``
(registered as the PostgreSQL ones are: ``store.numbered``).

Never edit a migration that has shipped: add the next number. ``SCHEMA_VERSION``
is the number of migrations, which the store reports and backs up before changing.
"""

from __future__ import annotations

import re
import sqlite3
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .numbered import NumberedMigrations

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations


class MigrationSet(NumberedMigrations["Database"]):
    """Kutip's numbered migrations on SQLite. sqlite-utils' ``Migrations`` applies them and
    records each in its ``_sqlite_migrations`` table; it is built only when a library needs
    a migration, so opening an up-to-date library does not load sqlite-utils (issue 12)."""

    table = "_sqlite_migrations"  # sqlite-utils' record of applied migrations

    def runner(self) -> Migrations:
        """sqlite-utils' ``Migrations`` holding these steps."""
        from . import load_sqlite_utils

        load_sqlite_utils()
        from sqlite_utils.migrations import Migrations

        runner = Migrations(self.name)
        for name, step, transactional in self.steps:
            runner(name=name, transactional=transactional)(step)
        return runner

    def apply(self, db: Database, **options: Any) -> None:
        """Apply the pending steps (``stop_before=NAME`` as sqlite-utils takes it)."""
        self.runner().apply(db, **options)

    def applied_count(self, conn: sqlite3.Connection) -> int:
        """How many of these steps the database has had (sqlite-utils' record, read with
        plain SQL)."""
        if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                        [self.table]).fetchone() is None:
            return 0
        row = conn.execute(f"SELECT count(*) FROM {self.table} WHERE migration_set = ?",
                           [self.name]).fetchone()
        return int(row[0])


migrations = MigrationSet("kutip")


def _run_script(db: Database, script: str) -> None:
    """Run statements one by one: ``executescript`` would COMMIT the migration's transaction."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete SQL statement in migration: {statement[:60]!r}")

FTS_TOKENIZE = "unicode61 remove_diacritics 2"


@migrations(name="0001_core_tables")
def core_tables(db: Database) -> None:
    _run_script(db,
        """
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            authors TEXT NOT NULL DEFAULT '',
            editor TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            dateline TEXT NOT NULL DEFAULT '',
            published TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT '',
            photo_credit TEXT NOT NULL DEFAULT '',
            original_name TEXT NOT NULL DEFAULT '',
            original_format TEXT NOT NULL DEFAULT '',
            content_hash TEXT NOT NULL DEFAULT '',
            imported_at TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL DEFAULT '',
            quotes INTEGER NOT NULL DEFAULT 0,
            claims INTEGER NOT NULL DEFAULT 0,
            highlights INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX articles_content_hash ON articles(content_hash);
        CREATE INDEX articles_source ON articles(source COLLATE NOCASE);
        CREATE INDEX articles_published ON articles(published);
        CREATE INDEX articles_title ON articles(title COLLATE NOCASE);
        CREATE INDEX articles_url ON articles(url);

        CREATE TABLE collections (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            created_at TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE article_collections (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
            PRIMARY KEY (article_id, collection_id)
        );
        CREATE INDEX article_collections_collection ON article_collections(collection_id);

        CREATE TABLE speakers (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            description TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE speaker_aliases (
            id INTEGER PRIMARY KEY,
            speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
            alias TEXT NOT NULL UNIQUE COLLATE NOCASE
        );
        CREATE INDEX speaker_aliases_speaker ON speaker_aliases(speaker_id);

        CREATE TABLE tags (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            colour TEXT NOT NULL DEFAULT ''
        );

        CREATE TABLE annotations (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('quote', 'claim', 'highlight')),
            exact TEXT NOT NULL,
            prefix TEXT NOT NULL DEFAULT '',
            suffix TEXT NOT NULL DEFAULT '',
            start INTEGER,
            "end" INTEGER,
            speaker_id INTEGER REFERENCES speakers(id) ON DELETE SET NULL,
            verdict TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            anchor TEXT NOT NULL DEFAULT 'anchored'
                CHECK (anchor IN ('anchored', 'reanchored', 'orphan')),
            created_at TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX annotations_article ON annotations(article_id, start);
        CREATE INDEX annotations_speaker ON annotations(speaker_id);
        CREATE INDEX annotations_kind ON annotations(kind);

        CREATE TABLE annotation_tags (
            annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            PRIMARY KEY (annotation_id, tag_id)
        );
        CREATE INDEX annotation_tags_tag ON annotation_tags(tag_id);

        -- Per-article counts kept by triggers, so the library table sorts by them at once.
        CREATE TRIGGER annotations_count_ai AFTER INSERT ON annotations BEGIN
            UPDATE articles SET
                quotes = quotes + (new.kind = 'quote'),
                claims = claims + (new.kind = 'claim'),
                highlights = highlights + (new.kind = 'highlight')
            WHERE id = new.article_id;
        END;
        CREATE TRIGGER annotations_count_ad AFTER DELETE ON annotations BEGIN
            UPDATE articles SET
                quotes = quotes - (old.kind = 'quote'),
                claims = claims - (old.kind = 'claim'),
                highlights = highlights - (old.kind = 'highlight')
            WHERE id = old.article_id;
        END;
        CREATE TRIGGER annotations_count_au AFTER UPDATE OF kind, article_id ON annotations BEGIN
            UPDATE articles SET
                quotes = quotes - (old.kind = 'quote'),
                claims = claims - (old.kind = 'claim'),
                highlights = highlights - (old.kind = 'highlight')
            WHERE id = old.article_id;
            UPDATE articles SET
                quotes = quotes + (new.kind = 'quote'),
                claims = claims + (new.kind = 'claim'),
                highlights = highlights + (new.kind = 'highlight')
            WHERE id = new.article_id;
        END;
        """
    )


@migrations(name="0002_full_text_search")
def full_text_search(db: Database) -> None:
    """FTS5 indexes kept in sync by triggers that fire only when indexed columns change.

    (sqlite-utils' own triggers fire on every UPDATE, which would re-index a whole
    article each time its annotation counts change.)
    """
    for table, columns in (("articles", ("title", "text")), ("annotations", ("exact", "note"))):
        db.table(table).enable_fts(list(columns), tokenize=FTS_TOKENIZE)
        cols = ", ".join(columns)
        new = ", ".join(f"new.{c}" for c in columns)
        old = ", ".join(f"old.{c}" for c in columns)
        fts = f"{table}_fts"
        _run_script(
            db,
            f"""
            CREATE TRIGGER {table}_fts_ai AFTER INSERT ON {table} BEGIN
                INSERT INTO {fts} (rowid, {cols}) VALUES (new.id, {new});
            END;
            CREATE TRIGGER {table}_fts_ad AFTER DELETE ON {table} BEGIN
                INSERT INTO {fts} ({fts}, rowid, {cols}) VALUES ('delete', old.id, {old});
            END;
            CREATE TRIGGER {table}_fts_au AFTER UPDATE OF {cols} ON {table} BEGIN
                INSERT INTO {fts} ({fts}, rowid, {cols}) VALUES ('delete', old.id, {old});
                INSERT INTO {fts} (rowid, {cols}) VALUES (new.id, {new});
            END;
            """,
        )


@migrations(name="0003_suggestions_and_sources")
def suggestions_and_sources(db: Database) -> None:
    _run_script(db,
        """
        CREATE TABLE dismissed_suggestions (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            exact TEXT NOT NULL,
            dismissed_at TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (article_id, kind, exact)
        );
        ALTER TABLE articles ADD COLUMN original_path TEXT NOT NULL DEFAULT '';
        CREATE INDEX articles_original_path ON articles(original_path);
        """
    )


def _table_sql(db: Database, table: str) -> str:
    row = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                     [table]).fetchone()
    return row[0] if row else ""


def _has_autoincrement(db: Database, tables: tuple[str, ...]) -> bool:
    return all("AUTOINCREMENT" in _table_sql(db, t).upper() for t in tables)


def _rebuild_with_autoincrement(db: Database, tables: tuple[str, ...]) -> None:
    """Rebuild ``tables`` with AUTOINCREMENT so no id is ever handed out twice.

    SQLite's documented table-rebuild procedure, in one ``BEGIN IMMEDIATE`` transaction
    with foreign keys off; the check is repeated under the lock, so a second process (or a
    re-run after a crash) that finds the tables already rebuilt does nothing.
    """
    if _has_autoincrement(db, tables):
        return
    conn = db.conn
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA legacy_alter_table = ON")
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            if not _has_autoincrement(db, tables):
                _rebuild(conn, db, tables)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.execute("PRAGMA legacy_alter_table = OFF")
        conn.execute("PRAGMA foreign_keys = ON")


def _rebuild(conn: sqlite3.Connection, db: Database, tables: tuple[str, ...]) -> None:
    triggers = [r[0] for r in conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND sql IS NOT NULL")]
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'"
                                ).fetchall():
        conn.execute(f'DROP TRIGGER "{name}"')
    for table in tables:
        sql = _table_sql(db, table)
        if "AUTOINCREMENT" in sql.upper():
            continue
        indexes = [r[0] for r in conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?"
            " AND sql IS NOT NULL", [table])]
        new_sql = re.sub(r"^CREATE TABLE \"?\w+\"?", f'CREATE TABLE "_new_{table}"', sql)
        new_sql = re.sub(r"\bid INTEGER PRIMARY KEY\b(?!\s+AUTOINCREMENT)",
                         "id INTEGER PRIMARY KEY AUTOINCREMENT", new_sql, count=1)
        conn.execute(new_sql)
        conn.execute(f'INSERT INTO "_new_{table}" SELECT * FROM "{table}"')
        conn.execute(f'DROP TABLE "{table}"')
        conn.execute(f'ALTER TABLE "_new_{table}" RENAME TO "{table}"')
        for index_sql in indexes:
            conn.execute(index_sql)
    for trigger_sql in triggers:
        conn.execute(trigger_sql)
    problems = conn.execute("PRAGMA foreign_key_check").fetchall()
    if problems:
        raise RuntimeError(f"foreign key check failed after rebuilding: {problems[:3]}")


@migrations(name="0004_ids_never_reused", transactional=False)
def ids_never_reused(db: Database) -> None:
    """Articles, tags and annotations never reuse an id.

    Undo puts a deleted row back under its old id; if SQLite had handed that id to a
    new row meanwhile, the undo would fail or hit the wrong row.
    """
    _rebuild_with_autoincrement(db, ("articles", "tags", "annotations"))


@migrations(name="0005_speaker_and_collection_ids_never_reused", transactional=False)
def speaker_and_collection_ids_never_reused(db: Database) -> None:
    """The same for speakers (a merge is undone by putting the speaker back), their aliases
    and collections."""
    _rebuild_with_autoincrement(db, ("speakers", "speaker_aliases", "collections"))


@migrations(name="0006_original_hash_and_partial_dates")
def original_hash_and_partial_dates(db: Database) -> None:
    """Files are recognised by their bytes before extraction (``original_hash``); a date
    without its year moves out of ``published`` into ``published_partial`` (``22/12`` →
    ``--12-22``), and ``published_inferred`` marks a year completed from the story.
    The library sorts by ``published || published_partial``: full dates by date, the
    partial ones (month and day) together, apart from undated articles."""
    _run_script(db,
        """
        ALTER TABLE articles ADD COLUMN original_hash TEXT NOT NULL DEFAULT '';
        ALTER TABLE articles ADD COLUMN published_partial TEXT NOT NULL DEFAULT '';
        ALTER TABLE articles ADD COLUMN published_inferred INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX articles_original_hash ON articles(original_hash);
        CREATE INDEX articles_date ON articles(published || published_partial);
        """
    )
    rows = db.execute(
        "SELECT id, published FROM articles WHERE published != ''"
        " AND published NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'").fetchall()
    for article_id, published in rows:
        m = re.fullmatch(r"\s*(\d{1,2})/(\d{1,2})\s*", published)
        if m and 1 <= int(m[1]) <= 31 and 1 <= int(m[2]) <= 12:
            db.execute("UPDATE articles SET published = '', published_partial = ? WHERE id = ?",
                       [f"--{int(m[2]):02d}-{int(m[1]):02d}", article_id])


@migrations(name="0007_pages_and_feeds")
def pages_and_feeds(db: Database) -> None:
    """Where each page of a PDF starts in its article's text; subscribed feeds and the items
    each has brought in (kept after the article is deleted, so an item never comes twice)."""
    _run_script(db,
        """
        CREATE TABLE article_pages (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            label TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (article_id, start)
        );
        CREATE TABLE feeds (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            url TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL DEFAULT '',
            site_url TEXT NOT NULL DEFAULT '',
            added_at TEXT NOT NULL DEFAULT '',
            checked_at TEXT NOT NULL DEFAULT '',
            last_error TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE feed_items (
            feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
            item_key TEXT NOT NULL,
            link TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
            seen_at TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (feed_id, item_key)
        );
        CREATE INDEX feed_items_article ON feed_items(article_id);
        """
    )


_TRAIL_TRIGGERS = (  # name, event, table, WHEN (or ""), what is queued
    ("trail_annotations_ai", "INSERT", "annotations", "new.kind = 'quote'",
     "'annotation', new.id"),
    ("trail_annotations_au",
     'UPDATE OF kind, exact, article_id, start, "end", anchor, speaker_id', "annotations",
     "new.kind = 'quote' OR old.kind = 'quote'", "'annotation', new.id"),
    ("trail_annotations_ad", "DELETE", "annotations", "old.kind = 'quote'",
     "'annotation', old.id"),
    ("trail_articles_ai", "INSERT", "articles", "", "'article', new.id"),
    ("trail_articles_au", "UPDATE OF text, source, published", "articles", "",
     "'article', new.id"),
    ("trail_articles_ad", "DELETE", "articles", "", "'article', old.id"),
    ("trail_dismissed_ai", "INSERT", "dismissed_suggestions", "new.kind = 'quote'",
     "'article', new.article_id"),
    ("trail_dismissed_ad", "DELETE", "dismissed_suggestions", "old.kind = 'quote'",
     "'article', old.article_id"),
)


@migrations(name="0008_quote_trail")
def quote_trail(db: Database) -> None:
    """The quote trail's index: quotations (quote annotations and quoted spans not yet
    accepted), their 3-word shingles, the pairs found to be the same statement, and a summary
    per cluster of two or more. Triggers queue every change to quotes and articles in
    ``trail_pending``; the trail service works the queue off (``QuoteTrail.refresh``), so an
    import pays one small insert per row, whichever program or connection writes."""
    _run_script(db,
        """
        CREATE TABLE trail_items (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            annotation_id INTEGER UNIQUE,        -- NULL: a quoted span not (yet) annotated
            article_id INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            exact TEXT NOT NULL,
            cluster INTEGER NOT NULL             -- the smallest item id of its cluster
        );
        CREATE INDEX trail_items_article ON trail_items(article_id);
        CREATE INDEX trail_items_cluster ON trail_items(cluster);
        CREATE TABLE trail_shingles (
            shingle INTEGER NOT NULL,
            item INTEGER NOT NULL,
            PRIMARY KEY (shingle, item)
        ) WITHOUT ROWID;
        CREATE TABLE trail_links (
            a INTEGER NOT NULL,
            b INTEGER NOT NULL,
            PRIMARY KEY (a, b)
        ) WITHOUT ROWID;
        CREATE INDEX trail_links_b ON trail_links(b);
        CREATE TABLE trail_clusters (
            id INTEGER PRIMARY KEY,              -- = trail_items.cluster
            size INTEGER NOT NULL,
            outlets INTEGER NOT NULL,
            first_date TEXT NOT NULL DEFAULT '',
            speaker TEXT NOT NULL DEFAULT '',
            fullest INTEGER NOT NULL             -- the item with the most words
        );
        CREATE INDEX trail_clusters_outlets ON trail_clusters(outlets);
        CREATE INDEX trail_clusters_first_date ON trail_clusters(first_date);
        CREATE TABLE trail_pending (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL,                  -- 'annotation' or 'article'
            ref INTEGER NOT NULL,
            UNIQUE (kind, ref)
        );
        CREATE TABLE trail_state (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """
    )
    _create_queue_triggers(db, _TRAIL_TRIGGERS, "INSERT OR REPLACE")


def _create_queue_triggers(db: Database, triggers: Iterable[tuple[str, str, str, str, str]],
                           insert: str = "INSERT") -> None:
    for name, event, table, when, queued in triggers:
        db.execute(f"CREATE TRIGGER {name} AFTER {event} ON {table}"
                   + (f" WHEN {when}" if when else "")
                   + f" BEGIN {insert} INTO trail_pending (kind, ref) VALUES ({queued}); END")


#: the tables whose rows have a stable identity (issue 13)
UUID_TABLES = ("articles", "annotations", "tags", "speakers", "collections")
#: a random (version 4) UUID in SQL, for rows written without one
UUID_SQL = ("lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' ||"
            " substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1)"
            " || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))")


@migrations(name="0009_stable_identities")
def stable_identities(db: Database) -> None:
    """A UUID for every article, annotation, tag, speaker and collection, so the same row is
    recognised in another library (export and import, merging coders' work). Existing rows
    get one now; a row inserted without one gets one from a trigger (the bulk paths write
    their own). Unique, so an imported annotation already here is known by its id."""
    for table in UUID_TABLES:
        db.execute(f"ALTER TABLE {table} ADD COLUMN uuid TEXT")
        db.execute(f"UPDATE {table} SET uuid = {UUID_SQL}")
        db.execute(f"CREATE UNIQUE INDEX {table}_uuid ON {table} (uuid)")
        db.execute(f"CREATE TRIGGER {table}_uuid_ai AFTER INSERT ON {table}"
                   f" WHEN new.uuid IS NULL BEGIN UPDATE {table} SET uuid = {UUID_SQL}"
                   " WHERE rowid = new.rowid; END")


_TRAIL_QUEUE_TRIGGERS = (  # name, event, table, WHEN (or ""), what is queued
    # a new row is seen by its id (above the trail's mark); only one put back under an
    # old id (undo of a delete) is queued, so a bulk import pays one lookup per row
    ("trail_annotations_ai", "INSERT", "annotations",
     "new.kind = 'quote' AND new.id <= (SELECT last_id FROM trail_marks"
     " WHERE what = 'annotations')", "'annotation', new.id"),
    ("trail_annotations_au",
     'UPDATE OF kind, exact, article_id, start, "end", anchor, speaker_id', "annotations",
     "new.kind = 'quote' OR old.kind = 'quote'", "'annotation', new.id"),
    ("trail_annotations_ad", "DELETE", "annotations", "old.kind = 'quote'",
     "'annotation', old.id"),
    ("trail_articles_ai", "INSERT", "articles",
     "new.id <= (SELECT last_id FROM trail_marks WHERE what = 'articles')",
     "'article', new.id"),
    ("trail_articles_au", "UPDATE OF text, source, published", "articles", "",
     "'article', new.id"),
    ("trail_articles_ad", "DELETE", "articles", "", "'article', old.id"),
    ("trail_dismissed_ai", "INSERT", "dismissed_suggestions", "new.kind = 'quote'",
     "'article', new.article_id"),
    ("trail_dismissed_ad", "DELETE", "dismissed_suggestions", "old.kind = 'quote'",
     "'article', old.article_id"),
)


@migrations(name="0010_trail_postings_and_marks")
def trail_postings_and_marks(db: Database) -> None:
    """The trail's shingle index as buckets: one row per range of shingles holding the
    sorted (shingle, item) entries as a blob, about a tenth of the rows of one row per
    entry. New articles and annotations are found by id above the trail's marks
    (``trail_marks``) instead of a queue row each, so bulk imports stay as fast; the queue
    keeps edits, deletions and rows put back. The trail is rebuilt on its next use."""
    _run_script(db,
        """
        DROP TABLE trail_shingles;
        CREATE TABLE trail_postings (
            bucket INTEGER PRIMARY KEY,          -- shingle >> 12
            entries BLOB NOT NULL                -- sorted uint64 LE: shingle << 32 | item
        );
        CREATE TABLE trail_marks (
            what TEXT PRIMARY KEY,               -- 'annotations' or 'articles'
            last_id INTEGER NOT NULL             -- rows up to this id are in the trail
        );
        DROP TABLE trail_pending;
        CREATE TABLE trail_pending (
            seq INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,                  -- 'annotation' or 'article'
            ref INTEGER NOT NULL
        );
        DELETE FROM trail_state WHERE key = 'built';
        """
    )
    for name, *_ in _TRAIL_TRIGGERS:
        db.execute(f"DROP TRIGGER IF EXISTS {name}")
    _create_queue_triggers(db, _TRAIL_QUEUE_TRIGGERS)


#: the coder existing annotations belong to after migration 0011 (and any annotation
#: written without a coder): the library's first coder
DEFAULT_CODER = "default"


@migrations(name="0011_coders")
def coders(db: Database) -> None:
    """Who made each annotation (issue 14): a ``coders`` table (name, UUID) and
    ``annotations.coder_id``. Existing annotations belong to the default coder; an
    annotation inserted without a coder (older code paths, bulk imports) gets it too."""
    _run_script(db,
        f"""
        CREATE TABLE coders (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            uuid TEXT UNIQUE,
            created_at TEXT NOT NULL DEFAULT ''
        );
        CREATE TRIGGER coders_uuid_ai AFTER INSERT ON coders WHEN new.uuid IS NULL
        BEGIN UPDATE coders SET uuid = {UUID_SQL} WHERE rowid = new.rowid; END;
        INSERT INTO coders (id, name, created_at)
            VALUES (1, '{DEFAULT_CODER}', strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now'));
        ALTER TABLE annotations ADD COLUMN coder_id INTEGER REFERENCES coders(id);
        UPDATE annotations SET coder_id = 1;
        CREATE INDEX annotations_coder ON annotations (coder_id, article_id);
        CREATE TRIGGER annotations_coder_ai AFTER INSERT ON annotations
            WHEN new.coder_id IS NULL
        BEGIN UPDATE annotations SET coder_id = (SELECT min(id) FROM coders)
              WHERE rowid = new.rowid; END;
        """
    )


@migrations(name="0012_blind_coding")
def blind_coding(db: Database) -> None:
    """Blind double-coding (issue 14): a collection can be coded blind (on its articles
    each coder sees only their own annotations and dismissals), and a dismissed suggestion
    records who dismissed it, so one coder's dismissals do not decide for another. The
    dismissals so far belong to the default coder."""
    _run_script(db,
        """
        ALTER TABLE collections ADD COLUMN blind INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE dismissed_by_coder (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            exact TEXT NOT NULL,
            dismissed_at TEXT NOT NULL DEFAULT '',
            coder_id INTEGER NOT NULL REFERENCES coders(id),
            PRIMARY KEY (article_id, kind, exact, coder_id)
        );
        INSERT INTO dismissed_by_coder (article_id, kind, exact, dismissed_at, coder_id)
            SELECT article_id, kind, exact, dismissed_at, (SELECT min(id) FROM coders)
            FROM dismissed_suggestions;
        DROP TABLE dismissed_suggestions;
        ALTER TABLE dismissed_by_coder RENAME TO dismissed_suggestions;
        """
    )
    # (dropping the table dropped the trail's triggers on it: the same again)
    _create_queue_triggers(db, [t for t in _TRAIL_QUEUE_TRIGGERS
                                if t[2] == "dismissed_suggestions"])


@migrations(name="0013_merge_versions")
def merge_versions(db: Database) -> None:
    """The versions of each annotation a merge has seen (issue 14): (annotation UUID,
    fingerprint) pairs, so merging the same file again changes nothing and an edit made
    on one side only is taken as an update, while edits made on both sides are kept as a
    conflict (``library.exchange``)."""
    _run_script(db,
        """
        CREATE TABLE merge_versions (
            annotation_uuid TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            PRIMARY KEY (annotation_uuid, fingerprint)
        ) WITHOUT ROWID;
        """
    )


@migrations(name="0014_annotation_tombstones")
def annotation_tombstones(db: Database) -> None:
    """A deleted annotation's tombstone (issue 14): its UUID, its article's, the version
    deleted (fingerprint) and when, so that a merge carries the deletion to the other
    library, where it is applied unless the annotation was edited there since."""
    _run_script(db,
        """
        CREATE TABLE annotation_tombstones (
            annotation_uuid TEXT PRIMARY KEY,
            article_uuid TEXT NOT NULL DEFAULT '',
            fingerprint TEXT NOT NULL,
            deleted_at TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX annotation_tombstones_article ON annotation_tombstones (article_uuid);
        """
    )


@migrations(name="0015_feed_error_message")
def feed_error_message(db: Database) -> None:
    """A feed's last error as its message's code and parameters (JSON; issue 11), so the
    app shows it in the interface's language; ``last_error`` keeps the English, and is what
    an error saved before this shows."""
    _run_script(db,
        """
        ALTER TABLE feeds ADD COLUMN last_error_message TEXT NOT NULL DEFAULT '';
        """
    )


@migrations(name="0016_quotes_list_orders")
def quotes_list_orders(db: Database) -> None:
    """An index for each order of the Quotes list and its reverse (issue 15), of exactly
    the terms of ``PortableTrail.cluster_order``: a page of the list reads its rows from
    the index instead of sorting every cluster. They replace the two single-column
    indexes (a rebuild names its indexes ``…_b`` every other time: both names go)."""
    for name in ("trail_clusters_outlets", "trail_clusters_first_date"):
        db.execute(f"DROP INDEX IF EXISTS {name}")
        db.execute(f"DROP INDEX IF EXISTS {name}_b")
    for name, columns in (
            ("trail_clusters_by_outlets", "outlets, first_date, id"),
            ("trail_clusters_by_outlets_desc", "outlets DESC, first_date, id"),
            ("trail_clusters_by_size", "size, outlets DESC, first_date, id"),
            ("trail_clusters_by_size_desc", "size DESC, outlets DESC, first_date, id"),
            ("trail_clusters_by_date", "(first_date = ''), first_date, outlets DESC, id"),
            ("trail_clusters_by_date_desc",
             "(first_date = ''), first_date DESC, outlets DESC, id"),
            ("trail_clusters_by_speaker",
             "(speaker = ''), speaker COLLATE NOCASE, outlets DESC, first_date, id"),
            ("trail_clusters_by_speaker_desc",
             "(speaker = ''), speaker COLLATE NOCASE DESC, outlets DESC, first_date, id")):
        db.execute(f"CREATE INDEX {name} ON trail_clusters ({columns})")


@migrations(name="0017_trail_postings_delta")
def trail_postings_delta(db: Database) -> None:
    """The trail's catch-up appends the postings of new quotations to
    ``trail_postings_new`` (one row of sorted entries per catch-up part, issue 15) instead
    of rewriting every bucket they fall in; they are folded into ``trail_postings`` a
    range of buckets at a time once there are many (``QuoteTrail.fold``), and dropped by
    a rebuild. ``trail_items.words`` is each quotation's number of words (NULL: not
    counted yet, count its text), so a catch-up drops pairs that cannot be the same
    statement before reading any text. AUTOINCREMENT: a row's id is never used again, so
    a reader may cache rows by id."""
    _run_script(db,
        """
        CREATE TABLE trail_postings_new (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            entries BLOB NOT NULL                -- sorted uint64 LE: shingle << 32 | item
        );
        ALTER TABLE trail_items ADD COLUMN words INTEGER;
        """
    )


@migrations(name="0018_cluster_speaker_suggested")
def cluster_speaker_suggested(db: Database) -> None:
    """A statement no coder names a speaker of lists the speaker the attribution finds
    (issue 15): ``trail_clusters.speaker`` holds that guess with ``speaker_suggested`` 1;
    0 when a coder named it (or no guess was found); NULL until it is worked out, which
    the next update of the trail does for the clusters summarised before this."""
    _run_script(db,
        """
        ALTER TABLE trail_clusters ADD COLUMN speaker_suggested INTEGER;
        UPDATE trail_clusters SET speaker_suggested = 0 WHERE speaker != '';
        """
    )


@migrations(name="0019_articles_cited")
def articles_cited(db: Database) -> None:
    """A covering index of what an export cites of an article (``Articles.cited``; issue
    12): its columns are stored after the article's long text, so reading them for
    10,000 articles walked every text's overflow pages (~44 ms; ~20 ms from the index)."""
    db.execute("CREATE INDEX articles_cited ON articles(id, title, source, authors, url,"
               " published, published_partial, published_inferred)")


@migrations(name="0020_trail_words")
def trail_words(db: Database) -> None:
    """Each quotation's number of words in one blob per 65,536 trail items (uint16 LE per
    item, 0: not counted; issue 15): a catch-up needs the counts of tens of thousands of
    the items its new quotations share a shingle with (``pairs_worth_checking``), which
    read from ``trail_items`` cost a row lookup each; these are a few rows. Filled from
    ``trail_items.words``."""
    from array import array

    part_size = 1 << 16  # (``store.sqlite.trail.WORDS_PART``)
    db.execute("CREATE TABLE trail_words (part INTEGER PRIMARY KEY, counts BLOB NOT NULL)")
    parts: dict[int, array[int]] = {}
    for item_id, words in db.execute(
            "SELECT id, words FROM trail_items WHERE words IS NOT NULL ORDER BY id"):
        values = parts.get(item_id // part_size)
        if values is None:
            values = parts[item_id // part_size] = array("H", bytes(2 * part_size))
        values[item_id % part_size] = min(max(int(words), 0), 0xFFFF)
    for part, values in parts.items():
        if sys.byteorder == "big":
            values.byteswap()
        db.execute("INSERT INTO trail_words (part, counts) VALUES (?, ?)",
                   [part, values.tobytes()])


@migrations(name="0021_trail_queue_quote_articles")
def trail_queue_quote_articles(db: Database) -> None:
    """A quote deleted, or no longer a quote or moved to another article, queues its old
    article for the trail too (issue 15): a quote too short to be a statement of its own
    hides the quoted passage it lies in, and with only its id queued the catch-up no longer
    knew which article to search again, so the passage stayed hidden until a rebuild."""
    db.execute("DROP TRIGGER IF EXISTS trail_annotations_ad")
    db.execute("DROP TRIGGER IF EXISTS trail_annotations_au")
    _run_script(db,
        """
        CREATE TRIGGER trail_annotations_ad AFTER DELETE ON annotations
        WHEN old.kind = 'quote' BEGIN
            INSERT INTO trail_pending (kind, ref) VALUES ('annotation', old.id);
            INSERT INTO trail_pending (kind, ref) VALUES ('article', old.article_id);
        END;
        CREATE TRIGGER trail_annotations_au
        AFTER UPDATE OF kind, exact, article_id, start, "end", anchor, speaker_id
        ON annotations WHEN new.kind = 'quote' OR old.kind = 'quote' BEGIN
            INSERT INTO trail_pending (kind, ref) VALUES ('annotation', new.id);
            INSERT INTO trail_pending (kind, ref) SELECT 'article', old.article_id
                WHERE old.kind = 'quote'
                AND (new.kind != 'quote' OR new.article_id != old.article_id);
        END;
        """
    )


@migrations(name="0022_trail_item_signatures")
def trail_item_signatures(db: Database) -> None:
    """Each trail item's words as 16-bit hashes (``trail_items.sig``, two bytes a word,
    ``trail.text.signature``; issue 15): a catch-up tests the pairs its new quotations make
    with old ones on these before it reads any text (``trail_build.rough_signatures``:
    ~90 % of them are chance meetings of three words), where it read and folded ~14,000 old
    quotations' texts per thousand articles. NULL for the items stored before: the trail
    is built again once (``KEYS_VERSION`` 8), and a catch-up reads such an item's text."""
    db.execute("ALTER TABLE trail_items ADD COLUMN sig BLOB")


@migrations(name="0023_annotation_speaker_written")
def annotation_speaker_written(db: Database) -> None:
    """How the annotation's article writes its speaker's name when that differs from the
    library speaker it is attributed to (``annotations.speaker_written``; '' when the article
    writes the speaker's own name): the speaker is the person (``speaker_id``: grouping,
    filters, exports by speaker), this is what the outlet wrote ("Sergey Lavrov" in an
    article quoted as the library's "Sergei Lavrov"), shown where each outlet's own name
    matters (the quote trail). '' for the annotations stored before."""
    db.execute("ALTER TABLE annotations ADD COLUMN speaker_written TEXT NOT NULL DEFAULT ''")


@migrations(name="0024_trail_filter")
def trail_filter(db: Database) -> None:
    """A filter of the shingles in the trail's buckets (``trail_filter.bits``, a blocked
    Bloom filter: ``store.trail.filter_keeps``; issue 15): a catch-up reads the bucket of
    each of its new quotations' shingles (~70,000 B-tree descents per thousand articles,
    most of its postings read), and about half of generated articles' new shingles, and
    nearly all of real articles', are in no bucket. One row, made by a build, by the next
    update of a trail built before this, and written again (a new row) as a fold adds
    shingles. AUTOINCREMENT: a row's id is never used again, so a reader may cache it."""
    _run_script(db,
        """
        CREATE TABLE trail_filter (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            bits BLOB NOT NULL                   -- uint64 LE words (store.trail.filter_*)
        );
        """
    )



@migrations(name="0025_trail_found_speakers")
def trail_found_speakers(db: Database) -> None:
    """The speaker the attribution finds for a trail item not annotated yet, kept once
    worked out (R12-1, issue 15): opening a trail analysed the whole article of each such
    version every time (~5 ms a short article, ~47 ms a 5,000-word one). ``key`` is a
    digest of what the finding depends on (the quote engine's code and data, the library's
    aliases, the article's text, the span), so a row that no longer holds is worked out
    again, never shown; ``written``: the name as the article writes it when it spells the
    library's speaker otherwise (``quotes.written_name``). Filled as trails and the Quotes
    list are read, by who may write the trail."""
    _run_script(db,
        """
        CREATE TABLE trail_found_speakers (
            item INTEGER PRIMARY KEY,            -- trail_items.id
            key TEXT NOT NULL,
            speaker TEXT NOT NULL,               -- '': nobody found
            written TEXT NOT NULL
        );
        """
    )


@migrations(name="0026_articles_count_sorts")
def articles_count_sorts(db: Database) -> None:
    """Indexes for the library list's sorts by a count of annotations (``articles.quotes``,
    ``claims``, ``highlights``, each with the id that breaks ties, as ``ORDER BY a.quotes,
    a.id`` asks) and for its "with quotes" filters: at 100,000 articles the list's first
    page sorted by quotes sorted every row (~160 ms of the window's thread; 0.2 ms with the
    index), and each tag re-read that order."""
    _run_script(db,
        """
        CREATE INDEX articles_quotes ON articles(quotes, id);
        CREATE INDEX articles_claims ON articles(claims, id);
        CREATE INDEX articles_highlights ON articles(highlights, id);
        """
    )


@migrations(name="0027_trail_sigs")
def trail_sigs(db: Database) -> None:
    """The trail items' signatures (``trail_items.sig``) again, 1,024 items a row
    (``store.trail.SIGS_PART``; issue 15): a catch-up tests the pairs its new quotations make
    on the signatures of ~14,000 to ~31,000 old items per thousand articles, and read as
    ``trail_items`` rows that is a B-tree descent and a page each (46–125 ms at 100k
    articles, the largest part of a bulk import's catch-up); read as the few hundred rows
    of their parts it is a third of that. ``ends``: where each item's signature ends in
    ``data`` (uint32 LE, UTF-16 code units); ``data``: the part's signatures one after
    another (UTF-16 LE). Written with the items; a trail built before this gets its rows at
    its next update (``make_sigs``)."""
    _run_script(db,
        """
        CREATE TABLE trail_sigs (
            part INTEGER PRIMARY KEY,            -- item id >> 10
            ends BLOB NOT NULL,                  -- uint32 LE per item of the part
            data BLOB NOT NULL                   -- UTF-16 LE signatures, one after another
        );
        """
    )


#: The per-article counts kept for many annotations written at once (``counts_at_end``):
#: while ``annotation_counts_due`` holds its row 0, a row trigger adds each change to its
#: article's row there (a few bytes) instead of rewriting the article's row, text and all.
_COUNT_DUE = """
            INSERT INTO annotation_counts_due (article_id, quotes, claims, highlights)
            VALUES ({row}.article_id, {sign}({row}.kind = 'quote'), {sign}({row}.kind = 'claim'),
                    {sign}({row}.kind = 'highlight'))
            ON CONFLICT (article_id) DO UPDATE SET quotes = quotes + excluded.quotes,
                claims = claims + excluded.claims, highlights = highlights + excluded.highlights;
"""
_COUNTING_NOW = "NOT EXISTS (SELECT 1 FROM annotation_counts_due WHERE article_id = 0)"
_COUNTING_LATER = "EXISTS (SELECT 1 FROM annotation_counts_due WHERE article_id = 0)"


@migrations(name="0028_annotation_counts_at_end")
def annotation_counts_at_end(db: Database) -> None:
    """Per-article counts of many annotations written at once brought up to date once, at
    the end (``store.sqlite.annotations.counts_at_end``), not row by row. The count
    triggers of 0001 rewrote the article's whole row at each annotation: an undo of Accept
    All on a transcript of 3,000 quotations rewrote its 400 KB text 3,000 times (half the
    undo's CPU). While ``annotation_counts_due`` holds row 0 (written and removed inside
    one transaction by Kutip), the triggers add to the article's row there instead; any
    other writer (no row 0) counts as before."""
    _run_script(db,
        """
        CREATE TABLE annotation_counts_due (
            article_id INTEGER PRIMARY KEY,      -- 0: counting waits for the end; else an article
            quotes INTEGER NOT NULL DEFAULT 0,   -- counts still to add to that article's row
            claims INTEGER NOT NULL DEFAULT 0,
            highlights INTEGER NOT NULL DEFAULT 0
        );
        DROP TRIGGER annotations_count_ai;
        DROP TRIGGER annotations_count_ad;
        DROP TRIGGER annotations_count_au;
        """
        f"""
        CREATE TRIGGER annotations_count_ai AFTER INSERT ON annotations
        WHEN {_COUNTING_NOW} BEGIN
            UPDATE articles SET
                quotes = quotes + (new.kind = 'quote'),
                claims = claims + (new.kind = 'claim'),
                highlights = highlights + (new.kind = 'highlight')
            WHERE id = new.article_id;
        END;
        CREATE TRIGGER annotations_count_ad AFTER DELETE ON annotations
        WHEN {_COUNTING_NOW} BEGIN
            UPDATE articles SET
                quotes = quotes - (old.kind = 'quote'),
                claims = claims - (old.kind = 'claim'),
                highlights = highlights - (old.kind = 'highlight')
            WHERE id = old.article_id;
        END;
        CREATE TRIGGER annotations_count_au AFTER UPDATE OF kind, article_id ON annotations
        WHEN {_COUNTING_NOW} BEGIN
            UPDATE articles SET
                quotes = quotes - (old.kind = 'quote'),
                claims = claims - (old.kind = 'claim'),
                highlights = highlights - (old.kind = 'highlight')
            WHERE id = old.article_id;
            UPDATE articles SET
                quotes = quotes + (new.kind = 'quote'),
                claims = claims + (new.kind = 'claim'),
                highlights = highlights + (new.kind = 'highlight')
            WHERE id = new.article_id;
        END;
        CREATE TRIGGER annotations_due_ai AFTER INSERT ON annotations
        WHEN {_COUNTING_LATER} BEGIN{_COUNT_DUE.format(row="new", sign="")}END;
        CREATE TRIGGER annotations_due_ad AFTER DELETE ON annotations
        WHEN {_COUNTING_LATER} BEGIN{_COUNT_DUE.format(row="old", sign="-")}END;
        CREATE TRIGGER annotations_due_au AFTER UPDATE OF kind, article_id ON annotations
        WHEN {_COUNTING_LATER} BEGIN{_COUNT_DUE.format(row="old", sign="-")}{
            _COUNT_DUE.format(row="new", sign="")}END;
        """
    )


@migrations(name="0029_trail_unsplit")
def trail_unsplit(db: Database) -> None:
    """The clusters whose summary (``trail_clusters``) a catch-up wrote before the speakers
    that decide the statement the Quotes list shows were worked out (issue 15's upkeep):
    a cluster a short quotation may split by speaker (``QuoteTrail._split``, R16-18) needs
    the attribution of its passages no coder annotated, an analysis of each one's article
    (a third of a real import's catch-up). The catch-up summarises such a cluster with the
    speakers kept so far and notes it here; the next listing that may write works the
    rest out and summarises it again before it reads the list (``_settle_statements``)."""
    _run_script(db,
        """
        CREATE TABLE trail_unsplit (
            cluster INTEGER PRIMARY KEY          -- trail_items.cluster (a label)
        );
        """
    )



@migrations(name="0030_article_tombstones")
def article_tombstones(db: Database) -> None:
    """A deleted article's tombstone (review R20-5): its UUID, its text's content hash and
    title (no longer kept since 0031) and when, so that a merge carries the deletion to the
    other library, and an older file (a team pull) no longer brings the article back.
    The versions its parts had when it was deleted stay in ``merge_versions`` under its
    UUID; its annotations leave their own tombstones."""
    _run_script(db,
        """
        CREATE TABLE article_tombstones (
            article_uuid TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            deleted_at TEXT NOT NULL
        ) WITHOUT ROWID;
        """
    )


@migrations(name="0031_article_tombstones_keep_no_title")
def article_tombstones_keep_no_title(db: Database) -> None:
    """A deleted article's tombstone keeps no title (review R21-8): it stayed in the
    library and every later whole-library file carried it to whoever got one, the titles
    of everything deleted, for good. A merge needs the UUID, the text's hash and when; the
    titles kept so far are taken out (written over: zeroed where SQLite deletes securely)."""
    db.execute("UPDATE article_tombstones SET title = '' WHERE title != ''")



@migrations(name="0032_search_purge_owed")
def search_purge_owed(db: Database) -> None:
    """The full-text indexes owe a purge (review R21-8): a deleted row's or an edited-away
    text's words stay in an FTS5 index (in its segments and in the delete markers that
    hide them) until a merge that takes in its oldest segment drops them; SQLite before
    3.42 has no FTS5 ``secure-delete``. A delete, or a change of an indexed column, notes
    the index here (a row each, once); ``SqliteSearch.purge_step`` merges it in bounded
    steps until it is one segment, then takes the note away. A library with rows in it now
    may hold such words from before: both are noted."""
    _run_script(db,
        """
        CREATE TABLE search_purge_owed (
            fts TEXT PRIMARY KEY
        ) WITHOUT ROWID;
        INSERT INTO search_purge_owed (fts)
            SELECT 'articles_fts' WHERE EXISTS (SELECT 1 FROM articles_fts_data WHERE id > 10);
        INSERT INTO search_purge_owed (fts)
            SELECT 'annotations_fts'
            WHERE EXISTS (SELECT 1 FROM annotations_fts_data WHERE id > 10);
        CREATE TRIGGER articles_purge_ad AFTER DELETE ON articles BEGIN
            INSERT OR IGNORE INTO search_purge_owed (fts) VALUES ('articles_fts');
        END;
        CREATE TRIGGER articles_purge_au AFTER UPDATE OF title, text ON articles
            WHEN old.title IS NOT new.title OR old.text IS NOT new.text BEGIN
            INSERT OR IGNORE INTO search_purge_owed (fts) VALUES ('articles_fts');
        END;
        CREATE TRIGGER annotations_purge_ad AFTER DELETE ON annotations BEGIN
            INSERT OR IGNORE INTO search_purge_owed (fts) VALUES ('annotations_fts');
        END;
        CREATE TRIGGER annotations_purge_au AFTER UPDATE OF exact, note ON annotations
            WHEN old.exact IS NOT new.exact OR old.note IS NOT new.note BEGIN
            INSERT OR IGNORE INTO search_purge_owed (fts) VALUES ('annotations_fts');
        END;
        """
    )


SCHEMA_VERSION = migrations.version


def applied_version(db: Database) -> int:
    """How many of our migrations this database has had."""
    return migrations.applied_count(db.conn)
