"""Two windows and the command line on one team library (PostgreSQL), each over its own
connection: what one writes shows up in the others within a second or two (LISTEN/NOTIFY
through the same ``poll_external`` the app already refreshes from)."""

import os
import subprocess
import sys
from pathlib import Path

from reader.core.changes import Area
from reader.core.library import Library
from reader.core.models import ImportedArticle
from reader.core.paths import seeds_dir

ROOT = Path(__file__).resolve().parents[2]
STORY = ROOT / "tests" / "data" / "import" / "antara_banjir.txt"
TRAIL = ROOT / "tests" / "data" / "trail"
LAVROV = ("Kami tidak ingin mengambil jalur konfrontasi, tapi kami akan dengan tegas memastikan "
          "keamanan kami dengan menggunakan cara-cara yang kami anggap perlu")


def kutip(url, *args):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "reader.cli", "--db", url, *args],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_two_windows_and_the_cli_see_each_others_changes(qtbot, open_window, pg_url):
    first, second = open_window(Library(pg_url)), open_window(Library(pg_url))
    heard = {id(first): [], id(second): []}
    for window in (first, second):
        window.library.subscribe(heard[id(window)].append)
    text = STORY.read_text(encoding="utf-8")
    article_id, _ = first.library.articles.add(
        ImportedArticle(title="Banjir Jakarta", text=text, source="ANTARA"))
    qtbot.waitUntil(lambda: second.library_panel.model.rowCount() == 1, timeout=3000)
    assert any(c.external and Area.ARTICLES in c for c in heard[id(second)])
    assert first.library_panel.model.rowCount() == 1
    # the command line annotates: both windows hear of it
    kutip(pg_url, "annotate", str(article_id), "banjir", "--kind", "claim")
    for window in (first, second):
        qtbot.waitUntil(lambda w=window: any(c.external and Area.ANNOTATIONS in c
                                             for c in heard[id(w)]), timeout=3000)
    # a window annotates: the other window and the command line see it
    heard[id(second)].clear()
    note = first.library.annotations.add_exact(article_id, "Jakarta", kind="highlight")
    qtbot.waitUntil(lambda: any(c.external for c in heard[id(second)]), timeout=3000)
    assert {n.exact for n in second.library.annotations.for_article(article_id)} == {
        "banjir", "Jakarta"}
    assert "Jakarta" in kutip(pg_url, "show", str(article_id))
    assert note.coder == "default"  # (the test server's superuser is no team member)
    for window in (first, second):
        window.close()
        window.library.close()


def test_the_quotes_dock_and_a_quotes_trail_on_a_team_library(qtbot, open_window, pg_url,
                                                             tmp_path):
    """The Quotes dock builds the team library's trail (in its worker, over a connection
    of its own), lists the statement and shows its trail; another member's copy of it
    arrives in the open dock through the change notices."""
    with Library(pg_url) as setup:
        setup.imports.paths([seeds_dir()])
        seed_id = setup.articles.ids()[0]
        quote = setup.annotations.add_exact(seed_id, LAVROV, kind="quote", speaker="Lavrov")
        setup.imports.paths([TRAIL / "antara-lavrov.txt", TRAIL / "republika-lavrov.txt"])
    window = open_window(Library(pg_url))
    quotes = window.quotes
    quotes.toggle_action.trigger()
    qtbot.waitUntil(lambda: quotes.panel.model.rowCount() == 1, timeout=60_000)
    row = quotes.panel.model.rows[0]
    assert (row.outlets, row.size, row.speaker) == (3, 3, "Sergey Lavrov")
    quotes.panel.table.selectRow(0)
    text = quotes.panel.trail_view.browser.toPlainText()
    assert text.index("MINA") < text.index("ANTARA") < text.index("Republika")
    quotes.panel.grab().save(str(tmp_path / "team-quotes.png"))
    copy = tmp_path / "kompas-lavrov.txt"  # a fourth outlet's copy, imported by the CLI
    copy.write_text(f"Lavrov soal Ukraina\n\nMoskow, KOMPAS.com – “{LAVROV},” kata Lavrov.\n",
                    encoding="utf-8")  # (named: a text naming no outlet is none, e6a2058)
    kutip(pg_url, "import", str(copy))
    qtbot.waitUntil(lambda: quotes.panel.model.rowCount() == 1
                    and quotes.panel.model.rows[0].outlets == 4, timeout=10_000)
    window.quotes.show_trail(quote.id)
    assert len(quotes.panel.trail_view.trail.versions) == 4
    window.close()
    window.library.close()


def test_a_readers_quotes_view_says_when_the_trail_is_behind(qtbot, open_window, team_library,
                                                             tmp_path):
    """REVIEW10 obs-15: a reader may not bring the trail up to date; the Quotes view's status
    says how far behind it is and who brings it up to date, and stops once an editor has
    (migration 0025: a coder's Kutip reads the trail as a reader's does)."""
    url, member, _n = team_library
    rini, eka = member("rini", "reader"), member("eka", "editor")
    with Library(url) as owner:
        owner.imports.paths([seeds_dir()])
        seed_id = owner.articles.ids()[0]
        owner.annotations.add_exact(seed_id, LAVROV, kind="quote", speaker="Lavrov")
        owner.imports.paths([TRAIL / "antara-lavrov.txt", TRAIL / "republika-lavrov.txt"])
    with Library(eka) as editor:
        editor.trail.refresh()  # built
    with Library(url) as owner:  # then an article the trail has not taken in
        owner.articles.add(ImportedArticle(title="Banjir Jakarta", source="ANTARA",
                                           text=STORY.read_text(encoding="utf-8")))
    window = open_window(Library(rini))
    quotes = window.quotes
    quotes.toggle_action.trigger()
    qtbot.waitUntil(lambda: quotes.panel.model.rowCount() == 1, timeout=60_000)
    assert quotes.panel.status.text() == "1 statement quoted more than once"
    assert quotes.panel.behind.isVisible()
    assert quotes.panel.behind.text() == (
        "Articles imported, changed or annotated since the quote trail was last brought up to"
        " date: 1. An editor or the library's owner brings it up to date by opening the Quotes"
        " view or running kutip quotes.")
    quotes.panel.grab().save(str(tmp_path / "reader-behind.png"))
    with Library(eka) as editor:
        editor.trail.refresh()
    quotes.reload()
    qtbot.waitUntil(lambda: not quotes.panel.behind.isVisible(), timeout=10_000)
    assert quotes.panel.behind.text() == ""
    window.close()
    window.library.close()
