"""OpenDocument text (``.odt``): headings, paragraphs, lists and tables as text.

Comments (``office:annotation``), footnotes and the deleted text that tracked changes keep
in ``text:tracked-changes`` are not mixed into the text; title and author come from
``meta.xml``. An encrypted document (its manifest says so) is refused with a message.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from ..messages import Message
from ..models import ImportedArticle
from .container import Container, local
from .document import article_from_paragraphs, iso_date
from .errors import ImportFailed

TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
_SKIP = {"annotation", "annotation-end", "note", "tracked-changes", "bookmark",
         "bookmark-start", "bookmark-end", "sequence-decls", "variable-decls", "user-field-decls",
         "soft-page-break", "frame", "table-of-content", "alphabetical-index", "change",
         "change-start", "change-end"}
_BLOCK = {"p", "h"}


@dataclass
class _OpenList:
    """A list being walked: its style, its items so far, whether the marker is written."""

    style: str
    count: int = 0
    #: the current item's marker is written (by its first paragraph), or it has none
    marked: bool = False


def parse_odt(data: bytes) -> ImportedArticle:
    box = Container(data, Message("import.kind-odt", "OpenDocument file"))
    if box.has("META-INF/manifest.xml"):
        manifest = box.read("META-INF/manifest.xml")
        if b"encryption-data" in manifest:
            raise ImportFailed(Message(
                "import.odt-password", "the OpenDocument file is password-protected; remove the "
                "password and try again"))
    if not box.has("content.xml"):
        raise ImportFailed(Message(
            "import.odt-not-odt", "not an OpenDocument text (no content.xml inside)"))
    root = box.xml("content.xml")
    numbered = _numbered_list_styles(root)
    if box.has("styles.xml"):
        try:
            numbered |= _numbered_list_styles(box.xml("styles.xml"))
        except ImportFailed:
            pass  # styles only change bullets into numbers
    office_text = next((el for el in root.iter() if local(el.tag) == "text"
                        and el.getparent() is not None and local(el.getparent().tag) == "body"),
                       None)
    if office_text is None:
        raise ImportFailed(Message(
            "import.odt-no-body", "the OpenDocument file has no text body (a spreadsheet or "
            "drawing?)"))
    paragraphs: list[str] = []
    _walk(office_text, paragraphs, numbered, [])
    if not any(p.strip() for p in paragraphs):
        raise ImportFailed(Message("import.odt-no-text", "the OpenDocument file has no text"))
    meta = _meta(box)
    return article_from_paragraphs(
        paragraphs, title=meta.get("title", ""),
        authors=meta.get("initial-creator") or meta.get("creator", ""),
        published=iso_date(meta.get("creation-date") or meta.get("date", "")))


def _walk(parent: etree._Element, out: list[str], numbered: set[str],
          lists: list[_OpenList]) -> None:
    """Blocks in document order; ``lists`` holds the open lists, innermost last."""
    for el in parent:
        name = local(el.tag)
        if name in _SKIP or not name:
            continue
        if name in _BLOCK:
            text = _inline(el).strip()
            if text:
                out.append(_list_prefix(lists, numbered) + text)
                if lists:
                    lists[-1].marked = True  # the item's first paragraph carries the marker
        elif name == "list":
            style = el.get(f"{{{TEXT}}}style-name") or (lists[-1].style if lists else "")
            lists.append(_OpenList(style))
            _walk(el, out, numbered, lists)
            lists.pop()
        elif name in ("list-item", "list-header"):
            if lists:
                lists[-1].count += 1 if name == "list-item" else 0
                lists[-1].marked = name == "list-header"
            _walk(el, out, numbered, lists)
        elif name == "table":
            rows = []
            for row in el.iter("{urn:oasis:names:tc:opendocument:xmlns:table:1.0}table-row"):
                cells = []
                for cell in row:
                    if local(cell.tag) == "table-cell":
                        parts: list[str] = []
                        _walk(cell, parts, numbered, [])
                        cells.append(" ".join(parts))
                if any(c.strip() for c in cells):
                    rows.append(" | ".join(c.strip() for c in cells))
            if rows:
                out.append("\n".join(rows))
        else:  # sections, text:span at block level, change wrappers …
            _walk(el, out, numbered, lists)


def _list_prefix(lists: list[_OpenList], numbered: set[str]) -> str:
    if not lists or lists[-1].marked:
        return ""
    return f"{lists[-1].count}. " if lists[-1].style in numbered else "• "


def _inline(el: etree._Element) -> str:
    out: list[str] = []
    walker = etree.iterwalk(el, events=("start", "end"))
    for event, node in walker:
        name = local(node.tag)
        if event == "start":
            if node is not el and (name in _SKIP or name in _BLOCK or name == "list"):
                walker.skip_subtree()  # its "end" event still comes and adds its tail
                continue
            if node.text and name not in ("s", "tab", "line-break"):
                out.append(node.text)
            if name == "s":
                out.append(" " * _count(node.get(f"{{{TEXT}}}c")))
            elif name == "tab":
                out.append("\t")
            elif name == "line-break":
                out.append("\n")
        elif node is not el and node.tail:
            out.append(node.tail)
    return "".join(out)


def _count(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), 1000))
    except ValueError:
        return 1


def _numbered_list_styles(root: etree._Element) -> set[str]:
    names: set[str] = set()
    for style in root.iter(f"{{{TEXT}}}list-style"):
        first = next((c for c in style if local(c.tag).startswith("list-level-style")), None)
        if first is not None and local(first.tag) == "list-level-style-number":
            names.add(style.get(f"{{{STYLE}}}name") or "")
    return names


def _meta(box: Container) -> dict[str, str]:
    if not box.has("meta.xml"):
        return {}
    try:
        root = box.xml("meta.xml")
    except ImportFailed:
        return {}
    return {local(el.tag): " ".join((el.text or "").split()) for el in root.iter()
            if el.text and len(el) == 0}
