"""The open library's file moved, renamed or deleted under Kutip (a file manager, a sync
tool; review R16-4). SQLite goes on writing into the journal at the old name, which nothing
reads again; an import worker or the command line then made a NEW library at the old path,
over that journal, and every write of the window since the move was lost with no error.

Now nothing creates a library where a journal was left without its library, and the open
library refuses writes once its path names another file (or none), saying how to keep
what it wrote: put the file back and open it again."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from reader.core.library import Library, open_library
from reader.core.store.errors import CannotWriteNow, StoreError

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="a file open is not moved")


@pytest.fixture
def window_library(tmp_path):
    """The window's library: open, with a write in its journal."""
    path = tmp_path / "news.sqlite"
    library = open_library(path, seed=True)
    [article] = library.articles.ids()
    library.annotations.add(article, 0, 20, kind="highlight", note="before the move")
    yield library, path, article
    library.close()


def test_no_library_is_made_over_the_journal_of_a_moved_one(window_library, tmp_path):
    library, path, _ = window_library
    moved = tmp_path / "renamed.sqlite"
    os.rename(path, moved)  # (the main file only, as a file manager moves it)
    assert os.path.exists(f"{path}-wal")
    with pytest.raises(StoreError) as refused:
        Library(path)  # (an import worker's second connection, a CLI's)
    assert refused.value.args[0].code == "store.journal-left-behind"
    assert "moved, renamed or deleted while open" in str(refused.value)
    assert not path.exists()
    done = subprocess.run([sys.executable, "-m", "reader.cli", "--db", str(path), "list"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and done.stderr.strip().count("\n") == 0, done.stderr
    assert "nothing was created" in done.stderr and not path.exists()


def test_the_open_library_refuses_writes_once_moved_and_keeps_them_when_put_back(
        window_library, tmp_path):
    library, path, article = window_library
    moved = tmp_path / "renamed.sqlite"
    os.rename(path, moved)
    with pytest.raises(CannotWriteNow) as refused:
        library.annotations.add(article, 30, 40, kind="highlight")
    assert "put the file back at" in str(refused.value)
    assert library.annotations.for_article(article)  # reading goes on
    library.close()
    os.rename(moved, path)  # what the message says
    with Library(path) as again:
        assert [a.note for a in again.annotations.for_article(article)] == ["before the move"]
        again.annotations.add(article, 30, 40, kind="highlight")  # writable again


def test_a_library_replaced_by_another_file_is_not_written_either(window_library, tmp_path):
    library, path, article = window_library
    other = tmp_path / "other.sqlite"
    open_library(other).close()
    os.replace(other, path)  # (a sync tool putting another version in its place)
    with pytest.raises(CannotWriteNow):
        library.annotations.add(article, 30, 40, kind="highlight")


def test_a_second_connection_to_a_replaced_library_is_refused(window_library, tmp_path):
    """A worker or a search thread of the same process opening the path again would pair
    the new file with the held library's journal and, closing, write the window's last
    changes into the new file and delete that journal (review R17-1)."""
    library, path, article = window_library
    other = tmp_path / "other.sqlite"
    with open_library(other) as made:
        made.articles.ids()
    os.replace(other, path)
    with pytest.raises(StoreError) as refused:
        Library(path)
    assert refused.value.args[0].code == "store.replaced-while-open"
    assert os.path.exists(f"{path}-wal")  # the window's journal is still there
    assert [a.note for a in library.annotations.for_article(article)] == ["before the move"]


def test_deleting_the_journal_left_behind_starts_a_new_library(tmp_path):
    """What the refusal says a user who wants a new library there can do."""
    path = tmp_path / "news.sqlite"
    journal = tmp_path / "news.sqlite-wal"
    journal.write_bytes(b"left behind")
    with pytest.raises(StoreError) as refused:
        Library(path)
    assert "delete the journal to start a new library here" in str(refused.value)
    assert not path.exists()
    journal.unlink()
    with Library(path) as fresh:
        assert fresh.articles.ids() == []


# ---- replaced while open: the next opener (review R17-1) --------------------------------
def _replacement(tmp_path, like):
    """Another machine's version of the library: a copy of it with its own change."""
    other = tmp_path / "other.sqlite"
    copy = Library(like)  # (the window's changes are in its journal: the copy has them)
    copy.stores.db.conn.backup(__import__("sqlite3").connect(other))
    copy.close()
    with Library(other) as version:
        [article] = version.articles.ids()
        version.annotations.add(article, 0, 5, kind="highlight", note="the other machine's")
    return other


def _notes(library, article):
    return sorted(a.note for a in library.annotations.for_article(article))


@pytest.mark.parametrize("spelling", ["same", "link", "relative"])
def test_a_library_replaced_while_this_process_has_it_open_is_not_read_with_its_journal(
        window_library, tmp_path, monkeypatch, spelling):
    """Asked under the path it was opened at, through a link or relatively: one check, one
    message (it was two near twins, files.replaced_while_held saying "put the file back"
    and replaced_while_open's in-process branch the message below; reread of session 17)."""
    library, path, article = window_library
    os.replace(_replacement(tmp_path, path), path)  # (a sync tool's rename over it)
    asked = path
    if spelling == "link":
        (tmp_path / "link").mkdir()
        asked = tmp_path / "link" / "news.sqlite"
        for suffix in ("", "-wal", "-shm"):
            os.symlink(f"{path}{suffix}", f"{asked}{suffix}")
    elif spelling == "relative":
        monkeypatch.chdir(tmp_path)
        asked = path.name
    with pytest.raises(StoreError) as refused:
        Library(asked)  # (an import worker's own connection)
    assert refused.value.args[0].code == "store.replaced-while-open"
    assert "\n" not in str(refused.value) and "Close the Kutip that has it open" in str(
        refused.value)
    if spelling == "link":
        for suffix in ("", "-wal", "-shm"):
            os.unlink(f"{asked}{suffix}")
    kept = library.close()  # (the window closes: what it had is kept beside the file)
    assert kept and os.path.dirname(kept) == str(tmp_path) and kept.endswith(".sqlite")
    with Library(kept) as copy:
        assert _notes(copy, article) == ["before the move"]
    with Library(path) as replacement:  # (the journal went with the window: read as it is)
        assert _notes(replacement, article) == ["before the move", "the other machine's"]
        replacement.annotations.add(article, 30, 40, kind="highlight")


WINDOW = """
import sys
from reader.core.library import Library
library = Library(sys.argv[1])
[article] = library.articles.ids()
library.annotations.add(article, 50, 60, kind="highlight", note="the window's first")
print("open", flush=True)
sys.stdin.readline()
library.annotations.add(article, 70, 80, kind="highlight", note="the window's second")
print("wrote", flush=True)
sys.stdin.readline()
print(library.close() or "", flush=True)
"""


def test_another_process_does_not_read_a_replaced_library_with_the_open_ones_journal(
        tmp_path):
    """The reviewer's case: the app has the library open, a sync tool renames another
    version over it, and the command line opened the new file with the app's journal,
    showed the old contents and wrote them into the new file: the other machine's changes
    were gone, ``integrity_check`` ok. Now the command line refuses in one line until the
    app is closed, and the app keeps what it had in a copy beside the file."""
    path = tmp_path / "news.sqlite"
    open_library(path, seed=True).close()
    window = subprocess.Popen([sys.executable, "-c", WINDOW, str(path)], text=True,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert window.stdout.readline().strip() == "open"
        other = _replacement(tmp_path, path)  # (it has the window's first change only)
        window.stdin.write("\n")
        window.stdin.flush()
        assert window.stdout.readline().strip() == "wrote"
        os.replace(other, path)
        done = subprocess.run([sys.executable, "-m", "reader.cli", "--db", str(path), "list"],
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 1 and done.stderr.strip().count("\n") == 0, done.stderr
        assert "was replaced while Kutip had the file it replaced open" in done.stderr
        kept, _ = window.communicate("\n", timeout=120)
    finally:
        window.kill()
    with Library(path) as replacement:  # (whole: the window's journal was not read into it)
        [article] = replacement.articles.ids()
        assert _notes(replacement, article) == ["the other machine's", "the window's first"]
        assert replacement.stores.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with Library(kept.strip()) as copy:  # (and the window's second change is kept)
        assert _notes(copy, article) == ["the window's first", "the window's second"]


KILLED = """
import sys
from reader.core.library import Library
library = Library(sys.argv[1])
[article] = library.articles.ids()
library.annotations.add(article, 50, 60, kind="highlight", note="the killed window's")
print("wrote", flush=True)
sys.stdin.readline()
"""


def _another_library(tmp_path):
    """Another library (not a version of the killed Kutip's: 60 articles of its own) to put
    in its file's place."""
    from reader.core.models import ImportedArticle

    other = open_library(tmp_path / "other.sqlite", seed=False)
    for i in range(60):
        text = f"Artikel {i} yang lain sama sekali. " * 200
        other.articles.add(ImportedArticle(title=f"Lain {i}", text=text,
                                           content_hash=f"lain-{i}"))
    other.close()
    return tmp_path / "other.sqlite"


def _killed_window(path, replace_with=None):
    """A Kutip that writes, then (after ``path`` is replaced, if asked) dies without
    closing: its journal stays beside ``path``, held by nobody."""
    window = subprocess.Popen([sys.executable, "-c", KILLED, str(path)], text=True,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert window.stdout.readline().strip() == "wrote"
        if replace_with is not None:
            os.replace(replace_with, path)
    finally:
        window.kill()
        window.wait(timeout=60)
    assert os.path.getsize(f"{path}-wal") > 0


def test_the_journal_of_a_killed_kutip_is_not_read_with_the_file_that_replaced_its_own(
        tmp_path):
    """R17-8: the app killed (a crash, a power cut) after a sync tool replaced its library:
    its journal stays beside the new file, nobody holds it, and the next `kutip` read the
    new file with it (the replacement lost its changes). Now the journal's owner is known
    (noted when a library is opened), opening refuses in one line, and the file as read
    with that journal is kept beside it, so moving the journal away loses nothing."""
    path = tmp_path / "news.sqlite"
    open_library(path, seed=True).close()
    other = _replacement(tmp_path, path)
    _killed_window(path, replace_with=other)
    done = subprocess.run([sys.executable, "-m", "reader.cli", "--db", str(path), "list"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and done.stderr.strip().count("\n") == 0, done.stderr
    assert "belongs to the file" in done.stderr and "move" in done.stderr
    assert "not replaced after all" in done.stderr  # (a renumbering drive: the copy is it)
    [kept] = [p for p in tmp_path.iterdir() if ".with-journal-" in p.name]
    time.sleep(1.1)  # (a later second: each refusal made another whole copy)
    with pytest.raises(StoreError, match="belongs to the file"):
        Library(path)
    assert [p for p in tmp_path.iterdir() if ".with-journal-" in p.name] == [kept]
    with Library(kept) as copy:
        [article] = copy.articles.ids()
        assert _notes(copy, article) == ["the killed window's"]
    os.rename(f"{path}-wal", tmp_path / "set-aside-wal")  # what the message says
    os.rename(f"{path}-shm", tmp_path / "set-aside-shm")
    with Library(path) as replacement:
        assert _notes(replacement, article) == ["the other machine's"]
        assert replacement.stores.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_no_damaged_copy_is_kept_when_the_journal_does_not_fit_the_new_file(tmp_path):
    """R17-8's copy (reread17): another library put in the killed Kutip's file's place
    (not a version of it) read with that journal is two files' pages mixed, "database disk
    image is malformed"; it was kept and listed as a copy to bring work back from. Now no
    such copy is left; the refusal says so in one line and the journal stays to be moved."""
    path = tmp_path / "news.sqlite"
    open_library(path, seed=True).close()
    _killed_window(path, replace_with=_another_library(tmp_path))
    with pytest.raises(StoreError, match="belongs to the file") as refused:
        Library(path)
    assert "No copy of it read with that journal could be kept" in str(refused.value)
    assert "kept in (no copy" not in str(refused.value)  # (read broken: review R19-8)
    assert "\n" not in str(refused.value)
    assert not [p for p in tmp_path.iterdir() if ".with-journal-" in p.name]
    assert os.path.getsize(f"{path}-wal") > 0  # (the journal itself is left as it was)


def test_the_journal_of_a_killed_kutip_is_still_recovered_into_its_own_file(tmp_path):
    """No false alarm: an ordinary crash leaves the file's own journal, which SQLite
    reads back as always."""
    path = tmp_path / "news.sqlite"
    open_library(path, seed=True).close()
    _killed_window(path)
    with Library(path) as again:
        [article] = again.articles.ids()
        assert _notes(again, article) == ["the killed window's"]
    assert not [p for p in tmp_path.iterdir() if ".with-journal-" in p.name]


def test_kutip_backups_names_the_copies_kept_and_how_to_bring_their_work_back(
        window_library, tmp_path):
    """R17-12: the kept copies were named once in a message and nowhere else; `kutip
    backups` lists them with what they are and the commands that bring their work in, and
    that works: the copy's annotation comes into the replacement."""
    from click.testing import CliRunner

    from reader.cli import cli

    library, path, article = window_library
    other = _replacement(tmp_path, path)
    library.annotations.add(article, 50, 60, kind="highlight", note="the window's last")
    os.replace(other, path)
    kept = library.close()
    listed = CliRunner().invoke(cli, ["--db", str(path), "backups"])
    assert listed.exit_code == 0, listed.output
    assert kept in listed.output and "what Kutip had when it closed" in listed.output
    assert "kutip merge work.kutip" in listed.output
    as_json = CliRunner().invoke(cli, ["--db", str(path), "backups", "--json"])
    assert '"kept": "replaced"' in as_json.output
    work = tmp_path / "work.kutip"
    assert CliRunner().invoke(cli, ["--db", kept, "export", "--format", "kutip", "-o",
                                    str(work)]).exit_code == 0
    with Library(path) as replacement:
        replacement.annotations.add(article, 30, 40, kind="highlight", note="after")
    merged = CliRunner().invoke(cli, ["--db", str(path), "merge", str(work)])
    assert merged.exit_code == 0, merged.output
    with Library(path) as replacement:
        assert _notes(replacement, article) == [
            "after", "before the move", "the other machine's", "the window's last"]


@pytest.mark.parametrize("name", ["news.db", "news"])
def test_a_library_not_named_sqlite_lists_its_kept_copy_too(tmp_path, name):
    """The copy was named NAME.kept-DATE.sqlite whatever the library's suffix, while
    `kutip backups` looks for the library's own suffix (as its backups are named):
    news.db's copy was kept but never listed. Both now follow one rule (kept_path)."""
    from reader.core.library.backups import list_kept

    path = tmp_path / name
    library = open_library(path, seed=True)
    [article] = library.articles.ids()
    library.annotations.add(article, 0, 20, kind="highlight", note="before the move")
    other = tmp_path / "other.sqlite"
    open_library(other).close()
    os.replace(other, path)
    kept = library.close()
    assert kept and [str(k.path) for k in list_kept(path)] == [kept]


def test_the_journal_marks_of_libraries_that_are_gone_are_forgotten(tmp_path, monkeypatch):
    """Every library path ever opened left a mark in the data folder (journal-owners/,
    R17-8), never removed (reread17). A library deleted from a folder that is there loses
    its mark; one still there, one with a journal left behind, and one on a drive not
    plugged in (its folder missing) keep theirs."""
    from reader.core.store import prune_journal_owners
    from reader.core.store.connection import _journal_owner, _owner_mark

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    kept, gone, left, unplugged = (tmp_path / f"{name}.sqlite"
                                   for name in ("kept", "gone", "left", "unplugged"))
    for path in (kept, gone, left, unplugged):
        Library(path).close()
        assert _journal_owner(str(path)) is not None
    for path in (gone, left):
        path.unlink()
    (tmp_path / "left.sqlite-wal").write_bytes(b"a journal left behind")
    unplugged_mark = _owner_mark(str(unplugged))
    with open(unplugged_mark, "w", encoding="utf-8") as mark:  # (as if on /media/stick)
        mark.write(f"1 2 {tmp_path / 'stick' / 'unplugged.sqlite'}")
    marks = os.listdir(os.path.dirname(unplugged_mark))
    assert len(marks) == 4
    assert prune_journal_owners() == 1
    assert _journal_owner(str(gone)) is None
    assert _journal_owner(str(kept)) is not None and _journal_owner(str(left)) is not None
    assert os.path.exists(unplugged_mark)
    assert prune_journal_owners() == 0


def test_a_mark_being_written_is_not_pruned(tmp_path, monkeypatch):
    """``note_journal_owner`` writes ``MARK.PID`` and renames it over the mark: read half
    written by a pruning app starting meanwhile, it names a path cut short (its folder is
    there, the library not), and removing it made the rename fail, leaving that library
    with no mark (R17-8's guard) until it was opened again (reread18)."""
    from reader.core.store import prune_journal_owners
    from reader.core.store.connection import _owner_mark

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    path = tmp_path / "library.sqlite"
    Library(path).close()
    writing = f"{_owner_mark(str(path))}.{os.getpid() + 1}"
    with open(writing, "w", encoding="utf-8") as half:
        half.write(f"1 2 {tmp_path / 'libr'}")  # (cut short: no such file)
    assert prune_journal_owners() == 0
    assert os.path.exists(writing)


def test_under_another_home_a_foreign_journal_is_named_before_any_backup(tmp_path):
    """Review R19-8: run under another HOME (another account or computer: no note of the
    journal's owner), the file read with the replaced one's journal is "damaged", and the
    line sent the user to a backup (an older file's pre-upgrade copy: restoring it would
    throw away the synced library). It now names the journal first: move it aside and open
    again; that opens the library as it is."""
    path = tmp_path / "news.sqlite"
    open_library(path, seed=True).close()
    _killed_window(path, replace_with=_another_library(tmp_path))
    elsewhere = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "another-home")}
    done = subprocess.run([sys.executable, "-m", "reader.cli", "--db", str(path), "list"],
                          capture_output=True, text=True, timeout=120, env=elsewhere)
    assert done.returncode == 1 and done.stderr.strip().count("\n") == 0, done.stderr
    assert f"Its journal {path}-wal may be another file's" in done.stderr, done.stderr
    assert "Restore it from" not in done.stderr
    os.rename(f"{path}-wal", tmp_path / "set-aside-wal")  # what the line says
    os.rename(f"{path}-shm", tmp_path / "set-aside-shm")
    done = subprocess.run([sys.executable, "-m", "reader.cli", "--db", str(path), "list"],
                          capture_output=True, text=True, timeout=120, env=elsewhere)
    assert done.returncode == 0 and "Lain 59" in done.stdout, done.stderr
