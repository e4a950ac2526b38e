"""Two-line rows in the library list: the title, then source · date (or the search snippet
with its hits marked), so a title is readable at any pane width."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyledItemDelegate

from ..core.store.rows import MARK_END, MARK_START
from .article import style

SubtitleRole = Qt.ItemDataRole.UserRole + 10  # "source · date"
SnippetRole = Qt.ItemDataRole.UserRole + 11  # the search snippet, hits between the marks

PADDING = 4


def snippet_runs(snippet: str) -> list[tuple[str, bool]]:
    """(text, is a hit) pieces of a snippet, in order."""
    runs: list[tuple[str, bool]] = []
    hit = False
    piece = ""
    for ch in snippet.replace("\n", " "):
        if ch in (MARK_START, MARK_END):
            if piece:
                runs.append((piece, hit))
            piece = ""
            hit = ch == MARK_START
        else:
            piece += ch
    if piece:
        runs.append((piece, hit))
    return runs


def row_height(font: QFont) -> int:
    metrics = QFontMetrics(font)
    return 2 * metrics.height() + 2 * PADDING + 2


class TitleDelegate(QStyledItemDelegate):
    """The row's background, selection and focus drawn by the style (``QStyledItemDelegate``,
    without its text), then the title and its second line. No ``QStyle`` in Python: the
    library's rows are in the window's first frame (see app_style)."""

    _blank = False  # while painting: the style draws the item without its text

    def initStyleOption(self, option, index) -> None:  # noqa: N802 (Qt API)
        super().initStyleOption(option, index)
        if self._blank:
            option.text = ""

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 (Qt API)
        size = super().sizeHint(option, index)
        return QSize(size.width(), row_height(option.font))

    def paint(self, painter: QPainter, option, index) -> None:
        opt = option
        value = index.data()
        title = "" if value is None else self.displayText(value, opt.locale)
        self.paint_background(painter, opt, index)
        view = opt.widget
        # (as the view marks a selected row's option: its selection model's)
        selected = view is not None and view.selectionModel().isSelected(index)
        palette: QPalette = opt.palette
        ink = palette.color(QPalette.ColorRole.HighlightedText if selected
                            else QPalette.ColorRole.Text)
        muted = QColor(ink)
        if not selected:
            muted = palette.color(QPalette.ColorRole.PlaceholderText)
        rect = opt.rect.adjusted(PADDING + 2, PADDING, -PADDING, -PADDING)
        line = QFontMetrics(opt.font).height()

        painter.save()
        bold = QFont(opt.font)
        bold.setWeight(QFont.Weight.DemiBold)
        painter.setFont(bold)
        painter.setPen(ink)
        top = QRect(rect.left(), rect.top(), rect.width(), line)
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(bold).elidedText(title, Qt.TextElideMode.ElideRight,
                                                       rect.width()))
        painter.setFont(opt.font)
        below = QRect(rect.left(), rect.top() + line + 2, rect.width(), line)
        snippet = index.data(SnippetRole)
        if snippet:
            self._paint_snippet(painter, below, snippet, opt.font, ink, muted, palette, selected)
        else:
            subtitle = index.data(SubtitleRole) or ""
            painter.setPen(muted)
            painter.drawText(below, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             QFontMetrics(opt.font).elidedText(
                                 subtitle, Qt.TextElideMode.ElideRight, rect.width()))
        painter.restore()

    def paint_background(self, painter: QPainter, option, index) -> None:
        """The row's background, selection and focus, as the style draws the item (without
        its text: ``initStyleOption`` leaves it out while painting)."""
        self._blank = True
        try:
            super().paint(painter, option, index)
        finally:
            self._blank = False

    @staticmethod
    def _paint_snippet(painter, rect: QRect, snippet: str, font: QFont, ink: QColor,
                       muted: QColor, palette: QPalette, selected: bool) -> None:
        """The snippet on one line, hits bold on a marker; cut with … where it ends."""
        metrics = QFontMetrics(font)
        bold = QFont(font)
        bold.setWeight(QFont.Weight.Bold)
        bold_metrics = QFontMetrics(bold)
        marker = style.readable_fill(style.MARKER_COLOUR, 0.55, palette)
        x = rect.left()
        right = rect.right()
        ellipsis = metrics.horizontalAdvance("…")
        for text, hit in snippet_runs(snippet):
            m = bold_metrics if hit else metrics
            width = m.horizontalAdvance(text)
            room = right - x
            if width > room:
                text = m.elidedText(text, Qt.TextElideMode.ElideRight, max(room, ellipsis))
                width = m.horizontalAdvance(text)
            box = QRect(x, rect.top(), width, rect.height())
            if hit and not selected:
                painter.fillRect(box, marker)
            painter.setFont(bold if hit else font)
            painter.setPen(ink if hit else muted)
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             text)
            x += width
            if x >= right - ellipsis:
                break
