"""The trail kept up incrementally equals the trail built from scratch, on randomized
libraries: statements quoted whole, cut, with a word changed, dropped or added, by several
outlets, with chance meetings of common words; then articles and quotes added in bulk and
one by one, quotes deleted, turned into claims and given another speaker, articles deleted,
all taken in by one catch-up (in parts) and compared with a rebuild; and the same with the
catch-up's postings waiting beside the buckets, folded in, or folded half-way, while the
quotations they name are changed and deleted. Each on a library file and on a team
library (PostgreSQL: one catch-up in one transaction, its own folding and word counts)."""

import random

import pytest

from reader.core.library import ClusterFilter, Library
from reader.core.library import trail as trail_module
from reader.core.models import ImportedArticle
from reader.core.store.portable.trail import entries_array
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
    the items again; the fullest is then named by its article and its number of words.
    The speakers are those a listing shows: a catch-up leaves the guesses to it.)"""
    lib.trail.clusters(ClusterFilter(sort="speaker"))  # (every guess worked out)
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
    # the shingle index: the buckets and the postings waiting beside them (read as every
    # reader reads them: once each); a posting of an item that is gone shows as None
    blobs = [r[0] for r in db.execute("SELECT entries FROM trail_postings")]
    blobs += [r[0] for r in db.execute("SELECT entries FROM trail_postings_new")]
    postings = {(value >> 32, place.get(value & 0xFFFFFFFF))
                for value in entries_array(blobs).tolist()}
    return sorted(map(sorted, clusters.values())), summaries, links, postings


@pytest.mark.parametrize("seed", [1, 2, 4, 8])
def test_a_catch_up_equals_a_rebuild(place, monkeypatch, seed):
    rng = random.Random(seed)
    statements = [_statement(rng) for _ in range(12)]
    lib = Library(place)
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


def _change_some(lib: Library, rng: random.Random, article_ids: list[int]) -> None:
    """Delete quotes of these articles, turn some into claims, give some another speaker,
    delete some of the articles."""
    notes = [n for n in lib.annotations.where(article_ids=article_ids) if n.kind == "quote"]
    for note in rng.sample(notes, min(5, len(notes))):
        lib.annotations.delete(note.id)
    rest = [n for n in lib.annotations.where(article_ids=article_ids) if n.kind == "quote"]
    for note in rng.sample(rest, min(3, len(rest))):
        lib.annotations.update(note.id, kind="claim")
    for note in rng.sample(rest, min(3, len(rest))):
        lib.annotations.update(note.id, speaker="Sergey Lavrov")
    for article_id in rng.sample(article_ids, 3):
        lib.articles.delete(article_id)


@pytest.mark.parametrize("fold", ["waiting", "folded", "half-way"])
@pytest.mark.parametrize("seed", [3, 5])
def test_postings_waiting_or_folded_change_nothing(place, monkeypatch, seed, fold):
    """Two catch-ups after the build: the second changes and deletes quotations whose
    postings the first left waiting beside the buckets (``waiting``), folded in after each
    catch-up (``folded``), or folded by a fold that the changes interrupt (``half-way``:
    part of the buckets folded, the changes, the rest). Each time the clusters, links,
    summaries and the shingle index equal a rebuild's."""
    rng = random.Random(seed)
    statements = [_statement(rng) for _ in range(12)]
    monkeypatch.setattr(trail_module, "REFRESH_PART", 40)
    monkeypatch.setattr(trail_module, "FOLD_AT", 0 if fold == "folded" else 10**9)
    lib = Library(place)
    try:
        lib.bulk.add_articles(_articles(rng, statements, 30, 1))
        _annotate(lib, rng, lib.articles.ids(), 0.4)
        lib.trail.refresh()
        store = lib.stores.trail

        lib.bulk.add_articles(_articles(rng, statements, 40, 100))
        first_new = [i for i in lib.articles.ids() if i > 30]
        _annotate(lib, rng, first_new, 0.4)
        assert not lib.trail.refresh().rebuilt
        waiting = store.delta_size()
        assert (waiting == 0) if fold == "folded" else (waiting > 0)
        upto, ranges = 0, []
        if fold == "half-way":
            with lib.stores.transaction():
                upto, ranges = store.fold_plan()
            for lo, hi in ranges[: len(ranges) // 2]:
                with lib.stores.transaction():
                    store.fold_range(upto, lo, hi)

        _change_some(lib, rng, first_new)  # quotations whose postings wait or were folded
        lib.bulk.add_articles(_articles(rng, statements, 20, 300))
        _annotate(lib, rng, [i for i in lib.articles.ids() if i > 140], 0.4)
        assert not lib.trail.refresh().rebuilt
        if fold == "half-way":  # the fold goes on after the changes, and ends
            for lo, hi in ranges[len(ranges) // 2:]:
                with lib.stores.transaction():
                    store.fold_range(upto, lo, hi)
            with lib.stores.transaction():
                store.fold_done(upto)
        caught_up = _snapshot(lib)
        assert sum(len(c) > 1 for c in caught_up[0]) >= 5
        assert None not in {place for _, place in caught_up[3]}  # (no posting of a gone item)
        assert lib.trail.fold() == store.delta_size() == 0 or fold != "folded"
        assert _snapshot(lib) == caught_up  # (folding changes nothing either)
        lib.trail.rebuild()
        assert store.delta_size() == 0  # (a rebuild leaves nothing waiting)
        assert caught_up == _snapshot(lib)
    finally:
        lib.close()


def test_a_library_whose_quotations_have_no_word_counts_catches_up_the_same(tmp_path):
    """A trail built before the numbers of words were stored (migration 0017 leaves them
    NULL, and 0020 has none to copy): the catch-up counts the texts of the quotations it
    needs the count of, stores the counts, and links as a rebuild does."""
    rng = random.Random(11)
    statements = [_statement(rng) for _ in range(12)]
    lib = Library(tmp_path / "library.sqlite")
    try:
        lib.bulk.add_articles(_articles(rng, statements, 30, 1))
        _annotate(lib, rng, lib.articles.ids(), 0.4)
        lib.trail.refresh()
        db = lib.stores.db
        with lib.stores.transaction():
            db.execute("UPDATE trail_items SET words = NULL")
            db.execute("DELETE FROM trail_words")
        built = db.execute("SELECT max(id) FROM trail_items").fetchone()[0]
        lib.bulk.add_articles(_articles(rng, statements, 30, 100))
        assert not lib.trail.refresh().rebuilt
        counted = dict(db.execute("SELECT id, words FROM trail_items WHERE id <= ?"
                                  " AND words IS NOT NULL", [built]).fetchall())
        texts = dict(db.execute("SELECT id, exact FROM trail_items").fetchall())
        assert counted and all(n == len(keys(texts[i])) for i, n in counted.items())
        assert lib.stores.trail.item_words(list(texts)) == {
            i: n for i, n in db.execute("SELECT id, words FROM trail_items"
                                        " WHERE words IS NOT NULL").fetchall()}
        caught_up = _snapshot(lib)
        lib.trail.rebuild()
        assert caught_up == _snapshot(lib)
        assert db.execute("SELECT count(*) FROM trail_items WHERE words IS NULL"
                          ).fetchone()[0] == 0  # (a rebuild counts every one)
    finally:
        lib.close()


def test_a_team_library_upgraded_without_word_counts_catches_up_the_same(pg_url):
    """A team library's trail built before PostgreSQL's migration 0018 has no numbers of
    words: the catch-up counts those it needs from their texts, stores them, and links
    as a rebuild does; a rebuild stores every one."""
    rng = random.Random(12)
    statements = [_statement(rng) for _ in range(12)]
    lib = Library(pg_url)
    try:
        lib.bulk.add_articles(_articles(rng, statements, 30, 1))
        _annotate(lib, rng, lib.articles.ids(), 0.4)
        lib.trail.refresh()
        db, store = lib.stores.db, lib.stores.trail
        with lib.stores.transaction():
            db.execute("DELETE FROM trail_words")
        built = [r[0] for r in db.execute("SELECT id FROM trail_items")]
        lib.bulk.add_articles(_articles(rng, statements, 30, 100))
        assert not lib.trail.refresh().rebuilt
        texts = dict(db.execute("SELECT id, exact FROM trail_items").fetchall())
        counted = store.item_words(built)
        assert counted and all(n == len(keys(texts[i])) for i, n in counted.items())
        caught_up = _snapshot(lib)
        lib.trail.rebuild()
        assert caught_up == _snapshot(lib)
        texts = dict(db.execute("SELECT id, exact FROM trail_items").fetchall())  # (anew)
        assert store.item_words(list(texts)) == {i: len(keys(t)) for i, t in texts.items()}
    finally:
        lib.close()


def test_migration_0020_copies_the_stored_numbers_of_words(tmp_path):
    """A library upgraded to 0020 reads each quotation's number of words from
    ``trail_words``, filled from ``trail_items.words`` (NULL: not counted, left to the
    catch-up)."""
    from reader.core.store.migrations import trail_words

    rng = random.Random(5)
    lib = Library(tmp_path / "library.sqlite")
    try:
        lib.bulk.add_articles(_articles(rng, [_statement(rng) for _ in range(6)], 20, 1))
        lib.trail.refresh()
        db = lib.stores.db
        with lib.stores.transaction():
            db.execute("UPDATE trail_items SET words = NULL WHERE id % 3 = 0")
            db.execute("DROP TABLE trail_words")
            trail_words(db)
        stored = dict(db.execute("SELECT id, words FROM trail_items WHERE words IS NOT NULL"
                                 ).fetchall())
        everything = [r[0] for r in db.execute("SELECT id FROM trail_items")]
        assert stored and len(stored) < len(everything)
        assert lib.stores.trail.item_words(everything) == stored
    finally:
        lib.close()


def _record_searches(monkeypatch) -> list[str]:
    """The texts the trail searches for quoted passages from now on (appended as it does)."""
    searched: list[str] = []
    spans = trail_module.quoted_spans

    def recording(text, *args):
        searched.append(text)
        return spans(text, *args)

    monkeypatch.setattr(trail_module, "quoted_spans", recording)
    return searched


@pytest.mark.parametrize("seed", [6, 7, 9])
def test_quotes_added_to_articles_already_in_the_trail(place, monkeypatch, seed):
    """Issue 15, session 9: quotes added to articles the trail has taken in (as an
    annotation import adds them) hide the quoted passages they overlap: a whole passage,
    part of one, two words of one (too short for the trail, but its span is taken), while
    a claim hides nothing. The catch-up does it without searching those articles' texts
    again, and equals a rebuild."""
    rng = random.Random(seed)
    statements = [_statement(rng) for _ in range(12)]
    monkeypatch.setattr(trail_module, "REFRESH_PART", 8)  # several parts
    lib = Library(place)
    try:
        lib.bulk.add_articles(_articles(rng, statements, 40, 1))
        ids = lib.articles.ids()
        _annotate(lib, rng, ids[:10], 0.4)
        lib.trail.refresh()
        suggested = lib.stores.db.execute(
            "SELECT count(*) FROM trail_items WHERE annotation_id IS NULL").fetchone()[0]
        for article_id in rng.sample(ids, 25):
            text = lib.articles.text(article_id)
            for piece in text.split("“")[1:]:
                words = piece.split(",”")[0].split()
                way = rng.random()
                if way < 0.3:
                    exact, kind = " ".join(words), "quote"
                elif way < 0.5 and len(words) > 5:
                    exact, kind = " ".join(words[1:5]), "quote"
                elif way < 0.6:
                    exact, kind = " ".join(words[-2:]), "quote"
                elif way < 0.7:
                    exact, kind = " ".join(words), "claim"
                else:
                    continue
                lib.annotations.add_exact(article_id, exact, kind=kind,
                                          speaker=rng.choice(SPEAKERS))
        searched = _record_searches(monkeypatch)
        report = lib.trail.refresh()
        assert not report.rebuilt and report.processed > 15
        assert searched == []  # (no article's text searched again)
        caught_up = _snapshot(lib)
        uncovered = lib.stores.db.execute(
            "SELECT count(*) FROM trail_items WHERE annotation_id IS NULL").fetchone()[0]
        assert uncovered < suggested
        lib.trail.rebuild()
        assert caught_up == _snapshot(lib)
    finally:
        lib.close()


def test_a_short_quote_gone_beside_a_new_one_gives_its_passage_back(tmp_path, monkeypatch):
    """A quote of two words (no item of its own: too short) hides the quoted passage it
    lies in. Deleted in the same catch-up as a new quote is added to its article and
    another to an article of another outlet, the passage comes back as a rebuild has it:
    its article is searched again (queued with it, migration 0021), the other is not (its
    one change is a new quote, which only hides the passage it covers)."""
    lib = Library(tmp_path / "library.sqlite")
    try:
        said = "Kami tidak ingin mengambil jalur konfrontasi dengan negara tetangga"
        lib.bulk.add_articles([ImportedArticle(
            title="A", source="Kompas", content_hash="a", published="2021-12-23",
            text=f"Jakarta – “{said},” kata Lavrov. “Semua bantuan sudah masuk gudang desa"
            " kemarin sore,” kata bupati.")])
        lib.bulk.add_articles([ImportedArticle(
            title="B", source="Tempo", content_hash="b", published="2021-12-24",
            text=f"Moskow – “{said},” ujar Lavrov.")])
        article_id = lib.articles.ids()[0]
        short = lib.annotations.add_exact(article_id, "tidak ingin", kind="quote")
        lib.trail.refresh()
        assert len(_snapshot(lib)[0]) == 2  # (the hidden passage is no version)
        lib.annotations.delete(short.id)
        lib.annotations.add_exact(article_id, "Semua bantuan sudah masuk gudang desa",
                                  kind="quote")
        lib.annotations.add_exact(lib.articles.ids()[1], said, kind="quote")
        searched = _record_searches(monkeypatch)
        lib.trail.refresh()
        assert searched == [lib.articles.text(article_id)]
        caught_up = _snapshot(lib)
        lib.trail.rebuild()
        assert caught_up == _snapshot(lib)
    finally:
        lib.close()


@pytest.mark.parametrize("seed", [10, 11])
def test_new_items_numbered_past_a_gap(place, monkeypatch, seed):
    """The newest articles deleted and taken out of the trail leave a gap: the ids handed
    out next are past it (AUTOINCREMENT; a sequence), not those the catch-up's plan
    numbered its new items by before writing them (``QuoteTrail._apply`` maps them in
    order). Each catch-up equals a rebuild."""
    rng = random.Random(seed)
    statements = [_statement(rng) for _ in range(8)]
    lib = Library(place)
    try:
        lib.bulk.add_articles(_articles(rng, statements, 20, 1))
        _annotate(lib, rng, lib.articles.ids(), 0.4)
        lib.trail.refresh()
        lib.bulk.add_articles(_articles(rng, statements, 10, 100))
        lib.trail.refresh()
        for article_id in lib.articles.ids()[-6:]:
            lib.articles.delete(article_id)
        lib.trail.refresh()
        top, numbered = lib.stores.db.execute(
            "SELECT max(id), count(*) FROM trail_items").fetchone()
        lib.bulk.add_articles(_articles(rng, statements, 15, 200))
        _annotate(lib, rng, [i for i in lib.articles.ids() if i > 30], 0.5)
        lib.trail.refresh()
        first_new = lib.stores.db.execute(
            "SELECT min(id) FROM trail_items WHERE id > ?", [top]).fetchone()[0]
        assert first_new > top + 1  # (past the gap the deleted articles' items left)
        caught_up = _snapshot(lib)
        assert sum(len(c) > 1 for c in caught_up[0]) >= 3 and numbered
        lib.trail.rebuild()
        assert caught_up == _snapshot(lib)
    finally:
        lib.close()
