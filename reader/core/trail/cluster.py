"""Clusters from pairs: a disjoint set, connected components, and candidate pairs for a
whole library at once (numpy: sort every item's shingles, pair items that share one)."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from typing import Any

import numpy as np

from ..speakernames import key as name_key
from ..speakernames import same_person, words
from .text import K1, K2, K3, ONE_SHINGLE_WORDS, SHINGLE


class DisjointSet:
    """Union–find over any hashable ids; each set is named by its smallest member."""

    def __init__(self) -> None:
        self.parent: dict[Any, Any] = {}

    def find(self, x: Hashable) -> Any:
        parent = self.parent
        root = parent.setdefault(x, x)
        while root != parent[root]:
            parent[root] = parent[parent[root]]
            root = parent[root]
        return root

    def union(self, a: Hashable, b: Hashable) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            lo, hi = (ra, rb) if ra < rb else (rb, ra)
            self.parent[hi] = lo

    def groups(self) -> dict[Any, list[Any]]:
        """root (the smallest member) → members."""
        out: dict[Any, list[Any]] = {}
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


def posting_keys(word_hashes: np.ndarray, words: np.ndarray, offsets: np.ndarray,
                 chunk: int = 100_000) -> np.ndarray:
    """Every item's shingles as sorted uint64 values ``shingle << 32 | item``.

    ``words`` holds every item's word ids one after another (item ``i`` from
    ``offsets[i]`` to ``offsets[i + 1]``; items are numbered from 1), ``word_hashes`` the
    hash of each word id. The values equal ``text.shingles`` (numpy's uint64 arithmetic
    wraps as ``text.mix`` masks). A shingle an item has twice is there twice. Items are
    done ``chunk`` at a time to bound memory.
    """
    lengths = np.diff(offsets)
    per_item = np.maximum(lengths - (SHINGLE - 1), 0)
    out = np.empty(int(per_item.sum()), dtype=np.uint64)
    filled = 0
    k1, k2, k3 = np.uint64(K1), np.uint64(K2), np.uint64(K3)
    for first in range(0, len(lengths), chunk):
        last = min(first + chunk, len(lengths))
        lo, hi = int(offsets[first]), int(offsets[last])
        if hi - lo < SHINGLE:
            continue
        h = word_hashes[words[lo:hi]]
        owner = np.repeat(np.arange(first + 1, last + 1, dtype=np.uint64),
                          lengths[first:last])
        start = np.arange(hi - lo - SHINGLE + 1)
        start = start[owner[start] == owner[start + SHINGLE - 1]]
        with np.errstate(over="ignore"):
            x = h[start] * k1
            x ^= h[start + 1]
            x *= k2
            x ^= h[start + 2]
            x *= k3
        x >>= np.uint64(32)
        x <<= np.uint64(32)
        x |= owner[start]
        out[filled:filled + len(x)] = x
        filled += len(x)
    out = out[:filled]
    out.sort()
    return out


_BLOCK = 1 << 21  # entries compared at a time (bounds the temporaries)
_LOW = np.uint64(0xFFFFFFFF)


def candidate_pairs(keys: np.ndarray, cap: int, lengths: np.ndarray | None = None
                    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(a, b, shared): distinct item pairs a < b sharing at least one shingle, and how many,
    from the sorted ``posting_keys``. A shingle more than ``cap`` items share is skipped,
    as the incremental lookup does. With ``lengths`` (words per item, indexed by item id),
    only the pairs ``pairs_worth_checking`` keeps come back."""
    return pairs_of(*shared_entries(keys, cap), lengths)


def shared_entries(keys: np.ndarray, cap: int) -> tuple[np.ndarray, np.ndarray]:
    """(shingles, items) of the sorted ``posting_keys`` whose shingle two to ``cap`` items
    have: all that pairing needs, so the full keys can go before the pairs are made. An
    item that has a shingle twice is there once (so ``pairs_of`` counts distinct shared
    shingles, and the cap distinct items, as the catch-up's postings do)."""
    empty = np.zeros(0, np.uint32)
    n = len(keys)
    if n < 2:
        return empty, empty
    same = np.empty(n - 1, dtype=bool)
    for lo in range(0, n - 1, _BLOCK):
        hi = min(n - 1, lo + _BLOCK)
        same[lo:hi] = (keys[lo + 1:hi + 1] ^ keys[lo:hi]) <= _LOW  # one shingle
    in_run = np.zeros(n, dtype=bool)
    in_run[:-1] |= same
    in_run[1:] |= same
    del same
    chosen = keys[np.flatnonzero(in_run)]
    del in_run
    if len(chosen) > 1:  # (a quotation that repeats three words has their shingle twice)
        distinct = np.empty(len(chosen), dtype=bool)
        distinct[0] = True
        np.not_equal(chosen[1:], chosen[:-1], out=distinct[1:])
        chosen = chosen[distinct]
        del distinct
    sh = (chosen >> np.uint64(32)).astype(np.uint32)
    items = (chosen & _LOW).astype(np.uint32)
    del chosen
    if len(sh) == 0:
        return empty, empty
    starts = np.concatenate(([0], np.flatnonzero(sh[1:] != sh[:-1]) + 1))
    run_lengths = np.diff(np.concatenate((starts, [len(sh)])))
    keep = np.repeat(run_lengths <= cap, run_lengths)
    return sh[keep], items[keep]


def pairs_of(sh: np.ndarray, items: np.ndarray, lengths: np.ndarray | None = None
             ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The pairs (a, b, shared) of items in each run of one shingle (see ``shared_entries``).
    """
    empty = np.zeros(0, np.int64)
    # within a run items ascend, so the item ``d`` places on is the larger (or the same
    # item again, when a quotation repeats three words): a pair is one code ``a << 32 | b``
    parts = []
    d = 1
    while d < len(sh):
        at = sh[d:] == sh[:-d]
        if not at.any():
            break
        first, second = items[:-d][at], items[d:][at]
        other = first != second
        new = (first[other].astype(np.uint64) << np.uint64(32)) | second[other]
        parts.append(new)
        d += 1
    del sh, items
    if not parts:
        return empty, empty, empty
    codes = np.concatenate(parts)
    del parts
    codes.sort()
    first = np.empty(len(codes), dtype=bool)
    first[0] = True
    np.not_equal(codes[1:], codes[:-1], out=first[1:])
    starts = np.flatnonzero(first)
    del first
    shared = np.diff(np.append(starts, len(codes))).astype(np.uint32)
    codes = codes[starts]
    del starts
    a = (codes >> np.uint64(32)).astype(np.uint32)
    b = (codes & _LOW).astype(np.uint32)
    del codes
    if lengths is not None:
        keep = pairs_worth_checking(a, b, shared, lengths)
        a, b, shared = a[keep], b[keep], shared[keep]
    return a.astype(np.int64), b.astype(np.int64), shared.astype(np.int64)


def pairs_worth_checking(a: np.ndarray, b: np.ndarray, shared: np.ndarray,
                         lengths: np.ndarray) -> np.ndarray:
    """A mask over candidate pairs: those that could still be the same statement.

    ``shared`` counts the distinct shingles a pair shares. A changed word, or a typo,
    breaks at most three of a quotation's shingles, a dropped or added word two; the
    edits ``match.allowed_edits`` allows, with the typos and prefixes written apart that
    ``match.compare`` forgives, leave two quotations of ``ONE_SHINGLE_WORDS + 1`` or more
    words that are the same statement at least two shingles in common. So a pair that
    shares a single shingle is checked only when its shorter side has
    ``ONE_SHINGLE_WORDS`` words or fewer (a partial quotation with a typo; two typos in a
    quotation of nine words; a three-word quotation and its copy); otherwise it is a
    chance meeting of three common words. ``lengths`` is indexed by item
    (``a`` and ``b`` are items).
    """
    keep: np.ndarray = (shared >= 2) | (
        np.minimum(lengths[a], lengths[b]) <= ONE_SHINGLE_WORDS)
    return keep


def part_of(short_words: np.ndarray, long_words: np.ndarray) -> np.ndarray:
    """A mask over links, given the numbers of words of their shorter and longer sides:
    the links of a part to a longer quotation, whose longer side has more words than the
    edits ``match.allowed_edits`` allows could add (a dropped or added word costs half an
    edit). Any other link is of two versions of the whole statement."""
    short = short_words.astype(np.int64)
    edits = np.maximum(0, (short - 3) // 4)
    mask: np.ndarray = long_words.astype(np.int64) - short > 2 * edits
    return mask


def statements(ids: Iterable[int], links: Iterable[tuple[int, int]],
               words: Mapping[int, int]) -> dict[int, int]:
    """Each id → the smallest id of its statement, when parts join only what is surely
    one statement (R12-15): the trail flags a cluster these split (``QuoteTrail._trail``).

    Quotations linked as versions of the whole statement (``part_of`` false) are one
    statement, as connected components. A part (a shorter quotation inside a longer one)
    joins the statement of the quotations it lies in when they are all of one statement;
    when they are of different statements that no whole version links (a stock phrase,
    or a partial quote of words two statements share: "we will not give up on the
    families …" inside a statement on dams and one on a tax), it joins neither: which of
    them the outlet quoted is unknown. A part of a part is worked out the same way.

    Not the trail's clusters: overlapping excerpts of one long speech, or two
    translations of one answer, are as often joined only through a part they share
    (bench/README.md, Session 12 (clus12)); the clusters stay connected components, and
    a trail whose versions fall apart here says so. ``words[i]``: the number of words of
    item ``i``. The answer depends only on the links and
    the numbers of words, not on the ids' order.
    """
    ds = DisjointSet()
    for x in ids:
        ds.find(x)
    pairs = list(links)
    if pairs:
        a = np.fromiter((p[0] for p in pairs), dtype=np.int64, count=len(pairs))
        b = np.fromiter((p[1] for p in pairs), dtype=np.int64, count=len(pairs))
        wa = np.fromiter((words[x] for x in a.tolist()), dtype=np.int64, count=len(a))
        wb = np.fromiter((words[x] for x in b.tolist()), dtype=np.int64, count=len(b))
        a_short = wa <= wb
        short = np.where(a_short, a, b)
        long = np.where(a_short, b, a)
        part = part_of(np.minimum(wa, wb), np.maximum(wa, wb))
        for x, y in zip(a[~part].tolist(), b[~part].tolist(), strict=True):
            ds.union(x, y)
        parts = list(zip(short[part].tolist(), long[part].tolist(), strict=True))
    else:
        parts = []
    for x, y in parts:
        ds.find(x)
        ds.find(y)
    # the statements' graph: a whole version's group → the groups its parts lie in
    inside: dict[int, set[int]] = {}
    for x, y in parts:
        cx, cy = ds.find(x), ds.find(y)
        if cx != cy:
            inside.setdefault(cx, set()).add(cy)
    joined = _resolve(inside)
    return {x: joined.get(root, root) for x in list(ds.parent)
            for root in (ds.find(x),)}


def _resolve(inside: dict[int, set[int]]) -> dict[int, int]:
    """Each group of ``inside`` (group → the groups its parts lie in) → the group it joins
    (its own when its parts lie in several statements), each answer the smallest group of
    the statement. Groups that lie in each other round a cycle (a group holding long and
    short versions) are one (strongly connected components, Tarjan's, without
    recursion); then each joins the one statement its targets all end in, if one."""
    nodes = sorted(set(inside) | {y for ys in inside.values() for y in ys})
    index: dict[int, int] = {}
    low: dict[int, int] = {}
    on_stack: set[int] = set()
    stack: list[int] = []
    component: dict[int, int] = {}  # group → its component's smallest group
    order: list[int] = []  # components, each after every one it reaches
    for start in nodes:
        if start in index:
            continue
        work = [(start, iter(sorted(inside.get(start, ()))))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, targets = work[-1]
            for t in targets:
                if t not in index:
                    index[t] = low[t] = len(index)
                    stack.append(t)
                    on_stack.add(t)
                    work.append((t, iter(sorted(inside.get(t, ())))))
                    break
                if t in on_stack:
                    low[node] = min(low[node], index[t])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    members = []
                    while True:
                        m = stack.pop()
                        on_stack.discard(m)
                        members.append(m)
                        if m == node:
                            break
                    name = min(members)
                    for m in members:
                        component[m] = name
                    order.append(name)
    targets_of: dict[int, set[int]] = {}
    for x, ys in inside.items():
        cx = component[x]
        targets_of.setdefault(cx, set()).update(component[y] for y in ys if component[y] != cx)
    final: dict[int, int] = {}  # component → the component of the statement it joins
    for c in order:  # (each after every one it reaches: its targets are settled)
        ends = {final[t] for t in targets_of.get(c, ())}
        final[c] = ends.pop() if len(ends) == 1 else c
    # a statement's name: the smallest group of every component that joins it
    name_of: dict[int, int] = {}
    for c, f in final.items():
        name_of[f] = min(name_of.get(f, f), c)
    return {g: name_of[final[component[g]]] for g in nodes}


SHORT_MEMBER = 7  # keys: a quotation this short joins others only where their speakers
# allow (``by_speaker``): a stock phrase, or a part of one edit, another person may say


def same_speaker(a: str, b: str, aliases: Mapping[str, str] | None = None) -> bool:
    """Whether two speakers' names can be one person: the same after the library's
    ``aliases``, one person by ``speakernames.same_person`` (a spelling, a surname alone,
    initials, a nickname), or one name's last word among the other's words (an engine's
    "McConnell Addison" beside "Mitch McConnell"; "Haley Nimrata" beside "Nikki Haley").
    Only two names nothing can make one person are two people: "Donald Trump" and
    "Donald Tusk"."""
    aliases = aliases or {}
    a, b = aliases.get(a.lower(), a), aliases.get(b.lower(), b)
    if a.lower() == b.lower() or same_person(a, b):
        return True
    wa, wb = [name_key(w) for w in words(a)], [name_key(w) for w in words(b)]
    return bool(wa and wb and (wa[-1] in wb or wb[-1] in wa))


def _versions(ids: Iterable[int], links: Iterable[tuple[int, int]], words: Mapping[int, int],
              short: int, joined: Iterable[tuple[int, int]]
              ) -> tuple[DisjointSet, list[tuple[int, int]]]:
    """The groups ``by_speaker`` joins whatever the speakers (``joined`` pairs, and links
    of two quotations longer than ``short`` keys or of two versions of the whole), and the
    links it judges by speaker."""
    ds = DisjointSet()
    for x in ids:
        ds.find(x)
    for a, b in joined:
        ds.union(a, b)
    gated: list[tuple[int, int]] = []
    for a, b in links:
        shorter, longer = sorted((words[a], words[b]))
        if shorter > short or not part_of(np.array([shorter]), np.array([longer]))[0]:
            ds.union(a, b)
        else:
            gated.append((a, b))
    return ds, gated


def unnamed_asked(ids: Iterable[int], links: Iterable[tuple[int, int]],
                  words: Mapping[int, int], coded: Mapping[int, str],
                  short: int = SHORT_MEMBER, joined: Iterable[tuple[int, int]] = (),
                  edited: Iterable[tuple[int, int]] = ()) -> set[int]:
    """The ids whose attributed speaker ``by_speaker`` needs: those of the groups no coder
    named (``coded``: id → the coder's name), when a short link is there and the groups
    are three or more (two are judged by the coders' names alone), and those of the
    groups an ``edited`` link joins. A group a coder named is named by the coders: the
    attribution's guess for another of its quotations is not counted (``by_speaker`` is
    given the coders' names for those)."""
    ds, gated = _versions(ids, links, words, short, joined)
    root = {x: ds.find(x) for x in list(ds.parent)}
    named = {root[x] for x in coded if x in root and coded[x]}
    if gated and len(set(root.values())) >= 3:
        return {x for x, g in root.items() if g not in named}
    wanted = {root[x] for link in edited for x in link if x in root} - named
    return {x for x, g in root.items() if g in wanted}


def by_speaker(ids: Iterable[int], links: Iterable[tuple[int, int]], words: Mapping[int, int],
               speakers: Mapping[int, str], coded: Iterable[int] = (),
               aliases: Mapping[str, str] | None = None, short: int = SHORT_MEMBER,
               joined: Iterable[tuple[int, int]] = (),
               edited: Iterable[tuple[int, int]] = ()) -> dict[int, int]:
    """Each id → the smallest id of its statement when a short member joins by speaker
    (issue 15, R15-3): the quotations a trail shows together.

    A link between two quotations longer than ``short`` words (``words[i]``: item ``i``'s
    number of keys) joins them whatever their speakers: outlets disagree on who said a
    statement, and the trail shows that. A link with a side of ``short`` words or fewer (a
    stock phrase, "We are very happy"; a part of another statement with one edit, "there's
    a special place in hell") is judged by the speakers (``speakers[i]``: '' or absent
    for nobody named) of the groups the longer links make, whose speakers are all their
    members':

    - two quotations whose speakers coders named (``coded``: the annotated ones) and
      nothing can make one person (``same_speaker``) are not joined through it;
    - a short member does not chain groups that name different people: a statement
      of three groups or more that these links would make, whose speakers cannot all be
      one person ("We are very happy" of Santoso inside Fauzi's and Smith's statements),
      keeps only its short links whose two sides name one person, and if it still names
      two people, none of them. The attribution's guesses count here, as a coder's name
      does; alone (one short member and one longer quotation) they split nothing: on real
      partial quotations (``partial.json``) the attribution's speaker of a short quote is
      wrong about as often as two outlets quote different people (bench/README.md,
      Session 16 (trail16)).
    - a link of a part of ``match.PART_EDITED`` words or fewer with an edit (``edited``:
      those of ``links``, ``match.edited_part``) joins only quotations whose speakers
      can be one person, or of which one names nobody: there the attribution's guess
      counts alone (on ``partial.json``'s half never read, 3 more same pairs together
      and no different one; bench/README.md, Session 18 (trail18)).

    ``joined``: pairs that are one quotation whatever their words (an article's passage
    and an annotation of a part of it). Judged all at once (the answer does not depend on
    the order of the ids or links)."""
    ds, gated = _versions(ids, links, words, short, joined)
    if not gated:
        return {x: ds.find(x) for x in list(ds.parent)}
    root = {x: ds.find(x) for x in list(ds.parent)}
    names: dict[int, set[str]] = {g: set() for g in root.values()}
    sure: dict[int, set[str]] = {g: set() for g in root.values()}
    coders = set(coded)
    for x, g in root.items():
        if speakers.get(x):
            names[g].add(speakers[x])
            if x in coders:
                sure[g].add(speakers[x])

    def agree(p: set[str], q: set[str]) -> bool:
        return any(same_speaker(a, b, aliases) for a in p for b in q)

    def one_person(groups: set[int]) -> bool:
        named = sorted(sorted(names[g]) for g in groups if names[g])
        return len(groups) < 3 or all(agree(set(p), set(q)) for i, p in enumerate(named)
                                      for q in named[i + 1:])

    def two_people(chosen: list[tuple[int, int]]) -> set[int]:
        """The groups of the statements ``chosen`` would make that name two people."""
        trial = DisjointSet()
        for g in names:
            trial.find(g)
        for a, b in chosen:
            trial.union(root[a], root[b])
        made: dict[int, set[int]] = {}
        for g in names:
            made.setdefault(trial.find(g), set()).add(g)
        return {g for group in made.values() if not one_person(group) for g in group}

    cut = {(a, b) for a, b in edited if root[a] != root[b] and names[root[a]]
           and names[root[b]] and not agree(names[root[a]], names[root[b]])}
    chosen = [(a, b) for a, b in gated if (a, b) not in cut and (b, a) not in cut and not (
        sure[root[a]] and sure[root[b]] and not agree(sure[root[a]], sure[root[b]]))]
    bad = two_people(chosen)  # (there, only the short links naming one person on both sides)
    chosen = [(a, b) for a, b in chosen if root[a] not in bad
              or (names[root[a]] and names[root[b]] and agree(names[root[a]], names[root[b]]))]
    bad = two_people(chosen)  # (there, none)
    for a, b in chosen:
        if root[a] not in bad:
            ds.union(a, b)
    return {x: ds.find(x) for x in list(ds.parent)}
