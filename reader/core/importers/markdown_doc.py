"""Markdown articles: render, then keep the plain text the annotations point into.

Rendering is bounded. Python-Markdown spends quadratic time on a block crowded with inline
markup (46 s on a 32 KB file of ``[``, and a cancel could not stop it; escaping the marks does
not help, each escape is a substitution of its own) and recurses on deeply nested block
quotes. So a block (text between blank lines) that holds more than ``BLOCK_MARKUP`` inline
markup characters, or nests quotes deeper than ``QUOTE_DEPTH``, is handed over as an HTML
paragraph of its text, which Python-Markdown passes through untouched: no ordinary article
comes near either limit (a paragraph with twenty links has forty brackets), every character
is still shown, and the work stays linear in the length of the text.
"""

from __future__ import annotations

import html
import re
from typing import Any

from ..models import ImportedArticle
from .dates import parse_date
from .html_text import CHROME, DROP, blocks, parse_document, strip_tags
from .news_text import TITLE_MAX, shorten, tidy

#: inline markup characters one block may hold and still be rendered as markup (see above)
BLOCK_MARKUP = 200
#: block quotes nested deeper than this keep their further ``>`` as text
QUOTE_DEPTH = 16
_MARKUP = re.compile(r"[\\\[\]!*_`<&]")
_BLOCKS = re.compile(r"(\n[ \t]*\n)")
_DEEP_QUOTE = re.compile(r"(?m)^(?:[ \t]*>){" + str(QUOTE_DEPTH + 1) + "}")

_FRONT = re.compile(r"\A---[ \t]*\n(?P<body>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FIELD = re.compile(r"(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*)")
_KEYS = {  # front matter key -> ImportedArticle field
    "title": "title", "source": "source", "site": "source", "publisher": "source",
    "author": "authors", "authors": "authors", "by": "authors", "editor": "editor",
    "url": "url", "link": "url", "canonical": "url", "dateline": "dateline",
    "date": "published", "published": "published", "lang": "language",
    "language": "language", "photo": "photo_credit", "photo_credit": "photo_credit",
}


def defuse(text: str) -> str:
    """``text`` with each block that would make rendering slow or deep turned into an HTML
    paragraph of its words (see above)."""
    parts = _BLOCKS.split(text)
    for i in range(0, len(parts), 2):  # the odd parts are the blank lines between blocks
        block = parts[i]
        if len(_MARKUP.findall(block)) > BLOCK_MARKUP or _DEEP_QUOTE.search(block):
            parts[i] = "<p>" + html.escape(block.strip(), quote=False) + "</p>"
    return "".join(parts)


def markdown_to_html(text: str) -> str:
    """HTML of Markdown ``text`` (Python-Markdown with its "extra" extensions), in time
    linear in the length of the text (see ``defuse``)."""
    import markdown

    return str(markdown.markdown(defuse(text), extensions=["extra"]))


def parse_markdown(text: str) -> ImportedArticle:
    fields, body = split_front_matter(text)
    given: dict[str, Any] = {"title": "", "text": "", **fields}  # front matter: str fields
    art = ImportedArticle(**given)
    root = parse_document("<html><body>" + markdown_to_html(body) + "</body></html>")
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
