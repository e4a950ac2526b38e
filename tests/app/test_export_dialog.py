"""The Export dialog: preview, copy, save, templates, errors; File > Export… and Import."""

from __future__ import annotations

import json

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from reader.app import dialog_helpers, file_dialogs
from reader.app import export_dialog as ed
from reader.app.export_dialog import ExportDialog, SafeBrowser
from reader.core.library import ArticleFilter

LAVROV = "Kami tidak ingin berperang"
DONFRIED = "Kami tidak akan mengkompromikan prinsip-prinsip utama"


@pytest.fixture
def tagged(seeded_library, seed_id):
    lavrov = seeded_library.annotations.add_exact(seed_id, LAVROV, speaker="Sergey Lavrov",
                                           tags=["perang"])
    seeded_library.annotations.add_exact(seed_id, DONFRIED, speaker="Karen Donfried",
                                  note="Prinsip *keamanan* Eropa")
    return seeded_library, seed_id, lavrov


@pytest.fixture
def dialog(qtbot, tagged, settings):
    library, seed_id, lavrov = tagged
    dlg = ExportDialog(library, lavrov.id, seed_id, ArticleFilter(query="berperang"),
                       settings=settings)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def test_preview_shows_the_quotes_raw_and_rendered(dialog):
    assert dialog.scope_combo.currentText().startswith("This article")
    assert f"> {LAVROV}" in dialog.preview_text()
    rendered = dialog.rendered_view.toPlainText()
    assert LAVROV in rendered and "Sergey Lavrov" in rendered and DONFRIED in rendered
    assert "Prinsip *keamanan* Eropa" in rendered  # escaped: not emphasis
    assert "title:" not in rendered  # the front matter stays out of the rendered view
    assert dialog.rendered_view.loaded == []


def test_options_update_the_preview_debounced(qtbot, dialog):
    dialog.scope_combo.setCurrentIndex(0)  # the selected annotation
    dialog.group_combo.setCurrentIndex(1)  # by speaker
    qtbot.waitUntil(lambda: "## Sergey Lavrov" in dialog.preview_text(), timeout=3000)
    assert DONFRIED not in dialog.preview_text()
    dialog.format_combo.setCurrentIndex(1)  # CSV
    dialog.bom_check.setChecked(True)
    qtbot.waitUntil(lambda: "BOM" in dialog.preview_note.text(), timeout=3000)
    assert dialog.preview_text().startswith("article_id,")
    assert not dialog.rendered_view.isVisible() and not dialog.group_combo.isEnabled()


def test_copy_puts_the_markdown_on_the_clipboard(dialog):
    dialog.copy_to_clipboard()
    text = QGuiApplication.clipboard().text()
    assert f"> {LAVROV}" in text and "— Karen Donfried, in" in text


def test_save_writes_the_file_and_remembers_the_folder(dialog, monkeypatch, tmp_path, settings):
    target = tmp_path / "out" / "seed.md"
    target.parent.mkdir()
    seen = {}

    def fake_save(parent, caption, directory, filters):
        seen["directory"] = directory
        return str(target), filters

    monkeypatch.setattr(file_dialogs, "get_save_file_name", fake_save)
    dialog.save()
    assert LAVROV in target.read_text(encoding="utf-8")
    assert settings.value("export/last_dir") == str(target.parent)
    dialog.save()
    assert seen["directory"].startswith(str(target.parent))


def test_whole_library_export_runs_in_a_thread(qtbot, dialog, monkeypatch, tmp_path):
    dialog.scope_combo.setCurrentIndex(dialog.scope_combo.count() - 1)
    assert dialog.scope_combo.currentText() == "The whole library"
    dialog.format_combo.setCurrentIndex(2)  # JSON
    text = dialog.export_text()
    assert json.loads(text)["total"] == 2


def test_broken_template_shows_its_error_in_the_preview(qtbot, dialog, monkeypatch, tmp_path):
    bad = tmp_path / "bad.md.j2"
    bad.write_text("# {{ heading }}\n{% for g in groups %}\n{{ g.name | nope }}\n"
                   "{% endfor %}\n", encoding="utf-8")
    monkeypatch.setattr(file_dialogs, "get_open_file_name",
                        staticmethod(lambda *a, **k: (str(bad), "")))
    errors = []
    monkeypatch.setattr(dialog_helpers, "show_error", lambda *a: errors.append(a))
    dialog.template_combo.setCurrentIndex(dialog.template_combo.count() - 1)  # Choose file…
    dialog.refresh_preview()
    qtbot.waitUntil(lambda: not dialog.rendering, timeout=15000)  # a user's template: a thread
    assert "line 3" in dialog.last_error and "nope" in dialog.last_error
    assert dialog.error_label.isVisible()
    assert "line 3" in dialog.preview_text()
    assert "Template error" in dialog.rendered_view.toPlainText()
    dialog.copy_to_clipboard()  # an error box, not a traceback
    assert errors and "line 3" in errors[0][2]


def test_copy_default_template_then_edit_it(qtbot, dialog, monkeypatch, tmp_path):
    target = tmp_path / "mine.md.j2"
    monkeypatch.setattr(file_dialogs, "get_save_file_name",
                        staticmethod(lambda *a, **k: (str(target), "")))
    dialog.copy_default_template()
    assert "{% for group in groups %}" in target.read_text(encoding="utf-8")
    assert dialog.template_combo.currentData() == str(target)
    target.write_text("Kutipan: {{ count }}\n", encoding="utf-8")
    dialog.refresh_preview()
    qtbot.waitUntil(lambda: dialog.preview_text() == "Kutipan: 2\n", timeout=15000)


def test_safe_browser_loads_nothing(qtbot):
    browser = SafeBrowser()
    qtbot.addWidget(browser)
    browser.setHtml('<p>x</p><img src="http://example.invalid/a.png">'
                    '<img src="file:///etc/passwd"><link rel="stylesheet" href="s.css">')
    browser.show()
    qtbot.waitExposed(browser)
    assert browser.document().resource(2, "http://example.invalid/a.png") is None
    assert not browser.openLinks() and not browser.openExternalLinks()


def test_safe_browser_shows_a_tooltip_from_its_html_as_plain_text(qtbot, monkeypatch):
    # A shared template may print <span title='<img src="/dev/zero">'>: Qt would render that
    # tooltip as rich text and read the file itself (std::bad_alloc on /dev/zero).
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    shown = []
    monkeypatch.setattr(QToolTip, "showText",
                        staticmethod(lambda pos, text, *a: shown.append(text)))
    browser = SafeBrowser()
    qtbot.addWidget(browser)
    hostile = '<img src="/no/such/file.png"> <b>x</b>'
    browser.setHtml(ed.render_markdown(f"<span title='{hostile}'>HOVER HOVER HOVER</span>"))
    browser.resize(400, 200)
    browser.show()
    qtbot.waitExposed(browser)
    rect = browser.cursorRect(browser.textCursor())  # the start of the text, in the viewport
    pos = browser.viewport().mapTo(browser, rect.center() + QPoint(8, 0))
    QApplication.sendEvent(browser, QHelpEvent(QEvent.Type.ToolTip, pos, browser.mapToGlobal(pos)))
    assert shown == [dialog_helpers.plain_tooltip(hostile)]
    assert browser.loaded == []


def test_render_markdown_leaves_out_front_matter():
    assert "title" not in ed.render_markdown('---\ntitle: "x"\n---\n\n# Judul\n')


@pytest.fixture
def window(open_window, tagged):
    return open_window(tagged[0])


def test_file_menu_export_opens_the_dialog_with_the_window_scope(qtbot, window, monkeypatch):
    shown = []
    monkeypatch.setattr(ExportDialog, "exec", lambda self: shown.append(self) or 0)
    assert window.export_action.shortcut().toString() == "Ctrl+E"
    assert window.export_action in window.file_menu.actions()
    window.export_action.trigger()
    dialog = shown[0]
    assert dialog.scope_combo.currentText().startswith("This article")
    assert LAVROV in dialog.preview_text()
    dialog.close()


def test_file_menu_import_annotations(qtbot, window, monkeypatch, tmp_path):
    exported = tmp_path / "a.json"
    exported.write_text(window.library.exports.render(fmt="json"), encoding="utf-8")
    monkeypatch.setattr(file_dialogs, "get_open_file_name",
                        staticmethod(lambda *a, **k: (str(exported), "")))
    infos, errors = [], []
    monkeypatch.setattr(dialog_helpers, "show_info", lambda *a: infos.append(a[2]))
    monkeypatch.setattr(dialog_helpers, "show_error", lambda *a: errors.append(a[2]))
    window.import_annotations_action.trigger()
    assert infos == ["0 imported, 2 already present, 0 orphaned, 0 unmatched."]
    exported.write_text("{nope", encoding="utf-8")
    window.import_annotations_action.trigger()
    assert errors and "a.json" in errors[0]


def test_csv_is_spreadsheet_safe_by_default(qtbot, dialog, tagged):
    """Issue 17.4: "CSV (spreadsheet)" keeps no formula live unless the user says so."""
    library, seed_id, lavrov = tagged
    library.annotations.update(lavrov.id, note='=HYPERLINK("https://evil.example","klik")')
    dialog.scope_combo.setCurrentIndex(0)
    dialog.format_combo.setCurrentIndex(1)  # CSV, no BOM
    assert dialog.safe_check.isChecked() and dialog.safe_check.isEnabled()
    assert "'=HYPERLINK(" in dialog.export_text()
    dialog.safe_check.setChecked(False)
    assert ',"=HYPERLINK(' in dialog.export_text()
    dialog.refresh_preview()
    assert ',"=HYPERLINK(' in dialog.preview_text()


def test_a_failed_save_keeps_the_file_it_would_replace(dialog, monkeypatch, tmp_path):
    """Issue 17.9: disk full mid-write leaves the old file whole, and says why."""
    import os

    target = tmp_path / "notes.md"
    target.write_text("my precious notes\n", encoding="utf-8")
    monkeypatch.setattr(file_dialogs, "get_save_file_name",
                        staticmethod(lambda *a, **k: (str(target), "")))
    errors = []
    monkeypatch.setattr(dialog_helpers, "show_error", lambda *a: errors.append(a))

    def disk_full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    dialog.save()
    monkeypatch.undo()
    assert target.read_text(encoding="utf-8") == "my precious notes\n"
    assert errors and "No space left on device" in errors[0][2]
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".notes.md")]


def test_saving_over_the_library_is_refused_in_the_interface_language(dialog, monkeypatch,
                                                                    tmp_path):
    """A save dialog pointed at a Kutip library (or any SQLite file) refuses it, in one line."""
    from reader.app import export_dialog

    target = tmp_path / "other.sqlite"
    target.write_bytes(b"SQLite format 3\x00" + bytes(100))
    before = target.read_bytes()
    monkeypatch.setattr(file_dialogs, "get_save_file_name",
                        staticmethod(lambda *a, **k: (str(target), "")))
    errors = []
    monkeypatch.setattr(dialog_helpers, "show_error", lambda *a: errors.append(a[2]))
    monkeypatch.setattr(export_dialog, "core_text", lambda value: f"[id] {value}")
    dialog.save()
    assert target.read_bytes() == before
    assert errors and "[id] it is a Kutip library" in errors[0] and "\n" not in errors[0]


@pytest.mark.parametrize("source, refused", [
    ("{{ cycler.__init__.__globals__.os.popen('id').read() }}", "__init__"),
    ("{{ lipsum.__globals__['os'].popen('id').read() }}", "lipsum"),
    ("{% include '../secret.j2' %}", "included template not found"),
    ("{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
     "ran longer than"),
], ids=["code", "globals", "include", "loop"])
def test_a_hostile_template_is_refused_and_the_dialog_stays_responsive(
        qtbot, dialog, monkeypatch, tmp_path, source, refused):
    """Issue 17.2: a shared template runs nothing, reads nothing, and never hangs the UI."""
    # 2 s for the endless loop; the others are refused long before any limit, but the child
    # process that renders them can take over 2 s just to start on a loaded machine
    monkeypatch.setattr(ed, "PREVIEW_SECONDS", 2.0 if refused == "ran longer than" else 60.0)
    (tmp_path / "secret.j2").write_text("rahasia", encoding="utf-8")
    folder = tmp_path / "shared"
    folder.mkdir()
    evil = folder / "evil.md.j2"
    evil.write_text(source, encoding="utf-8")
    dialog.set_template(evil)
    dialog.refresh_preview()  # (at once, not after the debounce)
    assert dialog.rendering  # in the background
    ticks = []
    timer = ed.QTimer(dialog)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    qtbot.waitUntil(lambda: not dialog.rendering, timeout=20000)
    timer.stop()
    if refused == "ran longer than":  # 2 s of rendering: the event loop ran all along
        assert len(ticks) >= 10
    assert refused in dialog.last_error and "evil.md.j2" in dialog.last_error
    assert "uid=" not in dialog.preview_text() and "rahasia" not in dialog.preview_text()
    assert dialog.error_label.isVisible()


@pytest.mark.parametrize("base,text", [("#ffffff", "#111111"), ("#1e1e1e", "#eeeeee")])
def test_quoted_text_in_the_preview_is_readable_in_light_and_dark(dialog, base, text):
    from PySide6.QtGui import QColor, QPalette

    from reader.app.article.style import contrast

    palette = dialog.rendered_view.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor(base))
    palette.setColor(QPalette.ColorRole.Text, QColor(text))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#777777"))
    dialog.setPalette(palette)
    sheet = dialog.rendered_view.document().defaultStyleSheet()
    colour = QColor(sheet.split("color:")[1].split(";")[0].strip())
    assert contrast(colour, QColor(base)) >= 4.5
    assert "#333" not in sheet


def test_changing_options_while_a_template_renders_runs_one_process_at_a_time(
        qtbot, dialog, tmp_path, monkeypatch):
    """Issue 17.2: every option change re-renders; a user's template renders in one child
    process at a time, and the preview ends with the options chosen last."""
    started = []
    real = ed._render

    def counting(items, options, seconds=None):
        started.append(options["hashtags"])
        return real(items, options, seconds)

    monkeypatch.setattr(ed, "_render", counting)
    mine = tmp_path / "mine.md.j2"
    mine.write_text("hashtags={{ hashtags }}\n", encoding="utf-8")
    dialog.set_template(mine)
    dialog.refresh_preview()
    for checked in (True, False, True, False, True):  # quick clicks while it renders
        dialog.hashtags_check.setChecked(checked)
        dialog.refresh_preview()
    qtbot.waitUntil(lambda: not dialog.rendering, timeout=20000)
    assert dialog.preview_text() == "hashtags=True\n"
    assert len(started) == 2 and dialog._in_flight == 0


@pytest.mark.parametrize("base,text", [("#ffffff", "#111111"), ("#1e1e1e", "#eeeeee")])
def test_a_template_error_is_readable_in_light_and_dark(dialog, base, text):
    import re

    from PySide6.QtGui import QColor, QPalette

    from reader.app.article.style import contrast

    palette = dialog.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor(base))
    palette.setColor(QPalette.ColorRole.Window, QColor(base))
    palette.setColor(QPalette.ColorRole.Text, QColor(text))
    dialog.setPalette(palette)
    dialog._show_error("unexpected '}'")
    label = QColor(re.search(r"color:\s*(#[0-9a-f]{6})", dialog.error_label.styleSheet())[1])
    shown = dialog.rendered_view.toHtml()
    assert contrast(label, QColor(base)) >= 4.5
    colours = [QColor(c) for c in re.findall(r"color:\s*(#[0-9a-f]{6})", shown)]
    assert colours and all(contrast(c, QColor(base)) >= 4.5 for c in colours)


def test_the_export_language_is_the_interface_s_unless_chosen(qtbot, tagged, settings,
                                                             indonesian):
    """R13-10: an Indonesian user's export said "Highlight", "Tags:", "— In *…*" in English.
    The dialog offers the language, the interface's by default; a choice is remembered for
    the next export (and the quote trail's)."""
    library, seed_id, _ = tagged
    dialog = ExportDialog(library, article_id=seed_id, settings=settings)
    qtbot.addWidget(dialog)
    assert dialog.language_combo.currentData() == "id"
    text = dialog.preview_text()
    assert "— Sergey Lavrov, dalam *" in text and "Label: perang" in text
    assert "*Catatan:* Prinsip" in text and "Tags:" not in text
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.language_combo.activated.emit(dialog.language_combo.currentIndex())
    qtbot.waitUntil(lambda: "Tags: perang" in dialog.preview_text(), timeout=3000)
    assert "— Sergey Lavrov, in *" in dialog.export_text()
    assert settings.value(ed.EXPORT_LANGUAGE) == "en"
    again = ExportDialog(library, article_id=seed_id, settings=settings)
    qtbot.addWidget(again)
    assert again.language_combo.currentData() == "en"
    again.language_combo.setCurrentIndex(again.language_combo.findData("id"))
    again.language_combo.activated.emit(again.language_combo.currentIndex())
    assert settings.value(ed.EXPORT_LANGUAGE) == ""  # (the interface's again)
    dialog.format_combo.setCurrentIndex(1)  # CSV: no labels to choose
    assert not dialog.language_combo.isEnabled()


def test_a_blind_coders_export_in_a_thread_holds_their_own_annotations(qtbot, dialog, tagged):
    """speed22's leftover: the threaded export opened a Library of its own without the
    window's coder, so a coder coding blind exported the default coder's view (the two
    quotes made by the default coder) instead of their own (none but theirs)."""
    library, seed_id, _ = tagged
    library.collections.add([seed_id], library.collections.id_of("Sampel", create=True))
    library.coders.set_blind(library.collections.id_of("Sampel"))
    library.coders.use("Budi")
    library.annotations.add_exact(seed_id, "perunding Rusia dan Amerika Serikat", kind="quote",
                                  speaker="Budi")
    dialog.scope_combo.setCurrentIndex(dialog.scope_combo.count() - 1)
    dialog.format_combo.setCurrentIndex(2)  # JSON
    text = dialog.export_text()
    assert json.loads(text)["total"] == 1  # (was 2: the default coder's quotes)
    assert "perunding Rusia dan Amerika Serikat" in text and LAVROV not in text
