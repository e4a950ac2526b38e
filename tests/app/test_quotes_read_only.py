"""Reread19: a library its catch-up left with statements to settle (20bde73, ``trail_unsplit``)
and then read-only here (an archive, a read-only share): the Quotes view started its thread,
which could keep nothing, and ``speakers_changed`` still said it had work, so the thread was
started again as soon as it ended (138 threads in ten seconds, each listing and analysing
articles) for as long as the view was open. It is started once; the list shows the trail as
kept."""

import time

from reader.app.quotes import controller as quotes_controller
from reader.core.library import Library
from tests.app.test_read_only_library import _make_read_only, _make_writable
from tests.trail.conftest import quoted_articles
from tests.trail.test_statements_settled import ARTICLES


def left_to_settle(db_path) -> None:
    """A library whose catch-up left a statement to settle (``trail_unsplit``)."""
    with Library(db_path) as lib:
        lib.trail.refresh()
        lib.bulk.add_articles(quoted_articles(ARTICLES, 1, "2024-03", "kata {speaker}."))
        lib.trail.refresh()  # (a catch-up: a statement left to settle)
        assert lib.trail._store().unsplit_clusters()


def counted_starts(monkeypatch) -> list[float]:
    """When the Quotes view started its thread, each time (filled as it does)."""
    started: list[float] = []
    real = quotes_controller.QuotesController._start_worker

    def counted(self, *args, **kwargs):
        started.append(time.monotonic())
        return real(self, *args, **kwargs)

    monkeypatch.setattr(quotes_controller.QuotesController, "_start_worker", counted)
    return started


def test_a_read_only_library_s_quotes_view_starts_its_thread_once(open_window, db_path, qtbot,
                                                                  monkeypatch):
    left_to_settle(db_path)
    _make_read_only(db_path)
    started = counted_starts(monkeypatch)
    library = Library(db_path)
    try:
        assert library.read_only
        window = open_window(library)
        window.quotes.toggle_action.trigger()
        model = window.quotes.panel.model
        qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=20_000)  # (as kept)
        qtbot.wait(3_000)
        assert len(started) <= 2, f"{len(started)} threads started"
        window.quotes.wait()
        window.close()
    finally:
        library.close()
        _make_writable(db_path)
