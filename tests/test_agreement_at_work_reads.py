"""The Agreement dialog's coders at work (``Agreement.coders_at_work``: those who share an
article with another coder) without reading every annotation (review R20-15's rest): with
two coders it read each coder's articles, every (coder, article) pair of the library, 0.2 s
CPU (2-3 s wall at load ~12) on the window's thread at 100,000 articles and 1M annotations
of one coder. The coder with the most annotations is left out of what is read."""

from __future__ import annotations

import pytest

from reader.core.library import open_library
from reader.core.models import ImportedArticle
from reader.core.store.portable import coders as portable_coders
from reader.core.textnorm import content_hash

# coder -> the articles (1-based, in the order made) they annotate
WORK = {"Ana": [1, 2, 3, 4, 5, 6], "Budi": [2], "Cici": [7, 8], "Dodi": [8], "Eka": [9]}
AT_WORK = ["Ana", "Budi", "Cici", "Dodi"]  # (Eka coded article 9 alone)


@pytest.fixture(params=["sqlite", "postgres"])
def library(request, tmp_path):
    if request.param == "postgres":  # (a team library: the same statements)
        library = open_library(request.getfixturevalue("pg_url"), seed=False)
    else:
        library = open_library(tmp_path / "lib.sqlite", seed=False)
    made = []
    for n in range(1, 10):
        text = f"Artikel {n}: seorang juru bicara berkata bahwa perang bukan jalan keluar."
        article_id, _ = library.articles.add(ImportedArticle(
            title=f"Judul {n}", text=text, source="Kompas", content_hash=content_hash(text)))
        made.append(article_id)
    for coder, articles in WORK.items():
        library.coders.use(coder)
        for k, n in enumerate(articles):
            library.annotations.add(made[n - 1], k, k + 7, "quote")
            library.annotations.add(made[n - 1], 20 + k, 30 + k, "claim")
    library.coders.use(None)
    yield library
    library.close()


def _no_whole_read(monkeypatch, library):
    def whole(collection_id=None):
        assert collection_id is not None, "every (coder, article) pair of the library read"
        return original(collection_id)

    store = library.stores.coders
    original = store.coded_articles
    monkeypatch.setattr(store, "coded_articles", whole)


@pytest.mark.parametrize("many", [5, 5000])
def test_the_coders_at_work_are_found_without_reading_every_annotation(
        library, monkeypatch, many):
    """Ana has the most (12 annotations: "many" at 5, where the next has 4; at 5000
    nobody has many, and every coder's articles are read, not the whole listing)."""
    monkeypatch.setattr(portable_coders, "_MANY", many)
    _no_whole_read(monkeypatch, library)
    assert sorted(library.agreement.coders_at_work()) == AT_WORK


def test_two_coders_with_many_read_every_pair_and_agree(library, monkeypatch):
    """Ana and Cici both with "many" (12 and 4 at 4): every pair is read, as before."""
    monkeypatch.setattr(portable_coders, "_MANY", 4)
    assert sorted(library.agreement.coders_at_work()) == AT_WORK


def test_a_collection_reads_its_own(library, monkeypatch):
    _no_whole_read(monkeypatch, library)
    sample = library.collections.create("Sampel")
    library.collections.add(library.articles.ids(sort="id")[6:8], sample.id)  # 7 and 8
    assert sorted(library.agreement.coders_at_work("Sampel")) == ["Cici", "Dodi"]
