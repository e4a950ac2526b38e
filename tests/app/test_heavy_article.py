"""An article under very many annotations degrades gently (issue 17, "also slow": 149,000
annotations took 22 s to open and 16 s per tag): only the marks near the view are drawn
(again as it scrolls), the annotation list does not measure every row, and the colours and
icons of the marks are worked out once, not once per annotation."""

from __future__ import annotations

import re

import pytest

from reader.app.annotation_pane import UNIFORM_ROWS_ABOVE, AnnotationPane
from reader.app.article import ReaderView, style
from reader.app.article import segments as seg
from reader.app.article.view import DRAW_ALL_UP_TO
from reader.core.models import Annotation, Article

PARAGRAPH = ("“Kami tidak ingin berperang, dan kami akan terus berunding,” kata Lavrov di Moskow "
             "pada hari Jumat, ketika para diplomat bertemu untuk membahas Ukraina. ")


def heavy(count: int) -> tuple[Article, list[Annotation]]:
    text = "\n\n".join(f"Bagian {i}. {PARAGRAPH}" for i in range(400))
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    notes = []
    for i in range(count):
        start, end = words[(i * 7) % (len(words) - 3)][0], words[(i * 7) % (len(words) - 3) + 2][1]
        notes.append(Annotation(id=i + 1, article_id=1, kind=("quote", "claim", "highlight")[i % 3],
                                exact=text[start:end], start=start, end=end,
                                verdict="unchecked" if i % 3 == 1 else "",
                                tags=["a"] if i % 5 == 0 else []))
    return Article(id=1, title="Artikel berat", text=text), notes


@pytest.fixture
def view(qtbot):
    v = ReaderView()
    qtbot.addWidget(v)
    v.resize(800, 600)
    v.show()
    qtbot.waitExposed(v)
    return v


def _drawn_ids(view) -> set[int]:
    return {view._annotations[span.key[1]].id for span in view.marks.spans
            if span.key[0] == seg.ANNOTATION}


def test_a_heavily_marked_article_draws_only_the_marks_near_the_view(qtbot, view):
    article, notes = heavy(4 * DRAW_ALL_UP_TO)
    view.show_article(article, notes, {"a": "#4285f4"})
    drawn = _drawn_ids(view)
    assert 0 < len(drawn) < len(notes) / 2
    assert 1 in drawn  # the first annotations, at the top
    bar = view.text_widget.verticalScrollBar()
    bar.setValue(bar.maximum())  # scroll to the end: its marks are drawn there
    at_end = {n.id for n in notes if n.start > len(article.text) - 300}
    assert at_end and not at_end & drawn
    qtbot.waitUntil(lambda: at_end <= _drawn_ids(view), timeout=3000)


def test_selecting_an_annotation_far_away_draws_it(qtbot, view):
    article, notes = heavy(4 * DRAW_ALL_UP_TO)
    view.show_article(article, notes)
    far = max(notes, key=lambda n: n.start)
    view.select_annotation(far.id)
    cursor = view.text_widget.textCursor()
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (
        view.to_document(far.start), view.to_document(far.end))
    qtbot.waitUntil(lambda: far.id in _drawn_ids(view), timeout=3000)


def test_a_lightly_marked_article_draws_every_mark(view):
    article, notes = heavy(200)
    view.show_article(article, notes)
    assert _drawn_ids(view) == {n.id for n in notes}


def test_a_huge_annotation_list_has_rows_of_one_height(qtbot):
    pane = AnnotationPane()
    qtbot.addWidget(pane)
    _article, notes = heavy(UNIFORM_ROWS_ABOVE + 1)
    pane.set_annotations(notes)
    assert pane.list.uniformItemSizes()
    pane.set_annotations(notes[:10])
    assert not pane.list.uniformItemSizes()  # a usual list wraps each quote as it needs


def test_mark_colours_and_icons_are_worked_out_once(view, monkeypatch):
    look = seg.Look("quote", "#f4b400", "", "#4285f4")
    palette = view.palette()
    assert style.mark_icon(look, palette) is style.mark_icon(look, palette)
    made = []
    real = style.contrast
    monkeypatch.setattr(style, "contrast", lambda a, b: made.append(1) or real(a, b))
    article, notes = heavy(2 * DRAW_ALL_UP_TO)
    view.show_article(article, [n for n in notes if n.kind == "quote"])
    assert len(made) < 100  # a handful per colour, not one per stretch
