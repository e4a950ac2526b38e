"""The annotation list and the hover name the speaker as the article writes it, then the
library's speaker it counts for (R11-3), saying which is which (R12-18): "Sergey Lavrov (in
your library: Sergei Lavrov)"."""

from reader.app.annotation_model import describe
from reader.app.article.hit_test import annotation_tooltip
from reader.core.models import Annotation


def _quote(written: str) -> Annotation:
    return Annotation(id=1, article_id=1, kind="quote", exact="Kami tidak ingin berperang",
                      start=0, end=26, speaker="Sergei Lavrov", speaker_id=1,
                      speaker_written=written)


def test_the_list_and_the_hover_show_the_article_s_spelling_first():
    assert describe(_quote("Sergey Lavrov")) == (
        "Quote — Sergey Lavrov (in your library: Sergei Lavrov)")
    assert "— Sergey Lavrov (in your library: Sergei Lavrov)" in annotation_tooltip(
        _quote("Sergey Lavrov"))


def test_a_speaker_written_as_the_library_has_it_is_shown_alone():
    assert describe(_quote("")) == "Quote — Sergei Lavrov"
    assert annotation_tooltip(_quote("")) == "<b>Quote</b> — Sergei Lavrov"


# ------------------------------------------------------------------ R11-19 leftovers
def _suggested(written: str):
    from reader.core.models import Suggestion

    return Suggestion(kind="quote", start=0, end=26, exact="Kami tidak ingin berperang",
                      speaker="Sergei Lavrov", reason="kata Lavrov", confidence=0.9,
                      speaker_confidence=0.92, speaker_written=written)


def test_a_suggestion_row_names_the_article_s_spelling_then_the_library_s(qtbot):
    from PySide6.QtCore import Qt

    from reader.app.suggestions_panel import SuggestionsPanel, _html

    panel = SuggestionsPanel()
    qtbot.addWidget(panel)
    panel.model.set_suggestions([_suggested("Sergey Lavrov"), _suggested("")])
    spelled, same = (panel.model.index(row) for row in range(2))
    # (R12-18: "Sergey Lavrov (Sergei Lavrov) (92%)" said neither which name was the
    # library's nor that the second bracket was no third name)
    assert spelled.data().splitlines()[1] == (
        "Sergey Lavrov (in your library: Sergei Lavrov) · 92%")
    assert same.data().splitlines()[1] == "Sergei Lavrov · 92%"
    assert "Speaker: Sergey Lavrov (in your library: Sergei Lavrov)." in spelled.data(
        Qt.ItemDataRole.AccessibleTextRole)
    assert "<b>Sergey Lavrov</b> (in your library: Sergei Lavrov)" in _html(
        _suggested("Sergey Lavrov"), "#777")
    assert "<b>Sergei Lavrov</b> " in _html(_suggested(""), "#777")


def _pane_with(qtbot, *notes):
    from reader.app.annotation_pane import AnnotationPane

    pane = AnnotationPane()
    qtbot.addWidget(pane)
    pane.resize(320, 700)
    pane.show()
    pane.set_annotations(list(notes))
    return pane


def test_the_form_keeps_the_library_s_speaker_and_says_the_article_s_spelling(qtbot):
    """The field is the library's person (what an edit changes, what filters find); how
    this article writes the name shows under it, only when it writes it otherwise."""
    spelled, same = _quote("Sergey Lavrov"), _quote("")
    same.id = 2
    pane = _pane_with(qtbot, spelled, same)
    pane.select(1)
    assert pane.speaker.text() == "Sergei Lavrov"
    assert pane.speaker_written.isVisible()
    assert pane.speaker_written.text() == "This article writes “Sergey Lavrov”"
    pane.select(2)
    assert pane.speaker.text() == "Sergei Lavrov" and not pane.speaker_written.isVisible()
    pane.select(1)
    edits: list[object] = []
    pane.editRequested.connect(lambda *args: edits.append(args))
    pane.speaker.editingFinished.emit()  # (nothing typed: the spelling is not saved)
    assert edits == []
    pane.set_annotations([])
    assert not pane.speaker_written.isVisible()


def test_the_article_s_spelling_is_said_in_indonesian(qtbot, qapp):
    from reader.app import i18n

    assert i18n.install("id", qapp)
    try:
        pane = _pane_with(qtbot, _quote("Sergey Lavrov"))
        pane.select(1)
        assert pane.speaker_written.text() == "Artikel ini menulis “Sergey Lavrov”"
    finally:
        i18n.install("en", qapp)


def test_which_name_is_the_library_s_is_said_in_indonesian(qtbot, qapp):
    """R12-18, in Indonesian: the list, the Suggestions row and its picture."""
    from reader.app import i18n
    from reader.app.suggestions_panel import SuggestionsPanel, _html

    assert i18n.install("id", qapp)
    try:
        assert describe(_quote("Sergey Lavrov")) == (
            "Kutipan — Sergey Lavrov (di pustaka Anda: Sergei Lavrov)")
        panel = SuggestionsPanel()
        qtbot.addWidget(panel)
        panel.model.set_suggestions([_suggested("Sergey Lavrov")])
        assert panel.model.index(0).data().splitlines()[1] == (
            "Sergey Lavrov (di pustaka Anda: Sergei Lavrov) · 92%")
        assert "<b>Sergey Lavrov</b> (di pustaka Anda: Sergei Lavrov)" in _html(
            _suggested("Sergey Lavrov"), "#777")
    finally:
        i18n.install("en", qapp)
