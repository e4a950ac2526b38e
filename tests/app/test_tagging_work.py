"""What one tag (select text, press Q) makes the window do (issue 12): only the work the
change needs, with every shortcut proven to show the same as doing it all again."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListView, QStyledItemDelegate

from reader.app import annotation_model
from reader.app.annotation_model import AnnotationListModel, RememberedSizes
from reader.core.models import Annotation

LAVROV = "Kami tidak ingin berperang"


def tag(qtbot, window, phrase: str, key=Qt.Key.Key_Q) -> None:
    text = window.reader.article.text
    start = text.index(phrase)
    window.reader.select_span(start, start + len(phrase))
    window.reader.text_widget.setFocus()
    qtbot.keyClick(window.reader.text_widget, key)


def words_of(window, count: int) -> list[tuple[int, int]]:
    text = window.reader.article.text
    found = [m.span() for m in re.finditer(r"\w+(?: \w+){2}", text)]
    return found[:count]


def test_a_tag_does_not_count_the_library_again(qtbot, window, monkeypatch):
    counted = []
    real = window.library.articles.count
    monkeypatch.setattr(window.library.articles, "count", lambda *a: counted.append(a) or real(*a))
    tag(qtbot, window, LAVROV)
    assert counted == []
    assert window.counts_label.text() == "1 article"
    window.library.imports.text("Lain\n\n“Tidak,” kata Budi.", name="lain")  # more articles
    assert window.counts_label.text() == "2 articles"
    window.library.articles.delete(window.library.articles.ids()[-1])
    assert window.counts_label.text() == "1 article"


def test_a_tag_reads_back_only_its_own_table_row(qtbot, window, seed_id, monkeypatch):
    for n in range(5):
        window.library.imports.text(f"Lain {n}\n\n“Tidak {n},” kata Budi.", name=f"lain{n}")
    window.library_panel.select_article(seed_id)
    window.open_article(seed_id)
    table = window.library_panel.table
    table.viewport().repaint()
    asked = []
    real = window.library.articles.rows
    monkeypatch.setattr(window.library.articles, "rows", lambda ids: asked.append(ids) or real(ids))
    tag(qtbot, window, LAVROV)
    table.viewport().repaint()
    assert asked == [[seed_id]]
    model = window.library_panel.model
    assert model.article(model.row_of(seed_id)).quotes == 1


def test_rows_of_articles_follow_every_reload(window):
    for n in range(6):
        window.library.imports.text(f"Judul {5 - n}\n\nIsi {n}.", name=f"a{n}")
    model = window.library_panel.model
    for column, order in [(0, Qt.SortOrder.AscendingOrder), (0, Qt.SortOrder.DescendingOrder),
                          (2, Qt.SortOrder.AscendingOrder)]:
        model.sort(column, order)
        ids = [model.article_id(row) for row in range(model.rowCount())]
        assert [model.row_of(i) for i in ids] == list(range(len(ids)))
    gone = model.article_id(0)
    window.library.articles.delete(gone)
    assert model.row_of(gone) == -1
    ids = [model.article_id(row) for row in range(model.rowCount())]
    assert [model.row_of(i) for i in ids] == list(range(len(ids)))


def test_a_tag_describes_each_row_of_the_list_once(qtbot, window, seed_id, monkeypatch):
    for start, end in words_of(window, 40):
        window.library.annotations.add(seed_id, start=start, end=end, kind="highlight")
    assert window.annotation_pane.model.rowCount() == 40
    described = []
    real = annotation_model.describe
    monkeypatch.setattr(annotation_model, "describe", lambda a: described.append(a.id) or real(a))
    tag(qtbot, window, LAVROV)
    qtbot.wait(1)
    window.annotation_pane.list.viewport().repaint()
    assert len(described) == len(set(described)) == 41  # (it was ~600 calls per tag)
    assert window.annotation_pane.current_annotation().exact == LAVROV


@pytest.mark.parametrize("width", [220, 340, 700])
def test_remembered_row_sizes_are_the_sizes_qt_works_out(qtbot, width):
    long = "kata " * 60
    notes = [Annotation(id=i + 1, article_id=1, kind=("quote", "claim", "highlight")[i % 3],
                        exact=(long[: 7 * i + 5]).strip(), start=i, end=i + 5,
                        speaker="Budi" if i % 2 else "", tags=["ekonomi"] if i % 4 else [],
                        anchor="orphan" if i % 5 == 0 else "exact")
             for i in range(24)]
    lists = []
    for delegate in (RememberedSizes, QStyledItemDelegate):
        view = QListView()
        qtbot.addWidget(view)
        view.setWordWrap(True)
        view.setSpacing(2)
        model = AnnotationListModel(view)
        view.setModel(model)
        view.setItemDelegate(delegate(model, view) if delegate is RememberedSizes
                             else delegate(view))
        view.resize(width, 500)
        view.show()
        lists.append((view, model))
    for rounds in range(3):  # the same texts again, one more, and a narrower list
        shown = notes[: 20 + rounds]
        for view, model in lists:
            model.set_annotations(shown)
            view.doItemsLayout()
        remembered, fresh = ([view.visualRect(model.index(r, 0)) for r in range(len(shown))]
                             for view, model in lists)
        assert remembered == fresh
        for view, _model in lists:
            view.resize(view.width() - 40, 500)
    for view, _model in lists:  # a larger font (the sizes remembered for the last font)
        font = view.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        view.setFont(font)
        view.doItemsLayout()
    remembered, fresh = ([view.visualRect(model.index(r, 0)) for r in range(len(shown))]
                         for view, model in lists)
    assert remembered == fresh


def test_a_tag_beside_the_suggestions_leaves_their_panel_alone(qtbot, window):
    panel = window.suggestions_panel
    before = panel.model.suggestions()
    assert before
    text = window.reader.article.text
    resets = []
    panel.model.modelReset.connect(lambda: resets.append(1))
    spans = [m.span() for m in re.finditer(r"\w+ \w+ \w+", text)]
    start, end = next((a, b) for a, b in spans
                      if a > window.reader.article.text.find("\n") and
                      not any(s.start < b and a < s.end for s in before))
    window.reader.select_span(start, end)
    window.reader.text_widget.setFocus()
    qtbot.keyClick(window.reader.text_widget, Qt.Key.Key_H)  # (a quote may add a speaker)
    assert window.annotation_pane.current_annotation().exact == text[start:end]
    assert resets == [] and panel.model.suggestions() == before
    quote = next(s for s in before if s.kind == "quote")  # a tag on a suggestion: it goes
    window.reader.select_span(quote.start, quote.end)
    window.reader.text_widget.setFocus()
    qtbot.keyClick(window.reader.text_widget, Qt.Key.Key_Q)
    qtbot.waitUntil(lambda: bool(resets))  # (after the paint: the tab is not shown)
    assert panel.model.suggestions() == [s for s in before if s != quote]


def texts_of(model) -> list[str]:
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def test_a_tag_inserts_its_row_an_edit_changes_its_row_and_the_list_reads_as_anew(
        qtbot, window, seed_id):
    """Issue 12: the annotation list is not reset by a tag (the view would lay out and
    select again from nothing): the new row is inserted, an edited row changed, and the
    rows read the same as a list filled afresh. Deleting the current one still empties
    the form, as a reset did."""
    for start, end in words_of(window, 12):
        window.library.annotations.add(seed_id, start=start, end=end, kind="highlight")
    pane = window.annotation_pane
    model = pane.model
    events: list[tuple] = []
    model.modelReset.connect(lambda: events.append(("reset",)))
    model.rowsInserted.connect(lambda _p, first, last: events.append(("inserted", first, last)))
    model.rowsRemoved.connect(lambda _p, first, last: events.append(("removed", first, last)))
    model.dataChanged.connect(lambda a, b, *_: events.append(("changed", a.row(), b.row())))

    def as_anew() -> list[str]:
        fresh = AnnotationListModel()
        fresh.set_annotations(window.library.annotations.for_article(seed_id),
                              window.library.tags.colours())
        return texts_of(fresh)

    tag(qtbot, window, LAVROV)
    made = pane.current_annotation()
    assert made.exact == LAVROV
    row = model.row_of(made.id)
    assert events == [("inserted", row, row)]
    assert texts_of(model) == as_anew()
    assert pane.list.currentIndex().row() == row and pane.speaker.hasFocus()

    events.clear()
    pane.speaker.setText("Budi Santoso")
    pane.speaker.editingFinished.emit()
    assert events == [("changed", row, row)]
    assert texts_of(model) == as_anew() and "Budi Santoso" in texts_of(model)[row]
    assert pane.current_annotation().speaker == "Budi Santoso"

    events.clear()
    window.undo_stack.undo()  # the speaker again
    window.undo_stack.undo()  # the tag: the current row goes, the form empties
    assert events[-1] == ("reset",) and model.rowCount() == 12
    assert texts_of(model) == as_anew()
    assert pane.current_annotation() is None and not pane.form.isEnabled()


def test_a_list_changed_in_place_matches_a_list_reset(qtbot):
    """Every way the list can change in place (one added, several removed, edited, the
    coder shown) ends as the same rows as filling it afresh; a reordering resets."""
    view = QListView()
    qtbot.addWidget(view)
    model = AnnotationListModel(view)
    view.setModel(model)

    def note(i: int, **kw) -> Annotation:
        return Annotation(id=i, article_id=1, kind="quote", exact=f"kata {i}", start=10 * i,
                          end=10 * i + 5, **kw)

    lists = [[note(i) for i in range(1, 8)],
             [note(i) for i in (1, 2, 3, 9, 4, 5, 6, 7)],
             [note(i) for i in (2, 3, 9, 4, 6)],
             [note(2), note(3, speaker="Budi"), note(9), note(4, tags=["x"]), note(6)],
             [note(2), note(3, speaker="Budi"), note(9), note(4), note(6), note(10)],
             [note(3), note(2), note(9)]]
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    for n, items in enumerate(lists):
        model.set_annotations(items, in_place=True)
        fresh = AnnotationListModel()
        fresh.set_annotations(items)
        assert texts_of(model) == texts_of(fresh)
        assert [model.annotation(r) for r in range(model.rowCount())] == items
        assert len(resets) == (0 if n < len(lists) - 1 else 1)


def test_a_tag_selects_its_row_once_and_leaves_the_form_of_a_kept_row_alone(
        qtbot, window, seed_id, monkeypatch):
    """Issue 12: the list keeps its current row when rows go in around it, so the pane
    does not select it and fill the form again before the new row is selected; an edit
    to the current annotation (here by another connection) still shows in the form."""
    from reader.app import annotation_pane as pane_module

    pane = window.annotation_pane
    for start, end in words_of(window, 6):
        window.library.annotations.add(seed_id, start=start, end=end, kind="highlight")
    selected = []
    real = pane_module.select_index
    monkeypatch.setattr(pane_module, "select_index",
                        lambda view, index, emit=True: selected.append(index.row())
                        or real(view, index, emit))
    tag(qtbot, window, "Lavrov juga mengatakan")  # a current row, then the next tag
    selected.clear()
    filled = []
    monkeypatch.setattr(pane, "_show_form", lambda a, real=pane._show_form: filled.append(a)
                        or real(a))
    tag(qtbot, window, LAVROV)
    made = pane.current_annotation()
    assert made.exact == LAVROV
    assert selected == [pane.model.row_of(made.id)]  # (it was selected twice per tag)
    assert [a.id for a in filled] == [made.id]  # (and the form filled three times)
    assert pane.speaker.text() == "Sergey Lavrov"

    shown = []
    monkeypatch.setattr(pane, "_show_form", lambda a, real=pane._show_form: shown.append(a)
                        or real(a))
    window.library.annotations.add(seed_id, start=0, end=2, kind="highlight")  # a row above
    assert pane.current_annotation().id == made.id and shown == []
    window.library.annotations.update(made.id, note="dicek", tags=["diplomasi"])
    assert shown and {a.id for a in shown} == {made.id}
    assert pane.note.toPlainText() == "dicek" and pane.tags.text() == "diplomasi"
    assert pane.speaker.text() == "Sergey Lavrov"


def test_the_speaker_prefill_reads_the_speakers_again_only_after_they_change(
        qtbot, window, db_path, monkeypatch):
    """The pre-fill keeps the speakers' names and aliases between tags (reading them took
    longer than the attribution itself) and reads them again after any change to the
    speakers: one made here, or by another process."""
    from reader.core.library import Library

    reads = []
    real = window.library.speakers.aliases
    monkeypatch.setattr(window.library.speakers, "aliases", lambda: reads.append(1) or real())
    tag(qtbot, window, LAVROV)  # a new speaker: Sergey Lavrov
    assert window.annotation_pane.speaker.text() == "Sergey Lavrov"
    reads.clear()
    for phrase in ("Kami tidak ingin mengambil jalur konfrontasi",
                   "Saya berharap mereka akan menganggap kami serius"):
        tag(qtbot, window, phrase)
        assert window.annotation_pane.speaker.text() == "Sergey Lavrov"
    assert len(reads) <= 1  # (at most once: for both tags)

    window.library.speakers.rename("Sergey Lavrov", "Menlu Rusia")  # a change here (the
    # article's "Sergey Lavrov" now an alias: a library alias no longer outranks a full
    # name the article gives for someone else, R15-7)
    tag(qtbot, window, LAVROV)
    assert window.annotation_pane.speaker.text() == "Menlu Rusia"

    other = Library(db_path)  # another process renames the speaker meanwhile
    other.speakers.rename("Menlu Rusia", "Menteri Lavrov")
    other.close()
    assert window.library.poll_external() is not None
    tag(qtbot, window, LAVROV)
    assert window.annotation_pane.speaker.text() == "Menteri Lavrov"


def test_the_suggestions_tab_keeps_the_speakers_names_between_tags_until_they_change(
        qtbot, window, db_path, monkeypatch):
    """The Suggestions tab's refresh after a tag names speakers with the window's copy of
    the speakers' names and aliases (it read them from the library on every tag); a
    change to the speakers, here by another process, renames its suggestions at once."""
    from reader.core.library import Library

    panel = window.suggestions_panel
    reads = []
    real = window.library.speakers.aliases
    monkeypatch.setattr(window.library.speakers, "aliases", lambda: reads.append(1) or real())
    resets = []
    panel.model.modelReset.connect(lambda: resets.append(1))
    for phrase in ("Gazprom", "Blok Sovyet", "Krimea"):
        tag(qtbot, window, phrase, Qt.Key.Key_H)
        qtbot.wait(5)  # (the tab refreshes after the paint)
    assert len(reads) <= 1
    assert {s.speaker for s in panel.model.suggestions() if s.kind == "quote"} == {
        "Sergey Lavrov", "Karen Donfried"}

    other = Library(db_path)
    other.speakers.create("Menlu Rusia", aliases=["Lavrov", "Sergey Lavrov"])
    other.close()
    assert window.library.poll_external() is not None
    qtbot.waitUntil(lambda: {s.speaker for s in panel.model.suggestions()
                             if s.kind == "quote"} == {"Menlu Rusia", "Karen Donfried"})


def test_a_tag_changes_nothing_the_toolbar_paints(qtbot, window):
    """The stack renames its undo action on every step ("Undo tag quote “…”"); the
    toolbar's Undo button is painted again only when undoing becomes possible or not, and
    still names the step when pointed at, and undoes."""
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication

    tool = window.undo_tool
    button = window.toolbar.widgetForAction(tool)
    assert not tool.isEnabled() and button.text() == "Undo"
    tag(qtbot, window, "Lavrov juga mengatakan")
    assert tool.isEnabled()
    changed, renamed = [], []
    tool.changed.connect(lambda: changed.append(1))
    window.undo_action.changed.connect(lambda: renamed.append(1))
    tag(qtbot, window, LAVROV)
    assert renamed and changed == []  # (the real action was renamed; the button's was not)
    asked = QHelpEvent(QEvent.Type.ToolTip, QPoint(2, 2), button.mapToGlobal(QPoint(2, 2)))
    QApplication.sendEvent(button, asked)
    assert button.toolTip() == window.undo_action.toolTip()
    assert LAVROV[:10] in button.toolTip()
    before = len(window.library.annotations.for_article(window.article_id))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(window.library.annotations.for_article(window.article_id)) == before - 1


def test_a_tag_repaints_its_own_library_row_and_not_the_next(qtbot, window):
    """The library row of the tagged article says how many quotes it has: it is repainted,
    and only it (a range of cells was repainted a pixel taller, with the row below)."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    for n in range(3):
        window.library.imports.text(f"Lain {n}\n\n“Tidak {n},” kata Budi.", name=f"lain{n}")
    model, table = window.library_panel.model, window.library_panel.table
    article_id = model.article_id(0)  # the newest first: rows below it
    window.library_panel.select_article(article_id)
    window.open_article(article_id)
    table.viewport().repaint()

    class Painted(QObject):
        regions: list = []

        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                self.regions.append(event.region())
            return False

    painted = Painted()
    table.viewport().installEventFilter(painted)
    tag(qtbot, window, "Tidak")
    QApplication.processEvents()
    row = table.visualRect(model.index(0, 0))
    assert painted.regions and all(row.contains(r.boundingRect()) for r in painted.regions)
    assert "1 quote" in model.data(model.index(0, 0), Qt.ItemDataRole.UserRole + 10)


def test_a_tag_lays_out_neither_the_window_nor_the_tab_bar(qtbot, window):
    """The annotation list's heading counts the annotations; its new text (same size)
    is painted without laying out the window again and repainting the tab bar."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    class Seen(QObject):
        def __init__(self):
            super().__init__()
            self.events: list[tuple[str, str]] = []

        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() in (QEvent.Type.Paint, QEvent.Type.LayoutRequest):
                self.events.append((type(obj).__name__, event.type().name))
            return False

    for phrase in ("Krimea", "Gazprom"):  # 2 quotes (the heading grew)
        tag(qtbot, window, phrase)
        QApplication.processEvents()
    text = window.reader.article.text
    start = text.index("Blok Sovyet")  # (on no suggestion: the Suggestions tab's count stays)
    window.reader.select_span(start, start + len("Blok Sovyet"))
    window.reader.text_widget.setFocus()
    seen = Seen()
    bar = window.right_tabs.tabBar()
    heading = window.annotation_pane.heading
    for watched in (window, window.right_tabs, bar, getattr(heading, "label", heading)):
        watched.installEventFilter(seen)
    for _ in range(50):  # as a person selects before pressing Q: the last tag's layouts all done
        seen.events.clear()  # (a fixed wait was too short on a loaded machine)
        qtbot.wait(100)
        if not seen.events:
            break
    assert seen.events == [], "the window never settled after the last tag"
    before = window.annotation_pane.heading.text()
    qtbot.keyClick(window.reader.text_widget, Qt.Key.Key_Q)
    QApplication.processEvents()
    assert window.annotation_pane.heading.text() != before  # 3 quotes: the same size
    assert ("QLabel", "Paint") in seen.events  # (the new count is shown)
    assert [e for e in seen.events if e[1] == "LayoutRequest" or e[0] == "QTabBar"] == []


def test_a_steady_label_is_laid_out_as_a_label_whatever_its_text(qtbot):
    """Its size follows its text (a second line, a shorter text) as a QLabel's does."""
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    from reader.app.steady_label import SteadyLabel

    def placed(label) -> QWidget:
        holder = QWidget()
        qtbot.addWidget(holder)
        layout = QVBoxLayout(holder)
        layout.addWidget(label)
        layout.addStretch(1)
        holder.resize(160, 300)
        holder.show()
        qtbot.waitExposed(holder)
        return holder

    plain = QLabel("Annotations — 1 quote")
    plain.setWordWrap(True)
    steady = SteadyLabel("Annotations — 1 quote")
    holders = [placed(plain), placed(steady)]  # noqa: F841 (kept while tested)
    heights = {steady.height()}
    for text in ("Annotations — 12 quotes, 3 claims, 4 highlights, 2 without text",
                 "Annotations — 13 quotes, 3 claims, 4 highlights, 2 without text",
                 "Annotations — 2 quotes", "Annotations — 1 quote"):
        plain.setText(text)
        steady.setText(text)
        qtbot.wait(20)  # (the layouts are redone in a later turn)
        assert steady.geometry() == plain.geometry()
        assert steady.label.size() == steady.size() and steady.text() == text
        heights.add(steady.height())
    assert min(heights) < max(heights)  # (it followed the text onto more lines and back;
    # how many lines each text takes is the font's: DejaVu gives three heights, Noto two)


def test_the_hidden_suggestions_tab_follows_a_tag_once_the_window_is_idle(qtbot, window):
    """Not in the tag's own pass (its frame), but a moment later — and at once when the
    tab is shown meanwhile; a click on a faint span not yet refreshed picks the same
    suggestion in the refreshed list."""
    from PySide6.QtWidgets import QApplication

    panel, tabs = window.suggestions_panel, window.right_tabs
    quotes = [s for s in panel.model.suggestions() if s.kind == "quote"]
    for name in {s.speaker for s in quotes}:  # (a new speaker refreshes the tab at once)
        window.library.speakers.create(name)
    before = panel.model.suggestions()
    quotes = [s for s in before if s.kind == "quote"]
    assert len(quotes) >= 2 and tabs.currentWidget() is not panel
    count = tabs.tabText(tabs.indexOf(panel))
    window.reader.select_span(quotes[0].start, quotes[0].end)
    window.reader.text_widget.setFocus()
    qtbot.keyClick(window.reader.text_widget, Qt.Key.Key_Q)
    QApplication.processEvents()
    assert panel.model.suggestions() == before  # (not in the frame of the tag)
    qtbot.waitUntil(lambda: panel.model.suggestions() == [s for s in before if s != quotes[0]])
    assert tabs.tabText(tabs.indexOf(panel)) != count
    assert window.reader._suggestions == panel.model.suggestions()  # its faint span went too

    later = panel.model.suggestions()
    window.reader.select_span(quotes[1].start, quotes[1].end)
    window.reader.text_widget.setFocus()
    qtbot.keyClick(window.reader.text_widget, Qt.Key.Key_Q)
    clicked = later[-1]
    window.reader.suggestionClicked.emit(len(later) - 1)  # a faint span still shown
    assert tabs.currentWidget() is panel  # shown: refreshed at once
    assert panel.model.suggestions() == [s for s in later if s != quotes[1]]
    assert panel.model.suggestion(panel.list.currentIndex().row()) == clicked
