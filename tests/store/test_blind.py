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


def test_speaker_tag_and_coder_counts_a_blind_coder_may_see(stores):
    """Review R15-17: coding blind, another coder's annotations on a blind article count
    neither for a speaker nor a tag nor the coder; a speaker only they name is marked."""
    s, db = stores
    with transaction(db):
        ana, budi = s.coders.insert("Ana", AT), s.coders.insert("Budi", AT)
        sample = s.collections.insert("Sampel", AT)
        s.collections.link(1, sample)
        s.coders.set_blind(sample, True)
        secret, shared = s.speakers.insert("Budi Secret"), s.speakers.insert("Shared")
        hidden_tag, both_tag = s.tags.insert("rahasia/budi", "#000"), s.tags.insert("umum", "#000")
        for article, coder, speaker, tags in [(1, budi, secret, [hidden_tag, both_tag]),
                                              (1, budi, shared, []),
                                              (2, budi, shared, [both_tag]),  # not blind
                                              (1, ana, None, [])]:
            db.execute('INSERT INTO annotations (article_id, kind, exact, start, "end",'
                       " coder_id, speaker_id) VALUES (?, 'quote', 'x', 0, 1, ?, ?)",
                       [article, coder, speaker])
            note = db.execute("SELECT max(id) FROM annotations").fetchone()[0]
            for tag in tags:
                db.execute("INSERT INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?)",
                           [note, tag])

    def speakers(viewer):
        return {r["name"]: (r["quotes"], r["unseen"]) for r in s.speakers.counted(viewer)}

    assert speakers(None) == {"Budi Secret": (1, 0), "Shared": (2, 0)}
    assert speakers(ana) == {"Budi Secret": (0, 1), "Shared": (1, 1)}
    assert speakers(budi) == {"Budi Secret": (1, 0), "Shared": (2, 0)}
    assert speakers(0) == {"Budi Secret": (0, 1), "Shared": (1, 1)}  # (a coder not made yet)
    tags = {r["name"]: (r["uses"], r["unseen"]) for r in s.tags.counted(ana)}
    assert tags == {"rahasia/budi": (0, 1), "umum": (1, 1)}
    assert {r["name"]: r["uses"] for r in s.tags.counted()} == {"rahasia/budi": 1, "umum": 2}
    coders = {r["name"]: (r["annotations"], r["articles"]) for r in s.coders.counted(ana)}
    assert coders["Budi"] == (1, 1) and coders["Ana"] == (1, 1)
    everyone = {r["name"]: (r["annotations"], r["articles"]) for r in s.coders.counted()}
    assert everyone["Budi"] == (3, 2) and everyone["Ana"] == (1, 1)
