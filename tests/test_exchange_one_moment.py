"""A library file (and a team library's push or pull) is read at one moment (review R21-17):
another connection deleting an article while the export reads made a file that named the
article both alive and deleted, which every Kutip's merge refuses, or failed the export with
"There is no article …". Each test here deletes an article from another connection half-way
through the reads; the file must be the library as it was when the export began."""

import json
import zipfile

import pytest

from reader.core.library import Library, open_library
from reader.core.library.exchange import Exchange

REAL = "tests/data/quotes_real/dev"
FILES = [f"{REAL}/001_detik_id.txt", f"{REAL}/002_liputan6_id.txt",
         "tests/data/import/antara_banjir.txt"]


def _coded(library):
    library.imports.paths(FILES)
    library.coders.use("Ana")
    for article_id in library.articles.ids():
        words = library.articles.text(article_id).split()[3:6]
        library.annotations.add_exact(article_id, " ".join(words), kind="claim",
                                      tags=["cek"], note="periksa")
    return sorted(library.articles.ids())


def _meanwhile(monkeypatch, method, other, victim):
    """Another connection deletes ``victim`` when ``Exchange.method`` is first called."""
    original = getattr(Exchange, method)
    done = []

    def hooked(self, *args, **kwargs):
        if not done:
            done.append(other.articles.delete(victim))
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Exchange, method, hooked)
    return done


@pytest.fixture
def library(tmp_path):
    with Library(tmp_path / "mine.sqlite") as mine:
        ids = _coded(mine)
        other = open_library(tmp_path / "mine.sqlite", seed=False)
        yield mine, other, ids
        other.close()


@pytest.mark.parametrize("method", ["_names", "_article_tombstones", "_annotation_nodes"])
def test_a_file_written_while_another_deletes_an_article_merges(library, tmp_path,
                                                                 monkeypatch, method):
    mine, other, ids = library
    done = _meanwhile(monkeypatch, method, other, ids[-1])
    summary = mine.exchange.export_file(tmp_path / "x.kutip")
    assert done and other.articles.ids() == ids[:-1]  # (the delete happened, and committed)
    assert (summary.articles, summary.annotations) == (3, 3)
    with zipfile.ZipFile(tmp_path / "x.kutip") as archive:
        assert json.loads(archive.read("deleted_articles.json")) == []
        assert json.loads(archive.read("deleted.json")) == []
    with Library(tmp_path / "empty.sqlite") as empty:
        report = empty.exchange.merge(tmp_path / "x.kutip")
        assert (report.articles_added, report.annotations_added) == (3, 3)
    # the next export is of the library as it is now: the deletion travels
    monkeypatch.undo()
    mine.exchange.export_file(tmp_path / "y.kutip")
    with zipfile.ZipFile(tmp_path / "y.kutip") as archive:
        assert len(json.loads(archive.read("deleted_articles.json"))) == 1
        assert len(json.loads(archive.read("articles.json"))) == 2


def test_a_snapshot_taken_while_another_deletes_an_article_merges(library, tmp_path,
                                                                  monkeypatch):
    """``kutip team push``'s way (``snapshot``: no file in between)."""
    mine, other, ids = library
    done = _meanwhile(monkeypatch, "_names", other, ids[0])
    bundle = mine.exchange.snapshot()
    assert done
    with Library(tmp_path / "empty.sqlite") as empty:
        report = empty.exchange.merge_bundle(bundle)
        assert (report.articles_added, report.annotations_added) == (3, 3)


def test_the_coded_table_of_articles_deleted_meanwhile_is_of_the_moment_it_began(
        library, monkeypatch):
    mine, other, ids = library
    done = _meanwhile(monkeypatch, "items", other, ids[1])
    table = mine.exchange.coded_table(ids)
    assert done
    assert {int(line.split(",", 1)[0]) for line in table.strip().splitlines()[1:]} == set(ids)


def test_a_qdpx_export_while_another_deletes_an_article_has_every_article(
        library, tmp_path, monkeypatch):
    mine, other, ids = library
    done = _meanwhile(monkeypatch, "items", other, ids[1])
    summary = mine.exchange.export_qdpx(tmp_path / "x.qdpx")
    assert done and (summary.articles, summary.annotations) == (3, 3)


def test_the_read_ends_with_the_export_and_an_error_in_it_leaves_no_transaction(
        library, tmp_path, monkeypatch):
    mine, other, ids = library
    mine.exchange.export_file(tmp_path / "x.kutip")
    assert not mine.stores.in_transaction

    def broken(self, *args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Exchange, "_article_tombstones", broken)
    with pytest.raises(Exception, match="No space left"):
        mine.exchange.export_file(tmp_path / "z.kutip")
    assert not mine.stores.in_transaction
    mine.articles.delete(ids[0])  # (writes go on as before)
    assert other.articles.ids() == ids[1:]


def test_a_team_librarys_snapshot_is_of_one_moment(pg_url, tmp_path, monkeypatch):
    """``kutip team pull``'s way: the team library read in one REPEATABLE READ transaction
    while another member deletes an article."""
    with Library(tmp_path / "mine.sqlite") as mine:
        _coded(mine)
        Library(pg_url).__enter__().exchange.merge_bundle(mine.exchange.snapshot())
    with Library(pg_url) as team, Library(pg_url) as other:
        ids = sorted(team.articles.ids())
        done = _meanwhile(monkeypatch, "_names", other, ids[-1])
        bundle = team.exchange.snapshot()
        assert done and sorted(other.articles.ids()) == ids[:-1]
        assert not team.stores.in_transaction
        with Library(tmp_path / "empty.sqlite") as empty:
            report = empty.exchange.merge_bundle(bundle)
            assert (report.articles_added, report.annotations_added) == (3, 3)
