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


def _answering(monkeypatch, *answers: str) -> list[tuple[str, str, str]]:
    """Click the buttons named, in turn (the last answer again if asked more)."""
    asked: list[tuple[str, str, str]] = []

    def choose(parent, title, text, informative, choices):
        asked.append((title, text, informative))
        return choices.index(answers[min(len(asked), len(answers)) - 1])

    monkeypatch.setattr(dialog_helpers, "choose", choose)
    return asked


def test_text_kept_at_the_last_close_is_offered_copied_and_then_its_file_removed(
        qtbot, window, monkeypatch):
    kept = _kept("Note: Catatan penting yang panjang.")
    asked = _answering(monkeypatch, "Copy to Clipboard", "Delete the Files")
    QApplication.clipboard().setText("")
    window.offer_unsaved()
    [(title, text, informative), (_, _, after_copy)] = asked
    assert "Catatan penting yang panjang." in text and str(kept) in text
    assert "offered again" in informative  # (what keeping does)
    assert "Paste it" in after_copy
    assert QApplication.clipboard().text() == "Note: Catatan penting yang panjang."
    assert not kept.exists()
    window.offer_unsaved()  # (once taken, not offered again)
    assert len(asked) == 2


def test_copying_keeps_the_files_until_the_user_deletes_them(qtbot, window, monkeypatch):
    """RR21-6: the clipboard may die with Kutip (RR18-7): copying deletes nothing."""
    kept = _kept("Note: masih di sini")
    _answering(monkeypatch, "Copy to Clipboard", "Keep for Later")
    window.offer_unsaved()
    assert kept.read_text(encoding="utf-8") == "Note: masih di sini\n"


def test_all_kept_texts_are_offered_in_one_box_oldest_first_and_copied_together(
        qtbot, window, monkeypatch):
    """RR21-6: one box a text, each copied with its file deleted, lost the first when the
    second box's copy replaced it; and unsaved-STAMP-2.txt sorted before unsaved-STAMP.txt."""
    folder = Path(user_data_dir()) / "unsaved"
    first, second = (Path(keep_unsaved(t, folder))
                     for t in ("Note: catatan pertama", "Note: catatan kedua"))
    asked = _answering(monkeypatch, "Copy to Clipboard", "Delete the Files")
    window.offer_unsaved()
    text = asked[0][1]
    assert text.index("pertama") < text.index("kedua")
    assert QApplication.clipboard().text() == "Note: catatan pertama\n\nNote: catatan kedua"
    assert not first.exists() and not second.exists()


def test_text_kept_and_not_taken_is_offered_again_next_time(qtbot, window, monkeypatch):
    kept = _kept("Speaker: Perry Warjiyo")
    asked = _answering(monkeypatch, "Keep for Later")
    window.offer_unsaved()
    window.offer_unsaved()
    assert len(asked) == 2 and kept.read_text(encoding="utf-8") == "Speaker: Perry Warjiyo\n"


def test_nothing_kept_asks_nothing(qtbot, window, monkeypatch):
    asked = _answering(monkeypatch, "Keep for Later")
    window.offer_unsaved()
    assert asked == []


def test_the_box_shows_its_three_answers(qtbot):
    """dialog_helpers.choose: buttons in order, the last the default and Escape's."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    seen = []

    def look():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.extend(b.text() for b in box.buttons())
        seen.append(box.defaultButton().text())
        box.escapeButton().click()

    QTimer.singleShot(0, look)
    answer = dialog_helpers.choose(None, "t", "text", "info", ["A", "B", "C"])
    assert answer == 2 and sorted(seen[:3]) == ["A", "B", "C"] and seen[3] == "C"
