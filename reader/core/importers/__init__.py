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
* Text and metadata are Unicode NFC (``u`` + U+0308 becomes ``ü``), so what the
  reader shows is what a search or ``annotate`` finds.
* ``original_hash`` is sha256 of the bytes as read (file, download or paste), so
  a file already in the library is recognised before any extraction.
* ``published`` is ISO ``YYYY-MM-DD`` only when a full date is found; a partial
  one (``Rabu (22/12)``) goes to ``published_partial`` as ``--12-22``, never
  with an invented year (see :mod:`.dates`).
* Documents (PDF, Word, OpenDocument, EPUB, e-mail) are parsed from their bytes by one
  module each (``pdf``, ``docx``, ``odt``, ``epub``, ``eml``); :func:`read_articles` also
  gives an EPUB's chapters or an e-mail's attachments as articles of their own.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, fields
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, TypeVar

from ..messages import Message, joined
from ..models import ImportedArticle
from ..paths import storable_name
from ..textnorm import content_hash, one_line
from .decode import MAX_BYTES, decode_bytes, html_charset, read_limited, read_stream
from .decode import check_text as _check_text
from .decode import normalize_text as _normalize
from .document import nfc
from .errors import ImportFailed
from .news_text import parse_news_text
from .paths import SUPPORTED_SUFFIXES, iter_import_paths, skipped_note
from .url import fetch_url

if TYPE_CHECKING:
    from .eml import Attachment

__all__ = [
    "read_article", "read_articles", "FileParts", "article_from_text", "article_from_bytes",
    "fetch_url", "iter_import_paths", "ImportFailed", "ImportOptions", "MAX_BYTES",
    "SUPPORTED_SUFFIXES", "skipped_note",
    "article_from_stream", "read_limited", "bytes_hash", "file_format",
]

_FORMATS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md",
            ".html": "html", ".htm": "html", ".pdf": "pdf", ".docx": "docx", ".odt": "odt",
            ".epub": "epub", ".eml": "eml"}
_DOCUMENTS = ("pdf", "docx", "odt", "epub", "eml")

_T = TypeVar("_T")


@dataclass(frozen=True)
class ImportOptions:
    """Choices the user makes for documents that hold several articles."""

    #: an EPUB becomes one article per chapter (else the whole book is one article)
    epub_chapters: bool = False
    #: an e-mail's attachments in a format Kutip reads are imported as articles too
    attachments: bool = False


def read_article(path: Path) -> ImportedArticle:
    """Import one local file as one article; the format comes from its suffix."""
    path = Path(path)
    fmt = _format(path)

    def run() -> ImportedArticle:
        data = read_limited(path)
        return article_from_bytes(data, storable_name(path.name), fmt)

    return _guard(run)


@dataclass
class FileParts:
    """What one file holds: ``items`` as ``(part, article or failure)`` (``part`` is "" for
    the file itself, else a chapter's or an attachment's name) and ``notes`` for the user."""

    items: list[tuple[str, ImportedArticle | ImportFailed]]
    notes: list[str]


def read_articles(path: Path, options: ImportOptions | None = None) -> FileParts:
    """Import one local file as the articles it holds (an EPUB's chapters, an e-mail and its
    attachments, per ``options``). The file failing as a whole raises ImportFailed."""
    path = Path(path)
    options = options or ImportOptions()
    fmt = _format(path)
    if fmt == "epub" and options.epub_chapters:
        from .epub import parse_epub_chapters

        def chapters() -> FileParts:
            data = read_limited(path)
            return FileParts([(part, _finish(art, f"{storable_name(path.name)} › {part}", fmt))
                              for part, art in parse_epub_chapters(data)], [])

        return _guard(chapters)
    if fmt == "eml":
        return _guard(lambda: _message_parts(read_limited(path), storable_name(path.name),
                                             options.attachments))
    return FileParts([("", read_article(path))], [])


def _message_parts(data: bytes, name: str, attachments: bool) -> FileParts:
    from .eml import MAX_ATTACHMENTS, read_message

    message = read_message(data)
    readable = [a for a in message.attachments
                if _FORMATS.get(Path(a.name).suffix.lower(), "eml") != "eml"]
    listed = _names(message.attachments)
    if not attachments:
        from .eml import parse_eml

        article = parse_eml(data)  # a message with only attachments fails here, naming them
        notes = [joined([Message("import.eml-attachments", "{count} attachment(s): {names}",
                                 count=len(message.attachments), names=listed),
                         Message("import.eml-use-option",
                                 "import them with the attachments option") if readable else ""])
                 ] if message.attachments else []
        return FileParts([("", _finish(article, name, "eml"))], notes)
    items: list[tuple[str, ImportedArticle | ImportFailed]] = []
    if message.article is not None:
        items.append(("", _finish(message.article, name, "eml")))
    for attachment in readable[:MAX_ATTACHMENTS]:
        fmt = _FORMATS[Path(attachment.name).suffix.lower()]
        try:
            article = _guard(partial(article_from_bytes, attachment.data,
                                     f"{name} › {attachment.name}", fmt))
        except ImportFailed as e:
            items.append((attachment.name, e))
        else:
            items.append((attachment.name, article))
    notes = []
    if len(readable) > MAX_ATTACHMENTS:
        notes.append(Message("import.eml-first-attachments", "only the first {limit} of "
                             "{count} attachments were imported", limit=MAX_ATTACHMENTS,
                             count=len(readable)))
    skipped = [a.name for a in message.attachments if a not in readable]
    if skipped:
        notes.append(Message("import.eml-skipped", "not imported (not a format Kutip reads): "
                             "{names}", names=", ".join(skipped[:5])))
    if not items:
        if listed:
            raise ImportFailed(Message("import.eml-nothing-listed", "the message has no text "
                                       "and no attachment Kutip can import ({names})",
                                       names=listed))
        raise ImportFailed(Message(
            "import.eml-nothing", "the message has no text and no attachment Kutip can import"))
    return FileParts(items, notes)


def article_from_bytes(data: bytes, name: str, fmt: str) -> ImportedArticle:
    """Import a file's content (a file read from disk, an e-mail attachment)."""
    if fmt in _DOCUMENTS:
        art = _finish(_parse_document(data, fmt), name, fmt)
    else:
        declared = html_charset(data) if fmt == "html" else None
        art = _finish(_parse(decode_bytes(data, declared), fmt), name, fmt)
    art.original_hash = bytes_hash(data)
    return art


def bytes_hash(data: bytes) -> str:
    """sha256 of the bytes as read: what identifies a file before it is extracted."""
    return hashlib.sha256(data).hexdigest()


def file_format(path: Path | str) -> str:
    """The importer a file name calls for (``html``, ``pdf`` …); ImportFailed if none."""
    return _format(Path(path))


def article_from_stream(stream: BinaryIO, name: str = "standard input", fmt: str = "txt"
                        ) -> ImportedArticle:
    """Import a binary stream (standard input) as a file of format ``fmt`` is imported: read
    up to the size limit, its encoding detected (UTF-8, UTF-16, Latin-1 …), NUL bytes and
    binary data refused, each as one ``ImportFailed`` line."""
    if fmt not in _FORMATS.values():
        raise ImportFailed(Message("import.unknown-format", "unknown format {format!r}; use "
                                   "one of {formats}", format=fmt,
                                   formats=", ".join(sorted(set(_FORMATS.values())))))
    return _guard(lambda: article_from_bytes(read_stream(stream), name, fmt))


def _format(path: Path) -> str:
    """The importer a file name calls for; a gzipped file (``page.html.gz``) is read as
    the type inside (``read_limited`` unpacks it)."""
    suffix = path.suffix.lower()
    fmt = _FORMATS.get(Path(path.stem).suffix.lower() if suffix == ".gz" else suffix)
    if fmt is None:
        if suffix in (".kutip", ".qdpx"):  # (another Kutip's or program's work: R22-8)
            raise ImportFailed(_not_articles(path, suffix))
        shown = path.suffix or Message("import.no-suffix", "(none)")
        raise ImportFailed(Message("import.unsupported-type", "unsupported file type {suffix}; "
                                   "supported: {suffixes}", suffix=shown,
                                   suffixes=", ".join(SUPPORTED_SUFFIXES)))
    return fmt


def _not_articles(path: Path, suffix: str) -> Message:
    """What a library file or a REFI-QDA project given to import is, and what takes it."""
    if suffix == ".kutip":
        return Message("import.library-file", "a Kutip library file, not an article: merge it"
                       " (kutip merge {name}, or File › Exchange › Merge Library File…)",
                       name=path.name)
    return Message("import.qdpx-file", "a REFI-QDA project, not an article: import it with"
                   " kutip import-qdpx {name} (or File › Exchange › Import REFI-QDA Project…)",
                   name=path.name)


def _parse_document(data: bytes, fmt: str) -> ImportedArticle:
    if not data.strip():
        raise ImportFailed(Message("import.file-empty", "file is empty"))
    if fmt == "pdf":
        from .pdf import parse_pdf

        return parse_pdf(data)
    if fmt == "docx":
        from .docx import parse_docx

        return parse_docx(data)
    if fmt == "odt":
        from .odt import parse_odt

        return parse_odt(data)
    if fmt == "epub":
        from .epub import parse_epub

        return parse_epub(data)
    from .eml import parse_eml

    return parse_eml(data)


def article_from_text(text: str, name: str = "pasted text", fmt: str = "txt") -> ImportedArticle:
    """Import text that is already a string (stdin, clipboard, paste box)."""
    if fmt not in ("txt", "md", "html"):
        raise ImportFailed(Message("import.unknown-text-format",
                                   "unknown text format {format!r}; use txt, md or html",
                                   format=fmt))
    if not isinstance(text, str):
        raise ImportFailed(Message("import.paste-not-text", "pasted content is not text"))

    if len(text) > MAX_BYTES:
        raise ImportFailed(Message("import.text-too-large", "text too large ({size} M "
                                   "characters; the limit is {limit} M)",
                                   size=len(text) // (1024 * 1024),
                                   limit=MAX_BYTES // (1024 * 1024)))

    def run() -> ImportedArticle:
        clean = _normalize(text)
        if not clean.strip():
            raise ImportFailed(Message("import.no-text", "no text to import"))
        art = _finish(_parse(_check_text(clean), fmt), name, "paste")
        art.original_hash = bytes_hash(text.encode("utf-8", "surrogatepass"))
        return art

    return _guard(run)


def _parse(text: str, fmt: str) -> ImportedArticle:
    if fmt == "md":
        from .markdown_doc import parse_markdown

        return parse_markdown(text)
    if fmt == "html":
        from .html_page import parse_html

        return parse_html(text)
    return parse_news_text(text)


#: the one-line metadata of an article: control characters (an escape sequence in a
#: title would reach a terminal, a tab or newline breaks a list) are dropped at import
METADATA_FIELDS = ("title", "source", "authors", "editor", "url", "dateline", "published",
                   "language", "photo_credit", "original_name")


def _finish(art: ImportedArticle, name: str, fmt: str) -> ImportedArticle:
    """Fill the bookkeeping fields every importer shares."""
    if not art.text.strip():
        raise ImportFailed(Message("import.no-article-text", "no article text found"))
    if not art.pages:  # paged documents are NFC already, with their page starts counted in it
        art.text = nfc(art.text)
    art.title = nfc(art.title or name)
    for f in fields(art):  # every other text field too (authors, source, dateline …)
        value = getattr(art, f.name)
        if f.name not in ("text", "title") and isinstance(value, str) and not value.isascii():
            setattr(art, f.name, nfc(value))
    art.original_name = name
    art.original_format = fmt
    for field in METADATA_FIELDS:
        setattr(art, field, one_line(getattr(art, field)))
    art.title = art.title or one_line(name) or "Untitled"
    art.content_hash = content_hash(art.text)
    return art


def _guard(fn: Callable[[], _T]) -> _T:
    """Run ``fn`` turning any unexpected error into a one-line ImportFailed."""
    try:
        return fn()
    except ImportFailed:
        raise
    except RecursionError:
        raise ImportFailed(Message("import.too-deep",
                                   "document is nested too deeply to read")) from None
    except MemoryError:
        raise ImportFailed(Message("import.too-large-to-process",
                                   "document is too large to process")) from None
    except Exception as e:  # noqa: BLE001 - the contract is "only ImportFailed escapes"
        raise ImportFailed(Message("import.unreadable", "could not read the document "
                                   "({error})", error=f"{type(e).__name__}: {e}")) from None


def _names(attachments: list[Attachment]) -> str:
    """The first five attachments' names, and how many more ("a.pdf, b.docx and 3 more")."""
    listed = ", ".join(a.name for a in attachments[:5])
    if len(attachments) > 5:
        return Message("import.and-more", "{names} and {more} more", names=listed,
                       more=len(attachments) - 5)
    return listed
