"""The app's style (issue 12): Fusion, with each look of the article's scroll bar drawn once
and then copied. It must look exactly like Fusion, in every state."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QScrollBar, QStyle, QStyleFactory, QWidget

from reader.app import app_style
from reader.app.app_style import KutipStyle


def dark() -> QPalette:
    palette = QPalette()
    for role, colour in [(QPalette.ColorRole.Window, "#2b2b2b"),
                         (QPalette.ColorRole.Button, "#353535"),
                         (QPalette.ColorRole.Base, "#1e1e1e"),
                         (QPalette.ColorRole.WindowText, "#e0e0e0"),
                         (QPalette.ColorRole.Highlight, "#3d6fb4")]:
        palette.setColor(role, QColor(colour))
    return palette


def shot(qtbot, style, orientation, size, value, enabled=True, palette=None, hover=None):
    """A scroll bar in a window, as the window paints it."""
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.setStyle(style)
    if palette is not None:
        holder.setPalette(palette)
    holder.resize(size[0] + 20, size[1] + 20)
    bar = QScrollBar(orientation, holder)
    app_style.keep_looks(bar)
    bar.setStyle(style)
    bar.setGeometry(10, 10, *size)
    bar.setRange(0, 5000)
    bar.setPageStep(700)
    bar.setValue(value)
    bar.setEnabled(enabled)
    holder.show()
    if hover is not None:  # the pointer over a part (its look changes)
        bar.setAttribute(Qt.WidgetAttribute.WA_UnderMouse, True)
        centre = style.subControlRect(QStyle.ComplexControl.CC_ScrollBar, _option(bar),
                                      hover, bar).center()
        qtbot.mouseMove(bar, centre)
    return holder.grab().toImage()


def _option(bar):
    from PySide6.QtWidgets import QStyleOptionSlider

    option = QStyleOptionSlider()
    bar.initStyleOption(option)
    return option


@pytest.mark.parametrize("orientation,size", [(Qt.Orientation.Vertical, (14, 780)),
                                              (Qt.Orientation.Horizontal, (420, 14)),
                                              (Qt.Orientation.Vertical, (14, 40))])
@pytest.mark.parametrize("value", [0, 2100, 5000])
@pytest.mark.parametrize("enabled,palette", [(True, None), (False, None), (True, dark())])
def test_scroll_bars_look_exactly_as_fusion_draws_them(qtbot, orientation, size, value,
                                                        enabled, palette):
    fusion = QStyleFactory.create("Fusion")
    ours = KutipStyle()
    assert (shot(qtbot, ours, orientation, size, value, enabled, palette)
            == shot(qtbot, fusion, orientation, size, value, enabled, palette))
    assert ours._looks  # (drawn from its pixmap)


@pytest.mark.parametrize("part", [QStyle.SubControl.SC_ScrollBarSlider,
                                  QStyle.SubControl.SC_ScrollBarAddLine])
def test_a_hovered_part_looks_as_fusion_draws_it(qtbot, part):
    fusion, ours = QStyleFactory.create("Fusion"), KutipStyle()
    vertical = Qt.Orientation.Vertical
    assert (shot(qtbot, ours, vertical, (14, 300), 900, hover=part)
            == shot(qtbot, fusion, vertical, (14, 300), 900, hover=part))
    assert any(key[14] for key in ours._looks)  # (a part was drawn hovered)


def test_each_look_is_drawn_once_and_only_the_last_few_are_kept(qtbot, monkeypatch):
    style = KutipStyle()
    drawn = []
    real = style._draw
    monkeypatch.setattr(style, "_draw", lambda *a: drawn.append(1) or real(*a))
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.resize(60, 400)
    bar, other = QScrollBar(Qt.Orientation.Vertical, holder), QScrollBar(holder)
    app_style.keep_looks(bar)
    for scroll_bar, left in ((bar, 0), (other, 30)):
        scroll_bar.setStyle(style)
        scroll_bar.setGeometry(left, 0, 14, 400)
        scroll_bar.setRange(0, 1000)
    holder.show()
    qtbot.waitExposed(holder)
    bar.grab()
    first = len(drawn)
    assert first >= 1
    for _ in range(5):  # painted again unchanged (the text losing the focus): copied
        bar.grab()
    assert len(drawn) == first
    bar.setValue(500)  # another look: drawn once
    bar.grab()
    bar.grab()
    assert len(drawn) == first + 1
    other.grab()  # a scroll bar that does not keep its looks: drawn by Fusion
    assert len(drawn) == first + 1
    for value in range(style.KEEP + 10):
        bar.setValue(value)
        bar.grab()
    assert len(style._looks) == style.KEEP


def test_a_tag_does_not_draw_the_articles_scroll_bar_again(qtbot, window, monkeypatch):
    """The text pane repaints its scroll bar when the focus goes to the speaker field."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    name = app.style().name()
    try:
        app_style.apply(app)
        style = app.style()
        text = window.reader.article.text
        phrase = "Kami tidak ingin berperang"
        start = text.index(phrase)
        window.reader.select_span(start, start + len(phrase))
        window.reader.text_widget.setFocus()
        bar = window.reader.text_widget.verticalScrollBar()
        bar.repaint()
        drawn, looked = [], []
        real, key = style._draw, style._key
        monkeypatch.setattr(style, "_draw", lambda *a: drawn.append(a[0]) or real(*a))
        monkeypatch.setattr(style, "_key", lambda *a: looked.append(1) or key(*a))
        qtbot.keyClick(window.reader.text_widget, Qt.Key.Key_Q)
        window.repaint()
        assert window.annotation_pane.speaker.hasFocus()
        assert looked and drawn == []  # painted, from its pixmap
    finally:
        app.setStyle(name or "Fusion")


def test_the_app_and_the_tag_benchmark_use_the_style(qtbot):
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    root = Path(__file__).resolve().parents[2]
    for path in ("reader/app/main.py", "bench/tagging.py"):
        assert "app_style.apply(app)" in (root / path).read_text(encoding="utf-8")
    app = QApplication.instance()
    before = app.style()
    name = before.name()
    try:
        app_style.apply(app)
        assert isinstance(app.style(), KutipStyle)
        assert app.style().baseStyle().name().lower() == "fusion"
        bar = QScrollBar()
        qtbot.addWidget(bar)
        app_style.keep_looks(bar)
        bar.grab()  # (drawn through it)
        assert app.style()._looks
    finally:
        app.setStyle(name or "Fusion")
