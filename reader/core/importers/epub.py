"""EPUB (2 and 3): the whole book as one article, or one article per chapter.

The package document (OPF, found through ``META-INF/container.xml``) gives the metadata
(title, creator, date, language) and the spine: the chapters in reading order. Each
chapter's XHTML becomes plain text through the same iterative, script-free walk as saved
pages. A chapter's title is its first heading, else its table-of-contents label. Spine
items without text (cover, image pages) are skipped. DRM-protected books (their content
listed in ``META-INF/encryption.xml``) are refused.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator
from urllib.parse import unquote

import lxml.html

from ..messages import Message
from ..models import ImportedArticle
from .container import Container, local
from .decode import decode_bytes
from .document import article_from_paragraphs, iso_date, nfc
from .errors import ImportFailed
from .html_text import DROP, blocks, parse_document, strip_tags

MAX_CHAPTERS = 500
_HTML_TYPES = ("application/xhtml+xml", "text/html", "application/x-dtbook+xml")


def parse_epub(data: bytes) -> ImportedArticle:
    """The whole book as one article: chapters one after another, each under its title."""
    book = _Book(data)
    paragraphs: list[str] = []
    for title, chapter in book.chapters():
        if title and (not chapter or chapter[0] != title):
            paragraphs.append(title)
        paragraphs.extend(chapter)
    if not paragraphs:
        raise ImportFailed(Message("import.epub-no-text", "the EPUB has no text"))
    return article_from_paragraphs(paragraphs, title=book.title, authors=book.author,
                                   published=book.date, language=book.language)


def parse_epub_chapters(data: bytes) -> list[tuple[str, ImportedArticle]]:
    """One article per chapter: ``[(chapter title, article)]``, titled "Book — Chapter"."""
    book = _Book(data)
    out: list[tuple[str, ImportedArticle]] = []
    for number, (title, chapter) in enumerate(book.chapters(), start=1):
        label = title or f"Chapter {number}"
        body = chapter[1:] if chapter and chapter[0] == title else chapter
        if not body:
            continue
        full = f"{book.title} — {label}" if book.title else label
        art = article_from_paragraphs(body, title=full, authors=book.author,
                                      published=book.date, language=book.language)
        if art.text.strip():
            out.append((label, art))
    if not out:
        raise ImportFailed(Message("import.epub-no-text", "the EPUB has no text"))
    return out


class _Book:
    def __init__(self, data: bytes):
        self.box = Container(data, Message("import.kind-epub", "EPUB"))
        if self.box.has("META-INF/encryption.xml"):
            encryption = self.box.read("META-INF/encryption.xml")
            if b"EncryptedData" in encryption and b"font" not in encryption.lower():
                raise ImportFailed(Message(
                    "import.epub-drm", "the EPUB is DRM-protected (encrypted); Kutip cannot "
                    "read it"))
        self.opf_path = self._rootfile()
        opf = self.box.xml(self.opf_path)
        self.base = posixpath.dirname(self.opf_path)
        meta = next((el for el in opf if local(el.tag) == "metadata"), None)
        values: dict[str, str] = {}
        if meta is not None:
            for el in meta.iter():
                name = local(el.tag)
                if name in ("title", "creator", "date", "language") and name not in values:
                    values[name] = " ".join((el.text or "").split())
        self.title = nfc(values.get("title", ""))
        self.author = nfc(values.get("creator", ""))
        self.date = iso_date(values.get("date", ""))
        self.language = values.get("language", "")[:2].lower()
        manifest = next((el for el in opf if local(el.tag) == "manifest"), None)
        self.items: dict[str, tuple[str, str]] = {}
        nav = ""
        if manifest is not None:
            for item in manifest:
                if local(item.tag) == "item":
                    path = self._resolve(self.base, item.get("href") or "")
                    self.items[item.get("id") or ""] = (path, item.get("media-type") or "")
                    if "nav" in (item.get("properties") or "").split():
                        nav = path
        spine = next((el for el in opf if local(el.tag) == "spine"), None)
        self.spine = [] if spine is None else [  # non-linear items (notes, covers) left out
            ref.get("idref") or "" for ref in spine
            if local(ref.tag) == "itemref" and (ref.get("linear") or "yes") != "no"]
        if not self.spine:
            raise ImportFailed(Message(
                "import.epub-no-spine", "the EPUB has no reading order (no spine); damaged?"))
        ncx = self.items.get(spine.get("toc") or "", ("", ""))[0] if spine is not None else ""
        self.nav = nav
        self.toc = self._toc(nav, ncx)

    def _toc(self, nav: str, ncx: str) -> dict[str, str]:
        """Chapter file → its label in the table of contents (EPUB 3 nav, else EPUB 2 NCX)."""
        labels: dict[str, str] = {}
        try:
            if nav and self.box.has(nav):
                root = parse_document(decode_bytes(self.box.read(nav)))
                for link in root.iter("a"):
                    label = " ".join(link.text_content().split())
                    path = self._resolve(posixpath.dirname(nav), link.get("href") or "")
                    if label and path:
                        labels.setdefault(path, label)
            elif ncx and self.box.has(ncx):
                for point in self.box.xml(ncx).iter():
                    if local(point.tag) != "navPoint":
                        continue
                    text = next((t for t in point.iter() if local(t.tag) == "text"), None)
                    src = next((c for c in point.iter() if local(c.tag) == "content"), None)
                    if text is not None and src is not None and (text.text or "").strip():
                        path = self._resolve(posixpath.dirname(ncx), src.get("src") or "")
                        labels.setdefault(path, " ".join(text.text.split()))
        except ImportFailed:
            return {}  # a broken table of contents only costs chapter titles
        return labels

    def _rootfile(self) -> str:
        if not self.box.has("META-INF/container.xml"):
            raise ImportFailed(Message(
                "import.epub-no-container", "not an EPUB (no META-INF/container.xml inside)"))
        container = self.box.xml("META-INF/container.xml")
        for el in container.iter():
            path: str | None = el.get("full-path") if local(el.tag) == "rootfile" else None
            if path:
                return path
        raise ImportFailed(Message(
            "import.epub-no-package", "the EPUB names no package document; damaged?"))

    @staticmethod
    def _resolve(base: str, href: str) -> str:
        href = unquote(href.split("#")[0])
        return posixpath.normpath(posixpath.join(base, href)) if href else ""

    def chapters(self) -> Iterator[tuple[str, list[str]]]:
        """``(title, paragraphs)`` for each spine item with text, in reading order."""
        count = 0
        for idref in self.spine:
            path, media = self.items.get(idref, ("", ""))
            if (not path or path == self.nav or (media and media not in _HTML_TYPES)
                    or not self.box.has(path)):
                continue  # the table of contents itself is not a chapter
            title, paragraphs = _chapter(self.box.read(path))
            if not paragraphs:
                continue
            title = title or nfc(self.toc.get(path, ""))
            count += 1
            if count > MAX_CHAPTERS:
                raise ImportFailed(Message("import.epub-chapters", "the EPUB has more than "
                                           "{limit} chapters; not imported",
                                           limit=MAX_CHAPTERS))
            yield title, paragraphs


def _chapter(data: bytes) -> tuple[str, list[str]]:
    text = decode_bytes(data) if data.strip() else ""
    if not text.strip():
        return "", []
    root = parse_document(text)
    strip_tags(root, DROP)
    title = ""
    for heading in root.iter("h1", "h2", "h3"):
        title = " ".join(lxml.html.tostring(heading, method="text", encoding="unicode").split())
        if title:
            break
    body = root.find("body")
    paragraphs = [p for p in blocks(body if body is not None else root) if p.strip()]
    return nfc(title), [nfc(p) for p in paragraphs]
