"""Kutip's three shipped Markdown templates written by Python: the same text, a few times faster.

``by-article.md.j2``, ``by-speaker.md.j2`` and ``by-tag.md.j2`` (with
``_front_matter.md.j2``) stay the documentation of what an export writes, the files a
user copies to make a template of their own, and what Jinja renders when they change.
A 100,000-annotation export through Jinja spends most of its time in the template's
machinery and its filter calls per entry (bench/README.md, "Markdown export"); the
functions here write the same Markdown with one f-string per entry, each article's
citation and each speaker's name escaped once, and the common one-line quote escaped
inline.

They are used only while the template files are byte for byte the ones they were
written from (``WRITTEN_FROM``: SHA-256 of each file). A changed template renders through
Jinja again, correct and slower, and ``tests/test_export_direct.py`` fails until this
module and its hashes are brought up to date; the same tests render randomized
libraries both ways and require the same text.

What is written is the template's output *before* ``markdown.collapse_blank_lines``:
runs of three or more newlines may come out one shorter than the template's (the
blank line that ends an entry with no tags), which collapsing makes the same text.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import Any

from ..models import Article
from .escaping import (
    _CONTROLS,
    _LINE,
    _PLAIN_LINE,
    _SPECIALS,
    _escape_line,
    blockquote,
    escape_markdown,
)
from .filters import byline, cite, hashtag, inline, yaml_value
from .language import Labels, export_labels
from .rendering import is_shipped

__all__ = ["BLOCK", "WRITTEN_FROM", "direct_renderer"]

#: SHA-256 of the template files the functions below write exactly
WRITTEN_FROM = {
    "_front_matter.md.j2":
        "f596a083e1443e15822dbe6a06b63e99cf32419ef1a0b903c6bb1ebb53a800a1",
    "by-article.md.j2":
        "9dca3898f052cf449b2704d753e115d50e9b70933ed732100c0a9a425e720c7e",
    "by-speaker.md.j2":
        "71422fd50c973614862ca4b99a0d462390ac7ac9d72720ba61c253eee1dddc69",
    "by-tag.md.j2":
        "a4ba4a78414ec36e4252587bb5fbe4697226f143fdea20476f78cbc232b92351",
}
#: entries written before their text is handed on (a few hundred kB)
BLOCK = 2048

#: an annotation as the writers take it: ``(article, kind, exact, speaker, verdict, note,
#: tags)`` (``store.interfaces.EXPORT_COLUMNS``); ``article`` is the key of its article in
#: ``articles``, ``speaker`` its speaker's name or a key ``SpeakerNames`` turns into it,
#: ``tags`` a key ``TagNames`` turns into the names to print (None or empty: no tags)
Row = Sequence[Any]
#: the names of a row's tags, in the order they are printed, from its key (called once a key)
TagNames = Callable[[Any], Sequence[str]]
#: a row's speaker's name ('' for none) from its key (called once a key)
SpeakerNames = Callable[[Any], str]
#: ``writer(rows, articles, hashtags, title, names, block=…, speakers=None)``: the text, in
#: parts of ``block`` entries (None: in one part); ``speakers`` None: a row has the name
Writer = Callable[..., Iterator[str]]


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def direct_renderer(path: Path, group: str) -> Writer | None:
    """The writer of the shipped template ``path`` for ``group`` (its own grouping), or
    None when there is none or a file it was written from has changed."""
    writer = _WRITERS.get(path.name)
    if writer is None or path.name != f"by-{group}.md.j2" or not is_shipped(path):
        return None
    try:
        for name in (path.name, "_front_matter.md.j2"):
            if file_hash(path.parent / name) != WRITTEN_FROM[name]:
                return None
    except OSError:
        return None
    return writer


# ------------------------------------------------------------------ the writers
def _front_matter(rows: Sequence[Row], articles: dict[Any, Article], title: str,
                  names: TagNames, labels: Labels) -> str:
    """``_front_matter.md.j2`` and the heading every ``by-*.md.j2`` writes after it."""
    single = next(iter(articles.values())) if len(articles) == 1 else None
    if single:
        tags = sorted({name for row in rows if row[6] for name in names(row[6])})
        lines = [f"title: {yaml_value(title or single.title)}",
                 f"source: {yaml_value(single.source)}",
                 f"authors: {yaml_value(single.authors)}",
                 f"date: {yaml_value(single.published)}",
                 *_date_marks(single),
                 f"url: {yaml_value(single.url)}",
                 f"tags: {yaml_value(tags)}"]
    else:
        lines = [f"title: {yaml_value(title or labels.export_title)}",
                 f"exported: {yaml_value(dt.date.today().isoformat())}",
                 f"count: {len(rows)}",
                 f"articles: {len(articles)}"]
    body = "\n".join(lines)
    heading = title or (single.title if single else labels.export_title)
    return f"---\n{body}\n---\n\n# {inline(heading)}\n\n"


def _date_marks(article: Article) -> list[str]:
    """The front matter's mark of a date as the body marks it (R14-9): ``date_inferred``
    when its year was completed from the story, ``date_partial`` for a day without a year
    (``date`` is empty then)."""
    if article.published:
        return ["date_inferred: true"] if article.published_inferred else []
    return [f"date_partial: {yaml_value(article.published_partial)}"] if (
        article.published_partial) else []


def _by_article(rows: Sequence[Row], articles: dict[Any, Article], hashtags: bool,
                title: str, names: TagNames, block: int | None = BLOCK,
                speakers: SpeakerNames | None = None, labels: Labels | None = None
                ) -> Iterator[str]:
    entries = _Entries(rows, articles, hashtags, title, names, block, speakers, labels)
    texts = entries.texts(rows) if entries.whole else None
    counts = {key: len(list(group)) for key, group in groupby(rows, itemgetter(0))}
    single = len(articles) == 1
    done = 0
    for key, article in articles.items():
        line = byline(article, entries.labels)
        heading = "" if single else f"## {inline(article.title)}\n\n"
        count = counts.get(key, 0)
        mine = texts[done:done + count] if texts is not None else entries.texts(
            rows[done:done + count])  # (a part at a time: the text is not held whole)
        yield from entries.add(f"{heading}{line}\n\n" if line else heading, mine)
        done += count
    yield from entries.end()


def _by_speaker(rows: Sequence[Row], articles: dict[Any, Article], hashtags: bool,
                title: str, names: TagNames, block: int | None = BLOCK,
                speakers: SpeakerNames | None = None, labels: Labels | None = None
                ) -> Iterator[str]:
    entries = _Entries(rows, articles, hashtags, title, names, block, speakers, labels)
    sections: dict[str, list[Any]] = {}
    unknown = entries.labels.unknown_speaker
    of: dict[Any, list[Any]] = {}  # a row's speaker (a name as stored, or a key) → its section
    for row, entry in zip(rows, entries.each(rows), strict=True):
        section = of.get(row[3])
        if section is None:
            key = entries.speaker_name(row[3]).strip() or unknown
            section = of[row[3]] = sections.setdefault(key, [])
        section.append(entry)
    for name in _in_order(sections, unknown):
        yield from entries.add(f"## {inline(name)}\n\n", entries.written(sections[name]))
    yield from entries.end()


def _by_tag(rows: Sequence[Row], articles: dict[Any, Article], hashtags: bool,
            title: str, names: TagNames, block: int | None = BLOCK,
            speakers: SpeakerNames | None = None, labels: Labels | None = None
            ) -> Iterator[str]:
    entries = _Entries(rows, articles, hashtags, title, names, block, speakers, labels)
    sections: dict[str, list[Any]] = {}
    fallback = entries.labels.untagged
    untagged = sections[fallback] = []
    of: dict[Any, list[list[Any]]] = {}  # a row's tags → the sections it goes in
    for row, entry in zip(rows, entries.each(rows), strict=True):
        tags = row[6]
        if not tags:
            untagged.append(entry)
            continue
        into = of.get(tags)
        if into is None:
            keys = [k for k in dict.fromkeys(names(tags)) if k] or [fallback]
            into = of[tags] = [sections.setdefault(k, []) for k in keys]
        for section in into:
            section.append(entry)
    if not untagged:
        del sections[fallback]
    for name in _in_order(sections, fallback):
        heading = hashtag(name) if hashtags and name != fallback else inline(name)
        yield from entries.add(f"## {heading}\n\n", entries.written(sections[name]))
    yield from entries.end()


def _in_order(sections: dict[str, list[str]], fallback: str) -> list[str]:
    """Section names alphabetical, case-blind, the catch-all last (as ``group_entries``)."""
    return sorted(sections, key=lambda name: (name == fallback, name.casefold()))


_WRITERS: dict[str, Writer] = {
    "by-article.md.j2": _by_article,
    "by-speaker.md.j2": _by_speaker,
    "by-tag.md.j2": _by_tag,
}

#: a quote of one line that ``md | blockquote`` writes as it is, after "> " (printable,
#: nothing to escape, nothing to strip at either end)
_PLAIN_QUOTE = re.compile(_LINE)
#: what a quote of ASCII written so has nowhere (a Markdown special, a control character:
#: for ASCII, printable and ``_LINE`` is none of these bytes, none of ``_ASCII_STARTS`` to
#: start with and no space to end with; checked by ``bytes.translate``, without a regex)
_ASCII_UNSAFE = b"\\`*_[]#&<|" + bytes(range(32)) + b"\x7f"
_ASCII_STARTS = " =0123456789+>-"  # (other whitespace of ASCII is a control character)
#: a line of such a quote with no control character in it (``_LINE`` less the controls)
_CLEAN_LINE = (rf"[^{_SPECIALS}{_CONTROLS}\s=0-9+>-]"
               rf"(?:[^{_SPECIALS}{_CONTROLS}\n]*[^{_SPECIALS}{_CONTROLS}\s])?")
#: a quote of paragraphs that ``md | blockquote`` writes line by line as they are: each
#: line empty or a ``_CLEAN_LINE`` (``escaping._PLAIN_LINES`` and no control character, in
#: one scan; possessive: a line matches one way only, so no place is kept to go back to)
_PLAIN_PARAGRAPHS = re.compile(rf"(?:{_CLEAN_LINE})?+(?:\n(?:{_CLEAN_LINE})?+)*+")


def _quoted(text: str) -> str:
    """``blockquote(escape_markdown(text))`` of a quote that is not printable (most often
    paragraphs: when each is a plain line, without a Python call per line)."""
    if _PLAIN_PARAGRAPHS.fullmatch(text):
        body = text.strip("\n")  # (what escape_markdown leaves of it, and blockquote strips)
        if not body:
            return ">"
        # every line "> " + itself; an empty line ">" (no line of a plain text ends with a
        # space, so "> \n" is only ever an empty line's)
        return f"> {body}".replace("\n", "\n> ").replace("> \n", ">\n")
    return blockquote(escape_markdown(text))


def _runs(text: str) -> str:
    """``text`` with its runs of three or more newlines made two, as collapsing makes them."""
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text


class _Entries:
    """The entries every ``by-*.md.j2`` writes (``_entry.md.j2``), for one render, already
    collapsed: each entry ends with one blank line (the template's run of two or three
    newlines), a note's or a verdict's own runs of blank lines become one. Each article's
    citation, each speaker's attribution and each set of tags are worked out once."""

    def __init__(self, rows: Sequence[Row], articles: dict[Any, Article], hashtags: bool,
                 title: str, names: TagNames, block: int | None,
                 speakers: SpeakerNames | None = None, labels: Labels | None = None):
        self.block = block or sys.maxsize
        #: the words written around the annotations, in the export's language
        self.labels = labels = labels if labels is not None else export_labels("en")
        #: the text is wanted in one part (to be held whole anyway): each entry is written
        #: once, in the order the rows were read, before they are put in sections; in parts,
        #: each section's entries are written as it is handed on
        self.whole = block is None
        self.articles = articles
        self.names = names
        #: a row's speaker's name from its speaker field
        self.speaker_name: SpeakerNames = speakers or str
        self.hashtags = hashtags
        self.out: list[str] = [_front_matter(rows, articles, title, names, labels)]
        self._said_in = labels.said_in
        self._in = labels.in_
        self._highlight = f"**{labels.highlight}**\n\n"
        self._note = f"*{labels.note}:* "
        self._tags_label = f"{labels.tags}: "
        self.cites: dict[Any, str] = {}
        self._who: dict[Any, str] = {}
        self._claims: dict[str, str] = {}
        self._tags: dict[Any, str] = {}

    def _claim(self, verdict: str) -> str:
        """What comes before a claim's quote."""
        labels = self.labels
        head = self._claims[verdict] = (f"**{labels.claim}** ({labels.verdict}: "
                                        f"{_runs(labels.verdict_name(verdict))})\n\n")
        return head

    def _cite(self, key: Any) -> str:
        citation = self.cites[key] = cite(self.articles[key], self.labels)
        return citation

    def _tag_line(self, key: Any) -> str:
        """The ``Tags:`` line of a row's tags, and the blank line after it."""
        tag_text, separator = (hashtag, " ") if self.hashtags else (inline, ", ")
        line = self._tags[key] = (f"{self._tags_label}"
                                  f"{separator.join(map(tag_text, self.names(key)))}\n\n")
        return line

    def texts(self, rows: Iterable[Row]) -> list[str]:
        """The entries of ``rows``, in their order (each written once, however many sections
        it goes in; and in the order the rows were read, which keeps the reading close)."""
        texts: list[str] = []
        append = texts.append
        cites = self.cites
        who = self._who
        claims = self._claims
        tag_lines = self._tags
        plain = _PLAIN_QUOTE.fullmatch
        plain_line = _PLAIN_LINE.fullmatch
        unsafe = _ASCII_UNSAFE
        starts = _ASCII_STARTS
        last = None
        citation = ""
        highlight, note_label = self._highlight, self._note
        for key, kind, exact, speaker, verdict, note, tags in rows:
            if key != last:  # (rows come by article: a citation is looked up once each)
                last = key
                citation = cites.get(key) or self._cite(key)
            if kind == "quote":
                head = ""
            elif kind == "claim":
                head = claims.get(verdict) or self._claim(verdict)
            else:
                head = highlight if kind == "highlight" else ""
            attribution = who.get(speaker)
            if attribution is None:
                name = self.speaker_name(speaker)
                attribution = who[speaker] = (self._said_in.format(speaker=inline(name))
                                              if name else self._in)
            if exact.isascii():  # (printable and a _LINE, for ASCII: without a regex)
                as_is = (exact and exact[0] not in starts and exact[-1] != " "
                         and len(exact.encode().translate(None, unsafe)) == len(exact))
            else:
                as_is = exact.isprintable() and plain(exact)
            if as_is:  # (what md | blockquote writes of a plain line: "> " and the line)
                marker, quote = "> ", exact
            else:
                marker = ""
                quote = (blockquote(escape_markdown(exact)) if exact.isprintable()
                         else _quoted(exact))
            if note:
                if note.isprintable():  # (escape_markdown of one line, without its call)
                    note = note.strip()
                    if not plain_line(note):
                        note = _escape_line(note)
                else:
                    note = escape_markdown(note)
                    if "\n" in note:  # (its last newlines join the blank line after it)
                        note = _runs(note.rstrip("\n"))
                if tags:
                    append(f"{head}{marker}{quote}\n\n— {attribution}{citation}\n\n"
                           f"{note_label}{note}\n\n{tag_lines.get(tags) or self._tag_line(tags)}")
                else:
                    append(f"{head}{marker}{quote}\n\n— {attribution}{citation}\n\n"
                           f"{note_label}{note}\n\n")
            elif tags:
                append(f"{head}{marker}{quote}\n\n— {attribution}{citation}\n\n"
                       f"{tag_lines.get(tags) or self._tag_line(tags)}")
            else:
                append(f"{head}{marker}{quote}\n\n— {attribution}{citation}\n\n")
        return texts

    def each(self, rows: Sequence[Row]) -> Sequence[Any]:
        """What goes in a section for each of ``rows``: its entry (``whole``) or the row."""
        return self.texts(rows) if self.whole else rows

    def written(self, section: list[Any]) -> list[str]:
        """The entries of a section of what ``each`` gave."""
        return section if self.whole else self.texts(section)

    def add(self, heading: str, texts: list[str]) -> Iterator[str]:
        """A section: its heading and its entries, the text handed on every ``block``
        parts (before an entry: what is held back always ends with one)."""
        out = self.out
        block = self.block
        out.append(heading)
        if len(out) + len(texts) <= block:
            out.extend(texts)
            return
        for text in texts:
            if len(out) >= block:
                yield "".join(out)
                out.clear()
            out.append(text)

    def end(self) -> Iterator[str]:
        """The rest, ending with one newline (as collapsing ends the text): the whitespace
        at the end of the last parts is dropped (the text is not copied to do it)."""
        out = self.out
        while out and not out[-1].strip():
            out.pop()  # (an empty heading: one article without a byline)
        if out:
            out[-1] = out[-1].rstrip()
        out.append("\n")
        yield "".join(out)
        out.clear()

