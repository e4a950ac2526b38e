"""Each trail item's stored signature (``trail_items.sig``: a character per word) and the
catch-up's first test on it (``trail_build.rough_signatures``): it drops only pairs the
build's first test on the words themselves (``_rough``) drops, so the catch-up links
exactly what it linked when it read every text, and it reads no text of the pairs it
drops. Signatures are stored by the build and the catch-up on both engines; an item stored
without one (a trail built before SQLite's 0022 / PostgreSQL's 0019) is read in full."""

import random
import zlib
from pathlib import Path

import pytest

from reader.core.library import Library
from reader.core.library.trail_build import PARTIAL_EXACT, _rough, rough_signatures
from reader.core.models import ImportedArticle
from reader.core.trail import text as text_module
from reader.core.trail.evaluate import load_heldout, load_pairs
from reader.core.trail.match import compare
from reader.core.trail.text import keys, signature, signature_of, signature_text

from .test_upkeep_random import _annotate, _articles, _snapshot, _statement

DATA = Path(__file__).resolve().parents[1] / "data" / "trail"
WORDS = ("kami tidak akan menolak rencana itu sama sekali harga beras naik turun tahun"
         " depan pemerintah rakyat").split()


def _typo(word: str, rng: random.Random) -> str:
    at = rng.randrange(len(word))
    return word[:at] + rng.choice("aeiouxz") + word[at + 1:]


def _random_pairs(rng: random.Random, count: int) -> list[tuple[list[str], list[str]]]:
    """Pairs of key lists from a small vocabulary: copies, cuts, typos, shuffles, unrelated
    ones, of 1 to 80 words (past ``PARTIAL_EXACT``)."""
    pairs = []
    for _ in range(count):
        a = [rng.choice(WORDS) for _ in range(rng.choice((rng.randint(1, 14), 70, 80)))]
        b = list(a)
        for _ in range(rng.randint(0, 4)):
            edit = rng.choice(("typo", "drop", "add", "cut", "swap"))
            if edit == "typo" and b:
                at = rng.randrange(len(b))
                b[at] = _typo(b[at], rng)
            elif edit == "drop" and len(b) > 1:
                del b[rng.randrange(len(b))]
            elif edit == "add":
                b.insert(rng.randrange(len(b) + 1), rng.choice(WORDS))
            elif edit == "cut" and len(b) > 4:
                start = rng.randrange(len(b) - 3)
                b = b[start:start + rng.randint(3, len(b) - start)]
            elif edit == "swap":
                rng.shuffle(b)
        pairs.append((a, b) if rng.random() < 0.5 else (b, a))
    return pairs


def _labelled_pairs() -> list[tuple[list[str], list[str]]]:
    pairs = load_pairs(DATA)[0] + load_heldout(DATA)[0]
    return [(keys(p.a), keys(p.b)) for p in pairs]


def _never_drops_what_the_keys_keep(pairs: list[tuple[list[str], list[str]]]) -> int:
    """Asserts the signatures' test keeps every pair ``_rough`` keeps (and so every pair
    ``compare`` joins); returns how many it drops."""
    kept = rough_signatures([signature_text(a) for a, _ in pairs],
                            [signature_text(b) for _, b in pairs]).tolist()
    for (a, b), keep in zip(pairs, kept, strict=True):
        assert keep or not _rough(a, b), (a, b)
        assert keep or compare(a, b) is None, (a, b)
    return kept.count(False)


def test_the_signatures_test_keeps_every_pair_the_words_test_keeps():
    pairs = _random_pairs(random.Random(1), 3000) + _labelled_pairs()
    dropped = _never_drops_what_the_keys_keep(pairs)
    # (no two of these words share a character: it drops what the words' test drops, but
    # for the pairs whose shorter side is longer than ``PARTIAL_EXACT``, which it keeps)
    assert dropped == sum(not _rough(a, b) for a, b in pairs
                          if min(len(a), len(b)) <= PARTIAL_EXACT) > 300


def test_it_keeps_them_when_every_word_shares_its_character_with_others(monkeypatch):
    """Characters shared by chance (here nine for every word) only make signatures more
    alike: the test drops fewer pairs, never one the words' test keeps."""
    monkeypatch.setattr(text_module, "_SIGNATURE_CODES", 9)
    monkeypatch.setattr(text_module, "_signature_chars", {})
    pairs = _random_pairs(random.Random(2), 3000) + _labelled_pairs()
    assert _never_drops_what_the_keys_keep(pairs) < sum(not _rough(a, b) for a, b in pairs)


def test_signatures_made_together_are_those_made_one_by_one(monkeypatch):
    """``signature_texts`` (the catch-up's, with numpy, from the new items' word ids) gives
    each quotation's ``signature_text``, whatever the number of codes."""
    from reader.core.library.trail import _words_of

    rng = random.Random(3)
    words = [*WORDS, "ñandú", "日本", "x" * 40] + [_typo(w, rng) for w in WORDS]
    lists = [[rng.choice(words) for _ in range(rng.randint(0, 40))] for _ in range(500)]
    for codes in (text_module._SIGNATURE_CODES, 9, 0xD801):
        monkeypatch.setattr(text_module, "_SIGNATURE_CODES", codes)
        monkeypatch.setattr(text_module, "_signature_chars", {})
        made = _words_of(lists)
        assert text_module.signature_texts(made.hashes, made.words, made.offsets) == [
            signature_text(word_keys) for word_keys in lists]


def test_a_signature_is_a_character_a_word_and_reads_back():
    for word_keys in (["kami"], keys("Kami tidak ingin berperang, tapi kami siap"),
                      [f"w{n}" for n in range(5000)]):
        stored = signature(word_keys)
        assert len(stored) == 2 * len(word_keys)
        assert signature_of(stored) == signature_text(word_keys)
        assert len(signature_of(stored)) == len(word_keys)
        assert not any(0xD800 <= ord(c) < 0xE000 for c in signature_of(stored))
    assert signature_text(["kami", "kami"])[0] == signature_text(["kami"])
    assert signature([]) == b""


def _stored_signatures(lib: Library) -> dict[int, tuple[str, bytes | None]]:
    return {int(i): (str(e), None if s is None else bytes(s)) for i, e, s in
            lib.stores.db.execute("SELECT id, exact, sig FROM trail_items").fetchall()}


@pytest.fixture
def built(place):
    """A randomized library (``test_upkeep_random``'s) with its trail built, and what adds
    thirty more articles with some quotes accepted."""
    rng = random.Random(21)
    statements = [_statement(rng) for _ in range(12)]
    lib = Library(place)

    def more() -> None:
        first = max(lib.articles.ids()) + 1
        lib.bulk.add_articles(_articles(rng, statements, 30, 100 + first))
        _annotate(lib, rng, [i for i in lib.articles.ids() if i >= first], 0.4)

    try:
        lib.bulk.add_articles(_articles(rng, statements, 30, 1))
        _annotate(lib, rng, lib.articles.ids(), 0.4)
        lib.trail.refresh()
        yield lib, more
    finally:
        lib.close()


def test_the_build_and_the_catch_up_store_every_items_signature(built):
    lib, more = built
    before = _stored_signatures(lib)
    more()
    assert not lib.trail.refresh().rebuilt
    stored = _stored_signatures(lib)
    assert len(stored) > len(before) > 20
    assert all(sig == signature(keys(exact)) for exact, sig in stored.values())


def test_items_stored_without_a_signature_are_read_and_catch_up_the_same(built):
    """A trail built before the signatures were stored: the catch-up reads the texts of
    the old items its pairs need (as it did before) and links as a rebuild does."""
    lib, more = built
    with lib.stores.transaction():
        lib.stores.db.execute("UPDATE trail_items SET sig = NULL")
        lib.stores.db.execute("DELETE FROM trail_sigs")  # (their copy, 1,024 a row)
    assert lib.stores.trail.item_signatures(list(_stored_signatures(lib))) == {}
    more()
    assert not lib.trail.refresh().rebuilt
    caught_up = _snapshot(lib)
    assert sum(len(c) > 1 for c in caught_up[0]) >= 5
    lib.trail.rebuild()
    assert caught_up == _snapshot(lib)


def _article(n: int, quote: str, speaker: str) -> ImportedArticle:
    return ImportedArticle(title=f"Berita {n}", source=f"Outlet {n}", content_hash=f"s{n}",
                           published=f"2024-02-{n:02d}",
                           text=f"Jakarta – “{quote},” kata {speaker}.\n\nBerita nomor {n}.")


def test_the_catch_up_reads_no_text_of_a_pair_its_signatures_drop(tmp_path, monkeypatch):
    """An old quotation of ten words that shares one run of three words with a new one
    (short enough to be checked: ``ONE_SHINGLE_WORDS``) and little else: the pair is
    dropped on the signatures, the old text is not read; a copy of the old one with a word
    changed is read, checked and linked."""
    old = "Kami tidak akan menolak rencana itu sama sekali tahun depan"
    lib = Library(tmp_path / "library.sqlite")
    try:
        lib.bulk.add_articles([_article(1, old, "Budi Santoso")])
        lib.annotations.add_exact(lib.articles.ids()[0], old, kind="quote",
                                  speaker="Budi Santoso")
        lib.trail.refresh()
        (old_id,), = lib.stores.db.execute("SELECT id FROM trail_items").fetchall()
        read: list[int] = []
        store = lib.stores.trail
        items_texts = store.items_texts

        def recording(ids):
            read.extend(ids)
            return items_texts(ids)

        monkeypatch.setattr(store, "items_texts", recording)
        met = "Harga beras naik, rencana itu sama kata pejabat"
        assert len(keys(old)) <= 11 and _rough(keys(met), keys(old)) is False
        lib.bulk.add_articles([_article(2, met, "Siti Rahayu")])
        assert not lib.trail.refresh().rebuilt
        assert old_id not in read
        changed = old.replace("depan", "lalu")
        lib.bulk.add_articles([_article(3, changed, "Budi Santoso")])
        assert not lib.trail.refresh().rebuilt
        assert old_id in read
        cluster = lib.trail.cluster_for_text(old)
        assert cluster is not None and lib.trail.cluster_for_text(changed) == cluster
        assert len(lib.trail.members(cluster)) == 2
        assert lib.trail.cluster_for_text(met) != cluster
    finally:
        lib.close()


def test_migration_0022_adds_the_signatures_column(tmp_path):
    lib = Library(tmp_path / "library.sqlite")
    try:
        columns = [r[1] for r in lib.stores.db.execute("PRAGMA table_info(trail_items)")]
        assert "sig" in columns
    finally:
        lib.close()


def test_the_signature_characters_of_words_are_fixed():
    """Stored signatures must read the same in every Kutip with this ``KEYS_VERSION``: a
    word's character is its CRC-32 modulo 63,488, moved past the surrogates (no salt, no
    process state)."""
    for word in ("kami", "tidak", "menolak", "beras"):
        code = zlib.crc32(word.encode()) % 0xF800
        assert signature_text([word]) == chr(code + 0x800 if code >= 0xD800 else code)
