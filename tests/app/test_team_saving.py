"""Saving in a team library's window when others or the network get in the way: a note
saved over someone else's newer change is refused naming them and what was typed stays in
the form; a connection lost while typing gives one message, keeps the text, and it is
saved once the connection is back."""

from __future__ import annotations

import psycopg
import pytest
from PySide6.QtCore import Qt

from reader.app import dialog_helpers
from reader.core.library import Library
from reader.core.models import ImportedArticle

TEXT = ("Jakarta (ANTARA) - \"Kami sudah mengerahkan tim untuk membantu evakuasi warga,\" kata"
        " Kepala Pusat Data BNPB Abdul Muhari di Jakarta, Kamis.")  # ANTARA, 23 Dec 2021
QUOTE = "Kami sudah mengerahkan tim untuk membantu evakuasi warga"


@pytest.fixture
def shown(monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(dialog_helpers, "show_error", lambda parent, title, text:
                        said.append(text))
    return said


@pytest.fixture
def desk(team_library):
    """A team library with one article, annotated by the coder ana; ana's and the editor
    eka's URLs."""
    _owner, member, n = team_library
    eka, ana = member("eka", "editor"), member("ana", "coder")
    with Library(eka) as library:
        article_id, _ = library.articles.add(ImportedArticle(title="Banjir", text=TEXT,
                                                            source="ANTARA"))
    with Library(ana) as library:
        note = library.annotations.add_exact(article_id, QUOTE, kind="quote")
    return ana, eka, n, article_id, note.id


def _type_note(qtbot, window, annotation_id, text):
    """Select the annotation, type ``text`` in its note field (it leaves the field)."""
    pane = window.annotation_pane
    pane.select(annotation_id)
    pane.note.setFocus()
    pane.note.selectAll()
    qtbot.keyClicks(pane.note, text)


def _leave_field(qtbot, window):
    window.reader.text_widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.wait(10)


def _note_in_library(url, annotation_id):
    with Library(url) as library:
        return library.annotations.get(annotation_id).note


def test_a_save_over_a_newer_change_is_refused_naming_who_and_the_typing_is_kept(
        qtbot, open_window, desk, shown):
    ana, eka, n, article_id, note_id = desk
    window = open_window(Library(ana))
    window.open_article(article_id)
    window._external_timer.stop()  # (eka saves while ana types: before ana's window hears)
    _type_note(qtbot, window, note_id, "sudah dicek")
    with Library(eka) as other:
        other.annotations.update(note_id, note="cek ulang ke BNPB")
    _leave_field(qtbot, window)
    assert len(shown) == 1, shown
    refusal, theirs = shown[0].split("\n\n")  # one line, then what they saved
    assert refusal.startswith(f"eka_{n} changed this annotation at ")
    assert "your change was not saved, so nothing of theirs was overwritten" in refusal
    assert theirs == "Their note now: “cek ulang ke BNPB”"
    pane = window.annotation_pane
    assert pane.note.toPlainText() == "sudah dicek"  # what ana typed is still there
    assert _note_in_library(ana, note_id) == "cek ulang ke BNPB"  # eka's is not overwritten
    assert window.undo_stack.count() == 0
    # the window lists eka's version at once, keeping what ana typed in the form
    listed = {a.id: a.note for a in pane.model.annotations()}
    assert listed[note_id] == "cek ulang ke BNPB"
    window._external_timer.start()
    qtbot.wait(1500)  # (hearing of eka's change meanwhile keeps the typing too)
    assert pane.note.toPlainText() == "sudah dicek" and len(shown) == 1
    # ana has seen theirs: leaving the field again saves hers
    pane.note.setFocus()
    _leave_field(qtbot, window)
    assert _note_in_library(eka, note_id) == "sudah dicek"
    assert len(shown) == 1 and window.undo_stack.count() == 1
    window.close()
    window.library.close()


def test_the_refusal_names_who_in_the_indonesian_window(qtbot, open_window, desk, shown, qapp):
    from reader.app import i18n

    ana, eka, n, article_id, note_id = desk
    assert i18n.install("id", qapp)
    try:
        window = open_window(Library(ana))
        window.open_article(article_id)
        window._external_timer.stop()
        _type_note(qtbot, window, note_id, "sudah dicek")
        with Library(eka) as other:
            other.annotations.update(note_id, note="cek ulang")
        _leave_field(qtbot, window)
        assert len(shown) == 1 and shown[0].startswith(f"eka_{n} mengubah anotasi ini pukul ")
        assert "perubahan Anda tidak disimpan" in shown[0]
        assert shown[0].endswith("\n\nSekarang catatan mereka: “cek ulang”")
        window.close()
        window.library.close()
    finally:
        i18n.install("en", qapp)


def test_a_connection_lost_while_typing_keeps_the_text_and_saves_it_when_back(
        qtbot, open_window, desk, shown, pg_server):
    ana, _eka, n, article_id, note_id = desk
    window = open_window(Library(ana))
    window.open_article(article_id)
    window._external_timer.stop()  # (the server drops the connection between two polls)
    _type_note(qtbot, window, note_id, "cek ke lokasi")
    with psycopg.connect(pg_server.url(), autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity"
                      " WHERE usename = %s", [f"ana_{n}"])
    _leave_field(qtbot, window)
    assert len(shown) == 1 and "\n" not in shown[0], shown
    assert shown[0].startswith("The connection to the team library was lost:")
    assert "nothing was changed" in shown[0]
    pane = window.annotation_pane
    assert pane.note.toPlainText() == "cek ke lokasi"
    assert _note_in_library(ana, note_id) == ""
    # the window looks again (its poll connects again): what was typed is saved then
    window._external_timer.start()
    qtbot.waitUntil(lambda: _note_in_library(ana, note_id) == "cek ke lokasi", timeout=5000)
    assert pane.note.toPlainText() == "cek ke lokasi" and len(shown) == 1
    assert window.undo_stack.count() == 1  # one undoable step, as if saved at once
    window.undo_stack.undo()
    assert _note_in_library(ana, note_id) == ""
    window.close()
    window.library.close()
