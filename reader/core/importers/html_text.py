"""Plain text from an HTML tree, block by block, without recursion.

Used for rendered Markdown and as the fallback when trafilatura finds nothing.
Annotations point into plain text, so block elements become paragraphs
("\\n\\n"), list items and ``<br>`` become lines, and inline whitespace collapses
as a browser would.  The walk is iterative (``iterwalk``) so a 5000-level deep
page cannot hit Python's recursion limit.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import lxml.etree
import lxml.html

from ..messages import Message
from .errors import ImportFailed

# Never text: code, embedded objects, forms, page chrome.
DROP = ("script", "style", "noscript", "iframe", "frame", "frameset", "object", "embed",
        "template", "svg", "math", "canvas", "form", "button", "select", "textarea",
        "input", "link", "meta", "head", "img", "picture", "video", "audio", "source")
CHROME = ("nav", "footer", "header", "aside", "menu", "dialog")

_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
         "track", "wbr"}
_PARA = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6",
         "blockquote", "pre", "ul", "ol", "dl", "table", "figure", "figcaption", "address",
         "hr", "body", "details", "summary", "center"}
_LINE = {"li", "br", "tr", "dt", "dd", "caption"}
XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_SPACE = re.compile(r"\s+")


def parse_document(html: str) -> lxml.html.HtmlElement:
    """Parse leniently; huge_tree lifts libxml2's 256-level depth cap."""
    html = XML_DECL.sub("", html, count=1)
    if not html.strip():
        raise ImportFailed(Message("import.no-html", "no HTML content"))
    parser = lxml.html.HTMLParser(huge_tree=True, remove_comments=True, remove_pis=True)
    try:
        return lxml.html.document_fromstring(html, parser=parser)
    except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError, ValueError) as e:
        raise ImportFailed(Message("import.html-malformed", "malformed HTML ({error})",
                                   error=e)) from None


def strip_tags(root: lxml.html.HtmlElement, tags: tuple[str, ...]) -> None:
    """Remove ``tags`` and their content, keeping the text that follows them."""
    for el in list(root.iter(*tags)):
        if el.getparent() is not None:
            el.drop_tree()


def blocks(root: lxml.html.HtmlElement) -> list[str]:
    """The paragraphs of ``root`` as plain text (drop unwanted tags first)."""
    pieces: list[str | int] = []  # text, or 1 = line break, 2 = paragraph break
    in_pre = 0
    for event, el in lxml.etree.iterwalk(root, events=("start", "end")):
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        brk = 2 if tag in _PARA else 1 if tag in _LINE else 0
        if event == "start":
            in_pre += tag == "pre"
            if brk:
                pieces.append(brk)
            if el.text and tag:
                pieces.extend(_text(el.text, in_pre))
        else:
            in_pre -= tag == "pre"
            if brk:
                pieces.append(brk)
            if el.tail:
                pieces.extend(_text(el.tail, in_pre))
    return _assemble(pieces)


def _text(s: str, in_pre: int) -> list[str | int]:
    if not in_pre:
        return [_SPACE.sub(" ", s)]
    out: list[str | int] = []
    for i, line in enumerate(s.split("\n")):
        if i:
            out.append(1)
        out.append(line)
    return out


def _assemble(pieces: list[str | int]) -> list[str]:
    paragraphs: list[str] = []
    lines: list[str] = []
    current: list[str] = []

    def end_line() -> None:
        line = "".join(current).strip()
        current.clear()
        if line:
            lines.append(line)

    for piece in pieces + [2]:
        if isinstance(piece, str):
            current.append(piece)
            continue
        end_line()
        if piece == 2 and lines:
            paragraphs.append("\n".join(lines))
            lines.clear()
    return paragraphs


class _Streamer(HTMLParser):
    """Tokenises instead of building a tree: no depth limit, no recursion, any markup."""

    def __init__(self, skip: tuple[str, ...]) -> None:
        super().__init__(convert_charrefs=True)
        self.skip_tags = set(skip) - _VOID
        self.skipping = 0
        self.in_pre = 0
        self.in_title = False
        self.title = ""
        self.pieces: list[str | int] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.skip_tags:
            self.skipping += 1
        elif tag == "title":
            self.in_title = True
        self._break(tag, 1)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._break(tag, 0)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.skip_tags:
            self.skipping = max(0, self.skipping - 1)
        elif tag == "title":
            self.in_title = False
        self._break(tag, -1)

    def _break(self, tag: str, step: int) -> None:
        if tag == "pre" and step:
            self.in_pre = max(0, self.in_pre + step)
        brk = 2 if tag in _PARA else 1 if tag in _LINE else 0
        if brk and not self.skipping:
            self.pieces.append(brk)

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
        elif not self.skipping:
            self.pieces.extend(_text(data, self.in_pre))


def stream_blocks(html: str, skip: tuple[str, ...]) -> tuple[str, list[str]]:
    """``(title, paragraphs)`` of any HTML, however deep or broken; ``skip`` tags are dropped."""
    parser = _Streamer(skip)
    parser.feed(html)
    parser.close()
    return " ".join(parser.title.split()), _assemble(parser.pieces)
