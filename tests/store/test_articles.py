"""The article store's contract (``ArticleStore``): every implementation passes these.

Rows an article store does not own (annotations, speakers, tags, coders) are written
through their own stores (``annotate`` below)."""


import pytest

from reader.core.store.interfaces import ArticleWhere

STAMP = "2025-01-01T00:00:00+00:00"
LISTED = ["title", "source", "published", "quotes"]


@pytest.fixture
def stores(empty_stores):
    return empty_stores


def add(s, title, **columns):
    with s.transaction():
        return s.articles.insert({"title": title, "text": title + ".", "imported_at": STAMP,
                                  **columns})


def annotate(s, article_id, kind="quote", speaker=None, tags=(), coder=None, exact="x"):
    with s.transaction():
        speaker_id = (s.speakers.find(speaker) or s.speakers.insert(speaker)) if speaker else None
        note = s.annotations.insert({
            "article_id": article_id, "kind": kind, "exact": exact, "start": 0, "end": 1,
            "anchor": "anchored", "created_at": STAMP, "updated_at": STAMP,
            "speaker_id": speaker_id, "coder_id": s.coders.find(coder) if coder else None})
        for name in tags:
            s.tags.link(note, s.tags.find(name) or s.tags.insert(name, ""))
    return note


def test_the_copies_of_a_text_are_its_articles_oldest_first(stores):
    """Each outlet's copy of one text (syndicated wire copy) is an article: ``copies``
    lists them by the text's hash, with what tells their outlets apart."""
    s, _db = stores
    a = add(s, "Satu", content_hash="h1", source="Liputan6")
    b = add(s, "Dua", content_hash="h2", source="Kompas", url="https://kompas.example/2")
    c = add(s, "Tiga", content_hash="h1", source="Kompas", url="https://kompas.example/3")
    assert s.articles.copies(["h1"]) == [
        {"id": a, "content_hash": "h1", "source": "Liputan6", "url": "", "title": "Satu"},
        {"id": c, "content_hash": "h1", "source": "Kompas", "url": "https://kompas.example/3",
         "title": "Tiga"}]
    many = ["nope", "h2", *(f"x{i}" for i in range(2000)), "h1"]
    assert [r["id"] for r in s.articles.copies(many)] == [a, b, c]
    assert s.articles.copies([]) == [] and s.articles.copies(["nope"]) == []


def test_an_article_is_stored_read_corrected_and_found(stores):
    s, _db = stores
    a = add(s, "Perang", content_hash="h1", url="https://a.example/1", original_path="/x.txt")
    b = add(s, "perang", content_hash="h1", url="https://a.example/2", original_path="/x.txt")
    row = s.articles.get(a)
    assert (row["id"], row["title"], row["text"], row["quotes"]) == (a, "Perang", "Perang.", 0)
    assert len(row["uuid"]) == 36 and row["uuid"] != s.articles.get(b)["uuid"]
    assert s.articles.get(99) is None and s.articles.text(99) is None
    assert s.articles.text(b) == "perang." and s.articles.exists(b) and not s.articles.exists(99)
    assert s.articles.find("content_hash", ["h1"]) == a  # the oldest
    assert s.articles.find("original_path", ["/x.txt"], latest=True) == b
    assert s.articles.find("url", ["https://a.example/9", "https://a.example/1"]) == a
    assert s.articles.find("title", ["PERANG"]) == a  # titles compare case-blind
    assert s.articles.find("content_hash", ["nope"]) is None
    assert s.articles.find("url", []) is None
    with pytest.raises(ValueError):
        s.articles.find("text", ["Perang."])
    with s.transaction():
        s.articles.update(a, {"source": "Kompas", "published_inferred": 0})
        s.articles.fill_original_hash(a, "bytes1")
        s.articles.fill_original_hash(a, "bytes2")  # it has one now: kept
    row = s.articles.get(a)
    assert (row["source"], row["original_hash"]) == ("Kompas", "bytes1")
    assert s.articles.find("original_hash", ["bytes1"]) == a


def test_the_listing_sorts_ties_by_id_and_streams_only_the_columns_asked(stores):
    s, _db = stores
    ids = [add(s, "beta", published="2021-03-01"), add(s, "Alpha", published=""),
           add(s, "alpha", published="", published_partial="--12-22"),
           add(s, "Gamma", published="2020-01-01")]
    annotate(s, ids[3])
    annotate(s, ids[3], kind="claim")
    annotate(s, ids[0])
    everything = ArticleWhere()
    assert s.articles.count(everything) == 4
    assert s.articles.ids(everything) == ids
    assert s.articles.ids(everything, "imported", descending=True) == ids[::-1]
    assert s.articles.ids(everything, "title") == [ids[1], ids[2], ids[0], ids[3]]
    assert s.articles.ids(everything, "title", descending=True) == [ids[3], ids[0], ids[2],
                                                                    ids[1]]
    # no date first, then month-and-day-only dates, then full dates by date
    assert s.articles.ids(everything, "published") == [ids[1], ids[2], ids[3], ids[0]]
    assert s.articles.ids(everything, "quotes", descending=True)[:2] == [ids[3], ids[0]]
    rows = list(s.articles.stream(LISTED, everything, "title", limit=2))
    assert rows == [("Alpha", "", "", 0), ("alpha", "", "", 0)]
    assert [r[0] for r in s.articles.stream(["id"], everything, "claims", True)] == \
        [ids[3], ids[2], ids[1], ids[0]]
    listed = s.articles.listed([ids[3], 99, ids[0]], LISTED)
    assert listed == {ids[3]: ("Gamma", "", "2020-01-01", 1),
                      ids[0]: ("beta", "", "2021-03-01", 1)}
    assert len(s.articles.listed(list(range(1, 2000)), ["title"])) == 4  # any number of ids
    # None: an empty string in its place (a listing never reads the text)
    assert next(s.articles.stream(["id", None, "title"], everything)) == (ids[0], "", "beta")
    assert s.articles.listed([ids[1]], [None, "title"]) == {ids[1]: ("", "Alpha")}


def test_the_listing_filters(stores):
    s, _db = stores
    with s.transaction():
        coder = s.coders.insert("Rina Putri", STAMP)
        study = s.collections.insert("Studi", STAMP)
    a = add(s, "Satu", source="Kompas", text="Perang dingin berakhir.")
    b = add(s, "Dua", source="kompas")
    c = add(s, "Tiga", source="Tempo")
    annotate(s, a, speaker="Sergey Lavrov", tags=["framing/threat"], exact="dingin")
    annotate(s, b, kind="claim", tags=["framing_x"], coder="Rina Putri")
    annotate(s, c, kind="highlight", tags=["Framing"], exact="perang saudara")
    with s.transaction():
        s.speakers.add_alias(s.speakers.find("Sergey Lavrov"), "Lavrov")
        s.collections.link(b, study)
        s.collections.link(c, study)
    assert coder
    cases = {
        ArticleWhere(source="KOMPAS"): [a, b],
        ArticleWhere(collection_id=study): [b, c],
        ArticleWhere(kind="claim"): [b],
        ArticleWhere(kind="highlight", collection_id=study): [c],
        ArticleWhere(tag="framing"): [a, c],  # the tag and those under it, case-blind
        ArticleWhere(tag="framing_"): [],  # "_" is a plain character, not a wildcard
        ArticleWhere(speaker="Lavrov"): [a],  # by alias
        ArticleWhere(speaker="Sergey Lavrov"): [a],
        ArticleWhere(coder="Rina Putri"): [b],
        ArticleWhere(match='"perang"*'): [a, c],  # the text, or an annotation's text
        ArticleWhere(match='"dingin"*', source="kompas"): [a],
        ArticleWhere(match='"tidakada"*'): [],
    }
    for where, expected in cases.items():
        assert s.articles.ids(where) == expected, where
        assert s.articles.count(where) == len(expected), where
        assert [r[0] for r in s.articles.stream(["id"], where)] == expected, where
    assert s.articles.ids(ArticleWhere(match='"perang"*'), descending=True) == [c, a]
    # distinct as written, in case-blind order
    assert [source.casefold() for source in s.articles.sources()] == ["kompas", "kompas", "tempo"]


def test_coding_blind_another_coders_annotations_make_no_blind_article_match(stores):
    """Issue 14: with ``viewer``, only the viewer's annotations count on the articles of a
    blind collection (their words, tags, speakers, kinds and coder); elsewhere everyone's."""
    s, _db = stores
    with s.transaction():
        ana, budi = s.coders.insert("Ana", STAMP), s.coders.insert("Budi", STAMP)
        sample = s.collections.insert("Sampel", STAMP)
    blind, open_ = add(s, "Satu"), add(s, "Dua")
    for article in (blind, open_):
        annotate(s, article, kind="claim", speaker="Lavrov", tags=["framing/threat"],
                 coder="Ana", exact="rahasiaana")
    annotate(s, blind, kind="highlight", coder="Budi", exact="punyabudi")
    with s.transaction():
        s.collections.link(blind, sample)
        s.coders.set_blind(sample, True)
    both = [blind, open_]
    cases = {  # what Budi sees, what Ana sees, everyone's
        ArticleWhere(match='"rahasiaana"*'): ([open_], both, both),
        ArticleWhere(match='"punyabudi"*'): ([blind], [], [blind]),
        ArticleWhere(tag="framing"): ([open_], both, both),
        ArticleWhere(speaker="Lavrov"): ([open_], both, both),
        ArticleWhere(kind="claim"): ([open_], both, both),
        ArticleWhere(kind="highlight"): ([blind], [], [blind]),
        ArticleWhere(coder="Ana"): ([open_], both, both),
        ArticleWhere(coder="Budi"): ([blind], [], [blind]),
    }
    for where, seen in cases.items():
        for viewer, expected in zip((budi, ana, None), seen, strict=True):
            narrowed = where._replace(viewer=viewer)
            assert s.articles.ids(narrowed) == expected, narrowed
            assert s.articles.count(narrowed) == len(expected), narrowed
    # sorted by a count: on the blind article, the viewer's own (Budi's highlight is not
    # Ana's to count: her order must not tell it is there)
    for viewer, expected in ((ana, [open_, blind]), (budi, [blind, open_]),
                             (None, [blind, open_])):
        where = ArticleWhere(viewer=viewer)
        assert s.articles.ids(where, "highlights", descending=True) == expected, viewer
        assert [r[0] for r in s.articles.stream(["id"], where, "highlights", True)] == \
            expected, viewer


def test_a_deleted_article_comes_back_with_what_went_with_it(stores):
    s, _db = stores
    with s.transaction():
        study = s.collections.insert("Studi", STAMP)
    a = add(s, "Satu")
    keep = add(s, "Dua")
    note = annotate(s, a, speaker="Lavrov", tags=["t1", "t2"])
    with s.transaction():
        s.collections.link(a, study)
        s.pages.set(a, [(0, "1"), (3, "2")])
        s.suggestions.dismiss(a, "quote", "Satu", STAMP)
    row = s.articles.get(a)
    gone = s.articles.deleted_with(a)
    assert gone["collections"] == [study] and gone["collection_names"] == {study: "Studi"}
    assert [n["id"] for n in gone["annotations"]] == [note]
    speaker_id = gone["annotations"][0]["speaker_id"]
    assert gone["speaker_names"] == {speaker_id: "Lavrov"}
    assert sorted(gone["tag_names"].values()) == ["t1", "t2"]
    assert sorted(link["tag_id"] for link in gone["annotation_tags"]) == \
        sorted(gone["tag_names"])
    assert [(d["kind"], d["exact"]) for d in gone["dismissed"]] == [("quote", "Satu")]
    assert gone["pages"] == [(0, "1"), (3, "2")]
    with s.transaction():
        s.articles.delete(a)
    assert not s.articles.exists(a) and s.articles.exists(keep)
    assert s.collections.members(study) == [] and s.pages.get(a) == []
    assert s.suggestions.dismissed(a) == [] and s.suggestions.taken_spans(a) == []
    assert s.articles.existing("speakers", [speaker_id, 99]) == {speaker_id}
    assert s.articles.existing("collections", [study]) == {study}
    assert s.articles.existing("articles", [a, keep]) == {keep}
    with s.transaction():
        s.articles.insert({**row, "quotes": 0})
        s.collections.link(a, study)
        s.articles.put_back_with(a, gone["annotations"],
                                 [(link["annotation_id"], link["tag_id"])
                                  for link in gone["annotation_tags"]],
                                 gone["dismissed"], gone["pages"])
    assert s.articles.get(a) == row  # the counts are kept by the store
    assert s.articles.deleted_with(a) == gone
    with pytest.raises(ValueError):
        s.articles.existing("annotations_fts", [1])


def test_an_article_and_what_its_undo_keeps_are_every_column_of_their_tables(stores):
    # the portable store reads these lists, not "SELECT *": a column a migration adds must
    # join them, or undoing a deletion would lose it
    from reader.core.store.portable.articles import ANNOTATION_ROW, ARTICLE_COLUMNS, DISMISSED_ROW

    s, db = stores
    for table, listed, engine_own in (("articles", ARTICLE_COLUMNS, set()),
                                      ("annotations", ANNOTATION_ROW, set()),
                                      ("dismissed_suggestions", DISMISSED_ROW, {"seq"})):
        cursor = db.execute(f"SELECT * FROM {table} LIMIT 0")
        columns = {c[0] for c in cursor.description} - engine_own
        assert columns == set(listed), table


def test_an_exports_citations_are_read_from_the_cited_index_on_sqlite(tmp_path):
    """``listed`` of only what an export cites of an article (``Articles.cited``) reads the
    ``articles_cited`` index (migration 0019), not the table where each row's columns lie
    past its long text; other columns read the table; both give the same rows, and a
    library without the index still lists (issue 12)."""
    from reader.core.store import open_database
    from reader.core.store.sqlite import SqliteStores

    db = open_database(tmp_path / "library.sqlite")
    s = SqliteStores(db)
    first = add(s, "Satu", source="Kompas", authors="Ana", url="https://kompas.id/1",
                published="2024-05-01")
    second = add(s, "Dua", text="x" * 100_000)
    cited = ["title", "source", "authors", "url", "published", "published_partial",
             "published_inferred"]
    plans: list[str] = []
    db.conn.set_trace_callback(plans.append)
    want = {row[0]: row[1:] for row in db.conn.execute(
        f"SELECT id, {', '.join(cited)} FROM articles NOT INDEXED")}
    assert want[first][:5] == ("Satu", "Kompas", "Ana", "https://kompas.id/1", "2024-05-01")
    got = s.articles.listed([second, 99, first], cited)
    assert got == want
    assert any("INDEXED BY articles_cited" in sql for sql in plans)
    plans.clear()
    assert s.articles.listed([first], ["title", "quotes"]) == {first: ("Satu", 0)}
    assert not any("INDEXED BY" in sql for sql in plans)
    db.conn.set_trace_callback(None)
    plan = db.conn.execute(
        "EXPLAIN QUERY PLAN SELECT a.title FROM articles a INDEXED BY articles_cited"
        " WHERE id IN (?)", [first]).fetchall()
    assert "COVERING INDEX articles_cited" in plan[0][-1]
    db.execute("DROP INDEX articles_cited")
    assert s.articles.listed([second, 99, first], cited) == want
    db.close()


def test_every_id_in_import_order_on_sqlite_with_gaps_and_without_the_indexes(tmp_path):
    """The unfiltered listing in import order (the library list's rest of ids, ~100,000 at
    a time) is one JSON array from the ``articles_cited`` index, which leads with the id:
    it equals the table's own order, both ways, with deleted articles' gaps, with published
    dates out of step with the ids, and without that index or the published-date one
    (issue 12)."""
    from reader.core.store import open_database
    from reader.core.store.sqlite import SqliteStores

    db = open_database(tmp_path / "library.sqlite")
    s = SqliteStores(db)
    ids = [add(s, f"Berita {n}", published=f"20{30 - n:02d}-01-01") for n in range(12)]
    with s.transaction():
        for gone in (ids[0], ids[5], ids[6], ids[11]):
            s.articles.delete(gone)
    ids.append(add(s, "Baru", published="1999-01-01"))
    every = ArticleWhere()

    def table_order(direction: str) -> list[int]:
        return [row[0] for row in db.conn.execute(
            f"SELECT id FROM articles NOT INDEXED ORDER BY id {direction}")]

    plans: list[str] = []
    db.conn.set_trace_callback(plans.append)
    assert s.articles.ids(every) == table_order("ASC")
    assert s.articles.ids(every, "imported", descending=True) == table_order("DESC")
    assert len(table_order("ASC")) == 9
    assert any("json_group_array(id) FROM articles INDEXED BY articles_cited" in sql
               for sql in plans)
    db.conn.set_trace_callback(None)
    db.execute("DROP INDEX articles_cited")
    assert s.articles.ids(every, "imported", descending=True) == table_order("DESC")
    db.execute("DROP INDEX articles_published")
    assert s.articles.ids(every, "imported", descending=True) == table_order("DESC")
    assert s.articles.ids(every) == table_order("ASC")
    with s.transaction():
        for article_id in table_order("ASC"):
            s.articles.delete(article_id)
    assert s.articles.ids(every) == [] == s.articles.ids(every, "imported", descending=True)
    db.close()


@pytest.mark.parametrize("sort", ["quotes", "claims", "highlights"])
def test_a_first_page_sorted_by_a_count_walks_its_index(tmp_path, sort):
    """Migration 0026: the library list's first page sorted by quotes (claims, highlights)
    sorted every article (~160 ms at 100,000, on the window's thread, at each tag); its
    index gives the page in order: no sort of the table."""
    from reader.core.store import open_database
    from reader.core.store.sqlite import SqliteStores

    db = open_database(tmp_path / "library.sqlite")
    s = SqliteStores(db)
    for n in range(30):
        article = add(s, f"Berita {n}")
        for _ in range(n % 4):
            annotate(s, article, kind=sort[:-1])
    statements: list[str] = []
    for descending in (True, False):
        db.conn.set_trace_callback(statements.append)
        page = [row[0] for row in s.articles.stream(["id"], ArticleWhere(), sort, descending,
                                                    limit=5)]
        db.conn.set_trace_callback(None)
        whole = s.articles.ids(ArticleWhere(), sort, descending)
        assert page == whole[:5]
        listing = next(sql for sql in statements if "LIMIT" in sql)
        plan = " ".join(row[-1] for row in db.conn.execute("EXPLAIN QUERY PLAN " + listing))
        assert f"articles_{sort}" in plan and "TEMP B-TREE" not in plan, plan
