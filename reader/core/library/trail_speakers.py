"""The speaker the attribution finds for each trail item not annotated yet, kept once worked
out (R12-1, issue 15).

Opening a trail names the speaker of each version no coder has accepted by attributing its
span in its article, which analyses the whole article (~5 ms a short one, ~47 ms a 5,000-word
one; the engine remembers only the last text): a trail of ten outlets' quotations cost half a
second at every open. The finding depends only on the quote engine, the library's aliases
that bear on the article (``article_aliases``: those sharing a word with it), the article's
text and the span, so it is kept (``trail_found_speakers``) under a digest of those: a kept
row is used while its digest holds and worked out again once anything it depends on changes
(an article edited, an alias of a name it holds added, another Kutip's rules). Not all the
library's aliases (R14-4: one surname typed anywhere made every kept finding stale, 611 of
611 on a 1,088-page library, and the idle-time finder re-analysed every kept article).
Worked out when first read, not by the catch-up: an import's upkeep would pay an analysis
of every article with a quotation another outlet has, many times the catch-up's own cost
(bench/README.md, Session 12 (open12))."""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from ..quotes import speakers_of, written_name
from ..store.interfaces import TrailStore
from ..store.trail import StoredItem


@functools.cache
def engine_digest() -> bytes:
    """A digest of the quote engine's code and data (every file of ``reader.core.quotes``),
    made once a process: a change of its rules is a change of what it finds."""
    from .. import quotes

    folder = Path(quotes.__file__).resolve().parent
    digest = hashlib.blake2b(digest_size=16)
    for path in sorted(folder.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(folder).as_posix().encode())
            digest.update(b"\0")
            digest.update(path.read_bytes())
    return digest.digest()


def _aliases_digest(aliases: Mapping[str, str]) -> bytes:
    return hashlib.blake2b(repr(sorted(aliases.items())).encode(), digest_size=16).digest()


_WORD = re.compile(r"\w+")


def _alias_words(aliases: Mapping[str, str]) -> dict[str, list[tuple[str, str]]]:
    """Word (lower case) -> the aliases (key, speaker) whose key or speaker holds it."""
    index: dict[str, list[tuple[str, str]]] = {}
    for key, name in aliases.items():
        for word in set(_WORD.findall(key.lower())) | set(_WORD.findall(name.lower())):
            index.setdefault(word, []).append((key, name))
    return index


def article_aliases(text: str, aliases: Mapping[str, str],
                    index: dict[str, list[tuple[str, str]]] | None = None) -> dict[str, str]:
    """The library's aliases that bear on an article: those whose name or speaker shares a
    word with its text (the engine looks an alias up by a name the article writes, and maps
    a name onto a library speaker spelled alike: R14-4). What the trail's found speakers
    are worked out with, and kept under, so an alias of somebody the article never names
    leaves its kept findings fresh. ``index``: ``_alias_words(aliases)``, made once for many
    articles."""
    if not aliases:
        return {}
    if index is None:
        index = _alias_words(aliases)
    mine: dict[str, str] = {}
    for word in set(_WORD.findall(text.lower())).intersection(index):
        mine.update(index[word])
    return mine


def rules_digest(aliases: Mapping[str, str]) -> str:
    """The engine and the library's aliases: once it changed since the idle-time finder
    last looked, the kept findings are checked again (``Trail._refind_stale``); a kept
    one is worked out again only where its own digest no longer holds (a new Kutip's
    rules: all; an alias added: the articles sharing a word with it, ``article_aliases``)."""
    return hashlib.blake2b(engine_digest() + _aliases_digest(aliases),
                           digest_size=16).hexdigest()


def found_speakers(store: TrailStore, rows: Sequence[StoredItem], aliases: dict[str, str],
                   write: Callable[[list[tuple[int, str, str, str]]], None] | None,
                   unworked: set[int] | None = None) -> dict[int, tuple[str, str]]:
    """Item id -> (speaker, written) for the items of ``rows`` whose span the attribution
    gives a speaker (``written``: the article's own spelling of the library's speaker, ''
    when the same): kept findings whose digest holds, the others worked out article by
    article (so each text is analysed once) and handed to ``write`` (None: not kept). With
    ``unworked`` (a window's read, R14-3) nothing is worked out: the ids of the items with no
    kept finding that holds are added to it instead."""
    if not rows:
        return {}
    by_article: dict[int, list[StoredItem]] = {}
    for row in rows:
        by_article.setdefault(row.article_id, []).append(row)
    texts = store.article_texts(sorted(by_article))
    kept = store.found_speakers([row.id for row in rows])
    index = _alias_words(aliases)
    out: dict[int, tuple[str, str]] = {}
    fresh: list[tuple[int, str, str, str]] = []
    # (an outlet's word-for-word copy of another's story is an article of its own with the
    # same text: its spans' speakers are those already worked out for that text, not a
    # second analysis of it)
    worked: dict[tuple[str, tuple[tuple[int, int], ...]], list[tuple[str, str] | None]] = {}
    for article_id, spans in by_article.items():
        text = texts.get(article_id)
        if text is None:  # (gone since the trail was read: the catch-up drops its items)
            continue
        mine = article_aliases(text, aliases, index)
        article = hashlib.blake2b(engine_digest() + _aliases_digest(mine), digest_size=16)
        article.update(text.encode("utf-8", "surrogatepass"))
        unkept: list[tuple[StoredItem, str]] = []
        for row in spans:
            key = article.copy()
            key.update(f"\0{row.start}:{row.end}".encode())
            digest = key.hexdigest()
            have = kept.get(row.id)
            if have is None or have[0] != digest:
                unkept.append((row, digest))
            elif have[1]:
                out[row.id] = (have[1], have[2])
        if unworked is not None:
            unworked.update(row.id for row, _ in unkept)
            continue
        if not unkept:
            continue
        # (the article analysed once for them, and only as far as their speakers need)
        asked = tuple((row.start, row.end) for row, _ in unkept)
        found = worked.get((text, asked))
        if found is None:
            found = worked[text, asked] = speakers_of(text, list(asked), mine)
        for (row, digest), named in zip(unkept, found, strict=True):
            speaker = mine.get(named[0].lower(), named[0]) if named else ""
            spelled = written_name(text, speaker, mine) if speaker else ""
            fresh.append((row.id, digest, speaker, spelled))
            if speaker:
                out[row.id] = (speaker, spelled)
    if fresh and write is not None:
        write(fresh)
    return out
