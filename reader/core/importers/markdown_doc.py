"""Markdown articles: render, then keep the plain text the annotations point into."""

from __future__ import annotations

import re

import markdown

from ..models import ImportedArticle
from .dates import parse_date
from .html_text import CHROME, DROP, blocks, parse_document, strip_tags
from .news_text import TITLE_MAX, shorten, tidy

_FRONT = re.compile(r"\A---[ \t]*\n(?P<body>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FIELD = re.compile(r"(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*)")
_KEYS = {  # front matter key -> ImportedArticle field
    "title": "title", "source": "source", "site": "source", "publisher": "source",
    "author": "authors", "authors": "authors", "by": "authors", "editor": "editor",
    "url": "url", "link": "url", "canonical": "url", "dateline": "dateline",
    "date": "published", "published": "published", "lang": "language",
    "language": "language", "photo": "photo_credit", "photo_credit": "photo_credit",
}


def parse_markdown(text: str) -> ImportedArticle:
    fields, body = split_front_matter(text)
    art = ImportedArticle(**{"title": "", "text": "", **fields})
    root = parse_document("<html><body>" + markdown.markdown(body, extensions=["extra"])
                          + "</body></html>")
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
