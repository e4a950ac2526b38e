"""The store's part of blind double-coding (issue 14): which collections are coded blind,
which articles that puts under it, and dismissals and taken spans per coder."""

from reader.core.store import transaction

AT = "2025-01-01T00:00:00+00:00"


def test_collections_coded_blind_and_their_articles(stores):
    s, db = stores
    with transaction(db):
        sample = s.collections.insert("Sampel", AT)
        other = s.collections.insert("Lain", AT)
        s.collections.link(1, sample)
        s.collections.link(2, sample)
        s.collections.link(2, other)
        s.collections.link(3, other)
    assert s.coders.blind_collections() == [] and s.coders.blind_articles() == set()
    with transaction(db):
        s.coders.set_blind(sample, True)
    assert s.coders.blind_collections() == [sample]
    assert s.coders.blind_articles() == {1, 2}
    assert s.coders.blind_articles([2, 3]) == {2} and s.coders.blind_articles([]) == set()
    assert s.coders.blind_articles(range(1, 2000)) == {1, 2}  # (more ids than one query holds)
    with transaction(db):
        s.coders.set_blind(sample, False)
    assert s.coders.blind_collections() == [] and s.coders.blind_articles([1]) == set()


def test_a_deleted_blind_collection_comes_back_blind(stores):
    s, db = stores
    with transaction(db):
        c = s.collections.insert("Sampel", AT)
        s.coders.set_blind(c, True)
        row = s.collections.get(c)
        s.collections.delete(c)
    assert s.coders.blind_collections() == []
    with transaction(db):
        s.collections.put_back(row)
    assert s.coders.blind_collections() == [c]


def test_dismissals_and_taken_spans_per_coder(stores):
    s, db = stores
    with transaction(db):
        default = s.coders.default_id()
        ana = s.coders.insert("Ana", AT)
        budi = s.coders.insert("Budi", AT)
        s.suggestions.dismiss(1, "quote", "Satu", AT, ana)
        s.suggestions.dismiss(1, "quote", "Satu", AT, budi)  # both: two decisions
        s.suggestions.dismiss(1, "claim", "Satu.", AT)  # no coder: the default one's
        db.execute('INSERT INTO annotations (article_id, kind, exact, start, "end", coder_id)'
                   " VALUES (1, 'quote', 'Sat', 0, 3, ?)", [ana])
    assert s.suggestions.dismissed(1) == [("quote", "Satu"), ("claim", "Satu.")]
    assert s.suggestions.dismissed(1, budi) == [("quote", "Satu")]
    assert s.suggestions.dismissed(1, default) == [("claim", "Satu.")]
    assert s.suggestions.taken_spans(1) == [("quote", 0, 3)]
    assert s.suggestions.taken_spans(1, ana) == [("quote", 0, 3)]
    assert s.suggestions.taken_spans(1, budi) == []
    with transaction(db):
        s.suggestions.undismiss(1, "quote", "Satu", budi)  # Budi's undo leaves Ana's
    assert s.suggestions.dismissed(1, budi) == [] and s.suggestions.dismissed(1, ana)
    with transaction(db):
        s.suggestions.undismiss(1, "quote", "Satu")  # everyone's
    assert s.suggestions.dismissed(1) == [("claim", "Satu.")]


def test_kind_counts_are_one_coders_per_article(stores):
    s, db = stores
    with transaction(db):
        ana = s.coders.insert("Ana", AT)
        for article, kind, coder in [(1, "quote", ana), (1, "quote", ana), (1, "claim", ana),
                                     (2, "highlight", ana), (1, "quote", s.coders.default_id())]:
            db.execute('INSERT INTO annotations (article_id, kind, exact, start, "end",'
                       " coder_id) VALUES (?, ?, 'x', 0, 1, ?)", [article, kind, coder])
    assert s.coders.kind_counts(ana, [1, 2, 3]) == {1: {"quote": 2, "claim": 1},
                                                   2: {"highlight": 1}}
    assert s.coders.kind_counts(ana, []) == {}
