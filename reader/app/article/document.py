"""The article as a ``QTextDocument``: title, a muted meta line, then the story as plain text.

Document layout::

    [title block][meta block][story block ... story block]
                              ^ story_start

The story is inserted as plain text through ``QTextCursor.insertText`` (never as HTML),
one character per model character, so a model offset maps to the document position
``story_start + utf16(offset)`` exactly. Offsets in the model count code points; Qt counts
UTF-16 units; :mod:`reader.app.offsets` converts at this boundary only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPalette,
    QTextDocument,
)

from ...core.models import Article
from ...core.textnorm import marked_controls
from ..dates import date_label

# The text classes are looked up on ``QtGui`` when first used (an article opens), not
# imported: importing one makes PySide build its class and enums (``QTextFormat`` has
# 130), which the window's first frame does not need (issue 12).

# Characters QTextCursor.insertText would not keep as one document position each (\r,
# \r\n collapse into block breaks; frame markers and the object replacement character
# have special meaning). Each is replaced by exactly one BMP character, so lengths in code
# points and UTF-16 stay the same.
# The story's own control characters and bidi embeddings, overrides and isolates
# (``textnorm.UNSAFE``: a U+202E turned "Retno Marsudi" into "RetnoidusraM", R13-4) are
# shown as U+FFFD: the stored text keeps them (annotations are anchored by its offsets),
# the reader sees that something is there and nothing acts on the text after it.
_CONTROLS = "".join(map(chr, [*range(0x00, 0x09), *range(0x0B, 0x0D), *range(0x0E, 0x20),
                              *range(0x7F, 0xA0), *range(0x202A, 0x202F),
                              *range(0x2066, 0x206A)]))
_DISPLAY_TABLE = str.maketrans(
    {"\r": " ", "\u2029": "\n", "\ufdd0": "\ufffd", "\ufdd1": "\ufffd", "\ufffc": "\ufffd",
     **dict.fromkeys(_CONTROLS, "\ufffd")}
)
#: any key of the table (one scan, ~7 ns a character: 0.6 ms for a 90 kB story, small
#: beside laying it out)
_SPECIAL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2029\u202a-\u202e\u2066-\u2069"
                      "\ufdd0\ufdd1\ufffc]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")

READING_COLUMN_CH = 70  # comfortable measure, in widths of "0"
MIN_MEASURE_CH = 48  # the pane never gets narrower than this many widths of "0" (>= 45 letters)
MIN_SIDE_MARGIN = 16


def display_text(text: str) -> str:
    """``text`` made safe for ``insertText``: same length, one char per char."""
    # (one scan for any of them; a strict encode finds lone surrogates faster than a regex)
    if _SPECIAL.search(text):
        text = text.translate(_DISPLAY_TABLE)
    try:
        text.encode("utf-16-le")
    except UnicodeEncodeError:  # lone surrogates
        text = _LONE_SURROGATE.sub("\ufffd", text)
    return text


def reading_font(base: QFont, scale: float = 1.2) -> QFont:
    font = QFont(base)
    font.setFamilies(
        ["Charter", "Georgia", "Noto Serif", "Source Serif Pro", "DejaVu Serif", "Times New Roman"]
    )
    font.setStyleHint(QFont.StyleHint.Serif)
    size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
    font.setPointSizeF(max(12.0, size * scale))
    return font


def meta_line(article: Article) -> str:
    editor = QCoreApplication.translate("ReaderView", "Editor: {name}")
    parts = [
        article.source,
        article.authors,
        editor.format(name=article.editor) if article.editor.strip() else "",
        article.dateline,
        date_label(article),
    ]
    return " · ".join(" ".join(p.split()) for p in parts if p and p.strip())


@dataclass
class Layout:
    """Where the parts of the built document are."""

    story_start: int = 0
    meta: tuple[int, int] = (0, 0)


def build(doc: QTextDocument, article: Article, font: QFont, ui_font: QFont,
          palette: QPalette, park=None) -> Layout:
    """Fill ``doc`` with the article; ``park()`` is called just before the story goes in
    (the widget parks its cursor at 0 there, so the story does not push it to the end and
    lay the whole text out at once: ≈30 ms for 150k characters)."""
    doc.clear()  # inside the caller's edit block: the change is "all new text"
    doc.setDefaultFont(font)

    title_font = QFont(font)
    title_font.setPointSizeF(font.pointSizeF() * 1.6)
    title_font.setWeight(QFont.Weight.Bold)
    title_fmt = QtGui.QTextCharFormat()
    title_fmt.setFont(title_font)
    title_block = QtGui.QTextBlockFormat()
    title_block.setBottomMargin(6)
    title_block.setLineHeight(115, QtGui.QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)

    meta_font = QFont(ui_font)
    meta_font.setPointSizeF(max(9.0, font.pointSizeF() * 0.8))
    meta_fmt = QtGui.QTextCharFormat()
    meta_fmt.setFont(meta_font)
    meta_fmt.setForeground(palette.color(QPalette.ColorRole.PlaceholderText))
    meta_block = QtGui.QTextBlockFormat()
    meta_block.setBottomMargin(QFontMetricsF(font).height() * 1.2)

    story_fmt = QtGui.QTextCharFormat()
    story_fmt.setFont(font)
    story_block = QtGui.QTextBlockFormat()
    story_block.setLineHeight(150, QtGui.QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    if "\n\n" not in article.text:
        # Paragraphs not separated by blank lines: space them instead.
        # (One format for every block: per-block formats cost a relayout each.)
        story_block.setBottomMargin(QFontMetricsF(font).height() * 0.6)

    layout = Layout()
    cursor = QtGui.QTextCursor(doc)
    cursor.beginEditBlock()
    cursor.setBlockFormat(title_block)
    untitled = QCoreApplication.translate("ReaderView", "Untitled")
    # the title and the meta line are the article's own words but not its story (nothing
    # is anchored in them): their bidi and control characters are written out (R12-3), as
    # in the library list, so a title's U+202E does not turn the heading around
    title = marked_controls(" ".join((article.title or untitled).split()))
    cursor.insertText(display_text(title), title_fmt)
    meta = marked_controls(meta_line(article))
    if meta:
        cursor.insertBlock(meta_block, meta_fmt)
        meta_start = cursor.position()
        cursor.insertText(display_text(meta), meta_fmt)
        layout.meta = (meta_start, cursor.position())
    cursor.insertBlock(story_block, story_fmt)
    layout.story_start = cursor.position()
    if park is not None:
        park()
    cursor.insertText(display_text(article.text), story_fmt)
    cursor.endEditBlock()
    return layout


def restyle_meta(doc: QTextDocument, meta: tuple[int, int], palette: QPalette) -> None:
    """Recolour the muted meta line after a palette change."""
    start, end = meta
    if start >= end:
        return
    fmt = QtGui.QTextCharFormat()
    fmt.setForeground(palette.color(QPalette.ColorRole.PlaceholderText))
    cursor = QtGui.QTextCursor(doc)
    cursor.setPosition(start)
    cursor.setPosition(end, QtGui.QTextCursor.MoveMode.KeepAnchor)
    cursor.mergeCharFormat(fmt)


def centre_column(doc: QTextDocument, font: QFont, viewport_width: int) -> None:
    """Centre a ~70ch reading column in the viewport."""
    column = QFontMetricsF(font).horizontalAdvance("0") * READING_COLUMN_CH
    side = max(MIN_SIDE_MARGIN, (viewport_width - column) / 2)
    frame = doc.rootFrame()
    fmt = frame.frameFormat()
    if abs(fmt.leftMargin() - side) < 0.5 and fmt.topMargin() == 24:
        return
    fmt.setLeftMargin(side)
    fmt.setRightMargin(side)
    fmt.setTopMargin(24)
    fmt.setBottomMargin(32)
    frame.setFrameFormat(fmt)


def measure_width(font: QFont) -> float:
    """Pixels for the narrowest readable measure (``MIN_MEASURE_CH``) plus both margins."""
    return QFontMetricsF(font).horizontalAdvance("0") * MIN_MEASURE_CH + 2 * MIN_SIDE_MARGIN
