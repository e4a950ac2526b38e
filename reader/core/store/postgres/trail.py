"""The quote trail's tables in a team library (``TrailStore``): the same index as in a
library file (``reader.core.store.trail``), in PostgreSQL's terms (migration 0010).

What a shared index on a server adds:

- **One member at a time works the queue off.** Every Kutip reading the trail brings it up
  to date first; two doing it at once would add the same quotation twice. Inside a
  transaction, ``pending`` and ``pending_count`` take the trail's lock (an advisory lock
  held to the end of the transaction): a refresh that finds another member's Kutip already
  at work leaves the queue to it (their work shows when they commit, with its notice), a
  rebuild waits for it.
- **Nothing is missed.** New rows are queued as edits are (migration 0010 says why), and a
  rebuild forgets only the changes committed before it began reading (``xact``).
- **Who may write it.** A coder or above; a reader's Kutip reads the trail as the last
  update left it (``may_update``).
- **Big reads stream** through a server-side cursor (a rebuild reads every quote and
  article text); bulk writes go by COPY (binary) or one statement over arrays.
- **A rebuild is written aside** (migration 0015): into ``trail_…_next`` tables made in its
  own transaction, without indexes, then indexed once and swapped in by functions that run
  with the tables' owner's rights (a member's Kutip may not make or drop tables).
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from ..portable.trail import DATE, ITEM, PLACED_QUOTES, PortableTrail
from ..trail import (
    bucket_of,
    entries_blob,
    entries_of,
    entry,
)
from .common import PgSql
from .connection import PgDatabase, pg_sql

#: the advisory lock of the trail's upkeep (``pg_advisory_xact_lock``)
LOCK_KEY = 0x6B7574747261  # "kuttra"
BATCH = 20_000  # rows per statement over arrays
FETCH = 5_000  # rows per round trip of a streamed read (article texts: a tenth, ~2 MB)

NEXT = "_next"  # a rebuild's tables until they are swapped in (migration 0015)

#: COPY's binary format (a row: its number of fields, then each field's length and bytes
#: in network order; a length of -1 is NULL): the start and end of the data
_SIGNATURE = b"PGCOPY\n\xff\r\n\0" + bytes(8)
_TRAILER = b"\xff\xff"
#: a trail item up to its text: (id, annotation or NULL, article, start, end, text's length)
_ANNOTATED = struct.Struct(">hiqiqiqiiiii")
_SPANNED = struct.Struct(">hiqiiqiiiii")
_CLUSTER = struct.Struct(">iq")
_POSTING = struct.Struct(">hiqi")  # (2 fields, bucket, entries' length)


def _ids(values: Iterable[int]) -> list[int]:
    return [int(v) for v in values]


def _parts(rows: Iterable[Sequence[Any]], size: int = BATCH) -> Iterator[list[Sequence[Any]]]:
    part: list[Sequence[Any]] = []
    for row in rows:
        part.append(row)
        if len(part) >= size:
            yield part
            part = []
    if part:
        yield part


class PgTrail(PortableTrail):
    """The trail's SQL over the team library's connection; the caller holds the
    transaction."""

    def __init__(self, db: PgDatabase):
        super().__init__(PgSql(db))
        self.db = db
        self._may_update: bool | None = None
        self._snapshot = ""  # the snapshot a rebuild began reading in (forget_all_pending)
        self._streams = 0  # server-side cursors opened (each its own name)
        self._building = False  # a rebuild writes its own tables (``begin_build``)

    def text(self, column: str) -> str:
        return f"{column}::text"

    def bytewise(self, column: str) -> str:
        return f'{column} COLLATE "C"'

    def may_update(self) -> bool:
        """Whether this login may write the trail (a coder or above; not a reader)."""
        if self._may_update is None:
            self._may_update = bool(self.db.value(
                "SELECT has_table_privilege('trail_items', 'INSERT')"))
        return self._may_update

    def _lock(self, wait: bool) -> bool:
        """Take the trail's lock for this transaction (none outside one); False when
        ``wait`` is False and another connection holds it."""
        if not self.db.in_transaction:
            return True
        if wait:
            self._snapshot = str(self.db.value(
                "SELECT pg_current_snapshot()::text FROM (SELECT pg_advisory_xact_lock(?))"
                " AS locked", [LOCK_KEY]))
            return True
        return bool(self.db.value("SELECT pg_try_advisory_xact_lock(?)", [LOCK_KEY]))

    def _stream(self, query: str, params: Sequence[Any] = (), size: int = FETCH
                ) -> Iterator[tuple[Any, ...]]:
        """The rows of a big read, ``size`` at a time (a server-side cursor inside a
        transaction; outside one, read at once)."""
        if not self.db.in_transaction:
            yield from self.db.execute(query, params).fetchall()
            return
        self._streams += 1
        with self.db.pg.cursor(name=f"kutip_trail_{self._streams}") as cursor:
            cursor.itersize = size
            cursor.execute(pg_sql(query), list(params))
            yield from cursor

    # ------------------------------------------------------------------ state and queue
    def pending(self, limit: int | None = None) -> list[tuple[int, str, int]]:
        """(seq, kind, ref) of queued changes, oldest first. Inside a transaction, none
        while another connection is working the queue off (it takes them in)."""
        if not self._lock(wait=False):
            return []
        sql = "SELECT seq, kind, ref FROM trail_pending ORDER BY seq"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [(int(s), str(k), int(r)) for s, k, r in self.db.execute(sql)]

    def pending_count(self) -> int:
        """Queued changes (new rows are queued too). Inside a transaction it waits for any
        other connection working the queue off (a rebuild begins here)."""
        self._lock(wait=True)
        return int(self.db.value("SELECT count(*) FROM trail_pending"))

    def new_since_marks(self) -> tuple[list[int], list[int]]:
        """None: every new row is queued (``pending``)."""
        return [], []

    def advance_marks(self, upto: dict[str, int] | None = None) -> None:
        """(``upto`` is not needed: every new row is queued here, the marks only record.)"""
        if not self._lock(wait=False):  # another connection is catching up: theirs to do
            return
        self.db.execute(
            "INSERT INTO trail_marks (what, last_id)"
            " SELECT 'annotations', coalesce(max(id), 0) FROM annotations"
            " UNION ALL SELECT 'articles', coalesce(max(id), 0) FROM articles"
            " ON CONFLICT (what) DO UPDATE SET last_id = EXCLUDED.last_id"
            " WHERE trail_marks.last_id <> EXCLUDED.last_id")

    def forget_all_pending(self) -> None:
        """Forget the queued changes a rebuild took in: those committed before it began
        (``pending_count`` in its transaction), not those committed while it ran."""
        if self._snapshot:
            self.db.execute("DELETE FROM trail_pending"
                            " WHERE pg_visible_in_snapshot(xact, ?::pg_snapshot)",
                            [self._snapshot])
            self._snapshot = ""
        else:
            self.db.execute("DELETE FROM trail_pending")

    def forget_pending(self, seqs: Iterable[int]) -> None:
        self.db.execute("DELETE FROM trail_pending WHERE seq = ANY(?)", [_ids(seqs)])

    # ------------------------------------------------------------------ sources
    def all_quote_annotations(self) -> Iterable[tuple[Any, ...]]:
        """(id, article_id, exact, start, end) of every placed quote, by article."""
        return self._stream(f'SELECT id, article_id, exact, start, "end" FROM annotations'
                            f" WHERE {PLACED_QUOTES} ORDER BY article_id, id")

    def all_article_texts(self) -> Iterable[tuple[int, str]]:
        """(id, text) of every article, by id, read as iterated."""
        return self._stream("SELECT id, text FROM articles ORDER BY id", size=FETCH // 10)

    # ------------------------------------------------------------------ items
    def add_item(self, annotation_id: int | None, article_id: int, start: int, end: int,
                 exact: str) -> int:
        return int(self.db.value(
            "WITH made AS (SELECT nextval(pg_get_serial_sequence('trail_items', 'id')) AS id)"
            ' INSERT INTO trail_items (id, annotation_id, article_id, start, "end", exact,'
            " cluster) SELECT id, ?, ?, ?, ?, ?, id FROM made RETURNING id",
            [annotation_id, article_id, start, end, exact]))

    def add_items(self, rows: Sequence[tuple[int | None, int, int, int, str]],
                  words: Sequence[int] | None = None) -> list[int]:
        """New items, each a cluster of its own: their ids drawn from the sequence in one
        statement, the rows written by one statement over arrays per ``BATCH``
        (``words``: not kept here, as in ``PortableTrail``)."""
        if not rows:
            return []
        ids = sorted(int(r[0]) for r in self.db.execute(
            "SELECT nextval(pg_get_serial_sequence('trail_items', 'id'))"
            " FROM generate_series(1, ?)", [len(rows)]))
        for first in range(0, len(rows), BATCH):
            part = list(zip(ids[first:first + BATCH], rows[first:first + BATCH], strict=True))
            self.db.execute(
                'INSERT INTO trail_items (id, annotation_id, article_id, start, "end", exact,'
                " cluster) SELECT * FROM unnest(?::bigint[], ?::bigint[], ?::bigint[],"
                " ?::integer[], ?::integer[], ?::text[], ?::bigint[])",
                [[i for i, _ in part], [r[0] for _, r in part], [r[1] for _, r in part],
                 [r[2] for _, r in part], [r[3] for _, r in part], [r[4] for _, r in part],
                 [i for i, _ in part]])
        return ids

    def remove_item(self, item_id: int, shingles: Iterable[int]) -> list[int]:
        """Delete an item, its postings and links; returns the items it was linked to."""
        neighbours = [int(r[0]) for r in self.db.execute(
            "DELETE FROM trail_links WHERE a = ? OR b = ?"
            " RETURNING CASE WHEN a = ? THEN b ELSE a END", [item_id, item_id, item_id])]
        self._change_postings(item_id, shingles, add=False)
        self.db.execute("DELETE FROM trail_items WHERE id = ?", [item_id])
        return sorted(set(neighbours))

    def _write_buckets(self, values: dict[int, Iterable[int]]) -> None:
        """Each bucket's entries replaced (an empty one removed)."""
        kept = {b: entries_blob(v) for b, v in values.items()}
        gone = [b for b, blob in kept.items() if not blob]
        for part in _parts([(b, blob) for b, blob in kept.items() if blob]):
            self.db.execute(
                "INSERT INTO trail_postings (bucket, entries)"
                " SELECT * FROM unnest(?::bigint[], ?::bytea[])"
                " ON CONFLICT (bucket) DO UPDATE SET entries = EXCLUDED.entries",
                [[b for b, _ in part], [blob for _, blob in part]])
        if gone:
            self.db.execute("DELETE FROM trail_postings WHERE bucket = ANY(?)", [gone])

    def _change_postings(self, item_id: int, shingles: Iterable[int], add: bool) -> None:
        by_bucket: dict[int, set[int]] = {}
        for shingle in shingles:
            by_bucket.setdefault(bucket_of(shingle), set()).add(entry(shingle, item_id))
        current = self._buckets(by_bucket)
        self._write_buckets({
            bucket: sorted(set(entries_of(current.get(bucket))) | wanted if add
                           else set(entries_of(current.get(bucket))) - wanted)
            for bucket, wanted in by_bucket.items() if add or bucket in current})

    def add_postings_many(self, entries: Iterable[tuple[int, int]]) -> None:
        """Add many (shingle, item) postings, each bucket read and written once (merged at
        once: this store keeps no delta to fold later)."""
        by_bucket: dict[int, set[int]] = {}
        for shingle, item in entries:
            by_bucket.setdefault(bucket_of(shingle), set()).add(entry(shingle, item))
        current = self._buckets(by_bucket)
        self._write_buckets({bucket: sorted(set(entries_of(current.get(bucket))) | wanted)
                             for bucket, wanted in by_bucket.items()})

    # ------------------------------------------------------------------ summaries
    # ------------------------------------------------------------------ rebuild
    #: a rebuild runs in one transaction (the trail's lock is held to its end): it writes
    #: ``trail_…_next`` tables beside the live ones, which only it sees, and swaps them in
    #: just before it commits; the other members read the old trail until then (and write
    #: meanwhile: their changes stay queued)
    builds_aside = False

    def _t(self, table: str) -> str:
        """The table a rebuild writes (its own while one is under way)."""
        return table + NEXT if self._building else table

    def begin_build(self) -> None:
        """Wait for any other connection working on the trail, note what is queued by
        then, and make the empty tables the rebuild writes (migration 0015)."""
        self._lock(wait=True)
        if not self._building:
            self.db.execute("SELECT kutip_trail_build_begin()")
            # (compiling its few big statements cost the server more than it saved)
            self.db.execute("SET LOCAL jit = off")
            self._building = True

    def finish_build(self) -> None:
        """Index the new tables and swap them in; forget the changes the build took in
        (those committed before it began)."""
        if self._building:
            self.db.execute("SELECT kutip_trail_build_finish()")
            self._building = False
        self.forget_all_pending()
        self.advance_marks()

    def end_build(self) -> None:
        """(A build that failed is rolled back with its tables.)"""
        self._building = False

    def clear(self) -> None:
        """Empty the index (a rebuild's own tables are empty already). DELETE, not
        TRUNCATE: the other members read the old trail meanwhile instead of waiting."""
        if self._building:
            return
        for table in ("trail_links", "trail_postings", "trail_clusters", "trail_items"):
            self.db.execute(f"DELETE FROM {table}")

    def drop_item_indexes(self) -> None:
        """Kept: dropping an index would lock the others' reads out (a rebuild's tables
        have none until ``finish_build``)."""

    def create_item_indexes(self) -> None:
        """The planner learns the new index's figures (a rebuild's tables get their
        indexes and figures in ``finish_build``)."""
        if not self._building:
            self.db.execute("SELECT kutip_trail_analyze()")

    def _copy(self, table: str, columns: str, rows: Iterable[bytes]) -> None:
        """COPY rows, each already in COPY's binary format, into ``table``; a megabyte or
        so per write (psycopg's ``write_row`` costs ten times as much a row)."""
        with self.db.pg.cursor() as cursor, \
                cursor.copy(f"COPY {table} ({columns}) FROM STDIN (FORMAT binary)") as copy:
            part = bytearray(_SIGNATURE)
            for row in rows:
                part += row
                if len(part) > 1 << 20:
                    copy.write(part)
                    part = bytearray()
            part += _TRAILER
            copy.write(part)

    def insert_items(self, rows: Iterable[tuple[Any, ...]]) -> None:
        """Rows of (id, annotation_id, article_id, start, end, exact, cluster[, words]);
        their ids are not handed out again (the number of words is not kept here)."""
        last = 0

        def encoded() -> Iterator[bytes]:
            nonlocal last
            annotated, spanned, tail = _ANNOTATED.pack, _SPANNED.pack, _CLUSTER.pack
            for id_, annotation_id, article_id, start, end, exact, cluster, *_ in rows:
                last = max(last, id_)
                text = exact.encode()
                head = (spanned(7, 8, id_, -1, 8, article_id, 4, start, 4, end, len(text))
                        if annotation_id is None else
                        annotated(7, 8, id_, 8, annotation_id, 8, article_id, 4, start, 4,
                                  end, len(text)))
                yield head + text + tail(8, cluster)

        self._copy(self._t("trail_items"), ITEM, encoded())
        if last and not self._building:  # (a rebuild's sequence is set as it is swapped in)
            self.db.execute("SELECT kutip_ids_taken('trail_items_id_seq', ?)", [last])

    def insert_postings(self, rows: Iterable[tuple[int, bytes]]) -> None:
        """Rows of (bucket, entries blob) for an empty index."""
        head = _POSTING.pack
        self._copy(self._t("trail_postings"), "bucket, entries",
                   (head(2, 8, bucket, len(blob)) + blob for bucket, blob in rows))

    def add_links(self, pairs: Iterable[tuple[int, int]]) -> None:
        for part in _parts((min(a, b), max(a, b)) for a, b in pairs):
            self.db.execute(f"INSERT INTO {self._t('trail_links')} (a, b)"
                            " SELECT * FROM unnest(?::bigint[], ?::bigint[])"
                            + ("" if self._building else " ON CONFLICT DO NOTHING"),
                            [[int(a) for a, _ in part], [int(b) for _, b in part]])

    def set_clusters(self, rows: Iterable[tuple[int, int]]) -> None:
        """Rows of (cluster, item id)."""
        items = self._t("trail_items")
        for part in _parts(rows):
            self.db.execute(f"UPDATE {items} SET cluster = v.cluster"
                            " FROM unnest(?::bigint[], ?::bigint[]) AS v (cluster, id)"
                            f" WHERE {items}.id = v.id",
                            [[int(c) for c, _ in part], [int(i) for _, i in part]])

    def insert_summaries(self, rows: Iterable[tuple[Any, ...]]) -> None:
        update = ("" if self._building else  # (a rebuild's clusters are new, each once)
                  " ON CONFLICT (id) DO UPDATE SET size = EXCLUDED.size,"
                  " outlets = EXCLUDED.outlets, first_date = EXCLUDED.first_date,"
                  " speaker = EXCLUDED.speaker, fullest = EXCLUDED.fullest,"
                  " speaker_suggested = EXCLUDED.speaker_suggested")
        for part in _parts(rows):
            columns = list(zip(*part, strict=True))
            self.db.execute(
                f"INSERT INTO {self._t('trail_clusters')} (id, size, outlets, first_date,"
                " speaker, fullest, speaker_suggested) SELECT * FROM unnest(?::bigint[],"
                " ?::int[], ?::int[], ?::text[], ?::text[], ?::bigint[], ?::smallint[])"
                + update, [list(c) for c in columns])

    def summary_inputs(self) -> Iterable[tuple[Any, ...]]:
        """(cluster, item, annotation, article, start, end, exact, source, published,
        speaker) of every item in a cluster of two or more, by cluster."""
        items = self._t("trail_items")
        return self._stream(
            f'SELECT i.cluster, i.id, i.annotation_id, i.article_id, i.start, i."end", i.exact,'
            f" a.source, {DATE},"
            " coalesce(s.name::text, '')"
            f" FROM {items} i JOIN articles a ON a.id = i.article_id"
            " LEFT JOIN annotations n ON n.id = i.annotation_id"
            " LEFT JOIN speakers s ON s.id = n.speaker_id"
            f" WHERE i.cluster IN (SELECT cluster FROM {items} GROUP BY cluster"
            " HAVING count(*) > 1) ORDER BY i.cluster, i.id")

    # ------------------------------------------------------------------ listing
