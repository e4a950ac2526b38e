"""Imported text is shown as plain text in every role, widget, action and dialog (issue 17.1).

Qt renders a tooltip, label or message that *looks* like HTML as rich text: a title
``Berita <img src="/dev/zero"> hari ini`` made the app read ``/dev/zero`` on hover and abort.
These tests load a library whose every field holds such text, open the window and its
dialogs, and walk every model role and widget that can show it. Nothing here renders an
unescaped tooltip (that would read the file): a tooltip is checked before it is rendered.
"""

from __future__ import annotations

import html

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QMessageBox,
    QWidget,
)

from reader.app import dialog_helpers as dh
from reader.app import import_worker
from reader.app.annotation_commands import CreateAnnotationCommand
from reader.app.article_details import ArticleDetailsDialog
from reader.app.export_dialog import ExportDialog
from reader.app.speaker_manager import SpeakerManagerDialog
from reader.app.tag_manager import TagManagerDialog
from reader.core.library import ImportReport
from reader.core.models import ImportedArticle

# the title read /dev/zero; a missing file makes the same markup harmless to test
IMG = '<img src="/no/kutip.png">'
TITLE = f"Berita {IMG} hari ini"
TEXT = (f"Jakarta — Menteri berkata “{IMG}” kepada wartawan. "
        "Kalimat kedua berita ini cukup panjang untuk disorot.")
ROLES = (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.WhatsThisRole)


def rich(text) -> bool:
    return isinstance(text, str) and QtGui.Qt.mightBeRichText(text)


def assert_plain(text, where: str) -> None:
    """``text`` either is not rich text, or holds the hostile markup only escaped."""
    if not rich(text):
        return
    assert "<img" not in text.lower(), f"{where} would render {text!r} as HTML"
    document = QTextDocument()
    document.setHtml(text)  # safe now: nothing in it loads a resource


def columns(model, parent) -> int:
    if isinstance(model, QAbstractListModel):  # (its columnCount is private in PySide)
        return 1
    return model.columnCount(parent)


def walk_model(model, where: str) -> int:
    seen = 0

    def walk(parent):
        nonlocal seen
        for row in range(model.rowCount(parent)):
            for column in range(columns(model, parent)):
                index = model.index(row, column, parent)
                for role in ROLES:
                    assert_plain(index.data(role), f"{where} row {row} role {role}")
                seen += 1
            if not isinstance(model, QAbstractListModel):
                walk(model.index(row, 0, parent))

    walk(QModelIndex())
    for section in range(columns(model, QModelIndex())):
        for role in ROLES:
            assert_plain(model.headerData(section, Qt.Orientation.Horizontal, role),
                         f"{where} header {section}")
    return seen


def walk_widgets(root: QWidget) -> int:
    """Every tooltip, label, action and item model under ``root``; returns cells seen."""
    cells = 0
    for widget in [root, *root.findChildren(QWidget)]:
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        assert_plain(widget.toolTip(), f"tooltip of {name}")
        assert_plain(widget.whatsThis(), f"what's this of {name}")
        if isinstance(widget, QLabel) and "<img" in widget.text():
            assert widget.textFormat() == Qt.TextFormat.PlainText, f"{name}: {widget.text()!r}"
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            cells += walk_model(widget.model(), name)
        if isinstance(widget, QComboBox):
            cells += walk_model(widget.model(), name)
    for action in root.findChildren(QAction):
        assert_plain(action.toolTip(), f"action {action.text()!r}")
    return cells


@pytest.fixture
def hostile(seeded_library):
    """A library whose every imported or typed field holds live-looking markup."""
    lib = seeded_library
    article_id, _ = lib.articles.add(ImportedArticle(
        title=TITLE, text=TEXT, source=f"Kantor {IMG}", authors=f"Penulis {IMG}",
        url="https://example.org/berita", original_name=f"{IMG}.txt"))
    start = TEXT.index(IMG)
    note = lib.annotations.add(article_id, start, start + len(IMG), kind="quote",
                        speaker=f"Menteri {IMG}", tags=[f"bingkai {IMG}"],
                        note=f"Catatan {IMG}")
    collection = lib.collections.create(f"Studi {IMG}")
    lib.collections.add([article_id], collection.id)
    return lib, article_id, note


def test_main_window_shows_hostile_text_as_plain_text(open_window, hostile):
    lib, article_id, note = hostile
    window = open_window(lib)
    window.open_article(article_id)
    # an undoable change whose undo text quotes the hostile words ("Undo tag quote “<img…”")
    start = TEXT.index(IMG)
    window.history.run(CreateAnnotationCommand(lib, article_id, start, start + len(IMG), "claim"))
    window.undo_stack.undo()
    window.undo_stack.redo()
    assert IMG in window.undo_stack.undoText()
    assert walk_widgets(window) > 10
    # the library table's title tooltip shows the title, source and authors as text
    model = window.library_panel.table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() is not None
               and any(TITLE == model.index(r, c).data() for c in range(model.columnCount())))
    column = next(c for c in range(model.columnCount()) if model.index(row, c).data() == TITLE)
    tip = model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
    document = QTextDocument()
    document.setHtml(tip)
    assert TITLE in document.toPlainText()
    # hovering the highlight in the reader
    tip = window.reader.tooltip_html(window.reader.to_document(note.start + 1))
    assert IMG.split()[0] in html.unescape(tip)  # (shown, escaped)
    assert_plain(tip, "reader highlight tooltip")
    # the annotation list's note tooltip
    index = window.annotation_pane.model.index(window.annotation_pane.model.row_of(note.id), 0)
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    document.setHtml(tip)
    assert document.toPlainText() == note.note


@pytest.mark.parametrize("make", [
    lambda lib, article_id: ArticleDetailsDialog(lib, article_id),
    lambda lib, article_id: _feeds_dialog(lib),
    lambda lib, article_id: TagManagerDialog(lib, _stack_with_hostile_undo(lib)),
    lambda lib, article_id: SpeakerManagerDialog(lib, _stack_with_hostile_undo(lib)),
    lambda lib, article_id: ExportDialog(lib, article_id=article_id),
], ids=["details", "feeds", "tags", "speakers", "export"])
def test_dialogs_show_hostile_text_as_plain_text(qtbot, hostile, make):
    lib, article_id, _ = hostile
    dialog = make(lib, article_id)
    qtbot.addWidget(dialog)
    dialog.show()
    walk_widgets(dialog)


def _feeds_dialog(lib):
    """The feeds dialog on a feed whose title and last error came from a hostile server."""
    from reader.app.feeds_dialog import FeedsDialog

    lib.stores.db["feeds"].insert({"url": "https://example.org/rss", "title": f"Kabar {IMG}",
                            "last_error": f"rusak {IMG}"})
    dialog = FeedsDialog(lib)
    dialog.status.setText(f"Added Kabar {IMG}. Press Refresh to bring in its articles.")
    return dialog


def _stack_with_hostile_undo(lib):
    from PySide6.QtGui import QUndoStack

    from reader.app.tag_commands import CreateTagCommand

    stack = QUndoStack()
    stack.push(CreateTagCommand(lib, f"baru {IMG}"))
    assert IMG in stack.undoText()
    return stack


def test_import_report_and_progress_show_file_names_as_plain_text(monkeypatch):
    boxes = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box) or 0)
    report = ImportReport()
    report.imported.append((f"/tmp/{IMG}.txt", 1))
    report.failed.append((f"/tmp/{IMG}.html", f"tidak terbaca {IMG}"))
    import_worker.show_report(None, report)
    [box] = boxes
    walk_widgets(box)
    assert all(label.textFormat() == Qt.TextFormat.PlainText
               for label in box.findChildren(QLabel) if label.text())
    progress = dh.progress_dialog(f"Importing 1 of 1: {IMG}.txt")
    walk_widgets(progress)
    progress.deleteLater()


def test_input_dialogs_show_their_label_as_plain_text(qapp, monkeypatch):
    shown = []

    def fake_exec(dialog):
        shown.append(dialog)
        return 0

    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.exec", fake_exec)

    def static(*_args, **_kwargs):
        raise AssertionError("QInputDialog's static helpers show the label as rich text")

    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText", static)
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getItem", static)
    assert dh.ask_text(None, "Rename tag", f"New name for “{IMG}”:", "x") is None
    assert dh.ask_item(None, "Merge", f"Keep “{IMG}”?", ["a", IMG]) is None
    for dialog in shown:
        labels = [w for w in dialog.findChildren(QLabel) if IMG in w.text()]
        assert labels and all(w.textFormat() == Qt.TextFormat.PlainText for w in labels)
    assert QApplication.instance() is not None


def test_the_quotes_list_shows_quoted_words_as_plain_text(qtbot):
    from reader.app.quotes.model import ClusterTableModel
    from reader.core.trail.model import ClusterSummary

    model = ClusterTableModel()
    model.set_rows([ClusterSummary(cluster=1, size=2, outlets=2, first_date="2021-12-22",
                                   speaker=f"Menteri {IMG}", text=f"Kata {IMG} itu",
                                   fullest_item=1)])
    assert walk_model(model, "quotes list") == 5
    tip = model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    document = QTextDocument()
    document.setHtml(tip)
    assert document.toPlainText() == f"Kata {IMG} itu"
