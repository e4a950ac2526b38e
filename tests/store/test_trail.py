"""The ``TrailStore`` contract (``reader.core.store.interfaces``), for every store in
``conftest.IMPLEMENTATIONS``: the quote trail's queue, items, postings, links, clusters
and summaries (the matching itself is the service's, tested in ``tests/trail``)."""

import numpy as np

from reader.core.store.trail import entries_blob, entry

from .rows import annotate

STAMP = "2025-03-01T10:00:00+00:00"


def quote(s, article_id, exact, start=0, end=4, **columns):
    return annotate(s, article_id, exact, kind="quote", start=start, end=end, **columns)


def test_state_marks_and_the_queue_of_changes(stores):
    s, db = stores
    trail = s.trail
    assert trail.state("built") is None and trail.marks() == {"annotations": 0, "articles": 0}
    with s.transaction():
        trail.set_state("built", STAMP)
        q = quote(s, 1, "Satu")
        annotate(s, 1, "not a quote")
    assert trail.state("built") == STAMP
    # new quotes and articles: found above the marks (SQLite), or queued (PostgreSQL,
    # whose concurrent writers commit ids out of order)
    quotes, articles = trail.new_since_marks()
    queued = trail.pending()
    assert {("annotation", i) for i in quotes} | {("article", i) for i in articles} | {
        (kind, ref) for _, kind, ref in queued} == {("annotation", q), ("article", 1),
                                                    ("article", 2), ("article", 3)}
    assert trail.pending_count() == 4
    with s.transaction():
        trail.advance_marks()
        trail.forget_pending(seq for seq, _, _ in queued)
    assert trail.marks()["articles"] == 3 and trail.new_since_marks() == ([], [])
    assert trail.pending_count() == 0
    with s.transaction():
        s.annotations.update(q, {"exact": "Satu."})  # a quote changed: queued
        s.articles.update(2, {"text": "Dua lagi."})  # an article's text changed: queued
    queued = trail.pending()
    assert {(kind, ref) for _, kind, ref in queued} == {("annotation", q), ("article", 2)}
    assert [seq for seq, _, _ in queued] == sorted(seq for seq, _, _ in queued)
    assert len(trail.pending(limit=1)) == 1 and trail.pending_count() == len(queued)
    with s.transaction():
        trail.forget_pending([queued[0][0]])
    assert trail.pending() == queued[1:]
    with s.transaction():
        trail.forget_all_pending()
    assert trail.pending() == [] and trail.pending_count() == 0


def test_the_sources_the_trail_reads(stores):
    s, db = stores
    trail = s.trail
    with s.transaction():
        q1 = quote(s, 2, "Dua", 0, 3)
        q2 = quote(s, 1, "Satu", 0, 4)
        quote(s, 1, "gone", None, None, anchor="orphan")
        annotate(s, 1, "Satu")  # a highlight
        s.suggestions.dismiss(3, "quote", "Tiga", STAMP)
        s.suggestions.dismiss(3, "claim", "Tiga.", STAMP)
    assert trail.quote_annotations([q1, q2, 999]) == {q1: (2, "Dua", 0, 3),
                                                      q2: (1, "Satu", 0, 4)}
    assert [tuple(r) for r in trail.all_quote_annotations()] == [
        (q2, 1, "Satu", 0, 4), (q1, 2, "Dua", 0, 3)]  # by article
    assert trail.article_text(1) == "Satu." and trail.article_text(99) is None
    assert trail.article_count() == 3
    assert [tuple(r) for r in trail.all_article_texts()] == [
        (1, "Satu."), (2, "Dua."), (3, "Tiga.")]
    assert [tuple(r) for r in trail.quote_spans_taken(1)] == [(0, 4)]
    assert trail.dismissed_quotes() == {(3, "Tiga")} == trail.dismissed_quotes(3)
    assert trail.dismissed_quotes(1) == set()
    # the same, for many articles at once (a catch-up's reads)
    assert trail.article_texts([1, 3, 99]) == {1: "Satu.", 3: "Tiga."}
    assert trail.quote_spans_taken_of([1, 2, 3]) == {1: [(0, 4)], 2: [(0, 3)]}
    assert trail.dismissed_quotes_of([1, 3]) == {(3, "Tiga")} == trail.dismissed_quotes_of(None)
    assert trail.dismissed_quotes_of([1]) == set()


def test_items_are_added_moved_read_and_removed_with_their_postings_and_links(stores):
    s, db = stores
    trail = s.trail
    with s.transaction():
        q = quote(s, 1, "Satu")
        a = trail.add_item(q, 1, 0, 4, "Satu")
        b = trail.add_item(None, 2, 0, 3, "Dua")
        c = trail.add_item(None, 2, 5, 9, "lagi")
        trail.move_item(c, 4, 8)
        trail.add_postings_many([(7, a), (7, b), ((1 << 12) + 5, c)])
        trail.add_links([(b, a), (a, c)])
        trail.add_links([(a, b)])  # again, the other way round: one link
    assert trail.item(a).cluster == a and trail.item(b).cluster == b  # a cluster each
    assert trail.item(c).start == 4 and trail.item(999) is None
    assert trail.item_count() == c
    assert trail.item_for_annotation(q) == trail.item(a) == trail.items_for_annotations([q])[q]
    assert trail.item_for_annotation(999) is None
    assert sorted(i.id for i in trail.items_of_article(2)) == [b, c]
    assert trail.items_texts([a, c, 999]) == {a: "Satu", c: "lagi"}
    assert trail.postings([7, (1 << 12) + 5, 8]) == {7: [a, b], (1 << 12) + 5: [c]}
    assert trail.postings([7], cap=1) == {}  # more items than the cap: too common
    assert trail.postings_entries([8, 7, (1 << 12) + 5, 7]).tolist() == [
        entry(7, a), entry(7, b), entry((1 << 12) + 5, c)]
    assert sorted(trail.links_among([a, b, c])) == [(a, b), (a, c)]
    assert trail.links_among([b, c]) == []
    with s.transaction():
        assert sorted(trail.remove_item(a, [7])) == [b, c]
    assert trail.item(a) is None and trail.links_among([a, b, c]) == []
    assert trail.postings([7]) == {7: [b]}
    with s.transaction():
        trail.remove_item(b, [7])
    assert trail.postings([7]) == {}


def test_items_are_added_and_read_many_at_once(stores):
    s, db = stores
    trail = s.trail
    with s.transaction():
        a = trail.add_item(None, 1, 0, 4, "Satu")
        b, c = trail.add_items([(None, 2, 0, 3, "Dua"), (None, 3, 0, 4, "Tiga")])
        assert trail.add_items([]) == []
        trail.add_postings_many([(7, a), (7, b)])
        trail.add_postings_many([(7, b), (7, c), (8, c)])  # (7, b) again: once
    assert a < b < c and trail.item(c).cluster == c and trail.item(b).exact == "Dua"
    assert trail.items_by_id([c, a, 999]) == {a: trail.item(a), c: trail.item(c)}
    assert [i.id for i in trail.items_of_articles([3, 2, 99])] == [b, c]
    assert trail.postings([7, 8]) == {7: [a, b, c], 8: [c]}
    with s.transaction():
        trail.remove_item(b, [7])
    assert trail.postings([7, 8]) == {7: [a, c], 8: [c]}
    with s.transaction():
        trail.write_summary(a, 2, 2, "", "", a)
        trail.write_summary(c, 2, 2, "", "", c)
        trail.drop_summaries([a, c, 999])
    assert trail.count_clusters(min_outlets=1, min_size=2, speaker_ids=None,
                                collection_id=None, tag="") == 0


def test_clusters_are_set_relabelled_summarised_and_listed(stores):
    s, db = stores
    trail = s.trail
    with s.transaction():
        lavrov = s.speakers.insert("Sergey Lavrov")
        frame = s.tags.insert("framing", "#000000")
        s.tags.insert("framing/denial", "#000000")
        studi = s.collections.insert("Studi", STAMP)
        s.collections.link(2, studi)
        q1 = quote(s, 1, "Satu", speaker_id=lavrov)
        s.tags.link(q1, s.tags.find("framing/denial"))
        a = trail.add_item(q1, 1, 0, 4, "Satu")
        b = trail.add_item(None, 2, 0, 3, "Dua kata")
        c = trail.add_item(None, 3, 0, 4, "Tiga")
        trail.set_cluster([b], a)
        trail.relabel_clusters([c], a)
    assert trail.members(a) == [a, b, c] and trail.members(b) == []
    rows = {r.id: r for r in trail.member_rows(a)}
    assert rows[a].speaker == "Sergey Lavrov" and rows[b].speaker == ""
    assert (rows[b].title, rows[b].article_id, rows[b].exact) == ("Dua", 2, "Dua kata")
    with s.transaction():
        d = trail.add_item(None, 2, 5, 9, "Empat")  # a cluster of its own
    assert trail.member_rows_of([d, a, 999]) == trail.member_rows(a) + trail.member_rows(d)
    assert trail.member_rows_of([]) == []
    with s.transaction():
        trail.write_summary(a, 3, 2, "2021-12-22", "Sergey Lavrov", b)
        trail.write_summary(a, 3, 3, "2021-12-22", "Sergey Lavrov", b)  # replaced
    listed = dict(min_outlets=1, min_size=2, speaker_ids=None, collection_id=None, tag="",
                  sort="outlets", descending=True, limit=None, offset=0)
    expected = [(a, 3, 3, "2021-12-22", "Sergey Lavrov", "Dua kata", b, False)]
    assert [tuple(r) for r in trail.list_clusters(**listed)] == expected
    assert [tuple(r) for r in trail.list_clusters(**{**listed, "speaker_ids": [lavrov]})] == \
        expected
    assert trail.list_clusters(**{**listed, "speaker_ids": [lavrov + 1]}) == []
    assert trail.collection_id("studi") == studi and trail.collection_id("x") is None
    assert len(trail.list_clusters(**{**listed, "collection_id": studi})) == 1
    for tag, found in (("framing", 1), ("FRAMING/denial", 1), ("framing/x", 0),
                       ("fram", 0)):
        assert len(trail.list_clusters(**{**listed, "tag": tag})) == found, tag
    assert s.tags.find("framing") == frame
    assert trail.list_clusters(**{**listed, "min_outlets": 4}) == []
    assert trail.list_clusters(**{**listed, "limit": 1, "offset": 1}) == []
    with s.transaction():
        trail.drop_summary(a)
    assert trail.list_clusters(**listed) == []


def test_postings_wait_beside_their_buckets_until_folded(stores):
    """What ``add_postings_many`` adds (a store may keep it apart from the buckets) is read
    with the buckets' postings, once however often it was added or folded; a removal takes
    an item out of both; folding (a range of buckets per transaction) changes no read."""
    s, db = stores
    trail = s.trail
    far = 300 << 12  # a shingle of another bucket range of the fold
    top = (1 << 32) - 3  # one of the last bucket
    with s.transaction():
        a, b, c, d = trail.add_items([(None, 1, 0, 4, "Satu"), (None, 2, 0, 3, "Dua"),
                                      (None, 3, 0, 4, "Tiga"), (None, 1, 5, 9, "Empat")])
        trail.add_postings_many([(7, a), (far, a), (top, b)])
    with s.transaction():
        trail.add_postings_many([(7, b), (7, c), (far, d), (8, c)])
        trail.add_postings_many([(7, b)])  # again: once
    expected = {7: [a, b, c], 8: [c], far: [a, d], top: [b]}
    assert trail.postings([7, 8, far, 9, top]) == expected
    assert trail.delta_size() in (0, 8)  # (a store that merges at once keeps none waiting)
    with s.transaction():
        upto, ranges = trail.fold_plan()
    assert all(lo < hi for lo, hi in ranges)
    for lo, hi in ranges[:1]:  # part of a fold: its postings are in both places meanwhile
        with s.transaction():
            trail.fold_range(upto, lo, hi)
    assert trail.postings([7, 8, far, 9, top]) == expected
    with s.transaction():
        trail.add_postings_many([(9, d)])  # added during the fold: not folded by it
        trail.remove_item(c, [7, 8])  # removed during the fold: from both places
    expected = {7: [a, b], far: [a, d], 9: [d], top: [b]}
    assert trail.postings([7, 8, far, 9, top]) == expected
    for lo, hi in ranges[1:]:
        with s.transaction():
            trail.fold_range(upto, lo, hi)
    with s.transaction():
        trail.fold_done(upto)
    assert trail.postings([7, 8, far, 9, top]) == expected
    assert trail.postings_entries([9]).tolist() == [entry(9, d)]
    # (what was added, or rewritten by a removal, during the fold waits for the next one:
    # SQLite merges a new row with the newest ones, so all 7 may wait again, read once)
    assert trail.delta_size() in (0, 1, 2, 3, 4, 7)
    other_db = s.reopen()  # another connection (another process) changes them
    try:
        other = type(s)(other_db)
        assert other.trail.postings([7, 8, far, 9, top]) == expected
        with other.transaction():
            other.trail.remove_item(d, [far, 9])
            other.trail.add_postings_many([(8, b)])
    finally:
        other_db.close()
    assert trail.postings([7, 8, far, 9, top]) == {7: [a, b], 8: [b], far: [a], top: [b]}


def test_postings_waiting_stay_in_a_few_rows_however_many_are_added(stores):
    """SQLite appends a catch-up part's postings as a row and merges it with the newest
    rows no more than twice its size (each read searches every row: 27 rows of parts cost
    a text-file catch-up ~50 ms); reads are unchanged."""
    import numpy as np

    s, db = stores
    trail = s.trail
    with s.transaction():
        items = trail.add_items([(None, 1, 0, 4, f"Satu {n}") for n in range(64)])
    expected: dict[int, list[int]] = {}
    for n, item in enumerate(items):
        shingles = [n * 7 + k for k in range(1 + n % 5)]
        with s.transaction():
            trail.add_posting_entries(np.asarray(sorted(entry(x, item) for x in shingles),
                                                 dtype=np.uint64))
        for x in shingles:
            expected.setdefault(x, []).append(item)
    assert trail.postings(list(expected)) == {x: sorted(v) for x, v in expected.items()}
    if trail.delta_size():
        rows = [len(r[0]) // 8 for r in db.execute(
            "SELECT entries FROM trail_postings_new ORDER BY id")]
        assert sum(rows) == sum(map(len, expected.values())) and len(rows) <= 8
        assert all(older > 2 * newer for older, newer in zip(rows[:-1], rows[1:], strict=True))


def test_many_items_are_removed_together_from_buckets_waiting_rows_and_links(stores):
    """``remove_items``: what a catch-up does when a thousand quoted passages it suggested
    are annotated at once (session 8): their postings leave the buckets and the postings
    waiting beside them, each waiting row rewritten once (one at a time, each removal
    rewrote the whole row again), with their links."""
    s, db = stores
    trail = s.trail
    far = 300 << 12
    with s.transaction():
        a, b, c, d = trail.add_items([(None, 1, 0, 4, "Satu"), (None, 2, 0, 3, "Dua"),
                                      (None, 3, 0, 4, "Tiga"), (None, 1, 5, 9, "Empat")])
        trail.add_postings_many([(7, a), (far, a), (7, d)])
        upto, ranges = trail.fold_plan()
        for lo, hi in ranges:
            trail.fold_range(upto, lo, hi)
        trail.fold_done(upto)
        trail.add_postings_many([(7, b), (7, c), (far, d), (8, c), (8, b)])
        trail.add_links([(a, b), (c, d), (b, d)])
    rows = [r[0] for r in db.execute("SELECT id FROM trail_postings_new")] if (
        trail.delta_size()) else None
    with s.transaction():
        trail.remove_items([(a, [7, far]), (c, [7, 8]), (b, [7, 8])])
    assert trail.postings([7, 8, far]) == {7: [d], far: [d]}
    assert trail.item(a) is None and trail.item(c) is None and trail.item(d) is not None
    assert trail.links_among([a, b, c, d]) == []
    if rows is not None:  # (a store with postings waiting: their one row, written again once)
        assert len([r[0] for r in db.execute("SELECT id FROM trail_postings_new")]) == 1
        assert db.execute("SELECT max(id) FROM trail_postings_new").fetchone()[0] == max(
            rows) + 1


def test_postings_are_added_as_one_array_of_entries(stores):
    import numpy as np

    s, db = stores
    trail = s.trail
    with s.transaction():
        a, b = trail.add_items([(None, 1, 0, 4, "Satu dua tiga"), (None, 2, 0, 3, "Dua")])
        trail.add_postings_many([(7, a)])
        trail.add_posting_entries(np.asarray(sorted([entry(7, b), entry(9, a), entry(1 << 31, b)]),
                                             dtype=np.uint64))
    assert trail.postings([7, 9, 1 << 31, 5]) == {7: [a, b], 9: [a], 1 << 31: [b]}
    assert trail.postings_entries(np.asarray([9, 7], dtype=np.uint64)).tolist() == sorted(
        [entry(7, a), entry(7, b), entry(9, a)])


def test_items_keep_their_number_of_words_where_the_store_does(stores):
    s, db = stores
    trail = s.trail
    with s.transaction():
        a, b = trail.add_items([(None, 1, 0, 4, "Satu dua tiga"), (None, 2, 0, 3, "Dua")],
                               [3, 1])
        c = trail.add_item(None, 3, 0, 4, "Tiga")  # counted by nobody
    counts = trail.item_words([a, b, c, 999])
    assert counts in ({}, {a: 3, b: 1})  # (a store may keep none: the caller counts)
    with s.transaction():
        trail.set_item_words([(c, 1)])
    assert trail.item_words([a, b, c, 999]) in ({}, {a: 3, b: 1, c: 1})


def test_numbers_of_words_are_kept_for_items_far_apart_as_a_rebuild_writes_them(stores):
    """SQLite keeps them in rows of 65,536 items (``trail_words``): ids in several rows,
    counts written by a rebuild's bulk insert, by ``set_item_words`` and replaced."""
    s, db = stores
    trail = s.trail
    with s.transaction():
        trail.clear()
        trail.insert_items([(5, None, 1, 0, 4, "Satu", 5, 4), (70_000, None, 2, 0, 3, "Dua",
                                                                70_000, 70_000),
                            (140_000, None, 3, 0, 4, "Tiga", 140_000)])
    assert trail.item_words([140_000, 5, 70_000, 6]) in ({}, {5: 4, 70_000: 65_535})
    with s.transaction():
        trail.set_item_words([(140_000, 7), (5, 3)])
    assert trail.item_words([5, 70_000, 140_000]) in ({}, {5: 3, 70_000: 65_535,
                                                            140_000: 7})


def test_a_rebuild_writes_items_postings_clusters_and_summaries_in_bulk(stores):
    s, db = stores
    trail = s.trail
    with s.transaction():
        old = trail.add_item(None, 1, 0, 4, "Satu")
        trail.add_postings_many([(3, old)])
        trail.set_state("built", STAMP)
        trail.clear()
        trail.drop_item_indexes()
        q = quote(s, 3, "Tiga")
        odd = "a\ttab, a \\ and\r\na line \\N"  # (what a bulk format must escape)
        trail.insert_items([(10, None, 1, 0, 4, "Satu", 10), (11, None, 2, 0, 3, "Dua", 11),
                            (12, None, 3, 0, 4, "Tiga", 12), (13, q, 3, 0, 4, odd, 13, 9)])
        trail.insert_postings([(0, entries_blob([entry(5, 10), entry(5, 11)]))])
        trail.set_clusters([(10, 11)])
        trail.create_item_indexes()
        trail.insert_summaries([(10, 2, 2, "", "", 10, 0)])
    assert trail.item(old) is None and trail.state("built") == STAMP  # state stays
    assert trail.items_texts([13]) == {13: odd} and trail.item_for_annotation(q).id == 13
    assert trail.item(12).annotation_id is None
    with s.transaction():
        assert trail.add_item(None, 1, 0, 4, "Satu") > 13  # ids inserted are not reused
    assert trail.members(10) == [10, 11] and trail.postings([5, 3]) == {5: [10, 11]}
    assert [tuple(r)[:7] for r in trail.summary_inputs()] == [
        (10, 10, None, 1, 0, 4, "Satu"), (10, 11, None, 2, 0, 3, "Dua")]
    assert len(trail.list_clusters(min_outlets=1, min_size=2, speaker_ids=None,
                                   collection_id=None, tag="", sort="size", descending=False,
                                   limit=None, offset=0)) == 1


def _many_summaries(s, trail):
    """Twelve summarised clusters with ties, empty dates and speakers, and mixed case."""
    speakers = ["", "ana", "Budi", "", "budi", "Ana", "", "Zed", "ana", "", "Budi", "zed"]
    dates = ["2021-12-22", "", "2021-12-21", "2021-12-22", "", "2020-01-01", "2021-12-22",
             "", "2021-01-05", "2021-12-21", "2019-05-05", ""]
    with s.transaction():
        ids = [trail.add_item(None, 1 + n % 3, 0, 4, f"Kata {n}") for n in range(12)]
        for n, item in enumerate(ids):
            trail.write_summary(item, 2 + n % 4, 1 + n % 3, dates[n], speakers[n], item)
    return ids


def _key(sort, descending):
    from reader.core.store.trail import cluster_sort_key

    return cluster_sort_key(sort, descending)


def test_every_order_of_the_quotes_list_pages_and_counts_alike(stores):
    """Each order and its reverse: empty dates and speakers last either way, ties by more
    outlets, the earlier date and the cluster; pages read one after another give the whole
    list; the count is its length; a list of only some clusters, or without some."""
    s, db = stores
    trail = s.trail
    ids = _many_summaries(s, trail)
    listed = dict(min_outlets=1, min_size=2, speaker_ids=None, collection_id=None, tag="")
    assert trail.count_clusters(**listed) == 12
    assert trail.count_clusters(**{**listed, "min_outlets": 3}) == 4
    for sort in ("outlets", "size", "date", "speaker"):
        for descending in (False, True):
            whole = [tuple(r) for r in trail.list_clusters(
                **listed, sort=sort, descending=descending, limit=None, offset=0)]
            assert whole == sorted(whole, key=_key(sort, descending)), (sort, descending)
            column = {"date": 3, "speaker": 4}.get(sort)
            if column is not None:  # empty last, both ways
                empty = [r[column] == "" for r in whole]
                assert empty == sorted(empty), (sort, descending)
            pages = []
            for offset in range(0, 12, 5):
                pages += [tuple(r) for r in trail.list_clusters(
                    **listed, sort=sort, descending=descending, limit=5, offset=offset)]
            assert pages == whole, (sort, descending)
            some = [tuple(r) for r in trail.list_clusters(
                **listed, sort=sort, descending=descending, limit=None, offset=0,
                only=ids[:4])]
            assert some == [r for r in whole if r[0] in ids[:4]]
            rest = [tuple(r) for r in trail.list_clusters(
                **listed, sort=sort, descending=descending, limit=None, offset=0,
                excluding=ids[:4])]
            assert rest == [r for r in whole if r[0] not in ids[:4]]
    assert trail.count_clusters(**listed, excluding=ids[:4]) == 8


def test_many_items_are_added_by_a_few_statements_not_one_each(stores, monkeypatch):
    """``add_items`` writes a batch at once (PostgreSQL: ids drawn in one statement, rows
    over arrays; SQLite: one executemany), never item by item through ``add_item``."""
    s, db = stores
    trail = s.trail

    def one_by_one(*args):
        raise AssertionError("add_items added an item at a time")

    monkeypatch.setattr(trail, "add_item", one_by_one)
    rows = [(None if n % 3 else n + 1000, 1 + n % 3, n, n + 5, f"kutipan {n}")
            for n in range(2_500)]
    with s.transaction():
        ids = trail.add_items(rows)
    assert len(ids) == len(set(ids)) == 2_500 and ids == sorted(ids)
    stored = trail.items_by_id(ids)
    assert [(stored[i].annotation_id, stored[i].article_id, stored[i].start, stored[i].end,
             stored[i].exact) for i in ids] == rows
    assert all(stored[i].cluster == i for i in ids)
    with s.transaction():  # ids go on after the batch's
        assert trail.add_items([(None, 2, 0, 3, "Dua")])[0] > ids[-1]


def test_a_guessed_speaker_is_kept_marked_and_filtered_on(stores):
    s, db = stores
    trail = s.trail
    with s.transaction():
        a, b = trail.add_items([(None, 1, 0, 4, "Satu"), (None, 2, 0, 4, "Dua")])
        trail.insert_summaries([(a, 2, 2, "2021-12-22", "", a, None),
                                (b, 2, 2, "2021-12-23", "Karen Donfried", b, 0)])
    assert trail.unguessed_clusters() == [a]
    assert trail.summaries_of([a, b, 999]) == {a: (a, "", None), b: (b, "Karen Donfried", 0)}
    with s.transaction():
        trail.set_guessed_speakers([(a, "Sergey Lavrov")])
    assert trail.unguessed_clusters() == []
    assert trail.summaries_of([a]) == {a: (a, "Sergey Lavrov", 1)}
    listed = {"min_outlets": 1, "min_size": 2, "speaker_ids": None, "collection_id": None,
              "tag": ""}
    rows = trail.list_clusters(**listed, sort="speaker", descending=False, limit=None,
                               offset=0)
    assert [(r[0], r[4], bool(r[7])) for r in rows] == [(b, "Karen Donfried", False),
                                                         (a, "Sergey Lavrov", True)]
    # a guess matches by the whole name or its last words, case-blind
    for name, found in (("sergey lavrov", [a]), ("Lavrov", [a]), ("Sergey", []),
                        ("Karen Donfried", [])):  # (a coder's name goes by speaker_id)
        assert [r[0] for r in trail.list_clusters(
            **{**listed, "speaker_name": name}, sort="outlets", descending=True,
            limit=None, offset=0)] == found, name
        assert trail.count_clusters(**listed, speaker_name=name) == len(found)


def _buckets_asked(trail, monkeypatch):
    """The bucket numbers each read of postings asks the store's SQL for."""
    asked: list[list[int]] = []
    real = trail.sql.any_of

    def spy(column, values):
        values = list(values)
        if column == "bucket":
            asked.append(values)
        return real(column, values)

    monkeypatch.setattr(trail.sql, "any_of", spy)
    return asked


def test_the_buckets_filter_skips_shingles_in_no_bucket_and_learns_what_a_fold_adds(
        stores, monkeypatch):
    """A build writes the filter of its buckets' shingles (``insert_filter``): a read of
    postings then asks for no bucket of a shingle in none, and reads the same. A fold
    teaches it the shingles it moves into the buckets (a new row: another connection that
    read the old one reads the new); a trail without one reads every bucket until
    ``make_filter`` makes it from the buckets."""
    import numpy as np

    s, db = stores
    trail = s.trail
    near, far = 7, 300 << 12  # (far: a bucket of another range of the fold)
    with s.transaction():
        trail.clear()
        trail.insert_items([(10, None, 1, 0, 4, "Satu", 10), (11, None, 2, 0, 3, "Dua", 11)])
        postings = np.array(sorted([entry(near, 10), entry(near, 11), entry(far, 10)]),
                            dtype=np.uint64)
        trail.insert_postings([(near >> 12, entries_blob(postings[:2].tolist())),
                               (far >> 12, entries_blob(postings[2:].tolist()))])
        trail.insert_filter(postings)
    assert not trail.filter_missing()
    absent = [(n << 12) + 5 for n in range(1, 200)] + [near + 1]  # (other buckets, and
    asked = _buckets_asked(trail, monkeypatch)                    # the bucket of ``near``)
    assert trail.postings([near, far, *absent]) == {near: [10, 11], far: [10]}
    assert sorted(asked[-1]) == [near >> 12, far >> 12]  # (≈ 2 % of 200 may pass: none here)
    other_db = s.reopen()
    try:
        other = type(s)(other_db)
        assert other.trail.postings([near, far, 9]) == {near: [10, 11], far: [10]}
        with s.transaction():  # a catch-up's new shingles wait, then are folded in
            trail.add_postings_many([(9, 11), (far + 1, 10), ((1 << 32) - 3, 11)])
        _fold_in_parts(s)
        assert trail.delta_size() == 0
        expected = {near: [10, 11], far: [10], 9: [11], far + 1: [10], (1 << 32) - 3: [11]}
        assert other.trail.postings([near, far, 9, far + 1, (1 << 32) - 3, *absent]) == expected
        assert trail.postings([near, far, 9, far + 1, (1 << 32) - 3, *absent]) == expected
    finally:
        other_db.close()
    with s.transaction():  # a trail built before filters: every bucket read, then made
        db.execute("DELETE FROM trail_filter")
    assert trail.filter_missing()
    assert trail.postings([near, 9, *absent]) == {near: [10, 11], 9: [11]}
    assert len(asked[-1]) == len({near >> 12, 9 >> 12, *(a >> 12 for a in absent)})
    with s.transaction():
        trail.make_filter()
    assert not trail.filter_missing()
    assert trail.postings([near, far, 9, far + 1, (1 << 32) - 3, *absent]) == expected
    assert len(asked[-1]) <= 3 + 2  # (the buckets of the four kept, and a chance one)
    with s.transaction():
        trail.clear()
    assert trail.filter_missing()


def test_a_read_of_postings_sees_one_moment_while_another_connection_folds(
        stores, monkeypatch):
    """R12-12: outside a transaction, a read of postings reads the filter, the buckets and
    the rows waiting beside them at one moment. Another program folding between two of
    those reads (the waiting postings moved into the buckets already read, their rows
    dropped before they are read) takes nothing from it."""
    s, db = stores
    trail = s.trail
    with s.transaction():
        trail.clear()
        trail.insert_filter(np.zeros(0, np.uint64))  # (a built trail's: empty buckets)
        a, b = trail.add_items([(None, 1, 0, 4, "Satu"), (None, 2, 0, 3, "Dua")])
        trail.add_postings_many([(7, a), (7, b), (300 << 12, a)])  # (waiting)
    other_db = s.reopen()
    try:
        other = type(s)(other_db)
        real = trail._bucket_entries

        def fold_meanwhile(shingles):
            found = real(shingles)  # (the buckets: empty at this moment)
            _fold_in_parts(other)
            return found

        monkeypatch.setattr(trail, "_bucket_entries", fold_meanwhile)
        assert trail.postings([7, 300 << 12]) == {7: [a, b], 300 << 12: [a]}
        monkeypatch.undo()
        assert other.trail.delta_size() == 0  # (the fold was done)
        assert trail.postings([7, 300 << 12]) == {7: [a, b], 300 << 12: [a]}
    finally:
        other_db.close()


def test_a_filter_the_buckets_outgrow_is_made_again_at_their_size_by_a_fold(stores):
    """A filter made for a few postings (the smallest: 64 words) that a fold fills to half
    its bits is made again from the buckets, twice as big (again if need be), and keeps
    every shingle, old and folded."""
    from reader.core.store.trail import FILTER_MIN_WORDS

    s, db = stores
    trail = s.trail
    rng = np.random.default_rng(12)
    with s.transaction():
        trail.clear()
        [item] = trail.add_items([(None, 1, 0, 4, "Satu")])
        old = np.array([entry(7, item), entry(300 << 12, item)], dtype=np.uint64)
        trail.insert_postings([(7 >> 12, entries_blob(old[:1].tolist())),
                               (300, entries_blob(old[1:].tolist()))])
        trail.insert_filter(old)
    assert len(trail._filter_now()) == FILTER_MIN_WORDS
    shingles = np.unique(rng.integers(0, 1 << 32, 3_000, dtype=np.uint64))
    with s.transaction():
        trail.add_postings_many([(int(sh), item) for sh in shingles.tolist()])
    _fold_in_parts(s)
    bits = trail._filter_now()
    from reader.core.store.trail import filter_full, filter_keeps

    assert len(bits) > FILTER_MIN_WORDS and not filter_full(bits)  # (128 or 256 words)

    assert filter_keeps(bits, np.concatenate((shingles, old >> np.uint64(32)))).all()
    found = trail.postings(shingles.tolist()[:50] + [7, 300 << 12])
    assert all(found[sh] == [item] for sh in shingles.tolist()[:50])
    assert found[7] == [item] and found[300 << 12] == [item]


def _fold_in_parts(store) -> None:
    """Fold the waiting postings as a library does: planned, then each range and the end in
    a transaction of its own (another connection may read between them)."""
    with store.transaction():
        upto, ranges = store.trail.fold_plan()
    for lo, hi in ranges:
        with store.transaction():
            store.trail.fold_range(upto, lo, hi)
    with store.transaction():
        store.trail.fold_done(upto)
