"""Review R20-15 (part 1): with a tag chosen in the library's filter, one Q read the
filtered first page three times on the window's thread (the window's own notice, then the
Quotes dock's trail thread's write announced as everything: a reload, the menus refilled
twice), 11-13 s at 100,000 articles under load. Now: none on the window's thread, the
trail's write is the trail's alone, and the menus are refilled once a notice."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from reader.app import library_model
from reader.app.annotation_commands import CreateAnnotationCommand


@pytest.fixture
def counted(window, monkeypatch):
    """The threads the listing's first page was read on, and how many reloads and menu
    refills the window made."""
    seen: dict[str, list[str]] = {"first_ids": [], "reload": [], "choices": []}
    real_first = library_model.first_ids

    def first_ids(*args, **kwargs):
        seen["first_ids"].append(threading.current_thread().name)
        return real_first(*args, **kwargs)

    monkeypatch.setattr(library_model, "first_ids", first_ids)
    model, panel = window.library_panel.model, window.library_panel
    real_reload, real_choices = model.reload, panel.refresh_choices
    monkeypatch.setattr(model, "reload", lambda *a: seen["reload"].append("") or real_reload(*a))
    monkeypatch.setattr(panel, "refresh_choices",
                        lambda: seen["choices"].append("") or real_choices())

    def taken() -> dict[str, list[str]]:
        now = {key: list(value) for key, value in seen.items()}
        for value in seen.values():
            value.clear()
        return now

    return taken


def _tag_filter(qtbot, window) -> None:
    library, article = window.library, window.article_id
    library.annotations.add_exact(article, "Rusia", kind="highlight", tags=["sumber"])
    panel = window.library_panel
    panel.tag.setCurrentIndex(panel.tag.findData("sumber"))
    panel.apply_filter()
    qtbot.waitUntil(lambda: not panel.model.refreshing and panel.model.rowCount() == 1,
                    timeout=5000)


def test_a_quote_with_a_tag_chosen_reads_nothing_on_the_window_s_thread(qtbot, window,
                                                                         counted, monkeypatch):
    quotes = window.quotes
    quotes._find_timer.setInterval(60_000)  # (the idle-time finder out of the way)
    _tag_filter(qtbot, window)
    quotes.toggle_action.trigger()
    qtbot.waitUntil(lambda: not quotes.busy and quotes._listed is not None, timeout=20_000)
    window.library.poll_external()
    counted()
    started: list[bool] = []  # (its trail thread takes the change in: counted at its start,
    real_start = quotes._start_worker  # since a fast thread can end between two polls)
    monkeypatch.setattr(quotes, "_start_worker",
                        lambda *a, **k: started.append(True) or real_start(*a, **k))
    text = window.library.articles.get(window.article_id).text
    start = text.index("Kami tidak ingin berperang")
    window.history.run(CreateAnnotationCommand(window.library, window.article_id, start,
                                               start + len("Kami tidak ingin berperang"),
                                               "quote"))
    qtbot.waitUntil(lambda: bool(started) and not quotes.busy, timeout=20_000)
    assert window.library.poll_external() is not None  # (the thread's write: the trail's)
    qtbot.waitUntil(lambda: not window.library_panel.model.refreshing, timeout=5000)
    seen = counted()
    assert "MainThread" not in seen["first_ids"]
    assert len(seen["first_ids"]) == 1  # (the window's own notice: read in a thread)
    assert seen["reload"] == [] and seen["choices"] == []
    assert window.library_panel.model.rowCount() == 1


def test_a_change_to_everything_refills_the_menus_once(qtbot, window, counted):
    _tag_filter(qtbot, window)
    counted()
    raw = sqlite3.connect(window.library.path)  # (another program: all may have changed)
    with raw:
        raw.execute("UPDATE articles SET title = 'Judul baru'")
    raw.close()
    assert window.library.poll_external() is not None
    seen = counted()
    assert len(seen["choices"]) == 1  # (was three: articles, tags and speakers, collections)
    assert len(seen["reload"]) == 1
