"""The quote trail's index (``TrailStore``): the statements both engines share, with the
postings a catch-up appends beside the buckets (``trail_postings_new``, folded in later)
and the numbers of words kept 65,536 quotations a row (``trail_words``).

The SQLite class (``store/sqlite/trail.py``) adds building aside in ``trail_…_next`` tables
and its queue of new rows found by id; the PostgreSQL one (``store/postgres/trail.py``) the
advisory lock, streamed reads and writes over arrays or COPY. Each writes many bucket rows
its own way (``_put_buckets``). A speaker's or tag's name compares case-blind as each
engine does (``Sql.nocase``); dates sort byte by byte (``bytewise``), as SQLite's default
collation does.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager, nullcontext
from typing import TYPE_CHECKING, Any

from ..trail import (
    BUCKET_SHIFT,
    BUCKETS,
    DELTA,
    FILTER,
    POSTING_CAP,
    SIGS,
    SIGS_AT_ONCE,
    SIGS_LEFT,
    SIGS_PART,
    TIER,
    WORDS_PART,
    MemberRow,
    StoredItem,
    entry,
    filter_add,
    filter_bits,
    filter_blob,
    filter_full,
    filter_keeps,
    filter_of,
    filter_words,
    sigs_pack,
    sigs_unpack,
    words_array,
    words_blob,
)
from . import Sql, like_escape, optional_id

if TYPE_CHECKING:
    import numpy as np

ITEM = 'id, annotation_id, article_id, start, "end", exact, cluster'
# the full date, else the partial one (``--12-22``) an article without its year has
DATE = "CASE a.published WHEN '' THEN a.published_partial ELSE a.published END"
PLACED_QUOTES = "kind = 'quote' AND anchor != 'orphan' AND start IS NOT NULL"


def entries_array(blobs: Sequence[Any]) -> np.ndarray:
    """Postings blobs (little-endian uint64 entries; bytes or memoryviews) as one uint64
    array, in their order."""
    import numpy as np  # (loaded when the trail works, not when the app starts)

    if not blobs:
        return np.zeros(0, np.uint64)
    values = np.frombuffer(b"".join(blobs), dtype="<u8")
    return values.astype(np.uint64) if sys.byteorder == "big" else values


def sorted_unique(values: np.ndarray) -> np.ndarray:
    """``values`` sorted, each once (by sorting: ``np.unique`` hashes large arrays, and
    took ten times as long on a catch-up's million entries). Sorted stably (timsort): what
    the trail sorts here is nearly always a few sorted runs put end to end (the buckets'
    entries and the new ones, a waiting row and the next), which timsort merges in one
    pass: 1.7 ms for 870,000 entries in two runs, 47 ms with numpy's default quicksort
    (on random values it is about a fifth slower)."""
    import numpy as np

    ordered = np.sort(values, kind="stable")
    if len(ordered) < 2:
        return ordered
    keep = np.empty(len(ordered), dtype=bool)
    keep[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    return ordered[keep]


def entries_with(values: np.ndarray, shingles: np.ndarray) -> np.ndarray:
    """The entries of the sorted ``values`` whose shingle is one of the sorted ``shingles``,
    in order (two searches per shingle, however many values)."""
    import numpy as np

    lo_keys = shingles.astype(np.uint64) << np.uint64(32)
    lo = np.searchsorted(values, lo_keys, side="left")
    hi = np.searchsorted(values, lo_keys | np.uint64(0xFFFFFFFF), side="right")
    have = hi > lo
    lo, hi = lo[have], hi[have]
    span = hi - lo
    return values[np.repeat(lo - np.cumsum(span) + span, span) + np.arange(int(span.sum()))]


def _bucket_rows(values: np.ndarray) -> list[tuple[int, bytes]]:
    """Sorted entries as (bucket, entries blob) rows, one per bucket they fall in."""
    import numpy as np

    if not len(values):
        return []
    buckets = values >> np.uint64(32 + BUCKET_SHIFT)
    starts = np.flatnonzero(np.concatenate(([True], buckets[1:] != buckets[:-1])))
    ends = np.append(starts[1:], len(values))
    # (one ``tobytes`` and a slice of it per bucket: a ``tobytes`` per bucket cost a fold
    # of 500,000 postings a quarter of its CPU)
    data = values.astype("<u8").tobytes()
    return [(number, data[s:e]) for number, s, e in zip(
        buckets[starts].tolist(), (8 * starts).tolist(), (8 * ends).tolist(), strict=True)]


def _item(row: Sequence[Any]) -> StoredItem:
    return StoredItem(int(row[0]), None if row[1] is None else int(row[1]), int(row[2]),
                      int(row[3]), int(row[4]), str(row[5]), int(row[6]))


class PortableTrail:
    #: the annotations the trail takes in (a team library's leaves blind work out)
    placed_quotes = PLACED_QUOTES

    def __init__(self, sql: Sql):
        self.sql = sql
        #: ``trail_postings_new``'s rows read so far, by id (a row is never changed and its
        #: id never used again: removing entries writes a new row), as sorted numpy arrays
        self._delta: dict[int, np.ndarray] = {}
        #: ``trail_filter``'s row read last: (its id, its words); a row is never changed
        #: and its id never used again (a new filter is a new row)
        self._filter: tuple[int, np.ndarray] | None = None

    def _t(self, table: str) -> str:
        """The table a rebuild writes (a store building aside names its own)."""
        return table

    def _blob_rows(self, sql: str, params: list[Any]) -> Iterable[tuple[Any, ...]]:
        """The rows of a read of blobs (postings, counts): an engine may fetch them its
        cheapest way."""
        return self.sql.tuples(sql, params)

    # ------------------------------------------------------------------ dialect
    def text(self, column: str) -> str:
        """``column`` as plain text (a case-blind ``citext`` name on PostgreSQL)."""
        return column

    def bytewise(self, column: str) -> str:
        """An ``ORDER BY`` key sorting ``column`` byte by byte (ISO dates)."""
        return column

    # ------------------------------------------------------------------ state and queue
    def state(self, key: str) -> str | None:
        value = self.sql.value("SELECT value FROM trail_state WHERE key = ?", [key])
        return None if value is None else str(value)

    def set_state(self, key: str, value: str) -> None:
        self.sql.run("INSERT INTO trail_state (key, value) VALUES (?, ?)"
                     " ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, value])

    def item_count(self) -> int:
        return int(self.sql.value("SELECT coalesce(max(id), 0) FROM trail_items"))

    def marks(self) -> dict[str, int]:
        """The highest annotation and article id the trail has taken in."""
        out = {"annotations": 0, "articles": 0}
        out.update((str(what), int(last)) for what, last in self.sql.tuples(
            "SELECT what, last_id FROM trail_marks"))
        return out

    # ------------------------------------------------------------------ sources
    def quote_annotations(self, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        """id → (article_id, exact, start, end) of those ids that are placed quotes."""
        condition, params = self.sql.any_of("id", ids)
        return {int(row[0]): tuple(row[1:]) for row in self.sql.tuples(
            f'SELECT id, article_id, exact, start, "end" FROM annotations'
            f" WHERE {condition} AND {self.placed_quotes}", params)}

    def article_text(self, article_id: int) -> str | None:
        return self.article_texts([article_id]).get(article_id)

    def article_texts(self, ids: Sequence[int]) -> dict[int, str]:
        """Article id → text, for those of ``ids`` that exist."""
        condition, params = self.sql.any_of("id", ids)
        return {int(i): str(t) for i, t in self.sql.tuples(
            f"SELECT id, text FROM articles WHERE {condition}", params)}

    def article_count(self) -> int:
        return int(self.sql.value("SELECT count(*) FROM articles"))

    def quote_spans_taken(self, article_id: int) -> list[tuple[int, int]]:
        """Spans of the article's placed quote annotations (a quoted span inside one is
        that annotation, not a suggestion)."""
        return self.quote_spans_taken_of([article_id]).get(article_id, [])

    def quote_spans_taken_of(self, article_ids: Sequence[int]) -> dict[int, list[tuple[int, int]]]:
        """Article id → ``quote_spans_taken``, for those of ``article_ids`` that have any."""
        condition, params = self.sql.any_of("article_id", article_ids)
        out: dict[int, list[tuple[int, int]]] = {}
        for article_id, start, end in self.sql.tuples(
                f'SELECT article_id, start, "end" FROM annotations WHERE {condition}'
                f" AND {self.placed_quotes} ORDER BY article_id, start, id", params):
            out.setdefault(int(article_id), []).append((int(start), int(end)))
        return out

    def dismissed_quotes(self, article_id: int | None = None) -> set[tuple[int, str]]:
        return self.dismissed_quotes_of(None if article_id is None else [article_id])

    def dismissed_quotes_of(self, article_ids: Sequence[int] | None) -> set[tuple[int, str]]:
        """(article id, exact) of the dismissed quote suggestions (of these articles)."""
        sql = "SELECT article_id, exact FROM dismissed_suggestions WHERE kind = 'quote'"
        params: list[Any] = []
        if article_ids is not None:
            condition, params = self.sql.any_of("article_id", article_ids)
            sql += f" AND {condition}"
        return {(int(a), str(e)) for a, e in self.sql.tuples(sql, params)}

    # ------------------------------------------------------------------ items
    def items_for_annotations(self, ids: Sequence[int]) -> dict[int, StoredItem]:
        condition, params = self.sql.any_of("annotation_id", ids)
        return {int(row[1]): _item(row) for row in self.sql.tuples(
            f"SELECT {ITEM} FROM trail_items WHERE {condition}", params)}

    def items_of_article(self, article_id: int) -> list[StoredItem]:
        return self.items_of_articles([article_id])

    def items_of_articles(self, article_ids: Sequence[int]) -> list[StoredItem]:
        """The items of these articles, by id."""
        condition, params = self.sql.any_of("article_id", article_ids)
        return [_item(row) for row in self.sql.tuples(
            f"SELECT {ITEM} FROM trail_items WHERE {condition} ORDER BY id", params)]

    def item(self, item_id: int) -> StoredItem | None:
        return self.items_by_id([item_id]).get(item_id)

    def items_by_id(self, ids: Sequence[int]) -> dict[int, StoredItem]:
        """Item id → item, for those of ``ids`` that exist."""
        condition, params = self.sql.any_of("id", ids)
        return {int(row[0]): _item(row) for row in self.sql.tuples(
            f"SELECT {ITEM} FROM trail_items WHERE {condition}", params)}

    def add_item(self, annotation_id: int | None, article_id: int, start: int, end: int,
                 exact: str) -> int:
        """A new item, a cluster of its own (each engine hands out its id)."""
        raise NotImplementedError

    def add_items(self, rows: Sequence[tuple[int | None, int, int, int, str]],
                  words: Sequence[int] | None = None,
                  signatures: Sequence[bytes] | None = None) -> list[int]:
        """New items from rows of (annotation_id, article_id, start, end, exact), each a
        cluster of its own; returns their ids, in order. (``words``, ``signatures``: a
        store that keeps each item's number of words and ``text.signature`` stores them.)"""
        return [self.add_item(*row) for row in rows]

    def item_words(self, ids: Sequence[int]) -> dict[int, int]:
        """Item id → its number of words (65,535 for that many or more), for those of
        ``ids`` that have it stored: read from ``trail_words``, a few rows of 65,536 items
        each however many ids (a catch-up asks about tens of thousands of items)."""
        import numpy as np

        wanted = np.asarray(ids, dtype=np.int64)
        counts = self.item_word_counts(wanted)
        known = counts > 0
        return dict(zip(wanted[known].tolist(), counts[known].tolist(), strict=True))

    def item_word_counts(self, ids: np.ndarray) -> np.ndarray:
        """``item_words`` as a numpy uint16 array beside ``ids`` (a numpy int64 array): 0
        where the number is not stored (an item stored before its words were counted, or
        none)."""
        import numpy as np

        counts = np.zeros(len(ids), dtype=np.uint16)
        if not len(ids):
            return counts
        part_of = ids // WORDS_PART
        condition, params = self.sql.any_of("part", sorted_unique(part_of).tolist())
        for part, blob in self._blob_rows(
                f"SELECT part, counts FROM trail_words WHERE {condition}", params):
            mine = part_of == part
            counts[mine] = np.frombuffer(blob, dtype="<u2")[ids[mine] % WORDS_PART]
        return counts

    def set_item_words(self, rows: Iterable[tuple[int, int]]) -> None:
        """Rows of (item id, its number of words): counted for an item stored without."""
        self._write_words(rows)

    def _write_words(self, rows: Iterable[tuple[int, int | None]]) -> None:
        """Note (item id, number of words) rows in ``trail_words``: one read and one write
        of each row of 65,536 items they fall in."""
        parts: dict[int, list[tuple[int, int]]] = {}
        for item_id, words in rows:
            if words is not None:
                parts.setdefault(item_id // WORDS_PART, []).append(
                    (item_id % WORDS_PART, min(max(words, 0), 0xFFFF)))
        table = self._t("trail_words")
        for part, counts in parts.items():
            values = words_array(self.sql.value(f"SELECT counts FROM {table} WHERE part = ?",
                                                [part]))
            for at, words in counts:
                values[at] = words
            self.sql.run(f"INSERT INTO {table} (part, counts) VALUES (?, ?)"
                         " ON CONFLICT (part) DO UPDATE SET counts = excluded.counts",
                         [part, words_blob(values)])

    def item_for_annotation(self, annotation_id: int) -> StoredItem | None:
        return self.items_for_annotations([annotation_id]).get(annotation_id)

    def item_signatures(self, ids: Sequence[int]) -> dict[int, bytes]:
        """Item id → its stored ``text.signature``, for those of ``ids`` that have one (an
        item stored without: none): the ``trail_sigs`` rows that hold ``SIGS_AT_ONCE`` of
        them or more read whole, the others' (and any a row does not hold) from their
        ``trail_items`` rows."""
        import numpy as np

        wanted = sorted_unique(np.fromiter(ids, dtype=np.int64))
        out: dict[int, bytes] = {}
        part = wanted // SIGS_PART
        numbers, counts = np.unique(part, return_counts=True)
        dense = numbers[counts >= SIGS_AT_ONCE].tolist()
        unread = np.ones(len(wanted), dtype=bool)
        if dense:
            condition, params = self.sql.any_of("part", dense)
            for number, ends, data in self._blob_rows(
                    f"SELECT part, ends, data FROM {SIGS} WHERE {condition}", params):
                lo, hi = np.searchsorted(part, [number, number + 1])
                mine = wanted[lo:hi]
                at = mine % SIGS_PART
                bounds = np.concatenate(([0], np.frombuffer(ends, dtype="<u4")))
                starts, stops = (2 * bounds[at]).tolist(), (2 * bounds[at + 1]).tolist()
                blob = bytes(data)
                held = [(item_id, blob[a:b]) for item_id, a, b in zip(
                    mine.tolist(), starts, stops, strict=True) if b > a]
                out.update(held)
                unread[lo:hi] = False
                if len(held) < len(mine):  # (none there: perhaps in its row)
                    unread[lo:hi] = [item_id not in out for item_id in mine.tolist()]
        rest = wanted[unread].tolist()
        if rest:
            condition, params = self.sql.any_of("id", rest)
            out.update((int(i), bytes(s)) for i, s in self._blob_rows(
                f"SELECT id, sig FROM trail_items WHERE {condition} AND sig IS NOT NULL",
                params))
        return out

    def _write_sigs(self, rows: Iterable[tuple[int, bytes | None]]) -> None:
        """Note (item id, signature) rows in ``trail_sigs`` (None: nothing to note): one read
        and one write of each row of ``SIGS_PART`` items they fall in."""
        parts: dict[int, list[tuple[int, bytes]]] = {}
        for item_id, sig in rows:
            if sig is not None:
                parts.setdefault(item_id // SIGS_PART, []).append(
                    (item_id % SIGS_PART, bytes(sig)))
        table = self._t(SIGS)
        for part, sigs in parts.items():
            found = list(self._blob_rows(f"SELECT ends, data FROM {table} WHERE part = ?",
                                         [part]))
            pieces = sigs_unpack(*found[0]) if found else sigs_unpack(None, None)
            for at, sig in sigs:
                pieces[at] = sig
            ends, data = sigs_pack(pieces)
            self.sql.run(f"INSERT INTO {table} (part, ends, data) VALUES (?, ?, ?)"
                         " ON CONFLICT (part) DO UPDATE SET ends = excluded.ends,"
                         " data = excluded.data", [part, ends, data])

    def sigs_missing(self) -> bool:
        """Whether the items' signatures have no ``trail_sigs`` rows (a trail built before
        there were any), or not all yet: ``make_sigs`` makes them, a step at a time."""
        if self.state(SIGS_LEFT) is not None:
            return True
        return (self.sql.value(f"SELECT 1 FROM {SIGS} LIMIT 1") is None
                and self.sql.value("SELECT max(id) FROM trail_items") is not None)

    def make_sigs(self, items: int = SIGS_PART * 64) -> bool:
        """One step of making ``trail_sigs`` from the items' ``trail_items.sig``: the rows
        of the next ``items`` ids (a row for every part that has items, empty where an item
        has none), where the last step left off (``trail_state``, written with them: each
        step is a short transaction of its own, R13-11). True when none is left. Items a
        catch-up adds meanwhile write their own (``add_items``: to a row, with what is
        there); a rebuild writes every row (``sigs_made``)."""
        start = int(self.state(SIGS_LEFT) or 0)  # (absent: none made yet)
        end = start + items
        rows = [(int(i), b"" if s is None else bytes(s)) for i, s in self._blob_rows(
            "SELECT id, sig FROM trail_items WHERE id >= ? AND id < ? ORDER BY id",
            [start, end])]
        self._write_sigs(rows)
        done = end > int(self.sql.value("SELECT coalesce(max(id), 0) FROM trail_items"))
        if done:
            self.sigs_made()
        else:
            self.set_state(SIGS_LEFT, str(end))
        return done

    def sigs_made(self) -> None:
        """Every item's ``trail_sigs`` row is made (the last step, or a build, wrote them)."""
        self.sql.run("DELETE FROM trail_state WHERE key = ?", [SIGS_LEFT])

    def items_texts(self, ids: Sequence[int]) -> dict[int, str]:
        condition, params = self.sql.any_of("id", ids)
        return {int(i): str(e) for i, e in self.sql.tuples(
            f"SELECT id, exact FROM trail_items WHERE {condition}", params)}

    def move_item(self, item_id: int, start: int, end: int) -> None:
        self.sql.run('UPDATE trail_items SET start = ?, "end" = ? WHERE id = ?',
                     [start, end, item_id])

    def _bucket_entries(self, shingles: np.ndarray) -> np.ndarray:
        """The entries of the buckets these shingles fall in, as one sorted array (the
        buckets in order, each one's entries sorted), read in one query."""
        import numpy as np

        bits = self._filter_now()
        if bits is not None and len(shingles):  # (no bucket read for a shingle in none)
            shingles = shingles[filter_keeps(bits, shingles)]
        numbers = sorted_unique(shingles.astype(np.uint64) >> np.uint64(BUCKET_SHIFT))
        if not len(numbers):
            return np.zeros(0, np.uint64)
        return self._entries_of_buckets(numbers.tolist())

    def _entries_of_buckets(self, numbers: list[int]) -> np.ndarray:
        """The entries of these buckets (ascending), in their order, as one array."""
        condition, params = self.sql.any_of("bucket", numbers)
        return entries_array([row[0] for row in self._blob_rows(
            f"SELECT entries FROM trail_postings WHERE {condition} ORDER BY bucket", params)])

    def _extra_entries(self, shingles: np.ndarray) -> list[np.ndarray]:
        """Entries of these shingles waiting outside the buckets (``trail_postings_new``)."""
        return self._delta_entries(shingles)

    def postings_entries(self, shingles: Iterable[int] | np.ndarray) -> np.ndarray:
        """Every posting (``shingle << 32 | item``) of these shingles, sorted, each once, as
        a numpy uint64 array: one read however many shingles (a catch-up's thousands)."""
        import numpy as np

        wanted = sorted_unique(shingles.astype(np.uint64) if isinstance(shingles, np.ndarray)
                               else np.fromiter(shingles, dtype=np.uint64))
        with self._read_together():  # (the filter, the buckets, the rows waiting)
            found = entries_with(self._bucket_entries(wanted), wanted)
            extra = self._extra_entries(wanted)
        return sorted_unique(np.concatenate([found, *extra]))

    def _read_together(self) -> AbstractContextManager[None]:
        """Several reads that must see the trail at one moment (R12-12): a fold's steps
        between them (another program's) could move postings from the rows read after to
        the buckets read before, or give the buckets shingles the filter read before did
        not know. The caller's transaction does (a catch-up's); outside one, each engine
        its own way."""
        return nullcontext()

    def remove_item(self, item_id: int, shingles: Iterable[int]) -> list[int]:
        """Delete an item, its postings and links; returns the items it was linked to."""
        neighbours = [int(r[0]) for r in self.sql.tuples(
            "SELECT b FROM trail_links WHERE a = ? UNION SELECT a FROM trail_links WHERE b = ?",
            [item_id, item_id])]
        self.remove_items([(item_id, shingles)])
        return sorted(neighbours)

    def remove_items(self, items: Sequence[tuple[int, Iterable[int]]]) -> None:
        """Delete items, their postings (under their shingles) and links, together: each
        bucket they were posted in read and written once, each waiting row of postings
        rewritten once (a catch-up removes a thousand suggested passages when their
        articles' quotes are imported; one at a time, each rewrote the rows they wait in)."""
        import numpy as np

        gone = {item_id: set(shingles) for item_id, shingles in items}
        if not gone:
            return
        ids = sorted(gone)
        for column in ("a", "b"):
            condition, params = self.sql.any_of(column, ids)
            self.sql.run(f"DELETE FROM trail_links WHERE {condition}", params)
        entries = sorted_unique(np.fromiter(
            (entry(shingle, item_id) for item_id, its in gone.items() for shingle in its),
            dtype=np.uint64))
        self._remove_from_buckets(entries)
        self._drop_from_delta(entries)
        condition, params = self.sql.any_of("id", ids)
        self.sql.run(f"DELETE FROM trail_items WHERE {condition}", params)
        condition, params = self.sql.any_of("item", ids)
        self.sql.run(f"DELETE FROM trail_found_speakers WHERE {condition}", params)

    def _put_buckets(self, rows: list[tuple[int, bytes]], gone: Sequence[int]) -> None:
        """Write these (bucket, entries blob) rows in place of the stored ones, and delete
        the buckets ``gone`` (each engine its fastest way)."""
        raise NotImplementedError

    def _remove_from_buckets(self, gone: np.ndarray) -> None:
        """Take these sorted entries out of the buckets they are in (an emptied bucket's row
        goes), all the buckets' entries as one sorted array. No bucket is read for an entry
        whose shingle the buckets' filter shows is in none (the passages a catch-up drops
        when their quotes are imported were mostly taken in by the catch-up before: their
        postings wait beside the buckets)."""
        import numpy as np

        bits = self._filter_now()
        if bits is not None and len(gone):
            gone = gone[filter_keeps(bits, gone >> np.uint64(32))]
        if not len(gone):
            return
        shift = np.uint64(32 + BUCKET_SHIFT)
        values = self._entries_of_buckets(sorted_unique(gone >> shift).tolist())  # (sorted)
        if not len(values):
            return
        at = np.minimum(np.searchsorted(values, gone), len(values) - 1)
        hit = np.zeros(len(values), dtype=bool)
        hit[at[values[at] == gone]] = True
        changed = sorted_unique(values[hit] >> shift)
        rest = values[~hit]
        rest = rest[np.isin(rest >> shift, changed)]  # (the entries left in those buckets)
        rows = _bucket_rows(rest)
        kept = {number for number, _ in rows}
        self._put_buckets(rows, [n for n in changed.tolist() if n not in kept])

    def add_postings_many(self, entries: Iterable[tuple[int, int]]) -> None:
        """Add many (shingle, item) postings: appended to ``trail_postings_new`` as one row
        of sorted entries (``add_posting_entries``)."""
        import numpy as np

        self.add_posting_entries(sorted_unique(np.fromiter(
            (entry(shingle, item) for shingle, item in entries), dtype=np.uint64)))

    def add_posting_entries(self, entries: np.ndarray) -> None:
        """Append sorted, distinct postings to ``trail_postings_new`` as one row. Merging
        them into their buckets would rewrite a bucket row per shingle (a thousand articles
        touch most of the index); they are folded in later, many at a time
        (``fold_range``). The newest rows no more than ``TIER`` times as big as the new
        ones are merged with them into that row, so each row is more than ``TIER`` times
        the next (a few rows however many catch-ups: every read searches each row)."""
        import numpy as np

        if not len(entries):
            return
        rows = self._delta_rows()
        merged, gone = entries, []
        for row_id in sorted(rows, reverse=True):  # (newest first)
            if len(rows[row_id]) > TIER * len(merged):
                break
            gone.append(row_id)
            merged = sorted_unique(np.concatenate((rows[row_id], merged)))
        if gone:
            condition, params = self.sql.any_of("id", gone)
            self.sql.run(f"DELETE FROM {DELTA} WHERE {condition}", params)
        self.sql.run(f"INSERT INTO {DELTA} (entries) VALUES (?)",
                     [merged.astype("<u8").tobytes()])

    # ------------------------------------------------------------------ the buckets' filter
    def _filter_now(self) -> np.ndarray | None:
        """The buckets' filter (``store.trail.filter_keeps``), read once per row; None when
        there is none (every bucket asked for is read)."""
        latest = self.sql.value(f"SELECT max(id) FROM {FILTER}")
        if latest is None:
            self._filter = None
            return None
        if self._filter is None or self._filter[0] != int(latest):
            blob = next(iter(self._blob_rows(f"SELECT bits FROM {FILTER} WHERE id = ?",
                                             [int(latest)])))[0]
            self._filter = (int(latest), filter_bits(bytes(blob)))
        return self._filter[1]

    def filter_missing(self) -> bool:
        """Whether the buckets have no filter (a trail built before there were filters, or
        buckets written outside a build): ``make_filter`` makes one."""
        return self.sql.value(f"SELECT max(id) FROM {FILTER}") is None

    def make_filter(self) -> None:
        """The filter of every bucket's shingles, made from the buckets (read a sixteenth of
        the range at a time) and stored in place of any other."""
        postings = int(self.sql.value(
            "SELECT coalesce(sum(length(entries)), 0) / 8 FROM trail_postings"))
        self._write_filter(self._filter_of_buckets(filter_words(postings)))

    def _filter_of_buckets(self, words: int) -> np.ndarray:
        """A filter of ``words`` words made from every bucket's shingles."""
        import numpy as np

        bits = np.zeros(words, dtype=np.uint64)
        step = BUCKETS // 16
        for lo in range(0, BUCKETS, step):
            values = entries_array([row[0] for row in self._blob_rows(
                "SELECT entries FROM trail_postings WHERE bucket >= ? AND bucket < ?"
                " ORDER BY bucket", [lo, lo + step])])
            filter_add(bits, values >> np.uint64(32))
        return bits

    def insert_filter(self, postings: np.ndarray) -> None:
        """The filter of a build's postings (sorted), for the buckets it writes."""
        self._write_filter(filter_of(postings))

    def _write_filter(self, bits: np.ndarray) -> None:
        self.sql.run(f"DELETE FROM {FILTER}")
        self.sql.run(f"INSERT INTO {FILTER} (bits) VALUES (?)", [filter_blob(bits)])

    def _filter_learns(self, upto: int) -> None:
        """The filter (if there is one) notes the shingles of the waiting rows up to
        ``upto``, before any of them is folded into the buckets (so at every commit it
        holds every bucket's shingles; a row folded later names a few more: no harm). A
        filter the buckets have outgrown (``filter_full``: it says yes ever more often, to
        ≈ 1 in 8 absent shingles by then) is made again from them, twice as big."""
        import numpy as np

        bits = self._filter_now()
        if bits is None:
            return
        folded = [values for row_id, values in self._delta_rows().items() if row_id <= upto]
        bits = bits.copy()
        while True:
            for values in folded:
                filter_add(bits, values >> np.uint64(32))
            if not filter_full(bits):
                break
            bits = self._filter_of_buckets(2 * len(bits))  # (then the rows: next turn)
        self._write_filter(bits)

    # ------------------------------------------------------------------ postings waiting
    def _delta_rows(self) -> dict[int, np.ndarray]:
        """``trail_postings_new``'s rows by id: those not read before are read now."""
        ids = [int(i) for i in self.sql.column(f"SELECT id FROM {DELTA}")]
        cache = self._delta
        for gone in set(cache).difference(ids):
            del cache[gone]
        missing = [i for i in ids if i not in cache]
        if missing:
            condition, params = self.sql.any_of("id", missing)
            for row_id, blob in self._blob_rows(
                    f"SELECT id, entries FROM {DELTA} WHERE {condition}", params):
                cache[int(row_id)] = entries_array([blob])
        return {i: cache[i] for i in ids}

    def _delta_entries(self, shingles: np.ndarray) -> list[np.ndarray]:
        """The delta's entries of these (sorted, distinct) shingles, a sorted array per row."""
        return [found for values in self._delta_rows().values()
                if len(found := entries_with(values, shingles))]

    def _drop_from_delta(self, gone: np.ndarray) -> None:
        """Remove these sorted entries from the delta's rows: each row holding any is
        replaced by a new row (ids are never used again, so a cached row stays right)."""
        import numpy as np

        if not len(gone):
            return
        for row_id, values in self._delta_rows().items():
            if not len(values):
                continue
            # (each row is sorted: two searches per removed entry, not ``np.isin``'s sort of
            # the row, 33–240 ms for a row of 4,000,000 when a catch-up removes passages)
            at = np.minimum(np.searchsorted(values, gone), len(values) - 1)
            found = at[values[at] == gone]
            if len(found):
                self.sql.run(f"DELETE FROM {DELTA} WHERE id = ?", [row_id])
                rest = np.delete(values, found)
                if len(rest):
                    self.sql.run(f"INSERT INTO {DELTA} (entries) VALUES (?)",
                                 [rest.astype("<u8").tobytes()])

    def delta_size(self) -> int:
        """How many postings wait in ``trail_postings_new`` to be folded into the buckets."""
        return int(self.sql.value(f"SELECT coalesce(sum(length(entries)), 0) / 8 FROM {DELTA}"))

    def fold_plan(self) -> tuple[int, list[tuple[int, int]]]:
        """(the newest delta row to fold, the bucket ranges to fold it in: each a
        transaction of its own). The buckets' filter learns the rows' shingles now."""
        upto = int(self.sql.value(f"SELECT coalesce(max(id), 0) FROM {DELTA}"))
        self._filter_learns(upto)
        step = BUCKETS // 16
        return upto, [(lo, lo + step) for lo in range(0, BUCKETS, step)]

    def fold_range(self, upto: int, lo: int, hi: int) -> None:
        """Merge the entries of delta rows up to ``upto`` whose buckets are ``lo`` … ``hi - 1``
        into those buckets (the rows stay until ``fold_done``: readers drop the entries
        found twice meanwhile)."""
        import numpy as np

        shift = np.uint64(32 + BUCKET_SHIFT)
        bounds = np.array([lo, hi], dtype=np.uint64) << shift  # (the last range's end: 2⁶⁴)
        parts = []
        for row_id, values in self._delta_rows().items():
            if row_id <= upto:
                a, b = np.searchsorted(values, bounds)
                parts.append(values[a:] if hi >= BUCKETS else values[a:b])
        wanted = sorted_unique(np.concatenate(parts)) if parts else np.zeros(0, np.uint64)
        if not len(wanted):
            return
        merged = sorted_unique(np.concatenate(
            (self._entries_of_buckets(sorted_unique(wanted >> shift).tolist()), wanted)))
        self._put_buckets(_bucket_rows(merged), [])

    def fold_done(self, upto: int) -> None:
        """The delta rows up to ``upto`` are in their buckets now."""
        self.sql.run(f"DELETE FROM {DELTA} WHERE id <= ?", [upto])

    def postings(self, shingles: Iterable[int], cap: int = POSTING_CAP) -> dict[int, list[int]]:
        """Shingle → the items that have it, for each shingle that is not too common
        (shared by more than ``cap`` items)."""
        import numpy as np

        values = self.postings_entries(shingles)
        out: dict[int, list[int]] = {}
        if not len(values):
            return out
        shingle = values >> np.uint64(32)
        starts = np.flatnonzero(np.concatenate(([True], shingle[1:] != shingle[:-1])))
        ends = np.append(starts[1:], len(values))
        items = (values & np.uint64(0xFFFFFFFF)).tolist()
        for key, lo, hi in zip(shingle[starts].tolist(), starts.tolist(), ends.tolist(),
                               strict=True):
            if hi - lo <= cap:
                out[key] = items[lo:hi]
        return out

    def links_among(self, ids: Sequence[int]) -> list[tuple[int, int]]:
        """The links (a < b) between items of ``ids``."""
        a_in, a_params = self.sql.any_of("a", ids)
        b_in, b_params = self.sql.any_of("b", ids)
        return [(int(a), int(b)) for a, b in self.sql.tuples(
            f"SELECT a, b FROM trail_links WHERE {a_in} AND {b_in} ORDER BY a, b",
            [*a_params, *b_params])]

    def links_touching(self, ids: Sequence[int]) -> list[tuple[int, int]]:
        if not ids:
            return []
        a_in, a_params = self.sql.any_of("a", ids)
        b_in, b_params = self.sql.any_of("b", ids)
        return [(int(a), int(b)) for a, b in self.sql.tuples(
            f"SELECT a, b FROM trail_links WHERE {a_in} UNION"
            f" SELECT a, b FROM trail_links WHERE {b_in} ORDER BY 1, 2",
            [*a_params, *b_params])]

    def links_of_listed(self) -> list[tuple[int, int, int]]:
        return [(int(a), int(b), int(c)) for a, b, c in self.sql.tuples(
            "SELECT l.a, l.b, i.cluster FROM trail_links l JOIN trail_items i ON i.id = l.a"
            " WHERE i.cluster IN (SELECT id FROM trail_clusters) ORDER BY i.cluster, l.a, l.b",
            [])]

    def summarised_clusters(self) -> list[int]:
        return [int(c) for c in self.sql.column("SELECT id FROM trail_clusters ORDER BY id")]

    def members(self, cluster: int) -> list[int]:
        return [int(i) for i in self.sql.column(
            "SELECT id FROM trail_items WHERE cluster = ? ORDER BY id", [cluster])]

    def set_cluster(self, item_ids: Sequence[int], cluster: int) -> None:
        condition, params = self.sql.any_of("id", item_ids)
        self.sql.run(f"UPDATE trail_items SET cluster = ? WHERE {condition}", [cluster, *params])

    def relabel_clusters(self, old: Sequence[int], new: int) -> None:
        """Every item of the clusters ``old`` goes to cluster ``new``."""
        condition, params = self.sql.any_of("cluster", old)
        self.sql.run(f"UPDATE trail_items SET cluster = ? WHERE {condition}", [new, *params])

    # ------------------------------------------------------------------ summaries
    def _member_rows(self, where: str, params: list[Any], order: str) -> list[MemberRow]:
        rows = self.sql.tuples(
            'SELECT i.id, i.annotation_id, i.article_id, i.start, i."end", i.exact, i.cluster,'
            f" a.source, a.title, {DATE}, a.url, a.imported_at,"
            f" coalesce({self.text('s.name')}, ''),"
            " a.published <> '' AND a.published_inferred <> 0"
            " FROM trail_items i JOIN articles a ON a.id = i.article_id"
            " LEFT JOIN annotations n ON n.id = i.annotation_id"
            " LEFT JOIN speakers s ON s.id = n.speaker_id"
            f" WHERE {where} ORDER BY {order}", params)
        return [MemberRow(i, n, a, start, end, exact, cluster, source, title, published, url,
                          imported, speaker, bool(inferred))
                for (i, n, a, start, end, exact, cluster, source, title, published, url,
                     imported, speaker, inferred) in rows]

    def member_rows(self, cluster: int) -> list[MemberRow]:
        """The cluster's members that still have their article, with article fields."""
        return self._member_rows("i.cluster = ?", [cluster], "i.id")

    def member_rows_of(self, clusters: Sequence[int]) -> list[MemberRow]:
        """``member_rows`` of many clusters in one read, by cluster and item id."""
        condition, params = self.sql.any_of("i.cluster", clusters)
        return self._member_rows(condition, params, "i.cluster, i.id")

    def insert_summaries(self, rows: Iterable[tuple[Any, ...]]) -> None:
        """Rows of (cluster, size, outlets, first_date, speaker, fullest, speaker_suggested):
        ``speaker_suggested`` 1 when ``speaker`` is the attribution's guess, 0 when a coder
        named it or (``speaker`` empty) no guess was found, None: not worked out yet."""
        raise NotImplementedError

    def write_summary(self, cluster: int, size: int, outlets: int, first_date: str,
                      speaker: str, fullest: int, speaker_suggested: int | None = 0) -> None:
        self.insert_summaries([(cluster, size, outlets, first_date, speaker, fullest,
                                speaker_suggested)])

    def summaries_of(self, clusters: Sequence[int]) -> dict[int, tuple[int, str, int | None]]:
        """Cluster → (fullest item, speaker, speaker_suggested) of those summarised."""
        condition, params = self.sql.any_of("id", clusters)
        return {int(c): (int(f), str(s), None if g is None else int(g))
                for c, f, s, g in self.sql.tuples(
                    "SELECT id, fullest, speaker, speaker_suggested FROM trail_clusters"
                    f" WHERE {condition}", params)}

    def unguessed_clusters(self) -> list[int]:
        """Clusters whose speaker is not worked out yet (``insert_summaries``)."""
        return [int(c) for c in self.sql.column(
            "SELECT id FROM trail_clusters WHERE speaker_suggested IS NULL ORDER BY id")]

    def set_guessed_speakers(self, rows: Sequence[tuple[int, str]]) -> None:
        """(cluster, guessed speaker or '') of clusters no coder names a speaker of."""
        for cluster, speaker in rows:
            self.sql.run("UPDATE trail_clusters SET speaker = ?, speaker_suggested = ?"
                         " WHERE id = ?", [speaker, 1 if speaker else 0, cluster])

    def found_speakers(self, items: Sequence[int]) -> dict[int, tuple[str, str, str]]:
        """Item id -> (key, speaker, written) kept for those of ``items`` that have one."""
        if not items:
            return {}
        condition, params = self.sql.any_of("item", items)
        return {int(r[0]): (r[1], r[2], r[3]) for r in self.sql.tuples(
            f"SELECT item, key, speaker, written FROM trail_found_speakers WHERE {condition}",
            params)}

    def unfound_items(self, limit: int, after: int = 0) -> list[StoredItem]:
        """Up to ``limit`` items no coder annotated, in a cluster of two or more versions
        (one a trail lists), with no speaker kept (``found_speakers``), by article from
        article ``after`` on (article ids above it): the versions whose speakers a trail's
        first open would work out. (Read from the summaries' clusters: the unary plus keeps
        SQLite off ``annotation_id``'s index, whose NULLs are every passage not annotated.)"""
        return [_item(row) for row in self.sql.tuples(
            'SELECT i.id, i.annotation_id, i.article_id, i.start, i."end", i.exact, i.cluster'
            " FROM trail_items i WHERE i.cluster IN (SELECT id FROM trail_clusters)"
            " AND +i.annotation_id IS NULL AND i.article_id > ? AND NOT EXISTS"
            " (SELECT 1 FROM trail_found_speakers f WHERE f.item = i.id)"
            f" ORDER BY i.article_id, i.id LIMIT {int(limit)}", [after])]

    def kept_items(self, limit: int, after: int = 0) -> list[StoredItem]:
        """Up to ``limit`` items with a speaker kept, in a cluster of two or more, by item
        id from ``after`` on (ids above it): those whose kept speaker may have been worked
        out under other rules or aliases."""
        return [_item(row) for row in self.sql.tuples(
            'SELECT i.id, i.annotation_id, i.article_id, i.start, i."end", i.exact, i.cluster'
            " FROM trail_found_speakers f JOIN trail_items i ON i.id = f.item"
            " WHERE f.item > ? AND i.cluster IN (SELECT id FROM trail_clusters)"
            f" AND +i.annotation_id IS NULL ORDER BY f.item LIMIT {int(limit)}", [after])]

    def keep_found_speakers(self, rows: Sequence[tuple[int, str, str, str]]) -> None:
        """Keep (item, key, speaker, written) rows, in place of any kept for those items."""
        self.sql.run_many(
            "INSERT INTO trail_found_speakers (item, key, speaker, written) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (item) DO UPDATE SET key = excluded.key, speaker = excluded.speaker,"
            " written = excluded.written", rows)

    def drop_summary(self, cluster: int) -> None:
        self.drop_summaries([cluster])

    def drop_summaries(self, clusters: Sequence[int]) -> None:
        condition, params = self.sql.any_of("id", clusters)
        self.sql.run(f"DELETE FROM trail_clusters WHERE {condition}", params)

    keeps_unsplit = False  # (a store that keeps them: SQLite's, ``trail_unsplit``)

    def note_unsplit(self, clusters: Sequence[int]) -> None:
        if clusters:
            raise NotImplementedError("this store summarises every cluster at once")

    def forget_unsplit(self, clusters: Sequence[int]) -> None:
        pass

    def unsplit_clusters(self, among: Sequence[int] | None = None) -> list[int]:
        return []

    # ------------------------------------------------------------------ listing
    def collection_id(self, name: str) -> int | None:
        return optional_id(self.sql.value("SELECT id FROM collections WHERE name = ?", [name]))

    def _cluster_filter(self, min_outlets: int, min_size: int,
                        speaker_ids: Sequence[int] | None,
                        collection_id: int | None, tag: str, only: Sequence[int] | None,
                        excluding: Sequence[int] | None, speaker_name: str = ""
                        ) -> tuple[str, list[Any]]:
        where = ["c.outlets >= ?", "c.size >= ?"]
        params: list[Any] = [min_outlets, min_size]
        if speaker_ids is not None or speaker_name:  # named by a coder, or the guess
            ids = list(speaker_ids or ()) or [-1]
            named, named_params = (("n.speaker_id = ?", ids) if len(ids) == 1
                                   else self.sql.any_of("n.speaker_id", ids))
            where.append("(c.id IN (SELECT i.cluster FROM trail_items i JOIN annotations n"
                         f" ON n.id = i.annotation_id WHERE {named})"
                         " OR (c.speaker_suggested = 1 AND (lower(c.speaker) = ?"
                         " OR lower(c.speaker) LIKE ? ESCAPE '\\')))")
            # (a guessed name matches as a whole, or by its last words: "Lavrov")
            params += [*named_params, speaker_name.lower(),
                       "% " + like_escape(speaker_name.lower())]
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
        if only is not None:
            condition, values = self.sql.any_of("c.id", only)
            where.append(condition)
            params += values
        if excluding:
            condition, values = self.sql.any_of("c.id", excluding)
            where.append(f"NOT ({condition})")
            params += values
        return " AND ".join(where), params

    def cluster_order(self, sort: str, descending: bool) -> list[str]:
        """The Quotes list's order: ``sort``'s column (an empty speaker or date last either
        way), then more outlets, the earlier first date, the cluster. Each order (and its
        reverse) has an index of exactly these terms (the migrations
        ``…_quotes_list_orders``), so a page of the list reads only its rows."""
        first = self.bytewise("c.first_date")
        way = " DESC" if descending else ""
        return {"outlets": [f"c.outlets{way}", first, "c.id"],
                "size": [f"c.size{way}", "c.outlets DESC", first, "c.id"],
                "date": ["c.first_date = ''", f"{first}{way}", "c.outlets DESC", "c.id"],
                "speaker": ["c.speaker = ''", f"{self.sql.nocase('c.speaker')}{way}",
                            "c.outlets DESC", first, "c.id"]}[sort]

    def list_clusters(self, *, min_outlets: int, min_size: int,
                      speaker_ids: Sequence[int] | None,
                      collection_id: int | None, tag: str, sort: str, descending: bool,
                      limit: int | None, offset: int, only: Sequence[int] | None = None,
                      excluding: Sequence[int] | None = None, speaker_name: str = ""
                      ) -> list[tuple[Any, ...]]:
        """(cluster, size, outlets, first date, speaker, fullest text, fullest item, speaker
        suggested) rows."""
        where, params = self._cluster_filter(min_outlets, min_size, speaker_ids, collection_id,
                                             tag, only, excluding, speaker_name)
        sql = ("SELECT c.id, c.size, c.outlets, c.first_date, c.speaker, i.exact, c.fullest,"
               " coalesce(c.speaker_suggested, 0) = 1"
               f" FROM trail_clusters c JOIN trail_items i ON i.id = c.fullest WHERE {where}"
               f" ORDER BY {', '.join(self.cluster_order(sort, descending))}")
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [int(limit), int(offset)]
        return [tuple(row) for row in self.sql.tuples(sql, params)]

    def count_clusters(self, *, min_outlets: int, min_size: int,
                       speaker_ids: Sequence[int] | None,
                       collection_id: int | None, tag: str,
                       excluding: Sequence[int] | None = None, speaker_name: str = "") -> int:
        """How many rows ``list_clusters`` lists without a limit."""
        where, params = self._cluster_filter(min_outlets, min_size, speaker_ids, collection_id,
                                             tag, None, excluding, speaker_name)
        return int(self.sql.value(f"SELECT count(*) FROM trail_clusters c WHERE {where}",
                                  params))
