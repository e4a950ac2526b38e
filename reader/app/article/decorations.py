"""Marks painted on the text pane: highlight markers under the text, claim lines and tag
bars over it. Only the lines in view are painted, so an article with a thousand marks
scrolls as fast as one with none.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QTextEdit

from .segments import Run

if TYPE_CHECKING:
    from PySide6.QtGui import QTextBlock


@dataclass
class Decorations:
    """What to paint, in document positions: each list sorted by start."""

    markers: list[Run] = field(default_factory=list)  # colour: "#rrggbbaa" fill
    claims: list[Run] = field(default_factory=list)  # colour: the verdict's line colour
    bars: list[Run] = field(default_factory=list)  # colour: the tag's colour

    def __bool__(self) -> bool:
        return bool(self.markers or self.claims or self.bars)


def _visible(runs: Sequence[Run], first: int, last: int) -> list[Run]:
    """The runs that may touch positions ``first``..``last`` (runs may nest)."""
    if not runs:
        return []
    stop = bisect_right([r.start for r in runs], last)
    return [r for r in runs[:stop] if r.end > first]


class Painter:
    """Paints ``Decorations`` onto a ``QTextEdit``'s viewport."""

    def __init__(self, edit: QTextEdit) -> None:
        self.edit = edit

    def _view_range(self) -> tuple[int, int, float, float]:
        edit = self.edit
        layout = edit.document().documentLayout()
        dx = edit.horizontalScrollBar().value()
        dy = edit.verticalScrollBar().value()
        height = edit.viewport().height()
        first = layout.hitTest(QPointF(0, dy), Qt.HitTestAccuracy.FuzzyHit)
        last = layout.hitTest(QPointF(edit.viewport().width(), dy + height),
                              Qt.HitTestAccuracy.FuzzyHit)
        return max(0, first), max(first, last) + 1, dx, dy

    def paint_under(self, decorations: Decorations) -> None:
        """Markers: a stroke over the lower part of each line, under the glyphs."""
        if not decorations.markers:
            return
        first, last, dx, dy = self._view_range()
        runs = _visible(decorations.markers, first, last)
        if not runs:
            return
        painter = QPainter(self.edit.viewport())
        try:
            for run in runs:
                colour = QColor(run.colour)
                for rect in self._line_rects(run.start, run.end, dx, dy):
                    top = rect.top() + rect.height() * 0.42
                    painter.fillRect(QRectF(rect.left(), top, rect.width(),
                                            rect.bottom() - top), colour)
        finally:
            painter.end()

    def paint_over(self, decorations: Decorations) -> None:
        """Claim lines under the words and tag bars in the left margin."""
        if not (decorations.claims or decorations.bars):
            return
        first, last, dx, dy = self._view_range()
        claims = _visible(decorations.claims, first, last)
        bars = _visible(decorations.bars, first, last)
        if not (claims or bars):
            return
        doc = self.edit.document()
        width = max(2.0, round(doc.defaultFont().pointSizeF() / 6.0))
        margin = doc.rootFrame().frameFormat().leftMargin()
        painter = QPainter(self.edit.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        try:
            for run in claims:
                pen = QPen(QColor(run.colour))
                pen.setWidthF(width)
                pen.setCapStyle(Qt.PenCapStyle.FlatCap)
                painter.setPen(pen)
                for rect, baseline in self._line_rects(run.start, run.end, dx, dy, baseline=True):
                    y = baseline + max(2.0, (rect.bottom() - baseline) * 0.45)
                    painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            bar_x = max(2.0, margin - 10) - dx
            for run in bars:
                for rect in self._line_rects(run.start, run.end, dx, dy):
                    painter.fillRect(QRectF(bar_x, rect.top(), 3.0, rect.height()),
                                     QColor(run.colour))
        finally:
            painter.end()

    def _line_rects(self, start: int, end: int, dx: float, dy: float, baseline: bool = False):
        """Viewport rectangles of the text ``start``..``end``, one per laid-out line."""
        doc = self.edit.document()
        layout = doc.documentLayout()
        bottom = dy + self.edit.viewport().height()
        block: QTextBlock = doc.findBlock(start)
        while block.isValid() and block.position() < end:
            rect = layout.blockBoundingRect(block)
            if rect.top() > bottom:
                return
            if rect.bottom() >= dy:
                tl = block.layout()
                origin = tl.position()
                base = block.position()
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
                    top = origin.y() + line.y() - dy
                    shown = QRectF(origin.x() + x1 - dx, top, x2 - x1,
                                   line.ascent() + line.descent())
                    if baseline:
                        yield shown, top + line.ascent()
                    else:
                        yield shown
            block = block.next()
