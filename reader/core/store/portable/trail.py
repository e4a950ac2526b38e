"""The quote trail's index (``TrailStore``): the statements both engines share.

The SQLite class (``store/sqlite/trail.py``) adds building aside in ``trail_…_next`` tables
and its queue of new rows found by id; the PostgreSQL one (``store/postgres/trail.py``) the
advisory lock, streamed reads and writes over arrays or COPY. A speaker's or tag's name
compares case-blind as each engine does (``Sql.nocase``); dates sort byte by byte
(``bytewise``), as SQLite's default collation does.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from ..trail import BUCKET_SHIFT, POSTING_CAP, MemberRow, StoredItem
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
    took ten times as long on a catch-up's million entries)."""
    import numpy as np

    ordered = np.sort(values)
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


def _item(row: Sequence[Any]) -> StoredItem:
    return StoredItem(int(row[0]), None if row[1] is None else int(row[1]), int(row[2]),
                      int(row[3]), int(row[4]), str(row[5]), int(row[6]))


class PortableTrail:
    def __init__(self, sql: Sql):
        self.sql = sql

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
            f" WHERE {condition} AND {PLACED_QUOTES}", params)}

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
                f" AND {PLACED_QUOTES} ORDER BY article_id, start, id", params):
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
                  words: Sequence[int] | None = None) -> list[int]:
        """New items from rows of (annotation_id, article_id, start, end, exact), each a
        cluster of its own; returns their ids, in order. (``words``: a store that keeps
        each item's number of words stores them.)"""
        return [self.add_item(*row) for row in rows]

    def item_words(self, ids: Sequence[int]) -> dict[int, int]:
        """Item id → its number of words, for those of ``ids`` whose count is stored (this
        store keeps none: the caller counts their texts)."""
        return {}

    def set_item_words(self, rows: Iterable[tuple[int, int]]) -> None:
        """(This store keeps no numbers of words.)"""

    def item_for_annotation(self, annotation_id: int) -> StoredItem | None:
        return self.items_for_annotations([annotation_id]).get(annotation_id)

    def items_texts(self, ids: Sequence[int]) -> dict[int, str]:
        condition, params = self.sql.any_of("id", ids)
        return {int(i): str(e) for i, e in self.sql.tuples(
            f"SELECT id, exact FROM trail_items WHERE {condition}", params)}

    def move_item(self, item_id: int, start: int, end: int) -> None:
        self.sql.run('UPDATE trail_items SET start = ?, "end" = ? WHERE id = ?',
                     [start, end, item_id])

    def _buckets(self, numbers: Iterable[int]) -> dict[int, bytes]:
        """The postings blobs of these buckets (those that have one)."""
        condition, params = self.sql.any_of("bucket", numbers)
        return {int(b): bytes(e) for b, e in self.sql.tuples(
            f"SELECT bucket, entries FROM trail_postings WHERE {condition}", params)}

    def _bucket_entries(self, shingles: np.ndarray) -> np.ndarray:
        """The entries of the buckets these shingles fall in, as one sorted array (the
        buckets in order, each one's entries sorted), read in one query."""
        import numpy as np

        numbers = sorted_unique(shingles.astype(np.uint64) >> np.uint64(BUCKET_SHIFT))
        if not len(numbers):
            return np.zeros(0, np.uint64)
        condition, params = self.sql.any_of("bucket", numbers.tolist())
        return entries_array([row[0] for row in self.sql.tuples(
            f"SELECT entries FROM trail_postings WHERE {condition} ORDER BY bucket", params)])

    def _extra_entries(self, shingles: np.ndarray) -> list[np.ndarray]:
        """Entries of these shingles kept outside the buckets (a store's delta: none here)."""
        return []

    def postings_entries(self, shingles: Iterable[int] | np.ndarray) -> np.ndarray:
        """Every posting (``shingle << 32 | item``) of these shingles, sorted, each once, as
        a numpy uint64 array: one read however many shingles (a catch-up's thousands)."""
        import numpy as np

        wanted = sorted_unique(shingles.astype(np.uint64) if isinstance(shingles, np.ndarray)
                               else np.fromiter(shingles, dtype=np.uint64))
        found = entries_with(self._bucket_entries(wanted), wanted)
        return sorted_unique(np.concatenate([found, *self._extra_entries(wanted)]))

    def remove_item(self, item_id: int, shingles: Iterable[int]) -> list[int]:
        """Delete an item, its postings and links; returns the items it was linked to."""
        raise NotImplementedError

    def add_postings_many(self, entries: Iterable[tuple[int, int]]) -> None:
        """Add many (shingle, item) postings (each engine its own way)."""
        raise NotImplementedError

    def remove_items(self, items: Sequence[tuple[int, Iterable[int]]]) -> None:
        """``remove_item`` of many (item id, shingles)."""
        for item_id, shingles in items:
            self.remove_item(item_id, shingles)

    def add_posting_entries(self, entries: np.ndarray) -> None:
        """``add_postings_many`` of sorted ``shingle << 32 | item`` entries."""
        self.add_postings_many((value >> 32, value & 0xFFFFFFFF) for value in entries.tolist())

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

    def delta_size(self) -> int:
        """How many postings wait outside their buckets (``fold_range``): none here, this
        store merges new postings into their buckets at once."""
        return 0

    def fold_plan(self) -> tuple[int, list[tuple[int, int]]]:
        """(what to fold, the ranges to fold it in); nothing here."""
        return 0, []

    def fold_range(self, upto: int, lo: int, hi: int) -> None:
        """(Nothing waits outside the buckets.)"""

    def fold_done(self, upto: int) -> None:
        """(Nothing waits outside the buckets.)"""

    def links_among(self, ids: Sequence[int]) -> list[tuple[int, int]]:
        """The links (a < b) between items of ``ids``."""
        a_in, a_params = self.sql.any_of("a", ids)
        b_in, b_params = self.sql.any_of("b", ids)
        return [(int(a), int(b)) for a, b in self.sql.tuples(
            f"SELECT a, b FROM trail_links WHERE {a_in} AND {b_in} ORDER BY a, b",
            [*a_params, *b_params])]

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
        return [MemberRow(*row) for row in self.sql.tuples(
            'SELECT i.id, i.annotation_id, i.article_id, i.start, i."end", i.exact, i.cluster,'
            f" a.source, a.title, {DATE}, a.url, a.imported_at,"
            f" coalesce({self.text('s.name')}, '')"
            " FROM trail_items i JOIN articles a ON a.id = i.article_id"
            " LEFT JOIN annotations n ON n.id = i.annotation_id"
            " LEFT JOIN speakers s ON s.id = n.speaker_id"
            f" WHERE {where} ORDER BY {order}", params)]

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

    def drop_summary(self, cluster: int) -> None:
        self.drop_summaries([cluster])

    def drop_summaries(self, clusters: Sequence[int]) -> None:
        condition, params = self.sql.any_of("id", clusters)
        self.sql.run(f"DELETE FROM trail_clusters WHERE {condition}", params)

    # ------------------------------------------------------------------ listing
    def collection_id(self, name: str) -> int | None:
        return optional_id(self.sql.value("SELECT id FROM collections WHERE name = ?", [name]))

    def _cluster_filter(self, min_outlets: int, min_size: int, speaker_id: int | None,
                        collection_id: int | None, tag: str, only: Sequence[int] | None,
                        excluding: Sequence[int] | None, speaker_name: str = ""
                        ) -> tuple[str, list[Any]]:
        where = ["c.outlets >= ?", "c.size >= ?"]
        params: list[Any] = [min_outlets, min_size]
        if speaker_id is not None or speaker_name:  # named by a coder, or the guess
            where.append("(c.id IN (SELECT i.cluster FROM trail_items i JOIN annotations n"
                         " ON n.id = i.annotation_id WHERE n.speaker_id = ?)"
                         " OR (c.speaker_suggested = 1 AND (lower(c.speaker) = ?"
                         " OR lower(c.speaker) LIKE ? ESCAPE '\\')))")
            # (a guessed name matches as a whole, or by its last words: "Lavrov")
            params += [-1 if speaker_id is None else speaker_id, speaker_name.lower(),
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

    def list_clusters(self, *, min_outlets: int, min_size: int, speaker_id: int | None,
                      collection_id: int | None, tag: str, sort: str, descending: bool,
                      limit: int | None, offset: int, only: Sequence[int] | None = None,
                      excluding: Sequence[int] | None = None, speaker_name: str = ""
                      ) -> list[tuple[Any, ...]]:
        """(cluster, size, outlets, first date, speaker, fullest text, fullest item, speaker
        suggested) rows."""
        where, params = self._cluster_filter(min_outlets, min_size, speaker_id, collection_id,
                                             tag, only, excluding, speaker_name)
        sql = ("SELECT c.id, c.size, c.outlets, c.first_date, c.speaker, i.exact, c.fullest,"
               " coalesce(c.speaker_suggested, 0) = 1"
               f" FROM trail_clusters c JOIN trail_items i ON i.id = c.fullest WHERE {where}"
               f" ORDER BY {', '.join(self.cluster_order(sort, descending))}")
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [int(limit), int(offset)]
        return [tuple(row) for row in self.sql.tuples(sql, params)]

    def count_clusters(self, *, min_outlets: int, min_size: int, speaker_id: int | None,
                       collection_id: int | None, tag: str,
                       excluding: Sequence[int] | None = None, speaker_name: str = "") -> int:
        """How many rows ``list_clusters`` lists without a limit."""
        where, params = self._cluster_filter(min_outlets, min_size, speaker_id, collection_id,
                                             tag, None, excluding, speaker_name)
        return int(self.sql.value(f"SELECT count(*) FROM trail_clusters c WHERE {where}",
                                  params))
