"""The app side of documents and feeds: import options, the file filter, Library → Feeds."""

from __future__ import annotations

import shutil
from pathlib import Path

from feed_server import serve_bbc, server_fixture  # noqa: F401 - the server fixture
from formats import eml_bytes, epub_bytes

from reader.app import dialog_helpers, import_worker
from reader.app.feeds_dialog import FeedsDialog
from reader.app.import_controller import import_filter
from reader.app.import_options import ImportOptionsDialog, kinds_among
from reader.core.importers import ImportOptions

FORMATS = Path(__file__).resolve().parents[1] / "data" / "formats"


def test_the_import_dialog_offers_every_format():
    for suffix in (".pdf", ".docx", ".odt", ".epub", ".eml", ".html", ".txt", ".md",
                   ".html.gz", ".htm.gz", ".txt.gz"):  # (a saved page gzipped: a5e90e2)
        assert f"*{suffix}" in import_filter().split(";;")[0].split("(")[1].rstrip(")").split()


def test_options_are_asked_only_for_epub_and_eml(tmp_path):
    (tmp_path / "a.pdf").write_bytes(b"%PDF")
    assert kinds_among([tmp_path / "a.pdf"]) == set()
    assert ImportOptionsDialog.ask(None, [tmp_path / "a.pdf"]) == ImportOptions()
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "book.epub").write_bytes(b"x")
    (sub / "mail.eml").write_bytes(b"x")
    assert kinds_among([tmp_path]) == {".epub", ".eml"}


def test_options_dialog_shows_only_what_applies(qtbot):
    dialog = ImportOptionsDialog({".epub"})
    qtbot.addWidget(dialog)
    assert not dialog.chapters.isHidden() and dialog.attachments.isHidden()
    dialog.chapters.setChecked(True)
    assert dialog.options() == ImportOptions(epub_chapters=True)


def test_dropping_an_epub_imports_its_chapters_when_asked(window, tmp_path, monkeypatch):
    book = tmp_path / "book.epub"
    book.write_bytes(epub_bytes([("One", ["It began with a phone call."]),
                                 ("Two", ["The harbour was quiet."])], title="Harbour Notes"))
    monkeypatch.setattr(ImportOptionsDialog, "ask",
                        classmethod(lambda cls, parent, paths: ImportOptions(epub_chapters=True)))
    before = window.library.articles.count()
    window.imports.import_paths([book])
    assert window.library.articles.count() == before + 2


def test_cancelling_the_options_imports_nothing(window, tmp_path, monkeypatch):
    mail = tmp_path / "mail.eml"
    mail.write_bytes(eml_bytes(subject="Hi", sender="a@example.org", text="Hello there."))
    monkeypatch.setattr(ImportOptionsDialog, "ask", classmethod(lambda cls, parent, paths: None))
    before = window.library.articles.count()
    window.imports.import_paths([mail])
    assert window.library.articles.count() == before


def test_attachment_notes_are_shown(window, tmp_path, monkeypatch):
    mail = tmp_path / "mail.eml"
    mail.write_bytes(eml_bytes(subject="Fwd", sender="a@example.org", text="See attached.",
                               attachments=[("release.pdf", (FORMATS / "aalto_press_release.pdf")
                                             .read_bytes(), "application/pdf")]))
    monkeypatch.setattr(ImportOptionsDialog, "ask",
                        classmethod(lambda cls, parent, paths: ImportOptions()))
    shown = []
    monkeypatch.setattr(import_worker, "show_report", lambda parent, report: shown.append(report))
    window.imports.import_paths([mail])
    assert shown and "release.pdf" in import_worker.report_text(shown[0])[2]


def test_a_pdf_dropped_on_the_window_imports(window, tmp_path):
    pdf = tmp_path / "release.pdf"
    shutil.copy(FORMATS / "aalto_press_release.pdf", pdf)
    window.imports.import_paths([pdf])
    titles = [a.title for a in window.library.articles.find()]
    assert any(t.startswith("AI developed by a group of researchers") for t in titles)


def test_feeds_dialog_adds_refreshes_and_removes(qtbot, window, server, monkeypatch):
    base, handler = server
    serve_bbc(base, handler)
    assert window.feeds_action in window.library_menu.actions()
    dialog = FeedsDialog(window.library, window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0 and not dialog.refresh_all_button.isEnabled()
    info = dialog.add_feed(base + "/bbc.rss")
    assert info is not None and dialog.table.item(0, 0).text() == "BBC News - World"
    before = window.library.articles.count()
    report = dialog.refresh(None)
    assert report is not None and len(report.imported) == 3
    assert window.library.articles.count() == before + 3
    assert dialog.table.item(0, 1).text() == "3"
    assert "3 imported" in dialog.status.text()
    again = dialog.refresh(None)
    assert again.imported == [] and window.library.articles.count() == before + 3
    assert dialog.add_feed(base + "/missing") is None and "Could not add" in dialog.status.text()
    dialog.table.selectRow(0)
    monkeypatch.setattr(dialog_helpers, "confirm", lambda *a, **k: True)
    dialog.remove_selected()
    assert dialog.table.rowCount() == 0 and window.library.feeds.all() == []
