"""Import from URL in the main window: the download runs off the GUI thread, and
re-importing a page that changed updates the article and says what happened to its quotes."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QInputDialog, QProgressDialog, QPushButton

from reader.app import import_worker
from reader.core.importers.url import Download
from reader.core.library import importing

URL = "https://example.org/berita/1"
PAGE = ("Rusia membantah\n\nJakarta, MINA – Pejabat Rusia membantah rencana serangan.\n\n"
        "“Kami tidak ingin berperang,” kata Lavrov.\n")


@pytest.fixture
def window(open_window, fresh_library):
    return open_window(fresh_library)


@pytest.fixture
def page(monkeypatch):
    """The web page's current text; the fake download records the thread it ran on."""
    state = {"text": PAGE, "threads": [], "gate": None}

    def fake_fetch(address, should_cancel=None):
        state["threads"].append(threading.get_ident())
        if state["gate"] is not None:
            state["gate"].wait(10)
        return Download(state["text"].encode(), address, "utf-8", "text/plain")

    monkeypatch.setattr(importing, "fetch_bytes", fake_fetch)
    return state


def ask_for(monkeypatch, url):
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: (url, True))


def test_importing_a_url_downloads_off_the_gui_thread(qtbot, window, page, monkeypatch):
    ask_for(monkeypatch, URL)
    window.imports.import_url()
    [article_id] = window.library.articles.ids()
    assert window.article_id == article_id
    assert page["threads"] and page["threads"][0] != threading.get_ident()


def test_reimporting_a_changed_page_shows_the_reanchoring_summary(qtbot, window, page,
                                                                  monkeypatch):
    ask_for(monkeypatch, URL)
    window.imports.import_url()
    [article_id] = window.library.articles.ids()
    window.library.annotations.add_exact(article_id, "Kami tidak ingin berperang", kind="quote")
    page["text"] = PAGE.replace("Pejabat Rusia", "Para pejabat Rusia")

    window.imports.import_url()  # used to crash: the report only has `updated`

    assert window.library.articles.ids() == [article_id]
    assert window.article_id == article_id
    message = window.statusBar().currentMessage()
    assert message.startswith("Text replaced; annotations:") and "1 moved" in message


def test_cancelling_a_download_stores_nothing(qtbot, window, page, monkeypatch):
    ask_for(monkeypatch, URL)
    page["gate"] = threading.Event()

    def cancel():
        window.findChild(QProgressDialog).findChild(QPushButton).click()

    QTimer.singleShot(import_worker.SHOW_AFTER_MS + 300, cancel)
    window.imports.import_url()  # returns on Cancel although the download has not ended
    assert "cancelled" in window.statusBar().currentMessage()
    page["gate"].set()
    import_worker.wait_for_downloads()
    assert window.library.articles.ids() == []
