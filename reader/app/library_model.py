"""The library table: every matching article, sortable, fetched a page at a time.

The model keeps only the ordered list of ids (cheap even at 100,000 rows) and
loads the rows a view actually paints, ``PAGE`` at a time, so a huge library
opens and scrolls at once. Unfiltered, it starts from the first page of ids (what
the window paints first: nothing read on the window's thread grows with the
library) and, once those rows are painted, reads the other ids, and so the count,
in a thread of its own on a Library of its own; they are added as rows when they
arrive. A lookup of an article further down before then reads them at once.
(Counting and reading every id walk two indexes of the library file: ~30 ms at
100,000 articles when the file is in the system's cache, ~0.45 s when it is not,
as after a restart: session 12, bench/README.md.)
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)

from ..core.library import ArticleFilter, Library
from ..core.models import Article
from ..core.store import StoreError
from ..core.textnorm import marked_controls
from .dates import date_label
from .dialog_helpers import plain_tooltip
from .i18n import kind_count
from .library_delegate import SnippetRole, SubtitleRole
from .read_apart import ReadApart

PAGE = 200
COLUMNS = [
    ("title", QT_TRANSLATE_NOOP("LibraryTableModel", "Title")),
    ("source", QT_TRANSLATE_NOOP("LibraryTableModel", "Source")),
    ("published", QT_TRANSLATE_NOOP("LibraryTableModel", "Date")),
    ("quotes", QT_TRANSLATE_NOOP("LibraryTableModel", "Q")),
    ("claims", QT_TRANSLATE_NOOP("LibraryTableModel", "C")),
    ("highlights", QT_TRANSLATE_NOOP("LibraryTableModel", "H")),
]
_COLUMN_TIPS = {"quotes": QT_TRANSLATE_NOOP("LibraryTableModel", "Number of quotes"),
                "claims": QT_TRANSLATE_NOOP("LibraryTableModel", "Number of claims"),
                "highlights": QT_TRANSLATE_NOOP("LibraryTableModel", "Number of highlights")}
NUMERIC = {"quotes", "claims", "highlights"}
ArticleIdRole = Qt.ItemDataRole.UserRole + 1

# The roles the list answers, as plain ints. A view asks for ~7 roles of every cell it paints
# (font, colours, check state… that the list leaves to the style), and a member of
# ``Qt.ItemDataRole`` read in ``data`` costs ~1 µs (a lookup through Python's enum): ~3 ms a
# jump of the list, more than a page of rows read from the library.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_ANSWERED = frozenset({_DISPLAY, _TOOLTIP, _ALIGNMENT, ArticleIdRole, SubtitleRole, SnippetRole})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

_ROOT = QModelIndex()


def count_text(n: int, one: str, many: str) -> str:
    """"1 quote" / "3 quotes", through the translations ("1 kutipan" / "3 kutipan")."""
    translate = QCoreApplication.translate
    return translate("Counts", one) if n == 1 else translate("Counts", many).format(n=n)


def subtitle(article: Article) -> str:
    """The line under a title: source · date · what was tagged in it."""
    counts = [kind_count(kind, n) for kind, n in (("quote", article.quotes),
              ("claim", article.claims), ("highlight", article.highlights)) if n]
    tagged = ", ".join(c for c in counts if c)
    parts = (marked_controls(" ".join(article.source.split())), article_date(article), tagged)
    return " · ".join(p for p in parts if p)


def article_date(article: Article) -> str:
    """``22 Dec 2021``; ``~22 Dec 2021`` when the year was inferred; ``22/12`` without a year."""
    return date_label(article, short=True)


def first_ids(library: Library, where: ArticleFilter, sort: str, descending: bool
              ) -> tuple[list[int], bool]:
    """The first page of a listing's ids, and whether they are all of them (one more is
    read to tell); raises StoreError on a damaged file."""
    ids = [row[0] for row in library.articles.stream_fields(
        ["id"], where, sort, descending, limit=PAGE + 1)]
    return (ids[:PAGE], False) if len(ids) > PAGE else (ids, True)


class LibraryTableModel(QAbstractTableModel):
    # a page of rows could not be read (e.g. a damaged file); the rows show empty and the
    # page is not read again until the next reload, so painting never loops on the error
    readFailed = Signal(object)  # noqa: N815
    # the rows after an unfiltered listing's first page were added: its count is known now
    completed = Signal()

    def __init__(self, library: Library, parent=None):
        super().__init__(parent)
        self.library = library
        self.filter = ArticleFilter()
        self.sort_key = "imported"
        self.descending = True
        self._ids: list[int] = []  # in the listing's order: all of them, or the first page
        self._total = 0  # rows shown (len(self._ids) but while a changed listing is re-read)
        self._all_read = True  # False while only the first page of ids is
        self._rest_asked = False  # the rest of the ids will be read in the next turn
        self._generation = 0  # which listing the rest is asked for (each reload its own)
        self._rows: dict[int, int] | None = None  # id -> row, made on first use per reload
        self._pages: dict[int, list[Article]] = {}
        self.snippets: dict[int, str] = {}  # article id -> search snippet, while searching
        # the rest of a listing's ids, read in a thread (``_read_rest``)
        self._rest_apart = ReadApart(library, self._take_rest, "kutip-library-list", self)
        # a search listing's first page read again after a write (``refresh_rows``): at
        # 100,000 articles that of "the" took the window's thread 0.5 s a tag
        self._refresh_apart = ReadApart(library, self._take_refresh, "kutip-library-refresh",
                                        self)
        self._refresh_wanted = 0  # ``reads`` when a refresh last asked for one
        # every id is read, and being read again in a thread to see whether rows past the
        # first page changed (``refresh_rows`` of a long listing): the rows stay meanwhile
        self._checking = False
        # listings read (reloads, refreshes after a write): a search read in a thread since
        # an older one may have missed a write, and is read again here (LibraryPanel)
        self.reads = 0
        self.reload()

    @property
    def complete(self) -> bool:
        """Whether every row of the listing is there (``rowCount`` is its count): not while
        an unfiltered listing's rows after the first page are being read."""
        return self._all_read

    # -- what the window asks for -------------------------------------------------
    def set_filter(self, where: ArticleFilter,
                   first: tuple[list[int], bool] | None = None) -> None:
        """Show the articles ``where`` selects; ``first``: their first ids, already read
        (``first_ids`` in a search's thread, on this library as it is now)."""
        self.filter = where
        self.reload(first)

    def reload(self, first: tuple[list[int], bool] | None = None) -> None:
        """Re-run the query (after a filter change, a sort or a write)."""
        self.reads += 1
        self.beginResetModel()
        self._generation += 1  # (a read of the rest asked before is for another listing)
        self._ids, self._all_read = self._first_ids() if first is None else first
        self._total = len(self._ids)
        self._rest_asked = False
        self._checking = False
        self._rows = None
        self._pages.clear()
        self.endResetModel()

    def _first_ids(self) -> tuple[list[int], bool]:
        """The ids to start from, and whether they are all of the listing's: only the first
        page's (one more tells whether there are others). At 100,000 articles, counting them
        and reading every id walk two indexes (~30 ms, ~0.45 s when the file is not in the
        system's cache), not before the first frame nor on the window's thread; a filter
        on annotations ("with quotes") reads every article's row (~0.2–0.4 s): filtered
        too, the rest is read in a thread (the query runs twice, once off this thread)."""
        try:
            return first_ids(self.library, self.filter, self.sort_key, self.descending)
        except StoreError:  # damaged: all ids (as they come from an index),
            pass  # and the rows' damage is reported once painted
        return self.library.articles.ids(self.filter, self.sort_key, self.descending), True

    def _read_all_ids(self) -> None:
        """Every id, here and now: for a row beyond the first page needed before the rest
        arrived (a lookup of an article further down), or where no thread can read them."""
        if not self._all_read:
            self._add_rest(self.library.articles.ids(self.filter, self.sort_key,
                                                      self.descending))

    def _add_rest(self, ids: list[int]) -> None:
        """The whole listing's ``ids``, read after its first page: the rows past that page
        added. Should the library have changed since the first page was read (another
        process), the listing is read afresh in the next turn (not here: this may run in a
        lookup by a view; meanwhile the rows keep their count and those it lacks show
        empty)."""
        if self._checking:  # every id was there: the listing read again to compare
            self._checking = False
            if ids != self._ids:
                QTimer.singleShot(0, self.reload)
            return
        shown = len(self._ids)
        if ids[:shown] != self._ids:
            self._ids, self._rows, self._all_read = ids, None, True
            self._pages.clear()
            QTimer.singleShot(0, self.reload)
            return
        if len(ids) > shown:
            self.beginInsertRows(_ROOT, shown, len(ids) - 1)
        self._ids, self._rows, self._all_read, self._total = ids, None, True, len(ids)
        if len(ids) > shown:
            self.endInsertRows()
        self.completed.emit()

    def _read_rest_soon(self) -> None:
        """The other ids, once the rows being painted reach the screen (at start, the
        window's first frame): asked in the event loop's next turn, read in a thread of
        their own (``_read_rest``). A listing reloaded meanwhile has its own rest read then
        (none when it is filtered: all read at once)."""
        self._rest_asked = True
        QTimer.singleShot(0, self, self._read_rest)

    def _read_rest(self) -> None:
        """Start reading the rest of the listing in a thread, on a Library of its own (its
        own connection to the file, or to a team library's server: at 100,000 articles
        the ids of a listing sorted by quotes took the window's thread ~0.2–0.4 s, longer
        over a network); one with neither (a file gone) is read here."""
        if self._all_read and not self._checking:
            return
        where, sort, descending = self.filter, self.sort_key, self.descending
        # (coding blind, a sort by counts is the coder's own: read as them)
        if not self._rest_apart.start(self._generation,
                                      lambda own: own.articles.ids(where, sort, descending)):
            self._read_rest_here()

    def _take_rest(self, generation: int, found: object) -> None:
        """The rest read in its thread, back on the window's: dropped when the listing was
        reloaded since, or read here meanwhile; on an error, read again here (a damaged
        file is said once)."""
        if generation != self._generation or (self._all_read and not self._checking):
            return
        if isinstance(found, list):
            self._add_rest(found)
        else:
            self._read_rest_here()

    def _read_rest_here(self) -> None:
        try:
            if self._checking:  # (a team library: compared here, as a thread's ids are)
                self._add_rest(self.library.articles.ids(self.filter, self.sort_key,
                                                         self.descending))
            else:
                self._read_all_ids()
        except StoreError as error:  # (damaged: said once; a row beyond tries again)
            self._checking = False
            self.readFailed.emit(error)

    def refresh_rows(self) -> None:
        """Repaint with fresh data but the same rows (e.g. counts changed). The first page
        is read again here; past it, the ids are read again in a thread (a tag while the
        list is sorted by quotes or shows "with quotes" only: at 100,000 articles every id
        of such a listing took ~0.2–0.4 s of the window's thread), and a listing that
        changed there is read afresh when they arrive. A search's first page is read again
        in a thread too (that of "the" took the window's thread 0.5 s a tag at 100,000
        articles, "said" 0.25 s), and so is that of a listing annotations decide
        (``_refreshed_apart``): the rows stay, with their data read afresh, and the list
        is reloaded from what the thread read only when it differs."""
        self.reads += 1
        if self._refreshed_apart():
            self._refresh_wanted = self.reads
            if self._refresh_apart.reading or self._read_first_apart():
                self._repaint_rows()  # (one being read: it reads again when it ends)
                return
        if not self._compare_first(*self._first_ids()):
            self._repaint_rows()

    def _refreshed_apart(self) -> bool:
        """Whether the first page is read again in a thread after a write: for a search,
        and for a listing that annotations decide (a tag, speaker, kind or coder chosen,
        or sorted by a count): at 100,000 articles and 1M annotations the first page
        with a tag chosen took the window's thread 0.4-3 s after every Q/C/H (review
        R20-15); an unfiltered listing's is an index's first rows, read here."""
        where = self.filter
        return bool(where.query.strip() or where.tag or where.speaker or where.kind
                    or where.coder.strip() or self.sort_key in NUMERIC)

    def stop_reading(self) -> None:
        """The window is closing: what the threads still read is not taken (it would be
        compared with, or read again from, a library about to close)."""
        self._generation += 1
        self._refresh_wanted = 0
        self._rest_apart.stop()
        self._refresh_apart.stop()

    @property
    def refreshing(self) -> bool:
        """Whether a listing's first page is being read again in a thread (``refresh_rows``)."""
        return self._refresh_apart.reading > 0

    def _read_first_apart(self) -> bool:
        where, sort, descending = self.filter, self.sort_key, self.descending
        return self._refresh_apart.start((self._generation, self.reads),
                                         lambda own: first_ids(own, where, sort, descending))

    def _take_refresh(self, asked: tuple[int, int], found: object) -> None:
        """A search's first page read again in its thread, back on the window's: compared
        when nothing was read since; read again when a refresh asked meanwhile (one thread
        at a time); dropped when the listing was reloaded since (its own first page read).
        An error is met again here (a damaged file said as before)."""
        generation, reads = asked
        if (generation, reads) != (self._generation, self.reads):
            if self._refresh_wanted > reads and self._refreshed_apart():
                if not self._read_first_apart() and not self._compare_first(
                        *self._first_ids()):
                    self._repaint_rows()
            return
        if isinstance(found, tuple):
            self._compare_first(*found, read=True)
        elif not self._compare_first(*self._first_ids()):
            self._repaint_rows()

    def _compare_first(self, first: list[int], whole: bool, read: bool = False) -> bool:
        """The listing's first page ``first`` as read again (``whole``: all of it) against
        the rows shown: reloaded when it differs (from ``first`` when it was ``read`` in a
        thread, not read again here), True; else what is past the first page is read again
        in a thread and compared when it arrives."""
        if whole:
            changed = first != self._ids
        else:  # longer than a page: its first page tells now, the rest in a thread
            changed = len(self._ids) <= PAGE or first != self._ids[:PAGE]
        if changed:
            self.reload((first, whole) if read else None)
            return True
        if not self._all_read and self._rest_asked:  # what is being read may be older
            self._generation += 1
            self._read_rest_soon()
        elif self._all_read and not whole:  # every id shown: compare them in a thread
            self._generation += 1
            self._checking = True
            self._read_rest_soon()
        return False

    def _repaint_rows(self) -> None:
        """Every row's data read afresh when painted next."""
        self._pages.clear()
        if self._total:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self._total - 1, len(COLUMNS) - 1))

    def refresh_article(self, article_id: int) -> None:
        """One article's annotations changed: re-read just its row, unless the order or
        the filter depends on annotations (then the whole list may change)."""
        depends = self.sort_key in NUMERIC or any(
            (self.filter.kind, self.filter.tag, self.filter.speaker, self.filter.query.strip(),
             self.filter.coder.strip()))  # (a coder's first annotation brings the article in)
        if depends:
            self.refresh_rows()
            return
        row = self.row_of(article_id)
        if row < 0:
            return
        page = self._pages.get(row // PAGE)
        offset = row % PAGE
        if page is not None and offset < len(page) and page[offset].id == article_id:
            try:  # re-read this row, not its whole page
                fresh = self.library.articles.rows([article_id])
            except StoreError:
                fresh = []
            if fresh:
                page[offset] = fresh[0]
            else:
                self._pages.pop(row // PAGE)
        else:
            self._pages.pop(row // PAGE, None)
        # a cell at a time: a table view repaints a range of cells one pixel taller than
        # the row (Qt's rectangle from corner points), i.e. the next row with it; a cell
        # is repainted exactly (a hidden column's not at all)
        for column in range(len(COLUMNS)):
            index = self.index(row, column)
            self.dataChanged.emit(index, index)

    def article_id(self, row: int) -> int | None:
        if row >= len(self._ids):
            self._read_all_ids()
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def has_read(self, article_id: int) -> bool:
        """Whether ``article_id`` is among the listing's ids read so far (no more read)."""
        return article_id in (self._ids if self._rows is None else self._rows)

    def row_of(self, article_id: int) -> int:
        if self._rows is None and not self._all_read:
            if article_id in self._ids:  # (the first page: the article the window opens)
                return self._ids.index(article_id)
            self._read_all_ids()
        if self._rows is None:  # one pass over the ids, then a lookup per tag
            self._rows = {i: row for row, i in enumerate(self._ids)}
        return self._rows.get(article_id, -1)

    def article(self, row: int) -> Article | None:
        if row >= len(self._ids):
            self._read_all_ids()
        if not 0 <= row < len(self._ids):
            return None
        page = row // PAGE
        if page not in self._pages:
            if not (self._all_read or self._rest_asked):
                self._read_rest_soon()  # (the first rows are being painted)
            ids = self._ids[page * PAGE:(page + 1) * PAGE]
            try:
                # (coded blind: the counts are the current coder's own)
                self._pages[page] = self.library.coders.as_seen(self.library.articles.rows(ids))
            except StoreError as error:  # damaged pages: empty rows, said once
                self._pages[page] = []
                self.readFailed.emit(error)
            if len(self._pages) > 50:  # bound memory when scrolling a huge library
                self._pages.pop(next(iter(self._pages)))
        rows = self._pages[page]
        offset = row - page * PAGE
        return rows[offset] if offset < len(rows) else None

    # -- Qt model API ---------------------------------------------------------------
    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("LibraryTableModel", COLUMNS[section][1])
            if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section][0] in NUMERIC:
                return QCoreApplication.translate("LibraryTableModel",
                                                  _COLUMN_TIPS[COLUMNS[section][0]])
            if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section][0] in NUMERIC:
                return _RIGHT
        return None

    def data(self, index, role=_DISPLAY):
        if role not in _ANSWERED or not index.isValid():
            return None
        key = COLUMNS[index.column()][0]
        if role == ArticleIdRole:
            return self.article_id(index.row())
        if role == _ALIGNMENT:
            return _RIGHT if key in NUMERIC else None
        article = self.article(index.row())
        if article is None:
            return None
        if role == SubtitleRole:
            return subtitle(article)
        if role == SnippetRole:
            return self.snippets.get(article.id)
        if key == "published":  # "~22 Dec 2021" in the cell, [inferred]/[no year] in the tooltip
            if role == _DISPLAY:
                return article_date(article)
            return plain_tooltip(date_label(article)) or None
        value = getattr(article, key)
        if key in NUMERIC:
            return value if role == _DISPLAY else kind_count(key[:-1], value)
        if role == _TOOLTIP:  # imported text: never rich text
            if key == "title":
                value = "\n".join(filter(None, [article.title, article.source, article.authors]))
            return plain_tooltip(value) or None
        return marked_controls(value) if isinstance(value, str) else value  # (R12-3)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.sort_key = COLUMNS[column][0]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()
