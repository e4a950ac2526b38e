"""bench/trail.py's import-upkeep rows time only what an import added: run again on the same
library (whose articles are already in it) they say so instead of printing a PASS over
nothing (reviewer, session 7); the rows of a `kutip import` and a `kutip
import-annotations` process (session 8) likewise."""

from bench.run import Row, Skip
from bench.trail import (
    bench_accept_all,
    bench_annotation_import,
    bench_real_text_import,
    bench_text_import,
    bench_text_import_process,
    bench_url_import,
    new_pages,
)
from reader.core.library import open_library


def test_a_second_run_on_the_same_library_is_refused_not_passed(tmp_path):
    db = tmp_path / "lib.sqlite"
    with open_library(db) as library:
        [first] = bench_text_import(library, 5, tmp_path / "texts")
        assert isinstance(first, Row) and "5 of 5 text files imported" in first.note
        [again] = bench_text_import(library, 5, tmp_path / "texts")
        assert isinstance(again, Skip)
        assert "5 of 5 text files were already in this library" in again.note
        assert "fresh copy" in again.note
        [process] = bench_text_import_process(library, db, 3)
        assert isinstance(process, Row) and "3 text files imported by a `kutip import`" in (
            process.note)
        assert isinstance(bench_text_import_process(library, db, 3)[0], Skip)
        [annotations] = bench_annotation_import(library, db, tmp_path / "texts", 4)
        assert isinstance(annotations, Row) and "on 5 articles" in annotations.note
        assert isinstance(bench_annotation_import(library, db, tmp_path / "texts", 4)[0], Skip)


def _page(n: int, said: str = "") -> str:
    return (f"<html><head><title>Berita {n}</title></head><body><article><h1>Berita {n}</h1>"
            f"<p>“{said or f'Kami tidak ingin mengambil jalur konfrontasi nomor {n}'},” kata"
            " Lavrov di Moskow pada hari Rabu kepada para wartawan yang hadir.</p></article>"
            "</body></html>")


def _pages(tmp_path, numbers):
    """A folder of saved pages, one article each (``_page``)."""
    pages = tmp_path / "pages"
    pages.mkdir()
    for n in numbers:
        (pages / f"{n:04d}.html").write_text(_page(n), encoding="utf-8")
    return pages


def test_the_url_list_row_fetches_from_this_machine_and_refuses_a_second_run(tmp_path):
    pages = _pages(tmp_path, range(2))
    db = tmp_path / "lib.sqlite"
    with open_library(db) as library:
        [row] = bench_url_import(library, db, pages, 5)
        assert isinstance(row, Row) and "2 of 2 pages" in row.note, row.note
        assert isinstance(bench_url_import(library, db, pages, 5)[0], Skip)


def test_the_url_list_row_times_only_pages_that_are_new_articles(tmp_path):
    """Pages the import would not store (no article, the same article as an earlier page
    or one in the library) cost it their fetch and extraction and the trail nothing: the
    row passes over them and still imports as many new pages as asked (it took 131 of
    200: 59 were the saved-pages row's, 6 copies, 2 no article)."""
    pages = _pages(tmp_path, [0, *range(3, 7)])
    (pages / "0001.html").write_text(_page(0).replace("<title>", "<title>Copy "),
                                     encoding="utf-8")  # the same article
    (pages / "0002.html").write_text("<html><body><nav>" + "".join(
        f'<a href="/{n}">Headline number {n}</a> ' for n in range(40)) + "</nav></body></html>",
        encoding="utf-8")  # a list of links: no article
    db = tmp_path / "lib.sqlite"
    with open_library(db) as library:
        library.imports.paths([pages / "0003.html"])  # in the library already
        chosen, passed = new_pages(library, sorted(pages.glob("*.html")), 3)
        assert [p.name for p in chosen] == ["0000.html", "0004.html", "0005.html"]
        assert passed == {"same article as an earlier page": 1, "no article": 1,
                          "in the library already": 1}
        [row] = bench_url_import(library, db, pages, 3)
        assert isinstance(row, Row) and "3 of 3 pages" in row.note, row.note
        assert "1 no article" in row.note and "1 in the library already" in row.note


def test_the_real_text_row_imports_new_pages_as_text_files_and_refuses_a_second_run(tmp_path):
    """Session 9: real saved pages written as text files (title and text) and imported as
    such; a page already in the library (as the URL row leaves them) is passed over, and a
    second run on the same library has nothing new to time."""
    pages = _pages(tmp_path, range(4))
    # another outlet's copy of 0001's text: a new article as a page, but not as a text file
    # (which names no outlet): passed over too (R15-5)
    (pages / "0004.html").write_text(_page(1).replace(
        "<head>", '<head><meta property="og:site_name" content="Kompas.com">'), encoding="utf-8")
    db = tmp_path / "lib.sqlite"
    with open_library(db) as library:
        library.imports.paths([pages / "0001.html"])  # (the URL row's)
        assert [p.name for p in new_pages(library, sorted(pages.glob("*.html")), 10)[0]] == [
            "0000.html", "0002.html", "0003.html", "0004.html"]
        [row] = bench_real_text_import(library, pages, 10)
        assert isinstance(row, Row) and "3 of 3 text files of" in row.note, row.note
        assert [a.original_format for a in library.articles.rows(library.articles.ids())] == [
            "html", "txt", "txt", "txt"]
        assert isinstance(bench_real_text_import(library, pages, 10)[0], Skip)


def test_the_fold_row_folds_as_many_postings_as_the_app_folds_at(tmp_path, monkeypatch):
    """A fold rewrites most bucket rows however few postings it folds, so the row folds
    as many as the app does (``trail.FOLD_AT``): bulk imports go on until one more would
    take the postings waiting past it (the rows before leave fewer)."""
    import bench.trail as bench_trail
    from reader.core.library import trail as trail_module

    monkeypatch.setattr(bench_trail, "_BULK", [])
    with open_library(tmp_path / "lib.sqlite") as library:
        library.trail.refresh()
        [bulk] = bench_trail.bench_upkeep(library, 5)
        assert isinstance(bulk, Row)
        each = bench_trail._BULK[0][0]
        assert each > 0
        monkeypatch.setattr(trail_module, "FOLD_AT", library.stores.trail.delta_size() + 4 * each)
        [row] = bench_trail.bench_fold(library, 5)
        assert isinstance(row, Row), row
        folded = int(row.note.split(" postings folded")[0].replace(",", ""))
        assert trail_module.FOLD_AT - 2 * each <= folded <= trail_module.FOLD_AT, row.note
        assert "more bulk imports made them up" in row.note
        assert library.stores.trail.delta_size() == 0


def test_split_notes_where_each_catch_up_went_by_stage(tmp_path, monkeypatch):
    """``--split`` (session 17): each upkeep row says beside its figure how its catch-up's
    CPU divides among the stages (``SPLIT_STAGES``, timed where they are called); they add
    up to no more than the whole, the rest noted as "other"."""
    import importlib

    import bench.trail as bench_trail

    for _, module, owner, name in bench_trail.SPLIT_STAGES:  # (put back after the test)
        target = importlib.import_module(module)
        target = getattr(target, owner) if owner else target
        monkeypatch.setattr(target, name, getattr(target, name))
    monkeypatch.setattr(bench_trail, "_SPLITS", [])
    monkeypatch.setattr(bench_trail, "_TIMED", [])
    bench_trail.time_stages()  # (before the library is opened: its store hands methods out once)
    with open_library(tmp_path / "lib.sqlite") as library:
        [row] = bench_text_import(library, 5, tmp_path / "texts")
    assert isinstance(row, Row), row
    assert "the catch-up's CPU by stage (ms): " in row.note and ", other " in row.note, row.note
    split = bench_trail._SPLITS[-1]
    assert split["finding the quotations"] > 0 and split["items written"] > 0, split
    assert sum(cpu for stage, cpu in split.items() if stage != "all") <= split["all"] + 1e-3


def test_without_split_the_rows_say_nothing_of_stages(tmp_path, monkeypatch):
    import bench.trail as bench_trail

    monkeypatch.setattr(bench_trail, "_SPLITS", [])
    monkeypatch.setattr(bench_trail, "_TIMED", [])
    with open_library(tmp_path / "lib.sqlite") as library:
        [row] = bench_text_import(library, 3, tmp_path / "texts")
    assert isinstance(row, Row) and "by stage" not in row.note, row.note


def test_the_accept_all_row_accepts_the_most_quoted_articles_suggestions(tmp_path):
    from .conftest import quoted_articles

    said = "Kami tidak ingin mengambil jalur konfrontasi dengan negara mana pun di kawasan"
    with open_library(tmp_path / "lib.sqlite") as library:
        library.bulk.add_articles(quoted_articles(
            [(name, (said, "Sergey Lavrov")) for name in ("A", "B", "C")], 1, "2024-03",
            "kata {speaker}."))
        [row] = bench_accept_all(library, 2)
        assert isinstance(row, Row) and "2 quote suggestions of 2 articles" in row.note, row
        assert library.trail.pending() == 0
        quotes = library.stores.db.execute(
            "SELECT count(*) FROM annotations WHERE kind = 'quote'").fetchone()[0]
        assert quotes == 2
