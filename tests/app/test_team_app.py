"""Two windows and the command line on one team library (PostgreSQL), each over its own
connection: what one writes shows up in the others within a second or two (LISTEN/NOTIFY
through the same ``poll_external`` the app already refreshes from)."""

import os
import subprocess
import sys
from pathlib import Path

from reader.core.changes import Area
from reader.core.library import Library

ROOT = Path(__file__).resolve().parents[2]
STORY = ROOT / "tests" / "data" / "import" / "antara_banjir.txt"


def test_two_windows_and_the_cli_see_each_others_changes(qtbot, open_window, pg_url):
    first, second = open_window(Library(pg_url)), open_window(Library(pg_url))
    heard = {id(first): [], id(second): []}
    for window in (first, second):
        window.library.subscribe(heard[id(window)].append)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "reader.cli", "--db", pg_url, "import",
                           str(STORY)], capture_output=True, text=True, env=env, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    for window in (first, second):  # the command line's import, in both windows
        qtbot.waitUntil(lambda w=window: w.library_panel.model.rowCount() == 1, timeout=3000)
    [article_id] = first.library.articles.ids()
    note = first.library.annotations.add_exact(article_id, "banjir", kind="claim")
    qtbot.waitUntil(lambda: any(c.external and Area.ANNOTATIONS in c
                                for c in heard[id(second)]), timeout=3000)
    assert [n.id for n in second.library.annotations.for_article(article_id)] == [note.id]
    assert not any(c.external for c in heard[id(first)][-1:])  # its own write: not news
    done = subprocess.run([sys.executable, "-m", "reader.cli", "--db", pg_url, "show",
                           str(article_id)], capture_output=True, text=True, env=env, cwd=ROOT)
    assert "banjir" in done.stdout  # and the command line sees the window's annotation
    for window in (first, second):
        window.close()
        window.library.close()
