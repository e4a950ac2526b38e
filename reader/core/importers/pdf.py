"""Text-based PDF: the text a reader sees, in paragraphs, with the page each part came from.

pypdfium2 (PDFium, the engine in Chrome) extracts the characters; it was measured
against pdfminer.six on real court opinions and press releases (``bench/pdf_import.py``):
about 15x faster, and it opens files pdfminer rejects. PDFium gives the characters in
reading order with generated line breaks; this module only needs the geometry of each
line's first and last character to rebuild the document:

* **lines** are split where PDFium breaks them; a line-end hyphen PDFium marks (``\\x02``)
  or a literal ``-`` after a letter is a hyphenation point: the word is joined unless the
  hyphenated form is the one the document uses elsewhere (``state-of-the-art``,
  ``well-known``), the part before already has a hyphen, or the next line starts with a
  capital; ``283-`` / ``288`` and ``10,000-`` / ``square-foot`` keep their hyphen;
* **running headers and footers** are lines near the top or bottom edge whose text (digits
  ignored) repeats on many pages, such as ``No. 21-50498`` or ``Case: … Page: 3 Date
  Filed: …``; **page numbers** (``3``, ``- 3 -``, ``Page 3 of 17``, ``iv``) near an edge are
  dropped on any page; line numbers of pleading paper in the left margin too;
* **paragraphs** end at a larger vertical gap, a first-line indent, a change of type size,
  or a short line ending a sentence; a paragraph broken by a page turn continues, and the
  page's footnotes (smaller type below the body) follow the paragraph;
* **metadata**: the title from the document information unless it is a file name or
  boilerplate, else the largest type on the first page; the author from the information;
  the date a first-page line states, else the creation date;
* **pages**: the offset where each page's text starts, with its label (``iv``, ``4``), so
  an annotation can be cited by page.

A PDF without a text layer (a scan) is refused with a clear message, as are encrypted ones.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING

from ..messages import Message
from ..models import ImportedArticle
from .dates import parse_date
from .document import finish_paged, nfc
from .errors import ImportFailed

if TYPE_CHECKING:  # pypdfium2 is loaded on first use (it ships no type information)
    from pypdfium2 import PdfDocument, PdfTextPage

MAX_PAGES = 1000
"""Longer documents are refused (a book-sized PDF is not an article; split it first)."""

MIN_CHARS_PER_PAGE = 20
"""Fewer extracted characters than this on every page means there is no text layer."""

_EDGE = 0.12  # top/bottom share of the page where running headers, footers and numbers live
_HYPHEN_MARKS = ("\x02", "\ufffe")
_PAGE_NUMBER = re.compile(
    r"(?:[-–—(\[]\s*)?(?:(?:page|p\.|pg\.?|hal\.?|halaman)\s*)?"
    r"(?:\d{1,4}|[ivxlcdm]{1,7})"
    r"(?:\s*(?:of|/|dari)\s*\d{1,4})?(?:\s*[-–—)\]])?",
    re.IGNORECASE,
)
_LIST_MARK = re.compile(r"(?:[•◦▪‣·*–-]|\d{1,2}[.)]|\(?[a-z0-9]{1,3}\))\s")
_SYMBOL_BULLETS = str.maketrans({"\uf0b7": "•", "\uf0a7": "▪", "\uf0d8": "➢", "\uf076": "❖",
                                 "\uf0fc": "✓", "\uf06e": "■", "\uf0a8": "•"})
_SENTENCE_END = tuple(".!?:;\"'”’)]")
_JUNK_TITLE = re.compile(
    r"^(?:untitled|document\d*|slide \d+|microsoft word|powerpoint presentation|title)$"
    r"|\.(?:docx?|pdf|odt|rtf|indd|qxd|txt|html?)$",
    re.IGNORECASE,
)
_WORD_PREFIX = re.compile(r"^(?:Microsoft Word|Microsoft PowerPoint|Word)\s*-\s*", re.IGNORECASE)
_PDF_DATE = re.compile(r"D:(\d{4})(\d{2})(\d{2})")

#: a character's box (left, bottom, right, top) and its index
_CharBox = tuple[tuple[float, float, float, float], int]


@dataclass
class Line:
    text: str
    x0: float
    x1: float
    y: float  # baseline, PDF units, growing upwards
    size: float  # font size of the first character
    hyphen: bool = False  # PDFium marked a hyphenation point at the end


@dataclass
class Page:
    label: str
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)


def parse_pdf(data: bytes) -> ImportedArticle:
    """Extract a text-based PDF given as bytes; raises ImportFailed with a one-line reason."""
    import pypdfium2 as pdfium

    if not data.lstrip()[:1024].count(b"%PDF"):
        raise ImportFailed(Message("import.pdf-not-pdf", "not a PDF file (no %PDF header)"))
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        raise ImportFailed(_open_error(str(e))) from None
    try:
        count = len(doc)
        if count == 0:
            raise ImportFailed(Message("import.pdf-no-pages", "the PDF has no pages"))
        if count > MAX_PAGES:
            raise ImportFailed(Message("import.pdf-too-many-pages", "the PDF has {count:,} "
                                       "pages; Kutip imports up to {limit:,} pages per "
                                       "document (split it first)", count=count,
                                       limit=MAX_PAGES))
        pages = [_read_page(doc, i) for i in range(count)]
        info = _metadata(doc)
    finally:
        doc.close()
    return build_article(pages, info)


def _open_error(message: str) -> str:
    if "password" in message.lower():
        return Message(
            "import.pdf-encrypted", "the PDF is encrypted (password-protected); remove the "
            "password and try again")
    return Message("import.pdf-damaged", "the PDF is damaged or truncated and cannot be opened")


def _metadata(doc: PdfDocument) -> dict[str, str]:
    try:
        return {k: (v or "").strip() for k, v in doc.get_metadata_dict().items()}
    except Exception:  # noqa: BLE001 - broken info dictionaries are common; metadata is optional
        return {}


def _read_page(doc: PdfDocument, index: int) -> Page:
    import pypdfium2.raw as raw

    page = doc[index]
    try:
        width, height = page.get_size()
        label = _label(doc, index)
        textpage = page.get_textpage()
        try:
            lines = _lines(textpage, raw)
        finally:
            textpage.close()
    finally:
        page.close()
    return Page(label=label, width=width, height=height, lines=lines)


def _label(doc: PdfDocument, index: int) -> str:
    try:
        label = (doc.get_page_label(index) or "").strip()
    except Exception:  # noqa: BLE001 - a broken label tree must not stop the import
        label = ""
    return label or str(index + 1)


def _lines(textpage: PdfTextPage, raw: ModuleType) -> list[Line]:
    """Split PDFium's character stream into lines with the geometry of their ends."""
    count = textpage.count_chars()
    if count <= 0:
        return []
    text = textpage.get_text_range()
    if len(text) != count:  # characters outside the BMP: read them one by one
        text = "".join(chr(raw.FPDFText_GetUnicode(textpage.raw, i) or 0xFFFD)
                       for i in range(count))
    lines: list[Line] = []
    start = 0
    for m in re.finditer(r"\r\n|[\r\n]|[\x02\ufffe]", text):
        _add_line(lines, textpage, raw, text, start, m.start(), hyphen=m.group() in _HYPHEN_MARKS)
        start = m.end()
    _add_line(lines, textpage, raw, text, start, count, hyphen=False)
    return _merge_fragments(lines)


def _merge_fragments(lines: list[Line]) -> list[Line]:
    """PDFium breaks a line where a superscript or a font change moves the baseline a little:
    pieces on one baseline, left to right, are one line."""
    merged: list[Line] = []
    for line in lines:
        last = merged[-1] if merged else None
        if (last is not None and not last.hyphen
                and abs(last.y - line.y) < 0.35 * max(last.size, line.size, 1)
                and line.x0 >= last.x1 - 1):
            gap = line.x0 - last.x1
            last.text += (" " if gap > 0.15 * max(line.size, 1) else "") + line.text
            last.x1, last.hyphen = line.x1, line.hyphen
        else:
            merged.append(line)
    return merged


def _add_line(lines: list[Line], textpage: PdfTextPage, raw: ModuleType, text: str, a: int,
              b: int, hyphen: bool) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if a >= b:
        return
    chunk = " ".join(text[a:b].replace("\x00", "").translate(_SYMBOL_BULLETS).split())
    if not chunk:
        return
    first, last = _box(textpage, a, b, 1), _box(textpage, b - 1, a - 1, -1)
    if first is None or last is None:
        return
    x = _origin(textpage, raw, first[1])
    size = _size(textpage, first)
    lines.append(Line(text=chunk, x0=first[0][0], x1=last[0][2],
                      y=x if x is not None else first[0][1], size=round(size, 1), hyphen=hyphen))


def _box(textpage: PdfTextPage, i: int, stop: int, step: int) -> _CharBox | None:
    """The box of the first character from ``i`` that has one (generated ones have none)."""
    for _ in range(8):
        if i == stop:
            return None
        try:
            return textpage.get_charbox(i), i
        except Exception:  # noqa: BLE001 - PDFium has no box for generated characters
            i += step
    return None


def _size(textpage: PdfTextPage, first: _CharBox) -> float:
    """The type size, as the height of the first character's font box (ascent to descent):
    PDFium's nominal font size is often 1 with the scale in the text matrix."""
    box: tuple[float, float, float, float]
    try:
        box = textpage.get_charbox(first[1], loose=True)
    except Exception:  # noqa: BLE001 - fall back to the glyph's own box
        box = first[0]
    _left, bottom, _right, top = box
    return max(top - bottom, 0.1)


def _origin(textpage: PdfTextPage, raw: ModuleType, index: int) -> float | None:
    import ctypes

    x, y = ctypes.c_double(), ctypes.c_double()
    if raw.FPDFText_GetCharOrigin(textpage.raw, index, ctypes.byref(x), ctypes.byref(y)):
        return y.value
    return None


# --- from lines to an article -------------------------------------------------------------


def build_article(pages: list[Page], info: dict[str, str]) -> ImportedArticle:
    """Headers, footers and page numbers out, paragraphs and hyphenation joined, pages kept."""
    if all(sum(len(line.text) for line in page.lines) < MIN_CHARS_PER_PAGE for page in pages):
        raise ImportFailed(Message(
            "import.pdf-no-text-layer", "the PDF has no text layer (a scan?) — OCR it first, "
            "then import the searchable PDF"))
    _drop_running_lines(pages)
    body_size = _body_size(pages)
    vocabulary = _vocabulary(pages)
    title_lines = _title_lines(pages[0], body_size) if pages else []

    paragraphs: list[str] = []  # finished paragraphs
    page_starts: list[tuple[int, int, str]] = []  # (paragraph index, offset in it, label)
    current: list[str] = []  # pieces of the running paragraph
    held_notes: list[str] = []  # footnotes wait until the running paragraph ends
    previous: Line | None = None
    paragraph_start: Line | None = None

    def end_paragraph() -> None:
        nonlocal current, held_notes
        if current:
            paragraphs.append("".join(current))
            current = []
        paragraphs.extend(held_notes)
        held_notes = []

    for number, page in enumerate(pages):
        body, notes = _split_footnotes(page.lines, body_size)
        if number == 0 and title_lines:
            body = [line for line in body if not any(line is t for t in title_lines)]
        if not body and not notes:
            continue
        carry_on = bool(body) and bool(current) and _continues(previous, body[0])
        if not carry_on:
            end_paragraph()
        typical = _line_spacing(body)
        lefts, rights = _column_edges(body)
        for index, line in enumerate(body):
            if index == 0 and carry_on:
                join = _join_lines(current, previous, line, vocabulary)
                page_starts.append((len(paragraphs), sum(map(len, current)) + len(join),
                                    page.label))
                current.append(join + line.text)
                previous = line
                continue
            if index == 0:
                page_starts.append((len(paragraphs), 0, page.label))
            elif _breaks(body[index - 1], line, paragraph_start, typical, lefts[index],
                         rights[index - 1]):
                end_paragraph()
            if not current:
                paragraph_start = line
                current.append(line.text)
            else:
                current.append(_join_lines(current, previous, line, vocabulary) + line.text)
            previous = line
        if not body:
            page_starts.append((len(paragraphs), 0, page.label))
        held_notes.extend(_note_paragraphs(notes))
        if not current:
            end_paragraph()
    end_paragraph()

    art = ImportedArticle(title="", text="")
    art.title = _title(info, title_lines)
    art.authors = _clean_info(info.get("Author", ""))
    return finish_paged(art, paragraphs, page_starts, _first_page_date(pages, info))


def _drop_running_lines(pages: list[Page]) -> None:
    """Remove running headers/footers (repeated text near an edge) and page numbers."""
    def near_edge(page: Page, line: Line) -> bool:
        return line.y > page.height * (1 - _EDGE) - line.size or line.y < page.height * _EDGE

    def key(text: str) -> str:
        return re.sub(r"\d+", "#", re.sub(r"\s+", "", text.lower()))

    counts: Counter[str] = Counter()
    for page in pages:
        counts.update({key(line.text) for line in _edge_lines(page) if near_edge(page, line)})
    repeated = max(2, round(len(pages) * 0.4))
    margin = _body_left(pages)
    for page in pages:
        edge = {id(line) for line in _edge_lines(page) if near_edge(page, line)}
        page.lines = [
            line for line in page.lines
            if not (id(line) in edge and (counts[key(line.text)] >= repeated
                                          or _PAGE_NUMBER.fullmatch(line.text.strip())))
            and not _margin_number(line, margin)
        ]


def _edge_lines(page: Page) -> list[Line]:
    """The three highest and three lowest lines of a page."""
    ordered = sorted(page.lines, key=lambda line: -line.y)
    return ordered[:3] + ordered[-3:] if len(ordered) > 6 else ordered


def _body_left(pages: list[Page]) -> float:
    lefts = [round(line.x0) for page in pages for line in page.lines if len(line.text) > 30]
    return Counter(lefts).most_common(1)[0][0] if lefts else 0.0


def _margin_number(line: Line, body_left: float) -> bool:
    """A line number in the left margin of pleading paper."""
    return line.text.isdigit() and len(line.text) <= 2 and line.x1 < body_left - 4


def _body_size(pages: list[Page]) -> float:
    sizes: Counter[float] = Counter()
    for page in pages:
        for line in page.lines:
            sizes[line.size] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _split_footnotes(lines: list[Line], body_size: float) -> tuple[list[Line], list[Line]]:
    """The page's footnotes: from the first line in the lower part of the page that starts in
    smaller type (a note in smaller type, or a superscript note number) to the bottom."""
    if len(lines) < 2:
        return lines, []
    top = max(line.y for line in lines)
    bottom = min(line.y for line in lines)
    cut = None
    for line in sorted(lines, key=lambda line: -line.y):
        if line.y > bottom + (top - bottom) * 0.5:
            continue
        if line.size < body_size * 0.85 and re.match(r"(?:\d{1,3}|[*†‡§])\s*\S", line.text):
            cut = line.y
            break
        if line.size < body_size * 0.85 and all(
                other.size < body_size * 0.85 for other in lines if other.y < line.y):
            cut = line.y
            break
    if cut is None:
        return lines, []
    body = [line for line in lines if line.y > cut + 0.5]
    notes = [line for line in lines if line.y <= cut + 0.5]
    return body, notes


def _note_paragraphs(notes: list[Line]) -> list[str]:
    """Footnote lines as paragraphs: a new one where a line starts with its marker."""
    out: list[list[Line]] = []
    for line in notes:
        starts = bool(re.match(r"^(?:\d{1,3}|[*†‡])\s*\S", line.text))
        if out and not starts:
            out[-1].append(line)
        else:
            out.append([line])
    return [_join_texts(group) for group in out]


def _line_spacing(lines: list[Line]) -> float:
    gaps = [a.y - b.y for a, b in zip(lines, lines[1:], strict=False)
            if 0 < a.y - b.y < 4 * max(a.size, 1) and abs(a.size - b.size) < 0.5]
    if not gaps:
        return max((line.size for line in lines), default=10.0) * 1.2
    return statistics.median(gaps)


def _column_edges(lines: list[Line]) -> tuple[list[float], list[float]]:
    """For each line, the left and right edge of its column: of the lines that start within
    a few ems of where it starts (one column of a two-column page, or the whole text block)."""
    lefts, rights = [], []
    for line in lines:
        reach = 3.5 * max(line.size, 6.0)
        near = [other for other in lines if abs(other.x0 - line.x0) <= reach]
        lefts.append(min(other.x0 for other in near))
        rights.append(max(other.x1 for other in near))
    return lefts, rights


def _breaks(a: Line, b: Line, first: Line | None, spacing: float, left: float,
            right: float) -> bool:
    """Does a new paragraph start at line ``b`` (after ``a``, in the paragraph from ``first``)?

    ``left`` is the left edge of ``b``'s column, ``right`` the right edge of ``a``'s.
    """
    gap = a.y - b.y
    if abs(gap) < 0.35 * max(a.size, b.size) and b.x0 > a.x1:  # one line PDFium split
        return False
    if gap < -spacing * 0.5 and b.x0 >= a.x1 - 2:  # up into the next column
        return not _continues(a, b)
    if gap > spacing * 1.45 or gap < -spacing * 0.5:
        return True
    if abs(a.size - b.size) > max(a.size, b.size) * 0.12:
        return True
    em = max(b.size, 6.0)
    if _LIST_MARK.match(b.text) and (a.text.endswith(_SENTENCE_END) or b.x0 < a.x0 - em / 2):
        return True  # the next item of a list
    if b.x0 - a.x0 > em * 1.2 and b.x0 - left > em:  # first-line indent (or a block quote)
        return not (a is first and _LIST_MARK.match(a.text))  # not a list item's hanging indent
    if a.x0 - b.x0 > em * 1.2 and first is not None and first is not a:  # out of a block quote
        return True
    width = max(right - left, 1.0)
    if a.text.endswith(_SENTENCE_END) and (right - a.x1) > width * 0.15:  # short last line
        return True
    return False


def _continues(previous: Line | None, first: Line) -> bool:
    """Does the first body line of a page carry on the paragraph the last page ended in?"""
    if previous is None:
        return False
    if previous.hyphen or previous.text.endswith("-"):
        return True
    if _LIST_MARK.match(first.text):
        return False
    if first.text[:1].islower():
        return True
    if previous.text.endswith(_SENTENCE_END):
        return False
    return not first.text[:1].isupper() or not previous.text[-1:].isalnum() or \
        previous.text[-1:].islower()


def _join_lines(pieces: list[str], a: Line | None, b: Line, vocabulary: set[str]) -> str:
    """What goes between line ``a`` (the end of ``pieces``) and the next line ``b``.

    A hyphenation hyphen the text still shows is taken off ``pieces[-1]``.
    """
    if a is None:
        return " "
    if a.hyphen:  # PDFium took the hyphen out of the text and marked the place
        return "-" if _keep_hyphen(a.text, b.text, vocabulary) else ""
    if a.text.endswith("-") and len(a.text) > 1:
        before = a.text[-2]
        if before.isalpha() and b.text[:1].islower():
            if not _keep_hyphen(a.text[:-1], b.text, vocabulary):
                pieces[-1] = pieces[-1][:-1]
            return ""
        if before.isalnum():
            return ""  # 283-288, 10,000-square-foot
    if a.text.endswith(("—", "–", "/")):
        return ""
    return " "


def _join_texts(lines: list[Line]) -> str:
    pieces = [lines[0].text]
    for prev, line in zip(lines, lines[1:], strict=False):
        pieces.append(_join_lines(pieces, prev, line, set()) + line.text)
    return "".join(pieces)


def _keep_hyphen(left_text: str, right_text: str, vocabulary: set[str]) -> bool:
    """Is a line-end hyphen part of the word (``well-known``) rather than hyphenation?"""
    left = left_text.rstrip("-").split(" ")[-1]
    right = re.match(r"[\w'’]*", right_text)
    tail = right.group() if right else ""
    if not left or not tail:
        return True
    if not left[-1].isalpha() or not tail[0].isalpha() or tail[0].isupper():
        return True
    if "-" in left:  # state-of-the-/art
        return True
    head = re.sub(r"^\W+", "", left)
    joined, hyphenated = (head + tail).lower(), (head + "-" + tail).lower()
    return hyphenated in vocabulary and joined not in vocabulary


def _vocabulary(pages: list[Page]) -> set[str]:
    words: set[str] = set()
    for page in pages:
        for line in page.lines:
            words.update(w.lower() for w in re.findall(r"\w+(?:-\w+)*", line.text))
    return words


def _title_lines(page: Page, body_size: float) -> list[Line]:
    """The lines in the largest type in the top half of the first page, if larger than body."""
    top = [line for line in page.lines if line.y > page.height * 0.45 and len(line.text) > 2]
    if not top:
        return []
    biggest = max(line.size for line in top)
    if biggest < body_size * 1.15:
        return []
    chosen: list[Line] = []
    for line in page.lines:
        if line in top and abs(line.size - biggest) < 0.5:
            if chosen and line is not page.lines[page.lines.index(chosen[-1]) + 1]:
                break
            chosen.append(line)
    return chosen if sum(len(line.text) for line in chosen) <= 300 else []


def _title(info: dict[str, str], title_lines: list[Line]) -> str:
    title = _clean_info(_WORD_PREFIX.sub("", info.get("Title", "")))
    if title and not _JUNK_TITLE.search(title) and len(title) > 3:
        return title
    if title_lines:
        return nfc(_join_texts(title_lines))
    return ""


def _clean_info(value: str) -> str:
    return " ".join(value.replace("\x00", "").split())


def _first_page_date(pages: list[Page], info: dict[str, str]) -> str:
    """A full date stated near the top of the first page, else the creation date."""
    for page in pages[:1]:
        for line in page.lines[:25]:
            for candidate in _date_candidates(line.text):
                if iso := parse_date(candidate):
                    return iso
    m = _PDF_DATE.match(info.get("CreationDate", ""))
    if m:
        return parse_date(f"{m[1]}-{m[2]}-{m[3]}")
    return ""


_DATE_IN_LINE = re.compile(
    r"\b(?:\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})\b")


def _date_candidates(text: str) -> list[str]:
    return [m.group() for m in _DATE_IN_LINE.finditer(text)] if len(text) < 200 else []
