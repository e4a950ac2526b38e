"""RR19-4: a library whose catch-up left statements to settle (``trail_unsplit``) while
another program holds its write lock: the Quotes view's thread could keep nothing, its
refresh had nothing to write (so it was not "held back"), and ``speakers_changed`` still
said it had work, so the thread was started again as soon as it ended (each listing and
analysing articles, and waiting out the busy timeout twice) for as long as the lock was
held. It tries once more after a pause, and then waits for the library's next change."""

import sqlite3

from reader.app.quotes import controller as quotes_controller
from reader.core.library import Library
from reader.core.store import connection
from reader.core.store import sqlite as sqlite_store
from tests.app.test_quotes_read_only import counted_starts, left_to_settle
from tests.trail.conftest import quoted_articles
from tests.trail.test_statements_settled import ARTICLES


def test_a_busy_library_s_quotes_view_tries_its_thread_again_once(open_window, db_path, qtbot,
                                                                   monkeypatch):
    left_to_settle(db_path)
    for module in (connection, sqlite_store):  # (the thread's own Library: 15 s a wait)
        monkeypatch.setattr(module, "BUSY_TIMEOUT_MS", 100)
    monkeypatch.setattr(quotes_controller, "BUSY_RETRY_MS", 500)
    started = counted_starts(monkeypatch)
    library = Library(db_path)
    other = sqlite3.connect(db_path)
    try:
        window = open_window(library)
        other.execute("BEGIN IMMEDIATE")  # (another program writing, and staying)
        window.quotes.toggle_action.trigger()
        model = window.quotes.panel.model
        qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=20_000)  # (as kept)
        qtbot.wait(4_000)
        assert len(started) == 2, f"{len(started)} threads started"  # (once more, quietly)
        assert not window.quotes.busy
        other.rollback()  # (the lock let go: the next change settles them)
        with Library(db_path) as writer:
            writer.bulk.add_articles(quoted_articles(ARTICLES[:1], 9, "2024-04",
                                                     "kata {speaker}."))
        qtbot.waitUntil(lambda: not window.quotes.busy
                        and not library.trail.speakers_changed(), timeout=20_000)
        assert len(started) >= 3  # (the change let it try again)
        window.close()
    finally:
        other.close()
        library.close()
