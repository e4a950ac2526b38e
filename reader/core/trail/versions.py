"""A cluster's versions, and the one the others are compared with.

**One version per passage.** Members of one article whose spans overlap, or whose words
are the same, are one version: a passage annotated twice (or by two coders), or repeated
in the same story, is not the statement "quoted more than once". The version shown for
them is the longest, an annotation before a suggestion, one naming a speaker first.

**The reference version** is the one every other version's differences are shown
against: the earliest version that is complete, that is, not cut short at either end
compared with the longest version (versions as early: the one most outlets print word
for word, then the longest). An outlet that adds a word is then shown adding it, not the
first outlet as leaving it out; one that quotes only part of the statement never becomes
the reference while a complete version exists. Undated versions come after dated ones.

Everything here depends on the members' articles, spans and words, never on item ids
(a rebuild numbers the items again): the trail built at once and the trail kept up to
date choose the same.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from typing import Protocol, TypeVar

from .dates import resolve
from .match import align
from .text import keys

RULE = "the earliest version not cut short at either end"  # (in a sentence; see above)


class Member(Protocol):
    """What this module reads of a cluster's member (``store.trail.MemberRow``)."""

    @property
    def annotation_id(self) -> int | None: ...
    @property
    def article_id(self) -> int: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def exact(self) -> str: ...
    @property
    def speaker(self) -> str: ...
    @property
    def published(self) -> str: ...


MemberRow = TypeVar("MemberRow", bound=Member)


def _shown_first(row: Member, word_count: int) -> tuple[object, ...]:
    return (-word_count, row.annotation_id is None, not row.speaker, row.start, row.exact,
            row.annotation_id or 0)


def _root(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def version_groups(rows: Sequence[MemberRow],
                   word_keys: dict[int, list[str]] | None = None) -> list[list[MemberRow]]:
    """The members as versions: each group's first row is the one shown (see the module);
    groups in the order of their first rows' articles and spans. ``word_keys``: a cache of
    each row's ``keys`` by ``id(row)`` (filled as needed; ``reference_index`` takes it)."""
    cache = {} if word_keys is None else word_keys
    by_article: dict[int, list[MemberRow]] = {}
    for row in rows:
        by_article.setdefault(row.article_id, []).append(row)
    groups: list[list[MemberRow]] = []
    for members in by_article.values():
        if len(members) == 1:
            groups.append(members)
            continue
        parent = list(range(len(members)))
        its = [keys_of(m, cache) for m in members]
        for i, a in enumerate(members):
            for j in range(i + 1, len(members)):
                b = members[j]
                if (a.start < b.end and b.start < a.end) or its[i] == its[j]:
                    parent[_root(parent, j)] = _root(parent, i)
        parts: dict[int, list[MemberRow]] = {}
        for i, member in enumerate(members):
            parts.setdefault(_root(parent, i), []).append(member)
        for part in parts.values():
            part.sort(key=lambda r: _shown_first(r, len(keys_of(r, cache))))
            groups.append(part)
    groups.sort(key=lambda g: (g[0].article_id, g[0].start, g[0].exact))
    return groups


def keys_of(row: Member, cache: dict[int, list[str]]) -> list[str]:
    """``keys(row.exact)``, kept in ``cache`` by ``id(row)`` (the rows must outlive it)."""
    found = cache.get(id(row))
    if found is None:
        found = cache[id(row)] = keys(row.exact)
    return found


def reference_index(shown: Sequence[Member],
                    resolved: Sequence[tuple[dt.date | None, bool]] | None = None,
                    word_keys: dict[int, list[str]] | None = None) -> int:
    """Which of the versions (each group's shown row) is the reference (see the module).
    ``resolved``: their dates as ``dates.resolve`` gives them (worked out if not given);
    ``word_keys``: as ``version_groups`` takes it. The versions are tried in the rule's
    order, so most clusters need one alignment or none."""
    if len(shown) == 1:
        return 0
    if resolved is None:
        resolved = resolve([r.published for r in shown])
    cache = {} if word_keys is None else word_keys
    its = [keys_of(r, cache) for r in shown]
    longest = max(range(len(shown)), key=lambda i: (
        len(its[i]), -shown[i].article_id, -shown[i].start))
    full = its[longest]
    support = Counter(tuple(k) for k in its)
    for i in sorted(range(len(shown)), key=lambda i: (
            resolved[i][0] is None, resolved[i][0] or dt.date.min, -support[tuple(its[i])],
            -len(its[i]), shown[i].article_id, shown[i].start, shown[i].exact)):
        if i == longest or its[i] == full:
            return i
        found = align(its[i], full)
        if found is not None and found.window == (0, len(full)):
            return i
    return longest  # (never reached: the longest is complete)
