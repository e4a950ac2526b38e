"""The reader pane: one article, its highlights, tagging keys and a find bar.

The widget never touches the database: the main window feeds it dataclasses
(``Article``, ``Annotation``, ``Suggestion``) and reacts to its signals.

Document layout::

    [title block][meta block][story block ... story block]
                              ^ self._story_start

The story is inserted as plain text through ``QTextCursor.insertText`` (never
as HTML), one character per model character, so a model offset maps to the
document position ``story_start + utf16(offset)`` exactly.  Offsets in the
model count code points; Qt counts UTF-16 units; :mod:`reader.app.offsets`
converts at this boundary only.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontMetricsF,
    QKeySequence,
    QPainter,
    QPalette,
    QPen,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextLayout,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QTextBrowser,
    QTextEdit,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from reader.app import highlight_style as hs
from reader.app.offsets import OffsetMap
from reader.app.pyside_guard import protect_none
from reader.core.models import Annotation, Article, Suggestion

# Highlighting makes thousands of void Qt calls; see pyside_guard.
protect_none()

TAG_KEYS = {"quote": Qt.Key.Key_Q, "claim": Qt.Key.Key_C, "highlight": Qt.Key.Key_H}
_KEY_KINDS = {int(key): kind for kind, key in TAG_KEYS.items()}

# Characters QTextCursor.insertText would not keep as one document position
# each (\r, \r\n collapse into block breaks; frame markers and the object
# replacement character have special meaning).  Each is replaced by exactly
# one BMP character, so lengths in code points and UTF-16 stay the same.
_DISPLAY_TABLE = str.maketrans(
    {"\r": " ", "\u2029": "\n", "\ufdd0": "\ufffd", "\ufdd1": "\ufffd", "\ufffc": "\ufffd"}
)
_SPECIAL_CHARS = "\r\u2029\ufdd0\ufdd1\ufffc"
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")

READING_COLUMN_CH = 70  # comfortable measure, in widths of "0"
MIN_MEASURE_CH = 48  # the pane never gets narrower than this many widths of "0" (>= 45 letters)
MIN_SIDE_MARGIN = 16


def display_text(text: str) -> str:
    """``text`` made safe for ``insertText``: same length, one char per char."""
    # Substring tests and a strict encode are ~10x faster than a regex scan.
    if any(ch in text for ch in _SPECIAL_CHARS):
        text = text.translate(_DISPLAY_TABLE)
    try:
        text.encode("utf-16-le")
    except UnicodeEncodeError:  # lone surrogates
        text = _LONE_SURROGATE.sub("\ufffd", text)
    return text


class _Segment(NamedTuple):
    """One stretch of uniform look: what covers it, outermost first."""

    start: int
    end: int
    ids: tuple[int, ...]  # annotation ids
    suggestions: tuple[int, ...]  # suggestion indices
    kinds: str  # "highlight,claim,suggestion"
    format: QTextCharFormat  # its merged look


class _Range(NamedTuple):
    """A span in document positions (UTF-16) with what it stands for."""

    start: int
    end: int
    key: tuple[str, int]  # ("a", annotation list index) or ("s", suggestion index)

    @property
    def length(self) -> int:
        return self.end - self.start


def _reading_font(base: QFont, scale: float = 1.2) -> QFont:
    font = QFont(base)
    font.setFamilies(
        ["Charter", "Georgia", "Noto Serif", "Source Serif Pro", "DejaVu Serif", "Times New Roman"]
    )
    font.setStyleHint(QFont.StyleHint.Serif)
    size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
    font.setPointSizeF(max(12.0, size * scale))
    return font


class _TextPane(QTextBrowser):
    """Read-only text that never loads anything and paints thick claim lines."""

    def __init__(self, view: ReaderView) -> None:
        super().__init__(view)
        self._view = view
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAcceptDrops(False)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.viewport().setMouseTracking(True)

    # -- highlights --------------------------------------------------------
    def extraSelections(self) -> list[QTextEdit.ExtraSelection]:  # noqa: N802 (Qt API)
        """The highlight segments as selections (cursor + merged format).

        Highlights are not installed as extra selections (1,000 of them cost
        Qt ~50 ms per article): they are per-block layout formats, like a
        QSyntaxHighlighter's, set once while the document is built.  This
        reports them in the extra-selection form for callers and tests.
        """
        doc = self.document()
        out = []
        for seg in self._view._segments:
            cursor = QTextCursor(doc)
            cursor.setPosition(seg.start)
            cursor.setPosition(seg.end, QTextCursor.MoveMode.KeepAnchor)
            sel = QTextEdit.ExtraSelection()
            sel.cursor = cursor
            sel.format = seg.format
            out.append(sel)
        return out + list(super().extraSelections())

    # -- never fetch -------------------------------------------------------
    def loadResource(self, type_: int, name) -> object:  # noqa: N802 (Qt API)
        return None

    def setSource(self, *args, **kwargs) -> None:  # noqa: N802 (Qt API)
        return None

    def canInsertFromMimeData(self, source) -> bool:  # noqa: N802 (Qt API)
        return False

    # -- keys, menu, layout ---------------------------------------------------
    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        kind = _KEY_KINDS.get(event.key())
        if kind and mods == Qt.KeyboardModifier.NoModifier and not event.isAutoRepeat():
            if self._view.request_tag(kind):
                event.accept()
                return
        if event.matches(QKeySequence.StandardKey.Find):
            self._view.open_find()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape and self._view.find_bar.isVisible():
            self._view.close_find()
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event) -> None:  # noqa: N802 (Qt API)
        menu = self._view.build_context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._view.update_margins()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        view = getattr(self, "_view", None)
        if view is not None and event.type() == QEvent.Type.PaletteChange:
            view._palette_changed()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().paintEvent(event)
        segments = self._view._claim_segments
        if not segments:
            return
        painter = QPainter(self.viewport())
        try:
            self._paint_claim_lines(painter, segments)
        finally:
            painter.end()

    def _paint_claim_lines(self, painter: QPainter, segments) -> None:
        doc = self.document()
        layout = doc.documentLayout()
        dx = self.horizontalScrollBar().value()
        dy = self.verticalScrollBar().value()
        top, bottom = dy, dy + self.viewport().height()
        size = doc.defaultFont().pointSizeF()
        width = max(2.0, round(size / 6.0))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for start, end, colour in segments:
            block = doc.findBlock(start)
            while block.isValid() and block.position() < end:
                rect = layout.blockBoundingRect(block)
                if rect.top() > bottom:
                    return
                if rect.bottom() >= top:
                    self._paint_block_line(painter, block, start, end, colour, width, dx, dy)
                block = block.next()

    @staticmethod
    def _paint_block_line(painter, block, start, end, colour, width, dx, dy) -> None:
        tl = block.layout()
        origin = tl.position()
        base = block.position()
        pen = QPen(QColor(colour))
        pen.setWidthF(width)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        for i in range(tl.lineCount()):
            line = tl.lineAt(i)
            ls = base + line.textStart()
            le = ls + line.textLength()
            a, b = max(start, ls), min(end, le)
            if a >= b:
                continue
            x1 = line.cursorToX(a - base)[0]
            x2 = line.cursorToX(b - base)[0]
            if x1 > x2:
                x1, x2 = x2, x1
            y = origin.y() + line.y() + line.ascent() + max(2.0, line.descent() * 0.45)
            painter.drawLine(
                QPointF(origin.x() + x1 - dx, y - dy), QPointF(origin.x() + x2 - dx, y - dy)
            )


class ReaderView(QWidget):
    """Shows one article with its annotations; emits what the user asks for."""

    annotationClicked = Signal(int)  # noqa: N815 (Qt naming)
    tagRequested = Signal(str, int, int)  # noqa: N815
    suggestionClicked = Signal(int)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._article: Article | None = None
        self._map = OffsetMap("")
        self._story_start = 0
        self._annotations: list[Annotation] = []
        self._suggestions: list[Suggestion] = []
        self._tag_colours: dict[str, str] = {}
        self._ranges: list[_Range] = []  # annotations then suggestions
        self._claim_segments: list[tuple[int, int, str]] = []
        self._segments: list[_Segment] = []
        # block position -> its highlight format ranges, as installed
        self._formatted_blocks: dict[int, list[QTextLayout.FormatRange]] = {}
        self._meta_range = (0, 0)
        self._press_pos: QPoint | None = None

        self.text_widget = _TextPane(self)
        self.text_widget.setFrameShape(QTextEdit.Shape.NoFrame)
        self._reading_font = _reading_font(self.font())
        self.text_widget.document().setDefaultFont(self._reading_font)
        self.setMinimumWidth(self.minimum_measure_width())
        self.text_widget.viewport().installEventFilter(self)
        self.text_widget.selectionChanged.connect(self.update_actions)

        self._build_find_bar()
        self._build_actions()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.text_widget, 1)
        layout.addWidget(self.find_bar)
        self.update_actions()

    # ------------------------------------------------------------------ setup
    def _build_actions(self) -> None:
        self.tag_actions: dict[str, QAction] = {}
        for kind, key in TAG_KEYS.items():
            letter = QKeySequence(key).toString()
            action = QAction(f"Tag as {kind} ({letter})", self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setShortcutVisibleInContextMenu(False)
            action.setToolTip(f"Tag the selected text as a {kind} ({letter})")
            action.triggered.connect(lambda _checked=False, k=kind: self.request_tag(k))
            self.addAction(action)
            self.tag_actions[kind] = action
        self.find_action = QAction("Find…", self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_action.triggered.connect(self.open_find)
        self.addAction(self.find_action)

    def _build_find_bar(self) -> None:
        bar = QWidget(self)
        row = QHBoxLayout(bar)
        row.setContentsMargins(6, 4, 6, 4)
        self.find_edit = QLineEdit(bar)
        self.find_edit.setPlaceholderText("Find in article")
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.installEventFilter(self)
        self.find_edit.textChanged.connect(self._find_incremental)
        prev_button = QToolButton(bar)
        prev_button.setText("▲")
        prev_button.setToolTip("Previous match (Shift+Enter)")
        prev_button.clicked.connect(self.find_previous)
        next_button = QToolButton(bar)
        next_button.setText("▼")
        next_button.setToolTip("Next match (Enter)")
        next_button.clicked.connect(self.find_next)
        self.find_status = QLabel(bar)
        close_button = QToolButton(bar)
        close_button.setText("✕")
        close_button.setToolTip("Close (Esc)")
        close_button.clicked.connect(self.close_find)
        row.addWidget(QLabel("Find:", bar))
        row.addWidget(self.find_edit, 1)
        row.addWidget(prev_button)
        row.addWidget(next_button)
        row.addWidget(self.find_status)
        row.addWidget(close_button)
        bar.hide()
        self.find_bar = bar

    # ------------------------------------------------------------- public API
    def show_article(
        self,
        article: Article,
        annotations: list[Annotation],
        tag_colours: dict[str, str] | None = None,
        suggestions: Sequence[Suggestion] = (),
    ) -> None:
        """Show ``article`` from the top, with its annotations and suggestions."""
        self._article = article
        self._map = OffsetMap(article.text)
        self._annotations = list(annotations)
        self._suggestions = list(suggestions)
        self._tag_colours = dict(tag_colours or {})
        # One edit block for the text and its highlights: the layout sees one
        # fresh document and lays it out lazily, the first screen first.
        batch = QTextCursor(self.text_widget.document())
        batch.beginEditBlock()
        self._build_document(article)
        self._apply_highlights()
        batch.endEditBlock()
        self.update_margins()
        home = QTextCursor(self.text_widget.document())
        home.setPosition(self._story_start)
        self.text_widget.setTextCursor(home)
        self.text_widget.verticalScrollBar().setValue(0)
        self.update_actions()

    def _palette_changed(self) -> None:
        """Light/dark switch: recolour the meta line and the highlights."""
        if self._article is not None:
            self._restyle_meta()
            self._apply_highlights()

    def set_annotations(
        self, annotations: Iterable[Annotation], tag_colours: dict[str, str] | None = None
    ) -> None:
        """Re-highlight without reloading the text; the scroll position stays."""
        self._annotations = list(annotations)
        if tag_colours is not None:
            self._tag_colours = dict(tag_colours)
        self._apply_highlights()

    def set_suggestions(self, suggestions: Iterable[Suggestion]) -> None:
        self._suggestions = list(suggestions)
        self._apply_highlights()

    def select_annotation(self, annotation_id: int) -> None:
        """Select the annotation's text and scroll it into the upper third."""
        for r in self._ranges:
            if r.key[0] == "a" and self._annotations[r.key[1]].id == annotation_id:
                self._select_doc_range(r.start, r.end)
                return

    def selection_span(self) -> tuple[int, int] | None:
        """The selection in code points of ``article.text``, clipped and trimmed."""
        if self._article is None:
            return None
        cursor = self.text_widget.textCursor()
        a = max(cursor.selectionStart(), self._story_start)
        b = min(cursor.selectionEnd(), self._story_start + self._map.u16_len)
        if a >= b:
            return None
        start = self._map.to_cp(a - self._story_start)
        end = self._map.to_cp(b - self._story_start, round_up=True)
        text = self._article.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return (start, end) if start < end else None

    def select_span(self, start: int, end: int) -> None:
        """Select code points ``start``..``end`` of ``article.text``."""
        if self._article is None:
            return
        a, b = self.to_document(start), self.to_document(end)
        self._select_doc_range(min(a, b), max(a, b))

    def clear(self) -> None:
        self._article = None
        self._map = OffsetMap("")
        self._story_start = 0
        self._annotations = []
        self._suggestions = []
        self._ranges = []
        self._claim_segments = []
        self._segments = []
        self._formatted_blocks = {}
        self.text_widget.document().clear()
        self.update_actions()

    # ------------------------------------------------------ helpers (public)
    @property
    def article(self) -> Article | None:
        return self._article

    @property
    def story_start(self) -> int:
        """Document position (UTF-16) where ``article.text`` begins."""
        return self._story_start

    def to_document(self, offset: int) -> int:
        """Document position of code point ``offset`` of ``article.text``."""
        return self._story_start + self._map.to_utf16(offset)

    def from_document(self, position: int, *, round_up: bool = False) -> int | None:
        """Code point offset of a document position, None if in the header."""
        if position < self._story_start:
            return None
        return self._map.to_cp(position - self._story_start, round_up=round_up)

    def request_tag(self, kind: str) -> bool:
        """Emit ``tagRequested`` for the selection; False when there is none."""
        span = self.selection_span()
        if span is None:
            return False
        self.tagRequested.emit(kind, span[0], span[1])
        return True

    def build_context_menu(self, pos: QPoint) -> QMenu:
        """The text's context menu: tag actions first, then Copy etc., then Find."""
        menu: QMenu = self.text_widget.createStandardContextMenu(pos)
        self.update_actions()
        first = menu.actions()[0] if menu.actions() else None
        for action in self.tag_actions.values():
            menu.insertAction(first, action)
        if first is not None:
            menu.insertSeparator(first)
        menu.addSeparator()
        menu.addAction(self.find_action)
        return menu

    def update_actions(self) -> None:
        enabled = self.selection_span() is not None
        for action in self.tag_actions.values():
            action.setEnabled(enabled)

    def annotation_at(self, offset: int) -> Annotation | None:
        """The innermost (shortest) annotation covering code point ``offset``."""
        r = self._innermost(self.to_document(offset), "a")
        return None if r is None else self._annotations[r.key[1]]

    def tooltip_at(self, offset: int) -> str:
        """Tooltip HTML for code point ``offset`` ("" when nothing is there)."""
        if self._article is None or not 0 <= offset < len(self._article.text):
            return ""
        return self._tooltip_for_position(self.to_document(offset))

    # --------------------------------------------------------------- document
    def _build_document(self, article: Article) -> None:
        widget = self.text_widget
        doc: QTextDocument = widget.document()
        doc.clear()  # inside the caller's edit block: the change is "all new text"
        self._formatted_blocks = {}
        doc.setDefaultFont(self._reading_font)
        palette = widget.palette()

        title_font = QFont(self._reading_font)
        title_font.setPointSizeF(self._reading_font.pointSizeF() * 1.6)
        title_font.setWeight(QFont.Weight.Bold)
        title_fmt = QTextCharFormat()
        title_fmt.setFont(title_font)
        title_block = QTextBlockFormat()
        title_block.setBottomMargin(6)
        title_block.setLineHeight(115, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)

        meta_font = QFont(self.font())
        meta_font.setPointSizeF(max(9.0, self._reading_font.pointSizeF() * 0.8))
        meta_fmt = QTextCharFormat()
        meta_fmt.setFont(meta_font)
        meta_fmt.setForeground(palette.color(QPalette.ColorRole.PlaceholderText))
        meta_block = QTextBlockFormat()
        meta_block.setBottomMargin(QFontMetricsF(self._reading_font).height() * 1.2)

        story_fmt = QTextCharFormat()
        story_fmt.setFont(self._reading_font)
        story_block = QTextBlockFormat()
        story_block.setLineHeight(150, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        if "\n\n" not in article.text:
            # Paragraphs not separated by blank lines: space them instead.
            # (One format for every block: per-block formats cost a relayout each.)
            story_block.setBottomMargin(QFontMetricsF(self._reading_font).height() * 0.6)

        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        cursor.setBlockFormat(title_block)
        title = " ".join((article.title or "Untitled").split())
        cursor.insertText(display_text(title), title_fmt)
        meta = self._meta_line(article)
        if meta:
            cursor.insertBlock(meta_block, meta_fmt)
            meta_start = cursor.position()
            cursor.insertText(display_text(meta), meta_fmt)
            self._meta_range = (meta_start, cursor.position())
        else:
            self._meta_range = (0, 0)
        cursor.insertBlock(story_block, story_fmt)
        self._story_start = cursor.position()
        # Park the widget's cursor at 0, before the story's insertion point:
        # otherwise the story pushes it to the end, and moving it from there
        # would lay out the whole text at once (≈30 ms for 150k characters).
        widget.setTextCursor(QTextCursor(doc))
        cursor.insertText(display_text(article.text), story_fmt)
        cursor.endEditBlock()

    def _restyle_meta(self) -> None:
        """Recolour the muted meta line after a palette change."""
        start, end = self._meta_range
        if start >= end:
            return
        fmt = QTextCharFormat()
        fmt.setForeground(self.text_widget.palette().color(QPalette.ColorRole.PlaceholderText))
        cursor = QTextCursor(self.text_widget.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)

    @staticmethod
    def _meta_line(article: Article) -> str:
        parts = [
            article.source,
            article.authors,
            f"Editor: {article.editor}" if article.editor.strip() else "",
            article.dateline,
            article.published,
        ]
        return " · ".join(" ".join(p.split()) for p in parts if p and p.strip())

    def minimum_measure_width(self) -> int:
        """The narrowest this pane may be: ``MIN_MEASURE_CH`` of text, margins, scroll bar."""
        text = QFontMetricsF(self._reading_font).horizontalAdvance("0") * MIN_MEASURE_CH
        bar = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
        frame = 2 * self.text_widget.frameWidth() + 2 * self.text_widget.document().documentMargin()
        return int(text + 2 * MIN_SIDE_MARGIN + bar + frame + 0.5)

    def update_margins(self) -> None:
        """Centre a ~70ch reading column in the viewport."""
        doc = self.text_widget.document()
        column = QFontMetricsF(self._reading_font).horizontalAdvance("0") * READING_COLUMN_CH
        width = self.text_widget.viewport().width()
        side = max(MIN_SIDE_MARGIN, (width - column) / 2)
        frame = doc.rootFrame()
        fmt = frame.frameFormat()
        if abs(fmt.leftMargin() - side) < 0.5 and fmt.topMargin() == 24:
            return
        fmt.setLeftMargin(side)
        fmt.setRightMargin(side)
        fmt.setTopMargin(24)
        fmt.setBottomMargin(32)
        frame.setFrameFormat(fmt)

    # ------------------------------------------------------------- highlights
    def _apply_highlights(self) -> None:
        """Compute merged segments and lay them onto the text blocks.

        Overlapping spans are cut into elementary segments; each segment gets
        the merged look of everything covering it (see highlight_style), so
        every overlapping annotation stays visible.  The segments become
        per-block layout formats (see ``_install_formats``), not document
        content: copying, find and the text itself are untouched.
        """
        self._segments = []
        self._claim_segments = []
        if self._article is None:
            self._ranges = []
            self._install_formats()
            return
        n = len(self._article.text)
        ranges: list[_Range] = []
        styles: dict[tuple[str, int], hs.SpanStyle] = {}
        style_cache: dict[tuple[str, tuple[str, ...]], hs.SpanStyle] = {}
        base = self._story_start
        to_u16 = None if self._map.identity else self._map.to_utf16
        for i, ann in enumerate(self._annotations):
            if ann.anchor == "orphan" or ann.start is None or ann.end is None:
                continue  # an orphan has no place in the text (start/end are NULL)
            s, e = max(0, ann.start), min(n, ann.end)
            if s >= e:
                continue
            if to_u16 is not None:
                s, e = to_u16(s), to_u16(e)
            ranges.append(_Range(base + s, base + e, ("a", i)))
            skey = (ann.kind, tuple(ann.tags or ()))
            style = style_cache.get(skey)
            if style is None:
                style = style_cache[skey] = hs.style_for(ann.kind, ann.tags, self._tag_colours)
            styles[("a", i)] = style
        for i, sug in enumerate(self._suggestions):
            s, e = max(0, sug.start), min(n, sug.end)
            if s < e:
                ranges.append(_Range(self.to_document(s), self.to_document(e), ("s", i)))
        self._ranges = ranges

        dark = hs.is_dark(self.text_widget.palette())
        # (styles, suggested) -> (format, kinds, claim colour)
        formats: dict[tuple[tuple[hs.SpanStyle, ...], bool], tuple[QTextCharFormat, str, str]] = {}
        annotations = self._annotations
        segments = self._segments
        claims = self._claim_segments
        for here, there, ordered in self._sweep(ranges):
            if len(ordered) == 1:
                key = ordered[0].key
                if key[0] == "a":
                    span_styles, suggested = (styles[key],), False
                    ids, sugs = (annotations[key[1]].id,), ()
                else:
                    span_styles, suggested, ids, sugs = (), True, (), (key[1],)
            else:
                span_styles = tuple(styles[r.key] for r in ordered if r.key[0] == "a")
                suggested = any(r.key[0] == "s" for r in ordered)
                ids = tuple(annotations[r.key[1]].id for r in ordered if r.key[0] == "a")
                sugs = tuple(r.key[1] for r in ordered if r.key[0] == "s")
            fkey = (span_styles, suggested)
            looks = formats.get(fkey)
            if looks is None:
                fmt = hs.segment_format(span_styles, suggested, dark)
                looks = formats[fkey] = (
                    fmt,
                    fmt.stringProperty(hs.PROP_KINDS),
                    fmt.stringProperty(hs.PROP_CLAIM_COLOUR),
                )
            fmt, kinds, colour = looks
            segments.append(_Segment(here, there, ids, sugs, kinds, fmt))
            if colour:
                if claims and claims[-1][1] == here and claims[-1][2] == colour:
                    claims[-1] = (claims[-1][0], there, colour)
                else:
                    claims.append((here, there, colour))
        self._install_formats()

    @staticmethod
    def _sweep(ranges: list[_Range]):
        """(start, end, covering ranges outermost first) per elementary segment."""
        ordered = sorted(ranges)
        if all(a.end <= b.start for a, b in zip(ordered, ordered[1:], strict=False)):
            # No overlaps (the usual case): each range is its own segment.
            for r in ordered:
                yield r.start, r.end, (r,)
            return
        starts: dict[int, list[_Range]] = {}
        ends: dict[int, list[_Range]] = {}
        for r in ranges:
            starts.setdefault(r.start, []).append(r)
            ends.setdefault(r.end, []).append(r)
        bounds = sorted(starts.keys() | ends.keys())
        active: dict[tuple[str, int], _Range] = {}
        for here, there in zip(bounds, bounds[1:], strict=False):
            for r in ends.get(here, ()):
                del active[r.key]
            for r in starts.get(here, ()):
                active[r.key] = r
            if not active:
                continue
            if len(active) == 1:
                yield here, there, tuple(active.values())
            else:
                yield here, there, sorted(active.values(), key=lambda r: (-r.length, r.start))

    def _install_formats(self) -> None:
        """Give each text block the formats of the segments in it.

        Like ``QSyntaxHighlighter``: ``QTextLayout.setFormats`` per block, all
        in one edit block, so the layout is told once.  Only blocks whose
        highlights changed are touched (tagging one quote relayouts one
        paragraph, not the article); blocks no longer highlighted are cleared.
        """
        doc = self.text_widget.document()
        # block position -> (its layout, its format ranges)
        blocks: dict[int, tuple[QTextLayout, list[QTextLayout.FormatRange]]] = {}
        block_start = block_end = -1
        runs: list[QTextLayout.FormatRange] = []
        FormatRange = QTextLayout.FormatRange  # noqa: N806
        for start, end, _ids, _suggestions, _kinds, fmt in self._segments:
            while start < end:
                if not block_start <= start < block_end:
                    block = doc.findBlock(start)
                    if not block.isValid():
                        break
                    block_start = block.position()
                    block_end = block_start + block.length()
                    runs = []
                    blocks[block_start] = (block.layout(), runs)
                stop = min(end, block_end)
                run = FormatRange()
                run.start = start - block_start
                run.length = stop - start
                run.format = fmt
                runs.append(run)
                start = stop
        old = self._formatted_blocks
        batch = QTextCursor(doc)
        batch.beginEditBlock()
        for position in old.keys() - blocks.keys():
            block = doc.findBlock(position)
            if block.isValid():
                block.layout().clearFormats()
        for position, (layout, runs) in blocks.items():
            if old.get(position) != runs:  # FormatRange compares start, length, format
                layout.setFormats(runs)
        batch.endEditBlock()
        self._formatted_blocks = {position: entry[1] for position, entry in blocks.items()}

    def extra_selection_ranges(self) -> list[tuple[int, int, str, str]]:
        """(start, end, kinds, annotation ids) per installed segment, in document positions.

        ``kinds`` and ids go outermost first, e.g. ``"highlight,claim"``, ``"4,5"``.
        """
        return [
            (seg.start, seg.end, seg.kinds, ",".join(str(i) for i in seg.ids))
            for seg in self._segments
        ]

    @property
    def segments(self) -> list[_Segment]:
        """The highlight segments currently shown (document positions)."""
        return list(self._segments)

    # ---------------------------------------------------------------- lookup
    def _innermost(self, position: int, which: str) -> _Range | None:
        best: _Range | None = None
        for r in self._ranges:
            if r.key[0] == which and r.start <= position < r.end:
                if best is None or r.length < best.length:
                    best = r
        return best

    def _char_at(self, pos: QPoint) -> int | None:
        """Document position of the character under viewport point ``pos``."""
        widget = self.text_widget
        offset = QPointF(widget.horizontalScrollBar().value(), widget.verticalScrollBar().value())
        layout = widget.document().documentLayout()
        hit = layout.hitTest(QPointF(pos) + offset, Qt.HitTestAccuracy.ExactHit)
        if hit < 0:
            return None
        cursor = QTextCursor(widget.document())
        cursor.setPosition(hit)
        edge = widget.cursorRect(cursor).left()
        rtl = cursor.block().layout().textOption().textDirection() == Qt.LayoutDirection.RightToLeft
        before = pos.x() > edge if rtl else pos.x() < edge
        char = hit - 1 if before else hit
        if char < 0 or char >= widget.document().characterCount() - 1:
            return None
        return char

    def _tooltip_for_position(self, position: int) -> str:
        parts = []
        hits = sorted(
            (r for r in self._ranges if r.start <= position < r.end), key=lambda r: r.length
        )
        for r in hits:
            if r.key[0] == "a":
                parts.append(self._annotation_tooltip(self._annotations[r.key[1]]))
            else:
                parts.append(self._suggestion_tooltip(self._suggestions[r.key[1]]))
        return "<hr>".join(parts)

    @staticmethod
    def _annotation_tooltip(ann: Annotation) -> str:
        esc = html.escape
        lines = [f"<b>{esc(ann.kind.capitalize())}</b>"]
        if ann.speaker:
            lines[0] += f" — {esc(ann.speaker)}"
        if ann.kind == "claim" and ann.verdict:
            lines.append(f"Verdict: {esc(ann.verdict)}")
        if ann.tags:
            lines.append("Tags: " + ", ".join(esc(t) for t in ann.tags))
        if ann.note:
            lines.append("<i>" + esc(ann.note).replace("\n", "<br>") + "</i>")
        if ann.anchor == "reanchored":
            lines.append("(re-anchored after the text changed)")
        return "<br>".join(lines)

    @staticmethod
    def _suggestion_tooltip(sug: Suggestion) -> str:
        esc = html.escape
        head = f"<b>Suggested {esc(sug.kind)}</b>"
        if sug.speaker:
            who = sug.speaker + (f" ({sug.speaker_role})" if sug.speaker_role else "")
            head += f" — {esc(who)}"
        lines = [head]
        if sug.reason:
            lines.append(esc(sug.reason))
        if sug.confidence:
            lines.append(f"Confidence {sug.confidence:.0%}")
        lines.append("<i>Click to review</i>")
        return "<br>".join(lines)

    # ---------------------------------------------------------------- events
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if obj is self.find_edit and event.type() == QEvent.Type.KeyPress:
            return self._find_edit_key(event)
        if obj is not self.text_widget.viewport():
            return super().eventFilter(obj, event)
        etype = event.type()
        if etype == QEvent.Type.ToolTip:
            char = self._char_at(event.pos())
            text = self._tooltip_for_position(char) if char is not None else ""
            if text:
                QToolTip.showText(event.globalPos(), text, self.text_widget.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        if etype == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
            self._press_pos = event.position().toPoint()
        elif (
            etype == QEvent.Type.MouseButtonRelease
            and event.button() == Qt.MouseButton.LeftButton
            and self._press_pos is not None
        ):
            pos = event.position().toPoint()
            moved = (pos - self._press_pos).manhattanLength()
            self._press_pos = None
            if moved <= QApplication.startDragDistance():
                self._click(pos)
        elif etype == QEvent.Type.MouseMove and not event.buttons():
            char = self._char_at(event.position().toPoint())
            over = char is not None and any(r.start <= char < r.end for r in self._ranges)
            shape = Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.IBeamCursor
            if self.text_widget.viewport().cursor().shape() != shape:
                self.text_widget.viewport().setCursor(shape)
        return False

    def _click(self, pos: QPoint) -> None:
        if self.text_widget.textCursor().hasSelection():
            return
        char = self._char_at(pos)
        if char is None:
            return
        r = self._innermost(char, "a")
        if r is not None:
            self.annotationClicked.emit(self._annotations[r.key[1]].id)
            return
        r = self._innermost(char, "s")
        if r is not None:
            self.suggestionClicked.emit(r.key[1])

    def _select_doc_range(self, start: int, end: int) -> None:
        widget = self.text_widget
        cursor = QTextCursor(widget.document())
        limit = widget.document().characterCount() - 1
        cursor.setPosition(min(max(start, 0), limit))
        cursor.setPosition(min(max(end, 0), limit), QTextCursor.MoveMode.KeepAnchor)
        widget.setTextCursor(cursor)
        # Put the start in the upper third of the viewport, if it can scroll.
        head = QTextCursor(widget.document())
        head.setPosition(cursor.selectionStart())
        rect = widget.cursorRect(head)
        bar = widget.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - widget.viewport().height() // 3)
        widget.ensureCursorVisible()
        self.update_actions()

    # ------------------------------------------------------------------ find
    def open_find(self) -> None:
        self.find_bar.show()
        selected = self.text_widget.textCursor().selectedText()
        if selected and "\u2029" not in selected and len(selected) < 80:
            self.find_edit.blockSignals(True)
            self.find_edit.setText(selected)
            self.find_edit.blockSignals(False)
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()

    def close_find(self) -> None:
        self.find_bar.hide()
        self._set_find_status(True)
        self.text_widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def find_next(self) -> bool:
        return self._find(backward=False)

    def find_previous(self) -> bool:
        return self._find(backward=True)

    def _find_edit_key(self, event) -> bool:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.close_find()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.find_previous()
            else:
                self.find_next()
            return True
        return False

    def _find_incremental(self, _text: str = "") -> None:
        cursor = self.text_widget.textCursor()
        cursor.setPosition(cursor.selectionStart())
        self.text_widget.setTextCursor(cursor)
        self._find(backward=False)

    def _find(self, backward: bool) -> bool:
        needle = self.find_edit.text()
        if not needle:
            self._set_find_status(True)
            return False
        doc = self.text_widget.document()
        flags = QTextDocument.FindFlag(0)
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        found = doc.find(needle, self.text_widget.textCursor(), flags)
        if found.isNull():  # wrap around
            origin = QTextCursor(doc)
            origin.movePosition(
                QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start
            )
            found = doc.find(needle, origin, flags)
        if found.isNull():
            self._set_find_status(False)
            return False
        self._set_find_status(True)
        self.text_widget.setTextCursor(found)
        self.text_widget.ensureCursorVisible()
        return True

    def _set_find_status(self, ok: bool) -> None:
        self.find_status.setText("" if ok else "No match")
        self.find_edit.setStyleSheet("" if ok else "QLineEdit { background: rgba(220,38,38,60); }")
