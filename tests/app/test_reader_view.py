"""Tests for the reader pane (reader/app/article/) and its helpers."""

from __future__ import annotations

from pathlib import Path

import marks_shown
import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip

from reader.app.article import ReaderView, style
from reader.app.article.document import display_text
from reader.app.offsets import OffsetMap, utf16_len
from reader.core.models import Annotation, Article, Suggestion

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_c6336f8cebf4cd51.txt"
EMOJI_TEXT = "😀 x “Hello world,” said Ann. 🎉🎉 Then “Bye 👋 now,” she added."


def seed_article() -> Article:
    raw = SEED.read_text(encoding="utf-8")
    title, _, body = raw.partition("\n")
    return Article(
        id=1,
        title=title.strip(),
        text=body.lstrip("\n"),
        source="MINA",
        authors="sajadi",
        editor="Ismet Rauf",
        dateline="Moskow",
        published="2021-12-22",
    )


def ann(aid: int, kind: str, text: str, phrase: str, nth: int = 0, **kw) -> Annotation:
    start = -1
    for _ in range(nth + 1):
        start = text.find(phrase, start + 1)
    assert start >= 0, phrase
    return Annotation(
        id=aid, article_id=1, kind=kind, exact=phrase, start=start, end=start + len(phrase), **kw
    )


@pytest.fixture
def view(qtbot):
    v = ReaderView()
    qtbot.addWidget(v)
    v.resize(800, 600)
    v.show()
    qtbot.waitExposed(v)
    return v


def doc_text(v: ReaderView, start: int, end: int) -> str:
    cursor = QTextCursor(v.text_widget.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


def point_of(v: ReaderView, offset: int) -> QPoint:
    """Viewport point over the character at code point ``offset``."""
    cursor = QTextCursor(v.text_widget.document())
    cursor.setPosition(v.to_document(offset))
    rect = v.text_widget.cursorRect(cursor)
    return QPoint(rect.left() + 3, rect.center().y())


# --------------------------------------------------------------------- offsets
@given(st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=60))
def test_offset_map_round_trips(text):
    m = OffsetMap(text)
    assert m.u16_len == utf16_len(text) == len(text.encode("utf-16-le")) // 2
    for cp in range(len(text) + 1):
        u16 = len(text[:cp].encode("utf-16-le")) // 2
        assert m.to_utf16(cp) == u16
        assert m.to_cp(u16) == cp


def test_offset_map_inside_surrogate_pair():
    m = OffsetMap("a😀b")
    assert m.to_cp(2) == 1  # middle of the emoji: start of it
    assert m.to_cp(2, round_up=True) == 2
    assert OffsetMap("plain").identity


def test_display_text_keeps_length():
    hostile = "a\r\nb\u2029c\ufffc\ufdd0\ud800😀"
    shown = display_text(hostile)
    assert len(shown) == len(hostile)
    assert utf16_len(shown) == utf16_len(hostile)


# ---------------------------------------------------------------------- layout
def test_shows_header_and_story(view):
    article = seed_article()
    view.show_article(article, [])
    doc = view.text_widget.document()
    plain = doc.toPlainText()
    assert plain.startswith(article.title + "\n")
    assert "MINA · sajadi · Editor: Ismet Rauf · Moskow · 22 Dec 2021" in plain  # the date as read
    story = doc_text(view, view.story_start, view.story_start + len(article.text))
    assert story.replace("\u2029", "\n") == article.text
    assert doc.documentLayout().documentSize().width() > 0


def test_hostile_text_is_literal_and_nothing_is_fetched(view, monkeypatch):
    calls = []
    monkeypatch.setattr(
        view.text_widget, "loadResource", lambda *a: calls.append(a) or None, raising=False
    )
    text = '<img src=http://example.com/x.png> <b>bold</b> <a href="http://x">x</a> &amp;'
    view.show_article(Article(id=2, title="<h1>T</h1>", text=text), [])
    plain = view.text_widget.document().toPlainText()
    assert text in plain
    assert "<h1>T</h1>" in plain
    assert "<img" not in view.text_widget.document().toHtml().replace("&lt;img", "")
    view.grab()
    assert calls == []
    assert view.text_widget.loadResource(0, "http://example.com/x.png") is None


def test_clear(view):
    view.show_article(seed_article(), [])
    view.clear()
    assert view.text_widget.document().toPlainText() == ""
    assert view.selection_span() is None
    assert view.marks.segments == [] and marks_shown.installed(view) == []


# ---------------------------------------------------------------------- tagging
def test_q_on_selection_emits_quote_span(view, qtbot):
    article = seed_article()
    view.show_article(article, [])
    phrase = "Kami tidak ingin berperang"
    start = article.text.find(phrase)
    view.select_span(start, start + len(phrase))
    assert view.text_widget.textCursor().selectedText() == phrase
    with qtbot.waitSignal(view.tagRequested, timeout=1000) as blocker:
        qtbot.keyClick(view.text_widget, Qt.Key.Key_Q)
    assert blocker.args == ["quote", start, start + len(phrase)]


@pytest.mark.parametrize("key,kind", [(Qt.Key.Key_C, "claim"), (Qt.Key.Key_H, "highlight")])
def test_c_and_h_keys(view, qtbot, key, kind):
    article = seed_article()
    view.show_article(article, [])
    start = article.text.find("Gazprom")
    view.select_span(start, start + 7)
    with qtbot.waitSignal(view.tagRequested, timeout=1000) as blocker:
        qtbot.keyClick(view.text_widget, key)
    assert blocker.args == [kind, start, start + 7]


def test_selection_is_trimmed(view, qtbot):
    article = seed_article()
    view.show_article(article, [])
    phrase = "“Kami tidak ingin berperang,”"
    start = article.text.find(phrase)
    end = start + len(phrase)
    # include the blank line before and the space after
    view.select_span(start - 2, end + 1)
    assert article.text[start - 2 : start] == "\n\n"
    assert view.selection_span() == (start, end)
    with qtbot.waitSignal(view.tagRequested, timeout=1000) as blocker:
        view.tag_actions["highlight"].trigger()
    assert blocker.args == ["highlight", start, end]


def test_whitespace_only_selection_emits_nothing(view, qtbot):
    article = seed_article()
    view.show_article(article, [])
    start = article.text.find("\n\n")
    view.select_span(start, start + 2)
    assert view.selection_span() is None
    assert not view.tag_actions["quote"].isEnabled()
    with qtbot.assertNotEmitted(view.tagRequested):
        qtbot.keyClick(view.text_widget, Qt.Key.Key_Q)


def test_header_selection_is_clipped_to_story(view, qtbot):
    article = seed_article()
    view.show_article(article, [])
    widget = view.text_widget
    cursor = QTextCursor(widget.document())
    cursor.setPosition(3)  # inside the title
    cursor.setPosition(view.to_document(4), QTextCursor.MoveMode.KeepAnchor)
    widget.setTextCursor(cursor)
    assert view.selection_span() == (0, 4)  # "Foto"
    cursor.setPosition(0)
    cursor.setPosition(view.story_start - 1, QTextCursor.MoveMode.KeepAnchor)
    widget.setTextCursor(cursor)
    assert widget.textCursor().hasSelection()
    assert view.selection_span() is None
    with qtbot.assertNotEmitted(view.tagRequested):
        qtbot.keyClick(widget, Qt.Key.Key_C)


def test_tag_actions_for_toolbar(view):
    assert set(view.tag_actions) == {"quote", "claim", "highlight"}
    quote = view.tag_actions["quote"]
    assert quote.text() == "Tag as &quote (Q)"
    assert quote.shortcut().toString() == "Q"
    assert view.tag_actions["claim"].shortcut().toString() == "C"
    assert view.tag_actions["highlight"].shortcut().toString() == "H"


# ------------------------------------------------------------- astral text
def test_emoji_spans_both_directions(view, qtbot):
    text = EMOJI_TEXT
    view.show_article(Article(id=3, title="Emoji 🎉 title", text=text), [])
    for phrase in ("Hello world", "“Bye 👋 now,”", "🎉🎉", "she added"):
        start = text.find(phrase)
        end = start + len(phrase)
        view.select_span(start, end)
        assert view.text_widget.textCursor().selectedText() == phrase
        assert view.selection_span() == (start, end)
        # and from document positions chosen in Qt's units
        cursor = view.text_widget.textCursor()
        a, b = cursor.selectionStart(), cursor.selectionEnd()
        assert b - a == utf16_len(phrase)
        assert view.from_document(a) == start
        assert view.from_document(b) == end
    start = text.find("Hello world")
    view.select_span(start, start + 11)
    with qtbot.waitSignal(view.tagRequested, timeout=1000) as blocker:
        qtbot.keyClick(view.text_widget, Qt.Key.Key_Q)
    assert blocker.args == ["quote", start, start + 11]


def test_emoji_highlights_cover_right_text(view):
    text = EMOJI_TEXT
    anns = [
        ann(1, "quote", text, "“Hello world,”", speaker="Ann"),
        ann(2, "claim", text, "🎉🎉 Then"),
        ann(3, "highlight", text, "Bye 👋 now"),
    ]
    view.show_article(Article(id=3, title="😀", text=text), anns)
    ranges = marks_shown.ranges(view)
    by_id = {ids: (s, e) for s, e, _kinds, ids in ranges}
    for a in anns:
        s, e = by_id[str(a.id)]
        assert doc_text(view, s, e) == a.exact
        assert view.from_document(s) == a.start and view.from_document(e) == a.end


# --------------------------------------------------------------- highlights
def test_annotation_formats_and_overlaps(view):
    article = seed_article()
    text = article.text
    outer = ann(1, "highlight", text, "perunding Rusia dan Amerika Serikat (AS) akan mengadakan")
    inner = ann(2, "claim", text, "Amerika Serikat (AS)", verdict="false")
    quote = ann(3, "quote", text, "“Kami tidak ingin berperang,”", tags=["ukraine"])
    view.show_article(article, [outer, inner, quote], {"ukraine": "#16a34a"})
    ranges = marks_shown.ranges(view)
    d = view.to_document
    assert [(s, e, k) for s, e, k, _ in ranges] == [
        (d(outer.start), d(inner.start), "highlight"),
        (d(inner.start), d(inner.end), "highlight,claim"),
        (d(inner.end), d(outer.end), "highlight"),
        (d(quote.start), d(quote.end), "quote"),
    ]
    # union of segments per annotation is exactly its range
    for a in (outer, inner, quote):
        covered = [(s, e) for s, e, _k, ids in ranges if str(a.id) in ids.split(",")]
        assert covered[0][0] == d(a.start) and covered[-1][1] == d(a.end)
        assert all(x[1] == y[0] for x, y in zip(covered, covered[1:], strict=False))
    formats = {(s, e): f for s, e, f in marks_shown.installed(view)}
    # the highlight is a marker stroke (painted), its text keeps the page behind it
    assert formats[d(outer.start), d(inner.start)].background().style() == Qt.BrushStyle.NoBrush
    decorations = view.marks.decorations
    assert [(r.start, r.end) for r in decorations.markers] == [(d(outer.start), d(outer.end))]
    # the claim: a line in its verdict's colour, drawn over the highlight
    assert [(r.start, r.end, r.colour) for r in decorations.claims] == [
        (d(inner.start), d(inner.end), style.VERDICT_COLOURS["false"])]
    # the quote: a fill in the quote colour; its tag colour is the bar beside it
    fill = formats[d(quote.start), d(quote.end)].background().color()
    assert fill.blue() > fill.red()
    assert [(r.start, r.end, r.colour) for r in decorations.bars] == [
        (d(quote.start), d(quote.end), "#16a34a")]


def test_quote_claim_and_highlight_differ_by_shape_for_the_same_tag(view):
    text = "alpha beta gamma delta"
    anns = [
        ann(1, "quote", text, "alpha", tags=["x"]),
        ann(2, "claim", text, "beta", tags=["x"]),
        ann(3, "highlight", text, "gamma", tags=["x"]),
    ]
    view.show_article(Article(id=1, title="t", text=text), anns, {"x": "#db4437"})
    d = view.to_document
    formats = {(s, e): f for s, e, f in marks_shown.installed(view)}
    decorations = view.marks.decorations

    def shape(a):
        fmt = formats[d(a.start), d(a.end)]
        return (fmt.background().style() != Qt.BrushStyle.NoBrush,
                any(r.start == d(a.start) for r in decorations.markers),
                any(r.start == d(a.start) for r in decorations.claims))

    assert shape(anns[0]) == (True, False, False)  # fill
    assert shape(anns[1]) == (False, False, True)  # underline
    assert shape(anns[2]) == (False, True, False)  # marker
    # every one shows the tag colour in the margin
    assert [(r.start, r.colour) for r in decorations.bars] == [
        (d(a.start), "#db4437") for a in anns]
    # the quote keeps the quote colour: tagging does not turn it into the tag's colour
    fill = formats[d(anns[0].start), d(anns[0].end)].background().color()
    assert fill.blue() > fill.red()


@pytest.mark.parametrize("verdict", list(style.VERDICT_COLOURS))
def test_each_verdict_has_its_own_line_colour(view, verdict):
    text = "alpha beta"
    view.show_article(Article(id=1, title="t", text=text),
                      [ann(1, "claim", text, "beta", verdict=verdict)])
    [run] = view.marks.decorations.claims
    assert run.colour == style.VERDICT_COLOURS[verdict]
    assert len(set(style.VERDICT_COLOURS.values())) == len(style.VERDICT_COLOURS)


def test_suggestions_faint_and_clickable(view, qtbot):
    article = seed_article()
    text = article.text
    phrase = "Kami tidak ingin mengambil jalur konfrontasi"
    start = text.find(phrase)
    sug = Suggestion(
        kind="quote", start=start, end=start + len(phrase), exact=phrase, speaker="Lavrov"
    )
    view.show_article(article, [], suggestions=[sug])
    [(_s, _e, fmt)] = marks_shown.installed(view)
    assert fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
    assert fmt.background().style() == Qt.BrushStyle.NoBrush
    assert fmt.stringProperty(style.PROP_KINDS) == "suggestion"
    (seg,) = view.marks.segments
    assert (seg.ids, seg.suggestions) == ((), (0,))
    with qtbot.waitSignal(view.suggestionClicked, timeout=1000) as blocker:
        qtbot.mouseClick(
            view.text_widget.viewport(), Qt.MouseButton.LeftButton, pos=point_of(view, start + 5)
        )
    assert blocker.args == [0]
    view.set_suggestions([])
    assert marks_shown.installed(view) == []


def test_orphans_and_out_of_range_are_skipped(view):
    text = "short text"
    anns = [
        Annotation(id=1, article_id=1, kind="quote", exact="x", start=0, end=5, anchor="orphan"),
        Annotation(id=2, article_id=1, kind="quote", exact="x", start=6, end=99),
        Annotation(id=3, article_id=1, kind="quote", exact="x", start=50, end=60),
    ]
    view.show_article(Article(id=1, title="t", text=text), anns)
    ranges = marks_shown.ranges(view)
    assert [(ids, view.from_document(s), view.from_document(e)) for s, e, _k, ids in ranges] == [
        ("2", 6, 10)
    ]


def test_set_annotations_keeps_scroll(view):
    article = seed_article()
    article.text = "\n\n".join([article.text] * 6)
    view.show_article(article, [])
    bar = view.text_widget.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum() // 2)
    value = bar.value()
    plain = view.text_widget.document().toPlainText()
    view.set_annotations([ann(1, "quote", article.text, "Kami tidak ingin berperang", nth=3)])
    assert bar.value() == value
    assert view.text_widget.document().toPlainText() == plain
    assert len(marks_shown.installed(view)) == 1


# ------------------------------------------------------------ mouse, tooltip
def test_click_emits_innermost_annotation(view, qtbot):
    article = seed_article()
    text = article.text
    outer = ann(1, "highlight", text, "perunding Rusia dan Amerika Serikat (AS) akan mengadakan")
    inner = ann(2, "claim", text, "Amerika Serikat (AS)")
    view.show_article(article, [outer, inner])
    viewport = view.text_widget.viewport()
    with qtbot.waitSignal(view.annotationClicked, timeout=1000) as blocker:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point_of(view, inner.start + 3))
    assert blocker.args == [2]
    with qtbot.waitSignal(view.annotationClicked, timeout=1000) as blocker:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point_of(view, outer.start + 2))
    assert blocker.args == [1]
    with qtbot.assertNotEmitted(view.annotationClicked):
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point_of(view, 2))


def test_tooltip_text_is_escaped(view, qtbot):
    article = seed_article()
    quote = ann(
        7,
        "quote",
        article.text,
        "“Kami tidak ingin berperang,”",
        speaker="Sergey <b>Lavrov</b>",
        tags=["ukraine", "<script>"],
        note="said on RT & VOA",
    )
    view.show_article(article, [quote])
    tip = view.tooltip_html(view.to_document(quote.start + 3))
    assert "<b>Quote</b>" in tip
    assert "Sergey &lt;b&gt;Lavrov&lt;/b&gt;" in tip
    assert "ukraine, &lt;script&gt;" in tip
    assert "said on RT &amp; VOA" in tip
    assert view.tooltip_html(view.to_document(quote.end + 2)) == ""
    # and through a real tooltip event on the viewport
    viewport = view.text_widget.viewport()
    pos = point_of(view, quote.start + 3)
    event = QHelpEvent(QEvent.Type.ToolTip, pos, viewport.mapToGlobal(pos))
    QApplication.sendEvent(viewport, event)  # (the text pane hands it to the view)
    qtbot.waitUntil(lambda: QToolTip.isVisible(), timeout=1000)
    assert QToolTip.text() == tip
    QToolTip.hideText()


# ------------------------------------------------------------ select/scroll
def test_select_annotation_scrolls(view):
    article = seed_article()
    article.text = "\n\n".join([article.text] * 5)
    last = ann(9, "claim", article.text, "Ismet Rauf", nth=4)
    view.show_article(article, [last])
    bar = view.text_widget.verticalScrollBar()
    assert bar.value() == 0
    view.select_annotation(9)
    assert bar.value() > 0
    assert view.selection_span() == (last.start, last.end)
    cursor = QTextCursor(view.text_widget.document())
    cursor.setPosition(view.to_document(last.start))
    assert view.text_widget.viewport().rect().contains(view.text_widget.cursorRect(cursor))
    view.select_annotation(12345)  # unknown id: no error, no change
    assert view.selection_span() == (last.start, last.end)


# ---------------------------------------------------------------------- find
def test_find_bar(view, qtbot):
    article = seed_article()
    view.show_article(article, [])
    assert not view.find_bar.isVisible()
    view.text_widget.setFocus()
    qtbot.keyClick(view.text_widget, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.find_bar.isVisible()
    qtbot.keyClicks(view.find_edit, "nato")  # case-insensitive
    first = view.selection_span()
    assert first is not None
    assert article.text[first[0] : first[1]] == "NATO"
    qtbot.keyClick(view.find_edit, Qt.Key.Key_Return)
    second = view.selection_span()
    assert second[0] > first[0] and article.text[second[0] : second[1]] == "NATO"
    qtbot.keyClick(view.find_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert view.selection_span() == first
    assert view.find_status.text() == ""
    view.find_edit.setText("zzzqqq")
    assert view.find_status.text() == "No match"
    qtbot.keyClick(view.find_edit, Qt.Key.Key_Escape)
    assert not view.find_bar.isVisible()


# ------------------------------------------------------------------- speed
def test_thousand_highlights_are_all_shown(view):
    # (its speed is measured in bench/run.py, "GUI: open an article with 1,000 highlights")
    base = seed_article().text
    text = "\n\n".join([base] * 40)
    kinds = ("quote", "claim", "highlight")
    anns = []
    step = len(text) // 1000
    for i in range(1000):
        s = i * step
        e = s + step // 2 + (i % 7) * 9  # some overlap the next one
        anns.append(Annotation(id=i, article_id=1, kind=kinds[i % 3], exact="", start=s, end=e))
    article = Article(id=1, title="Long", text=text)
    view.show_article(article, anns)
    view.text_widget.document().documentLayout().documentSize()
    assert len(view.marks.segments) >= 1000
    assert {r.key[1] for r in view.marks.spans} == set(range(1000))
    view.grab()  # paints every kind of mark without error


# ----------------------------------------------------------- odds and ends
def test_typing_in_find_bar_does_not_tag(view, qtbot):
    article = seed_article()
    view.show_article(article, [])
    start = article.text.find("Gazprom")
    view.select_span(start, start + 7)
    view.open_find()
    view.find_edit.clear()
    with qtbot.assertNotEmitted(view.tagRequested):
        qtbot.keyClicks(view.find_edit, "chq")
    assert view.find_edit.text() == "chq"


def test_context_menu_offers_tag_actions(view):
    article = seed_article()
    view.show_article(article, [])
    start = article.text.find("Gazprom")
    view.select_span(start, start + 7)
    menu = view.build_context_menu(point_of(view, start + 2))
    texts = [a.text() for a in menu.actions()]
    assert texts[:3] == ["Tag as &quote (Q)", "Tag as cl&aim (C)", "Tag as &highlight (H)"]
    assert texts[-1] == "&Find…"
    assert all(a.isEnabled() for a in view.tag_actions.values())
    menu.deleteLater()


def dark(view):
    from PySide6.QtGui import QColor, QPalette

    palette = view.text_widget.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    view.setPalette(palette)  # re-highlights by itself


def test_dark_palette_recolours_the_fills(view):
    text = "alpha beta"
    view.show_article(Article(id=1, title="t", text=text), [ann(1, "quote", text, "alpha")])
    [(_s, _e, light)] = marks_shown.installed(view)
    dark(view)
    [(_s, _e, shaded)] = marks_shown.installed(view)
    assert shaded.background().color().lightness() < light.background().color().lightness()


TAG_PALETTE = ["#f4b400", "#db4437", "#4285f4", "#0f9d58", "#ab47bc", "#00acc1", "#ff7043",
               "#9e9d24", "#5c6bc0", "#f06292", "#ffffff", "#000000"]


@pytest.mark.parametrize("palette", ["light", "dark"])
def test_marked_text_keeps_a_contrast_of_4_5(view, palette):
    from PySide6.QtGui import QPalette

    if palette == "dark":
        dark(view)
    text = " ".join(f"w{i}" for i in range(len(TAG_PALETTE) * 2))
    words = text.split()
    tags = {f"t{i}": colour for i, colour in enumerate(TAG_PALETTE)}
    anns = [ann(i + 1, "quote" if i % 2 else "highlight", text, words[i], tags=[f"t{i // 2}"])
            for i in range(len(words))]
    view.show_article(Article(id=1, title="t", text=text), anns, tags)
    pal = view.text_widget.palette()
    base, ink = pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Text)
    backgrounds = [f.background().color() for _s, _e, f in marks_shown.installed(view)
                   if f.background().style() != Qt.BrushStyle.NoBrush]
    from PySide6.QtGui import QColor
    backgrounds += [style.over(QColor(r.colour), base) for r in view.marks.decorations.markers]
    assert len(backgrounds) == len(words)
    assert min(style.contrast(ink, b) for b in backgrounds) >= 4.5



def test_a_new_mark_repaints_its_own_lines_and_the_view_looks_as_if_all_were_painted(view,
                                                                                    qtbot):
    """Issue 12: a tag repaints the strip of the view where the marks changed (its
    paragraph, the whole width for the tag bar), not the whole view; what is on screen
    afterwards is what a full repaint draws."""
    from PySide6.QtCore import QObject
    from PySide6.QtGui import QRegion

    article = seed_article()
    text = article.text
    first = ann(1, "quote", text, "Kami tidak ingin berperang")
    view.show_article(article, [first])
    qtbot.wait(20)
    viewport = view.text_widget.viewport()

    class Paints(QObject):
        region = QRegion()

        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                self.region = self.region.united(event.region())
            return False

    paints = Paints()
    viewport.installEventFilter(paints)
    phrase = next(p for p in ("Rusia", "Moskow", "Amerika") if p in text[first.end:])
    second = ann(2, "highlight", text, phrase, tags=["ekonomi"])
    view.set_annotations([first, second], {"ekonomi": "#2a9d8f"})
    qtbot.waitUntil(lambda: not paints.region.isEmpty())
    qtbot.wait(20)
    painted = paints.region.boundingRect()
    line = view.text_widget.cursorRect(QTextCursor(view.text_widget.document()))
    cursor = QTextCursor(view.text_widget.document())
    cursor.setPosition(view.to_document(second.start))
    mark = view.text_widget.cursorRect(cursor)
    assert painted.width() == viewport.width()  # (the tag bar is in the margin)
    assert painted.top() <= mark.top() and painted.bottom() >= mark.bottom()
    assert painted.height() < viewport.height() // 2, (painted, line)
    screen = view.screen()
    shown = screen.grabWindow(view.winId()).toImage()
    viewport.repaint()
    assert screen.grabWindow(view.winId()).toImage() == shown


def test_looks_worked_out_once_follow_new_tag_colours_and_a_dark_palette(view, qtbot):
    """The reader keeps each look, format and colour it worked out (a tag no longer works
    them all out again); a recoloured tag or a dark palette shows as a fresh view does."""
    from PySide6.QtGui import QColor

    text = "alpha beta gamma delta epsilon"
    article = Article(id=1, title="t", text=text)
    anns = [ann(1, "quote", text, "alpha", tags=["ekonomi"]),
            ann(2, "highlight", text, "gamma", tags=["ekonomi"]),
            ann(3, "claim", text, "epsilon", verdict="false", tags=["politik"])]

    def drawn(v: ReaderView) -> tuple:
        formats = [(s, e, f.background().color().name(QColor.NameFormat.HexArgb),
                    f.underlineStyle()) for s, e, f in marks_shown.installed(v)]
        d = v.marks.decorations
        return formats, d.markers, d.claims, d.bars

    def fresh_like(colours) -> ReaderView:
        other = ReaderView()
        qtbot.addWidget(other)
        other.setPalette(view.palette())
        other.show_article(article, anns, colours)
        return other

    colours = {"ekonomi": "#2a9d8f", "politik": "#e9c46a"}
    view.show_article(article, anns, colours)
    before = drawn(view)
    assert before == drawn(fresh_like(colours))
    colours = {"ekonomi": "#e76f51", "politik": "#e9c46a"}
    view.set_annotations(anns, colours)
    recoloured = drawn(view)
    assert recoloured != before and recoloured == drawn(fresh_like(colours))
    dark(view)
    assert drawn(view) != recoloured and drawn(view) == drawn(fresh_like(colours))


def _fills(view, position: int) -> list[str]:
    """The background colours installed in the block holding ``position`` (layout formats)."""
    block = view.text_widget.document().findBlock(position)
    return [f.format.background().color().name() for f in block.layout().formats()]


def test_a_new_palette_gives_every_marked_paragraph_its_colours(qtbot, view):
    """Unchanged marks are not formatted again (issue 12), but a new palette (dark mode)
    changes every mark's fill: each paragraph is formatted again, as a fresh view is."""
    from PySide6.QtGui import QColor, QPalette

    article = seed_article()
    text = article.text
    quote = ann(1, "quote", text, "Kami tidak ingin berperang")
    view.show_article(article, [quote])
    position = view.to_document(quote.start)
    light = _fills(view, position)
    dark = QPalette(view.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e0e0e0"))
    view.text_widget.setPalette(dark)
    fresh = ReaderView()
    qtbot.addWidget(fresh)
    fresh.text_widget.setPalette(dark)
    fresh.show_article(article, [quote])
    assert _fills(view, position) == _fills(fresh, position) != light
    view.set_annotations([quote])  # the same marks again: nothing to format
    assert _fills(view, position) == _fills(fresh, position)


def test_the_kinds_property_is_the_first_user_property():
    """``style.PROP_KINDS`` is written as a number (importing ``QTextFormat`` at start would
    build its class before the window's first frame): it is Qt's first user property + 1."""
    from PySide6.QtGui import QTextFormat

    assert style.PROP_KINDS == QTextFormat.Property.UserProperty + 1


@pytest.mark.parametrize("dark", [False, True])
def test_the_mark_pictures_are_drawn_as_fill_rect_draws_them(qapp, monkeypatch, dark):
    """The legend's and lists' mark pictures fill their boxes without ``fillRect`` (whose
    overloads make PySide build ``QGradient``): pixel for pixel what ``fillRect`` gives, for
    every look the legend shows and a tagged one of each kind, on a light and a dark page."""
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    if dark:
        palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
        palette.setColor(QPalette.ColorRole.Text, QColor("#e0e0e0"))
    looks = [look for row in style.legend_entries() for look, _label in row]
    looks += [style.Look(kind, colour, "", "#26a69a") for kind, colour in
              [("quote", style.QUOTE_COLOUR), ("highlight", style.MARKER_COLOUR),
               ("claim", style.VERDICT_COLOURS["true"])]]

    def pictures() -> list:
        return [style.mark_pixmap(look, palette).toImage() for look in looks]

    drawn = pictures()
    monkeypatch.setattr(style, "_fill", lambda painter, box, colour: painter.fillRect(box, colour))
    assert drawn == pictures()



def test_the_panes_minimum_width_counts_the_scroll_bar_as_the_style_does(view, qtbot):
    """Issue 12: the narrowest measure's scroll bar is the bar's own size hint (no ``QStyle``
    in Python before the first frame): the style's ``PM_ScrollBarExtent``, before and after
    the bar is given Kutip's style."""
    from PySide6.QtWidgets import QStyle

    from reader.app.app_style import KutipStyle
    from reader.app.article import document

    bar = view.text_widget.verticalScrollBar()
    extent = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    frame = 2 * view.text_widget.frameWidth() + 2 * view.text_widget.document().documentMargin()
    for _ in range(2):
        assert bar.sizeHint().width() == extent > 0
        assert view.minimum_measure_width() == int(
            document.measure_width(view._reading_font) + extent + frame + 0.5)
        view.resize(700, 300)
        view.show_article(Article(id=3, title="T", text="Kalimat panjang. " * 2000), [])
        qtbot.waitUntil(lambda: isinstance(bar.style(), KutipStyle))  # (it has a range)
