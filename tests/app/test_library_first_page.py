"""The unfiltered library list starts from the first page of ids (issue 12: reading
100,000 ids cost ~40 ms of the app's start) and, once its first rows are painted, reads the
other ids (and so the count) in a thread of its own, adding them as rows; a lookup of an
article further down before then reads them at once. Nothing the window's thread reads
before or after the first frame grows with the library (session 12: counting and reading
every id took ~0.45 s of it when the file was not in the system's cache).
Here a page is 3 rows over a library of 10 articles."""

from __future__ import annotations

import contextlib
import threading

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
    """Every row's article, the rest read first if it has not arrived (as a lookup of an
    article further down does)."""
    model.row_of(-1)
    return [model.article_id(row) for row in range(model.rowCount())]


def first_page_only(model: LibraryTableModel) -> bool:
    return not model.complete


def test_only_the_first_page_is_read_before_it_is_painted(qtbot, page_of_three, ten):
    model = LibraryTableModel(ten)
    everything = ten.articles.ids(ArticleFilter(), "imported", True)
    assert model.rowCount() == 3
    assert first_page_only(model)
    assert [model.article_id(row) for row in range(3)] == everything[:3]
    assert model.index(1, 0).data() == ten.articles.get(everything[1]).title
    assert model.row_of(everything[2]) == 2  # the window opens an article of the first page
    assert first_page_only(model)
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    with qtbot.waitSignal(model.completed, timeout=1000):
        assert model.row_of(everything[9]) == 9  # further down: the rest read at once
    assert inserted == [(3, 9)] and model.rowCount() == 10
    assert listed(model) == everything


def test_a_row_beyond_the_first_page_paints_its_article(qtbot, page_of_three, ten):
    model = LibraryTableModel(ten)
    last = ten.articles.ids(ArticleFilter(), "imported", True)[-1]
    assert model.row_of(last) == 9
    assert model.index(9, 0).data() == ten.articles.get(last).title


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


def test_a_filtered_list_starts_from_its_first_page_too(qtbot, page_of_three, ten):
    """A filter on annotations ("with quotes") read every article's row on the window's
    thread (~0.2–0.4 s at 100,000 articles): a filtered listing starts from its first page
    as well, the rest read in a thread; one that fits a page is whole at once."""
    model = LibraryTableModel(ten)
    model.set_filter(ArticleFilter(query="berita"))
    assert model.rowCount() == 3 and first_page_only(model)
    painted(model)
    qtbot.waitUntil(lambda: model.complete, timeout=2000)
    assert listed(model) == ten.articles.ids(ArticleFilter(query="berita"), "imported", True)
    model.set_filter(ArticleFilter(query="Badai"))
    assert model.rowCount() == 1 and not first_page_only(model)


def _quote_some(library, ids):
    for article_id in ids:
        library.annotations.add_exact(article_id, "Isi berita", kind="quote")


@contextlib.contextmanager
def ids_read_here(library):
    """A note (``"ids"``) for each read of the library's listing ids made on the window's
    thread while inside: every test here wants none."""
    here: list[str] = []
    real = type(library.articles).ids

    def ids(articles, *args, **kwargs):
        if threading.current_thread() is threading.main_thread():
            here.append("ids")
        return real(articles, *args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(type(library.articles), "ids", ids)
        yield here


@pytest.mark.parametrize("change", ["nothing", "past the first page", "on the first page"])
def test_refreshing_a_long_listing_reads_only_its_first_page_here(
        qtbot, page_of_three, ten, change):
    """A tag while the list shows "with quotes" only (or is sorted by them) re-read every
    id of the listing on the window's thread: now none (its first page is read again in a
    thread, then the rest compared in one), and a listing that changed past the first
    page is read afresh then."""
    newest = ten.articles.ids(ArticleFilter(), "imported", True)
    _quote_some(ten, newest[:8])
    model = LibraryTableModel(ten)
    model.set_filter(ArticleFilter(kind="quote"))
    painted(model)
    qtbot.waitUntil(lambda: model.complete, timeout=2000)
    assert model.rowCount() == 8
    if change == "past the first page":
        _quote_some(ten, newest[8:])  # two more articles "with quotes", at the bottom
    elif change == "on the first page":
        ten.annotations.delete(ten.annotations.where(article_ids=[newest[0]])[0].id)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    with ids_read_here(ten) as here:
        model.refresh_rows()
        assert here == []  # (every id, on this thread: none)
        assert not resets  # (its first page too is read again in a thread: R20-15)

        def settled() -> bool:
            painted(model)  # (a listing read afresh reads its rest once painted)
            return model.complete and not model._checking and not model.refreshing and (
                change == "nothing" or bool(resets))

        qtbot.waitUntil(settled, timeout=2000)
    assert bool(resets) == (change != "nothing")
    assert listed(model) == ten.articles.ids(ArticleFilter(kind="quote"), "imported", True)


def test_another_process_adding_an_article_meanwhile_is_shown(qtbot, page_of_three, ten,
                                                             db_path):
    model = LibraryTableModel(ten)
    other = Library(db_path)  # adds an article after the count, before the rest is read
    other.articles.add(ImportedArticle(title="Baru", text="Isi baru.", content_hash="new"))
    other.close()
    with qtbot.waitSignal(model.modelReset, timeout=2000):
        model.row_of(-1)  # reads the rest: it does not fit the first page, so read afresh
    assert listed(model) == ten.articles.ids(ArticleFilter(), "imported", True)
    assert model.rowCount() == 11


def test_refreshing_rows_notices_a_new_article_without_reading_every_id(
        qtbot, page_of_three, ten):
    model = LibraryTableModel(ten)
    model.refresh_rows()  # nothing changed: same rows, still the first page only
    assert model.rowCount() == 3 and first_page_only(model)
    ten.articles.add(ImportedArticle(title="Baru", text="Isi baru.", content_hash="new"))
    with qtbot.waitSignal(model.modelReset, timeout=1000):
        model.refresh_rows()
    assert model.rowCount() == 3 and model.index(0, 0).data() == "Baru"
    assert listed(model) == ten.articles.ids(ArticleFilter(), "imported", True)


def test_the_window_lists_and_walks_the_whole_library(qtbot, page_of_three, ten,
                                                       open_window):
    window = open_window(ten)
    table = window.library_panel.table
    newest = ten.articles.ids(ArticleFilter(), "imported", True)
    assert window.article_id == newest[0]  # the first row
    qtbot.waitUntil(lambda: table.model().complete)  # (the rest, after the first frame)
    table.setFocus()
    for _ in range(9):  # down the list with the keyboard, past the first page
        qtbot.keyClick(table, library_model.Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.article_id == newest[9])
    table.scrollToTop()
    table.viewport().grab()
    assert window.library_panel.select_article(newest[5])
    assert table.currentIndex().row() == 5


def test_the_window_reads_the_rest_after_its_first_frame(qtbot, fresh_library, settings):
    """The first frame and the first article come before the other ids are read; they are
    read after, in a thread of their own: the window's thread never counts the articles
    nor reads every id (session 12: ~0.45 s of it at 100,000 articles when the file was
    not in the system's cache). The counts say "…" until then."""
    from PySide6.QtCore import QEvent, QObject

    from reader.app.main_window import MainWindow

    for n in range(library_model.PAGE + 5):
        fresh_library.articles.add(ImportedArticle(
            title=f"Berita {n}", text=f"Isi berita {n}.", content_hash=f"p{n}"))
    happened: list[str] = []
    real = LibraryTableModel._add_rest
    articles = type(fresh_library.articles)
    on_window_thread: list[str] = []

    def add_rest(model, ids):
        if first_page_only(model):
            happened.append("rest read")
        real(model, ids)

    def watched(name):
        method = getattr(articles, name)

        def call(self, *args, **kwargs):
            if threading.current_thread() is threading.main_thread():
                on_window_thread.append(name)
            return method(self, *args, **kwargs)
        return call

    class Painted(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 (Qt API)
            if event.type() == QEvent.Type.Paint and "painted" not in happened:
                happened.append("painted")
            return False

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(LibraryTableModel, "_add_rest", add_rest)
        patch.setattr(articles, "count", watched("count"))
        patch.setattr(articles, "ids", watched("ids"))
        window = MainWindow(fresh_library, settings)
        qtbot.addWidget(window)
        model = window.library_panel.model
        window.firstFrameShown.connect(lambda: happened.append("first frame"))
        window.startFinished.connect(lambda: happened.append("article open"))
        watcher = Painted()
        window.installEventFilter(watcher)
        window.show()
        assert first_page_only(model)
        assert window.sidebar.item(0).text() == "All articles (…)"
        assert window.counts_label.text() == ""
        qtbot.waitUntil(lambda: not first_page_only(model))
        assert on_window_thread == []
    assert happened == ["painted", "first frame", "article open", "rest read"]
    assert model.rowCount() == library_model.PAGE + 5
    assert window.sidebar.item(0).text() == f"All articles ({library_model.PAGE + 5})"
    assert window.counts_label.text() == f"{library_model.PAGE + 5} articles"
    assert window.article_id == model.article_id(0)
    window.library_panel.table.scrollToBottom()
    window.library_panel.table.viewport().grab()
    assert model.index(model.rowCount() - 1, 0).data() == "Berita 0"
    window.close()


def painted(model: LibraryTableModel) -> None:
    """What a view does first: the first rows' cells (and that page) are read."""
    assert model.index(0, 0).data() is not None


def test_the_rest_is_read_in_the_turn_after_the_first_rows_are_painted(qtbot, page_of_three,
                                                                      ten):
    model = LibraryTableModel(ten)
    qtbot.wait(1)
    assert first_page_only(model)  # nothing painted: nothing more read
    painted(model)
    assert first_page_only(model)  # (not while painting)
    qtbot.waitUntil(lambda: not first_page_only(model), timeout=1000)
    assert listed(model) == ten.articles.ids(ArticleFilter(), "imported", True)


def test_the_rest_arrives_as_rows_added_below_the_painted_ones(qtbot, page_of_three, ten):
    """A view that painted the first page keeps its rows and its place: the rest arrives
    as rows added after them (no reset), and scrolls like any other row."""
    from PySide6.QtWidgets import QTableView

    model = LibraryTableModel(ten)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(300, 120)
    view.show()
    view.selectRow(1)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    view.viewport().grab()  # the first rows painted: the rest asked for
    assert first_page_only(model) and model.rowCount() == 3
    qtbot.waitUntil(lambda: model.complete, timeout=2000)
    assert not resets and view.currentIndex().row() == 1
    everything = ten.articles.ids(ArticleFilter(), "imported", True)
    view.scrollToBottom()
    view.viewport().grab()
    assert model.index(9, 0).data() == ten.articles.get(everything[9]).title
    assert listed(model) == everything
    assert [model.row_of(i) for i in everything] == list(range(10))


@pytest.mark.parametrize("change", ["sort", "filter", "sort back"])
def test_a_sort_or_filter_while_the_rest_is_pending_lists_the_new_order(
        qtbot, page_of_three, ten, change):
    """The listing changes after the first rows asked for the rest and before it is read:
    what is read is the new listing's rest (none when it is filtered: all read)."""
    model = LibraryTableModel(ten)
    painted(model)  # the read of the (imported, newest first) rest is pending
    if change == "sort":
        model.sort(0, library_model.Qt.SortOrder.AscendingOrder)  # by title
        wanted = ten.articles.ids(ArticleFilter(), "title", False)
    elif change == "filter":
        model.set_filter(ArticleFilter(query="Badai"))
        wanted = ten.articles.ids(ArticleFilter(query="Badai"), "imported", True)
    else:  # another listing of the same order
        model.sort(0, library_model.Qt.SortOrder.AscendingOrder)
        model.sort(0, library_model.Qt.SortOrder.DescendingOrder)
        model.sort_key, model.descending = "imported", True
        model.reload()
        wanted = ten.articles.ids(ArticleFilter(), "imported", True)
    painted(model)
    qtbot.wait(20)
    assert listed(model) == wanted
    assert [model.row_of(i) for i in wanted] == list(range(len(wanted)))
    assert [model.index(r, 0).data() for r in range(len(wanted))] == [
        ten.articles.get(i).title for i in wanted]


@pytest.mark.parametrize("change", ["import", "delete", "import and delete"])
def test_an_import_or_delete_before_the_rest_is_read_is_shown(qtbot, page_of_three, ten,
                                                             db_path, change):
    """Articles added or deleted between the first page and the rest (by another process,
    so no refresh is asked for): the rest is read as the library is then; when it does not
    fit the page painted (a new article on top), the listing is read afresh; the row of each
    id stays right."""
    model = LibraryTableModel(ten)
    everything = ten.articles.ids(ArticleFilter(), "imported", True)
    other = Library(db_path)
    if "import" in change:
        other.articles.add(ImportedArticle(title="Baru", text="Isi baru.", content_hash="new"))
    if "delete" in change:
        other.articles.delete(everything[6])
    other.close()
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    painted(model)
    qtbot.waitUntil(lambda: model.complete or bool(resets), timeout=2000)
    qtbot.wait(20)
    assert bool(resets) == ("import" in change)
    now = ten.articles.ids(ArticleFilter(), "imported", True)
    assert listed(model) == now
    assert model.rowCount() == len(now)
    assert [model.row_of(i) for i in now] == list(range(len(now)))
    assert model.row_of(everything[6]) == (-1 if "delete" in change else 7)
    assert [model.index(r, 0).data() for r in range(len(now))] == [
        ten.articles.get(i).title for i in now]


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


@pytest.mark.parametrize("change", ["import", "delete"])
def test_this_window_importing_or_deleting_before_the_rest_is_read(qtbot, page_of_three, ten,
                                                                   change):
    """The window's own import or delete refreshes the list (``refresh_rows``) while the
    rest is still to be read: the count or first page differ, so it reloads; the read asked
    for before reads the new listing's rest."""
    model = LibraryTableModel(ten)
    painted(model)
    everything = ten.articles.ids(ArticleFilter(), "imported", True)
    if change == "import":
        ten.articles.add(ImportedArticle(title="Baru", text="Isi baru.", content_hash="new"))
    else:
        ten.articles.delete(everything[0])
    model.refresh_rows()
    painted(model)
    qtbot.waitUntil(lambda: not first_page_only(model), timeout=1000)
    qtbot.wait(20)
    now = ten.articles.ids(ArticleFilter(), "imported", True)
    assert listed(model) == now
    assert [model.row_of(i) for i in now] == list(range(len(now)))
    assert [model.index(r, 0).data() for r in range(len(now))] == [
        ten.articles.get(i).title for i in now]


def test_a_damaged_library_met_reading_the_rest_is_said_not_raised(qtbot, page_of_three,
                                                                   ten, monkeypatch):
    from reader.core.store import StoreError

    model = LibraryTableModel(ten)
    failed: list[object] = []
    model.readFailed.connect(failed.append)

    def damaged(*_args, **_kwargs):
        raise StoreError("database disk image is malformed")

    # (the thread's Library of its own meets it too, then the window's)
    monkeypatch.setattr(type(ten.articles), "ids", damaged)
    painted(model)
    qtbot.waitUntil(lambda: bool(failed), timeout=2000)
    qtbot.wait(20)
    assert len(failed) == 1 and isinstance(failed[0], StoreError)
    assert model.rowCount() == 3 and first_page_only(model)
    monkeypatch.undo()
    assert listed(model) == ten.articles.ids(ArticleFilter(), "imported", True)


@pytest.mark.parametrize("refresh", [False, True])
def test_a_team_library_s_listing_is_read_in_a_thread_too(qtbot, page_of_three, pg_url,
                                                           refresh):
    """A team library's listing past its first page was read on the window's thread (its
    ids over the network, ~0.2–0.4 s of a server's time at 100,000 articles, sorted by
    quotes): it is read in a thread, over a connection of its own, as a file's is; so is
    the comparison after a tag (``refresh_rows`` of a long listing)."""
    team = Library(pg_url)
    try:
        for n, title in enumerate(TITLES):
            team.articles.add(ImportedArticle(title=title, text=f"Isi berita {title}.",
                                              content_hash=f"h{n}"))
        _quote_some(team, team.articles.ids(ArticleFilter(), "imported", True)[:8])
        with ids_read_here(team) as here:
            model = LibraryTableModel(team)
            model.set_filter(ArticleFilter(kind="quote"))
            painted(model)
            qtbot.waitUntil(lambda: model.complete, timeout=5000)
            if refresh:
                model.refresh_rows()
                qtbot.waitUntil(lambda: model.complete and not model._checking
                                and not model.refreshing, timeout=5000)
            assert here == []  # (every id, on the window's thread: none)
        assert model.rowCount() == 8
        assert listed(model) == team.articles.ids(ArticleFilter(kind="quote"), "imported", True)
    finally:
        team.close()
