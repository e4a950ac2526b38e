"""The quote trail's stored shapes, shared by every store's ``TrailStore`` (the SQLite one
is ``reader.core.store.sqlite.trail``): items, member rows and the postings' encoding.

Items are quotations: a quote annotation (``annotation_id`` set) or a quoted span in an
article's text that is not annotated (``annotation_id`` NULL: a suggested quote). Their
3-word shingles find candidates (``trail_postings``: the sorted
(shingle, item) entries of each range of 4,096 shingles in one blob, about a million rows
for a library of a million quotations rather than twelve million; a catch-up appends its
new quotations' entries to ``trail_postings_new``, one sorted blob per part, read beside
the buckets until they are folded in, many at a time); ``trail_words`` holds each
quotation's number of words, 65,536 quotations a row; ``trail_links`` holds each pair
found to be the same statement; an item's ``cluster`` is the smallest item id of its
connected component; ``trail_clusters`` summarises each cluster of two or more for the
library-wide list. Both stores keep them alike (SQLite's migrations 0017 and 0020,
PostgreSQL's 0018).
"""

from __future__ import annotations

import sys
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

POSTING_CAP = 400  # a shingle shared by more items than this is too common to look up
BUCKET_SHIFT = 12  # shingles (32 bits) per bucket row: 4,096
BUCKETS = 1 << (32 - BUCKET_SHIFT)  # bucket numbers: 0 … BUCKETS - 1
DELTA = "trail_postings_new"  # postings appended by catch-ups, not yet in their buckets
TIER = 2  # a waiting row of postings at most this many times as big as new ones joins them
WORDS_PART = 1 << 16  # items per ``trail_words`` row: their numbers of words, uint16 each


def bucket_of(shingle: int) -> int:
    return shingle >> BUCKET_SHIFT


def entry(shingle: int, item: int) -> int:
    """A posting as one sortable 64-bit value."""
    return shingle << 32 | item


def entries_of(blob: bytes | None) -> array[int]:
    """A postings blob (little-endian uint64 values) as an array."""
    values = array("Q")
    if blob:
        values.frombytes(blob)
        if sys.byteorder == "big":
            values.byteswap()
    return values


def posted(values: array[int], shingle: int, cap: int = POSTING_CAP) -> list[int]:
    """The items a bucket's sorted entries list for ``shingle``; none if more than ``cap``
    items have it (too common to look up)."""
    lo = bisect_left(values, shingle << 32)
    hi = bisect_right(values, (shingle << 32) | 0xFFFFFFFF)
    return [v & 0xFFFFFFFF for v in values[lo:hi]] if hi - lo <= cap else []


def entries_blob(values: Iterable[int]) -> bytes:
    out = array("Q", values)
    if sys.byteorder == "big":
        out.byteswap()
    return out.tobytes()


def words_array(blob: bytes | None) -> array[int]:
    """A ``trail_words`` row's counts (uint16 LE, one per item of its part; 0: not known)."""
    values = array("H", bytes(2 * WORDS_PART) if blob is None else blob)
    if sys.byteorder == "big":
        values.byteswap()
    return values


def words_blob(values: array[int]) -> bytes:
    if sys.byteorder == "big":
        values = array("H", values)
        values.byteswap()
    return values.tobytes()


@dataclass
class StoredItem:
    id: int
    annotation_id: int | None
    article_id: int
    start: int
    end: int
    exact: str
    cluster: int


@dataclass
class MemberRow(StoredItem):
    """An item with what a trail shows about it (article fields, the annotation's speaker)."""

    source: str
    title: str
    published: str
    url: str
    imported_at: str
    speaker: str


class _Reversed:
    """A value that sorts the other way round (one key of several descending)."""

    __slots__ = ("value",)

    def __init__(self, value: Any):
        self.value = value

    def __lt__(self, other: _Reversed) -> bool:
        return bool(other.value < self.value)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Reversed) and self.value == other.value


def cluster_sort_key(sort: str, descending: bool) -> Callable[[tuple[Any, ...]], tuple[Any, ...]]:
    """The order of ``PortableTrail.cluster_order`` as a Python key over ``list_clusters``
    rows (id, size, outlets, first date, speaker, …): for rows the service summarises
    again (coding blind) and merges into the store's."""
    def way(value: Any) -> Any:
        return _Reversed(value) if descending else value

    keys: dict[str, Callable[[tuple[Any, ...]], tuple[Any, ...]]] = {
        "outlets": lambda r: (-r[2] if descending else r[2], r[3], r[0]),
        "size": lambda r: (-r[1] if descending else r[1], -r[2], r[3], r[0]),
        "date": lambda r: (r[3] == "", way(r[3]), -r[2], r[0]),
        "speaker": lambda r: (r[4] == "", way(r[4].lower()), -r[2], r[3], r[0])}
    return keys[sort]
