"""The speaker the attribution finds for each trail item not annotated yet, kept once worked
out (R12-1, issue 15).

Opening a trail names the speaker of each version no coder has accepted by attributing its
span in its article, which analyses the whole article (~5 ms a short one, ~47 ms a 5,000-word
one; the engine remembers only the last text): a trail of ten outlets' quotations cost half a
second at every open. The finding depends only on the quote engine, the library's aliases, the
article's text and the span, so it is kept (``trail_found_speakers``) under a digest of those:
a kept row is used while its digest holds and worked out again once anything it depends on
changes (an article edited, an alias added, another Kutip's rules). Worked out when first
read, not by the catch-up: an import's upkeep would pay an analysis of every article with a
quotation another outlet has, many times the catch-up's own cost (bench/README.md, Session 12
(open12))."""

from __future__ import annotations

import functools
import hashlib
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


def rules_digest(aliases: Mapping[str, str]) -> str:
    """What every kept finding depends on besides its article and span: the engine and
    the library's aliases (a new Kutip's rules, or an alias added, make every kept
    finding stale)."""
    return hashlib.blake2b(engine_digest() + _aliases_digest(aliases),
                           digest_size=16).hexdigest()


def found_speakers(store: TrailStore, rows: Sequence[StoredItem], aliases: dict[str, str],
                   write: Callable[[list[tuple[int, str, str, str]]], None] | None,
                   ) -> dict[int, tuple[str, str]]:
    """Item id -> (speaker, written) for the items of ``rows`` whose span the attribution
    gives a speaker (``written``: the article's own spelling of the library's speaker, ''
    when the same): kept findings whose digest holds, the others worked out article by
    article (so each text is analysed once) and handed to ``write`` (None: not kept)."""
    if not rows:
        return {}
    by_article: dict[int, list[StoredItem]] = {}
    for row in rows:
        by_article.setdefault(row.article_id, []).append(row)
    texts = store.article_texts(sorted(by_article))
    kept = store.found_speakers([row.id for row in rows])
    base = hashlib.blake2b(engine_digest() + _aliases_digest(aliases), digest_size=16)
    out: dict[int, tuple[str, str]] = {}
    fresh: list[tuple[int, str, str, str]] = []
    for article_id, spans in by_article.items():
        text = texts.get(article_id)
        if text is None:  # (gone since the trail was read: the catch-up drops its items)
            continue
        article = base.copy()
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
        if not unkept:
            continue
        # (the article analysed once for them, and only as far as their speakers need)
        found = speakers_of(text, [(row.start, row.end) for row, _ in unkept], aliases)
        for (row, digest), named in zip(unkept, found, strict=True):
            speaker = aliases.get(named[0].lower(), named[0]) if named else ""
            spelled = written_name(text, speaker, aliases) if speaker else ""
            fresh.append((row.id, digest, speaker, spelled))
            if speaker:
                out[row.id] = (speaker, spelled)
    if fresh and write is not None:
        write(fresh)
    return out
