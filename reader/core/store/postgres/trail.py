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
  rebuild forgets only the changes committed before it began reading (``xact``). A quote
  added is queued as a ``new quote`` (migration 0018): ``new_since_marks`` hands those out
  as a library file hands out the quotes above its marks (never in the trail: they only
  hide the suggested passages they cover, their articles are not searched again).
- **Who may write it.** An editor or the owner (migration 0025: the server cannot check
  what a Kutip writes there); a coder's or reader's Kutip reads the trail as the last
  update left it (``may_update``), their changes queued for the next (``kutip team
  keep-trail --watch``, run by an editor, takes them in as they come).
- **What it holds.** What every member may read: no annotation on an article of a
  collection coded blind, nor any dismissal there (``TEAM_QUOTES``, migration 0027;
  ``dismissed_quotes_of``, 0028; in a library file each coder's Kutip hides the others'
  blind work as it reads the trail, which one shared index read by SQL cannot do).
- **Big reads stream** through a server-side cursor (a rebuild reads every quote and
  article text); bulk writes go by COPY (binary) or one statement over arrays.
- **A catch-up appends** its new quotations' postings to ``trail_postings_new`` and their
  numbers of words to ``trail_words`` (migration 0018, as in a library file): merged into
  their buckets at once, a thousand articles' postings rewrote some 70,000 bucket rows
  per catch-up. They are folded in many catch-ups at a time (``QuoteTrail.fold``), each
  range of buckets in a transaction of its own that takes the trail's lock.
- **A rebuild is written aside** (migration 0015): into ``trail_…_next`` tables made in its
  own transaction, without indexes, then indexed once and swapped in by functions that run
  with the tables' owner's rights (a member's Kutip may not make or drop tables). The
  postings waiting and the numbers of words it replaces in place, in the same transaction.
- **Reads of many ids** send them as one array literal (``common.int_array``) and read
  blobs in binary (``_blob_rows``): psycopg adapted a catch-up's 70,000 bucket numbers
  one by one in Python, and a ``bytea`` comes as hex text otherwise.
"""

from __future__ import annotations

import contextlib
import struct
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from ..portable.trail import DATE, ITEM, PLACED_QUOTES, PortableTrail
from ..trail import DELTA, FILTER, SIGS, SIGS_PART
from .common import PgSql, int_array
from .connection import PgDatabase, pg_sql

#: the advisory lock of the trail's upkeep (``pg_advisory_xact_lock``)
LOCK_KEY = 0x6B7574747261  # "kuttra"
BATCH = 20_000  # rows per statement over arrays
FETCH = 5_000  # rows per round trip of a streamed read (article texts: a tenth, ~2 MB)

NEXT = "_next"  # a rebuild's tables until they are swapped in (migration 0015)
NEW_QUOTE = "new quote"  # trail_pending's kind of a quote added (migration 0018)
#: the tables a rebuild writes aside; it empties the postings waiting and rewrites the
#: numbers of words in place, in its own transaction (no catch-up runs meanwhile: the lock)
ASIDE = ("trail_items", "trail_postings", "trail_links", "trail_clusters")

#: COPY's binary format (a row: its number of fields, then each field's length and bytes
#: in network order; a length of -1 is NULL): the start and end of the data
_SIGNATURE = b"PGCOPY\n\xff\r\n\0" + bytes(8)
_TRAILER = b"\xff\xff"
#: a trail item up to its text: (id, annotation or NULL, article, start, end, text's length)
_ANNOTATED = struct.Struct(">hiqiqiqiiiii")
_SPANNED = struct.Struct(">hiqiiqiiiii")
_CLUSTER = struct.Struct(">iq")
_LENGTH = struct.Struct(">i")
_NULL = _LENGTH.pack(-1)
_POSTING = struct.Struct(">hiqi")  # (2 fields, bucket, entries' length)
ITEM_COPIED = ITEM + ", sig"  # (the columns ``_item_row`` writes)


def _item_row(id_: int, annotation_id: int | None, article_id: int, start: int, end: int,
              exact: str, cluster: int, signature: bytes | None = None) -> bytes:
    """A trail item as a row of COPY's binary format (``ITEM_COPIED``'s columns)."""
    text = exact.encode()
    head = (_SPANNED.pack(8, 8, id_, -1, 8, article_id, 4, start, 4, end, len(text))
            if annotation_id is None else
            _ANNOTATED.pack(8, 8, id_, 8, annotation_id, 8, article_id, 4, start, 4, end,
                            len(text)))
    tail = _NULL if signature is None else _LENGTH.pack(len(signature)) + signature
    return head + text + _CLUSTER.pack(8, cluster) + tail


def _parts(rows: Iterable[Sequence[Any]], size: int = BATCH) -> Iterator[list[Sequence[Any]]]:
    part: list[Sequence[Any]] = []
    for row in rows:
        part.append(row)
        if len(part) >= size:
            yield part
            part = []
    if part:
        yield part


#: the quotes a team library's trail takes in: none on an article of a collection coded
#: blind (migration 0027: one index every member reads holds only what each may read; the
#: collection's quotes are queued again when it is coded blind and when no more)
BLIND_ARTICLES = ("SELECT ac.article_id FROM article_collections ac"
                  " JOIN collections c ON c.id = ac.collection_id WHERE c.blind <> 0")
TEAM_QUOTES = PLACED_QUOTES + f" AND article_id NOT IN ({BLIND_ARTICLES})"


class PgTrail(PortableTrail):
    """The trail's SQL over the team library's connection; the caller holds the
    transaction."""

    placed_quotes = TEAM_QUOTES

    def dismissed_quotes_of(self, article_ids: Sequence[int] | None) -> set[tuple[int, str]]:
        """(Not those on an article coded blind: a coder's dismissal is a coding decision,
        migration 0028; the passage stays a suggestion in the shared trail meanwhile.)"""
        dismissed = super().dismissed_quotes_of(article_ids)
        if not dismissed:
            return dismissed
        blind = {int(r[0]) for r in self.db.execute(BLIND_ARTICLES)}
        return {(article_id, exact) for article_id, exact in dismissed
                if article_id not in blind}

    def __init__(self, db: PgDatabase):
        super().__init__(PgSql(db))
        self.db = db
        self._may_update: bool | None = None
        self._snapshot = ""  # the snapshot a rebuild began reading in (forget_all_pending)
        self._streams = 0  # server-side cursors opened (each its own name)
        self._building = False  # a rebuild writes its own tables (``begin_build``)
        self._added: list[int] = []  # queued new quotes handed out (``new_since_marks``)

    def text(self, column: str) -> str:
        return f"{column}::text"

    def bytewise(self, column: str) -> str:
        return f'{column} COLLATE "C"'

    def _blob_rows(self, sql: str, params: list[Any]) -> Iterable[tuple[Any, ...]]:
        """Read in binary: a ``bytea`` comes as its bytes, not as hex text to decode."""
        return self.db.execute(sql, params, binary=True)

    def may_update(self) -> bool:
        """Whether this login may write the trail (an editor or the owner, migration 0025)."""
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
        sql = f"SELECT seq, kind, ref FROM trail_pending WHERE kind <> '{NEW_QUOTE}' ORDER BY seq"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [(int(s), str(k), int(r)) for s, k, r in self.db.execute(sql)]

    def pending_count(self) -> int:
        """Queued changes (new rows are queued too). Inside a transaction it waits for any
        other connection working the queue off (a rebuild begins here)."""
        self._lock(wait=True)
        return int(self.db.value("SELECT count(*) FROM trail_pending"))

    def articles_behind(self) -> int:
        """(New and changed articles are both queued, and the annotations changed: no lock,
        a reader or coder may ask; another coder's blind work is not counted.)"""
        return int(self.db.value(
            "SELECT count(*) FROM articles WHERE id IN"
            " (SELECT ref FROM trail_pending WHERE kind = 'article' UNION ALL"
            "  SELECT n.article_id FROM trail_pending p JOIN annotations n ON n.id = p.ref"
            "  WHERE p.kind <> 'article')"))

    def new_since_marks(self) -> tuple[list[int], list[int]]:
        """(the quotes queued as added that are quotes still, no articles): never in the
        trail, as a library file's quotes above its marks. (New articles are queued as
        any change is: ``pending``.) ``advance_marks`` forgets the queued rows read here."""
        self._added = []
        if not self._lock(wait=False):
            return [], []
        quotes = []
        for seq, ref, is_quote in self.db.execute(
                "SELECT p.seq, p.ref, coalesce(a.kind = 'quote', false) FROM trail_pending p"
                " LEFT JOIN annotations a ON a.id = p.ref WHERE p.kind = ? ORDER BY p.seq",
                [NEW_QUOTE]):
            self._added.append(int(seq))
            if is_quote:
                quotes.append(int(ref))
        return list(dict.fromkeys(quotes)), []

    def advance_marks(self, upto: dict[str, int] | None = None) -> None:
        """The queued quotes ``new_since_marks`` handed out are taken in; the marks record
        the highest ids. (``upto`` is not needed: every new row is queued here.)"""
        if not self._lock(wait=False):  # another connection is catching up: theirs to do
            return
        if self._added:
            self.forget_pending(self._added)
            self._added = []
        self.db.execute(
            "INSERT INTO trail_marks (what, last_id)"
            " SELECT 'annotations', coalesce(max(id), 0) FROM annotations"
            " UNION ALL SELECT 'articles', coalesce(max(id), 0) FROM articles"
            " ON CONFLICT (what) DO UPDATE SET last_id = EXCLUDED.last_id"
            " WHERE trail_marks.last_id <> EXCLUDED.last_id")

    def forget_all_pending(self) -> None:
        """Forget the queued changes a rebuild took in: those committed before it began
        (``pending_count`` in its transaction), not those committed while it ran."""
        self._added = []
        if self._snapshot:
            self.db.execute("DELETE FROM trail_pending"
                            " WHERE pg_visible_in_snapshot(xact, ?::pg_snapshot)",
                            [self._snapshot])
            self._snapshot = ""
        else:
            self.db.execute("DELETE FROM trail_pending")

    def forget_pending(self, seqs: Iterable[int]) -> None:
        self.db.execute("DELETE FROM trail_pending WHERE seq = ANY(?::bigint[])",
                        [int_array(seqs)])

    # ------------------------------------------------------------------ sources
    def all_quote_annotations(self) -> Iterable[tuple[Any, ...]]:
        """(id, article_id, exact, start, end) of every placed quote, by article."""
        return self._stream(f'SELECT id, article_id, exact, start, "end" FROM annotations'
                            f" WHERE {TEAM_QUOTES} ORDER BY article_id, id")

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
                  words: Sequence[int] | None = None,
                  signatures: Sequence[bytes] | None = None) -> list[int]:
        """New items, each a cluster of its own: their ids drawn from the sequence in one
        statement, the rows written by COPY; ``words``: each one's number of words
        (``trail_words``); ``signatures``: each one's ``text.signature``."""
        if not rows:
            return []
        ids = sorted(int(r[0]) for r in self.db.execute(
            "SELECT nextval(pg_get_serial_sequence('trail_items', 'id'))"
            " FROM generate_series(1, ?)", [len(rows)]))
        sigs = list(signatures) if signatures is not None else [None] * len(rows)
        self._copy("trail_items", ITEM_COPIED, (
            _item_row(item_id, *row, item_id, sig)
            for item_id, row, sig in zip(ids, rows, sigs, strict=True)))
        if words is not None:
            self._write_words(zip(ids, words, strict=True))
        self._write_sigs(zip(ids, sigs, strict=True))
        return ids

    def _put_buckets(self, rows: list[tuple[int, bytes]], gone: Sequence[int]) -> None:
        """The buckets' rows deleted and written again by COPY (an ``INSERT … ON
        CONFLICT`` over arrays cost the server as much and this program five times as
        much: psycopg adapts each blob in Python)."""
        numbers = [number for number, _ in rows] + list(gone)
        if numbers:
            self.db.execute(f"DELETE FROM {self._t('trail_postings')}"
                            " WHERE bucket = ANY(?::bigint[])", [int_array(numbers)])
        if rows:
            self.insert_postings(rows)

    # ------------------------------------------------------------------ folding
    # (each step in a transaction of its own: it waits for a catch-up under way, and holds
    # the next one off until it commits)
    def fold_plan(self) -> tuple[int, list[tuple[int, int]]]:
        self._lock(wait=True)
        return super().fold_plan()

    def fold_range(self, upto: int, lo: int, hi: int) -> None:
        self._lock(wait=True)
        super().fold_range(upto, lo, hi)

    def fold_done(self, upto: int) -> None:
        self._lock(wait=True)
        super().fold_done(upto)

    @contextlib.contextmanager
    def _read_together(self) -> Iterator[None]:
        """(Outside a transaction: a read-only one at REPEATABLE READ, whose statements
        all see one snapshot; READ COMMITTED gives each statement its own.)"""
        if self.db.in_transaction:
            yield
            return
        with self.db.transaction():
            self.db.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            yield

    def make_filter(self) -> None:
        self._lock(wait=True)  # (no fold or catch-up changes the buckets meanwhile)
        super().make_filter()

    def make_sigs(self, items: int = SIGS_PART * 64) -> bool:
        self._lock(wait=True)  # (no catch-up adds items meanwhile)
        return super().make_sigs(items)

    # ------------------------------------------------------------------ summaries
    # ------------------------------------------------------------------ rebuild
    #: a rebuild runs in one transaction (the trail's lock is held to its end): it writes
    #: ``trail_…_next`` tables beside the live ones, which only it sees, and swaps them in
    #: just before it commits; the other members read the old trail until then (and write
    #: meanwhile: their changes stay queued)
    builds_aside = False

    def _t(self, table: str) -> str:
        """The table a rebuild writes (its own while one is under way)."""
        return table + NEXT if self._building and table in ASIDE else table

    def begin_build(self) -> None:
        """Wait for any other connection working on the trail, note what is queued by
        then, and make the empty tables the rebuild writes (migration 0015)."""
        self._lock(wait=True)
        if not self._building:
            self.db.execute("SELECT kutip_trail_build_begin()")
            # (others see these until the rebuild commits; it holds every catch-up off)
            self.db.execute(f"DELETE FROM {DELTA}")
            self.db.execute("DELETE FROM trail_words")
            self.db.execute(f"DELETE FROM {SIGS}")
            self.db.execute(f"DELETE FROM {FILTER}")  # (the build writes its own)
            # (compiling its few big statements cost the server more than it saved)
            self.db.execute("SET LOCAL jit = off")
            self._building = True

    def finish_build(self) -> None:
        """Index the new tables and swap them in; forget the changes the build took in
        (those committed before it began)."""
        if self._building:
            self.db.execute("SELECT kutip_trail_build_finish()")
            self.db.execute("DELETE FROM trail_found_speakers")  # (the build's items)
            self._building = False
        self.forget_all_pending()
        self.advance_marks()

    def end_build(self, keep_unfinished: bool = False) -> None:
        """(A build that failed is rolled back with its tables.)"""
        self._building = False

    def clear(self) -> None:
        """Empty the index (a rebuild's own tables are empty already). DELETE, not
        TRUNCATE: the other members read the old trail meanwhile instead of waiting."""
        if self._building:
            return
        for table in ("trail_links", "trail_postings", DELTA, "trail_clusters", "trail_items",
                      "trail_words", SIGS, FILTER, "trail_found_speakers"):
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
        """Rows of (id, annotation_id, article_id, start, end, exact, cluster[, words[,
        signature]]); their ids are not handed out again."""
        last = 0
        words: list[tuple[int, int]] = []
        sigs: list[tuple[int, bytes]] = []

        def encoded() -> Iterator[bytes]:
            nonlocal last
            for id_, annotation_id, article_id, start, end, exact, cluster, *more in rows:
                last = max(last, id_)
                if more and more[0] is not None:
                    words.append((id_, more[0]))
                if len(more) > 1 and more[1] is not None:
                    sigs.append((id_, more[1]))
                yield _item_row(id_, annotation_id, article_id, start, end, exact, cluster,
                                more[1] if len(more) > 1 else None)

        self._copy(self._t("trail_items"), ITEM_COPIED, encoded())
        self._write_words(words)
        self._write_sigs(sigs)
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
        speaker, url) of every item in a cluster of two or more, by cluster."""
        items = self._t("trail_items")
        return self._stream(
            f'SELECT i.cluster, i.id, i.annotation_id, i.article_id, i.start, i."end", i.exact,'
            f" a.source, {DATE},"
            " coalesce(s.name::text, ''), a.url"
            f" FROM {items} i JOIN articles a ON a.id = i.article_id"
            " LEFT JOIN annotations n ON n.id = i.annotation_id"
            " LEFT JOIN speakers s ON s.id = n.speaker_id"
            f" WHERE i.cluster IN (SELECT cluster FROM {items} GROUP BY cluster"
            " HAVING count(*) > 1) ORDER BY i.cluster, i.id")

    # ------------------------------------------------------------------ listing
