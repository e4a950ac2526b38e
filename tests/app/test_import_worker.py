"""Tests for importing off the GUI thread (reader/app/import_worker.py)."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from reader.app import import_worker
from reader.app.import_worker import ImportWorker, PasteTextDialog, make_import, run_import
from reader.core.changes import Area


@pytest.fixture
def folder(tmp_path):
    root = tmp_path / "articles"
    root.mkdir()
    (root / "a_banjir.txt").write_text(
        "Banjir di Jakarta\n\nJakarta, MINA – Hujan deras merendam ratusan rumah.\n",
        encoding="utf-8")
    (root / "b_pelabuhan.txt").write_text(
        "Pelabuhan dibuka kembali\n\nSurabaya – Pelabuhan Tanjung Perak dibuka lagi hari ini.\n",
        encoding="utf-8")
    (root / "c_empty.txt").write_text("", encoding="utf-8")
    return root


def many_files(tmp_path, n=40):
    root = tmp_path / "many"
    root.mkdir()
    for i in range(n):
        (root / f"{i:03}.txt").write_text(f"Judul {i}\n\nIsi berita nomor {i} yang unik.\n",
                                          encoding="utf-8")
    return root


def test_worker_imports_a_folder_with_progress_and_a_failure(qtbot, fresh_library, folder):
    thread, worker = make_import(fresh_library.path, [folder])
    seen = []
    worker.progress.connect(lambda done, total, name: seen.append((done, total, name)))
    with qtbot.waitSignal(worker.finished, timeout=20_000) as blocker:
        thread.start()
    thread.wait()  # (a QThread destroyed while running aborts the process)
    report = blocker.args[0]
    assert len(report.imported) == 2
    assert [name for name, _ in report.failed] == [str(folder / "c_empty.txt")]
    assert report.failed[0][1]
    assert seen[0][:2] == (0, 3) and seen[-1] == (3, 3, "")
    assert {name for _, _, name in seen} >= {"a_banjir.txt", "b_pelabuhan.txt", "c_empty.txt"}
    assert fresh_library.articles.count() == 2  # the GUI's connection sees the new rows


def test_the_thread_ends_without_the_window_thread_turning(fresh_library, folder):
    """The worker's thread quits from the worker's own thread: waiting for it right away,
    with no event processed on the window thread, returns. (The quit used to be queued to
    the window thread: pytest-qt's waitSignal could return on ``finished`` before that turn
    came, and the next ``thread.wait()`` hung the CI run for good, session 19.)"""
    thread, worker = make_import(fresh_library.path, [folder])
    thread.start()
    assert thread.wait(20_000)
    assert fresh_library.articles.count() == 2


def test_worker_runs_in_its_own_thread(qtbot, fresh_library, folder):
    threads = []
    real = ImportWorker._progress

    def spy(self, done, total, name):
        threads.append(threading.get_ident())
        real(self, done, total, name)

    ImportWorker._progress = spy
    try:
        thread, worker = make_import(fresh_library.path, [folder])
        with qtbot.waitSignal(worker.finished, timeout=20_000):
            thread.start()
        thread.wait()  # (a QThread destroyed while running aborts the process)
    finally:
        ImportWorker._progress = real
    assert threads and threading.get_ident() not in threads


def test_worker_cancel_stops_early(qtbot, fresh_library, tmp_path):
    root = many_files(tmp_path)
    thread, worker = make_import(fresh_library.path, [root])
    worker.progress.connect(lambda done, total, name: worker.cancel() if done >= 2 else None)
    with qtbot.waitSignal(worker.finished, timeout=20_000) as blocker:
        thread.start()
    thread.wait()  # (a QThread destroyed while running aborts the process)
    report = blocker.args[0]
    assert report.cancelled
    assert 2 <= len(report.imported) < 40


def test_worker_reports_a_bad_library_file(qtbot, tmp_path, folder):
    bad = tmp_path / "not-a-library.sqlite"
    bad.write_text("hello", encoding="utf-8")
    thread, worker = make_import(bad, [folder])
    with qtbot.waitSignal(worker.finished, timeout=20_000) as blocker:
        thread.start()
    thread.wait()  # (a QThread destroyed while running aborts the process)
    assert blocker.args[0].failed and "not a Kutip library" in blocker.args[0].failed[0][1]


def test_run_import_shows_a_summary_and_notifies(qtbot, fresh_library, folder, monkeypatch):
    shown = []
    monkeypatch.setattr(import_worker, "show_report", lambda parent, report: shown.append(report))
    changes = []
    fresh_library.subscribe(changes.append)
    report = run_import(None, fresh_library, [folder])
    assert shown == [report]
    assert len(report.imported) == 2 and len(report.failed) == 1
    assert len(changes) == 1 and changes[0].external and Area.ARTICLES in changes[0]
    title, info, details = import_worker.report_text(report)
    assert "Imported: 2" in info and "Failed: 1" in info
    assert "c_empty.txt —" in details
    again = run_import(None, fresh_library, [folder], show_summary=False)
    assert len(again.present) == 2 and not again.imported


def test_the_summary_names_each_outlets_copy(qtbot, fresh_library, folder, monkeypatch):
    """A wire story under another outlet's dateline is imported as that outlet's copy
    (R15-5): the summary counts it and its details say whose text it repeats."""
    monkeypatch.setattr(import_worker, "show_report", lambda parent, report: None)
    (folder / "d_kompas.txt").write_text(
        "Banjir merendam Jakarta\n\nJAKARTA, KOMPAS.com – Hujan deras merendam ratusan "
        "rumah.\n", encoding="utf-8")
    report = run_import(None, fresh_library, [folder])
    _, info, details = import_worker.report_text(report)
    assert "Imported: 3" in info and "of them another outlet's copy of a text already in " \
        "the library: 1" in info
    assert "d_kompas.txt (article 3) is Kompas's copy of article 1 (MINA): the same text" \
        in details.splitlines()


def test_run_import_into_a_collection(qtbot, fresh_library, folder, monkeypatch):
    monkeypatch.setattr(import_worker, "show_report", lambda parent, report: None)
    collection = fresh_library.collections.create("Banjir")
    run_import(None, fresh_library, [folder], collection_id=collection.id)
    assert fresh_library.collections.all()[0].articles == 2


def test_run_import_cancel_button(qtbot, fresh_library, tmp_path, monkeypatch):
    monkeypatch.setattr(import_worker, "show_report", lambda parent, report: None)
    root = many_files(tmp_path, 100)
    real = import_worker._Receiver.on_progress

    def on_progress(self, done, total, name):
        real(self, done, total, name)
        if done == 3:  # as if the user pressed Cancel now
            self.dialog.findChild(QPushButton).click()

    monkeypatch.setattr(import_worker._Receiver, "on_progress", on_progress)
    report = run_import(None, fresh_library, [root])
    assert report.cancelled and 3 <= len(report.imported) < 100
    assert fresh_library.articles.count() == len(report.imported)


def test_gui_thread_stays_responsive(qtbot, fresh_library, tmp_path, monkeypatch):
    monkeypatch.setattr(import_worker, "show_report", lambda parent, report: None)
    root = many_files(tmp_path, 80)
    ticks = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    started = time.monotonic()
    report = run_import(None, fresh_library, [root])
    elapsed = time.monotonic() - started
    timer.stop()
    assert len(report.imported) == 80
    assert ticks, "the event loop did not run during the import"
    if elapsed > 0.2:  # the timer kept firing while the import ran
        assert len(ticks) >= 5


def test_nothing_to_import(fresh_library):
    assert run_import(None, fresh_library, []) is None


def test_paste_text_dialog(qtbot, monkeypatch, tmp_path):
    dialog = PasteTextDialog()
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    dialog.edit.setPlainText("Judul\n\nIsi.")
    assert dialog.ok_button.isEnabled()
    dialog.grab().save(str(tmp_path / "dlg_paste.png"))
    monkeypatch.setattr(PasteTextDialog, "exec", lambda self: (
        self.edit.setPlainText("Judul\n\nIsi."), self.accept(), 1)[2])
    assert import_worker.paste_text_dialog(None) == "Judul\n\nIsi."
    monkeypatch.setattr(PasteTextDialog, "exec", lambda self: 0)
    assert PasteTextDialog.ask(None) is None


def test_no_thread_left_running(qtbot, fresh_library, folder, monkeypatch):
    monkeypatch.setattr(import_worker, "show_report", lambda parent, report: None)
    before = threading.active_count()
    run_import(None, fresh_library, [folder])
    assert threading.active_count() <= before
    assert QThread.currentThread() is not None
    assert QDialogButtonBox  # imported for the paste dialog test
