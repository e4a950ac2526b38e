"""The app's style (issue 12): Fusion, with each look of the article's scroll bar drawn once
and then copied by Kutip's style. It must look exactly like Fusion, in every state."""

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


def shot(qtbot, style, orientation, size, value, enabled=True, palette=None, hover=None,
         mark=app_style.keep_looks):
    """A scroll bar in a window, as the window paints it (on a magenta window: a pixel the
    bar leaves to what is behind it would show magenta with Fusion, black when opaque)."""
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.setStyle(style)
    colours = QPalette(palette) if palette is not None else QPalette()
    colours.setColor(QPalette.ColorRole.Window, QColor("#ff00ff"))
    holder.setPalette(colours)
    holder.setAutoFillBackground(True)
    holder.resize(size[0] + 20, size[1] + 20)
    bar = QScrollBar(orientation, holder)
    bar.setStyle(style)
    if isinstance(style, KutipStyle):  # (Fusion: the same bar, drawn by Fusion alone)
        mark(bar)
    bar.setGeometry(10, 10, *size)
    bar.setRange(0, 5000)
    bar.setPageStep(700)
    bar.setValue(value)
    bar.setEnabled(enabled)
    holder.show()
    assert bar.testAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent) == isinstance(style,
                                                                                    KutipStyle)
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


def test_only_kutips_style_draws_a_scroll_bar_opaque(qtbot):
    """Fusion's own scroll bar lets the window through its groove: Qt paints what is behind
    it. One drawn from its pixmap paints every pixel (the tests above: the same pixels over
    a magenta window), so nothing behind it is painted first. A marked scroll bar is given
    Kutip's style once it has something to scroll (before, it is hidden: no ``QStyle`` reaches
    Python before the window's first frame); any other is drawn by the app's, Fusion."""
    for mark in (app_style.keep_looks, app_style.opaque):
        bar, plain = QScrollBar(), QScrollBar()
        for widget in (bar, plain):
            qtbot.addWidget(widget)
            widget.setRange(0, 0)
        mark(bar)
        assert not isinstance(bar.style(), KutipStyle)  # (nothing to scroll yet)
        for widget in (bar, plain):
            widget.setRange(0, 100)
            widget.show()
        assert bar.style() is app_style.kutip_style()
        assert bar.testAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        assert not isinstance(plain.style(), KutipStyle)
        assert not plain.testAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
    ranged = QScrollBar()  # (one that already has a range: at once)
    qtbot.addWidget(ranged)
    ranged.setRange(0, 10)
    app_style.keep_looks(ranged)
    assert ranged.style() is app_style.kutip_style()


@pytest.mark.parametrize("orientation,size", [(Qt.Orientation.Vertical, (14, 450)),
                                              (Qt.Orientation.Horizontal, (300, 14))])
@pytest.mark.parametrize("value", [0, 1300, 5000])
@pytest.mark.parametrize("enabled,palette", [(True, None), (False, None), (True, dark())])
def test_opaque_scroll_bars_look_exactly_as_fusion_draws_them(qtbot, orientation, size, value,
                                                              enabled, palette):
    """Drawn by Fusion on the window colour (not from a pixmap: the annotation list's)."""
    fusion, ours = QStyleFactory.create("Fusion"), KutipStyle()
    assert (shot(qtbot, ours, orientation, size, value, enabled, palette, mark=app_style.opaque)
            == shot(qtbot, fusion, orientation, size, value, enabled, palette,
                    mark=app_style.opaque))
    assert not ours._looks


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
        text = window.reader.article.text
        phrase = "Kami tidak ingin berperang"
        start = text.index(phrase)
        window.reader.select_span(start, start + len(phrase))
        window.reader.text_widget.setFocus()
        bar = window.reader.text_widget.verticalScrollBar()
        style = bar.style()
        assert isinstance(style, KutipStyle)
        bar.repaint()
        drawn, looked = [], []
        real, key = style._draw, style._key
        monkeypatch.setattr(style, "_draw", lambda *a: drawn.append(a[0]) or real(*a))
        monkeypatch.setattr(style, "_key", lambda *a: looked.append(1) or key(*a))
        qtbot.keyClick(window.reader.text_widget, Qt.Key.Key_Q)
        window.repaint()
        assert window.annotation_pane.speaker.hasFocus()
        assert drawn == []  # (drawn by its own style, the bar is not even painted again)
        bar.repaint()
        assert looked and drawn == []  # painted again: from its pixmap
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
        assert app.style().name().lower() == "fusion"
        bar = QScrollBar()
        qtbot.addWidget(bar)
        app_style.keep_looks(bar)
        bar.setRange(0, 100)
        bar.grab()  # (drawn through it)
        assert isinstance(bar.style(), KutipStyle)
        assert bar.style().baseStyle().name().lower() == "fusion"
        assert bar.style()._looks
    finally:
        app.setStyle(name or "Fusion")


@pytest.mark.parametrize("which", ["article", "annotations"])
def test_a_repaint_of_a_scroll_bar_paints_nothing_behind_it_and_looks_the_same(
        qtbot, open_window, seeded_library, which):
    """The article's scroll bar is painted again on every tag (the text pane repaints it
    when the focus goes to the speaker field), the annotation list's on every row added;
    the widgets behind them were painted again with them, along their whole length. The
    window looks the same as when Fusion draws them over what is behind, light and dark."""
    from PySide6.QtCore import QEvent, QObject, QRect
    from PySide6.QtGui import QRegion
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    name = app.style().name()
    try:
        app_style.apply(app)
        window = open_window(seeded_library)  # (built under the app's style, as in the app)
        window.resize(1200, 800)
        window.annotation_pane.list.setFixedHeight(120)  # (the list's bar shows)
        for n, (start, end) in enumerate([(0, 5), (6, 12), (13, 20), (21, 30)] * 3):
            window.library.annotations.add(window.article_id, start=start + n, end=end + n,
                                           kind="highlight")
        owner = (window.reader if which == "article" else window.annotation_pane)
        bar = (window.reader.text_widget if which == "article"
               else window.annotation_pane.list).verticalScrollBar()
        qtbot.waitUntil(bar.isVisible)
        assert bar.testAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        window.repaint()
        qtbot.wait(50)  # (whatever else was to be painted)
        behind = QRect(bar.mapTo(owner, bar.rect().topLeft()), bar.size())
        painted = []

        class Watch(QObject):
            def eventFilter(self, obj, event):  # noqa: N802 (Qt API)
                if event.type() == QEvent.Type.Paint:  # (what is to be painted: opaque
                    # children are already taken out of a widget's region)
                    painted.append("bar" if obj is bar else QRegion(event.region()))
                return False

        watch = Watch()
        for widget in (owner, bar):
            widget.installEventFilter(watch)
        bar.update()
        qtbot.waitUntil(lambda: "bar" in painted)
        qtbot.wait(10)
        for widget in (owner, bar):
            widget.removeEventFilter(watch)
        assert "bar" in painted  # (by itself), and nothing behind it:
        assert not [r for r in painted if not isinstance(r, str) and r.intersects(behind)]
        for palette in (None, dark()):
            if palette is not None:
                window.setPalette(palette)
            ours = window.grab().toImage()
            bar.setProperty(app_style.KEEP_LOOKS, False)
            bar.setProperty(app_style.OPAQUE, False)
            bar.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
            assert window.grab().toImage() == ours  # (Fusion over what is behind it)
            (app_style.keep_looks if which == "article" else app_style.opaque)(bar)
    finally:
        app.setStyle(name or "Fusion")
