"""Documents through the library's one import path: dedupe, pages, suggestions, re-import."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner
from formats import docx_bytes, eml_bytes, epub_bytes, odt_bytes, w_par

from reader.cli import cli
from reader.core.importers import ImportOptions

DATA = Path(__file__).parent / "data"
PRESS = DATA / "formats" / "aalto_press_release.pdf"
OPINION = DATA / "formats" / "ca1_calvary_chapel_opinion.pdf"
QUOTE = "“We will not raise the fares this year,” said Mayor Lina Hartono."


def _folder(root: Path) -> Path:
    folder = root / "sources"
    folder.mkdir()
    shutil.copy(PRESS, folder / "release.pdf")
    shutil.copy(DATA / "import" / "saved_page.html", folder / "page.html")
    (folder / "transcript.docx").write_bytes(docx_bytes(
        w_par("The mayor on fares") + w_par(QUOTE) + w_par("The council met on Monday."),
        creator="Dewi Lestari", created="2024-05-02T09:00:00Z"))
    (folder / "statement.odt").write_bytes(odt_bytes(
        "<text:p>“Talks will go on,” said Foreign Minister Retno Marsudi.</text:p>",
        title="Ministry statement", creator="Budi Santoso", date="2023-11-20T08:00:00"))
    (folder / "book.epub").write_bytes(epub_bytes(
        [("One", ["It began with a phone call."]), ("Two", ["The harbour was quiet."])],
        title="Harbour Notes", creator="Ayu Utami", date="2019-03-01"))
    (folder / "mail.eml").write_bytes(eml_bytes(
        subject="Port strike", sender="Rina Wijaya <rina@example.org>",
        date="Tue, 14 May 2024 10:02:00 +0700",
        text="“The strike ends tomorrow,” said Agus Salim, the union head."))
    return folder


def test_a_folder_of_every_format_imports_in_one_go(tmp_path, fresh_library):
    folder = _folder(tmp_path)
    report = fresh_library.imports.paths([folder])
    assert report.failed == [] and len(report.imported) == 6
    articles = {a.original_name: a for a in fresh_library.articles.find()}
    assert {name: (a.title, a.authors, a.published) for name, a in articles.items()} == {
        "release.pdf": ("AI developed by a group of researchers at Aalto University could "
                        "significantly speed up the search for new materials.", "", "2017-10-05"),
        "page.html": (articles["page.html"].title, articles["page.html"].authors,
                      articles["page.html"].published),
        "transcript.docx": ("The mayor on fares", "Dewi Lestari", "2024-05-02"),
        "statement.odt": ("Ministry statement", "Budi Santoso", "2023-11-20"),
        "book.epub": ("Harbour Notes", "Ayu Utami", "2019-03-01"),
        "mail.eml": ("Port strike", "Rina Wijaya", "2024-05-14"),
    }
    assert {a.original_format for a in articles.values()} == {
        "pdf", "html", "docx", "odt", "epub", "eml"}
    again = fresh_library.imports.paths([folder])  # dedupe by content
    assert len(again.present) == 6 and again.imported == []


def test_quotes_in_documents_are_suggested(tmp_path, fresh_library):
    fresh_library.imports.paths([_folder(tmp_path)])
    by_name = {a.original_name: a.id for a in fresh_library.articles.find()}
    for name, speaker in (("transcript.docx", "Lina Hartono"), ("statement.odt", "Retno Marsudi"),
                          ("mail.eml", "Agus Salim")):
        found = fresh_library.suggestions.for_article(by_name[name])
        quotes = [s for s in found if s.kind == "quote"]
        assert quotes and speaker in quotes[0].speaker, (name, quotes)


def test_pdf_pages_are_stored_and_cited(tmp_path, fresh_library):
    report = fresh_library.imports.paths([OPINION])
    article_id = report.imported[0][1]
    pages = fresh_library.pages.of_article(article_id)
    assert [label for _, label in pages] == [str(n) for n in range(1, 18)]
    note = fresh_library.annotations.add_exact(article_id, "Governor Mills apparently agreed",
                                        kind="quote")
    assert fresh_library.pages.label(article_id, note.start) == "7"
    assert fresh_library.pages.label(article_id, 0) == "1"


def test_reimporting_an_edited_document_reanchors(tmp_path, fresh_library):
    path = tmp_path / "transcript.docx"
    path.write_bytes(docx_bytes(w_par("The mayor on fares") + w_par(QUOTE)
                                + w_par("The council met on Monday.")))
    article_id = fresh_library.imports.paths([path]).imported[0][1]
    note = fresh_library.annotations.add_exact(article_id, "We will not raise the fares this year")
    path.write_bytes(docx_bytes(w_par("The mayor on fares") + w_par("A new first paragraph.")
                                + w_par(QUOTE) + w_par("The council met on Monday.")))
    report = fresh_library.imports.paths([path])
    assert report.updated == [(str(path), article_id)]
    moved = fresh_library.annotations.get(note.id)
    text = fresh_library.articles.get(article_id).text
    assert text[moved.start:moved.end] == "We will not raise the fares this year"


def test_epub_chapters_are_articles_and_reimport_per_chapter(tmp_path, fresh_library):
    path = tmp_path / "book.epub"
    path.write_bytes(epub_bytes([("One", ["It began with a phone call."]),
                                 ("Two", ["The harbour was quiet."])], title="Harbour Notes"))
    report = fresh_library.imports.paths([path], options=ImportOptions(epub_chapters=True))
    assert [label for label, _ in report.imported] == [f"{path} › One", f"{path} › Two"]
    path.write_bytes(epub_bytes([("One", ["It began with a phone call at night."]),
                                 ("Two", ["The harbour was quiet."])], title="Harbour Notes"))
    again = fresh_library.imports.paths([path], options=ImportOptions(epub_chapters=True))
    assert [label for label, _ in again.updated] == [f"{path} › One"]
    assert [label for label, _ in again.present] == [f"{path} › Two"]


def test_failed_document_writes_nothing(tmp_path, fresh_library):
    bad = tmp_path / "cut.docx"
    bad.write_bytes(docx_bytes(w_par("Hello."))[:100])
    before = fresh_library.articles.count()
    report = fresh_library.imports.paths([bad])
    assert len(report.failed) == 1 and fresh_library.articles.count() == before


def test_cli_imports_documents_with_options(tmp_path):
    db = tmp_path / "lib.sqlite"
    mail = tmp_path / "fwd.eml"
    mail.write_bytes(eml_bytes(subject="Fwd: release", sender="a@example.org",
                               text="See the attached release.",
                               attachments=[("release.pdf", PRESS.read_bytes(),
                                             "application/pdf")]))
    runner = CliRunner()
    result = runner.invoke(cli, ["--db", str(db), "import", str(mail)], catch_exceptions=False)
    assert result.exit_code == 0
    assert "note: " in result.output and "release.pdf" in result.output
    result = runner.invoke(cli, ["--db", str(db), "import", "--attachments", str(mail)],
                           catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "1 imported, 1 already present" in result.output
    scan = tmp_path / "scan.pdf"
    from formats import blank_pdf

    scan.write_bytes(blank_pdf(1))
    result = runner.invoke(cli, ["--db", str(db), "import", str(scan)], catch_exceptions=False)
    assert result.exit_code == 1 and "no text layer" in result.output
    assert "Traceback" not in result.output


def test_undoing_a_delete_brings_the_pages_back(fresh_library):
    article_id = fresh_library.imports.paths([OPINION]).imported[0][1]
    pages = fresh_library.pages.of_article(article_id)
    snapshot = fresh_library.articles.delete(article_id)
    assert fresh_library.pages.of_article(article_id) == []
    fresh_library.articles.restore(snapshot)
    assert fresh_library.pages.of_article(article_id) == pages
