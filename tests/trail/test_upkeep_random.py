"""The trail kept up incrementally equals the trail built from scratch, on randomized
libraries: statements quoted whole, cut, with a word changed, dropped or added, by several
outlets, with chance meetings of common words; then articles and quotes added in bulk and
one by one, quotes deleted, turned into claims and given another speaker, articles deleted,
all taken in by one catch-up (in parts) and compared with a rebuild."""

import random

import pytest

from reader.core.library import Library
from reader.core.library import trail as trail_module
from reader.core.models import ImportedArticle
from reader.core.trail.text import keys

WORDS = ("kami pemerintah akan tidak harus rakyat harga beras naik turun tahun ini depan"
         " semua pihak sepakat menolak rencana itu karena terlalu mahal bagi daerah kecil"
         " yang sudah lama menunggu bantuan dari pusat dan kota").split()
SPEAKERS = ("Budi Santoso", "Siti Rahayu", "Joko Widodo", "Sri Mulyani")


def _statement(rng: random.Random) -> list[str]:
    return [rng.choice(WORDS) for _ in range(rng.randint(5, 16))]


def _version(rng: random.Random, words: list[str]) -> list[str]:
    """The statement as another outlet prints it."""
    words = list(words)
    edit = rng.choice(("copy", "cut", "change", "drop", "add", "fresh"))
    if edit == "cut" and len(words) > 6:
        start = rng.randrange(0, len(words) - 4)
        words = words[start:start + rng.randint(4, len(words) - start)]
    elif edit == "change":
        words[rng.randrange(len(words))] = rng.choice(WORDS)
    elif edit == "drop" and len(words) > 5:
        del words[rng.randrange(len(words))]
    elif edit == "add":
        words.insert(rng.randrange(len(words) + 1), rng.choice(WORDS))
    elif edit == "fresh":
        words = _statement(rng)
    return words


def _articles(rng: random.Random, statements: list[list[str]], count: int, first: int
              ) -> list[ImportedArticle]:
    out = []
    for n in range(first, first + count):
        parts = []
        for _ in range(rng.randint(1, 3)):
            words = _version(rng, rng.choice(statements))
            parts.append(f"“{' '.join(words).capitalize()},” kata {rng.choice(SPEAKERS)}.")
        out.append(ImportedArticle(
            title=f"Berita {n}", source=f"Outlet {rng.randint(1, 6)}", content_hash=f"r{n}",
            published=f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            text=f"Jakarta – {' '.join(parts)}\n\nBerita ini ditulis nomor {n}."))
    return out


def _annotate(lib: Library, rng: random.Random, article_ids: list[int], share: float) -> None:
    """Accept some of the articles' quoted passages as quotes."""
    for article_id in article_ids:
        text = lib.articles.text(article_id)
        for piece in text.split("“")[1:]:
            exact = piece.split(",”")[0]
            if rng.random() < share:
                lib.annotations.add_exact(article_id, exact, kind="quote",
                                          speaker=rng.choice(SPEAKERS))


def _snapshot(lib: Library) -> tuple:
    """Every cluster as the set of its quotations' places, with its summary and links. (Of
    two versions as long in one article, either may be the fullest: the rebuild numbers
    the items again; the fullest is then named by its article and its number of words.)"""
    db = lib.stores.db
    place = {row[0]: row[1:] for row in db.execute(
        'SELECT id, article_id, start, "end", exact, annotation_id FROM trail_items')}
    clusters: dict[int, set] = {}
    for item_id, cluster in db.execute("SELECT id, cluster FROM trail_items"):
        clusters.setdefault(cluster, set()).add(place[item_id])
    summaries = {frozenset(clusters[c]): (size, outlets, first, speaker, place[fullest][0],
                                          len(keys(place[fullest][3])))
                 for c, size, outlets, first, speaker, fullest in db.execute(
                     "SELECT id, size, outlets, first_date, speaker, fullest FROM trail_clusters")}
    links = {tuple(sorted((place[a], place[b]))) for a, b in db.execute(
        "SELECT a, b FROM trail_links")}
    return sorted(map(sorted, clusters.values())), summaries, links


@pytest.mark.parametrize("seed", [1, 2, 4, 8])
def test_a_catch_up_equals_a_rebuild(tmp_path, monkeypatch, seed):
    rng = random.Random(seed)
    statements = [_statement(rng) for _ in range(12)]
    lib = Library(tmp_path / "library.sqlite")
    try:
        lib.bulk.add_articles(_articles(rng, statements, 30, 1))
        _annotate(lib, rng, lib.articles.ids(), 0.4)
        lib.trail.refresh()  # the first use builds it
        assert lib.trail.built() and lib.trail.pending() == 0
        clustered = _snapshot(lib)[0]
        assert sum(len(c) > 1 for c in clustered) >= 5  # statements quoted more than once

        lib.bulk.add_articles(_articles(rng, statements, 40, 100))
        for article in _articles(rng, statements, 5, 200):
            lib.bulk.add_articles([article])
        new = [i for i in lib.articles.ids() if i > 30]
        _annotate(lib, rng, new, 0.4)
        notes = [n for n in lib.annotations.where(article_ids=lib.articles.ids())
                 if n.kind == "quote"]
        for note in rng.sample(notes, 6):
            lib.annotations.delete(note.id)
        rest = [n for n in lib.annotations.where(article_ids=lib.articles.ids())
                if n.kind == "quote"]
        for note in rng.sample(rest, 4):
            lib.annotations.update(note.id, kind="claim")
        for note in rng.sample(rest, 4):
            lib.annotations.update(note.id, speaker="Sergey Lavrov")
        for article_id in rng.sample(lib.articles.ids(), 3):
            lib.articles.delete(article_id)
        monkeypatch.setattr(trail_module, "REFRESH_PART", 40)  # several parts
        report = lib.trail.refresh()
        assert not report.rebuilt and report.processed > 50
        caught_up = _snapshot(lib)
        assert sum(len(c) > 1 for c in caught_up[0]) >= 5
        lib.trail.rebuild()
        assert caught_up == _snapshot(lib)
    finally:
        lib.close()
