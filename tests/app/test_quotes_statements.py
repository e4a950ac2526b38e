"""Every statement of the Quotes list, annotated or not, can be opened and copied from the
app: its reference version (Enter, double-click, context menu), its words (Ctrl+C), its
reference for `kutip trail` (ARTICLE:CHARACTER when nobody annotated it), each version of
its trail (Copy), and a suggested quote's trail from the article text's context menu."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication

DATA = Path(__file__).resolve().parents[1] / "data" / "trail"
LAVROV = ("Kami tidak ingin mengambil jalur konfrontasi, tapi kami akan dengan tegas memastikan "
          "keamanan kami dengan menggunakan cara-cara yang kami anggap perlu")


@pytest.fixture
def unannotated(seeded_library):
    """The seed (MINA) and two outlets' versions of Lavrov's quotation: nobody annotated."""
    seeded_library.imports.paths([DATA / "antara-lavrov.txt", DATA / "republika-lavrov.txt"])
    return seeded_library


def _listed(open_window, lib, qtbot):
    window = open_window(lib)
    quotes = window.quotes
    quotes.toggle_action.trigger()
    qtbot.waitUntil(lambda: quotes.panel.model.rowCount() == 1)
    quotes.panel.table.selectRow(0)
    qtbot.waitUntil(lambda: not quotes.panel.trail_view.trail.speakers_pending,
                    timeout=20_000)  # (worked out in a thread, R14-3)
    return window, quotes


def test_a_statement_nobody_annotated_is_copied_and_referenced(open_window, unannotated,
                                                              seed_id, qtbot):
    window, quotes = _listed(open_window, unannotated, qtbot)
    QApplication.clipboard().clear()
    # (nobody named the speaker: the attribution's guess, marked as the trail shows it)
    assert quotes.copy_statement() == f"“{LAVROV}” — Sergey Lavrov (suggested)"
    assert QApplication.clipboard().text() == f"“{LAVROV}” — Sergey Lavrov (suggested)"

    reference = quotes.copy_reference()
    assert QApplication.clipboard().text() == reference
    article, at = (int(x) for x in reference.split(":"))  # ARTICLE:CHARACTER: no annotation
    start = unannotated.articles.text(seed_id).index(LAVROV)
    assert article == seed_id and start - 1 <= at <= start  # (its opening quotation mark)
    assert f"kutip trail {reference}" in window.statusBar().currentMessage()
    assert unannotated.trail.trail_at(article, at).cluster == quotes.panel.current_cluster()


def test_ctrl_c_in_the_list_copies_the_statement(open_window, unannotated, qtbot):
    window, quotes = _listed(open_window, unannotated, qtbot)
    table = quotes.panel.table
    table.setFocus()
    QApplication.clipboard().clear()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text().startswith("“Kami tidak ingin")


def test_enter_opens_the_reference_version_at_its_words(open_window, unannotated, seed_id,
                                                        qtbot):
    window, quotes = _listed(open_window, unannotated, qtbot)
    window.open_article(2)  # elsewhere first
    table = quotes.panel.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    reference = quotes.panel.trail_view.trail.reference
    assert window.article_id == reference.article_id == seed_id
    assert window.reader.selection_span() == (reference.start, reference.end)


def test_the_list_menu_offers_open_and_copy(open_window, unannotated, qtbot):
    window, quotes = _listed(open_window, unannotated, qtbot)
    table = quotes.panel.table
    quotes._list_menu(table.visualRect(quotes.panel.model.index(0, 0)).center())
    texts = [a.text() for a in quotes.last_menu.actions()]
    assert texts == ["&Open Reference Version", "&Copy Statement",
                     "Copy &Reference for `kutip trail`"]
    quotes.last_menu.close()


def test_each_version_of_the_trail_has_a_copy_link(open_window, unannotated, qtbot, tmp_path):
    window, quotes = _listed(open_window, unannotated, qtbot)
    view = quotes.panel.trail_view
    quotes.panel.grab().save(str(tmp_path / "quotes_copy.png"))
    # one speaker's two spellings: a note, not a warning
    assert ("outlets write one speaker's name differently: Sergey Lavrov, Sergei Lavrov"
            in view.browser.toPlainText())
    assert "⚠" not in view.browser.toPlainText()
    assert view.browser.toPlainText().count("Open · Copy") == 3
    antara = view.trail.versions[1]
    QApplication.clipboard().clear()
    view.browser.anchorClicked.emit(QUrl("kutip-copy:1"))
    copied = QApplication.clipboard().text()
    assert copied.startswith(f"“{' '.join(antara.exact.split())}” — ")
    assert "ANTARA" in copied and "2021" in copied
    view.browser.anchorClicked.emit(QUrl("kutip-copy:9"))  # no such version: nothing
    assert QApplication.clipboard().text() == copied


def test_a_suggested_quote_in_the_text_offers_its_trail(open_window, unannotated, seed_id,
                                                        qtbot):
    window = open_window(unannotated)
    window.open_article(seed_id)
    reader = window.reader
    qtbot.waitUntil(lambda: any(s.exact.startswith("Kami tidak ingin mengambil")
                                for s in reader._suggestions), timeout=10_000)
    suggestion = next(s for s in reader._suggestions
                      if s.exact.startswith("Kami tidak ingin mengambil"))
    cursor = reader.text_widget.textCursor()
    cursor.setPosition(reader.to_document(suggestion.start + 5))
    pos = reader.text_widget.cursorRect(cursor).center()
    assert reader.annotation_at(pos) is None and reader.suggestion_at(pos) == suggestion
    menu = reader.build_context_menu(pos)
    show = next(a for a in menu.actions() if a.text() == "Show Quote Trail")
    show.trigger()
    trail = window.quotes.panel.trail_view.trail
    assert [v.source for v in trail.versions] == ["MINA", "ANTARA", "Republika"]
    assert window.quotes.dock.isVisible()


def test_the_trail_says_articles_without_a_source_add_no_outlet(unannotated, qtbot):
    """R12-10, trail17: two pasted texts without a source add no outlet beside named ones,
    and the trail's heading says so (the Quotes list's outlet filter's tooltip too)."""
    from reader.app.quotes.trail_view import trail_html
    from reader.core.library import ClusterFilter
    from reader.core.models import ImportedArticle

    lib = unannotated
    quoted = next(line for line in (DATA / "republika-lavrov.txt").read_text(
        encoding="utf-8").splitlines() if line.startswith("“"))
    lib.bulk.add_articles([ImportedArticle(title=f"Pasted {n}", source="", content_hash=f"p{n}",
                                           text=f"{quoted}\n\nSalinan {n}.") for n in (1, 2)])
    [summary] = lib.trail.clusters(ClusterFilter())
    trail = lib.trail.trail_of_cluster(summary.cluster)
    assert (len(trail.versions), trail.outlet_count, summary.outlets) == (5, 3, 3)
    shown = trail_html(trail)
    assert "5 versions in 3 outlets" in shown
    assert "(articles without a source count as an outlet only when no other names one)" \
        in shown


def test_the_quotes_list_marks_a_first_date_whose_year_was_inferred(qapp):
    """As `kutip quotes`: "22 Dec 2021 [inferred]" when no article of that day gives the
    year (``ClusterSummary.first_date_inferred``), plain otherwise."""
    from reader.app.quotes.model import ClusterTableModel
    from reader.core.trail.model import ClusterSummary

    model = ClusterTableModel()
    model.set_rows([ClusterSummary(1, 3, 3, "2021-12-22", "Sergey Lavrov", "Kami", 1,
                                   first_date_inferred=True),
                    ClusterSummary(2, 2, 2, "2021-12-23", "Sergey Lavrov", "Kami", 2)])
    assert model.data(model.index(0, 4)) == "22 Dec 2021 [inferred]"
    assert model.data(model.index(1, 4)) == "23 Dec 2021"


def test_an_alias_added_under_speakers_changes_the_list(open_window, seeded_library, qtbot):
    """Issue 15 (session 18): who can be one person is the speakers', so an alias added
    changes the statement a row shows; the view's thread makes those summaries again
    (``trail.speakers_changed``), as it takes in an import. The articles are made up: a
    six-word part of Kennedy's statement with a word left out, attributed to "Sam Hill"."""
    from reader.core.models import ImportedArticle

    said = ("The Court regards its strained statutory interpretation as judicial modesty. It"
            " is not. It amounts instead to a vast judicial overreaching")
    part = "amounts to a vast judicial overreaching"
    lib = seeded_library
    lib.bulk.add_articles([ImportedArticle(
        title=f"{name} {n}", source=f"Outlet{name}", content_hash=f"{name}{n}",
        published=f"2024-06-0{n}", text=f"Jakarta – “{text},” {speaker} said.")
        for n, (name, text, speaker) in enumerate([
            ("Daily", said, "Anthony Kennedy"), ("Herald", part, "Sam Hill"),
            ("Post", said, "Anthony Kennedy")], 1)])
    lib.speakers.create("Anthony Kennedy")
    window = open_window(lib)
    quotes = window.quotes
    quotes.toggle_action.trigger()
    model = quotes.panel.model
    qtbot.waitUntil(lambda: any(model.cluster_at(r).outlets == 2
                                for r in range(model.rowCount())), timeout=30_000)
    assert not any(model.cluster_at(r).outlets == 3 for r in range(model.rowCount()))
    lib.speakers.add_alias("Anthony Kennedy", "Sam Hill")
    qtbot.waitUntil(lambda: any(model.cluster_at(r).outlets == 3
                                for r in range(model.rowCount())), timeout=30_000)
