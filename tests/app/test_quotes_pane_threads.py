"""R14-3: the Quotes pane works out no speaker on the window's thread. A trail opens at once
with the speakers kept and "working out…" for the others, filled from a thread."""

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

DATA = Path(__file__).resolve().parents[1] / "data" / "trail"


@pytest.fixture
def unannotated(seeded_library):
    """The seed (MINA) and two outlets' versions of Lavrov's quotation: nobody annotated."""
    seeded_library.imports.paths([DATA / "antara-lavrov.txt", DATA / "republika-lavrov.txt"])
    return seeded_library


PENDING = {"en": "speaker: working out…", "id": "narasumber: sedang dicari…"}
COPY_PENDING = {
    "en": "This statement's speaker is still being worked out: copy it again in a moment.",
    "id": "Narasumber pernyataan ini masih dicari: salin lagi sebentar lagi."}


@pytest.fixture
def analysed_on(monkeypatch):
    """The threads ``speakers_of`` ran on (the analysis of a version's article)."""
    from reader.core.library import trail_speakers

    threads: list[threading.Thread] = []
    real = trail_speakers.speakers_of

    def record(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(trail_speakers, "speakers_of", record)
    return threads


def test_a_shown_trail_fills_its_speakers_from_a_thread(open_window, unannotated, qtbot,
                                                        analysed_on, language, tmp_path):
    lib = unannotated
    lib.trail.refresh()
    lib.trail.clusters()  # (the list's guesses: kept, as the view's thread leaves them)
    kept = lib._session.stores.trail
    with lib.stores.transaction():
        lib.stores.db.execute("DELETE FROM trail_found_speakers")  # (none kept yet)
    analysed_on.clear()
    window = open_window(lib)
    quotes = window.quotes
    quotes._find_timer.setInterval(60_000)  # (the idle-time finder out of the way)
    quotes.toggle_action.trigger()
    qtbot.waitUntil(lambda: quotes.panel.model.rowCount() == 1)
    quotes._find_timer.stop()
    quotes.panel.table.selectRow(0)
    view = quotes.panel.trail_view
    assert threading.main_thread() not in analysed_on
    pending = view.browser.toPlainText()
    assert view.trail.speakers_pending
    assert PENDING[language] in pending and "Lavrov (s" not in pending
    assert not view.export_button.isEnabled()  # (it would write versions without speakers)
    assert not view.export_markdown(str(tmp_path / "early.md"))
    assert not (tmp_path / "early.md").exists()
    # nor copied without its speaker (the version's Copy link, the list's Copy Statement):
    # nothing copied, the status bar says why
    QApplication.clipboard().setText("before")
    assert view.copy_version(0) == "" and quotes.copy_statement() == ""
    assert QApplication.clipboard().text() == "before"
    assert window.statusBar().currentMessage() == COPY_PENDING[language]
    quotes.panel.grab().save(str(tmp_path / f"pending-{language}.png"))  # (looked at)
    qtbot.waitUntil(lambda: not view.trail.speakers_pending, timeout=20_000)
    text = view.browser.toPlainText()
    suggested = {"en": "(suggested)", "id": "(saran)"}[language]
    assert f"Sergei Lavrov {suggested}" in text and f"Sergey Lavrov {suggested}" in text
    assert PENDING[language] not in text
    assert view.export_button.isEnabled()
    assert view.export_markdown(str(tmp_path / "filled.md"))
    assert "Sergey Lavrov" in (tmp_path / "filled.md").read_text(encoding="utf-8")
    # (the attribution's guess, marked as the trail shows it: no coder named anyone)
    assert f"Lavrov {suggested}" in view.copy_version(0) == QApplication.clipboard().text()
    assert f"Lavrov {suggested}" in quotes.copy_statement()
    quotes.panel.grab().save(str(tmp_path / f"filled-{language}.png"))
    assert analysed_on and threading.main_thread() not in analysed_on
    assert kept.found_speakers([v.item_id for v in view.trail.versions])  # (kept: next open)
    analysed_on.clear()
    quotes.show_cluster(view.trail.cluster)
    assert analysed_on == [] and not view.trail.speakers_pending


def test_another_programs_import_is_taken_in_by_the_views_thread(open_window, seeded_library,
                                                                 qtbot, analysed_on,
                                                                 monkeypatch):
    """R14-7: with the Quotes view open, another program's import was caught up and its
    statements' speakers guessed on the window's thread (freezes of seconds while a CLI
    imported). The view's thread does both; the list shows the statement when it is done."""
    from reader.core.library import open_library
    from reader.core.library.trail import QuoteTrail

    caught_up_on: list[threading.Thread] = []
    real = QuoteTrail._catch_up

    def catch_up(self, *args, **kwargs):
        caught_up_on.append(threading.current_thread())
        return real(self, *args, **kwargs)

    monkeypatch.setattr(QuoteTrail, "_catch_up", catch_up)
    lib = seeded_library
    lib.trail.refresh()
    window = open_window(lib)
    quotes = window.quotes
    quotes._find_timer.setInterval(60_000)  # (the idle-time finder out of the way)
    quotes.toggle_action.trigger()
    qtbot.waitUntil(lambda: not quotes.busy and quotes._listed is not None, timeout=20_000)
    assert quotes.panel.model.rowCount() == 0
    other = open_library(lib.path)  # (another program: its own connection)
    try:
        other.imports.paths([DATA / "antara-lavrov.txt", DATA / "republika-lavrov.txt"])
    finally:
        other.close()
    caught_up_on.clear()
    analysed_on.clear()
    lib.poll_external()  # (what the window's timer does)
    model = quotes.panel.model
    qtbot.waitUntil(lambda: model.rowCount() == 1 and not quotes.busy, timeout=20_000)
    assert model.data(model.index(0, 1)) == "Sergey Lavrov (suggested)"
    assert caught_up_on and threading.main_thread() not in caught_up_on
    assert analysed_on and threading.main_thread() not in analysed_on
    quotes.panel.table.selectRow(0)
    qtbot.waitUntil(lambda: not quotes.panel.trail_view.trail.speakers_pending, timeout=20_000)
    assert threading.main_thread() not in analysed_on


def test_a_listed_speaker_not_worked_out_yet_reads_working_out(qtbot, language, tmp_path):
    """The list read as kept (R14-7): a statement whose speaker the view's thread has not
    worked out yet says so, in italics, until the thread has it."""
    from PySide6.QtCore import Qt

    from reader.app.quotes.panel import QuotesPanel
    from reader.core.trail.model import ClusterSummary

    panel = QuotesPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 300)
    panel.model.set_rows([
        ClusterSummary(1, 3, 3, "2021-12-22", "", "Kami tidak ingin mengambil jalur", 1,
                       speaker_pending=True),
        ClusterSummary(2, 2, 2, "2021-12-23", "", "Saya berharap mereka", 4)])
    model = panel.model
    pending = {"en": "working out…", "id": "sedang dicari…"}[language]
    assert model.data(model.index(0, 1)) == pending
    assert model.data(model.index(0, 1), Qt.ItemDataRole.FontRole).italic()
    assert model.data(model.index(1, 1)) == "—"  # (worked out: nobody found)
    panel.show()
    panel.grab().save(str(tmp_path / f"list-pending-{language}.png"))  # (looked at)


def test_while_another_program_keeps_writing_the_list_is_read_at_most_every_relist(
        open_window, unannotated, qtbot, monkeypatch):
    """R14-7's remainder: with a CLI importing, every end of the view's thread read the list
    again on the window's thread (60-77 readings in a 300-text import, 7-16 s of the
    window's thread at load 10). While changes keep coming, it is read at most every
    ``RELIST_EVERY`` seconds; the thread is started each time all the same, and a filter
    the user changes is listed at once. (A thread's end: ``after_worker``; a change itself
    leaves the list as shown until then.)"""
    from reader.app.quotes import controller as module

    lib = unannotated
    lib.trail.refresh()
    window = open_window(lib)
    quotes = window.quotes
    quotes._find_timer.setInterval(60_000)
    quotes.toggle_action.trigger()
    qtbot.waitUntil(lambda: not quotes.busy and quotes._listed is not None, timeout=20_000)
    clock = [module.time.monotonic() + 100.0]  # (the last reading: more than 2 s ago)
    monkeypatch.setattr(module.time, "monotonic", lambda: clock[0])
    started, listed = [], []
    monkeypatch.setattr(quotes, "_start_worker", lambda *a, **k: started.append(a))
    monkeypatch.setattr(type(lib.trail), "pending", lambda self: 1)  # (always behind)
    real = quotes.panel.model.set_source
    monkeypatch.setattr(quotes.panel.model, "set_source",
                        lambda *a, **k: (listed.append(clock[0]), real(*a, **k)))
    quotes.reload(after_worker=True)
    assert len(listed) == 1 and len(started) == 1
    for step in (0.5, 0.5, 0.5):
        clock[0] += step
        quotes.reload(after_worker=True)
    assert len(listed) == 1 and len(started) == 4  # (read 1.5 s ago: not again)
    clock[0] += module.RELIST_EVERY
    quotes.reload(after_worker=True)
    assert len(listed) == 2 and len(started) == 5
    spin = quotes.panel.min_outlets
    spin.blockSignals(True)
    spin.setValue(spin.value() + 1)  # (another listing chosen: read at once)
    spin.blockSignals(False)
    quotes.reload(after_worker=True)
    assert len(listed) == 3
