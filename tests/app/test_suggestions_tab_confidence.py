"""The Suggestions tab shows how sure each speaker is, explains it on hover, marks a guess,
and pressing Q on a quotation pre-fills the speaker the tab shows (issue 9)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader.core.library.suggesting import UNSURE_SPEAKER_TAG


def shown(window):
    return window.suggestions_panel.model.suggestions()


def test_each_speaker_shows_its_confidence_and_a_guess_is_marked(window):
    model = window.suggestions_panel.model
    texts = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert "Sergey Lavrov — Menteri Luar Negeri (Menlu) Rusia · 90%" in texts[0]
    guesses = [row for row, s in enumerate(shown(window)) if s.speaker_unsure]
    assert guesses
    assert all("(unsure" in texts[row] and ": check)" in texts[row] for row in guesses)


def test_hover_explains_the_speaker(window):
    tip = window.suggestions_panel.model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "‘katanya’" in tip and "points back to Sergey Lavrov" in tip


def test_accept_all_stores_a_guess_with_its_mark(qtbot, window, seed_id):
    guessed = {s.exact for s in shown(window) if s.speaker_unsure}
    window.right_tabs.setCurrentWidget(window.suggestions_panel)
    qtbot.mouseClick(window.suggestions_panel.accept_all_button, Qt.MouseButton.LeftButton)
    notes = window.library.annotations.for_article(seed_id)
    assert {n.exact for n in notes if UNSURE_SPEAKER_TAG in n.tags} == guessed


def test_q_prefills_the_speaker_the_suggestions_tab_shows(window):
    for s in shown(window):
        assert window._prefill(s.start, s.end).get("speaker", "") == s.speaker


def test_grab_the_suggestions_tab(window, tmp_path):
    window.right_tabs.setCurrentWidget(window.suggestions_panel)
    path = tmp_path / "suggestions.png"
    assert window.suggestions_panel.grab().save(str(path))


def test_q_on_a_guessed_speaker_stores_it_marked(qtbot, window, seed_id):
    """Issue 9: a low-confidence guess is never stored unmarked — by accept-all (above) nor
    by pressing Q on the quotation (it pre-fills the guess with the check-speaker tag)."""
    suggestions = shown(window)
    guess = next(s for s in suggestions if s.speaker_unsure)
    sure = next(s for s in suggestions if s.kind == "quote" and s.speaker and not s.speaker_unsure)
    window.tag_selection("quote", guess.start, guess.end)
    assert "is a guess" in window.statusBar().currentMessage()
    window.tag_selection("quote", sure.start, sure.end)
    notes = {n.exact: n for n in window.library.annotations.for_article(seed_id)}
    assert notes[guess.exact].speaker == guess.speaker
    assert notes[guess.exact].tags == [UNSURE_SPEAKER_TAG]
    assert notes[sure.exact].speaker == sure.speaker and notes[sure.exact].tags == []
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert window.library.annotations.for_article(seed_id) == []
