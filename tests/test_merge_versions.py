"""The merge's versions of an article's parts (the text, each detail, the date): what a
merge of a file whose articles are all here costs, and what it remembers (reread18
RR18-5)."""

from __future__ import annotations

from functools import partial

import pytest

from reader.core.library import open_library
from reader.core.models import ImportedArticle
from reader.core.textnorm import content_hash


def _articles(library, count, start=0):
    for n in range(start, start + count):
        text = f"Artikel nomor {n}. \"Kami tidak ingin berperang,\" kata juru bicara {n}."
        library.articles.add(ImportedArticle(title=f"Judul {n}", text=text, source="Kompas",
                                             content_hash=content_hash(text)))


def _statements(library, run):
    said: list[str] = []
    conn = library._session.stores.annotations._guarded_db.conn
    conn.set_trace_callback(said.append)
    try:
        run()
    finally:
        conn.set_trace_callback(None)
    return said


@pytest.fixture
def pair(tmp_path):
    here = open_library(tmp_path / "here.sqlite", seed=False)
    there = open_library(tmp_path / "there.sqlite", seed=False)
    yield here, there
    here.close()
    there.close()


def test_merging_again_reads_the_articles_at_once_not_one_by_one(pair):
    """RR18-5: since the merge decides each part of an article by its versions (5a6dc7d),
    merging a file whose articles are all here (every team push and pull) read each
    article's whole row and versions and remembered them one by one: about twice the CPU.
    An article whose parts all equal the file's now costs no statement of its own: the
    statements of merging again are as many for 40 articles as for 5."""
    here, there = pair
    counts = []
    for count in (5, 40):
        _articles(there, count, start=len(there.articles.ids()))
        bundle = there.exchange.snapshot()
        here.exchange.merge_bundle(bundle)
        said = _statements(here, partial(here.exchange.merge_bundle, bundle))
        counts.append(len(said))
        assert not any("merge_versions (" in s or "UPDATE articles SET title" in s
                       for s in said)
    assert counts[0] == counts[1]
    assert here.exchange.merge_bundle(there.exchange.snapshot()).changed_anything is False


def _retitled_in_a_ring(tmp_path, history):
    """``old`` merged the article at its first title; ``there`` retitled it since; ``mid``
    got it from ``there`` after that, as a new article (from a file with the article's
    history, or without it: a Kutip before 5a6dc7d)."""
    there = open_library(tmp_path / "there.sqlite", seed=False)
    _articles(there, 1)
    old = open_library(tmp_path / "old.sqlite", seed=False)
    old.exchange.merge_bundle(there.exchange.snapshot())
    there.articles.update(there.articles.ids()[0], title="Judul yang dikoreksi")
    mid = open_library(tmp_path / "mid.sqlite", seed=False)
    bundle = there.exchange.snapshot()
    if not history:
        bundle.articles[0]["versions"] = []
    mid.exchange.merge_bundle(bundle)
    return there, mid, old


@pytest.mark.parametrize("history", ["added with it", "merged again, all equal"])
def test_an_older_copy_takes_the_newer_title_a_third_library_passes_on(tmp_path, history):
    """What a merge remembers of an article: the versions the file's library had of its
    parts, for an article it adds (before, only for one already here) and for one whose
    parts all equal the file's (merging again: nothing else to do). ``old`` still has the
    first title; the file of ``mid`` (which never had that title) carries ``there``'s
    history, so ``old`` takes the correction rather than calling it changed on both
    sides. What ``mid`` has as it is (its current versions) it need not remember: a part
    it changes is noted as it changes."""
    there, mid, old = _retitled_in_a_ring(tmp_path, history == "added with it")
    if history != "added with it":
        assert mid.exchange.merge_bundle(there.exchange.snapshot()).changed_anything is False
    report = old.exchange.merge_bundle(mid.exchange.snapshot())
    assert old.articles.get(old.articles.ids()[0]).title == "Judul yang dikoreksi"
    assert report.details_updated == ["Judul yang dikoreksi"] and not report.details_both
    for library in (there, mid, old):
        library.close()
