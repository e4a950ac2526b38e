"""Issue 15 (trail18's leftover): a stored cluster that a short quotation splits by speaker
into several statements quoted twice or more showed one row in the app's Quotes list (the
statement it opens); `kutip quotes` named the others since 87b2d8d. Each other statement now
has a line of its own under its cluster's row, with the counts its own trail shows; choosing
it shows that trail, copies its reference, and a trail opened at one of its quotations
chooses its line."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reader.core.library import Library
from tests.trail.conftest import quoted_articles
from tests.trail.test_edited_part import DAMS, SHARED, TAX

SUGGESTED = {"en": "Joko Morin (suggested)", "id": "Joko Morin (saran)"}


def _library(lib: Library) -> None:
    """DAMS in three outlets (coders name Rina Tan), TAX in two (nobody annotated it: the
    attribution finds Joko Morin), the part both share in a sixth (Sam Hill's, found)."""
    spec = [("A", (DAMS, "Rina Tan")), ("B", (DAMS, "Rina Tan")), ("C", (DAMS, "Rina Tan")),
            ("D", (TAX, "Joko Morin")), ("E", (TAX, "Joko Morin")), ("F", (SHARED, "Sam Hill"))]
    lib.bulk.add_articles(quoted_articles(spec, 1, "2024-02", "{speaker} said."))
    for article, (name, (text, speaker)) in zip(lib.articles.ids(), spec, strict=True):
        if name in "ABC":
            lib.annotations.add_exact(article, text, kind="quote", speaker=speaker)


def test_each_statement_of_a_cluster_has_its_line(open_window, fresh_library, qtbot,
                                                  language, tmp_path):
    lib = fresh_library
    _library(lib)
    lib.trail.refresh()
    window = open_window(lib)
    quotes = window.quotes
    quotes.toggle_action.trigger()
    panel = quotes.panel
    model = panel.model
    # (the other statement's speaker is worked out by the view's thread, then shown)
    qtbot.waitUntil(lambda: model.rowCount() == 2
                    and model.data(model.index(1, 1)) == SUGGESTED[language], timeout=20_000)
    assert len(model.rows) == 1 and model.total == 1  # (one cluster listed, counted)
    assert [model.data(model.index(0, c)) for c in range(1, 4)] == ["Rina Tan", 3, 3]
    assert model.data(model.index(1, 0)) == "↳ " + TAX
    assert [model.data(model.index(1, c)) for c in (2, 3)] == [2, 2]
    assert model.data(model.index(1, 1, ), Qt.ItemDataRole.FontRole).italic()
    assert TAX in model.data(model.index(1, 0), Qt.ItemDataRole.ToolTipRole)
    assert model.cluster_at(1).cluster == model.cluster_at(0).cluster
    [other] = model.others[model.cluster_at(0).cluster]

    panel.table.selectRow(1)  # its own trail
    view = panel.trail_view
    qtbot.waitUntil(lambda: not view.trail.speakers_pending, timeout=20_000)
    assert sorted(v.source for v in view.trail.versions) == ["OutletD", "OutletE"]
    assert quotes.copy_reference() == other.reference == QApplication.clipboard().text()
    assert quotes.copy_statement().startswith(f"“{TAX}”")
    panel.resize(1400, 420)  # (room for the statements, for the picture)
    panel.grab().save(str(tmp_path / f"others-{language}.png"))  # (looked at)

    window.quotes.reload()  # (read again: the line stays chosen, its trail shown)
    window.quotes.wait()
    qtbot.waitUntil(lambda: panel.table.currentIndex().row() == 1)
    assert sorted(v.source for v in view.trail.versions) == ["OutletD", "OutletE"]

    panel.table.selectRow(0)  # the cluster's row: the statement it opens
    qtbot.waitUntil(lambda: sorted(v.source for v in view.trail.versions)
                    == ["OutletA", "OutletB", "OutletC"], timeout=20_000)
    assert quotes.copy_statement().startswith(f"“{DAMS}”")

    article, at = (int(x) for x in other.reference.split(":"))
    quotes.show_trail_at(article, at)  # (a quotation's trail: its statement's line chosen)
    assert panel.table.currentIndex().row() == 1
    assert sorted(v.source for v in view.trail.versions) == ["OutletD", "OutletE"]
    window.close()
