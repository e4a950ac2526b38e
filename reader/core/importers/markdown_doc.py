"""Markdown articles: render, then keep the plain text the annotations point into.

Rendering is bounded. Markdown parsers spend more than linear time on runs of unmatched
brackets and emphasis marks (Python-Markdown took 46 s on a 32 KB file of ``[``; a cancel
could not stop it). Kutip renders with markdown-it-py (CommonMark, tables, strikethrough),
which stays near linear, and only when the text holds at most ``MARKUP_BUDGET`` inline
markup characters (a long article with hundreds of links has a few thousand); beyond that
the file is imported as plain text, every word kept, in well under a second.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..models import ImportedArticle
from .dates import parse_date
from .html_text import CHROME, DROP, blocks, parse_document, strip_tags
from .news_text import TITLE_MAX, parse_news_text, shorten, tidy

#: inline markup characters a Markdown text may hold and still be rendered (see above)
MARKUP_BUDGET = 10_000
_MARKUP = re.compile(r"[\[\]!*_`<~]")

_FRONT = re.compile(r"\A---[ \t]*\n(?P<body>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FIELD = re.compile(r"(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*)")
_KEYS = {  # front matter key -> ImportedArticle field
    "title": "title", "source": "source", "site": "source", "publisher": "source",
    "author": "authors", "authors": "authors", "by": "authors", "editor": "editor",
    "url": "url", "link": "url", "canonical": "url", "dateline": "dateline",
    "date": "published", "published": "published", "lang": "language",
    "language": "language", "photo": "photo_credit", "photo_credit": "photo_credit",
}


def markdown_to_html(text: str, budget: int = MARKUP_BUDGET) -> str | None:
    """HTML of Markdown ``text``, or None when it holds more markup than ``budget`` allows
    (rendering it could take minutes; the caller shows or imports it as plain text)."""
    if len(_MARKUP.findall(text)) > budget:
        return None
    return _renderer().render(text)


@lru_cache(maxsize=1)
def _renderer():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])


def parse_markdown(text: str) -> ImportedArticle:
    fields, body = split_front_matter(text)
    rendered = markdown_to_html(body)
    if rendered is None:  # too much markup to render in bounded time: the words as text
        art = parse_news_text(body)
        for key, value in fields.items():
            setattr(art, key, value)
        return art
    art = ImportedArticle(**{"title": "", "text": "", **fields})
    root = parse_document("<html><body>" + rendered + "</body></html>")
    strip_tags(root, DROP + CHROME)
    heading = next(root.iter("h1"), None)
    if heading is not None:
        heading_text = " ".join(heading.text_content().split())
        if not art.title or heading_text == art.title:
            art.title = art.title or heading_text
            heading.drop_tree()
    paragraphs = blocks(root)
    if not art.title and paragraphs:
        first = paragraphs[0]
        if "\n" not in first and len(first) <= TITLE_MAX and len(paragraphs) > 1:
            art.title = paragraphs.pop(0)
        else:
            art.title = shorten(first.split("\n")[0])
    return tidy(art, paragraphs)


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """YAML-ish ``key: value`` lines between ``---`` fences; no YAML library needed."""
    m = _FRONT.match(text)
    if not m:
        return {}, text
    fields: dict[str, str] = {}
    for line in m["body"].split("\n"):
        fm = _FIELD.fullmatch(line.strip())
        if not fm:
            continue
        key = _KEYS.get(fm["key"].lower())
        value = fm["value"].strip().strip("'\"").strip()
        if key == "authors" and value.startswith("[") and value.endswith("]"):
            value = ", ".join(v.strip().strip("'\"") for v in value[1:-1].split(",") if v.strip())
        if key and value and key not in fields:
            fields[key] = value
    if "published" in fields:
        fields["published"] = parse_date(fields["published"]) or fields["published"]
    return fields, text[m.end():]
