"""A quote too short to be a statement of its own (under three words) hides the quoted
passage it lies in; when it goes — deleted, made a claim, moved to another article,
detached from the text — the passage is a suggestion again at the next catch-up, as a
rebuild has it, on a library file and on a team library (migrations 0021 / PostgreSQL
0017: its old article is queued too; before, only its id was, and the catch-up did not
know where to look. A quote detached stays in its article: the catch-up reads where)."""

import pytest

from reader.core.library import Library
from reader.core.models import ImportedArticle

SAID = "Kami tidak ingin mengambil jalur konfrontasi dengan negara tetangga"


def _suggested(lib):
    store = lib._session.stores.trail
    return sorted((i.article_id, i.exact) for a in lib.articles.ids()
                  for i in store.items_of_article(a) if i.annotation_id is None)


def _clusters(lib):
    return [(c.size, c.outlets, c.text) for c in lib.trail.clusters()]


@pytest.fixture(params=["file", "team"])
def library(request, tmp_path):
    url = (str(tmp_path / "library.sqlite") if request.param == "file"
           else request.getfixturevalue("pg_url"))
    lib = Library(url)
    lib.bulk.add_articles([ImportedArticle(
        title=t, source=s, content_hash=t, published=d, text=f"{place} – “{SAID},” kata Lavrov.")
        for t, s, d, place in [("A", "Kompas", "2021-12-23", "Jakarta"),
                               ("B", "Tempo", "2021-12-24", "Moskow"),
                               ("C", "Detik", "2021-12-25", "Bandung")]])
    yield lib
    lib.close()


@pytest.mark.parametrize("gone", ["deleted", "made a claim", "moved", "detached"])
def test_the_passage_a_short_quote_hid_comes_back(library, gone):
    lib = library
    first, second, _ = lib.articles.ids()
    lib.trail.refresh()
    everything = _suggested(lib)
    short = lib.annotations.add_exact(first, "tidak ingin", kind="quote")
    lib.trail.refresh()
    assert (first, SAID) not in _suggested(lib) and _clusters(lib) == [(2, 2, SAID)]
    if gone == "deleted":
        lib.annotations.delete(short.id)
    elif gone == "made a claim":
        lib.annotations.update(short.id, kind="claim")
    elif gone == "detached":  # (Detach: kept with its quote and context, no place)
        lib.annotations.mark_orphan(short.id)
    else:  # (as an exchange merge may: the same row, another article)
        with lib.stores.transaction():
            lib.stores.db.execute("UPDATE annotations SET article_id = ? WHERE id = ?",
                                  [second, short.id])
    lib.trail.refresh()
    caught_up = (_suggested(lib), _clusters(lib))
    if gone != "moved":
        assert caught_up == (everything, [(3, 3, SAID)])
    lib.trail.rebuild()
    assert caught_up == (_suggested(lib), _clusters(lib))
