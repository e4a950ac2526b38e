"""Measure Kutip against baselines measured in the same run; print ratios and PASS/MISS.

    python bench/generate.py          # once: 100,000 articles, 1,000,000 annotations
    python bench/run.py               # ~5 minutes on 2 cores
    python bench/run.py --db /tmp/small.sqlite --quick

Every figure is compared with the cheapest equivalent done directly with ``sqlite3``
(or plain Qt for the GUI) in this same process, so the ratios say what Kutip's own
layers cost, whatever the machine. GUI parts run under ``QT_QPA_PLATFORM=offscreen``
and are skipped with a note while the modules they need do not exist.
"""

from __future__ import annotations

import argparse
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# Qt's offscreen screen is 800×800 unless told otherwise; the app's first-run window fits
# its screen, so the GUI parts run on a common desktop screen (the window opens at 1400×860).
OFFSCREEN = "offscreen:configfile=" + str(Path(__file__).resolve().parent
                                          / "offscreen-1920x1080.json")
if os.environ.setdefault("QT_QPA_PLATFORM", OFFSCREEN) == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = OFFSCREEN
if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
if __name__ == "__main__":  # one Row and Skip for this script and the sections it imports
    sys.modules.setdefault("bench.run", sys.modules[__name__])

from bench.generate import DEFAULT_OUT, make_articles  # noqa: E402
from reader.core.library import ArticleFilter, Library  # noqa: E402
from reader.core.library.articles import LIST_COLUMNS  # noqa: E402
from reader.core.library.search import MARK_END, MARK_START, fts_query  # noqa: E402
from reader.core.store.migrations import FTS_TOKENIZE  # noqa: E402
from reader.core.store.sqlite.articles import ORDER_BY  # noqa: E402

QUERIES = ["pemerintah", "harga beras", "korupsi hakim", "minister said", "perundingan damai",
           "Lavrov", "inflasi", "subsidi listrik", "refugees border", "berperang",
           "cek angka", '"tidak akan"', "Jakarta", "vaccine hospital", "anggaran daerah"]
PAGE = 200  # rows the library table fetches for its first screen
KINDS = ("quote", "claim", "highlight")
SECTIONS = {"import": "import", "search": "search", "first paint": "first-paint",
            "export": "export", "GUI: reader": "gui-reader", "GUI: table": "gui-table",
            "GUI: start": "gui-start", "GUI: memory": "gui-memory", "GUI: tag": "gui-tag",
            "GUI: search": "gui-search",
            "CLI processes": "cli", "Kutip vs Taguette": "versus"}  # title → name for --only


@dataclass
class Row:
    name: str
    value: float  # what Kutip took
    baseline: float  # what the baseline took (same unit)
    unit: str
    target: str  # e.g. "≥ 0.5" for throughput ratios, "≤ 1.5" for time ratios
    note: str = ""

    @property
    def ratio(self) -> float:
        return self.value / self.baseline if self.baseline else float("inf")

    @property
    def passed(self) -> bool:
        return self.meets(self.ratio)

    def meets(self, ratio: float) -> bool:
        """Whether ``ratio`` meets this row's target ("≥ 10", "≤ 1.5")."""
        op, limit = self.target.split()
        return ratio >= float(limit) if op == "≥" else ratio <= float(limit)


@dataclass
class Skip:
    name: str
    note: str


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def best_of(fn: Callable[[], object], repeat: int) -> float:
    return min(timed(fn) for _ in range(repeat))


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def raw_connect(path: Path, readonly: bool = False) -> sqlite3.Connection:
    if readonly:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    else:
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    return conn


# ----------------------------------------------------------------------------- import
RAW_SCHEMA = f"""
CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT, text TEXT, source TEXT, authors TEXT,
  editor TEXT, url TEXT, dateline TEXT, published TEXT, language TEXT, photo_credit TEXT,
  original_name TEXT, original_format TEXT, content_hash TEXT, imported_at TEXT,
  updated_at TEXT, original_path TEXT, quotes INTEGER DEFAULT 0, claims INTEGER DEFAULT 0,
  highlights INTEGER DEFAULT 0);
CREATE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_source ON articles(source COLLATE NOCASE);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_title ON articles(title COLLATE NOCASE);
CREATE INDEX articles_url ON articles(url);
CREATE INDEX articles_original_path ON articles(original_path);
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content=articles, content_rowid=id,
  tokenize='{FTS_TOKENIZE}');
"""


def bench_import(count: int, batch: int = 1000) -> list[Row]:
    items = list(make_articles(count, seed=7, start=10_000_000))
    columns = ["title", "text", "source", "authors", "editor", "url", "dateline", "published",
               "language", "photo_credit", "original_name", "original_format", "content_hash"]
    rows = [tuple(getattr(a, c) for c in columns) + ("now", "now", "") for a in items]
    insert = (f"INSERT INTO articles ({', '.join(columns)}, imported_at, updated_at,"
              f" original_path) VALUES ({', '.join('?' * (len(columns) + 3))})")
    megabytes = sum(len(a.text.encode()) for a in items) / 1e6
    with tempfile.TemporaryDirectory() as tmp:
        def raw() -> None:
            conn = raw_connect(Path(tmp) / "raw.sqlite")
            conn.executescript(RAW_SCHEMA)
            for first in range(0, len(rows), batch):
                with conn:
                    last = conn.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0]
                    conn.executemany(insert, rows[first:first + batch])
                    conn.execute("INSERT INTO articles_fts (rowid, title, text)"
                                 " SELECT id, title, text FROM articles WHERE id > ?", [last])
            conn.close()

        def kutip() -> None:
            with Library(Path(tmp) / "kutip.sqlite") as library:
                assert library.bulk.add_articles(items, batch=batch) == len(items)

        raw_s, kutip_s = timed(raw), timed(kutip)
    note = f"{count:,} articles, {megabytes:.0f} MB; {count / kutip_s:,.0f} articles/s"
    return [Row("import: articles/s (bulk vs executemany+FTS)", count / kutip_s, count / raw_s,
                "art/s", "≥ 0.5", note)]


# ----------------------------------------------------------------------------- search
def bench_search(library: Library, raw: sqlite3.Connection, repeat: int) -> list[Row]:
    def raw_search(q: str) -> list:
        fq = fts_query(q)
        a = raw.execute(
            "SELECT rowid, bm25(articles_fts, 5.0, 1.0) AS r,"
            f" snippet(articles_fts, 1, '{MARK_START}', '{MARK_END}', '…', 16)"
            " FROM articles_fts WHERE articles_fts MATCH ? ORDER BY r LIMIT 50", [fq]).fetchall()
        n = raw.execute(
            "SELECT rowid, bm25(annotations_fts) AS r,"
            f" snippet(annotations_fts, -1, '{MARK_START}', '{MARK_END}', '…', 16)"
            " FROM annotations_fts WHERE annotations_fts MATCH ? ORDER BY r LIMIT 50",
            [fq]).fetchall()
        return sorted(a + n, key=lambda row: row[1])[:50]

    def raw_ids(q: str) -> list[int]:
        fq = fts_query(q)
        return [r[0] for r in raw.execute(
            "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? UNION"
            " SELECT article_id FROM annotations WHERE id IN"
            " (SELECT rowid FROM annotations_fts WHERE annotations_fts MATCH ?) ORDER BY 1",
            [fq, fq])]

    pairs = {
        "search: Library.search": (lambda q: library.search.find(q, limit=50), raw_search),
        "search: article_ids(query=…)": (
            lambda q: library.articles.ids(ArticleFilter(query=q)), raw_ids),
    }
    results = []
    for name, (ours, theirs) in pairs.items():
        for q in QUERIES[:3]:  # warm the page cache for both
            ours(q), theirs(q)
        mine, base = [], []
        for _ in range(repeat):
            for q in QUERIES:
                mine.append(timed(lambda q=q, f=ours: f(q)))
                base.append(timed(lambda q=q, f=theirs: f(q)))
        hits = sum(len(ours(q)) for q in QUERIES) / len(QUERIES)
        results.append(Row(f"{name} median", statistics.median(mine) * 1e3,
                           statistics.median(base) * 1e3, "ms", "≤ 1.5",
                           f"{len(QUERIES)} queries × {repeat}; {hits:,.0f} results on average"))
        results.append(Row(f"{name} p95", p95(mine) * 1e3, p95(base) * 1e3, "ms", "≤ 1.5"))
    results.append(_long_query(library, raw))
    return results


def _long_query(library: Library, raw: sqlite3.Connection) -> Row:
    """A pasted paragraph as the query (1,000 words of the longest article of the first
    1,000) against one typical query: FTS5 costs grew with every term (17 s at 200 words
    on a big library) until long queries were simplified to their most selective terms."""
    text = max((r[0] for r in raw.execute("SELECT text FROM articles LIMIT 1000")), key=len)
    pasted = " ".join(text.split()[:1000])
    library.search.find(pasted, limit=50)  # warm
    mine = statistics.median(timed(lambda: library.search.find(pasted, limit=50))
                             for _ in range(3))
    base = statistics.median(timed(lambda: library.search.find(QUERIES[0], limit=50))
                             for _ in range(3))
    return Row("search: a 1,000-word pasted paragraph vs one word", mine * 1e3, base * 1e3,
               "ms", "≤ 5", f"{len(pasted.split()):,} words; absolute {mine * 1e3:.0f} ms")


# ----------------------------------------------------------------------------- table
def bench_first_paint(library: Library, raw: sqlite3.Connection, repeat: int) -> list[Row]:
    cols = ", ".join(f'"{c}"' for c in LIST_COLUMNS)
    results = []
    total = library.articles.count()
    for sort in ["imported", "title", "source", "published", "quotes", "claims", "highlights"]:
        for descending in (False, True):
            direction = "DESC" if descending else "ASC"

            def ours(sort=sort, descending=descending) -> None:
                ids = library.articles.ids(sort=sort, descending=descending)
                library.articles.rows(ids[:PAGE])

            def theirs(sort=sort, direction=direction) -> None:
                ids = [r[0] for r in raw.execute(
                    f"SELECT id FROM articles a ORDER BY {ORDER_BY[sort]} {direction}")]
                page = ids[:PAGE]
                raw.execute(f"SELECT {cols} FROM articles WHERE id IN"
                            f" ({','.join('?' * len(page))})", page).fetchall()

            mine, base = best_of(ours, repeat), best_of(theirs, repeat)
            results.append(Row(f"first paint: ids + page, sort {sort} {direction.lower()}",
                               mine * 1e3, base * 1e3, "ms", "≤ 1.5",
                               f"{total:,} rows" if sort == "imported" and not descending
                               else ""))
    results.extend(_coder_lists(library, repeat))
    return results


def _coder_lists(library: Library, repeat: int) -> list[Row]:
    """What the window reads on its own thread for the library's coder filter (refilled
    after a change while a coder is chosen in it) and to set up Inter-coder Agreement, as
    the tag filter's menu (the tags' names) takes: review R20-15, where counting every
    coder's annotations for them froze the window 3-7 s a time at a million annotations."""

    def tags_menu() -> None:
        library.tags.names()

    def agreement_set_up() -> None:
        library.agreement.coder_names()
        library.agreement.coders_at_work("")

    base = best_of(tags_menu, repeat)
    return [Row("coder filter menu (coders annotating) vs the tag filter's",
                best_of(library.coders.annotating, repeat) * 1e3, base * 1e3, "ms", "≤ 5",
                f"{len(library.tags.names())} tags"),
            Row("Inter-coder Agreement set-up (coders, those at work) vs the tag filter's menu",
                best_of(agreement_set_up, repeat) * 1e3, base * 1e3, "ms", "≤ 10",
                f"{len(library.agreement.coder_names())} coders")]


# ----------------------------------------------------------------------------- export
def bench_export(library: Library, raw: sqlite3.Connection, wanted: int,
                 repeat: int = 5) -> list[Row | Skip]:
    """A Markdown export of about ``wanted`` annotations in each grouping, against raw rows
    + f-strings: CPU time (the process's), median of ``repeat`` runs alternating with the
    baseline, so other work on the machine weighs on both alike (wall medians in the note)."""
    ids, total = [], 0
    for article_id, count in raw.execute(
            "SELECT id, quotes + claims + highlights FROM articles ORDER BY id"):
        if total >= wanted:
            break
        ids.append(article_id)
        total += count

    def theirs() -> str:
        out = []
        marks = ",".join("?" * len(ids))
        titles = dict(raw.execute(f"SELECT id, title FROM articles WHERE id IN ({marks})", ids))
        current = None
        for article_id, kind, exact, speaker, note in raw.execute(
                "SELECT n.article_id, n.kind, n.exact, s.name, n.note FROM annotations n"
                f" LEFT JOIN speakers s ON s.id = n.speaker_id WHERE n.article_id IN ({marks})"
                " ORDER BY n.article_id, n.start", ids):
            if article_id != current:
                out.append(f"\n## {titles[article_id]}\n")
                current = article_id
            out.append(f"> {exact}\n\n— {speaker or ''} ({kind}) {note}\n")
        return "".join(out)

    def measured(fn: Callable[[], str]) -> tuple[float, float, str]:
        wall, cpu = time.perf_counter(), time.process_time()
        text = fn()
        return time.process_time() - cpu, time.perf_counter() - wall, text

    rows: list[Row | Skip] = []
    load = os.getloadavg()[0]
    for group in ("article", "speaker", "tag"):
        def ours(group: str = group) -> str:  # what `kutip export --group …` and the app do
            return library.exports.render(fmt="md", group=group, article_ids=ids)

        ours()  # (the first render compiles the template: not what is measured)
        mine, base, mine_wall, base_wall = [], [], [], []
        size = 0
        for _ in range(max(repeat, 1)):
            cpu, wall, _text = measured(theirs)
            base.append(cpu)
            base_wall.append(wall)
            cpu, wall, text = measured(ours)
            mine.append(cpu)
            mine_wall.append(wall)
            size = len(text)
        rows.append(Row(
            f"export: annotations to Markdown, by {group} (CPU)", statistics.median(mine),
            statistics.median(base), "s", "≤ 3",
            f"{total:,} annotations of {len(ids):,} articles, {size / 1e6:.1f} MB; wall"
            f" {statistics.median(mine_wall):.2f} / {statistics.median(base_wall):.2f} s;"
            f" load {load:.1f} (baseline: raw rows + f-strings)"))
    return rows


# ----------------------------------------------------------------------------- GUI
def _qt_app():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def bench_gui_open_article(repeat: int) -> list[Row | Skip]:
    name = "GUI: open an article with 1,000 highlights"
    try:
        from reader.app.article import ReaderView
    except ImportError as error:
        return [Skip(name, f"reader.app.article.ReaderView not available ({error})")]
    import random

    from PySide6.QtWidgets import QTextBrowser

    from reader.core.models import Annotation, Article

    app = _qt_app()
    rng = random.Random(3)
    text = "\n\n".join(a.text for a in make_articles(40, seed=5))
    while len(text) < 120_000:
        text += "\n\n" + text
    spans = sorted(rng.sample(range(0, len(text) - 200, 100), 1000))
    notes = [Annotation(id=i + 1, article_id=1, kind=rng.choice(["quote", "claim", "highlight"]),
                        exact=text[s:s + 60], start=s, end=s + 60,
                        tags=rng.sample(["ekonomi", "politik", "hukum"], rng.randint(0, 2)))
             for i, s in enumerate(spans)]
    article = Article(id=1, title="Panjang", text=text)
    view, plain = ReaderView(), QTextBrowser()
    # A fair baseline: the same reading font, no frame, same size, laid out and painted.
    plain.setFrameShape(QTextBrowser.Shape.NoFrame)
    plain.document().setDefaultFont(view.text_widget.document().defaultFont())
    for widget in (view, plain):
        widget.resize(900, 700)
        widget.show()
    app.processEvents()

    def ours() -> None:
        view.show_article(article, notes)
        view.repaint()
        app.processEvents()

    def theirs() -> None:
        plain.setPlainText(text)
        plain.repaint()
        app.processEvents()

    mine, base = best_of(ours, repeat), best_of(theirs, repeat)
    rows: list[Row | Skip] = [Row(name, mine * 1e3, base * 1e3, "ms", "≤ 2",
                                  f"{len(text):,} characters; baseline QTextBrowser."
                                  "setPlainText, same reading font and size")]
    rows += _heavy_article(app, view, article, rng, base, repeat)
    view.close()
    plain.close()
    return rows


def _heavy_article(app, view, article, rng, base: float, repeat: int) -> list[Row | Skip]:
    """The same article under 149,000 overlapping annotations (issue 17: it took 22 s to
    open and 16 s per tag): only the marks near the view are drawn."""
    import re

    from reader.core.models import Annotation

    text = article.text
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    notes = []
    for i in range(149_000):
        k = rng.randrange(len(words) - 6)
        s, e = words[k][0], words[k + rng.randrange(1, 6)][1]
        notes.append(Annotation(id=i + 1, article_id=1, kind=rng.choice(KINDS), exact=text[s:e],
                                start=s, end=e))
    notes.sort(key=lambda n: (n.start, n.end, n.id))
    tagged = [*notes, Annotation(id=len(notes) + 1, article_id=1, kind="quote",
                                 exact=text[:20], start=0, end=20)]

    def open_it() -> None:
        view.show_article(article, notes)
        view.repaint()
        app.processEvents()

    turns = [tagged, notes]

    def tag() -> None:  # what the window redraws after one more tag (or its undo)
        turns.reverse()
        view.set_annotations(turns[0])
        view.repaint()
        app.processEvents()

    opened = best_of(open_it, repeat)
    retag = best_of(tag, repeat)
    note = "149,000 annotations; baseline as above (setPlainText of the same text)"
    return [Row("GUI: open that article with 149,000 annotations", opened * 1e3, base * 1e3,
                "ms", "≤ 40", note),
            Row("GUI: redraw it after one more tag", retag * 1e3, base * 1e3, "ms", "≤ 15",
                note)]


def bench_gui_table(library: Library, raw: sqlite3.Connection, steps: int) -> list[Row | Skip]:
    name = "GUI: library table first paint"
    try:
        from reader.app.library_model import LibraryTableModel
    except ImportError as error:
        return [Skip(name, f"reader.app.library_model not available ({error})"),
                Skip("GUI: library table scroll", "needs reader.app.library_model")]
    from PySide6.QtCore import QAbstractTableModel, Qt, QTimer
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    app = _qt_app()

    class Plain(QAbstractTableModel):
        """The least a model can do: ids from raw SQL, one page of rows per 200."""

        def __init__(self):
            super().__init__()
            self.ids = [r[0] for r in raw.execute("SELECT id FROM articles ORDER BY id DESC")]
            self.pages: dict[int, list] = {}

        def rowCount(self, parent=None):  # noqa: N802
            return 0 if parent is not None and parent.isValid() else len(self.ids)

        def columnCount(self, parent=None):  # noqa: N802
            return 0 if parent is not None and parent.isValid() else 6

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            page = index.row() // PAGE
            if page not in self.pages:
                ids = self.ids[page * PAGE:(page + 1) * PAGE]
                self.pages[page] = raw.execute(
                    "SELECT title, source, published, quotes, claims, highlights FROM articles"
                    f" WHERE id IN ({','.join('?' * len(ids))}) ORDER BY id DESC", ids).fetchall()
            return self.pages[page][index.row() % PAGE][index.column()]

    def first_paint(make_model) -> tuple[float, float, QTableView]:
        start, cpu = time.perf_counter(), time.process_time()
        table = QTableView()
        table.resize(1000, 800)
        table.setModel(make_model())
        table.show()
        table.repaint()
        app.processEvents()
        settled(table)
        return time.perf_counter() - start, time.process_time() - cpu, table

    def complete(table: QTableView) -> float:
        """Seconds until Kutip's list has every row (the rows after its first page are read
        in a thread of their own: on the window's thread only their arrival), before
        anything else is timed or scrolled."""
        model, start = table.model(), time.perf_counter()
        while not getattr(model, "complete", True):
            app.processEvents()
            time.sleep(0.0005)
        return time.perf_counter() - start

    def uncached() -> str:
        """Drop the library file's pages from the system's cache (as after a restart, or
        on a library not opened for a while); why not, when it cannot. Each table's first
        paint below then reads from the disk what it needs: neither is handed the pages
        the other read (session 11's 4.48 was Kutip's table reading the index of every id
        from the disk, then the baseline reading it from the cache)."""
        if not hasattr(os, "posix_fadvise"):
            return "needs posix_fadvise (Linux)"
        for path in (library.path, Path(f"{library.path}-wal")):
            if path.exists():
                fd = os.open(path, os.O_RDONLY)
                try:
                    os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
                finally:
                    os.close(fd)
        return ""

    def settled(table: QTableView) -> None:
        """The event loop's turns until what the paint asked for next has run (Kutip's list
        reads the rest of its ids then): counted here, not in the next table's paint."""
        done: list[bool] = []
        QTimer.singleShot(0, table, lambda: done.append(True))
        while not done:
            app.processEvents()

    def scroll(table: QTableView) -> float:
        # (the viewport fetched before the clock, as the bar is: PySide sets up the Python
        # types of QtWidgets' classes, 64 enums, ~14 ms, the first time it hands a plain
        # QWidget over, and that was charged to whichever table scrolled first: Kutip's)
        bar, viewport = table.verticalScrollBar(), table.viewport()
        start, cpu = time.perf_counter(), time.process_time()
        for step in range(steps):
            bar.setValue(int(bar.maximum() * step / steps))
            viewport.repaint()
            app.processEvents()
        return (time.perf_counter() - start) / steps, (time.process_time() - cpu) / steps

    def warmed() -> QStandardItemModel:
        """A throwaway table of plain items, painted first: Qt's and PySide's one-time
        set-up of a table view (its classes, the style's polish, the glyphs of its font,
        ~25 ms) is paid by neither measured table (it was by whichever came first: Kutip's)."""
        items = QStandardItemModel(30, 6)
        for row in range(30):
            for column in range(6):
                items.setItem(row, column, QStandardItem(f"Berita {row} {column}, 2021"))
        return items

    first_paint(warmed)[2].close()
    rows: list[Row | Skip] = []
    why_not = uncached()
    if why_not:
        rows.append(Skip(f"{name}, file not in the system's cache", why_not))
    else:  # (each table's first paint from a cold file; the same rows again below, warm)
        cold, cold_cpu, table = first_paint(lambda: LibraryTableModel(library))
        cold_rest = complete(table)
        table.close()
        uncached()
        cold_base, cold_base_cpu, table = first_paint(Plain)
        table.close()
        rows.append(Row(f"{name}, file not in the system's cache", cold * 1e3,
                        cold_base * 1e3, "ms", "≤ 1.5",
                        f"each table's pages dropped from the system's cache before it;"
                        f" CPU {cold_cpu / cold_base_cpu:.2f}×; Kutip's other rows read in"
                        f" its list's thread {cold_rest * 1e3:.0f} ms after"))
    mine, mine_cpu, ours_table = first_paint(lambda: LibraryTableModel(library))
    rest = complete(ours_table)
    base, base_cpu, plain_table = first_paint(Plain)
    rows.insert(0, Row(name, mine * 1e3, base * 1e3, "ms", "≤ 1.5",
                       f"{library.articles.count():,} rows; baseline: raw-SQL"
                       f" QAbstractTableModel (reads every id first); CPU"
                       f" {mine_cpu / base_cpu:.2f}×; Kutip's other rows read in its list's"
                       f" thread {rest * 1e3:.0f} ms after; the file's pages in the system's"
                       f" cache for both"))
    # the pages the jumps land on read into the system's cache first, by a throwaway table
    # (whichever table jumped first read them from the disk: Kutip's, 1.98 in session 11)
    _, _, warm_table = first_paint(Plain)
    scroll(warm_table)
    warm_table.close()
    (mine_s, mine_s_cpu), (base_s, base_s_cpu) = scroll(ours_table), scroll(plain_table)
    rows.insert(1, Row("GUI: library table scroll (per jump)", mine_s * 1e3, base_s * 1e3, "ms",
                       "≤ 1.5", f"{steps} jumps across the whole table;"
                       f" CPU {mine_s_cpu / base_s_cpu:.2f}×"))
    ours_table.close()
    plain_table.close()
    return rows


COMMON_WORDS = ["the", "said", "yang", "dan"]  # in nearly every article: the slowest searches


def bench_gui_search(library: Library, raw: sqlite3.Connection, repeat: int
                     ) -> list[Row | Skip]:
    """The library list's search for a common word (review R16-9: "the" held the window's
    thread 0.3-0.8 s CPU at 100,000 articles, 1-2 s stalls while typing at load 9): the CPU
    its window's thread spends from the search applied to its first page shown, and the time
    until then, against the raw SQL of what the list reads (the snippets of the best 200
    hits, ranked, and the first page of ids) run on one thread, alternated with it."""
    name = "GUI: library search for a common word, window's thread CPU"
    try:
        from reader.app.library_panel import SNIPPETS, LibraryPanel
    except ImportError as error:
        return [Skip(name, f"reader.app.library_panel not available ({error})")]
    from PySide6.QtCore import QTimer

    app = _qt_app()

    def raw_first_page(q: str) -> None:
        fq = fts_query(q)
        for table, weights, column in (("articles_fts", ", 5.0, 1.0", 1),
                                       ("annotations_fts", "", -1)):
            raw.execute(f"SELECT rowid, bm25({table}{weights}) AS r, snippet({table}, {column},"
                        f" '{MARK_START}', '{MARK_END}', '…', 16) FROM {table} WHERE {table}"
                        " MATCH ? ORDER BY r LIMIT ?", [fq, SNIPPETS]).fetchall()
        raw_ids(q)

    def raw_ids(q: str) -> None:
        fq = fts_query(q)
        raw.execute("SELECT a.id FROM articles a WHERE a.id IN (SELECT rowid FROM articles_fts"
                    " WHERE articles_fts MATCH ?) OR a.id IN (SELECT n.article_id FROM"
                    " annotations n WHERE n.id IN (SELECT rowid FROM annotations_fts WHERE"
                    f" annotations_fts MATCH ?)) ORDER BY {ORDER_BY['imported']} DESC LIMIT ?",
                    [fq, fq, PAGE + 1]).fetchall()

    panel = LibraryPanel(library)
    panel.resize(500, 800)
    panel.show()
    app.processEvents()
    gap = [0.0, time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gap[0], gap[1] = max(gap[0], now - gap[1]), now

    ticker = QTimer(interval=5)  # (its own CPU, ~2 µs a tick, counted as the window's)
    ticker.timeout.connect(tick)

    def search(q: str) -> tuple[float, float, float]:
        """(the window's thread CPU, seconds until the first page is shown, the longest
        pause of its event loop meanwhile)"""
        panel.search.setText("")
        panel.apply_filter()
        app.processEvents()
        panel.search.setText(q)
        app.processEvents()
        ticker.start()
        gap[0], gap[1] = 0.0, time.perf_counter()
        start, cpu = time.perf_counter(), time.thread_time()
        panel.apply_filter()
        panel.wait_for_search(60)
        panel.table.viewport().repaint()  # (its rows read and painted)
        app.processEvents()
        cpu, shown = time.thread_time() - cpu, time.perf_counter() - start
        tick()
        ticker.stop()
        return cpu, shown, gap[0]

    def raw_timed(q: str) -> tuple[float, float]:
        start, cpu = time.perf_counter(), time.thread_time()
        raw_first_page(q)
        return time.thread_time() - cpu, time.perf_counter() - start

    for q in COMMON_WORDS[:2]:  # the page cache warmed for both
        search(q), raw_first_page(q)
    cpus, shown, pauses, base_cpu, base = [], [], [], [], []
    for _ in range(repeat):
        for q in COMMON_WORDS:  # alternated: ours, then the raw SQL of the same search
            cpu, until, pause = search(q)
            cpus.append(cpu)
            shown.append(until)
            pauses.append(pause)
            raw_cpu, raw_wall = raw_timed(q)
            base_cpu.append(raw_cpu)
            base.append(raw_wall)
    tagged = [tag_under(panel, q, raw_ids) for q in COMMON_WORDS[:2] for _ in range(repeat)]
    panel.close()
    panel.deleteLater()
    app.processEvents()
    words = ", ".join(f'"{w}"' for w in COMMON_WORDS)
    return [Row(f"{name} (median)", statistics.median(cpus) * 1e3,
                statistics.median(base_cpu) * 1e3, "ms", "≤ 0.4",
                f"{words} × {repeat}; baseline: the raw SQL of its first page, CPU (what the"
                f" window's thread spent before: 1.29×); slowest pause of the window's event"
                f" loop {max(pauses) * 1e3:.0f} ms (median {statistics.median(pauses) * 1e3:.0f}"
                f" ms; at load the system's scheduling is in it)"),
            Row("GUI: library search for a common word, shown after (median)",
                statistics.median(shown) * 1e3, statistics.median(base) * 1e3, "ms", "≤ 2",
                "read in a thread of its own, on a Library of its own; baseline: the same raw"
                " SQL, wall"),
            Row("GUI: a tag under a common-word search, window's thread CPU (median)",
                statistics.median(cpu for cpu, _, _ in tagged) * 1e3,
                statistics.median(b for _, b, _ in tagged) * 1e3, "ms", "≤ 0.4",
                f'"the", "said" × {repeat}: a highlight added to the first row\'s article,'
                " the list refreshed as the window does until its search's first page was"
                " read again and compared; baseline: the raw SQL of that first page's ids, CPU"
                " (what the window's thread spent before: 1.0×); slowest pause of the"
                f" window's event loop {max(p for _, _, p in tagged) * 1e3:.0f} ms")]


def tag_under(panel, query: str, raw_ids: Callable[[str], None]
              ) -> tuple[float, float, float]:
    """A tag while the list shows a search (search16's rest: each write re-read the
    search's first page on the window's thread, 0.5 s for "the" at 100,000 articles): a
    highlight added to the first row's article and ``refresh_article`` (as the window
    does on the write's notice), the list painted, until the first page read again in
    its thread was compared; the highlight deleted again. (the window's thread CPU, the
    raw SQL of the first page's ids on this thread, CPU; the longest pause of its event
    loop meanwhile)"""
    from PySide6.QtCore import QEventLoop, QTimer

    app, model, library = _qt_app(), panel.model, panel.library
    flag = QEventLoop.ProcessEventsFlag.WaitForMoreEvents
    gap = [0.0, time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gap[0], gap[1] = max(gap[0], now - gap[1]), now

    ticker = QTimer(interval=5)  # (it also wakes the waits below)
    ticker.timeout.connect(tick)
    ticker.start()
    panel.search.setText(query)
    panel.apply_filter()
    panel.wait_for_search(60)
    panel.table.viewport().repaint()
    until = time.perf_counter() + 60
    while not model.complete and time.perf_counter() < until:  # (the rest of its ids added)
        app.processEvents(flag)  # (the ticker wakes it: with a time limit it spins)
    article_id = model.article_id(0)
    note = library.annotations.add(article_id, 0, 1, kind="highlight")
    ticker.start()
    gap[0], gap[1], cpu = 0.0, time.perf_counter(), time.thread_time()
    model.refresh_article(article_id)
    panel.table.viewport().repaint()
    while getattr(model, "refreshing", False):  # (none before the read apart)
        app.processEvents(flag)  # (the ticker wakes it: with a time limit it spins)
    app.processEvents()
    cpu = time.thread_time() - cpu
    tick()
    pause = gap[0]
    library.annotations.delete(note.id)
    model.refresh_article(article_id)
    while getattr(model, "refreshing", False):  # (none before the read apart)
        app.processEvents(flag)  # (the ticker wakes it: with a time limit it spins)
    ticker.stop()
    raw_cpu = time.thread_time()
    raw_ids(query)
    return cpu, time.thread_time() - raw_cpu, pause


APP_START = """
import sys, time
start = time.perf_counter()
if sys.argv[1] == "kutip":
    # what the `kutip-gui` launcher runs (`reader.app.main:main`), imported as it imports it
    # (its window's module only when `main` imports it)
    from reader.app import main as kutip_gui
    from PySide6.QtWidgets import QApplication, QMainWindow
else:
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
from PySide6.QtCore import QEvent, QObject, QTimer

painted = []  # (wall, CPU) as the window's first paint begins, and once that frame is drawn


def frame_drawn():
    painted.append((time.perf_counter() - start, time.process_time()))


class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not painted:
            painted.append((time.perf_counter() - start, time.process_time()))
            # the window paints first, then every widget in it (the library's rows, the
            # toolbar's icons, the labels…) in the same pass: the frame is on the screen when
            # the event loop next turns
            QTimer.singleShot(0, frame_drawn)
        return False


first = FirstPaint()


SHOW = QMainWindow.show


def show(window):  # both windows at the same size, watched for their first paint
    window.installEventFilter(first)
    window.resize(1200, 800)
    SHOW(window)


def run_until_started(app):  # the event loop, until the window has opened its article
    window = shown[0]
    app.processEvents()
    while len(painted) < 2 or not getattr(window, "started", True):  # (Kutip opens its
        app.processEvents()  # article after its first frame)
    app.processEvents()
    print(*painted[0], *painted[1], time.perf_counter() - start, time.process_time())
    return 0


shown = []
if sys.argv[1] == "kutip":
    # `kutip-gui LIBRARY` itself: the application, its style, translations, icon, the
    # library, the window, the first-start checks; its event loop runs until the article
    # is open
    QMainWindow.show = lambda window: (shown.append(window), show(window))  # (Kutip's window)
    QApplication.exec = run_until_started
    sys.argv = ["kutip-gui", sys.argv[2]]
    try:
        kutip_gui.main()
    except SystemExit as done:
        assert not done.code, done.code
else:
    app = QApplication([])
    window = QMainWindow()
    window.setCentralWidget(QTableView())
    shown.append(window)
    show(window)
    run_until_started(app)
"""

#: ``kutip-gui``'s settings as a returning user has them: who is coding was asked at the
#: first start (so no question is put up)
APP_SETTINGS = "[coding]\ncoder=default\n"


def _start_env(home: str, bytecode: bool) -> dict[str, str]:
    """The same environment for Kutip and the baseline: offscreen, settings in ``home``,
    and Python's bytecode cache either allowed (a private ``PYTHONPYCACHEPREFIX``, as an
    installed package has its cache) or not written at all."""
    env = {**os.environ, "QT_QPA_PLATFORM": OFFSCREEN, "XDG_CONFIG_HOME": home,
           "XDG_DATA_HOME": home, "HOME": home}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("PYTHONPYCACHEPREFIX", None)
    if bytecode:
        env["PYTHONPYCACHEPREFIX"] = str(Path(home) / "pycache")
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    settings = Path(home) / "Kutip" / "Kutip.conf"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(APP_SETTINGS, encoding="utf-8")
    return env


def _start_times(kind: str, db: Path, env: dict[str, str]) -> tuple[float, ...]:
    """One start as a fresh process: (wall to the window's first paint, CPU by then,
    wall to the article open and idle, CPU by then, wall to the first frame drawn, CPU by
    then); wall from the process's launch, CPU the process's own (its interpreter start
    included). "First paint" is when the window's own paint event begins; the frame is
    drawn once every widget in it has painted too (the library's rows, the toolbar…)."""
    launched = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", APP_START, kind, str(db)], env=env,
                         capture_output=True, text=True, timeout=120)
    whole = time.perf_counter() - launched
    if out.returncode != 0:
        raise RuntimeError(out.stderr.strip().splitlines()[-1])
    paint_wall, paint_cpu, frame_wall, frame_cpu, idle_wall, idle_cpu = map(
        float, out.stdout.strip().splitlines()[-1].split())
    # the script's clock starts after the interpreter has: add what came before it
    before = whole - idle_wall
    return (paint_wall + before, paint_cpu, idle_wall + before, idle_cpu, frame_wall + before,
            frame_cpu)


def bench_gui_start(db: Path, runs: int = 5) -> list[Row | Skip]:
    """CPU time (the machine is shared: wall-clock ratios move with the load), median of
    ``runs`` starts alternating with the baseline's, both with Python's bytecode cache (as
    a user's install has it), to the window's first frame drawn (every widget in it
    painted); the same without any cache (3 runs), to the window's own first paint event
    (what this row measured until session 8) and wall-clock medians in the note."""
    name = "GUI: app start to first window (100k library), CPU"
    try:
        import reader.app.main_window  # noqa: F401
    except ImportError as error:
        return [Skip(name, f"reader.app.main_window not available ({error})")]

    def alternate(env: dict[str, str], n: int) -> tuple[list[tuple[float, ...]], ...]:
        mine: list[tuple[float, ...]] = []
        base: list[tuple[float, ...]] = []
        for _ in range(n):
            base.append(_start_times("qt", db, env))
            mine.append(_start_times("kutip", db, env))
        return mine, base

    def median(samples: list[tuple[float, ...]], i: int) -> float:
        return statistics.median(s[i] for s in samples)

    try:
        with tempfile.TemporaryDirectory() as home:
            cached = _start_env(home, bytecode=True)
            _start_times("qt", db, cached), _start_times("kutip", db, cached)  # the cache
            mine, base = alternate(cached, runs)
            raw_mine, raw_base = alternate(_start_env(home, bytecode=False), 3)
    except RuntimeError as error:
        return [Skip(name, f"the main window did not start: {error}")]
    load = os.getloadavg()[0]
    note = (f"`kutip-gui LIBRARY` as launched (style, translations, icon, library, window);"
            f" CPU of the process to the window's first frame drawn, median of {runs}"
            f" alternating, bytecode cache allowed; wall {median(mine, 4):.2f} s /"
            f" {median(base, 4):.2f} s; to the window's own first paint event: CPU"
            f" {median(mine, 1):.3f} s / {median(base, 1):.3f} s ="
            f" {median(mine, 1) / median(base, 1):.2f}×; with the first article open after it"
            f" (and its suggestions): CPU {median(mine, 3):.2f} s / {median(base, 3):.2f} s,"
            f" wall {median(mine, 2):.2f} s; no bytecode cache (3 runs): CPU"
            f" {median(raw_mine, 5):.3f} s / {median(raw_base, 5):.3f} s ="
            f" {median(raw_mine, 5) / median(raw_base, 5):.2f}×; load average {load:.1f};"
            f" baseline: empty QMainWindow + QTableView")
    return [Row(name, median(mine, 5), median(base, 5), "s", "≤ 2", note)]


APP_MEMORY = """
import resource, sys
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication([])
if sys.argv[1] == "kutip":
    from reader.core.library import Library
    from reader.app.main_window import MainWindow
    window = MainWindow(Library(sys.argv[2]))
    window.resize(1200, 800)
    window.show()
    app.processEvents()
    table = window.library_panel.table
    table.scrollToBottom()  # pages in the last rows
    table.viewport().repaint()
    app.processEvents()
    window.open_article(int(sys.argv[3]))  # the longest article
    window.reader.text_widget.document().documentLayout().documentSize()  # fully laid out
    app.processEvents()
    window.library_panel.search.setText(sys.argv[4])
    window.library_panel.apply_filter()
    table.viewport().repaint()
    app.processEvents()
else:
    window = QMainWindow()
    window.setCentralWidget(QTableView())
    window.resize(1200, 800)
    window.show()
    app.processEvents()
# Peak RSS of this process: VmHWM (Linux) is per address space, so unlike ru_maxrss it does
# not inherit the forking parent's peak (ru_maxrss would report the bench process's size).
try:
    with open("/proc/self/status") as status:
        peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
except (OSError, StopIteration):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(peak / 1024)
"""


def bench_app_memory(db: Path, raw: sqlite3.Connection) -> list[Row | Skip]:
    """Peak RSS of the app itself (a fresh process), not of this benchmark process."""
    name = "GUI: app peak RSS (100k library, in use)"
    try:
        import reader.app.main_window  # noqa: F401
    except ImportError as error:
        return [Skip(name, f"reader.app.main_window not available ({error})")]
    longest = raw.execute("SELECT id FROM articles ORDER BY length(text) DESC LIMIT 1").fetchone()

    def run(*args: str) -> float:
        with tempfile.TemporaryDirectory() as home:
            env = {**os.environ, "QT_QPA_PLATFORM": OFFSCREEN, "XDG_CONFIG_HOME": home,
                   "XDG_DATA_HOME": home, "HOME": home}
            out = subprocess.run([sys.executable, "-c", APP_MEMORY, *args], env=env,
                                 capture_output=True, text=True, timeout=300)
            if out.returncode != 0:
                raise RuntimeError(out.stderr.strip().splitlines()[-1])
            return float(out.stdout.split()[-1])

    try:
        base = run("qt")
        mine = run("kutip", str(db), str(longest[0]), QUERIES[0])
    except RuntimeError as error:
        return [Skip(name, f"the main window did not run: {error}")]
    return [Row(name, mine, 300, "MB", "≤ 1",
                f"target 300 MB; shown, table scrolled to the end, longest article open,"
                f" one search; an empty QMainWindow + QTableView process: {base:.0f} MB,"
                f" so Kutip's own share is {mine - base:.0f} MB")]


def _bench_tag(db: Path, tags: int) -> list[Row | Skip]:
    from bench.tagging import bench_tag_action  # the real window: select, Q, saved, painted

    return bench_tag_action(db, tags)


def _bench_cli(db: Path, runs: int) -> list[Row]:
    from bench.cli import bench_cli  # kutip as whole processes against click + sqlite3

    return bench_cli(db, runs)


def _bench_versus(taguette: str | None, repos: Path | None) -> list[Row | Skip]:
    from bench.pages import DEFAULT_REPOS
    from bench.versus import bench_pages  # 200 and 1,000 real saved pages, re-import too

    return bench_pages(None, [200, 1000], taguette, repos or DEFAULT_REPOS)


# ----------------------------------------------------------------------------- report
def print_table(results: list[Row | Skip]) -> int:
    print(f"\n{'measure':<52} {'kutip':>10} {'baseline':>10} {'ratio':>7} {'target':>7}  result")
    print("-" * 100)
    misses = 0
    for r in results:
        if isinstance(r, Skip):
            print(f"{r.name:<52} {'—':>10} {'—':>10} {'':>7} {'':>7}  SKIP  {r.note}")
            continue
        misses += not r.passed
        print(f"{r.name:<52} {r.value:>8.4g}{r.unit[:2]:<2} {r.baseline:>8.4g}{r.unit[:2]:<2}"
              f" {r.ratio:>7.2f} {r.target:>7}  {'PASS' if r.passed else 'MISS'}"
              + (f"  {r.note}" if r.note else ""))
    return misses


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--import-articles", type=int, default=5000)
    parser.add_argument("--no-gui", action="store_true")
    parser.add_argument("--taguette", metavar="PATH",
                        help="versus: the taguette executable (default: on PATH)")
    parser.add_argument("--pages-repos", type=Path, metavar="DIR",
                        help="versus: git copies of the repositories of bench/pages.json")
    parser.add_argument("--only", default="", metavar="SECTIONS",
                        help="comma-separated sections to run, of: " + ", ".join(SECTIONS.values()))
    args = parser.parse_args(argv)
    only = {name.strip() for name in args.only.split(",") if name.strip()}
    if only - set(SECTIONS.values()):
        parser.error(f"unknown section(s): {', '.join(sorted(only - set(SECTIONS.values())))}")
    if not args.db.exists():
        print(f"{args.db} does not exist: run python bench/generate.py first", file=sys.stderr)
        return 2
    repeat = 2 if args.quick else 5
    results: list[Row | Skip] = []
    started = time.perf_counter()

    def section(title: str, fn, *fargs) -> None:
        if only and SECTIONS[title] not in only:
            return
        t0 = time.perf_counter()
        print(f"{title} …", file=sys.stderr, flush=True)
        results.extend(fn(*fargs))
        print(f"  {time.perf_counter() - t0:.1f} s", file=sys.stderr, flush=True)

    section("import", bench_import, args.import_articles)
    library = Library(args.db)
    raw = raw_connect(args.db, readonly=True)
    section("search", bench_search, library, raw, repeat)
    section("first paint", bench_first_paint, library, raw, repeat)
    section("export", bench_export, library, raw, 100_000, repeat)
    section("CLI processes", _bench_cli, args.db, 4 if args.quick else 7)
    section("Kutip vs Taguette", _bench_versus, args.taguette, args.pages_repos)
    peak_core = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if not only:
        results.append(Row("peak memory (RSS) after the core benchmarks", peak_core, 1024, "MB",
                           "≤ 1", "target: under 1 GB"))
    if not args.no_gui:
        section("GUI: reader", bench_gui_open_article, repeat)
        section("GUI: table", bench_gui_table, library, raw, 10 if args.quick else 30)
        section("GUI: start", bench_gui_start, args.db)
        section("GUI: memory", bench_app_memory, args.db, raw)
        section("GUI: tag", _bench_tag, args.db, 20 if args.quick else 40)
        section("GUI: search", bench_gui_search, library, raw, repeat)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        if not only:
            results.append(Row("peak memory (RSS) at the end, with Qt", peak, 1024, "MB",
                               "≤ 1", "target: under 1 GB"))
    library.close()
    raw.close()
    misses = print_table(results)
    print(f"\n{args.db}: {args.db.stat().st_size / 1e6:,.0f} MB;"
          f" ran in {time.perf_counter() - started:.0f} s; {misses} miss(es)")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
