"""The articles' counts of annotations (``quotes``, ``claims``, ``highlights``: the library
list sorts by them) stay right on every write path, and a write of many annotations
rewrites its article's row once, not once per annotation (migration 0028): the undo of
Accept All on a 3,000-quotation transcript rewrote its 400 KB text 3,000 times."""

import sqlite3

import pytest
from sqlite_utils import Database

from reader.core.library import Library, LibraryError
from reader.core.quotes import suggest
from reader.core.store import applied_version, open_database
from reader.core.store.migrations import SCHEMA_VERSION, migrations

NAMES = ["Jane Doe", "John Smith", "Ana Ruiz"]


def _transcript(n: int) -> str:
    return "Transcript of the hearing\n\n" + "\n\n".join(
        f"“We will build {i} new schools in the region this year and many more after that, "
        f"because the children deserve it,” said {NAMES[i % 3]}." for i in range(n))


@pytest.fixture
def library(db_path):
    library = Library(db_path)
    yield library
    library.close()


def _article(library: Library, n: int = 12, name: str = "transcript") -> int:
    return library.imports.text(_transcript(n), name=name).imported[0][1]


def _suggested(library: Library, article_id: int):
    text, aliases, language = library.suggestions.input(article_id)
    return library.suggestions.for_article(article_id, ("quote",),
                                           computed=suggest(text, aliases, language or None))


def _counts_right(library: Library) -> None:
    """Every article's counts are those of its annotations; nothing is left due."""
    db = library.stores.db
    kept = {row[0]: row[1:] for row in db.execute(
        "SELECT id, quotes, claims, highlights FROM articles")}
    counted = {article_id: (0, 0, 0) for article_id in kept}
    counted.update({row[0]: tuple(row[1:]) for row in db.execute(
        "SELECT article_id, sum(kind = 'quote'), sum(kind = 'claim'), sum(kind = 'highlight')"
        " FROM annotations GROUP BY article_id")})
    assert kept == counted
    assert db.execute("SELECT count(*) FROM annotation_counts_due").fetchone()[0] == 0


@pytest.fixture
def row_writes(library):
    """How many times an article's counts were written (a TEMP trigger counts them)."""
    conn = library.stores.db.conn
    conn.executescript("""
        CREATE TEMP TABLE count_writes (n INTEGER NOT NULL);
        INSERT INTO count_writes VALUES (0);
        CREATE TEMP TRIGGER count_writes_au AFTER UPDATE OF quotes, claims, highlights
        ON main.articles BEGIN UPDATE count_writes SET n = n + 1; END;
    """)

    def taken() -> int:
        n = conn.execute("SELECT n FROM temp.count_writes").fetchone()[0]
        conn.execute("UPDATE temp.count_writes SET n = 0")
        return n

    return taken


def test_accept_all_its_undo_and_redo_write_the_article_s_counts_once(library, row_writes):
    article_id = _article(library, 40)
    suggestions = _suggested(library, article_id)
    assert len(suggestions) == 40
    row_writes()
    accepted = library.suggestions.accept_many(article_id, suggestions)
    assert row_writes() == 1
    assert library.articles.get(article_id).quotes == 40
    gone = library.annotations.delete_many(accepted, expected=True)  # (undo)
    assert (row_writes(), len(gone), library.articles.get(article_id).quotes) == (1, 40, 0)
    library.annotations.restore_many(gone)  # (redo)
    assert (row_writes(), library.articles.get(article_id).quotes) == (1, 40)
    _counts_right(library)


def test_one_annotation_still_counts_at_once(library, row_writes):
    article_id = _article(library, 3)
    note = library.annotations.add_exact(article_id, "We will build 1 new schools",
                                         kind="claim")
    assert row_writes() == 1 and library.articles.get(article_id).claims == 1
    library.annotations.update(note.id, kind="highlight")
    assert library.articles.get(article_id).highlights == 1
    library.annotations.delete(note.id)
    _counts_right(library)


def _edit_kinds(library: Library, article_id: int) -> None:
    notes = library.annotations.for_article(article_id)
    library.annotations.update(notes[0].id, kind="claim")
    library.annotations.update(notes[1].id, kind="highlight")
    library.annotations.delete(notes[2].id)


def test_every_write_path_keeps_the_counts_right(library, tmp_path):
    first, second = _article(library, 20), _article(library, 9, "another")
    library.suggestions.accept_many(first, _suggested(library, first),
                                    progress=lambda done, total: True)  # (in batches)
    library.suggestions.accept_many(second, _suggested(library, second))
    _edit_kinds(library, first)
    _counts_right(library)

    # an article deleted with its annotations, and put back (undo)
    snapshot = library.articles.delete(second)
    _counts_right(library)
    library.articles.restore(snapshot)
    assert library.articles.get(second).quotes == 9
    _counts_right(library)

    # re-import: a newer text with the annotations placed again (one dropped a quotation)
    text = library.articles.text(first)
    library.texts.replace(first, text.replace(" said Ana Ruiz.", " said Ana Ruiz, again."))
    _counts_right(library)

    # merge into another library (as `kutip team pull` does) and take the merge back
    other = Library(tmp_path / "other.sqlite")
    try:
        report = other.exchange.merge_bundle(library.exchange.snapshot())
        assert other.articles.count(None) == 2
        _counts_right(other)
        # the other side deletes some (tombstones) and edits a kind; merged back here
        notes = other.annotations.where()
        other.annotations.delete_many(notes[:5])
        other.annotations.update(notes[6].id, kind="claim")
        back = library.exchange.merge_bundle(other.exchange.snapshot())
        _counts_right(library)
        library.exchange.undo_merge(back)
        _counts_right(library)
        undone = other.exchange.undo_merge(report)
        _counts_right(other)
        # the article whose quotations were deleted and re-kinded since the merge stays with
        # that work (review R18-3); the untouched one goes
        assert other.articles.count(None) == undone.kept_articles == 1
    finally:
        other.close()


def test_an_error_inside_many_writes_leaves_the_counts_as_they_were(library, monkeypatch):
    article_id = _article(library, 10)
    accepted = library.suggestions.accept_many(article_id, _suggested(library, article_id))
    real = library.annotations.bury

    def refuse(notes):
        real(notes)
        raise LibraryError("refused")

    monkeypatch.setattr(library.annotations, "bury", refuse)
    with pytest.raises(LibraryError):
        library.annotations.delete_many(accepted)
    assert library.articles.get(article_id).quotes == 10
    _counts_right(library)


def test_another_program_writing_annotations_is_counted_row_by_row(library, db_path):
    article_id = _article(library, 2)
    other = sqlite3.connect(db_path)
    other.execute("INSERT INTO annotations (article_id, kind, exact) VALUES (?, 'claim', 'x')",
                  [article_id])
    other.commit()
    other.close()
    _counts_right(library)
    assert library.articles.get(article_id).claims == 1


def test_a_library_of_schema_27_keeps_its_counts(db_path):
    old = Database(sqlite3.connect(db_path))
    migrations.apply(old, stop_before="0028_annotation_counts_at_end")
    old["articles"].insert({"id": 1, "title": "Old", "text": "He said it."})
    old["annotations"].insert({"article_id": 1, "kind": "quote", "exact": "He said it."})
    old.close()
    db = open_database(db_path)
    assert applied_version(db) == SCHEMA_VERSION
    assert db.execute("SELECT quotes FROM articles").fetchone()[0] == 1
    db.close()
