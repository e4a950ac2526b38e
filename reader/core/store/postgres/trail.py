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
  article text); bulk writes go by COPY or one statement over arrays.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from ..trail import (
    POSTING_CAP,
    MemberRow,
    StoredItem,
    bucket_of,
    entries_blob,
    entries_of,
    entry,
    posted,
)
from .common import by_name, like_escape
from .connection import PgDatabase, pg_sql

#: the advisory lock of the trail's upkeep (``pg_advisory_xact_lock``)
LOCK_KEY = 0x6B7574747261  # "kuttra"
BATCH = 20_000  # rows per statement over arrays
FETCH = 5_000  # rows per round trip of a streamed read

_ITEM = 'id, annotation_id, article_id, start, "end", exact, cluster'
# the full date, else the partial one (``--12-22``) an article without its year has
_DATE = "CASE a.published WHEN '' THEN a.published_partial ELSE a.published END"
_MEMBER_SELECT = f"""
SELECT i.id, i.annotation_id, i.article_id, i.start, i."end", i.exact, i.cluster,
       a.source, a.title, {_DATE}, a.url, a.imported_at, coalesce(s.name::text, '')
FROM trail_items i JOIN articles a ON a.id = i.article_id
LEFT JOIN annotations n ON n.id = i.annotation_id
LEFT JOIN speakers s ON s.id = n.speaker_id
"""
_PLACED_QUOTES = ("kind = 'quote' AND anchor != 'orphan' AND start IS NOT NULL")


#: what COPY's text format escapes in a value
_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


_NULL = "\\N"  # COPY's NULL


def _copy_text(value: str) -> str:
    return value.translate(_COPY_ESCAPES)


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


class PgTrail:
    """The trail's SQL over the team library's connection; the caller holds the
    transaction."""

    def __init__(self, db: PgDatabase):
        self.db = db
        self._may_update: bool | None = None
        self._snapshot = ""  # the snapshot a rebuild began reading in (forget_all_pending)
        self._streams = 0  # server-side cursors opened (each its own name)

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

    def _stream(self, query: str, params: Sequence[Any] = ()) -> Iterator[tuple[Any, ...]]:
        """The rows of a big read, a part at a time (a server-side cursor inside a
        transaction; outside one, read at once)."""
        if not self.db.in_transaction:
            yield from self.db.execute(query, params).fetchall()
            return
        self._streams += 1
        with self.db.pg.cursor(name=f"kutip_trail_{self._streams}") as cursor:
            cursor.itersize = FETCH
            cursor.execute(pg_sql(query), list(params))
            yield from cursor

    # ------------------------------------------------------------------ state and queue
    def state(self, key: str) -> str | None:
        value = self.db.value("SELECT value FROM trail_state WHERE key = ?", [key])
        return None if value is None else str(value)

    def set_state(self, key: str, value: str) -> None:
        self.db.execute("INSERT INTO trail_state (key, value) VALUES (?, ?)"
                        " ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value", [key, value])

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

    def item_count(self) -> int:
        return int(self.db.value("SELECT coalesce(max(id), 0) FROM trail_items"))

    def marks(self) -> dict[str, int]:
        """The highest annotation and article id when the trail last caught up."""
        out = {"annotations": 0, "articles": 0}
        out.update((str(w), int(i)) for w, i in self.db.execute(
            "SELECT what, last_id FROM trail_marks"))
        return out

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
    def quote_annotations(self, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        """id → (article_id, exact, start, end) of those ids that are placed quotes."""
        return {int(row[0]): tuple(row[1:]) for row in self.db.execute(
            f'SELECT id, article_id, exact, start, "end" FROM annotations'
            f" WHERE id = ANY(?) AND {_PLACED_QUOTES}", [_ids(ids)])}

    def all_quote_annotations(self) -> Iterable[tuple[Any, ...]]:
        """(id, article_id, exact, start, end) of every placed quote, by article."""
        return self._stream(f'SELECT id, article_id, exact, start, "end" FROM annotations'
                            f" WHERE {_PLACED_QUOTES} ORDER BY article_id, id")

    def article_text(self, article_id: int) -> str | None:
        value = self.db.value("SELECT text FROM articles WHERE id = ?", [article_id])
        return None if value is None else str(value)

    def article_count(self) -> int:
        return int(self.db.value("SELECT count(*) FROM articles"))

    def all_article_texts(self) -> Iterable[tuple[int, str]]:
        """(id, text) of every article, by id, read as iterated."""
        return self._stream("SELECT id, text FROM articles ORDER BY id")

    def quote_spans_taken(self, article_id: int) -> list[tuple[int, int]]:
        return [(int(s), int(e)) for s, e in self.db.execute(
            f'SELECT start, "end" FROM annotations WHERE article_id = ? AND {_PLACED_QUOTES}',
            [article_id])]

    def all_quote_spans_taken(self) -> dict[int, list[tuple[int, int]]]:
        out: dict[int, list[tuple[int, int]]] = {}
        for article_id, start, end in self._stream(
                f'SELECT article_id, start, "end" FROM annotations WHERE {_PLACED_QUOTES}'):
            out.setdefault(int(article_id), []).append((int(start), int(end)))
        return out

    def dismissed_quotes(self, article_id: int | None = None) -> set[tuple[int, str]]:
        sql = "SELECT article_id, exact FROM dismissed_suggestions WHERE kind = 'quote'"
        params: list[Any] = []
        if article_id is not None:
            sql += " AND article_id = ?"
            params.append(article_id)
        return {(int(a), str(e)) for a, e in self.db.execute(sql, params)}

    # ------------------------------------------------------------------ items
    @staticmethod
    def _item(row: Sequence[Any]) -> StoredItem:
        return StoredItem(*row)

    def items_for_annotations(self, ids: Sequence[int]) -> dict[int, StoredItem]:
        return {int(row[1]): self._item(row) for row in self.db.execute(
            f"SELECT {_ITEM} FROM trail_items WHERE annotation_id = ANY(?)", [_ids(ids)])}

    def items_of_article(self, article_id: int) -> list[StoredItem]:
        return [self._item(row) for row in self.db.execute(
            f"SELECT {_ITEM} FROM trail_items WHERE article_id = ? ORDER BY id", [article_id])]

    def item(self, item_id: int) -> StoredItem | None:
        row = self.db.execute(f"SELECT {_ITEM} FROM trail_items WHERE id = ?",
                              [item_id]).fetchone()
        return self._item(row) if row else None

    def item_for_annotation(self, annotation_id: int) -> StoredItem | None:
        return self.items_for_annotations([annotation_id]).get(annotation_id)

    def items_texts(self, ids: Sequence[int]) -> dict[int, str]:
        return {int(i): str(e) for i, e in self.db.execute(
            "SELECT id, exact FROM trail_items WHERE id = ANY(?)", [_ids(ids)])}

    def add_item(self, annotation_id: int | None, article_id: int, start: int, end: int,
                 exact: str) -> int:
        return int(self.db.value(
            "WITH made AS (SELECT nextval(pg_get_serial_sequence('trail_items', 'id')) AS id)"
            ' INSERT INTO trail_items (id, annotation_id, article_id, start, "end", exact,'
            " cluster) SELECT id, ?, ?, ?, ?, ?, id FROM made RETURNING id",
            [annotation_id, article_id, start, end, exact]))

    def move_item(self, item_id: int, start: int, end: int) -> None:
        self.db.execute('UPDATE trail_items SET start = ?, "end" = ? WHERE id = ?',
                        [start, end, item_id])

    def remove_item(self, item_id: int, shingles: Iterable[int]) -> list[int]:
        """Delete an item, its postings and links; returns the items it was linked to."""
        neighbours = [int(r[0]) for r in self.db.execute(
            "DELETE FROM trail_links WHERE a = ? OR b = ?"
            " RETURNING CASE WHEN a = ? THEN b ELSE a END", [item_id, item_id, item_id])]
        self._change_postings(item_id, shingles, add=False)
        self.db.execute("DELETE FROM trail_items WHERE id = ?", [item_id])
        return sorted(set(neighbours))

    def _buckets(self, numbers: Iterable[int]) -> dict[int, bytes]:
        return {int(b): bytes(e) for b, e in self.db.execute(
            "SELECT bucket, entries FROM trail_postings WHERE bucket = ANY(?)",
            [_ids(numbers)])}

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

    def add_postings_many(self, entries: Iterable[tuple[int, int]]) -> dict[int, array[int]]:
        """Add many (shingle, item) postings, each bucket read and written once; returns
        the buckets touched with their entries now (a cache for ``postings``)."""
        by_bucket: dict[int, set[int]] = {}
        for shingle, item in entries:
            by_bucket.setdefault(bucket_of(shingle), set()).add(entry(shingle, item))
        current = self._buckets(by_bucket)
        out = {bucket: array("Q", sorted(set(entries_of(current.get(bucket))) | wanted))
               for bucket, wanted in by_bucket.items()}
        self._write_buckets(dict(out))
        return out

    def postings(self, shingles: Iterable[int], cap: int = POSTING_CAP,
                 cache: dict[int, array[int]] | None = None) -> dict[int, list[int]]:
        """Shingle → the items that have it, for each shingle that is not too common
        (shared by more than ``cap`` items); the buckets not in ``cache`` in one read."""
        by_bucket: dict[int, list[int]] = {}
        for shingle in shingles:
            by_bucket.setdefault(bucket_of(shingle), []).append(shingle)
        cached = cache or {}
        read = self._buckets(b for b in by_bucket if b not in cached)
        out: dict[int, list[int]] = {}
        for bucket, wanted in by_bucket.items():
            values = cached.get(bucket)
            if values is None:
                if bucket not in read:
                    continue
                values = entries_of(read[bucket])
            for shingle in wanted:
                items = posted(values, shingle, cap)
                if items:
                    out[shingle] = items
        return out

    def add_links(self, pairs: Iterable[tuple[int, int]]) -> None:
        for part in _parts((min(a, b), max(a, b)) for a, b in pairs):
            self.db.execute("INSERT INTO trail_links (a, b)"
                            " SELECT * FROM unnest(?::bigint[], ?::bigint[])"
                            " ON CONFLICT DO NOTHING",
                            [[int(a) for a, _ in part], [int(b) for _, b in part]])

    def links_among(self, ids: Sequence[int]) -> list[tuple[int, int]]:
        wanted = _ids(ids)
        return [(int(a), int(b)) for a, b in self.db.execute(
            "SELECT a, b FROM trail_links WHERE a = ANY(?) AND b = ANY(?) ORDER BY a, b",
            [wanted, wanted])]

    def members(self, cluster: int) -> list[int]:
        return [int(r[0]) for r in self.db.execute(
            "SELECT id FROM trail_items WHERE cluster = ? ORDER BY id", [cluster])]

    def set_cluster(self, item_ids: Sequence[int], cluster: int) -> None:
        self.db.execute("UPDATE trail_items SET cluster = ? WHERE id = ANY(?)",
                        [cluster, _ids(item_ids)])

    def relabel_clusters(self, old: Sequence[int], new: int) -> None:
        self.db.execute("UPDATE trail_items SET cluster = ? WHERE cluster = ANY(?)",
                        [new, _ids(old)])

    # ------------------------------------------------------------------ summaries
    def member_rows(self, cluster: int) -> list[MemberRow]:
        """The cluster's members that still have their article, with article fields."""
        return [MemberRow(*row) for row in self.db.execute(
            _MEMBER_SELECT + " WHERE i.cluster = ? ORDER BY i.id", [cluster])]

    def write_summary(self, cluster: int, size: int, outlets: int, first_date: str,
                      speaker: str, fullest: int) -> None:
        self.insert_summaries([(cluster, size, outlets, first_date, speaker, fullest)])

    def drop_summary(self, cluster: int) -> None:
        self.db.execute("DELETE FROM trail_clusters WHERE id = ?", [cluster])

    # ------------------------------------------------------------------ rebuild
    #: a rebuild runs in one transaction on the live tables: the other members read the
    #: old trail until it commits (and write meanwhile: their changes stay queued)
    builds_aside = False

    def begin_build(self) -> None:
        """Wait for any other connection working on the trail, note what is queued by
        then, and empty the index."""
        self._lock(wait=True)
        self.clear()

    def finish_build(self) -> None:
        """Forget the changes the build took in (those committed before it began)."""
        self.forget_all_pending()
        self.advance_marks()

    def end_build(self) -> None:
        """(Nothing beside the live tables to drop.)"""

    def clear(self) -> None:
        """Empty the index (DELETE, not TRUNCATE: the other members read the old trail
        meanwhile instead of waiting for the rebuild's lock)."""
        for table in ("trail_links", "trail_postings", "trail_clusters", "trail_items"):
            self.db.execute(f"DELETE FROM {table}")

    def drop_item_indexes(self) -> None:
        """Kept: dropping an index would lock the others' reads out for the rebuild."""

    def create_item_indexes(self) -> None:
        """The indexes stay in place (``drop_item_indexes``); the planner learns the new
        index's figures."""
        self.db.execute("SELECT kutip_trail_analyze()")

    def _copy(self, table: str, columns: str, lines: Iterable[str]) -> None:
        """COPY rows, already in COPY's text format (a line each), into ``table``; a
        megabyte or so per write (psycopg's ``write_row`` costs ten times as much a row)."""
        with self.db.pg.cursor() as cursor, \
                cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
            part: list[str] = []
            size = 0
            for line in lines:
                part.append(line)
                size += len(line)
                if size > 1 << 20:
                    copy.write("".join(part))
                    part, size = [], 0
            if part:
                copy.write("".join(part))

    def insert_items(self, rows: Iterable[tuple[Any, ...]]) -> None:
        """Rows of (id, annotation_id, article_id, start, end, exact, cluster); their ids
        are not handed out again."""
        last = 0

        def lines() -> Iterator[str]:
            nonlocal last
            for id_, annotation_id, article_id, start, end, exact, cluster in rows:
                last = max(last, id_)
                annotation = _NULL if annotation_id is None else annotation_id
                yield (f"{id_}\t{annotation}\t{article_id}\t{start}\t{end}"
                       f"\t{_copy_text(exact)}\t{cluster}\n")

        self._copy("trail_items", _ITEM, lines())
        if last:
            self.db.execute("SELECT kutip_ids_taken('trail_items_id_seq', ?)", [last])

    def insert_postings(self, rows: Iterable[tuple[int, bytes]]) -> None:
        """Rows of (bucket, entries blob) for an empty index."""
        self._copy("trail_postings", "bucket, entries",
                   (f"{bucket}\t\\\\x{blob.hex()}\n" for bucket, blob in rows))

    def set_clusters(self, rows: Iterable[tuple[int, int]]) -> None:
        """Rows of (cluster, item id)."""
        for part in _parts(rows):
            self.db.execute("UPDATE trail_items SET cluster = v.cluster"
                            " FROM unnest(?::bigint[], ?::bigint[]) AS v (cluster, id)"
                            " WHERE trail_items.id = v.id",
                            [[int(c) for c, _ in part], [int(i) for _, i in part]])

    def insert_summaries(self, rows: Iterable[tuple[Any, ...]]) -> None:
        for part in _parts(rows):
            columns = list(zip(*part, strict=True))
            self.db.execute(
                "INSERT INTO trail_clusters (id, size, outlets, first_date, speaker, fullest)"
                " SELECT * FROM unnest(?::bigint[], ?::int[], ?::int[], ?::text[], ?::text[],"
                " ?::bigint[]) ON CONFLICT (id) DO UPDATE SET size = EXCLUDED.size,"
                " outlets = EXCLUDED.outlets, first_date = EXCLUDED.first_date,"
                " speaker = EXCLUDED.speaker, fullest = EXCLUDED.fullest",
                [list(c) for c in columns])

    def summary_inputs(self) -> Iterable[tuple[Any, ...]]:
        """(cluster, item, article, exact, source, published, speaker) of every item in a
        cluster of two or more, by cluster."""
        return self._stream(
            f"SELECT i.cluster, i.id, i.article_id, i.exact, a.source, {_DATE},"
            " coalesce(s.name::text, '')"
            " FROM trail_items i JOIN articles a ON a.id = i.article_id"
            " LEFT JOIN annotations n ON n.id = i.annotation_id"
            " LEFT JOIN speakers s ON s.id = n.speaker_id"
            " WHERE i.cluster IN (SELECT cluster FROM trail_items GROUP BY cluster"
            " HAVING count(*) > 1) ORDER BY i.cluster, i.id")

    # ------------------------------------------------------------------ listing
    def collection_id(self, name: str) -> int | None:
        value = self.db.value("SELECT id FROM collections WHERE name = ?", [name])
        return None if value is None else int(value)

    def list_clusters(self, *, min_outlets: int, min_size: int, speaker_id: int | None,
                      collection_id: int | None, tag: str, sort: str, descending: bool,
                      limit: int | None, offset: int) -> list[tuple[Any, ...]]:
        """(cluster, size, outlets, first date, speaker, fullest text, fullest item) rows."""
        where = ["c.outlets >= ?", "c.size >= ?"]
        params: list[Any] = [min_outlets, min_size]
        if speaker_id is not None:
            where.append("c.id IN (SELECT i.cluster FROM trail_items i JOIN annotations n"
                         " ON n.id = i.annotation_id WHERE n.speaker_id = ?)")
            params.append(speaker_id)
        if collection_id is not None:
            where.append("c.id IN (SELECT i.cluster FROM trail_items i JOIN"
                         " article_collections ac ON ac.article_id = i.article_id"
                         " WHERE ac.collection_id = ?)")
            params.append(collection_id)
        if tag:
            where.append("c.id IN (SELECT i.cluster FROM trail_items i JOIN annotation_tags nt"
                         " ON nt.annotation_id = i.annotation_id JOIN tags t ON t.id = nt.tag_id"
                         " WHERE t.name = ? OR t.name LIKE ? ESCAPE '\\')")
            params += [tag, like_escape(tag) + "/%"]
        direction = "DESC" if descending else "ASC"
        column = {"outlets": "c.outlets", "size": "c.size",
                  "date": "nullif(c.first_date, '') COLLATE \"C\"",
                  "speaker": by_name("nullif(c.speaker, '')")}[sort]
        order = (f"{column} IS NULL, {column} {direction}, c.outlets DESC, c.first_date"
                 ' COLLATE "C", c.id')
        sql = ("SELECT c.id, c.size, c.outlets, c.first_date, c.speaker, i.exact, c.fullest"
               " FROM trail_clusters c JOIN trail_items i ON i.id = c.fullest"
               f" WHERE {' AND '.join(where)} ORDER BY {order}")
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [int(limit), int(offset)]
        return [tuple(row) for row in self.db.execute(sql, params)]
