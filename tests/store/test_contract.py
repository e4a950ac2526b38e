"""The store contract: every implementation of ``reader.core.store.interfaces`` passes these
tests and the others in ``tests/store`` (the ``stores`` fixture, in ``conftest.py``, runs
each over every implementation in ``IMPLEMENTATIONS``)."""

import pytest

from reader.core.store import DamagedLibrary, StoreError, transaction


def test_collections_are_listed_by_name_with_their_counts(stores):
    s, _db = stores
    with s.transaction():
        b = s.collections.insert("beta", "2025-01-01T00:00:00+00:00")
        a = s.collections.insert("Alpha", "2025-01-01T00:00:00+00:00")
        s.collections.link(1, b)
        s.collections.link(1, b)  # twice: still one membership
        s.collections.link(2, b)
    rows = s.collections.counted()
    assert [(r["id"], r["name"], r["articles"]) for r in rows] == [(a, "Alpha", 0), (b, "beta", 2)]
    assert all(len(r["uuid"]) == 36 for r in rows) and rows[0]["uuid"] != rows[1]["uuid"]
    assert s.collections.find("beta") == b == s.collections.find("BETA")  # names: case-blind
    assert s.collections.members(b) == [1, 2]
    assert [r["name"] for r in s.collections.of_article(1)] == ["beta"]


def test_a_deleted_collection_is_put_back_with_its_id_and_uuid(stores):
    s, _db = stores
    with s.transaction():
        c = s.collections.insert("Studi", "2025-01-01T00:00:00+00:00")
        s.collections.link(3, c)
        row = s.collections.get(c)
        s.collections.delete(c)
    assert s.collections.get(c) is None and s.collections.of_article(3) == []
    with s.transaction():
        assert s.collections.put_back(row) == c
    assert s.collections.get(c) == row
    with s.transaction():
        s.collections.delete(c)
        other = s.collections.insert("Studi", "2025-02-02T00:00:00+00:00")  # made meanwhile
        assert s.collections.put_back(row) == other


def test_renames_unlinks_and_existing_articles(stores):
    s, _db = stores
    with s.transaction():
        c = s.collections.insert("Lama", "2025-01-01T00:00:00+00:00")
        s.collections.rename(c, "Baru")
        s.collections.link(2, c)
        s.collections.unlink(2, c)
    assert s.collections.find("Baru") == c and s.collections.members(c) == []
    assert s.collections.existing_articles([1, 3, 99]) == {1, 3}


def test_pages_are_replaced_per_article(stores):
    s, _db = stores
    with s.transaction():
        s.pages.set(1, [(0, "1"), (120, "2")])
        s.pages.set(1, [(0, "i"), (50, "ii")])
    assert s.pages.get(1) == [(0, "i"), (50, "ii")] and s.pages.get(2) == []


def test_the_data_version_moves_when_another_connection_commits(stores):
    s, db = stores
    before = s.data_version()
    with transaction(db):  # its own writes are not news
        db.execute("INSERT INTO tags (name, colour) VALUES ('own', '#000000')")
    assert s.data_version() == before
    other = s.reopen()
    with transaction(other):
        other.execute("INSERT INTO tags (name, colour) VALUES ('x', '#000000')")
    other.close()
    assert s.data_version() != before


def test_full_text_search_ranks_snips_and_reads_heads(stores):
    s, db = stores
    with s.transaction():
        db.execute("INSERT INTO articles (title, text, source) VALUES (?, ?, ?)",
                   ["Perang dingin", "Dahulu di masa perang dingin, negara-negara bertikai.",
                    "MINA"])
        s.annotations.insert({"article_id": 4, "kind": "quote", "exact": "perang dingin",
                              "start": 15, "end": 28, "anchor": "anchored", "created_at": "",
                              "updated_at": ""})
    ranked = s.search.ranked_articles('"perang"*', 10, ("[", "]"))
    assert [r[0] for r in ranked] == [4] and "[perang]" in ranked[0][2]
    [(annotation_id, _rank, snippet)] = s.search.ranked_annotations('"dingin"*', 10, ("<", ">"))
    assert "<dingin>" in snippet
    assert s.search.article_heads([4, 99]) == {4: {"id": 4, "title": "Perang dingin",
                                                   "source": "MINA"}}
    head = s.search.annotation_heads([annotation_id])[annotation_id]
    assert (head["article_id"], head["kind"], head["speaker"]) == (4, "quote", None)
    assert s.search.ranked_articles('"tidakada"*', 10, ("[", "]")) == []


def test_dismissals_and_taken_spans(stores):
    s, _db = stores
    with s.transaction():
        s.suggestions.dismiss(1, "quote", "Satu", "2025-01-01T00:00:00+00:00")
        s.suggestions.dismiss(1, "claim", "Satu.", "2025-01-02T00:00:00+00:00")
        s.suggestions.dismiss(1, "quote", "Satu", "2025-01-03T00:00:00+00:00")  # again
        s.annotations.insert({"article_id": 1, "kind": "highlight", "exact": "Satu",
                              "start": 0, "end": 4, "anchor": "anchored", "created_at": "",
                              "updated_at": ""})
    assert s.suggestions.dismissed(1) == [("claim", "Satu."), ("quote", "Satu")]
    assert s.suggestions.taken_spans(1) == [("highlight", 0, 4)]
    assert s.suggestions.engine_input(1) == ("Satu.", "")
    assert s.suggestions.engine_input(99) is None
    with s.transaction():
        s.suggestions.undismiss(1, "claim", "Satu.")
    assert s.suggestions.dismissed(1) == [("quote", "Satu")]


def test_a_failed_transaction_leaves_nothing_and_a_savepoint_only_its_own(stores):
    s, _db = stores
    assert not s.in_transaction
    with pytest.raises(RuntimeError), s.transaction():
        assert s.in_transaction
        s.collections.insert("Hilang", "2025-01-01T00:00:00+00:00")
        raise RuntimeError("boom")
    assert not s.in_transaction and s.collections.find("Hilang") is None
    with s.transaction():
        kept = s.collections.insert("Tetap", "2025-01-01T00:00:00+00:00")
        with pytest.raises(RuntimeError), s.transaction():  # nested: a savepoint
            s.collections.insert("Batal", "2025-01-01T00:00:00+00:00")
            raise RuntimeError("boom")
        assert s.in_transaction
    assert s.collections.find("Tetap") == kept and s.collections.find("Batal") is None


def test_an_engine_error_in_a_transaction_is_one_store_error(stores):
    s, _db = stores
    with s.transaction():
        s.collections.insert("Satu", "2025-01-01T00:00:00+00:00")
    with pytest.raises(StoreError), s.transaction():
        s.collections.insert("Dua", "2025-01-01T00:00:00+00:00")
        s.collections.insert("Satu", "2025-01-01T00:00:00+00:00")  # the name is taken
    assert s.collections.find("Dua") is None and not s.in_transaction


def test_a_sound_library_reports_no_damage_and_a_closed_store_no_version(stores):
    s, _db = stores
    assert s.damage() is None
    s.close()
    assert s.data_version() is None


def test_search_folds_accents_and_case_and_keeps_phrases(stores):
    s, db = stores
    text = ("Menteri Luar Negeri Rusia Sergey Lavrov mengatakan Moskow siap berunding. "
            "Pertemuan di café dekat Istana Élysée berlangsung tertutup sejak pagi hari itu.")
    with transaction(db):
        db.execute("INSERT INTO articles (title, text) VALUES (?, ?)", ["Rusia siap", text])
    from reader.core.library.search import fts_query

    [(hit, _rank, snippet)] = s.search.ranked_articles(fts_query("elysee CAFE"), 10, ("[", "]"))
    assert hit == 4 and "[café]" in snippet and "[Élysée]" in snippet
    assert snippet.startswith("…")  # text was left out before it
    assert [r[0] for r in s.search.ranked_articles(fts_query('"siap berunding"'), 10,
                                                   ("[", "]"))] == [4]
    assert s.search.ranked_articles(fts_query('"berunding siap"'), 10, ("[", "]")) == []
    assert [r[0] for r in s.search.ranked_articles(fts_query("beruNDI"), 10,
                                                   ("[", "]"))] == [4]  # a prefix


def test_a_title_match_ranks_above_a_text_match(stores):
    s, db = stores
    with transaction(db):
        db.execute("INSERT INTO articles (title, text) VALUES (?, ?)",
                   ["Pemilu", "Hari ini warga memilih di seluruh negeri, kata panitia pemilu."])
        db.execute("INSERT INTO articles (title, text) VALUES (?, ?)",
                   ["Cuaca", "Pemilu berlangsung di tengah hujan, kata warga yang antre."])
    from reader.core.library.search import fts_query

    ranked = s.search.ranked_articles(fts_query("pemilu"), 10, ("[", "]"))
    assert [r[0] for r in ranked] == [4, 5] and ranked[0][1] < ranked[1][1]


def test_a_library_marked_damaged_is_never_written_again(stores):
    s, _db = stores
    if not hasattr(s, "mark_damaged"):
        pytest.skip("these stores cannot be marked damaged yet")
    damaged = s.mark_damaged("database disk image is malformed")
    assert isinstance(damaged, DamagedLibrary) and "damaged" in str(damaged)
    assert s.damage() is damaged and s.mark_damaged("again") is damaged  # said once
    with pytest.raises(DamagedLibrary), s.transaction():
        s.collections.insert("Tidak", "2025-01-01T00:00:00+00:00")
    assert s.collections.find("Tidak") is None
