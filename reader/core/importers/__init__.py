"""Importers: turn a file, pasted text or a fetched page into an :class:`ImportedArticle`.

Pure Python, no Qt, no database: the store calls these and saves the result.
Every failure a user can cause surfaces as :class:`ImportFailed` with a one-line
reason; nothing else escapes :func:`read_article` or :func:`article_from_text`.

Decisions worth knowing (details in the modules):

* ``content_hash`` is sha256 of the final story text (newlines normalised,
  metadata removed), so a renamed or CRLF copy hashes the same.
* ``published`` is ISO ``YYYY-MM-DD`` when a full date is found; otherwise the
  day/month an Indonesian story states (``Rabu (22/12)`` → ``"22/12"``), never
  with an invented year; else empty.
* Truncated UTF-8 (cut inside the last character) imports with one U+FFFD.
* Files over ``MAX_BYTES`` (20 MB) are refused from ``stat`` before reading.
* HTML is extracted offline; only :func:`fetch_url` uses the network.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..models import ImportedArticle
from .decode import MAX_BYTES, decode_bytes, html_charset, read_limited
from .decode import check_text as _check_text
from .decode import normalize_text as _normalize
from .errors import ImportFailed
from .news_text import parse_news_text
from .paths import SUPPORTED_SUFFIXES, iter_import_paths
from .url import fetch_url

__all__ = [
    "read_article", "article_from_text", "fetch_url", "iter_import_paths",
    "ImportFailed", "MAX_BYTES", "SUPPORTED_SUFFIXES",
]

_FORMATS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md",
            ".html": "html", ".htm": "html"}


def read_article(path: Path) -> ImportedArticle:
    """Import one local file; the format comes from its suffix."""
    path = Path(path)
    fmt = _FORMATS.get(path.suffix.lower())
    if fmt is None:
        shown = path.suffix or "(none)"
        raise ImportFailed(f"unsupported file type {shown}; supported: "
                           + ", ".join(SUPPORTED_SUFFIXES))

    def run() -> ImportedArticle:
        data = read_limited(path)
        declared = html_charset(data) if fmt == "html" else None
        return _finish(_parse(decode_bytes(data, declared), fmt), path.name, fmt)

    return _guard(run)


def article_from_text(text: str, name: str = "pasted text", fmt: str = "txt") -> ImportedArticle:
    """Import text that is already a string (stdin, clipboard, paste box)."""
    if fmt not in ("txt", "md", "html"):
        raise ImportFailed(f"unknown text format {fmt!r}; use txt, md or html")
    if not isinstance(text, str):
        raise ImportFailed("pasted content is not text")

    if len(text) > MAX_BYTES:
        raise ImportFailed(f"text too large ({len(text) // (1024 * 1024)} M characters; "
                           f"the limit is {MAX_BYTES // (1024 * 1024)} M)")

    def run() -> ImportedArticle:
        clean = _normalize(text)
        if not clean.strip():
            raise ImportFailed("no text to import")
        return _finish(_parse(_check_text(clean), fmt), name, "paste")

    return _guard(run)


def _parse(text: str, fmt: str) -> ImportedArticle:
    if fmt == "md":
        from .markdown_doc import parse_markdown

        return parse_markdown(text)
    if fmt == "html":
        from .html_page import parse_html

        return parse_html(text)
    return parse_news_text(text)


def _finish(art: ImportedArticle, name: str, fmt: str) -> ImportedArticle:
    """Fill the bookkeeping fields every importer shares."""
    if not art.text.strip():
        raise ImportFailed("no article text found")
    art.title = art.title or name
    art.original_name = name
    art.original_format = fmt
    art.content_hash = content_hash(art.text)
    return art


def content_hash(text: str) -> str:
    """sha256 of the story text, so re-imports are recognised whatever the file name."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _guard(fn):
    """Run ``fn`` turning any unexpected error into a one-line ImportFailed."""
    try:
        return fn()
    except ImportFailed:
        raise
    except RecursionError:
        raise ImportFailed("document is nested too deeply to read") from None
    except MemoryError:
        raise ImportFailed("document is too large to process") from None
    except Exception as e:  # noqa: BLE001 - the contract is "only ImportFailed escapes"
        raise ImportFailed(f"could not read the document ({type(e).__name__}: {e})") from None
