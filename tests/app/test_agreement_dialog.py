"""Library → Inter-coder Agreement… (issue 14): the table of α, κ per pair and % with the
warnings, the Markdown and CSV report, and the disagreement view where a reviewer
accepts one coder's version into "gold", undoable with the window's Ctrl+Z."""

import csv
import io

import pytest
from PySide6.QtCore import Qt

from reader.app.agreement_dialog import AgreementDialog, DisagreementDialog

LAVROV = "Kami tidak ingin berperang"


def code(lib, coder, article_id, exact, **fields):
    lib.coders.use(coder)
    made = lib.annotations.add_exact(article_id, exact, **fields)
    lib.coders.use(None)
    return made


@pytest.fixture
def coded(seeded_library, seed_id):
    lib = seeded_library
    code(lib, "Ana", seed_id, LAVROV, kind="quote", speaker="Lavrov", tags=["framing"])
    code(lib, "Budi", seed_id, "tidak ingin berperang", kind="quote", speaker="Lavrov",
         tags=["framing"])
    code(lib, "Ana", seed_id, "Rusia", kind="highlight", tags=["framing"])
    return lib


def _cells(table):
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_the_table_shows_pairs_tags_and_warnings(window, coded, qtbot, tmp_path, monkeypatch):
    dialog = AgreementDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.wait()  # (computed in a thread)
    heads = [dialog.table.horizontalHeaderItem(c).text()
             for c in range(dialog.table.columnCount())]
    assert heads == ["Compared", "Unit of analysis", "Units", "α", "%", "κ Ana × Budi",
                     "Warnings"]
    rows = {row[0]: row for row in _cells(dialog.table)}
    assert set(rows) == {"Tag: framing", "Kind: quote", "Kind: highlight", "Speaker"}
    report = dialog.report
    framing = next(c for c in report.comparisons if c.what == "tag framing")
    assert rows["Tag: framing"][1] == "characters"
    assert rows["Tag: framing"][3] == f"{framing.alpha:.3f}"
    assert rows["Tag: framing"][5] == f"{framing.pairs[0].kappa:.3f}"
    assert rows["Speaker"][1] == "matched quotes" and rows["Speaker"][-1].startswith("⚠")
    warnings = [dialog.warnings.item(i).text() for i in range(dialog.warnings.count())]
    assert any("Budi coded nothing here" in w for w in warnings)  # (no highlight by Budi)
    assert "Ana, Budi on 1 article(s)" in dialog.summary.text()
    dialog.grab().save(str(tmp_path / "agreement.png"))

    dialog.unit.setCurrentIndex(dialog.unit.findData("token"))  # computed again
    assert dialog.wait() and dialog.report.unit == "token"
    assert _cells(dialog.table)[0][1] == "word tokens"
    budi = dialog.coders.findItems("Budi", Qt.MatchFlag.MatchExactly)
    budi[0].setCheckState(Qt.CheckState.Unchecked)  # one coder: said, not a crash
    assert dialog.wait() and dialog.report is None and "two coders" in dialog.summary.text()
    assert not dialog.markdown_button.isEnabled()
    budi[0].setCheckState(Qt.CheckState.Checked)
    assert dialog.wait()

    saved = []
    for fmt, name in (("markdown", "a.md"), ("csv", "a.csv")):
        monkeypatch.setattr("reader.app.file_dialogs.get_save_file_name",
                            lambda *a, n=name: (str(tmp_path / n), ""))
        dialog.save(fmt)
        saved.append((tmp_path / name).read_text(encoding="utf-8"))
    assert "the unit of analysis is the token" in saved[0] and "| κ Ana × Budi |" in saved[0]
    rows = list(csv.DictReader(io.StringIO(saved[1])))
    assert rows[0]["unit"] == "token" and rows[0]["coders"] == "Ana | Budi"


def test_adjudicate_into_gold_and_undo_from_the_window(window, coded, seed_id, qtbot,
                                                       tmp_path):
    dialog = DisagreementDialog(window, [seed_id], ["Ana", "Budi"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert list(dialog.views) == ["Ana", "Budi"]
    assert dialog.list.count() == 2  # the highlight only Ana made, the quotes' spans
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert "not coded by Budi" in texts[0] and "spans differ" in texts[1]
    dialog.list.setCurrentRow(1)
    passage = dialog.current_passage()
    for view in dialog.views.values():  # every column shows the passage (not selected:
        cursor = view.text_widget.textCursor()  # the marks stay visible)
        assert not cursor.hasSelection() and cursor.position() == view.to_document(
            passage.start)
    dialog.source.setCurrentText("Ana")
    assert dialog.target.currentText() == "gold"
    dialog.grab().save(str(tmp_path / "disagreements.png"))

    dialog.adjudicate(whole=False)
    gold = [n for n in coded.annotations.where(everyone=True) if n.coder == "gold"]
    [ana] = [n for n in passage.versions["Ana"]]
    assert [(n.start, n.end, n.speaker, n.tags) for n in gold] == [
        (ana.start, ana.end, ana.speaker, ["framing"])]
    assert "gold" in dialog.views  # a column for the target's version
    assert "Ctrl+Z" in dialog.status.text()
    assert window.undo_stack.undoText().startswith("accept Ana's version into gold")

    window.undo_stack.undo()
    assert [n for n in coded.annotations.where(everyone=True) if n.coder == "gold"] == []
    assert dialog.titles["gold"].text() == "gold — 0 annotation(s)"  # refreshed by the notice
    window.undo_stack.redo()
    assert [n.id for n in coded.annotations.where(everyone=True) if n.coder == "gold"] == [
        gold[0].id]

    dialog.source.setCurrentText("Budi")
    dialog.adjudicate(whole=True)  # Budi's whole article replaces gold's
    gold = [n for n in coded.annotations.where(everyone=True) if n.coder == "gold"]
    assert len(gold) == 1 and gold[0].start > passage.start


def test_library_menu_opens_the_agreement(window):
    assert window.coding_as.agreement_action in window.library_menu.actions()


def test_while_coding_blind_the_agreement_asks_first(window, coded, seed_id, monkeypatch):
    from reader.app import agreement_dialog

    opened, asked = [], []
    monkeypatch.setattr(agreement_dialog.AgreementDialog, "exec", lambda self: opened.append(1))
    monkeypatch.setattr(agreement_dialog.dh, "confirm",
                        lambda *args, **kwargs: asked.append(args[2]) or False)
    assert agreement_dialog.open_agreement(window)  # nothing blind: no question
    collection = coded.collections.id_of("Sampel", create=True)
    coded.collections.add([seed_id], collection)
    coded.coders.set_blind(collection)
    assert not agreement_dialog.open_agreement(window)  # declined: nothing shown
    assert asked == ["Some collections are coded blind."] and opened == [1]


def test_the_figures_are_computed_off_the_ui_thread_with_progress_and_stop(
        window, coded, qtbot, monkeypatch, tmp_path):
    """The agreement runs in a thread: the dialog shows progress, Stop stops it (nothing
    shown, Compute starts again), a change of choice meanwhile computes the new choice,
    and closing stops it."""
    import threading

    from reader.core.library.agreement import Agreement

    release = threading.Event()
    threads = []
    report = Agreement.report

    def slow(self, *args, **kwargs):  # holds until released, asking to stop as it waits
        threads.append(threading.current_thread())
        kwargs["progress"]("reading", 1, 4)
        while not release.wait(0.01):
            if kwargs["should_cancel"]():
                break
        return report(self, *args, **kwargs)

    monkeypatch.setattr(Agreement, "report", slow)
    dialog = AgreementDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.progress.maximum() == 4)
    assert dialog.busy and dialog.progress.isVisible() and dialog.stop_button.isVisible()
    assert threads[0] is not threading.main_thread()
    assert "Reading" in dialog.summary.text() and not dialog.markdown_button.isEnabled()
    dialog.grab().save(str(tmp_path / "computing.png"))
    dialog.stop_button.click()
    assert dialog.wait()
    assert dialog.report is None and "Stopped" in dialog.summary.text()
    assert dialog.compute_button.isVisible() and not dialog.progress.isVisible()

    release.set()
    dialog.compute_button.click()
    assert dialog.wait() and dialog.report.unit == "character"
    assert not dialog.compute_button.isVisible() and dialog.markdown_button.isEnabled()

    release.clear()
    dialog.compute()
    dialog.unit.setCurrentIndex(dialog.unit.findData("token"))  # while computing
    release.set()
    assert dialog.wait() and dialog.report.unit == "token"  # the choice made last

    release.clear()
    dialog.compute()
    dialog.reject()  # closing stops it and waits for its thread
    assert not dialog.busy


def test_setting_up_does_not_count_every_coders_annotations(window, coded, qtbot,
                                                            monkeypatch):
    """Review R20-15: the dialog's constructor counted every coder's annotations twice
    (``coders.all``: 3-4 s each at a million annotations, on the window's thread) before
    it showed; the list and its ticks need the coders' names alone."""
    store = coded.coders._store
    counts: list[object] = []
    original = store.counted
    monkeypatch.setattr(store, "counted", lambda *a, **k: counts.append(a) or original(*a, **k))
    dialog = AgreementDialog(window)
    qtbot.addWidget(dialog)
    assert counts == []
    assert [dialog.coders.item(i).text() for i in range(dialog.coders.count())] == [
        c.name for c in coded.agreement.coders()]
    assert dialog.wait() and dialog.chosen_coders() == ["Ana", "Budi"]


def test_coders_whose_work_is_all_blind_are_listed_and_kinds_are_named(
        window, coded, seed_id, qtbot, tmp_path, language):
    """Review R17-6: the list of coders was empty when all their work was coded blind (it
    used the viewer's counts); "Kind quote" was not translated ("Jenis quote")."""
    lib = coded
    code(lib, "Ana", seed_id, "Rusia", kind="quote", speaker="X", tags=["check-speaker"])
    lib.collections.add([seed_id], lib.collections.id_of("Sampel", create=True))
    lib.coders.set_blind(lib.collections.id_of("Sampel"))
    dialog = AgreementDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.wait()
    listed = [dialog.coders.item(i).text() for i in range(dialog.coders.count())]
    assert listed == ["Ana", "Budi"] and dialog.chosen_coders() == ["Ana", "Budi"]
    rows = [row[0] for row in _cells(dialog.table)]
    if language == "en":
        assert rows == ["Tag: framing", "Kind: quote", "Kind: highlight", "Speaker"]
    else:
        assert rows == ["Label: framing", "Jenis: kutipan", "Jenis: sorotan", "Narasumber"]
    dialog.resize(980, 620)
    dialog.grab().save(str(tmp_path / f"agreement-blind-{language}.png"))


def test_only_coders_with_work_in_the_articles_chosen_are_ticked(
        window, coded, seed_id, qtbot, tmp_path, monkeypatch, language):
    """Review R17-6's leftover: the default coder, with an annotation on another article
    only, was ticked and compared (α -0.030, its silence counted as disagreement
    everywhere). Listed, unticked; a collection's coders are ticked when it is chosen.
    The saved report names what is compared as the dialog does, in the export language."""
    from reader.core.models import ImportedArticle

    lib = coded
    other, _ = lib.articles.add(ImportedArticle(title="Lain", text="Berita lain di sini.",
                                                content_hash="lain"))
    code(lib, "default", other, "Berita lain", kind="highlight")
    lib.collections.add([other], lib.collections.id_of("Lain", create=True))
    dialog = AgreementDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.wait()
    listed = [dialog.coders.item(i).text() for i in range(dialog.coders.count())]
    assert listed == ["Ana", "Budi", "default"]
    assert dialog.chosen_coders() == ["Ana", "Budi"] and dialog.report.coders == ["Ana", "Budi"]
    dialog.resize(980, 620)
    dialog.grab().save(str(tmp_path / f"agreement-ticked-{language}.png"))

    monkeypatch.setattr("reader.app.file_dialogs.get_save_file_name",
                        lambda *a: (str(tmp_path / "a.md"), ""))
    dialog.save("markdown")
    saved = (tmp_path / "a.md").read_text(encoding="utf-8")
    if language == "en":
        assert "| Kind: quote |" in saved and "| Tag: framing |" in saved
    else:
        assert "| Jenis: kutipan |" in saved and "| Label: framing |" in saved
        assert saved.startswith("# Kesepakatan antarpengode")
    assert "kind quote" not in saved

    dialog.scope.setCurrentIndex(dialog.scope.findData("Lain"))
    assert dialog.wait()
    assert dialog.chosen_coders() == ["default"]  # (one coder there: said, no figures)
    dialog.scope.setCurrentIndex(0)
    assert dialog.wait() and dialog.chosen_coders() == ["Ana", "Budi"]
