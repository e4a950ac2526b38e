"""R12-3: an imported title, outlet or quotation holding a bidirectional override (U+202E)
was obeyed by the app: the library list showed the title reversed ("…<b/>eltiT"), the trail
view and the Quotes list passed it raw, so it turned the rest of their line around. The app
marks each such control with U+FFFD (R14-5: everywhere, as the article's body must: its
offsets are the anchors); ``kutip list`` writes them out ("\\u202e")."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt

from reader.app.dialog_helpers import plain_tooltip
from reader.app.library_delegate import SubtitleRole
from reader.app.quotes import trail_html
from reader.app.quotes.model import ClusterTableModel
from reader.core.importers import ImportedArticle

DATA = Path(__file__).resolve().parents[1] / "data" / "trail"
RLO = "\u202e"
TITLE = f"{RLO}Title <b/> 😀 \u2067مرحبا"


def _raw(text) -> bool:
    return any(char in str(text) for char in (RLO, "\u2067"))


def test_the_library_list_writes_a_title_s_bidi_controls_out(open_window, seeded_library,
                                                                 qtbot):
    seeded_library.articles.add(ImportedArticle(
        title=TITLE, source=f"{RLO}Outlet", authors=f"{RLO}Ann", text="Isi berita.",
        content_hash="bidi"))
    window = open_window(seeded_library)
    model = window.library_panel.table.model()
    qtbot.waitUntil(lambda: any("Title" in str(model.index(row, 0).data())
                                for row in range(model.rowCount())))
    row = next(row for row in range(model.rowCount())
               if "Title" in str(model.index(row, 0).data()))
    index = model.index(row, 0)
    shown = [index.data(), index.data(Qt.ItemDataRole.ToolTipRole), index.data(SubtitleRole)]
    assert not any(_raw(text) for text in shown), shown
    assert index.data() == "\ufffdTitle <b/> 😀 \ufffdمرحبا"
    assert "\ufffdOutlet" in index.data(SubtitleRole)
    window.open_article(model.article_id(row))
    assert window.windowTitle() == "\ufffdTitle <b/> 😀 \ufffdمرحبا — Kutip"
    window.library_panel.grab().save(str(Path(seeded_library.path).parent / "bidi-list.png"))


def test_the_trail_and_the_quotes_list_write_them_out(seeded_library, seed_id):
    lib = seeded_library
    quote = lib.annotations.add_exact(
        seed_id, "Saya berharap mereka akan menganggap kami serius", kind="quote",
        speaker="Lavrov")
    lib.imports.paths([DATA / "antara-lavrov.txt", DATA / "republika-lavrov.txt"])
    trail = lib.trail.trail(quote.id)
    trail.versions[0].title = TITLE
    trail.versions[0].exact = RLO + trail.versions[0].exact
    html = trail_html(trail)
    assert not _raw(html) and "\ufffdTitle &lt;b/&gt;" in html
    summary = lib.trail.clusters()[0]
    model = ClusterTableModel()
    model.set_rows([dataclasses.replace(summary, text=RLO + summary.text)])
    assert model.index(0, 0).data().startswith("\ufffd")
    assert not _raw(model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole))
    assert not _raw(plain_tooltip(TITLE)) and "\ufffdTitle" in plain_tooltip(TITLE)


def test_the_article_heading_and_the_dialogs_write_them_out(open_window, seeded_library):
    """R12-3's leftovers: the article pane's own heading and meta line, the undo entry of a
    deleted article, the text editor's title and the one-line names dialogs clip."""
    from reader.app.article_commands import DeleteArticleCommand
    from reader.app.dialog_helpers import clip_words
    from reader.app.text_editor_dialog import TextEditorDialog

    article_id = seeded_library.articles.add(ImportedArticle(
        title=TITLE, source=f"{RLO}Outlet", text="Isi berita.", content_hash="bidi"))[0]
    window = open_window(seeded_library)
    window.open_article(article_id)
    document = window.reader.text_widget.document()
    heading = document.firstBlock()
    assert not _raw(heading.text()) and heading.text().startswith("\ufffdTitle")
    assert not _raw(heading.next().text()) and "\ufffdOutlet" in heading.next().text()
    assert "Isi berita." in document.toPlainText()  # (the story itself is left as it is)
    command = DeleteArticleCommand(seeded_library, article_id)
    assert not _raw(command.text()) and "\ufffdTitle" in command.text()
    editor = TextEditorDialog(seeded_library.articles.get(article_id), parent=window)
    assert not _raw(editor.windowTitle())
    editor.deleteLater()
    assert clip_words(TITLE) == "\ufffdTitle <b/> 😀 \ufffdمرحبا"


def test_the_story_shows_its_controls_as_replacement_characters(open_window, seeded_library):
    """R13-4: the story's own U+202E turned "Retno Marsudi" into "RetnoidusraM". The stored
    text keeps it (annotations are anchored by its offsets); the reader shows each control
    as U+FFFD, one position for one, so every offset still lands on the same character."""
    story = f"Kata Retno{RLO} Marsudi\u202c hari ini.\n\nLalu \x1b\u2067selesai\u2069."
    article_id = seeded_library.articles.add(ImportedArticle(
        title="Judul", text=story, content_hash="bidi-story"))[0]
    window = open_window(seeded_library)
    window.open_article(article_id)
    assert seeded_library.articles.get(article_id).text == story
    shown = window.reader.text_widget.document().toPlainText()
    shown = shown[shown.index("Kata Retno"):]
    assert shown == "Kata Retno\ufffd Marsudi\ufffd hari ini.\n\nLalu \ufffd\ufffdselesai\ufffd."
    assert len(shown) == len(story)


def test_one_rendering_in_the_heading_lists_and_status_bar(open_window, seeded_library):
    """R14-5: one window showed one character three ways: the heading and the library list
    "\\u202e" written out, the annotation list a box for a BEL, the status bar "\\x07".
    Each now shows U+FFFD, as the body does."""
    story = "Pembuka berita.\n\nKami \x07tidak akan mundur dari Retno\u202e Marsudi\u202c."
    article_id = seeded_library.articles.add(ImportedArticle(
        title=f"Menteri {RLO}PRESIDENT\u202c Bicara", text=story,
        content_hash="bidi-one"))[0]
    window = open_window(seeded_library)
    window.open_article(article_id)
    start = story.index("Kami")
    window.tag_selection("quote", start, start + len("Kami \x07tidak akan mundur"))
    pane = window.annotation_pane
    shown = {
        "heading": window.reader.text_widget.document().firstBlock().text(),
        "list": window.library_panel.table.model().index(0, 0).data(),
        "annotations": pane.list.model().index(0, 0).data(),
        "status": window.statusBar().currentMessage(),
    }
    for where, text in shown.items():
        assert "\ufffd" in text and "\\u" not in text and "\\x" not in text, (where, text)
        assert not _raw(text) and "\x07" not in text, where
    assert "Kami \ufffdtidak akan mundur" in shown["annotations"]
    assert "Kami \ufffdtidak" in shown["status"]
    assert seeded_library.annotations.for_article(article_id)[0].exact == (
        "Kami \x07tidak akan mundur")  # (stored as written)
