"""The quote trail's tables in SQLite (``TrailStore``): what SQLite does its own way (a
rebuild written beside the live trail and swapped in; new rows found by id above the
marks; each quotation's number of words kept in ``trail_items`` too); the rest, with the
postings of new quotations appended to ``trail_postings_new`` and folded into the
buckets later, is ``store.portable.trail``. The tables (migrations 0008, 0010, 0017,
0020) are described in ``reader.core.store.trail``.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from ..portable.trail import DATE, PortableTrail
from ..trail import DELTA, FILTER, SIGS
from .common import SqliteSql

if TYPE_CHECKING:
    from sqlite_utils import Database

PAGE = 5_000  # rows read at a time by the whole-library reads (no statement stays open)
BUCKETS_AT_ONCE = 100_000  # buckets' entries joined in one blob (≈ 8 MB at 100k articles)
BUILT = ("trail_items", "trail_postings", "trail_links", "trail_clusters", "trail_words",
         SIGS)
NEXT = "_next"  # a rebuild's tables until they are swapped in
OLD = "_old"  # the replaced tables until ``end_build`` drops them
#: indexes a rebuild makes on its tables: (name, table, columns); a rebuild names them
#: ``name`` or ``name_b`` (whichever the live tables do not use: names are per schema)
#: (the Quotes list's orders: as migration 0016 made them, ``PortableTrail.cluster_order``)
INDEXES = (("trail_links_b", "trail_links", "b"),
           ("trail_clusters_by_outlets", "trail_clusters", "outlets, first_date, id"),
           ("trail_clusters_by_outlets_desc", "trail_clusters", "outlets DESC, first_date, id"),
           ("trail_clusters_by_size", "trail_clusters", "size, outlets DESC, first_date, id"),
           ("trail_clusters_by_size_desc", "trail_clusters",
            "size DESC, outlets DESC, first_date, id"),
           ("trail_clusters_by_date", "trail_clusters",
            "(first_date = ''), first_date, outlets DESC, id"),
           ("trail_clusters_by_date_desc", "trail_clusters",
            "(first_date = ''), first_date DESC, outlets DESC, id"),
           ("trail_clusters_by_speaker", "trail_clusters",
            "(speaker = ''), speaker COLLATE NOCASE, outlets DESC, first_date, id"),
           ("trail_clusters_by_speaker_desc", "trail_clusters",
            "(speaker = ''), speaker COLLATE NOCASE DESC, outlets DESC, first_date, id"))
ITEM_INDEXES = (("trail_items_article", "trail_items", "article_id"),
                ("trail_items_cluster", "trail_items", "cluster"))


class SqliteTrail(PortableTrail):
    """The trail's SQL over the library's connection; the caller holds the transaction.
    Changes are queued in ``trail_pending`` by triggers (migration 0010)."""

    builds_aside = True

    def __init__(self, db: Database):
        super().__init__(SqliteSql(db))
        self.conn: sqlite3.Connection = db.conn
        self._building = False
        self._noted: tuple[dict[str, int], list[tuple[int, str, int]]] | None = None
        self._built_filter: Any = None  # the filter of a build's buckets, until they are in

    def _t(self, table: str) -> str:
        """The table a rebuild writes (its own while one is under way)."""
        return table + NEXT if self._building else table

    # ------------------------------------------------------------------ state and queue
    def may_update(self) -> bool:
        return True

    def pending(self, limit: int | None = None) -> list[tuple[int, str, int]]:
        """(seq, kind, ref) of queued changes, oldest first."""
        sql = "SELECT seq, kind, ref FROM trail_pending ORDER BY seq"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return self.conn.execute(sql).fetchall()

    def pending_count(self) -> int:
        """Queued changes plus quotes and articles added since the marks."""
        marks = self.marks()
        return int(self.conn.execute(
            "SELECT (SELECT count(*) FROM trail_pending)"
            " + (SELECT count(*) FROM annotations WHERE id > ? AND kind = 'quote')"
            " + (SELECT count(*) FROM articles WHERE id > ?)",
            [marks["annotations"], marks["articles"]]).fetchone()[0])

    def articles_behind(self) -> int:
        return int(self.conn.execute(
            "SELECT count(*) FROM (SELECT id FROM articles WHERE id > ? UNION SELECT ref"
            " FROM trail_pending WHERE kind = 'article' AND ref IN (SELECT id FROM articles))",
            [self.marks()["articles"]]).fetchone()[0])

    def new_since_marks(self) -> tuple[list[int], list[int]]:
        """(quote annotation ids, article ids) added since the marks."""
        marks = self.marks()
        annotations = [r[0] for r in self.conn.execute(
            "SELECT id FROM annotations WHERE id > ? AND kind = 'quote'",
            [marks["annotations"]])]
        articles = [r[0] for r in self.conn.execute(
            "SELECT id FROM articles WHERE id > ?", [marks["articles"]])]
        return annotations, articles

    def advance_marks(self, upto: dict[str, int] | None = None) -> None:
        """Everything stored now (or up to ``upto``) is in the trail."""
        for what in ("annotations", "articles"):
            latest = (f"(SELECT coalesce(max(id), 0) FROM {what})" if upto is None
                      else str(int(upto[what])))
            self.conn.execute(
                "INSERT OR REPLACE INTO trail_marks (what, last_id) SELECT ?, max("
                f"{latest}, coalesce((SELECT last_id FROM trail_marks WHERE what = ?), 0))",
                [what, what])

    def forget_all_pending(self) -> None:
        self.conn.execute("DELETE FROM trail_pending")

    def forget_pending(self, seqs: Iterable[int]) -> None:
        self.conn.executemany("DELETE FROM trail_pending WHERE seq = ?", [(s,) for s in seqs])


    # ------------------------------------------------------------------ sources
    def all_quote_annotations(self) -> Iterator[tuple[Any, ...]]:
        """(id, article_id, exact, start, end) of every placed quote, by article; read a
        page at a time, so the caller may write between rows."""
        after = (-1, -1)
        while True:
            rows = self.conn.execute(
                'SELECT id, article_id, exact, start, "end" FROM annotations'
                " WHERE kind = 'quote' AND anchor != 'orphan' AND start IS NOT NULL"
                " AND (article_id, id) > (?, ?) ORDER BY article_id, id LIMIT ?",
                [after[0], after[1], PAGE]).fetchall()
            yield from rows
            if len(rows) < PAGE:
                return
            after = (rows[-1][1], rows[-1][0])

    def all_article_texts(self) -> Iterator[tuple[int, str]]:
        """(id, text) of every article, by id, a page at a time (as ``all_quote_annotations``)."""
        after = -1
        while True:
            rows = self.conn.execute("SELECT id, text FROM articles WHERE id > ? ORDER BY id"
                                     " LIMIT ?", [after, PAGE // 5]).fetchall()
            yield from rows
            if len(rows) < PAGE // 5:
                return
            after = rows[-1][0]

    # ------------------------------------------------------------------ items
    def add_item(self, annotation_id: int | None, article_id: int, start: int, end: int,
                 exact: str) -> int:
        cursor = self.conn.execute(
            'INSERT INTO trail_items (annotation_id, article_id, start, "end", exact, cluster)'
            " VALUES (?, ?, ?, ?, ?, 0)", [annotation_id, article_id, start, end, exact])
        item_id = int(cursor.lastrowid or 0)
        self.conn.execute("UPDATE trail_items SET cluster = ? WHERE id = ?", [item_id, item_id])
        return item_id

    def add_items(self, rows: Sequence[tuple[int | None, int, int, int, str]],
                  words: Sequence[int] | None = None,
                  signatures: Sequence[bytes] | None = None) -> list[int]:
        """New items, each a cluster of its own, in one ``executemany``: their ids are the
        next ones AUTOINCREMENT would hand out (the caller holds the write transaction).
        ``words``: each one's number of words (kept for ``item_words``); ``signatures``:
        each one's ``text.signature`` (for ``item_signatures``)."""
        if not rows:
            return []
        first = int(self.conn.execute(
            "SELECT max(coalesce((SELECT max(id) FROM trail_items), 0), coalesce((SELECT seq"
            " FROM sqlite_sequence WHERE name = 'trail_items'), 0)) + 1").fetchone()[0])
        ids = list(range(first, first + len(rows)))
        counts = list(words) if words is not None else [None] * len(rows)
        sigs = list(signatures) if signatures is not None else [None] * len(rows)
        self.conn.executemany(
            'INSERT INTO trail_items (id, annotation_id, article_id, start, "end", exact,'
            " cluster, words, sig) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(item_id, *row, item_id, count, sig)
             for item_id, row, count, sig in zip(ids, rows, counts, sigs, strict=True)])
        if words is not None:
            self._write_words(zip(ids, counts, strict=True))
        self._write_sigs(zip(ids, sigs, strict=True))
        return ids

    def set_item_words(self, rows: Iterable[tuple[int, int]]) -> None:
        """Rows of (item id, its number of words): counted for an item stored without (kept
        in ``trail_items.words`` too)."""
        rows = list(rows)
        self.conn.executemany("UPDATE trail_items SET words = ? WHERE id = ?",
                              [(words, item_id) for item_id, words in rows])
        self._write_words(rows)

    def _put_buckets(self, rows: list[tuple[int, bytes]], gone: Sequence[int]) -> None:
        self.conn.executemany(
            "INSERT OR REPLACE INTO trail_postings (bucket, entries) VALUES (?, ?)", rows)
        self.conn.executemany("DELETE FROM trail_postings WHERE bucket = ?",
                              [(number,) for number in gone])

    @contextlib.contextmanager
    def _read_together(self) -> Iterator[None]:
        """(Outside a transaction: a deferred one, which reads one snapshot of the file
        (WAL) and holds no lock that keeps a writer waiting.)"""
        if self.conn.in_transaction:
            yield
            return
        self.conn.execute("BEGIN DEFERRED")
        try:
            yield
        finally:
            if self.conn.in_transaction:
                self.conn.execute("COMMIT")  # (nothing written: it only ends the read)

    def _entries_of_buckets(self, numbers: list[int]) -> Any:
        """(One blob of them all, ``BUCKETS_AT_ONCE`` buckets at a time: SQLite's
        ``group_concat`` joins blobs byte for byte, and handing Python a row per bucket
        cost a catch-up's ~40,000-row read a third of its CPU.)"""
        from ..portable.trail import entries_array, sorted_unique

        blobs = []
        for lo in range(0, len(numbers), BUCKETS_AT_ONCE):
            condition, params = self.sql.any_of("bucket", numbers[lo:lo + BUCKETS_AT_ONCE])
            blob = self.conn.execute(
                "SELECT CAST(group_concat(entries, '') AS BLOB) FROM (SELECT entries FROM"
                f" trail_postings WHERE {condition} ORDER BY bucket)", params).fetchone()[0]
            if blob:
                blobs.append(blob)
        values = entries_array(blobs)
        # (the subquery's order is the one SQLite joins them in; not promised before
        # SQLite 3.44's ORDER BY inside an aggregate: put right if ever not so)
        if len(values) > 1 and bool((values[1:] < values[:-1]).any()):
            values = sorted_unique(values)
        return values

    def add_links(self, pairs: Iterable[tuple[int, int]]) -> None:
        self.conn.executemany(f"INSERT OR IGNORE INTO {self._t('trail_links')} (a, b)"
                              " VALUES (?, ?)",
                              [(min(a, b), max(a, b)) for a, b in pairs])

    # ------------------------------------------------------------------ summaries
    # ------------------------------------------------------------------ rebuild
    def begin_build(self) -> None:
        """Note the ids and queued changes the build will have taken in, and make empty
        ``trail_…_next`` tables beside the live ones (left over from a build that died:
        made again; and the ``trail_…_old`` ones of a build that died between its swap and
        their drop, dropped first: their indexes hold the names the new ones' take)."""
        conn = self.conn
        latest = {what: int(conn.execute(f"SELECT coalesce(max(id), 0) FROM {what}"
                                         ).fetchone()[0])
                  for what in ("annotations", "articles")}
        self._noted = (latest, self.pending())
        self._drop_tables(OLD)
        self._drop_tables(NEXT)
        for table in BUILT:
            sql = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table'"
                               " AND name = ?", [table]).fetchone()[0]
            conn.execute(sql.replace(table, table + NEXT, 1))
        for name, table, column in INDEXES:
            conn.execute(f"CREATE INDEX {self._free_index(name)} ON {table}{NEXT}({column})")
        self._building = True

    def _free_index(self, name: str) -> str:
        taken = self.conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [name]
                                  ).fetchone()
        return f"{name}_b" if taken else name

    def _drop_tables(self, suffix: str) -> None:
        """(Without writing their pages again. SQLite built with SECURE_DELETE, as Debian and
        Ubuntu build it, overwrote every page of a dropped table with zeros, through the
        journal and then into the file: the replaced trail of a 100k-article library,
        ≈ 310 MB, made a second rebuild write 492 MB more and wait on the disk (issue 15).
        The tables hold what the library's articles give; the quotations of articles no
        longer in it (deleted since the trail last caught up) are deleted first, as any
        delete is (zeroed there), and those of changed ones were before the swap
        (``_forget_stale_items``); then the pages are freed as they are ("fast": a page
        kept is still cleared), and later writes reuse them.)"""
        conn = self.conn
        secure = conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
        if secure:
            if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                            [f"trail_items{suffix}"]).fetchone():
                conn.execute(f"DELETE FROM trail_items{suffix} AS i WHERE NOT EXISTS"
                             " (SELECT 1 FROM articles a WHERE a.id = i.article_id)")
            conn.execute("PRAGMA secure_delete = FAST")
        try:
            for table in BUILT:
                conn.execute(f"DROP TABLE IF EXISTS {table}{suffix}")
        finally:
            if secure:
                conn.execute("PRAGMA secure_delete = 1")

    def _forget_stale_items(self) -> None:
        """Before the swap, delete (as any delete is: zeroed where SQLite is built with
        SECURE_DELETE) the live quotations that no longer stand for the library: those of
        articles and quotes changed or deleted since the trail last caught up (Edit Article
        Text's removed words; every change is queued in ``trail_pending``). The fast drop
        of the replaced tables frees their pages unzeroed, so only what the library still
        holds may be left in them. (Done here, in the swap's transaction, so the replaced
        tables of a build killed before their drop hold nothing else either.)"""
        if self.conn.execute("PRAGMA secure_delete").fetchone()[0] == 0:
            return  # (nothing deleted is zeroed: no need)
        self.conn.execute(
            "DELETE FROM trail_items WHERE article_id IN (SELECT ref FROM trail_pending"
            " WHERE kind = 'article') OR annotation_id IN (SELECT ref FROM trail_pending"
            " WHERE kind = 'annotation')")

    def finish_build(self) -> None:
        """Rename the live tables away and the build's into their place (the indexes go
        with their tables); set the marks and forget the changes noted at the start."""
        if self._noted is None:
            raise RuntimeError("finish_build without begin_build")
        conn = self.conn
        self._drop_tables(OLD)
        self._forget_stale_items()
        for table in BUILT:
            conn.execute(f"ALTER TABLE {table} RENAME TO {table}{OLD}")
            conn.execute(f"ALTER TABLE {table}{NEXT} RENAME TO {table}")
        self._building = False
        latest, queued = self._noted
        conn.executemany("INSERT OR REPLACE INTO trail_marks (what, last_id) VALUES (?, ?)",
                         list(latest.items()))
        conn.executemany("DELETE FROM trail_pending WHERE seq = ? AND kind = ? AND ref = ?",
                         queued)
        # the delta's postings name the replaced tables' items (what changed meanwhile is
        # taken in again: the marks are back at the start of the build)
        conn.execute(f"DELETE FROM {DELTA}")
        # the old buckets' filter goes with them; the build's comes in (none: no filter)
        conn.execute(f"DELETE FROM {FILTER}")
        conn.execute("DELETE FROM trail_found_speakers")  # (the build's items are new)
        conn.execute("DELETE FROM trail_unsplit")  # (the build summarises its clusters)
        if self._built_filter is not None:
            self._write_filter(self._built_filter)
            self._built_filter = None

    def end_build(self, keep_unfinished: bool = False) -> None:
        self._building = False
        self._noted = None
        self._built_filter = None
        self._drop_tables(OLD)
        if not keep_unfinished:
            self._drop_tables(NEXT)

    def clear(self) -> None:
        for table in ("trail_links", "trail_postings", DELTA, "trail_clusters", "trail_items",
                      "trail_words", SIGS, FILTER, "trail_found_speakers", "trail_unsplit"):
            self.conn.execute(f"DELETE FROM {table}")

    def drop_item_indexes(self) -> None:
        """Before a rebuild's bulk insert (building an index once is quicker than keeping it)."""
        for name, _, _ in ITEM_INDEXES:
            self.conn.execute(f"DROP INDEX IF EXISTS {name}")
            self.conn.execute(f"DROP INDEX IF EXISTS {name}_b")

    def create_item_indexes(self) -> None:
        table = self._t("trail_items")
        have = {r[0] for r in self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?", [table])}
        for name, _, column in ITEM_INDEXES:
            if name in have or f"{name}_b" in have:
                continue
            chosen = self._free_index(name) if self._building else name
            self.conn.execute(f"CREATE INDEX {chosen} ON {table}({column})")

    def insert_items(self, rows: Iterable[tuple[Any, ...]]) -> None:
        """Rows of (id, annotation_id, article_id, start, end, exact, cluster[, words[,
        signature]])."""
        rows = [(*row, *(None,) * (9 - len(row))) for row in rows]
        self.conn.executemany(
            f'INSERT INTO {self._t("trail_items")} (id, annotation_id, article_id, start,'
            ' "end", exact, cluster, words, sig) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)', rows)
        self._write_words((row[0], row[7]) for row in rows)
        self._write_sigs((row[0], row[8]) for row in rows)

    def insert_postings(self, rows: Iterable[tuple[int, bytes]]) -> None:
        """Rows of (bucket, entries blob) for an empty index."""
        self.conn.executemany(
            f"INSERT INTO {self._t('trail_postings')} (bucket, entries) VALUES (?, ?)", rows)

    def insert_filter(self, postings: Any) -> None:
        """(Building aside: kept until the build's buckets are swapped in.)"""
        if not self._building:
            super().insert_filter(postings)
            return
        from ..trail import filter_of

        self._built_filter = filter_of(postings)

    def set_clusters(self, rows: Iterable[tuple[int, int]]) -> None:
        """Rows of (cluster, item id)."""
        self.conn.executemany(f"UPDATE {self._t('trail_items')} SET cluster = ? WHERE id = ?",
                              rows)

    def insert_summaries(self, rows: Iterable[tuple[Any, ...]]) -> None:
        """(A summary there already is updated in place: ``INSERT OR REPLACE`` deleted and
        inserted it, each of the Quotes list's indexes twice.)"""
        self.conn.executemany(
            f"INSERT INTO {self._t('trail_clusters')} (id, size, outlets, first_date,"
            " speaker, fullest, speaker_suggested) VALUES (?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET size = excluded.size,"
            " outlets = excluded.outlets, first_date = excluded.first_date,"
            " speaker = excluded.speaker, fullest = excluded.fullest,"
            " speaker_suggested = excluded.speaker_suggested", rows)

    keeps_unsplit = True

    def note_unsplit(self, clusters: Sequence[int]) -> None:
        self.conn.executemany("INSERT OR IGNORE INTO trail_unsplit (cluster) VALUES (?)",
                              [(int(c),) for c in clusters])

    def forget_unsplit(self, clusters: Sequence[int]) -> None:
        if clusters and self.conn.execute("SELECT 1 FROM trail_unsplit LIMIT 1").fetchone():
            self.conn.executemany("DELETE FROM trail_unsplit WHERE cluster = ?",
                                  [(int(c),) for c in clusters])

    def unsplit_clusters(self, among: Sequence[int] | None = None) -> list[int]:
        if among is None:
            return [r[0] for r in self.conn.execute(
                "SELECT cluster FROM trail_unsplit ORDER BY cluster")]
        if not among:
            return []
        condition, params = self.sql.any_of("cluster", sorted({int(c) for c in among}))
        return [r[0] for r in self.conn.execute(
            f"SELECT cluster FROM trail_unsplit WHERE {condition} ORDER BY cluster", params)]

    def summary_inputs(self) -> Iterable[tuple[Any, ...]]:
        """(cluster, item, annotation, article, start, end, exact, source, published,
        speaker, url) of every item in a cluster of two or more, by cluster."""
        items = self._t("trail_items")
        return self.conn.execute(
            f'SELECT i.cluster, i.id, i.annotation_id, i.article_id, i.start, i."end", i.exact,'
            f" a.source, {DATE},"
            " coalesce(s.name, ''), a.url"
            f" FROM {items} i JOIN articles a ON a.id = i.article_id"
            " LEFT JOIN annotations n ON n.id = i.annotation_id"
            " LEFT JOIN speakers s ON s.id = n.speaker_id"
            f" WHERE i.cluster IN (SELECT cluster FROM {items} GROUP BY cluster"
            " HAVING count(*) > 1) ORDER BY i.cluster")

    # ------------------------------------------------------------------ listing
