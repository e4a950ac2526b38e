"""Review R21-8 in the app: the words of an article deleted in the window leave the search
index in idle time, on a thread (``reader.app.search_purge``), not when the window closes."""

from __future__ import annotations

from pathlib import Path

from reader.app import search_purge
from reader.core.library import open_library


def _file_holds(path: Path, word: str) -> bool:
    return word.encode() in b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))


def test_a_deleted_articles_words_leave_the_index_while_the_window_is_open(
        qtbot, open_window, tmp_path, monkeypatch):
    monkeypatch.setattr(search_purge, "PURGE_DELAY_MS", 50)
    path = tmp_path / "lib.sqlite"
    library = open_library(path)
    (tmp_path / "memo.txt").write_text("Memo Plutonyx\n\nSumber kami Zyxwvut Qorbanov berkata.")
    for i in range(20):
        (tmp_path / f"o{i}.txt").write_text(f"Artikel {i}\n\n" + "lorem ipsum dolor " * 40)
    library.imports.paths([tmp_path / "memo.txt", *sorted(tmp_path.glob("o*.txt"))])
    memo = next(a for a in library.articles.ids() if library.articles.get(a).title == "Memo "
                "Plutonyx")
    window = open_window(library)
    library.articles.delete(memo)  # (as Delete Article does, through the library)
    assert library.search.purge_owed()
    # (nothing closed the library: only the window's thread can have purged it)
    qtbot.waitUntil(lambda: not library.search.purge_owed(), timeout=30000)
    qtbot.waitUntil(lambda: not window.search_purge.busy, timeout=30000)
    window.close()
    library.close(purge=False)
    assert not _file_holds(path, "qorbanov")


def test_nothing_owed_starts_no_thread(qtbot, open_window, seeded_library, monkeypatch):
    monkeypatch.setattr(search_purge, "PURGE_DELAY_MS", 50)
    window = open_window(seeded_library)
    seeded_library.annotations.add_exact(seeded_library.articles.ids()[0], "Lavrov",
                                         kind="highlight")
    qtbot.wait(300)
    assert window.search_purge.worker is None
    window.close()


def test_a_purge_runs_at_most_once_in_a_while(qtbot, open_window, tmp_path, monkeypatch):
    """Review RR22-2: each purge rewrites the whole index; a day of edits is not one each."""
    monkeypatch.setattr(search_purge, "PURGE_DELAY_MS", 50)
    library = open_library(tmp_path / "lib.sqlite")
    for i, words in enumerate(["hujan turun deras", "harga beras naik", "kereta datang"]):
        (tmp_path / f"o{i}.txt").write_text(f"Artikel {i}\n\n" + f"{words} pagi ini. " * 30)
    library.imports.paths(sorted(tmp_path.glob("o*.txt")))
    first, second = library.articles.ids()[:2]
    window = open_window(library)
    library.articles.delete(first)
    qtbot.waitUntil(lambda: not library.search.purge_owed(), timeout=30000)
    qtbot.waitUntil(lambda: not window.search_purge.busy, timeout=30000)
    library.articles.delete(second)
    qtbot.wait(500)
    assert window.search_purge.worker is None and library.search.purge_owed()
    window.close()
    library.close()
