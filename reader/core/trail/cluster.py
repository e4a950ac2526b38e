"""Clusters from pairs: a disjoint set, connected components, and candidate pairs for a
whole library at once (numpy: sort every item's shingles, pair items that share one)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

from .text import K1, K2, K3, SHINGLE


class DisjointSet:
    """Union–find over any hashable ids; each set is named by its smallest member."""

    def __init__(self):
        self.parent: dict = {}

    def find(self, x):
        parent = self.parent
        root = parent.setdefault(x, x)
        while root != parent[root]:
            parent[root] = parent[parent[root]]
            root = parent[root]
        return root

    def union(self, a, b) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            lo, hi = (ra, rb) if ra < rb else (rb, ra)
            self.parent[hi] = lo

    def groups(self) -> dict:
        """root (the smallest member) → members."""
        out: dict = {}
        for x in list(self.parent):
            out.setdefault(self.find(x), []).append(x)
        return out


def components(ids: Iterable[int], links: Iterable[tuple[int, int]]) -> dict[int, int]:
    """Each id → the smallest id of its connected component."""
    ds = DisjointSet()
    for x in ids:
        ds.find(x)
    for a, b in links:
        ds.union(a, b)
    return {x: ds.find(x) for x in list(ds.parent)}


def shingle_array(word_hashes: np.ndarray, offsets: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(shingles, owner) for many items at once: ``word_hashes`` holds every item's word
    hashes one after the other, item ``i`` from ``offsets[i]`` to ``offsets[i + 1]``.

    Gives the same values as ``text.shingles`` (duplicates within an item are kept).
    """
    h = word_hashes.astype(np.uint64)
    n = len(h)
    if n < SHINGLE:
        return np.zeros(0, np.uint64), np.zeros(0, np.int64)
    lengths = np.diff(offsets)
    owner_of_word = np.repeat(np.arange(len(lengths), dtype=np.int64), lengths)
    start = np.arange(n - SHINGLE + 1)
    valid = owner_of_word[start] == owner_of_word[start + SHINGLE - 1]
    start = start[valid]
    with np.errstate(over="ignore"):
        x = h[start] * np.uint64(K1)
        x = (x ^ h[start + 1]) * np.uint64(K2)
        x = (x ^ h[start + 2]) * np.uint64(K3)
    return x >> np.uint64(32), owner_of_word[start]


def candidate_pairs(shingles: np.ndarray, owner: np.ndarray, cap: int
                    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(a, b, shared): distinct item pairs a < b sharing at least one shingle, and how many.

    A shingle that more than ``cap`` items share is skipped, as the incremental lookup does.
    """
    key = (shingles.astype(np.uint64) << np.uint64(32)) | owner.astype(np.uint64)
    key = np.unique(key)  # sorted; one entry per (shingle, item)
    sh = key >> np.uint64(32)
    items = (key & np.uint64(0xFFFFFFFF)).astype(np.int64)
    if len(sh) < 2:
        empty = np.zeros(0, np.int64)
        return empty, empty, empty
    boundaries = np.flatnonzero(np.diff(sh)) + 1
    starts = np.concatenate(([0], boundaries))
    lengths = np.diff(np.concatenate((starts, [len(sh)])))
    run_len = np.repeat(lengths, lengths)
    keep = (run_len >= 2) & (run_len <= cap)
    sh, items = sh[keep], items[keep]
    pairs_a, pairs_b = [], []
    d = 1
    while d < len(sh):
        same = sh[d:] == sh[:-d]
        if not same.any():
            break
        pairs_a.append(items[:-d][same])
        pairs_b.append(items[d:][same])
        d += 1
    if not pairs_a:
        empty = np.zeros(0, np.int64)
        return empty, empty, empty
    a = np.concatenate(pairs_a)
    b = np.concatenate(pairs_b)
    lo, hi = np.minimum(a, b), np.maximum(a, b)
    combined, shared = np.unique((lo.astype(np.uint64) << np.uint64(32)) | hi.astype(np.uint64),
                                 return_counts=True)
    return ((combined >> np.uint64(32)).astype(np.int64),
            (combined & np.uint64(0xFFFFFFFF)).astype(np.int64), shared.astype(np.int64))


def pairs_worth_checking(a: np.ndarray, b: np.ndarray, shared: np.ndarray,
                         lengths: Sequence[int] | np.ndarray) -> np.ndarray:
    """A mask over candidate pairs: those that could still be the same statement.

    One edit breaks at most three shingles; quotations of eight or more words that are the
    same statement with the edits allowed share at least two shingles, so one shared
    shingle between two long quotations is a chance meeting of three common words.
    """
    lengths = np.asarray(lengths)
    shorter = np.minimum(lengths[a], lengths[b])
    return (shared >= 2) | (shorter < 12)
