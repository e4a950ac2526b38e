"""RSS and Atom feeds (feedparser): what a feed holds, and each item as an article.

Nothing here runs unless the user asks (adding a feed, refreshing): the feed document is
downloaded by :func:`url.download`, with the same timeout, size and redirect rules and the
same messages as a page; feedparser then reads the bytes offline. An item whose feed
carries the full text (``content:encoded``, Atom ``content``) is imported from that; an item
with only a summary is imported from its link through the URL importer.

Bounded: a feed document over ``MAX_FEED_BYTES`` is refused, at most ``MAX_ITEMS`` of its
items (the first ones, which feeds list newest first) are looked at, and the library
imports at most ``MAX_NEW_PER_REFRESH`` new items per feed and refresh.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

from ..messages import Message
from ..models import ImportedArticle
from .errors import ImportFailed

MAX_FEED_BYTES = 4 * 1024 * 1024
MAX_ITEMS = 500
MAX_NEW_PER_REFRESH = 50
FULL_TEXT_MIN = 500
"""An item's own content counts as the full article from this many characters of text."""

ACCEPT = ("application/rss+xml, application/atom+xml, application/xml;q=0.9, "
          "text/xml;q=0.9, text/html;q=0.5")
_ALTERNATE = re.compile(
    rb"<link\b[^>]*\btype\s*=\s*[\"']application/(?:rss|atom)\+xml[\"'][^>]*>", re.IGNORECASE)
_HREF = re.compile(rb"\bhref\s*=\s*[\"']([^\"']+)[\"']", re.IGNORECASE)


@dataclass
class FeedItem:
    key: str  # what identifies the item across refreshes: its id, else its link, else a hash
    link: str
    title: str
    published: str = ""
    authors: str = ""
    content_html: str = ""  # the full text the feed carries, if any
    summary_html: str = ""


@dataclass
class Feed:
    url: str  # the feed document's address (after discovery from a page)
    title: str
    site_url: str = ""
    items: list[FeedItem] = field(default_factory=list)
    total_items: int = 0  # before the MAX_ITEMS cut


def fetch_feed(url: str, timeout: float = 20) -> Feed:
    """Download and read the feed at ``url``; a web page that names its feed is followed once."""
    from .url import download

    data, final_url, _charset, _ctype = download(url, timeout, MAX_FEED_BYTES, ACCEPT)
    try:
        return parse_feed(data, final_url)
    except ImportFailed:
        alternate = feed_link(data, final_url)
        if not alternate or alternate == final_url:
            raise
    data, final_url, _charset, _ctype = download(alternate, timeout, MAX_FEED_BYTES, ACCEPT)
    return parse_feed(data, final_url)


def feed_link(page: bytes, base: str) -> str:
    """The feed a web page names in ``<link rel="alternate" type="application/rss+xml">``."""
    for tag in _ALTERNATE.finditer(page[:200_000]):
        m = _HREF.search(tag.group(0))
        if m:
            href: bytes = m.group(1)
            return urljoin(base, href.decode("utf-8", "replace").strip())
    return ""


def parse_feed(data: bytes, url: str = "") -> Feed:
    """Read feed bytes offline; an HTML page or XML that holds no items is an error."""
    import feedparser

    if not data.strip():
        raise ImportFailed(Message("feed.empty", "the feed is empty"))
    if len(data) > MAX_FEED_BYTES:
        raise ImportFailed(Message("feed.too-large", "the feed is too large (over {mb} MB)",
                                   mb=MAX_FEED_BYTES // (1024 * 1024)))
    try:
        parsed = feedparser.parse(data, response_headers={"content-location": url} if url
                                  else None, sanitize_html=True, resolve_relative_uris=True)
    except Exception as e:  # noqa: BLE001 - feedparser is lenient; anything else is corrupt
        raise ImportFailed(Message("feed.unreadable", "cannot read the feed ({error})",
                                   error=type(e).__name__)) from None
    entries = parsed.get("entries") or []
    if not parsed.get("version") and not entries:
        if re.search(rb"<html[\s>]", data[:4096], re.IGNORECASE):
            raise ImportFailed(Message(
                "feed.is-web-page", "not a feed: this address is a web page (use its RSS or "
                "Atom feed address, or import the page as a URL)"))
        if parsed.get("bozo"):
            raise ImportFailed(Message("feed.not-feed-because", "not an RSS or Atom feed "
                                       "(malformed XML: {reason})", reason=_reason(parsed)))
        raise ImportFailed(Message("feed.not-feed", "not an RSS or Atom feed (malformed XML)"))
    meta = parsed.get("feed") or {}
    feed = Feed(url=url, title=" ".join((meta.get("title") or "").split()),
                site_url=meta.get("link") or "", total_items=len(entries))
    for entry in entries[:MAX_ITEMS]:
        item = _item(entry, url)
        if item is not None:
            feed.items.append(item)
    if parsed.get("bozo") and not feed.items:
        raise ImportFailed(Message("feed.malformed", "the feed is malformed XML ({reason})",
                                   reason=_reason(parsed)))
    return feed


def _reason(parsed: Mapping[str, Any]) -> str:
    error = parsed.get("bozo_exception")
    text = " ".join(str(error or "").split())
    return text.split(": ", 1)[-1][:80] if text else Message("feed.unreadable-reason",
                                                              "unreadable")


def _item(entry: Mapping[str, Any], base: str) -> FeedItem | None:
    link = urljoin(base, (entry.get("link") or "").strip()) if entry.get("link") else ""
    title = " ".join((entry.get("title") or "").split())
    key = (entry.get("id") or "").strip() or link
    if not key:
        if not title:
            return None
        key = "sha1:" + hashlib.sha1((title + (entry.get("published") or "")).encode()
                                     ).hexdigest()
    content = ""
    for part in entry.get("content") or []:
        if "html" in (part.get("type") or "html") or part.get("value"):
            content = part.get("value") or ""
            if content:
                break
    return FeedItem(key=key[:1000], link=link, title=title, published=_date(entry),
                    authors=" ".join((entry.get("author") or "").split()),
                    content_html=content, summary_html=entry.get("summary") or "")


def _date(entry: Mapping[str, Any]) -> str:
    for name in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(name)
        if value:
            try:
                return f"{value.tm_year:04d}-{value.tm_mon:02d}-{value.tm_mday:02d}"
            except AttributeError:
                continue
    return ""


def item_article(item: FeedItem, feed_title: str,
                 fetch: Callable[[str], ImportedArticle] | None = None) -> ImportedArticle:
    """The article for one item: its own full text, else its link through the URL importer
    (``fetch``, by default :func:`fetch_url`)."""
    from . import _finish, _guard
    from .html_page import parse_html
    from .html_text import parse_document

    def own_text() -> ImportedArticle | None:
        if not item.content_html:
            return None
        text = " ".join(parse_document("<div>" + item.content_html + "</div>").text_content()
                        .split()) if item.content_html.strip() else ""
        if len(text) < FULL_TEXT_MIN:
            return None
        art = parse_html(f"<html><body><article>{item.content_html}</article></body></html>",
                         url=item.link)
        return _finish(art, item.link or item.title, "feed")

    art = _guard(own_text)
    if art is None:
        if not item.link:
            raise ImportFailed(Message(
                "feed.item-too-short", "the item has no link and too little text of its own"))
        if fetch is None:
            from .url import fetch_url

            fetch = fetch_url
        art = fetch(item.link)
    art.title = item.title or art.title
    art.url = art.url or item.link
    art.published = item.published or art.published
    art.authors = art.authors or item.authors
    art.source = art.source or feed_title
    return art
