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


# Bounds on what reaches libxml2 and the extractors (review R17-9): each is far beyond any
# real page (1,284 saved news pages: at most 114 attributes on an element, 51 levels deep)
# and keeps hostile markup from costing minutes (libxml2's duplicate-attribute check,
# jusText's paragraph paths and htmldate are quadratic in them).
#: attributes kept on one element (those after are dropped before parsing)
MAX_ATTRIBUTES = 256
#: elements nested deeper become children of their ancestor at this depth, in document
#: order, their text kept (Blink builds no deeper than 512 levels either)
MAX_DEPTH = 512

# The start of a tag as the HTML tokenizer reads it: an attribute is a name, then maybe
# "=" and a value (quoted up to its closing quote, or to the end of the page as browsers
# read an unclosed one).
_WS = r"\t\n\f\r "
_ATTR = (rf"[{_WS}/]*+[^{_WS}/>][^{_WS}/>=]*+"
         rf"(?:[{_WS}]*+=[{_WS}]*+(?:\"[^\"]*+\"?|'[^']*+'?|[^{_WS}>]*+))?+")
_TAG = rf"<[A-Za-z][^{_WS}/>]*+"
_RAW = ("script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title",
        "plaintext")
# Everything but a start tag with too many attributes, each piece read once (possessive:
# no backtracking, so hostile markup costs linear time).
_ORDINARY = re.compile(
    r"(?:[^<]++"                                                # text
    r"|<!--(?:.*?-->|.*+)"                                      # comment (or the rest)
    r"|<[!?][^>]*+>?"                                           # doctype, bogus comment
    rf"|</[A-Za-z][^{_WS}/>]*+(?:{_ATTR})*+[{_WS}/]*+>?"        # end tag
    r"|</[^>]*+>?"                                              # bogus end tag
    r"|<(?![A-Za-z])"                                           # a '<' in text
    + "".join(rf"|<{name}(?=[{_WS}/>])(?:{_ATTR}){{0,{MAX_ATTRIBUTES}}}+[{_WS}/]*+"
              rf"(?:>(?:.*?</{name}(?=[{_WS}/>])|.*+)|\Z)" for name in _RAW)  # raw text
    +
    rf"|{_TAG}(?:{_ATTR}){{0,{MAX_ATTRIBUTES}}}+[{_WS}/]*+(?:>|\Z)"  # start tag
    r")*+", re.DOTALL | re.IGNORECASE)
_CROWDED = re.compile(rf"{_TAG}(?:{_ATTR}){{{MAX_ATTRIBUTES}}}+")
_MORE_ATTRS = re.compile(rf"(?:{_ATTR})*+")


def bound_attributes(html: str) -> tuple[str, int]:
    """``html`` with at most MAX_ATTRIBUTES attributes on each start tag (the first ones),
    and how many tags lost some; a page that has none comes back as it is."""
    pieces: list[str] = []
    start = pos = crowded = 0
    while True:
        pos = _ORDINARY.match(html, pos).end()  # type: ignore[union-attr]  # *+ always matches
        if pos >= len(html):
            break
        keep = _CROWDED.match(html, pos)
        if keep is None:  # not expected: read the character as text and go on
            pos += 1
            continue
        crowded += 1
        pieces.append(html[start:keep.end()])
        start = pos = _MORE_ATTRS.match(html, keep.end()).end()  # type: ignore[union-attr]
    if not crowded:
        return html, 0
    pieces.append(html[start:])
    return "".join(pieces), crowded


def bound_depth(root: lxml.html.HtmlElement) -> int:
    """Flatten what lies deeper than MAX_DEPTH (see there); the number of elements moved."""
    deepest: list[lxml.html.HtmlElement] = []
    depth = 0
    walk = lxml.etree.iterwalk(root, events=("start", "end"))
    for event, el in walk:
        if event == "end":
            depth -= 1
            continue
        depth += 1
        if depth == MAX_DEPTH and len(el):
            deepest.append(el)
            walk.skip_subtree()
            depth -= 1  # no "end" event comes for a skipped element
    moved = 0
    for top in deepest:
        flat: list[lxml.html.HtmlElement] = []
        for event, el in lxml.etree.iterwalk(top, events=("start", "end")):
            if el is top:
                continue
            if event == "start":
                if isinstance(el.tag, str):
                    copy = top.makeelement(el.tag, dict(el.attrib))
                    copy.text = el.text
                    flat.append(copy)
                continue
            if el.tail:  # the text after an element follows everything inside it
                if flat:
                    flat[-1].tail = (flat[-1].tail or "") + el.tail
                else:
                    top.text = (top.text or "") + el.tail
        moved += len(flat)
        top[:] = flat
    return moved


def parse_document(html: str, *, bounded: bool = False) -> lxml.html.HtmlElement:
    """Parse leniently; huge_tree lifts libxml2's 256-level depth cap; attributes and depth
    are bounded (MAX_ATTRIBUTES, MAX_DEPTH; ``bounded``: the caller did the attributes)."""
    return parse_whole(html, bounded=bounded)[0]


def parse_whole(html: str, *, bounded: bool = False) -> tuple[lxml.html.HtmlElement, bool]:
    """:func:`parse_document`, and whether the tree holds the whole page: libxml2 reads no
    deeper than 2,048 levels even with huge_tree and drops everything after that point."""
    html = XML_DECL.sub("", html, count=1)
    if not html.strip():
        raise ImportFailed(Message("import.no-html", "no HTML content"))
    if not bounded:
        html = bound_attributes(html)[0]
    parser = lxml.html.HTMLParser(huge_tree=True, remove_comments=True, remove_pis=True)
    try:
        root = lxml.html.document_fromstring(html, parser=parser)
    except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError, ValueError) as e:
        raise ImportFailed(Message("import.html-malformed", "malformed HTML ({error})",
                                   error=e)) from None
    bound_depth(root)
    whole = not any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log)
    return root, whole


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
