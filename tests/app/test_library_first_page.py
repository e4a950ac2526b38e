"""The unfiltered library list starts from the count and the first page of ids (issue 12:
reading 100,000 ids cost ~40 ms of the app's start) and reads the other ids when a row
beyond them is first needed. Here a page is 3 rows over a library of 10 articles."""

from __future__ import annotations

import pytest

from reader.app import library_model
from reader.app.library_model import LibraryTableModel
from reader.core.library import ArticleFilter, Library
from reader.core.models import ImportedArticle

TITLES = ["Kilat", "Badai", "Jembatan", "Angin", "Gempa", "Hujan", "Embun", "Dermaga",
          "Ladang", "Cahaya"]


@pytest.fixture
def page_of_three(monkeypatch):
    monkeypatch.setattr(library_model, "PAGE", 3)


@pytest.fixture
def ten(fresh_library) -> Library:
    for n, title in enumerate(TITLES):
        fresh_library.articles.add(ImportedArticle(
            title=title, text=f"Isi berita {title}.", content_hash=f"h{n}"))
    return fresh_library


def listed(model: LibraryTableModel) -> list[int | None]:
    return [model.article_id(row) for row in range(model.rowCount())]


def first_page_only(model: LibraryTableModel) -> bool:
    return len(model._ids) < model.rowCount()


def test_the_whole_list_is_counted_but_only_the_first_page_read(qtbot, page_of_three, ten):
    model = LibraryTableModel(ten)
    everything = ten.articles.ids(ArticleFilter(), "imported", True)
    assert model.rowCount() == 10
    assert first_page_only(model)
    assert [model.article_id(row) for row in range(3)] == everything[:3]
    assert model.index(1, 0).data() == ten.articles.get(everything[1]).title
    assert model.row_of(everything[2]) == 2  # the window opens an article of the first page
    assert first_page_only(model)
    assert listed(model) == everything  # a row further down reads the rest
    assert not first_page_only(model)


def test_a_row_beyond_the_first_page_paints_its_article(qtbot, page_of_three, ten):
    model = LibraryTableModel(ten)
    last = ten.articles.ids(ArticleFilter(), "imported", True)[-1]
    assert model.index(9, 0).data() == ten.articles.get(last).title
    assert model.row_of(last) == 9


def test_finding_an_article_further_down_reads_the_rest(qtbot, page_of_three, ten):
    model = LibraryTableModel(ten)
    oldest = ten.articles.ids(ArticleFilter(), "imported", False)[0]
    assert model.row_of(oldest) == 9
    assert model.row_of(-5) == -1


@pytest.mark.parametrize("column", range(len(library_model.COLUMNS)))
def test_every_sort_lists_what_the_full_query_does(qtbot, page_of_three, ten, column):
    model = LibraryTableModel(ten)
    for order, descending in ((library_model.Qt.SortOrder.AscendingOrder, False),
                              (library_model.Qt.SortOrder.DescendingOrder, True)):
        model.sort(column, order)
        key = library_model.COLUMNS[column][0]
        assert first_page_only(model)
        assert listed(model) == ten.articles.ids(ArticleFilter(), key, descending)


def test_a_filtered_list_reads_all_its_ids(qtbot, page_of_three, ten):
    model = LibraryTableModel(ten)
    model.set_filter(ArticleFilter(query="berita"))
    assert model.rowCount() == 10 and not first_page_only(model)
    model.set_filter(ArticleFilter())
    assert model.rowCount() == 10 and first_page_only(model)


def test_another_process_adding_an_article_meanwhile_is_shown(qtbot, page_of_three, ten,
                                                             db_path):
    model = LibraryTableModel(ten)
    other = Library(db_path)  # adds an article after the count, before the rest is read
    other.articles.add(ImportedArticle(title="Baru", text="Isi baru.", content_hash="new"))
    other.close()
    with qtbot.waitSignal(model.modelReset, timeout=2000):
        model.article_id(8)  # reads the rest: it does not fit the count, so read afresh
    assert model.rowCount() == 11
    assert listed(model) == ten.articles.ids(ArticleFilter(), "imported", True)


def test_refreshing_rows_notices_a_new_article_without_reading_every_id(
        qtbot, page_of_three, ten):
    model = LibraryTableModel(ten)
    model.refresh_rows()  # nothing changed: same rows, still the first page only
    assert model.rowCount() == 10 and first_page_only(model)
    ten.articles.add(ImportedArticle(title="Baru", text="Isi baru.", content_hash="new"))
    with qtbot.waitSignal(model.modelReset, timeout=1000):
        model.refresh_rows()
    assert model.rowCount() == 11 and model.index(0, 0).data() == "Baru"
    assert listed(model) == ten.articles.ids(ArticleFilter(), "imported", True)


def test_the_window_lists_and_walks_the_whole_library(qtbot, page_of_three, ten,
                                                       open_window):
    window = open_window(ten)
    table = window.library_panel.table
    newest = ten.articles.ids(ArticleFilter(), "imported", True)
    assert window.article_id == newest[0]  # the first row
    table.setFocus()
    for _ in range(9):  # down the list with the keyboard, past the first page
        qtbot.keyClick(table, library_model.Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.article_id == newest[9])
    table.scrollToTop()
    table.viewport().grab()
    assert window.library_panel.select_article(newest[5])
    assert table.currentIndex().row() == 5


def test_the_window_starts_on_the_first_page_of_a_longer_library(qtbot, fresh_library,
                                                                 open_window):
    for n in range(library_model.PAGE + 5):
        fresh_library.articles.add(ImportedArticle(
            title=f"Berita {n}", text=f"Isi berita {n}.", content_hash=f"p{n}"))
    window = open_window(fresh_library)
    model = window.library_panel.model
    assert model.rowCount() == library_model.PAGE + 5
    assert first_page_only(model)  # shown, the first article open, the rest not read
    assert window.article_id == model.article_id(0)
    window.library_panel.table.scrollToBottom()
    window.library_panel.table.viewport().grab()
    assert model.index(model.rowCount() - 1, 0).data() == "Berita 0"


def test_the_list_is_built_without_asking_for_the_row_headers_it_hides(qtbot, monkeypatch,
                                                                       ten):
    """The library list hides its row header before it gets its model: a shown one sizes
    itself from the header data of the model's first and last hundred rows as the model is
    set (~800 calls into Python at 100,000 articles, ~2 ms of the app's start)."""
    from PySide6.QtCore import Qt

    from reader.app.library_panel import LibraryPanel

    asked: list[Qt.Orientation] = []
    real = LibraryTableModel.headerData

    def header_data(model, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        asked.append(orientation)
        return real(model, section, orientation, role)

    monkeypatch.setattr(LibraryTableModel, "headerData", header_data)
    panel = LibraryPanel(ten)
    qtbot.addWidget(panel)
    panel.resize(400, 600)
    panel.show()
    qtbot.waitExposed(panel)
    assert Qt.Orientation.Horizontal in asked  # (the column header is shown: "Title")
    assert Qt.Orientation.Vertical not in asked
    assert panel.table.verticalHeader().isHidden()
