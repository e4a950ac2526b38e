"""The reader pane: one article, its marks, the tagging keys, a find bar and a legend.

The widget never touches the database: the main window feeds it dataclasses
(``Article``, ``Annotation``, ``Suggestion``) and reacts to its signals. The parts live
beside it: ``document`` builds the text, ``segments`` (pure) cuts overlapping marks,
``style`` chooses their look, ``decorations`` paints lines and markers, ``hit_test``
finds what is under the mouse, ``find_bar`` and ``legend`` are the two strips under it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6 import QtGui
from PySide6.QtCore import QEvent, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QKeySequence,
    QPalette,
)
from PySide6.QtWidgets import QApplication, QMenu, QTextEdit, QVBoxLayout, QWidget

from ...core.models import Annotation, Article
from .. import app_style
from ..offsets import OffsetMap
from . import document, hit_test, style
from . import segments as seg
from .decorations import Decorations
from .find_bar import FindBar
from .legend import Legend
from .text_pane import TextPane

if TYPE_CHECKING:
    from PySide6.QtGui import QTextBlock, QTextCharFormat

    from ...core.models import Suggestion

# The text classes are looked up on ``QtGui`` when first used (an article opens), not
# imported: importing one makes PySide build its class and enums (``QTextFormat`` has
# 130), which the window's first frame does not need (issue 12).

#: With more marks than this, only those near the text in view are drawn, and drawn again
#: as the view scrolls: an article with 149,000 annotations opens and tags in moments.
DRAW_ALL_UP_TO = 3000
#: how far above and below the view (UTF-16 units) marks are drawn in that case
DRAW_MARGIN = 2500

TAG_KEYS = {"quote": Qt.Key.Key_Q, "claim": Qt.Key.Key_C, "highlight": Qt.Key.Key_H}
_KEY_KINDS = {int(key): kind for kind, key in TAG_KEYS.items()}


@dataclass
class Marks:
    """What the reader shows over the text, in document positions (UTF-16 units)."""

    spans: list[seg.Span] = field(default_factory=list)  # annotations, then suggestions
    segments: list[seg.Segment] = field(default_factory=list)
    decorations: Decorations = field(default_factory=Decorations)


def changed_range(was: Marks, now: Marks) -> tuple[int, int] | None:
    """The document positions from the first to the last place where ``was`` and ``now``
    are drawn differently (a segment's looks or its being suggested, a decoration run);
    None when they are drawn the same."""
    def drawn(marks: Marks) -> set[tuple]:
        found: set[tuple] = {(s.start, s.end, s.looks, bool(s.suggestions))
                             for s in marks.segments}
        decorations = marks.decorations
        for kind, runs in (("m", decorations.markers), ("c", decorations.claims),
                           ("b", decorations.bars)):
            found.update((r.start, r.end, kind, r.colour) for r in runs)
        return found

    differ = drawn(was) ^ drawn(now)
    if not differ:
        return None
    return min(d[0] for d in differ), max(d[1] for d in differ)


class ReaderView(QWidget):
    """Shows one article with its annotations; emits what the user asks for."""

    annotationClicked = Signal(int)  # noqa: N815 (Qt naming)
    tagRequested = Signal(str, int, int)  # noqa: N815
    suggestionClicked = Signal(int)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._article: Article | None = None
        self._map = OffsetMap("")
        self._layout = document.Layout()
        self._annotations: list[Annotation] = []
        # each called as hook(menu, annotation under the pointer or None, suggestion under it
        # or None) before it shows
        self.context_menu_hooks: list[
            Callable[[QMenu, Annotation | None, Suggestion | None], None]] = []
        self._suggestions: list[Suggestion] = []
        self._tag_colours: dict[str, str] = {}
        self.marks = Marks()
        # block position -> its highlight runs (start, length, looks), as installed, and
        # the palette their formats were made for (its ``cacheKey``)
        self._formatted_blocks: dict[int, list[tuple[int, int, tuple]]] = {}
        self._formatted_palette: int | None = None
        # looks, formats and colours worked out for one palette and one set of tag colours
        # (each tag used to work every one out again); see ``_styles``
        self._style_key: tuple | None = None
        self._looks: dict[tuple, seg.Look] = {}
        self._formats: dict[tuple, QTextCharFormat] = {}
        self._colours: dict[tuple, str] = {}
        self._press_pos: QPoint | None = None
        self._drawn: tuple[int, int] | None = None  # the part drawn, when not all of it
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(30)
        self._redraw.timeout.connect(self._apply_highlights)

        self.text_widget = TextPane(self)
        self.text_widget.setFrameShape(QTextEdit.Shape.NoFrame)
        self._reading_font = document.reading_font(self.font())
        self.text_widget.document().setDefaultFont(self._reading_font)
        self.text_widget.viewport_handler = self._viewport_event
        self.text_widget.selectionChanged.connect(self.update_actions)
        self.text_widget.key_handler = self._key
        self.text_widget.resized.connect(self.update_margins)
        self.text_widget.paletteChanged.connect(self._palette_changed)
        self.text_widget.contextMenuRequested.connect(self._context_menu)
        self.text_widget.verticalScrollBar().valueChanged.connect(self._scrolled)
        # painted again unchanged on every focus change (each tag): drawn from a pixmap
        app_style.keep_looks(self.text_widget.verticalScrollBar())
        self._placeholder = self.tr(
            "No article open.\n\nChoose one in the library, or import articles with "
            "File → Import Files… (Ctrl+O), paste one with Ctrl+Shift+V, or drop files here.")
        self._opening = self.tr("Opening the article…")
        self.text_widget.setPlaceholderText(self._placeholder)
        self.setMinimumWidth(self.minimum_measure_width())

        self.find_bar = FindBar(self.text_widget, self)
        self.find_edit = self.find_bar.find_edit
        self.find_status = self.find_bar.status
        self.legend = Legend(self)
        self._build_actions()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.text_widget, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.find_bar)
        self.update_actions()

    def _build_actions(self) -> None:
        self.tag_actions: dict[str, QAction] = {}
        names = {"quote": self.tr("Tag as &quote ({key})"),
                 "claim": self.tr("Tag as cl&aim ({key})"),  # (&Copy: the context menu's c)
                 "highlight": self.tr("Tag as &highlight ({key})")}
        tips = {"quote": self.tr("Tag the selected text as a quote ({key})"),
                "claim": self.tr("Tag the selected text as a claim ({key})"),
                "highlight": self.tr("Tag the selected text as a highlight ({key})")}
        for kind, key in TAG_KEYS.items():
            letter = QKeySequence(key).toString()
            action = QAction(names[kind].format(key=letter), self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setShortcutVisibleInContextMenu(False)
            action.setToolTip(tips[kind].format(key=letter))
            action.triggered.connect(lambda _checked=False, k=kind: self.request_tag(k))
            self.addAction(action)
            self.tag_actions[kind] = action
        self.find_action = QAction(self.tr("&Find…"), self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_action.triggered.connect(self.open_find)
        self.addAction(self.find_action)

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
        widget = self.text_widget
        # One edit block for the text and its highlights: the layout sees one
        # fresh document and lays it out lazily, the first screen first.
        batch = QtGui.QTextCursor(widget.document())
        batch.beginEditBlock()
        self._formatted_blocks = {}
        self._layout = document.build(
            widget.document(), article, self._reading_font, self.font(), widget.palette(),
            park=lambda: widget.setTextCursor(QtGui.QTextCursor(widget.document())))
        self._apply_highlights(top=0)
        batch.endEditBlock()
        self.update_margins()
        home = QtGui.QTextCursor(widget.document())
        home.setPosition(self._layout.story_start)
        widget.setTextCursor(home)
        widget.verticalScrollBar().setValue(0)
        self.update_actions()

    def set_annotations(
        self, annotations: Iterable[Annotation], tag_colours: dict[str, str] | None = None
    ) -> None:
        """Re-highlight without reloading the text; the scroll position stays."""
        self._annotations = list(annotations)
        if tag_colours is not None:
            self._tag_colours = dict(tag_colours)
        self._apply_highlights()

    def set_suggestions(self, suggestions: Iterable[Suggestion]) -> None:
        suggestions = list(suggestions)
        if suggestions == self._suggestions:  # (each refresh after a tag sends them again)
            return
        self._suggestions = suggestions
        self._apply_highlights()

    def select_annotation(self, annotation_id: int) -> None:
        """Select the annotation's text and scroll it into the upper third."""
        n = len(self._article.text) if self._article is not None else 0
        for ann in self._annotations:
            if ann.id == annotation_id:
                if ann.anchor == "orphan" or ann.start is None or ann.end is None:
                    return
                s, e = max(0, ann.start), min(n, ann.end)
                if s < e:
                    self._select_doc_range(self.to_document(s), self.to_document(e))
                return

    def selection_span(self) -> tuple[int, int] | None:
        """The selection in code points of ``article.text``, clipped and trimmed."""
        if self._article is None:
            return None
        cursor = self.text_widget.textCursor()
        story = self._layout.story_start
        a = max(cursor.selectionStart(), story)
        b = min(cursor.selectionEnd(), story + self._map.u16_len)
        if a >= b:
            return None
        start = self._map.to_cp(a - story)
        end = self._map.to_cp(b - story, round_up=True)
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

    def set_opening(self, opening: bool) -> None:
        """While an article is about to open (the window's first frame), the empty pane says
        so instead of "No article open" (which it would say for a moment, wrongly)."""
        self.text_widget.setPlaceholderText(self._opening if opening else self._placeholder)

    def clear(self) -> None:
        self._article = None
        self._map = OffsetMap("")
        self._layout = document.Layout()
        self._annotations = []
        self._suggestions = []
        self.marks = Marks()
        self.text_widget.decorations = self.marks.decorations
        self._formatted_blocks = {}
        self.text_widget.document().clear()
        self.update_actions()

    @property
    def article(self) -> Article | None:
        return self._article

    @property
    def story_start(self) -> int:
        """Document position (UTF-16) where ``article.text`` begins."""
        return self._layout.story_start

    def to_document(self, offset: int) -> int:
        """Document position of code point ``offset`` of ``article.text``."""
        return self._layout.story_start + self._map.to_utf16(offset)

    def from_document(self, position: int, *, round_up: bool = False) -> int | None:
        """Code point offset of a document position, None if in the header."""
        if position < self._layout.story_start:
            return None
        return self._map.to_cp(position - self._layout.story_start, round_up=round_up)

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
        annotation = self.annotation_at(pos)
        suggestion = None if annotation is not None else self.suggestion_at(pos)
        for hook in self.context_menu_hooks:  # e.g. the Quotes pane's Show Quote Trail
            hook(menu, annotation, suggestion)
        return menu

    def annotation_at(self, pos: QPoint) -> Annotation | None:
        """The innermost annotation under a viewport position, if any."""
        index = self._mark_at(pos, seg.ANNOTATION)
        return self._annotations[index] if index is not None else None

    def suggestion_at(self, pos: QPoint) -> Suggestion | None:
        """The suggested quote or claim (not yet annotated) under a viewport position."""
        index = self._mark_at(pos, seg.SUGGESTION)
        return self._suggestions[index] if index is not None else None

    def _mark_at(self, pos: QPoint, kind) -> int | None:
        """The index of the innermost mark of ``kind`` under a viewport position."""
        char = hit_test.char_at(self.text_widget, pos)
        if char is None:
            return None
        span = seg.innermost(self.marks.spans, char, kind)
        return span.key[1] if span is not None else None

    def set_read_only(self, reason: str) -> None:
        """A library that cannot be written (R15-12): tagging is off, the reason its tip;
        "" puts tagging back."""
        self._read_only = reason
        for action in self.tag_actions.values():
            if not reason and action.property("writable_tip") is not None:
                action.setToolTip(action.property("writable_tip"))
            elif reason:
                if action.property("writable_tip") is None:
                    action.setProperty("writable_tip", action.toolTip())
                action.setToolTip(reason)
        self.update_actions()

    def update_actions(self) -> None:
        enabled = self.selection_span() is not None and not getattr(self, "_read_only", "")
        for action in self.tag_actions.values():
            action.setEnabled(enabled)

    def tooltip_html(self, position: int) -> str:
        """Tooltip for document position ``position`` ("" when nothing is there)."""
        parts = []
        for span in seg.covering(self.marks.spans, position):
            if span.key[0] == seg.ANNOTATION:
                parts.append(hit_test.annotation_tooltip(self._annotations[span.key[1]]))
            else:
                parts.append(hit_test.suggestion_tooltip(self._suggestions[span.key[1]]))
        return "<hr>".join(parts)

    def minimum_measure_width(self) -> int:
        """The narrowest this pane may be: a readable measure, margins, a scroll bar."""
        # (the scroll bar's width: its style's PM_ScrollBarExtent, asked of the bar itself so
        # that no QStyle reaches Python before the first frame, see app_style)
        bar = self.text_widget.verticalScrollBar().sizeHint().width()
        frame = 2 * self.text_widget.frameWidth() + 2 * self.text_widget.document().documentMargin()
        return int(document.measure_width(self._reading_font) + bar + frame + 0.5)

    def update_margins(self) -> None:
        if self._article is None:  # (an empty text has no column: "Opening the article…",
            return  # "No article open" are drawn in the viewport, whatever its margins)
        document.centre_column(self.text_widget.document(), self._reading_font,
                               self.text_widget.viewport().width())

    # ------------------------------------------------------------- find bar
    def open_find(self) -> None:
        self.find_bar.open()

    def close_find(self) -> None:
        self.find_bar.close_bar()

    # ------------------------------------------------------------- highlights
    def _palette_changed(self) -> None:
        """Light/dark switch: recolour the meta line and the marks."""
        if self._article is not None:
            document.restyle_meta(self.text_widget.document(), self._layout.meta,
                                  self.text_widget.palette())
            self._apply_highlights()
            self.text_widget.viewport().update()  # (the same marks, in new colours)
        self.legend.refresh()

    def _scrolled(self) -> None:
        """Only part of the marks is drawn: draw again once the view nears its edge."""
        if self._drawn is None or self._article is None:
            return
        top, bottom = self._in_view()
        slack = DRAW_MARGIN // 2
        if top - slack < self._drawn[0] or bottom + slack > self._drawn[1]:
            self._redraw.start()

    def _in_view(self) -> tuple[int, int]:
        """Document positions of the first and last characters in view."""
        widget = self.text_widget
        viewport = widget.viewport()
        top = widget.cursorForPosition(QPoint(0, 0)).position()
        bottom = widget.cursorForPosition(QPoint(viewport.width(), viewport.height())).position()
        return top, bottom

    def _draw_range(self, top: int | None) -> tuple[int, int] | None:
        """What part of the document to draw marks in: None for all of it (the usual case);
        for a very heavily marked article, the text in view and a margin around it."""
        if len(self._annotations) + len(self._suggestions) <= DRAW_ALL_UP_TO:
            return None
        if top is None:
            first, last = self._in_view()
        else:  # the view is about to show the document from ``top``
            first = last = self._layout.story_start + top
            last += 2 * DRAW_MARGIN
        return first - DRAW_MARGIN, last + DRAW_MARGIN

    def _apply_highlights(self, top: int | None = None) -> None:
        """Cut the marks into segments, give each its format, and collect what to paint.

        The formats become per-block layout formats (see ``_install_formats``), not
        document content: copying, find and the text itself are untouched. ``top``: the
        view is about to show the text from there (see ``_draw_range``).
        """
        self._redraw.stop()
        self._drawn = None
        if self._article is None:
            self.marks = Marks()
            self.text_widget.decorations = self.marks.decorations
            self._install_formats()
            return
        n = len(self._article.text)
        base = self._layout.story_start
        to_u16 = None if self._map.identity else self._map.to_utf16
        spans: list[seg.Span] = []
        looks: dict[tuple[str, int], seg.Look] = {}
        ids: dict[tuple[str, int], int] = {}
        palette = self.text_widget.palette()
        look_cache, _formats, colours = self._styles(palette)
        self._drawn = drawn = self._draw_range(top)
        low, high = (drawn[0] - base, drawn[1] - base) if drawn else (0, 0)
        for i, ann in enumerate(self._annotations):
            if ann.anchor == "orphan" or ann.start is None or ann.end is None:
                continue  # an orphan has no place in the text (start/end are NULL)
            s, e = max(0, ann.start), min(n, ann.end)
            if s >= e:
                continue
            if to_u16 is not None:
                s, e = to_u16(s), to_u16(e)
            if drawn is not None and (e <= low or s >= high):  # far from the view
                continue
            key = (seg.ANNOTATION, i)
            spans.append(seg.Span(base + s, base + e, key))
            lkey = (ann.kind, ann.verdict, tuple(ann.tags or ()))
            look = look_cache.get(lkey)
            if look is None:
                look = look_cache[lkey] = style.look_for(ann, self._tag_colours)
            looks[key] = look
            ids[key] = ann.id
        for i, sug in enumerate(self._suggestions):
            s, e = max(0, sug.start), min(n, sug.end)
            if s < e and (drawn is None or (self.to_document(e) > drawn[0]
                                            and self.to_document(s) < drawn[1])):
                spans.append(seg.Span(self.to_document(s), self.to_document(e),
                                      (seg.SUGGESTION, i)))
        marks = Marks(spans, seg.segments(spans, looks, ids))

        def marker(span: seg.Span) -> str:
            look = looks.get(span.key)
            if look is None or look.kind != "highlight":
                return ""
            shown = colours.get(("m", look))
            if shown is None:
                shown = colours[("m", look)] = style.fill_colour(look, palette).name(
                    QColor.NameFormat.HexArgb)
            return shown

        def line(colour: str) -> str:
            shown = colours.get(("l", colour))
            if shown is None:
                shown = colours[("l", colour)] = style.line_colour(colour, palette).name()
            return shown

        def claim(span: seg.Span) -> str:
            look = looks.get(span.key)
            return line(look.colour) if look is not None and look.kind == "claim" else ""

        def bar(span: seg.Span) -> str:
            look = looks.get(span.key)
            return line(look.tag_colour) if look and look.tag_colour else ""

        marks.decorations = Decorations(markers=seg.runs(spans, marker),
                                        claims=seg.runs(spans, claim), bars=seg.runs(spans, bar))
        was, self.marks = self.marks, marks
        self.text_widget.decorations = marks.decorations
        self._install_formats()
        self._repaint_changes(was, marks, everything=top is not None)

    def _repaint_changes(self, was: Marks, now: Marks, everything: bool = False) -> None:
        """Repaint the strip of the view where the marks differ (a tag: its paragraph),
        across the whole width (tag bars are in the margin), not the whole view: Qt lays
        out again the blocks whose formats changed, and our paint adds the decorations."""
        viewport = self.text_widget.viewport()
        changed = changed_range(was, now)
        if everything or changed is None:
            if everything:
                viewport.update()
            return
        doc = self.text_widget.document()
        layout = doc.documentLayout()
        first, last = doc.findBlock(changed[0]), doc.findBlock(max(changed[0], changed[1] - 1))
        if not first.isValid() or not last.isValid():
            viewport.update()
            return
        dy = self.text_widget.verticalScrollBar().value()
        top = int(layout.blockBoundingRect(first).top() - dy) - 1
        bottom = int(layout.blockBoundingRect(last).bottom() - dy) + 2
        if bottom >= 0 and top <= viewport.height():
            viewport.update(QRect(0, top, viewport.width(), bottom - top))

    def _styles(self, palette: QPalette) -> tuple[dict, dict, dict]:
        """The looks, segment formats and painted colours worked out so far, for this
        palette and these tag colours; forgotten when either changes (a dark palette,
        a tag recoloured), so none is ever shown for the wrong ones."""
        key = (palette.cacheKey(), tuple(sorted(self._tag_colours.items())))
        if key != self._style_key:
            self._style_key = key
            self._looks, self._formats, self._colours = {}, {}, {}
        return self._looks, self._formats, self._colours

    def _install_formats(self) -> None:
        """Give each text block the formats of the segments in it.

        Like ``QSyntaxHighlighter``: ``QTextLayout.setFormats`` per block, all in one edit
        block, so the layout is told once. Only blocks whose formats changed are touched
        (tagging one quote relayouts one paragraph, not the article); blocks no longer
        marked are cleared. Each block's runs are compared as plain tuples (start, length,
        looks) — a format is its looks' (colours included) in this palette, so a new
        palette counts every block as changed — and Qt's format ranges are built only for
        the blocks that changed.
        """
        doc = self.text_widget.document()
        palette = self.text_widget.palette()
        formats = self._styles(palette)[1]
        blocks: dict[int, tuple[QTextBlock, list[tuple[int, int, tuple]]]] = {}
        block_start = block_end = -1
        runs: list[tuple[int, int, tuple]] = []
        for start, end, _ids, suggestions, looks in self.marks.segments:
            fkey = (looks, bool(suggestions))
            while start < end:
                if not block_start <= start < block_end:
                    block = doc.findBlock(start)
                    if not block.isValid():
                        break
                    block_start = block.position()
                    block_end = block_start + block.length()
                    runs = []
                    blocks[block_start] = (block, runs)
                stop = min(end, block_end)
                runs.append((start - block_start, stop - start, fkey))
                start = stop
        shade = palette.cacheKey()
        old = self._formatted_blocks if self._formatted_palette == shade else {}
        gone = [position for position in self._formatted_blocks if position not in blocks]
        changed = [(block, runs) for position, (block, runs) in blocks.items()
                   if old.get(position) != runs]
        if gone or changed:
            FormatRange = QtGui.QTextLayout.FormatRange  # noqa: N806
            batch = QtGui.QTextCursor(doc)
            batch.beginEditBlock()
            for position in gone:
                block = doc.findBlock(position)
                if block.isValid():
                    block.layout().clearFormats()
            for block, runs in changed:
                ranges = []
                for start, length, fkey in runs:
                    fmt = formats.get(fkey)
                    if fmt is None:
                        fmt = formats[fkey] = style.segment_format(fkey[0], fkey[1], palette)
                    run = FormatRange()
                    run.start = start
                    run.length = length
                    run.format = fmt
                    ranges.append(run)
                block.layout().setFormats(ranges)
            batch.endEditBlock()
        self._formatted_blocks = {position: entry[1] for position, entry in blocks.items()}
        self._formatted_palette = shade

    # ---------------------------------------------------------------- events
    def _key(self, event) -> bool:
        """Keys the text pane passes up: Q/C/H tag, Ctrl+F finds, Esc closes the find bar."""
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        kind = _KEY_KINDS.get(event.key())
        if kind and mods == Qt.KeyboardModifier.NoModifier and not event.isAutoRepeat():
            if self.request_tag(kind):
                return True
        if event.matches(QKeySequence.StandardKey.Find):
            self.open_find()
            return True
        if event.key() == Qt.Key.Key_Escape and self.find_bar.isVisible():
            self.close_find()
            return True
        return False

    def _context_menu(self, pos: QPoint, global_pos: QPoint) -> None:
        menu = self.build_context_menu(pos)
        menu.exec(global_pos)
        menu.deleteLater()

    def _viewport_event(self, event: QEvent) -> bool:
        """The text's viewport's events: tooltips, clicks on marks, the pointer over them."""
        etype = event.type()
        if etype == QEvent.Type.ToolTip:
            from PySide6.QtWidgets import QToolTip

            char = hit_test.char_at(self.text_widget, event.pos())
            text = self.tooltip_html(char) if char is not None else ""
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
            char = hit_test.char_at(self.text_widget, event.position().toPoint())
            over = char is not None and bool(seg.covering(self.marks.spans, char))
            shape = Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.IBeamCursor
            if self.text_widget.viewport().cursor().shape() != shape:
                self.text_widget.viewport().setCursor(shape)
        return False

    def _click(self, pos: QPoint) -> None:
        if self.text_widget.textCursor().hasSelection():
            return
        char = hit_test.char_at(self.text_widget, pos)
        if char is None:
            return
        span = seg.innermost(self.marks.spans, char, seg.ANNOTATION)
        if span is not None:
            self.annotationClicked.emit(self._annotations[span.key[1]].id)
            return
        span = seg.innermost(self.marks.spans, char, seg.SUGGESTION)
        if span is not None:
            self.suggestionClicked.emit(span.key[1])

    def _select_doc_range(self, start: int, end: int) -> None:
        widget = self.text_widget
        cursor = QtGui.QTextCursor(widget.document())
        limit = widget.document().characterCount() - 1
        cursor.setPosition(min(max(start, 0), limit))
        cursor.setPosition(min(max(end, 0), limit), QtGui.QTextCursor.MoveMode.KeepAnchor)
        widget.setTextCursor(cursor)
        # Put the start in the upper third of the viewport, if it can scroll.
        head = QtGui.QTextCursor(widget.document())
        head.setPosition(cursor.selectionStart())
        rect = widget.cursorRect(head)
        bar = widget.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - widget.viewport().height() // 3)
        widget.ensureCursorVisible()
        self.update_actions()

