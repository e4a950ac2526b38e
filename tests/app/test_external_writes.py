"""Writes by another process show up in the open app (issue 13): ``PRAGMA data_version``
is polled on a timer and announced as one ``Changes`` like the window's own writes."""

import os
import subprocess
import sys
from pathlib import Path

from reader.core.changes import Area

ROOT = Path(__file__).resolve().parents[2]
STORY = ROOT / "tests" / "data" / "import" / "antara_banjir.txt"


def test_a_cli_import_shows_up_in_the_open_app_within_two_seconds(qtbot, window, db_path,
                                                                   tmp_path):
    before = window.library_panel.model.rowCount()
    changes = []
    window.library.subscribe(changes.append)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-m", "reader.cli", "--db", str(db_path), "import",
                    str(STORY)], check=True, capture_output=True, env=env, cwd=tmp_path)
    qtbot.waitUntil(lambda: window.library_panel.model.rowCount() == before + 1, timeout=2000)
    assert any(c.external and Area.ARTICLES in c for c in changes)
    assert "All articles (2)" in [window.sidebar.item(i).text()
                                  for i in range(window.sidebar.count())]


def test_nothing_is_announced_when_nobody_else_wrote(qtbot, window):
    changes = []
    window.library.subscribe(changes.append)
    assert window.library.poll_external() is None
    window.library.annotations.add_exact(window.article_id, "Rusia")  # the app's own write
    assert window.library.poll_external() is None
    assert [c.external for c in changes] == [False]


def test_what_is_typed_in_the_form_survives_another_process_changing_it(qtbot, window,
                                                                         db_path):
    from reader.core.library import Library

    note = window.library.annotations.add_exact(window.article_id, "Rusia", kind="claim")
    window.annotation_pane.select(note.id)
    window.annotation_pane.note.setPlainText("dicek ke Kemlu")  # typed, not saved yet
    other = Library(db_path)  # another process gives it a verdict meanwhile
    other.annotations.update(note.id, verdict="false")
    other.close()
    assert window.library.poll_external() is not None
    pane = window.annotation_pane
    assert pane.note.toPlainText() == "dicek ke Kemlu"  # kept
    assert pane.verdict.currentIndex() != 0  # and theirs shown
    pane.commit_pending()
    saved = window.library.annotations.get(note.id)
    assert (saved.note, saved.verdict) == ("dicek ke Kemlu", "false")


def test_a_write_elsewhere_that_leaves_the_article_alone_keeps_the_readers_place(
        qtbot, window, db_path):
    """Review F8-2 (session 8): with the Quotes view open, the trail's worker (another
    connection) wrote its tables; the poll announced a change to everything and the window
    reopened the article, so the quote just tagged with Q lost its selection, the form its
    focus, and the reader went back to the top."""
    import sqlite3

    quote = window.library.annotations.add_exact(window.article_id, "Rusia", kind="quote")
    window.annotation_pane.select(quote.id)
    window.annotation_pane.focus_speaker()
    shown = window.reader.article
    other = sqlite3.connect(db_path)  # a write that leaves every article as it was
    with other:
        other.execute("CREATE TABLE IF NOT EXISTS elsewhere (x)")
    other.close()
    assert window.library.poll_external() is not None
    assert window.reader.article is shown  # not opened again
    assert window.annotation_pane.current_annotation().id == quote.id
    other = sqlite3.connect(db_path)  # and one that changes it: shown again as it now is
    with other:
        other.execute("UPDATE articles SET title = 'Judul baru' WHERE id = ?",
                      (window.article_id,))
    other.close()
    assert window.library.poll_external() is not None
    assert window.reader.article.title == "Judul baru"
