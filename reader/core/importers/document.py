"""From a document's paragraphs and properties to an article: what every document format shares.

Word, OpenDocument, EPUB, e-mail and PDF importers extract paragraphs and properties;
this module applies the same rules as plain news text (``news_text.tidy``: bylines, date
lines, datelines and footers become fields) so every format fills the same fields the
same way, and it keeps a paged original's page starts right while doing so.
"""

from __future__ import annotations

import re
import unicodedata

from ..models import ImportedArticle
from .dates import parse_date
from .news_text import TITLE_MAX, shorten, tidy

_ISO_START = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def article_from_paragraphs(paragraphs: list[str], title: str = "", authors: str = "",
                            published: str = "", language: str = "") -> ImportedArticle:
    """An article from paragraphs; without a title the first short paragraph is the title."""
    paragraphs = [p for p in (nfc(p).strip() for p in paragraphs) if p]
    title = " ".join(nfc(title).split())
    if paragraphs and title and " ".join(paragraphs[0].split()) == title:
        paragraphs = paragraphs[1:]  # the document's own title line repeats its title
    elif paragraphs and not title:
        head = paragraphs[0]
        if len(head) <= TITLE_MAX and "\n" not in head and len(paragraphs) > 1:
            title, paragraphs = head, paragraphs[1:]
        else:
            title = shorten(head.split("\n")[0])
    art = ImportedArticle(title=title, text="", authors=" ".join(nfc(authors).split()),
                          language=language)
    tidy(art, paragraphs)
    art.published = art.published or published
    return art


def iso_date(value: str) -> str:
    """``2021-03-04T10:00:00Z`` or a written date → ``2021-03-04``; else ``""``."""
    value = (value or "").strip()
    m = _ISO_START.match(value)
    if m:
        return parse_date(m.group())
    return parse_date(value)


def finish_paged(art: ImportedArticle, paragraphs: list[str],
                 page_starts: list[tuple[int, int, str]], published: str) -> ImportedArticle:
    """Join a paged document's paragraphs the way :func:`article_from_paragraphs` does and
    turn ``page_starts`` ((paragraph index, offset in it, page label)) into text offsets."""
    paragraphs = [nfc(p) for p in paragraphs]
    tidy(art, [p for p in paragraphs if p])
    art.published = art.published or published
    art.pages = page_offsets(art.text, paragraphs, page_starts)
    return art


def page_offsets(text: str, paragraphs: list[str],
                 page_starts: list[tuple[int, int, str]]) -> list[tuple[int, str]]:
    """Where each page starts in ``text``, made of ``paragraphs`` of which tidy may have
    dropped some (metadata lines) or cut a dateline off the first."""
    located: list[int | None] = []
    cursor = 0
    for paragraph in paragraphs:
        if not paragraph:
            located.append(None)
            continue
        at = text.find(paragraph, cursor)
        shift = 0
        if at < 0:  # tidy cut a dateline off the front: the rest starts right here
            for cut in range(1, min(len(paragraph) // 2, 200)):
                if text.startswith(paragraph[cut:], cursor):
                    at, shift = cursor, cut
                    break
        if at < 0:
            located.append(None)
            continue
        located.append(at - shift)
        cursor = at + len(paragraph) - shift
    offsets: list[tuple[int, str]] = []
    for index, within, label in page_starts:
        start = _position(located, text, index, within)
        if offsets and start <= offsets[-1][0]:
            if start == offsets[-1][0]:
                offsets[-1] = (start, label)  # an empty page: the next one starts here too
            continue
        offsets.append((start, label))
    if offsets:
        offsets[0] = (0, offsets[0][1])
    return [(start, label) for start, label in offsets if start < len(text) or start == 0]


def _position(located: list[int | None], text: str, index: int, within: int) -> int:
    for i in range(index, len(located)):
        at = located[i]
        if at is not None:
            return max(0, min(len(text), at + (within if i == index else 0)))
    return len(text)
