"""Word documents (``.docx``, Office Open XML): the text as the document now reads.

Paragraphs, headings and list items become paragraphs (list items with their bullet or
number), a table becomes one paragraph with a line per row. Tracked changes are taken as
accepted: inserted text is in, deleted and moved-away text is out. Comments, footnote
references, field codes and text boxes are not mixed into the text. Title and author
come from the document properties (``docProps/core.xml``).
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from ..messages import Message
from ..models import ImportedArticle
from .container import Container, local
from .document import article_from_paragraphs, iso_date
from .errors import ImportFailed

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_SKIP = {"del", "moveFrom", "delText", "instrText", "commentReference", "footnoteReference",
         "endnoteReference", "txbxContent", "Fallback", "rPr", "pPr", "sectPr", "tblPr",
         "trPr", "tcPr", "tblGrid", "delInstrText", "annotationRef", "drawing", "pict",
         "object"}
_BULLETS = {"bullet"}


def parse_docx(data: bytes) -> ImportedArticle:
    box = Container(data, Message("import.kind-docx", "Word document"))
    main = _main_part(box)
    root = box.xml(main)
    body = next((el for el in root if local(el.tag) == "body"), None)
    if body is None:
        raise ImportFailed(Message(
            "import.docx-no-body", "the Word document has no body (damaged?)"))
    numbering = _Numbering(box.xml("word/numbering.xml") if box.has("word/numbering.xml")
                           else None)
    paragraphs = list(_blocks(body, numbering))
    props = _core(box)
    if not any(p.strip() for p in paragraphs):
        raise ImportFailed(Message("import.docx-no-text", "the Word document has no text"))
    return article_from_paragraphs(paragraphs, title=props.get("title", ""),
                                   authors=props.get("creator", ""),
                                   published=iso_date(props.get("created", "")))


def _main_part(box: Container) -> str:
    if box.has("word/document.xml"):
        return "word/document.xml"
    if box.has("[Content_Types].xml"):
        types = box.xml("[Content_Types].xml")
        for el in types:
            if (el.get("ContentType") or "").endswith("document.main+xml"):
                return (el.get("PartName") or "").lstrip("/")
    raise ImportFailed(Message(
        "import.docx-not-docx", "not a Word document (no word/document.xml inside)"))


def _blocks(body: etree._Element, numbering: _Numbering) -> Iterator[str]:
    for el in body:
        name = local(el.tag)
        if name == "p":
            text = _paragraph_text(el)
            prefix = numbering.prefix(el)
            if text.strip():
                yield prefix + text.strip()
        elif name == "tbl":
            rows: list[str] = []
            for tr in el.iter(f"{{{W}}}tr"):
                cells = [" ".join(_paragraph_text(p).strip() for p in tc.iter(f"{{{W}}}p"))
                         for tc in tr if local(tc.tag) == "tc"]
                if any(c.strip() for c in cells):
                    rows.append(" | ".join(c.strip() for c in cells))
            if rows:
                yield "\n".join(rows)
        elif name in ("sdt", "customXml", "ins", "moveTo"):  # content controls and wrappers
            content = next((c for c in el if local(c.tag) in ("sdtContent",)), el)
            yield from _blocks(content, numbering)


def _paragraph_text(p: etree._Element) -> str:
    out: list[str] = []
    walker = etree.iterwalk(p, events=("start",))
    for _event, el in walker:
        name = local(el.tag)
        if el is not p and name in _SKIP:
            walker.skip_subtree()
            continue
        if el is not p and name == "p":  # a paragraph nested in something we did not skip
            walker.skip_subtree()
            continue
        if name == "t" and el.text:
            out.append(el.text)
        elif name == "tab":
            out.append("\t")
        elif name in ("br", "cr"):
            out.append("\n")
        elif name == "noBreakHyphen":
            out.append("-")
        elif name == "sym":
            continue
    return "".join(out)


class _Numbering:
    """Bullets and numbers of list paragraphs, from ``word/numbering.xml``."""

    def __init__(self, root: etree._Element | None) -> None:
        self.formats: dict[tuple[str, int], str] = {}
        self.counters: dict[tuple[str, int], int] = {}
        if root is None:
            return
        abstract: dict[str, dict[int, str]] = {}
        for el in root:
            if local(el.tag) == "abstractNum":
                levels: dict[int, str] = {}
                for lvl in el:
                    if local(lvl.tag) == "lvl":
                        fmt = next((c.get(f"{{{W}}}val") for c in lvl
                                    if local(c.tag) == "numFmt"), "decimal")
                        levels[int(lvl.get(f"{{{W}}}ilvl") or 0)] = fmt or "decimal"
                abstract[el.get(f"{{{W}}}abstractNumId") or ""] = levels
        for el in root:
            if local(el.tag) == "num":
                ref = next((c.get(f"{{{W}}}val") for c in el
                            if local(c.tag) == "abstractNumId"), None)
                for level, fmt in abstract.get(ref or "", {}).items():
                    self.formats[(el.get(f"{{{W}}}numId") or "", level)] = fmt

    def prefix(self, p: etree._Element) -> str:
        num = p.find(f"{{{W}}}pPr/{{{W}}}numPr")
        if num is None:
            return ""
        num_id = num.find(f"{{{W}}}numId")
        level_el = num.find(f"{{{W}}}ilvl")
        key = (num_id.get(f"{{{W}}}val") if num_id is not None else "") or ""
        try:
            level = int(level_el.get(f"{{{W}}}val") or 0) if level_el is not None else 0
        except ValueError:
            level = 0
        if key == "0":
            return ""  # numbering explicitly removed
        fmt = self.formats.get((key, level), "bullet")
        if fmt in _BULLETS or fmt == "none":
            return "• " if fmt != "none" else ""
        count = self.counters.get((key, level), 0) + 1
        self.counters[(key, level)] = count
        for deeper in [k for k in self.counters if k[0] == key and k[1] > level]:
            del self.counters[deeper]
        return f"{_number(count, fmt)}. "


def _number(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (n - 1) % 26)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(n)
        return roman.upper() if fmt == "upperRoman" else roman
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for value, digits in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"),
                          (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"),
                          (4, "iv"), (1, "i")):
        while n >= value:
            out += digits
            n -= value
    return out


def _core(box: Container) -> dict[str, str]:
    if not box.has("docProps/core.xml"):
        return {}
    try:
        root = box.xml("docProps/core.xml")
    except ImportFailed:
        return {}  # broken properties: the text still imports
    return {local(el.tag): " ".join((el.text or "").split()) for el in root}
