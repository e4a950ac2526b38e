"""Read back what the reader pane shows: its segments, and the formats really installed."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat


def ranges(view) -> list[tuple[int, int, str, str]]:
    """(start, end, kinds, annotation ids) per segment, in document positions, in order."""
    return [(g.start, g.end, g.kinds, ",".join(str(i) for i in g.ids))
            for g in view.marks.segments]


def installed(view) -> list[tuple[int, int, object]]:
    """(start, end, format) of the formats laid on the text blocks, joined across blocks."""
    doc = view.text_widget.document()
    out: list[tuple[int, int, object]] = []
    block = doc.begin()
    while block.isValid():
        for run in block.layout().formats():
            start = block.position() + run.start
            end = start + run.length
            fmt = QTextCharFormat(run.format)  # a copy that outlives the layout's list
            if out and out[-1][1] == start and out[-1][2] == fmt:
                out[-1] = (out[-1][0], end, fmt)
            else:
                out.append((start, end, fmt))
        block = block.next()
    return out
