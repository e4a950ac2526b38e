"""Review R22-7 (privacy): a dismissed suggestion kept its passage in full, so words removed
with Edit Article Text (or by a corrected page imported again) stayed readable in the library
file, in ``dismissed_suggestions``, for good. A dismissal whose words the new text no longer
has is forgotten; one still there stays; undo puts them back."""

from __future__ import annotations

import sqlite3

from reader.core.library import open_library

SECRET = "Nama informan kami adalah Budi Santoso dari Cilandak"
TEXT = (f"Judul berita\n\nJAKARTA - \"{SECRET},\" kata Menteri Sergey Lavrov di Moskow, "
        "Rabu. Dia menambahkan bahwa \"semua pihak harus menahan diri dan berunding,\" "
        "ujarnya.\n\n" + "Pertemuan itu membahas kerja sama ekonomi kedua negara di kawasan. " * 12
        + "\n")


def _dismissed(path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT kind, exact FROM dismissed_suggestions ORDER BY exact"
                            ).fetchall()
    finally:
        conn.close()


def _both_dismissed(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    library = open_library(tmp_path / "lib.sqlite")
    library.imports.paths([tmp_path / "a.txt"])
    article = library.articles.ids()[0]
    for suggestion in library.suggestions.for_article(article):
        library.suggestions.dismiss(article, suggestion)
    assert len(_dismissed(tmp_path / "lib.sqlite")) == 2
    return library, article


def test_edit_article_text_forgets_the_dismissals_of_words_it_removed(tmp_path):
    library, article = _both_dismissed(tmp_path)
    snapshot = library.texts.snapshot(article)
    cut = library.articles.text(article).replace(
        f"\"{SECRET},\" kata Menteri Sergey Lavrov di Moskow, Rabu. ", "")
    library.texts.replace(article, cut)
    assert [exact for _, exact in _dismissed(tmp_path / "lib.sqlite")] == [
        "semua pihak harus menahan diri dan berunding"]  # (its words are still there)
    assert library.suggestions.for_article(article) == []  # (the one left stays dismissed)
    library.texts.restore(snapshot)  # undo: the text and the dismissal are back
    assert len(_dismissed(tmp_path / "lib.sqlite")) == 2
    assert library.suggestions.for_article(article) == []
    library.close()
    data = b"".join(p.read_bytes() for p in tmp_path.glob("lib.sqlite*"))
    assert SECRET.encode() in data  # (the undo put the text back: the words are its)


def test_a_corrected_page_imported_again_forgets_them_too(tmp_path):
    library, article = _both_dismissed(tmp_path)
    (tmp_path / "a.txt").write_text(TEXT.replace(f"\"{SECRET},\" kata Menteri Sergey Lavrov "
                                                 "di Moskow, Rabu. ", ""), encoding="utf-8")
    library.imports.paths([tmp_path / "a.txt"])
    assert library.articles.ids() == [article]
    assert [exact for _, exact in _dismissed(tmp_path / "lib.sqlite")] == [
        "semua pihak harus menahan diri dan berunding"]
    library.close()
    data = b"".join(p.read_bytes() for p in tmp_path.glob("lib.sqlite*"))
    assert b"informan" not in data
