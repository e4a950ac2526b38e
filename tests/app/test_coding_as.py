"""Library > Coding as … (issue 14): the window's new annotations are recorded under the
chosen coder, kept in the settings for the next start and shown in the status bar."""

from reader.app.coding_as import SETTING
from reader.app.main_window import MainWindow
from reader.core.store.migrations import DEFAULT_CODER


def test_coding_as_records_the_chosen_coder_and_is_remembered(window, seeded_library,
                                                               settings, qtbot, monkeypatch):
    coding = window.coding_as
    assert coding.action in window.library_menu.actions()
    assert coding.action.text() == "C&oding as default coder…"  # (DEFAULT_CODER, named)
    seed = seeded_library.articles.ids()[0]
    window.open_article(seed)
    window.tag_selection("highlight", 0, 2)
    assert coding.use("Ana Putri")
    assert coding.label.text() == "Coding as Ana Putri"
    window.tag_selection("highlight", 3, 8)
    coders = [a.coder for a in seeded_library.annotations.for_article(seed)]
    assert coders == [DEFAULT_CODER, "Ana Putri"]
    assert settings.value(SETTING) == "Ana Putri"
    shown: list[str] = []
    monkeypatch.setattr("reader.app.dialog_helpers.show_error",
                        lambda parent, title, text: shown.append(text))
    assert not coding.use("x" * 200)  # refused with one message, the coder unchanged
    assert shown and seeded_library.coders.current == "Ana Putri"
    window.close()
    seeded_library.coders.use(None)
    again = MainWindow(seeded_library, settings)  # the next start codes as Ana again
    qtbot.addWidget(again)
    assert again.coding_as.current == "Ana Putri"
