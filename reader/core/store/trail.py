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
FILTER = "trail_filter"  # the buckets' filter (``filter_keeps``), one row
TIER = 2  # a waiting row of postings at most this many times as big as new ones joins them
WORDS_PART = 1 << 16  # items per ``trail_words`` row: their numbers of words, uint16 each
SIGS = "trail_sigs"  # the items' signatures, ``SIGS_PART`` items a row (``sigs_of``)
SIGS_PART = 1 << 10  # items per ``trail_sigs`` row (≈ 30 KB at ≈ 15 words a quotation)
#: ``trail_state`` key: the first item id whose ``trail_sigs`` row a trail built before them
#: has still to get, while ``make_sigs`` makes them a step at a time (absent otherwise)
SIGS_LEFT = "sigs_left"
SIGS_AT_ONCE = 4  # ids of one ``trail_sigs`` row a read wants at least to read the row
# (fewer: each item's own ``trail_items.sig``, a page each, is less to read)


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


# ---------------------------------------------------------------- the buckets' filter
#: ``trail_filter`` (SQLite migration 0024, PostgreSQL 0021): a blocked Bloom filter of the
#: shingles in ``trail_postings``, so a read of postings (a catch-up's ~74,000 shingles per
#: thousand articles, a lookup's dozen) skips the buckets of the shingles the index does
#: not have: each bucket read is a B-tree descent (≈ 0.8 µs, most of a catch-up's postings
#: read), and about half of the generated articles' new shingles, and nearly all of real
#: articles', are in no bucket. A shingle it says no to is in no bucket (no false "no");
#: one it says yes to may be in none (≈ 2–3 % of the absent ones at the size chosen). It
#: covers the buckets only: the postings waiting beside them are searched in memory.
#: 64-bit words; a shingle's word is its top bits, three bits in it come from a multiply.
FILTER_BITS_PER_POSTING = 6  # the filter's size: a power of two of 64-bit words at least
# this many bits per posting (≈ 9 bits per distinct shingle at 100k articles)
FILTER_MIN_WORDS = 64  # (512 bytes: an empty or small library)
_FILTER_MIX = 0x9E3779B97F4A7C15


def filter_words(postings: int) -> int:
    """The number of 64-bit words of a filter made for this many postings (a power of
    two)."""
    wanted = max(FILTER_MIN_WORDS, -(-postings * FILTER_BITS_PER_POSTING // 64))
    return 1 << (wanted - 1).bit_length()


def _filter_places(words: int, shingles: Any) -> tuple[Any, Any]:
    """(word index, mask of three bits) of each shingle (a numpy uint32 or uint64 array)
    in a filter of ``words`` words (a power of two, at most 2³²)."""
    import numpy as np

    values = shingles.astype(np.uint64)
    at = values >> np.uint64(32 - (words.bit_length() - 1))
    with np.errstate(over="ignore"):
        mixed = values * np.uint64(_FILTER_MIX)
    one = np.uint64(1)
    masks = ((one << (mixed >> np.uint64(58)))
             | (one << ((mixed >> np.uint64(52)) & np.uint64(63)))
             | (one << ((mixed >> np.uint64(46)) & np.uint64(63))))
    return at.astype(np.int64), masks


def filter_add(bits: Any, shingles: Any) -> None:
    """Note these shingles (a numpy array; sorted, as postings are, they need no sorting
    here: their words ascend with them) in the filter ``bits`` (numpy uint64 words,
    changed in place)."""
    import numpy as np

    if not len(shingles):
        return
    at, masks = _filter_places(len(bits), shingles)
    if len(at) > 1 and bool((at[1:] < at[:-1]).any()):  # (not sorted after all)
        order = np.argsort(at, kind="stable")
        at, masks = at[order], masks[order]
    starts = np.flatnonzero(np.concatenate(([True], at[1:] != at[:-1])))
    bits[at[starts]] |= np.bitwise_or.reduceat(masks, starts)


def filter_of(postings: Any, words: int | None = None, part: int = 1 << 18) -> Any:
    """The filter (numpy uint64 words) of the shingles of sorted postings
    (``shingle << 32 | item``), a ``part`` of them at a time (small temporaries); sized for
    them (``filter_words``) unless ``words`` is given."""
    import numpy as np

    bits = np.zeros(words or filter_words(len(postings)), dtype=np.uint64)
    for lo in range(0, len(postings), part):
        filter_add(bits, postings[lo:lo + part] >> np.uint64(32))
    return bits


def filter_keeps(bits: Any, shingles: Any) -> Any:
    """A mask over ``shingles`` (numpy): False where the filter ``bits`` shows the shingle
    is in no bucket."""
    at, masks = _filter_places(len(bits), shingles)
    return (bits[at] & masks) == masks


def filter_full(bits: Any) -> bool:
    """Whether half the filter's bits are set or more: each absent shingle then passes
    one time in eight or more (its three bits all set; ≈ 0.28 of them set when it is made
    at its size)."""
    import numpy as np

    if hasattr(np, "bitwise_count"):  # (numpy 2: a popcount per word)
        set_bits = int(np.bitwise_count(bits).sum(dtype=np.int64))
    else:
        ones = np.array([bin(n).count("1") for n in range(256)], dtype=np.uint8)  # (a byte's)
        set_bits = int(ones[bits.view(np.uint8)].sum(dtype=np.int64))
    return 2 * set_bits >= 64 * len(bits)


def filter_blob(bits: Any) -> bytes:
    """A filter as ``trail_filter.bits`` stores it (uint64 little-endian)."""
    return bytes(bits.astype("<u8").tobytes())


def filter_bits(blob: bytes) -> Any:
    """A stored filter as numpy uint64 words (a copy: it may be changed)."""
    import numpy as np

    return np.frombuffer(blob, dtype="<u8").astype(np.uint64)


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


#: ``trail_sigs`` (SQLite migration 0027, PostgreSQL 0024): each item's ``text.signature``
#: as ``trail_items.sig`` holds it, ``SIGS_PART`` items a row: ``ends`` the end of each
#: item's signature in ``data`` (uint32 LE, in UTF-16 code units, one per item of the part),
#: ``data`` the part's signatures one after another (UTF-16 LE; an item without one, or
#: none there, is empty). A catch-up tests its pairs on the signatures of ~14,000 (a
#: thousand text files) to ~31,000 (a bulk import) old items, one B-tree descent and one
#: page each as ``trail_items`` rows (46 and 125 ms at 100k articles); read as the few
#: hundred rows of their parts they are ≈ 25 and 35 ms. A copy of ``trail_items.sig``,
#: written with it (a removed item's stays: its id is never used again, and no posting
#: names it).


def sigs_unpack(ends: bytes | None, data: bytes | None) -> list[bytes]:
    """A ``trail_sigs`` row as each of its items' signature (b'': none), ``SIGS_PART`` of
    them (an absent row: all empty)."""
    if ends is None or data is None:
        return [b""] * SIGS_PART
    at = array("I")
    at.frombytes(bytes(ends))
    if sys.byteorder == "big":
        at.byteswap()
    data = bytes(data)
    bounds = [0, *(2 * end for end in at)]
    return [data[lo:hi] for lo, hi in zip(bounds, bounds[1:], strict=False)]


def sigs_pack(pieces: list[bytes]) -> tuple[bytes, bytes]:
    """Each item's signature (``SIGS_PART`` of them) as a ``trail_sigs`` row's (ends, data)."""
    ends = array("I")
    total = 0
    for piece in pieces:
        total += len(piece) // 2
        ends.append(total)
    if sys.byteorder == "big":
        ends.byteswap()
    return ends.tobytes(), b"".join(pieces)


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
    #: the article's year was completed from its story (``articles.published_inferred``:
    #: "Rabu (22/12)" in a story about talks "pada Januari 2022")
    published_inferred: bool = False


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
