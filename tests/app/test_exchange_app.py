"""File › Exchange in the app (issue 14): merging another coder's library file is one
undoable change, a bad file is one message, and the exports write their files."""

import zipfile

import pytest
from lxml import etree

from reader.app import dialog_helpers, file_dialogs
from reader.core.library import open_library


@pytest.fixture
def other_coder(tmp_path):
    """Budi's library: the seed article, coded by Budi."""
    library = open_library(tmp_path / "budi.sqlite", seed=True)
    library.coders.use("Budi")
    seed = library.articles.ids()[0]
    library.annotations.add_exact(seed, "Kami tidak ingin berperang", kind="quote",
                                  speaker="Lavrov", tags=["framing"])
    library.annotations.add_exact(seed, "Ukraina", kind="highlight", tags=["actor"])
    library.exchange.export_file(tmp_path / "budi.kutip")
    yield library
    library.close()


@pytest.fixture
def answers(monkeypatch):
    said = {"info": [], "error": [], "confirm": []}
    monkeypatch.setattr(dialog_helpers, "show_info", lambda p, t, m: said["info"].append(m))
    monkeypatch.setattr(dialog_helpers, "show_error", lambda p, t, m: said["error"].append(m))

    def confirm(parent, title, text, informative="", ok_text="OK"):
        said["confirm"].append(informative)
        return True

    monkeypatch.setattr(dialog_helpers, "confirm", confirm)
    return said


def _open(monkeypatch, path):
    monkeypatch.setattr(file_dialogs, "get_open_file_name",
                        staticmethod(lambda *a, **k: (str(path), "")))


def _save(monkeypatch, path):
    monkeypatch.setattr(file_dialogs, "get_save_file_name",
                        staticmethod(lambda *a, **k: (str(path), "")))


def test_merging_a_library_file_is_one_undoable_change(window, other_coder, tmp_path,
                                                       monkeypatch, answers):
    library = window.library
    before = {n.uuid for n in library.annotations.where()}
    _open(monkeypatch, tmp_path / "budi.kutip")

    window.exchange.merge_file()

    assert "annotations: 2 added" in answers["confirm"][0]  # the dry run, shown first
    budi = {n.uuid for n in other_coder.annotations.where()}
    assert {n.uuid for n in library.annotations.where()} == before | budi
    assert "Undo" in answers["info"][0]
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert {n.uuid for n in library.annotations.where()} == before
    assert "Budi" not in {c.name for c in library.coders.all()}
    window.undo_stack.redo()
    assert {n.uuid for n in library.annotations.where()} == before | budi
    # the same file again: nothing to do, nothing on the undo stack
    window.exchange.merge_file()
    assert "already" in answers["info"][-1] and window.undo_stack.count() == 1


def test_a_bad_file_is_one_message_and_nothing_changes(window, tmp_path, monkeypatch,
                                                       answers):
    (tmp_path / "bad.kutip").write_bytes(b"PK\x03\x04 broken")
    _open(monkeypatch, tmp_path / "bad.kutip")
    count = len(window.library.annotations.where())
    window.exchange.merge_file()
    assert len(answers["error"]) == 1 and "bad.kutip" in answers["error"][0]
    assert len(window.library.annotations.where()) == count
    assert window.undo_stack.count() == 0


def test_the_exports_write_their_files(window, tmp_path, monkeypatch, answers):
    seed = window.library.articles.ids()[0]
    window.library.annotations.add_exact(seed, "Ukraina", tags=["actor"])
    _save(monkeypatch, tmp_path / "mine.kutip")
    window.exchange.export_file()
    assert zipfile.is_zipfile(tmp_path / "mine.kutip")
    _save(monkeypatch, tmp_path / "mine.qdpx")
    window.exchange.export_qdpx()
    with zipfile.ZipFile(tmp_path / "mine.qdpx") as archive:
        assert etree.fromstring(archive.read("project.qde")).tag.endswith("Project")
    _save(monkeypatch, tmp_path / "codes.qdc")
    window.exchange.export_qdc()
    assert (tmp_path / "codes.qdc").read_bytes().startswith(b"<?xml")
    _save(monkeypatch, tmp_path / "coded.csv")
    window.exchange.export_table()
    assert "n_default" in (tmp_path / "coded.csv").read_text(encoding="utf-8-sig")
    assert answers["error"] == []
    # the project read back into the library it came from: nothing new to merge
    _open(monkeypatch, tmp_path / "mine.qdpx")
    window.exchange.import_qdpx()
    assert "already" in answers["info"][-1] and window.undo_stack.count() == 0


def test_a_refi_qda_import_is_undoable(window, other_coder, tmp_path, monkeypatch, answers):
    other_coder.exchange.export_qdpx(tmp_path / "budi.qdpx")
    _open(monkeypatch, tmp_path / "budi.qdpx")
    before = len(window.library.annotations.where())
    window.exchange.import_qdpx()
    assert len(window.library.annotations.where()) == before + 2
    window.undo_stack.undo()
    assert len(window.library.annotations.where()) == before


def test_the_exchange_menu_is_under_file(window):
    texts = [a.text().replace("&", "") for a in window.exchange_menu.actions()]
    assert texts[:2] == ["Merge Library File…", "Export Library File…"]
    assert window.exchange_menu.menuAction() in window.file_menu.actions()


def test_a_deletion_in_the_other_library_is_merged_shown_and_undone(
        window, other_coder, tmp_path, monkeypatch, answers):
    """Issue 14: Budi deletes a quote both libraries hold; merging his file deletes it
    here too (said in the report, undone with Ctrl+Z). Had it been edited here since,
    the edit would stay, reported as a conflict."""
    library = window.library
    _open(monkeypatch, tmp_path / "budi.kutip")
    window.exchange.merge_file()
    [quote] = [n for n in other_coder.annotations.where() if n.kind == "quote"]
    [highlight] = [n for n in other_coder.annotations.where() if n.kind == "highlight"]
    other_coder.annotations.delete(quote.id)
    other_coder.annotations.delete(highlight.id)
    here = {n.uuid: n for n in library.annotations.where(everyone=True)}
    library.annotations.update(here[highlight.uuid].id, note="dicek ulang")  # edited here
    other_coder.exchange.export_file(tmp_path / "budi2.kutip")
    _open(monkeypatch, tmp_path / "budi2.kutip")

    window.exchange.merge_file()

    assert "1 deleted" in answers["confirm"][-1] and "1 in conflict" in answers["confirm"][-1]
    assert "edited in the other since" in answers["confirm"][-1]
    assert "deleted in the merged library" in answers["confirm"][-1]
    uuids = {n.uuid for n in library.annotations.where(everyone=True)}
    assert quote.uuid not in uuids and highlight.uuid in uuids
    window.undo_stack.undo()
    assert quote.uuid in {n.uuid for n in library.annotations.where(everyone=True)}
    window.undo_stack.redo()
    assert quote.uuid not in {n.uuid for n in library.annotations.where(everyone=True)}


def test_the_library_file_is_written_in_a_thread_the_window_answering(
        window, tmp_path, monkeypatch, answers):
    """R22-5: Export Library File… ran on the window's thread (the 100,000-article library:
    432 s without an answer). It runs in a thread on a Library of its own, the window's
    events handled meanwhile, and says what it wrote."""
    import threading

    from PySide6.QtCore import QTimer

    from reader.core.library.exchange import Exchange

    seen = {}
    original = Exchange.export_file

    def export_file(self, path, *args, **kwargs):
        seen["thread"] = threading.current_thread() is not threading.main_thread()
        seen["progress"] = kwargs.get("progress") is not None
        ticks = len(seen.setdefault("ticks", []))
        for _ in range(50):  # (the window's timer fires while the file is written)
            if len(seen["ticks"]) > ticks:
                break
            threading.Event().wait(0.02)
        return original(self, path, *args, **kwargs)

    monkeypatch.setattr(Exchange, "export_file", export_file)
    timer = QTimer(window)
    timer.timeout.connect(lambda: seen.setdefault("ticks", []).append(1))
    timer.start(5)
    _save(monkeypatch, tmp_path / "mine.kutip")
    window.exchange.export_file()
    timer.stop()
    assert seen["thread"] and seen["progress"]
    assert seen["ticks"]  # (the window's timer ran while the thread wrote)
    assert zipfile.is_zipfile(tmp_path / "mine.kutip")
    assert "mine.kutip" in window.statusBar().currentMessage()
    assert answers["error"] == []


def test_a_cancelled_library_file_is_not_written(window, tmp_path, monkeypatch, answers):
    from reader.app import export_dialog

    def cancel_at_once(self, done, total, stage):  # (as Cancel pressed before the 1st chunk)
        self.cancel()
        original(self, done, total, stage)

    original = export_dialog._ExportWorker._progress
    monkeypatch.setattr(export_dialog._ExportWorker, "_progress", cancel_at_once)
    _save(monkeypatch, tmp_path / "mine.kutip")
    window.exchange.export_file()
    assert not (tmp_path / "mine.kutip").exists()
    assert list(tmp_path.glob("mine.kutip*")) == []  # (no part file left either)
    assert answers["error"] == []


def test_a_library_file_refused_is_one_message(window, tmp_path, monkeypatch, answers):
    from reader.core.library import exchange

    monkeypatch.setattr(exchange, "MAX_UNPACKED_BYTES", 1)
    _save(monkeypatch, tmp_path / "mine.kutip")
    window.exchange.export_file()
    assert len(answers["error"]) == 1 and "was not written" in answers["error"][0]
    assert not (tmp_path / "mine.kutip").exists()


# each of the other exports: (the action, its file, the Exchange method it calls)
OTHER_EXPORTS = [("export_qdpx", "mine.qdpx", "export_qdpx"),
                 ("export_qdc", "codes.qdc", "export_qdc"),
                 ("export_table", "coded.csv", "coded_table")]


@pytest.mark.parametrize(("action", "name", "method"), OTHER_EXPORTS)
def test_every_export_runs_in_a_thread_the_window_answering(
        window, tmp_path, monkeypatch, answers, action, name, method):
    """The REFI-QDA project, the codebook and the coded table read the whole library as
    the library file does: they ran on the window's thread (speed22's leftover), now in a
    thread on a Library of their own, and say what they wrote."""
    import threading

    from reader.core.library.exchange import Exchange

    seen = {}
    original = getattr(Exchange, method)

    def export(self, *args, **kwargs):
        seen["thread"] = threading.current_thread() is not threading.main_thread()
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Exchange, method, export)
    _save(monkeypatch, tmp_path / name)
    getattr(window.exchange, action)()
    assert seen["thread"]
    assert (tmp_path / name).stat().st_size > 0
    assert name in window.statusBar().currentMessage()
    assert answers["error"] == []


@pytest.mark.parametrize(("action", "name"), [(a, n) for a, n, _ in OTHER_EXPORTS
                                              if a != "export_qdc"])
def test_a_cancelled_export_writes_no_file(window, tmp_path, monkeypatch, answers, action,
                                           name):
    from reader.app import export_dialog

    def cancel_at_once(self, done, total, stage):  # (as Cancel pressed before the 1st chunk)
        self.cancel()
        original(self, done, total, stage)

    original = export_dialog._ExportWorker._progress
    monkeypatch.setattr(export_dialog._ExportWorker, "_progress", cancel_at_once)
    _save(monkeypatch, tmp_path / name)
    getattr(window.exchange, action)()
    assert list(tmp_path.glob(name + "*")) == []
    assert "cancelled" in window.statusBar().currentMessage()
    assert answers["error"] == []
