"""The speaker manager offers the speakers that look like one person written differently,
a pair at a time: shown in the list, merged (undoably) into the full name or usual spelling."""

import pytest
from PySide6.QtGui import QUndoStack

from reader.app import dialog_helpers as dh
from reader.app.speaker_manager import REASONS, SpeakerManagerDialog
from reader.core import speakernames


@pytest.fixture
def dialog(qtbot, seeded_library, seed_id):
    lib = seeded_library
    lib.annotations.add_exact(seed_id, "Kami tidak ingin berperang", kind="quote",
                              speaker="Sergey Lavrov")
    for name in ("Sergei Lavrov", "Jokowi", "Joko Widodo", "Iriana Widodo"):
        lib.speakers.create(name)
    stack = QUndoStack()
    shown = SpeakerManagerDialog(lib, stack)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.stack = stack
    return shown


def test_pairs_that_look_like_one_person_are_offered(dialog, tmp_path):
    assert dialog.variants_box.isVisible()
    assert [(v.name, v.into) for v in dialog.variants] == [
        ("Jokowi", "Joko Widodo"), ("Sergei Lavrov", "Sergey Lavrov")]
    assert dialog.variant_label.text() == "“Jokowi” → “Joko Widodo” (a nickname; 1 of 2)"
    dialog.grab().save(str(tmp_path / "speaker_variants.png"))
    dialog.next_variant_button.click()
    assert "“Sergei Lavrov” → “Sergey Lavrov” (spelled differently; 2 of 2)" == \
        dialog.variant_label.text()
    dialog.show_variant_button.click()
    assert sorted(dialog.selected_names()) == ["Sergei Lavrov", "Sergey Lavrov"]
    assert dialog.merge_button.isEnabled()  # the usual merge works on the pair shown too


def test_merging_a_pair_is_undoable_and_the_next_is_offered(dialog, seeded_library,
                                                           monkeypatch):
    lib = seeded_library
    asked = []
    monkeypatch.setattr(dh, "confirm", lambda *args, **kwargs: asked.append(args) or True)
    dialog.next_variant_button.click()
    assert dialog.merge_variant()
    assert "Sergei Lavrov" in asked[0][2] and "Sergey Lavrov" in asked[0][2]
    assert lib.speakers.get("Sergey Lavrov").aliases == ["Sergei Lavrov"]
    assert [(v.name, v.into) for v in dialog.variants] == [("Jokowi", "Joko Widodo")]
    assert dialog.variant_label.text() == "“Jokowi” → “Joko Widodo” (a nickname; 1 of 1)"
    assert not dialog.next_variant_button.isEnabled()
    dialog.stack.undo()
    assert "Sergei Lavrov" in lib.speakers.names()
    assert len(dialog.variants) == 2


def test_no_pair_no_row(qtbot, seeded_library):
    shown = SpeakerManagerDialog(seeded_library, QUndoStack())
    qtbot.addWidget(shown)
    shown.show()
    assert not shown.variants_box.isVisible() and shown.variants == []


def test_every_reason_is_translatable():
    assert set(REASONS) == set(speakernames.REASONS)
    assert REASONS == speakernames.REASONS  # the same English: one source text each


@pytest.mark.parametrize("language, shown", [
    ("en", "“Suharto” → “Soeharto” (spelled differently; 1 of 1)"),
    ("id", "“Suharto” → “Soeharto” (ejaan berbeda; 1 dari 1)")])
def test_the_old_spelling_of_a_one_word_name_is_offered(qtbot, qapp, seeded_library, language,
                                                         shown, tmp_path):
    """Review F8-5: "Soeharto" / "Suharto" (one word each) were never offered; "Widodo"
    beside two Widodos still is not."""
    from PySide6.QtCore import QLocale

    from reader.app import i18n

    before = QLocale()
    i18n.install(language, qapp)
    try:
        seed_id = seeded_library.articles.ids()[0]
        seeded_library.annotations.add_exact(seed_id, "Kami tidak ingin berperang",
                                             kind="quote", speaker="Soeharto")
        for name in ("Suharto", "Joko Widodo", "Iriana Widodo", "Widodo"):
            seeded_library.speakers.create(name)
        dialog = SpeakerManagerDialog(seeded_library, QUndoStack())
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert [(v.name, v.into) for v in dialog.variants] == [("Suharto", "Soeharto")]
        assert dialog.variant_label.text() == shown
        assert dialog.grab().save(str(tmp_path / f"soeharto_{language}.png"))
        dialog.close()
    finally:
        i18n.install("en", qapp)
        QLocale.setDefault(before)
