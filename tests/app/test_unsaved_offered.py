"""What an earlier close kept in the data folder's ``unsaved`` (an annotation's text the
library refused as the window closed) is offered back at the next start (session 19's
leftover: only the message at that close named the file, and it was never seen again)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from reader.app import dialog_helpers
from reader.core.files import keep_unsaved
from reader.core.paths import user_data_dir


def _kept(text: str) -> Path:
    return Path(keep_unsaved(text, Path(user_data_dir()) / "unsaved"))


def test_text_kept_at_the_last_close_is_offered_copied_and_its_file_removed(
        qtbot, window, monkeypatch):
    kept = _kept("Note: Catatan penting yang panjang.")
    asked = []

    def confirm(parent, title, text, informative="", ok_text="OK"):
        asked.append((title, text, ok_text))
        assert "offered again" in informative  # (what Cancel does)
        return True

    monkeypatch.setattr(dialog_helpers, "confirm", confirm)
    QApplication.clipboard().setText("")
    window.offer_unsaved()
    [(title, text, ok_text)] = asked
    assert "Catatan penting yang panjang." in text and str(kept) in text
    assert ok_text == "Copy to Clipboard and Delete the File"
    assert QApplication.clipboard().text() == "Note: Catatan penting yang panjang."
    assert not kept.exists()
    window.offer_unsaved()  # (once taken, not offered again)
    assert len(asked) == 1


def test_text_kept_and_not_taken_is_offered_again_next_time(qtbot, window, monkeypatch):
    kept = _kept("Speaker: Perry Warjiyo")
    asked = []
    monkeypatch.setattr(dialog_helpers, "confirm",
                        lambda *a, **k: asked.append(a[2]) or False)
    window.offer_unsaved()
    window.offer_unsaved()
    assert len(asked) == 2 and kept.read_text(encoding="utf-8") == "Speaker: Perry Warjiyo\n"


def test_nothing_kept_asks_nothing(qtbot, window, monkeypatch):
    asked = []
    monkeypatch.setattr(dialog_helpers, "confirm", lambda *a, **k: asked.append(a) or True)
    window.offer_unsaved()
    assert asked == []
