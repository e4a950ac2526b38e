"""Saved web pages: the article body and metadata via trafilatura, offline.

trafilatura only downloads when asked to (``fetch_url``); ``bare_extraction``
on a string never touches the network, and we pass no URL it could follow.
If it finds no main text, a plain lxml walk (page chrome and scripts removed)
is the fallback, so short or odd pages still import.
"""

from __future__ import annotations

import logging

import trafilatura

from ..models import ImportedArticle
from .dates import parse_date
from .errors import ImportFailed
from .html_text import CHROME, DROP, XML_DECL, parse_document, stream_blocks, strip_tags
from .news_text import shorten, tidy

# Removed before extraction: trafilatura keeps menus on small pages.  <head> and
# its <meta> tags stay, they carry the metadata.
DROP_BODY = ("script", "style", "noscript", "iframe", "frame", "object", "embed", "template",
             "svg", "form", "button", "nav", "aside", "footer", "menu", "dialog")

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)  # it logs parse noise as errors
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


def parse_html(html: str, url: str = "") -> ImportedArticle:
    html = XML_DECL.sub("", html, count=1)
    if not html.strip():
        raise ImportFailed("no HTML content")
    art = ImportedArticle(title="", text="", url=url)
    paragraphs = _trafilatura(html, art)
    if not paragraphs:
        paragraphs = _fallback(html, art)
    if not paragraphs:
        raise ImportFailed("no readable text in the HTML page (only scripts, styles or markup)")
    if paragraphs and paragraphs[0] == art.title:
        paragraphs = paragraphs[1:] or paragraphs  # the <h1> repeats the title
    if not art.title:
        art.title = shorten(paragraphs[0].split("\n")[0])
    return tidy(art, paragraphs)


def _trafilatura(html: str, art: ImportedArticle) -> list[str]:
    root = parse_document(html)
    strip_tags(root, DROP_BODY)
    for header in list(root.iter("header")):  # page header, not an article's own header
        if not any(a.tag in ("article", "main") for a in header.iterancestors()):
            header.drop_tree()
    try:
        doc = trafilatura.bare_extraction(
            root, with_metadata=True, include_comments=False, include_images=False,
            include_links=False, include_tables=True, deduplicate=False,
        )
    except RecursionError:
        return []  # deeply nested page: the iterative fallback copes
    if doc is None:
        return []
    art.title = " ".join((doc.title or "").split())
    art.source = doc.sitename or ""
    art.authors = doc.author or ""
    art.url = doc.url or art.url
    art.published = parse_date(doc.date or "") or ""
    art.language = doc.language or ""
    lines = (doc.text or "").split("\n")
    return [line.strip() for line in lines if line.strip()]


def _fallback(html: str, art: ImportedArticle) -> list[str]:
    title, paragraphs = stream_blocks(html, DROP + CHROME)
    art.title = art.title or title
    return paragraphs
