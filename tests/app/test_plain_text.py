"""Names users type (tags, speakers, collections, files) are shown as text, never as HTML.

A name such as ``<b>x</b><img src=file:///etc/passwd>`` must appear literally in
tooltips, labels and message boxes; Qt would otherwise render it (and load the image).
"""

from __future__ import annotations

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QTextDocument, QUndoStack
from PySide6.QtWidgets import QLabel, QMessageBox

from reader.app import dialog_helpers as dh
from reader.app.article_details import ArticleDetailsDialog
from reader.app.collections_sidebar import CollectionsSidebar
from reader.app.speaker_manager import SpeakerManagerDialog
from reader.app.tag_manager import TagManagerDialog
from reader.core.models import ImportedArticle

EVIL = "<b>x</b><img src=file:///etc/passwd>"


def shown_text(tooltip: str) -> str:
    """What a tooltip displays (Qt renders it as rich text when it looks like HTML)."""
    if not QtGui.Qt.mightBeRichText(tooltip):
        return tooltip
    document = QTextDocument()
    document.setHtml(tooltip)
    return document.toPlainText()


def all_tooltips(model) -> list[str]:
    tips = []

    def walk(parent):
        for row in range(model.rowCount(parent)):
            for column in range(model.columnCount(parent)):
                index = model.index(row, column, parent)
                tip = index.data(Qt.ItemDataRole.ToolTipRole)
                if tip:
                    tips.append(tip)
            walk(model.index(row, 0, parent))

    walk(QModelIndex())
    return tips


def test_tag_tooltips_show_the_name_as_text(qtbot, seeded_library, seed_id):
    tag = seeded_library.tags.create(EVIL)  # (its slashes nest it: "<b>x<" / "b><img …")
    dialog = TagManagerDialog(seeded_library, QUndoStack())
    qtbot.addWidget(dialog)
    assert any(shown_text(tip) == tag.name for tip in all_tooltips(dialog.model))
    assert all("<img" not in tip for tip in all_tooltips(dialog.model))


def test_speaker_tooltips_show_descriptions_and_aliases_as_text(qtbot, seeded_library):
    seeded_library.speakers.create("Rina", description=EVIL, aliases=[EVIL + "2"])
    dialog = SpeakerManagerDialog(seeded_library, QUndoStack())
    qtbot.addWidget(dialog)
    shown = {shown_text(tip) for tip in all_tooltips(dialog.model)}
    assert {EVIL, EVIL + "2"} <= shown


def test_collection_tooltips_show_the_name_as_text(qtbot, seeded_library):
    seeded_library.collections.create(EVIL)
    sidebar = CollectionsSidebar(seeded_library)
    qtbot.addWidget(sidebar)
    tips = [sidebar.item(i).toolTip() for i in range(sidebar.count())]
    assert EVIL in [shown_text(tip) for tip in tips]


def test_article_details_show_a_file_name_as_text(qtbot, seeded_library):
    article_id, _ = seeded_library.articles.add(
        ImportedArticle(title="Judul", text="Isi berita.", original_name=EVIL + ".txt"))
    dialog = ArticleDetailsDialog(seeded_library, article_id)
    qtbot.addWidget(dialog)
    label = dialog.info_labels["original_name"]
    assert label.text() == EVIL + ".txt"
    assert label.textFormat() == Qt.TextFormat.PlainText


@pytest.mark.parametrize("show", [
    lambda: dh.show_error(None, "Tags", f"There is no tag “{EVIL}”."),
    lambda: dh.show_info(None, "Tags", f"Merged “{EVIL}”."),
    lambda: dh.confirm(None, "Delete", f"Delete “{EVIL}”?", informative=f"{EVIL} is used"),
])
def test_message_boxes_show_plain_text(monkeypatch, show):
    boxes = []

    def fake_exec(box):
        boxes.append(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    show()
    [box] = boxes
    assert box.textFormat() == Qt.TextFormat.PlainText and EVIL in box.text()
    informative = box.findChild(QLabel, "qt_msgbox_informativelabel")
    if informative is not None:
        assert informative.textFormat() == Qt.TextFormat.PlainText
