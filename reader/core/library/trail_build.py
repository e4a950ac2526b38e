"""Building the whole quote trail at once: the first use on a library, or Rebuild.

Set-based rather than one quotation at a time: every quotation's words go into one array
of vocabulary ids; numpy makes and sorts every shingle, pairs the quotations that share
one, and only those pairs are checked (``trail.match.compare``), on two cores when the
process may fork (never inside the Qt app). Items are written as they are collected, the
shingle index as one blob per bucket, then the links, clusters and their summaries.

Every write goes through ``tx`` in parts of ``BATCH`` rows: with a store that builds
aside (SQLite: new tables, swapped in at the end) each part is its own short
transaction, so the app and the command line can write while the trail is built.
``should_cancel`` is asked every ``ASK_EVERY`` quotations, articles read, pairs checked
(in this process) or clusters summarised, and by the service's ``tx`` between those parts:
it stops the build with ``Cancelled`` (the window is closing).
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import zlib
from array import array
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import AbstractContextManager, nullcontext
from itertools import islice
from typing import Any, TypeVar

import numpy as np
from rapidfuzz import fuzz

from ..store.interfaces import TrailStore
from ..store.trail import BUCKET_SHIFT, POSTING_CAP, MemberRow
from ..trail import cluster as clustering
from ..trail.match import _ROUGH_FLOOR, MIN_PART, MIN_WORDS, compare
from ..trail.spans import quoted_spans
from ..trail.text import keys, signature_text
from .base import Cancelled

Progress = Callable[[str, int, int], None]  # (stage, done, total)
Summary = Callable[[list[MemberRow]], tuple[Any, ...] | None]  # (None: one version)
Transaction = Callable[[], AbstractContextManager[Any]]
BATCH = 20_000  # rows per insert (and per transaction, building aside)
ASK_EVERY = 1_000  # quotations, articles, pairs or clusters between two should_cancel
_CHECKED: dict[str, Any] = {}  # what the pair-checking workers read (inherited through fork)
T = TypeVar("T")


def batches(rows: Iterable[T], size: int = BATCH) -> Iterator[list[T]]:
    it = iter(rows)
    while part := list(islice(it, size)):
        yield part


def _default_workers() -> int:
    if "PySide6.QtCore" in sys.modules or not hasattr(os, "fork"):
        return 1  # never fork a process with Qt's threads in it
    return max(1, min(2, os.cpu_count() or 1))


def _check(lo: int, hi: int, should_cancel: Callable[[], bool] | None = None) -> np.ndarray:
    """Indices (into the candidate pairs) of those from ``lo`` to ``hi`` that are the same
    statement. rapidfuzz's partial ratio on word ids rejects most of them first; it is the
    same test ``compare`` starts with, so nothing it would accept is lost."""
    a, b = _CHECKED["a"], _CHECKED["b"]
    kept = array("q")
    if "lists" in _CHECKED:  # each item's keys as a list (``Builder.check_lists``)
        lists = _CHECKED["lists"]
        for n, i, j in zip(range(lo, hi), a[lo:hi].tolist(), b[lo:hi].tolist(),
                           strict=True):
            if should_cancel is not None and n % ASK_EVERY == 0 and should_cancel():
                raise Cancelled
            wi, wj = lists[i], lists[j]
            if _rough(wi, wj) and compare(wi, wj) is not None:
                kept.append(n)
    else:
        words, offsets, names = _CHECKED["words"], _CHECKED["offsets"], _CHECKED["names"]
        for n in range(lo, hi):
            if should_cancel is not None and n % ASK_EVERY == 0 and should_cancel():
                raise Cancelled
            i, j = int(a[n]), int(b[n])
            wi = words[offsets[i]:offsets[i + 1]].tolist()
            wj = words[offsets[j]:offsets[j + 1]].tolist()
            if _rough(wi, wj) and compare([names[w] for w in wi],
                                          [names[w] for w in wj]) is not None:
                kept.append(n)
    return np.frombuffer(kept, dtype=np.int64) if kept else np.zeros(0, np.int64)


def _rough(wi: list[Any], wj: list[Any]) -> bool:
    """Whether two quotations' words (keys, or their ids in one vocabulary: rapidfuzz
    compares either element by element) could line up well enough for ``compare``: a
    shorter one of ``MIN_PART`` words or more whose partial ratio reaches the floor
    ``compare``'s alignment starts from, or two as long (``compare`` lays them along each
    other whole)."""
    short, long = (wi, wj) if len(wi) <= len(wj) else (wj, wi)
    if len(short) == len(long):
        return True
    return len(short) >= MIN_PART and bool(
        fuzz.partial_ratio(short, long, score_cutoff=_ROUGH_FLOOR))


#: the length up to which rapidfuzz's ``partial_ratio`` finds the best placement of the
#: shorter sequence exactly (it tries every one that could be best); a longer one it places
#: by its longest common runs only, FuzzyWuzzy's way (rapidfuzz's documentation)
PARTIAL_EXACT = 64


def rough_signatures(a: list[str], b: list[str]) -> np.ndarray:
    """A mask over the pairs (``a[k]``, ``b[k]``) of quotations' ``text.signature_text``:
    False only where ``_rough`` on their keys would be False, so a pair it drops is one
    ``_rough`` drops. The catch-up tests its pairs this way before it reads any text (~90 %
    of them are chance meetings of three words that ``_rough`` drops); rapidfuzz scores
    them all in one call (``process.cpdist``).

    Why: a signature has a character for each key, so the two sides' lengths, which one is
    the shorter and whether they are as long are the same. Up to ``PARTIAL_EXACT`` words in
    the shorter side, ``partial_ratio`` is the best ratio over every placement; a
    placement's ratio grows with the words it lines up in order, and keys that are equal
    have equal characters, so the signatures' ratio is never below the keys'. A longer
    shorter side is not tested (kept: checked in full)."""
    from rapidfuzz import process

    if not a:
        return np.zeros(0, dtype=bool)
    scores = process.cpdist(a, b, scorer=fuzz.partial_ratio, score_cutoff=_ROUGH_FLOOR,
                            workers=1)
    la = np.fromiter(map(len, a), dtype=np.int64, count=len(a))
    lb = np.fromiter(map(len, b), dtype=np.int64, count=len(b))
    short = np.minimum(la, lb)
    keep: np.ndarray = (la == lb) | (short > PARTIAL_EXACT) | (
        (short >= MIN_PART) & (scores > 0))
    return keep


def bucket_blobs(postings: np.ndarray, part: int = 1 << 20) -> Iterator[tuple[int, bytes]]:
    """(bucket, blob of its entries) of the sorted ``postings``, in order, a slice of about
    ``part`` entries at a time (each slice ends with a whole bucket): the temporaries stay
    small (a bucket number per entry of the whole index was 130 MB at 100k articles)."""
    shift = np.uint64(32 + BUCKET_SHIFT)
    low = np.uint64((1 << (32 + BUCKET_SHIFT)) - 1)
    lo, n = 0, len(postings)
    while lo < n:
        hi = min(lo + part, n)
        if hi < n:  # on to the end of the bucket the slice ends in
            hi = int(np.searchsorted(postings, postings[hi - 1] | low, side="right"))
        chunk = postings[lo:hi]
        bucket = chunk >> shift
        starts = np.flatnonzero(np.concatenate(([True], bucket[1:] != bucket[:-1])))
        ends = np.append(starts[1:], len(chunk))
        for number, s, e in zip(bucket[starts].tolist(), starts.tolist(), ends.tolist(),
                                strict=True):
            yield number, chunk[s:e].tobytes()
        lo = hi


class Builder:
    def __init__(self, store: TrailStore, summary: Summary, progress: Progress | None = None,
                 workers: int | None = None, tx: Transaction | None = None,
                 should_cancel: Callable[[], bool] | None = None):
        self.store = store
        self.should_cancel = should_cancel
        self.summary = summary
        self.tx: Transaction = tx or nullcontext
        self.progress = progress or (lambda stage, done, total: None)
        self.workers = workers or _default_workers()
        self.parallel_above = 50_000  # candidate pairs: fewer are checked in this process
        self.count = 0
        self.cluster_count = 0

    def run(self) -> None:
        words, lengths, names = self.collect()
        offsets = np.zeros(len(lengths) + 1, dtype=np.int64)
        np.cumsum(np.frombuffer(lengths, dtype=np.uint32), out=offsets[1:])
        words_np = np.frombuffer(words, dtype=np.uint32)
        hashes = np.fromiter((zlib.crc32(w.encode()) for w in names), dtype=np.uint64,
                             count=len(names))
        self._ask()
        self.progress("shingles", 0, 0)
        postings = clustering.posting_keys(hashes, words_np, offsets)
        shingles, items = clustering.shared_entries(postings, POSTING_CAP)
        self.write_postings(postings)
        del postings
        by_item = np.minimum(np.concatenate(([0], np.diff(offsets))), 65535).astype(np.uint16)
        a, b, _ = clustering.pairs_of(shingles, items, by_item)  # words of item i: by_item[i]
        del shingles, items
        a -= 1  # item ids → indices
        b -= 1
        links = self.check(words_np, offsets, names, a, b)
        self.write(links)

    def _write(self, insert: Callable[[list[T]], None], rows: Iterable[T]) -> None:
        for part in batches(rows):
            with self.tx():
                insert(part)

    # ------------------------------------------------------------------ stages
    def collect(self) -> tuple[array[int], array[int], list[str]]:
        """Write every quotation as an item (with its number of words and its
        ``text.signature``); returns their word ids, lengths, vocabulary."""
        store = self.store
        vocab: dict[str, int] = {}
        lookup = vocab.get
        chars: list[str] = []  # each word's character in a ``text.signature``, by its id
        words, lengths = array("I"), array("I")
        rows: list[tuple[Any, ...]] = []
        next_id = 1

        def keep(annotation_id: int | None, article_id: int, start: int, end: int,
                 exact: str, word_keys: list[str]) -> None:
            nonlocal next_id
            found = list(map(lookup, word_keys))
            if None in found:
                ids = [vocab.setdefault(w, len(vocab)) for w in word_keys]
                for word, i in zip(word_keys, ids, strict=True):
                    if i == len(chars):  # (a new word: ids are handed out in order)
                        chars.append(signature_text([word]))
            else:
                ids = [i for i in found if i is not None]
            words.extend(ids)
            lengths.append(len(ids))
            rows.append((next_id, annotation_id, article_id, start, end, exact, next_id,
                         len(ids), "".join([chars[i] for i in ids]).encode("utf-16-le")))
            next_id += 1
            if len(rows) >= BATCH:
                with self.tx():
                    store.insert_items(rows)
                rows.clear()

        self.progress("quotes", 0, 0)
        # every placed quote's span, by article (as read): the spans a suggestion may not
        # overlap, kept as three flat arrays rather than a million tuples
        taken_article, taken_start, taken_end = array("q"), array("q"), array("q")
        for n, (annotation_id, article_id, exact, start, end) in enumerate(
                store.all_quote_annotations(), 1):
            if n % ASK_EVERY == 0:  # (a million of them at 100k articles: ~10 s, R15-10)
                self._ask()
            taken_article.append(article_id)
            taken_start.append(start)
            taken_end.append(end)
            word_keys = keys(exact)
            if len(word_keys) >= MIN_WORDS:
                keep(annotation_id, article_id, start, end, exact, word_keys)
        dismissed: dict[int, set[str]] = {}
        for article_id, exact in store.dismissed_quotes():
            dismissed.setdefault(article_id, set()).add(exact)
        total = store.article_count()
        at, count = 0, len(taken_article)
        for done, (article_id, text) in enumerate(store.all_article_texts(), 1):
            while at < count and taken_article[at] < article_id:
                at += 1
            first = at
            while at < count and taken_article[at] == article_id:
                at += 1
            taken = zip(taken_start[first:at], taken_end[first:at], strict=True)
            for start, end, exact, word_keys in quoted_spans(
                    text, taken, dismissed.get(article_id, ())):
                keep(None, article_id, start, end, exact, word_keys)
            if done % ASK_EVERY == 0:
                self._ask()
                if done % 10_000 == 0:
                    self.progress("articles", done, total)
        with self.tx():
            store.insert_items(rows)
        self.count = next_id - 1
        return words, lengths, list(vocab)

    def _ask(self) -> None:
        if self.should_cancel is not None and self.should_cancel():
            raise Cancelled

    def check(self, words: np.ndarray, offsets: np.ndarray, names: list[str], a: np.ndarray,
              b: np.ndarray) -> list[tuple[int, int]]:
        """The candidate pairs that are the same statement, as item id pairs."""
        return self._check_all(a, b, words=words, offsets=offsets, names=names)

    def check_lists(self, lists: list[list[str]], a: np.ndarray, b: np.ndarray
                    ) -> list[tuple[int, int]]:
        """``check`` of pairs of indices into ``lists``, each a quotation's keys (a
        catch-up's few thousand items: no vocabulary to make first); the pairs come back
        as indices plus one, as ``check``'s."""
        return self._check_all(a, b, lists=lists)

    def _check_all(self, a: np.ndarray, b: np.ndarray, **words: Any) -> list[tuple[int, int]]:
        self.progress("checking", 0, len(a))
        _CHECKED.update(words, a=a, b=b)
        try:
            if self.workers > 1 and len(a) > self.parallel_above:
                bounds = np.linspace(0, len(a), self.workers * 4 + 1, dtype=np.int64)
                context = multiprocessing.get_context("fork")
                with ProcessPoolExecutor(self.workers, mp_context=context) as pool:
                    parts = list(pool.map(_check, bounds[:-1].tolist(), bounds[1:].tolist()))
                kept = np.concatenate(parts) if parts else np.zeros(0, np.int64)
            else:
                kept = _check(0, len(a), self.should_cancel)
        finally:
            _CHECKED.clear()
        return list(zip((a[kept] + 1).tolist(), (b[kept] + 1).tolist(), strict=True))

    def write_postings(self, postings: np.ndarray) -> None:
        """The shingle index, one blob of sorted entries per bucket, and the buckets'
        filter (``store.trail.filter_keeps``: a read skips the shingles in no bucket)."""
        self.progress("writing", 0, 0)
        if len(postings):  # (none: no quotation yet, an empty library)
            self._write(self.store.insert_postings,
                        bucket_blobs(postings.astype("<u8", copy=False)))
        with self.tx():
            self.store.insert_filter(postings)

    def write(self, links: list[tuple[int, int]]) -> None:
        """Links, cluster labels and the summaries of clusters of two versions or more (one
        of a single version, a part with its passage, is never listed: none written)."""
        store = self.store
        self._write(store.add_links, links)
        labels = clustering.components((x for pair in links for x in pair), links)
        self._write(store.set_clusters,
                    ((root, item) for item, root in labels.items() if root != item))
        with self.tx():
            store.create_item_indexes()
        self.cluster_count = len(set(labels.values()))
        self.progress("summaries", 0, 0)
        summaries: list[tuple[Any, ...]] = []
        current: int | None = None
        rows: list[MemberRow] = []
        clusters = 0
        for (cluster, item_id, annotation_id, article_id, start, end, exact, source, published,
             speaker, url) in store.summary_inputs():
            if cluster != current and rows:
                clusters += 1
                if clusters % ASK_EVERY == 0:
                    self._ask()
                made = self.summary(rows)
                if made is not None:
                    summaries.append((current, *made))
                rows = []
            current = cluster
            rows.append(MemberRow(item_id, annotation_id, article_id, start, end, exact, cluster,
                                  source, "", published, url or "", "", speaker))
        if rows:
            made = self.summary(rows)
            if made is not None:
                summaries.append((current, *made))
        self._write(store.insert_summaries, summaries)
