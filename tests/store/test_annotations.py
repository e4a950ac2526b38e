"""The ``AnnotationStore`` contract (``reader.core.store.interfaces``), for every store in
``conftest.IMPLEMENTATIONS``."""

from reader.core.store.interfaces import (
    ANNOTATION_COLUMNS,
    BRIEF_COLUMNS,
    EXPORT_CODER_COLUMNS,
    EXPORT_COLUMNS,
)

from .rows import annotate

STAMP = "2025-03-01T10:00:00+00:00"


def listed(listing):
    """(id, tags sorted) of a listing, in its order, and its rows as dicts."""
    rows = [dict(zip(ANNOTATION_COLUMNS, row, strict=True)) for row in listing.rows]
    return [(r["id"], sorted(listing.tags.get(r["id"], []))) for r in rows], rows


def test_an_annotation_is_inserted_and_read_back_with_its_names_and_tags(stores):
    s, db = stores
    with s.transaction():
        speaker = s.speakers.insert("Retno Marsudi")
        coder = s.coders.insert("Ana", STAMP)
        tag_b, tag_a = s.tags.insert("b", "#000000"), s.tags.insert("A", "#000000")
        note = s.annotations.insert({
            "article_id": 2, "kind": "quote", "exact": "Dua", "prefix": "", "suffix": ".",
            "start": 0, "end": 3, "speaker_id": speaker, "verdict": "", "note": "catatan",
            "anchor": "anchored", "created_at": STAMP, "updated_at": STAMP,
            "coder_id": coder, "speaker_written": "Retno L.P. Marsudi"})
        s.tags.link(note, tag_b)
        s.tags.link(note, tag_a)
        bare = annotate(s, 1, "Satu")
    row = s.annotations.get(note)
    assert set(row) == {*ANNOTATION_COLUMNS, "tags"} and sorted(row.pop("tags")) == ["A", "b"]
    uuid = row.pop("uuid")
    assert len(uuid) == 36 and row == {
        "id": note, "article_id": 2, "kind": "quote", "exact": "Dua", "start": 0, "end": 3,
        "prefix": "", "suffix": ".", "speaker": "Retno Marsudi", "speaker_id": speaker,
        "verdict": "", "note": "catatan", "anchor": "anchored", "created_at": STAMP,
        "updated_at": STAMP, "coder": "Ana", "coder_id": coder,
        "speaker_written": "Retno L.P. Marsudi"}
    plain = s.annotations.get(bare)
    default = s.coders.default_id()
    assert (plain["speaker"], plain["speaker_id"], plain["tags"]) == ("", None, [])
    assert (plain["coder_id"], plain["coder"]) == (default, "default")  # no coder: the default
    assert s.annotations.get(999) is None
    assert s.annotations.head(note) == {"article_id": 2, "created_at": STAMP}
    assert s.annotations.head(999) is None


def test_an_annotation_is_put_back_under_its_id_and_uuid(stores):
    s, db = stores
    uuid = "0b8f1c2e-3d4a-4b5c-8d6e-7f8091a2b3c4"
    with s.transaction():
        assert annotate(s, 3, "Tiga", id=77, uuid=uuid) == 77
        assert annotate(s, 3, "lagi", uuid=None) == 78  # ids go on from the highest
    assert s.annotations.get(77)["uuid"] == uuid and len(s.annotations.get(78)["uuid"]) == 36


def test_an_articles_annotations_are_listed_in_reading_order_orphans_last(stores):
    s, db = stores
    with s.transaction():
        late = annotate(s, 1, "b", start=5, end=9)
        orphan_1 = annotate(s, 1, "x", start=None, end=None, anchor="orphan")
        early_long = annotate(s, 1, "a", start=0, end=4)
        early_short = annotate(s, 1, "a", start=0, end=2)
        orphan_2 = annotate(s, 1, "y", start=None, end=None, anchor="orphan")
        annotate(s, 2, "elsewhere")
        tag = s.tags.insert("t", "#000000")
        s.tags.link(late, tag)
    order, rows = listed(s.annotations.of_article(1))
    assert order == [(early_short, []), (early_long, []), (late, ["t"]), (orphan_1, []),
                     (orphan_2, [])]
    assert rows[3]["start"] is None and rows[3]["anchor"] == "orphan"
    assert all(r["speaker"] == "" and r["coder"] == "default" and len(r["uuid"]) == 36
               for r in rows)
    assert listed(s.annotations.of_article(3)) == ([], [])


def test_annotations_are_listed_by_id_by_article_or_all_in_article_order(stores):
    s, db = stores
    with s.transaction():
        c = annotate(s, 3, "c", start=4, end=5)
        b = annotate(s, 1, "b", start=2, end=3)
        o = annotate(s, 1, "o", start=None, end=None, anchor="orphan")
        a = annotate(s, 1, "a", start=0, end=1)
        d = annotate(s, 2, "d", start=0, end=1)
    ids = lambda listing: [row[0] for row in listing.rows]  # noqa: E731
    assert ids(s.annotations.where()) == [a, b, o, d, c]
    assert ids(s.annotations.where(ids=[c, o, a])) == [a, o, c]
    assert ids(s.annotations.where(article_ids=[3, 1])) == [a, b, o, c]
    assert ids(s.annotations.where(ids=[])) == [] and ids(s.annotations.where(ids=[999])) == []
    with s.transaction():
        o2 = annotate(s, 3, "o2", start=None, end=None, anchor="orphan")
    assert ids(s.annotations.orphans()) == [o, o2]
    assert ids(s.annotations.orphans(3)) == [o2] and ids(s.annotations.orphans(2)) == []


def test_a_listing_by_more_ids_than_sqlite_takes_parameters(stores):
    # a list of ids is one parameter on both engines, however long
    s, db = stores
    with s.transaction():
        a = annotate(s, 1, "a", start=0, end=1)
        b = annotate(s, 2, "b", start=0, end=1)
    absent = list(range(100_000, 140_000))
    assert [row[0] for row in s.annotations.where(ids=[*absent, b, a]).rows] == [a, b]
    assert [row[0] for row in s.annotations.where(article_ids=[*absent, 2]).rows] == [b]
    assert s.collections.existing_articles([*absent, 3, 1]) == {1, 3}
    assert s.coders.blind_articles([*absent, 1]) == set()


def test_spans_updates_and_deletes(stores):
    s, db = stores
    with s.transaction():
        second = annotate(s, 1, "Satu", id=50, start=0, end=4, updated_at=STAMP)
        first = annotate(s, 1, "Satu.", id=10, start=0, end=5)
        other = annotate(s, 2, "Dua")
        tag = s.tags.insert("t", "#000000")
        s.tags.link(second, tag)
        s.tags.link(other, tag)
    spans = s.annotations.spans(1)
    assert [r["id"] for r in spans] == [first, second]  # by id
    assert set(spans[0]) == {"id", "kind", "exact", "prefix", "suffix", "start", "end", "anchor",
                             "updated_at"}
    with s.transaction():
        s.annotations.update(second, {"start": None, "end": None, "anchor": "orphan",
                                      "note": "hilang"})
        s.annotations.update(second, {})  # nothing to set
    row = s.annotations.get(second)
    assert (row["start"], row["end"], row["anchor"], row["note"], row["exact"]) == (
        None, None, "orphan", "hilang", "Satu")
    with s.transaction():
        s.annotations.delete([second, other, 999])
    assert s.annotations.get(second) is None and s.annotations.get(other) is None
    assert s.tags.links(tag) == [] and [r["id"] for r in s.annotations.spans(1)] == [first]


def test_a_brief_listing_has_the_brief_columns_in_the_listings_order(stores):
    """What a Markdown export reads: the same annotations in the same order as ``where``,
    each with only the ``BRIEF_COLUMNS`` (names, not ids, for the speaker and the coder)."""
    s, db = stores
    with s.transaction():
        speaker = s.speakers.insert("Retno Marsudi")
        coder = s.coders.insert("Ana", STAMP)
        c = annotate(s, 3, "c", start=4, end=5, verdict="true", kind="claim")
        b = annotate(s, 1, "b", start=2, end=3, speaker_id=speaker, note="catatan",
                     coder_id=coder)
        o = annotate(s, 1, "o", start=None, end=None, anchor="orphan")
        a = annotate(s, 1, "a", start=0, end=1)
        tag = s.tags.insert("t", "#000000")
        s.tags.link(b, tag)
    for scope in ({}, {"ids": [c, o, a]}, {"article_ids": [3, 1]}, {"ids": []}):
        whole = listed(s.annotations.where(**scope))
        brief = s.annotations.brief(**scope)
        rows = [dict(zip(BRIEF_COLUMNS, row, strict=True)) for row in brief.rows]
        assert [(r["id"], sorted(brief.tags.get(r["id"], []))) for r in rows] == whole[0]
        assert rows == [{k: full[k] for k in BRIEF_COLUMNS} for full in whole[1]]
    row = dict(zip(BRIEF_COLUMNS, next(s.annotations.brief(ids=[b]).rows), strict=True))
    assert row == {"id": b, "article_id": 1, "kind": "highlight", "exact": "b", "start": 2,
                   "speaker": "Retno Marsudi", "verdict": "", "note": "catatan",
                   "coder": "Ana", "coder_id": coder}


def test_a_brief_listing_puts_each_articles_orphans_after_its_placed_ones(stores):
    """``brief`` reads the placed annotations in index order and moves the orphans: an
    article of orphans only, orphans before and after other articles' placed ones, equal
    starts (by id) — the same order as ``where``, in every scope."""
    s, db = stores
    with s.transaction():
        made = [
            annotate(s, 2, "o2", start=None, end=None, anchor="orphan"),
            annotate(s, 3, "p3", start=5, end=6),
            annotate(s, 1, "o1", start=None, end=None, anchor="orphan"),
            annotate(s, 1, "p1b", start=3, end=4),
            annotate(s, 3, "o3", start=None, end=None, anchor="orphan"),
            annotate(s, 1, "p1a", start=0, end=1),
            annotate(s, 1, "p1c", start=3, end=5),
            annotate(s, 3, "p3a", start=1, end=2),
            annotate(s, 1, "o1b", start=None, end=None, anchor="orphan"),
        ]
    for scope in ({}, {"ids": made[::-1]}, {"ids": made[:4]}, {"article_ids": [3, 2, 1]},
                  {"article_ids": [2]}, {"article_ids": [3]}):
        whole = [row[0] for row in s.annotations.where(**scope).rows]
        brief = [row[0] for row in s.annotations.brief(**scope).rows]
        assert brief == whole, scope
    exact = [row[3] for row in s.annotations.brief().rows]
    assert exact == ["p1a", "p1b", "p1c", "o1", "o1b", "o2", "p3a", "p3", "o3"]
    for scope in ({}, {"ids": made[::-1]}, {"article_ids": [3, 2, 1]}, {"article_ids": [1]}):
        exported = [row[2] for row in s.annotations.export_rows(**scope)]
        assert exported == [row[3] for row in s.annotations.brief(**scope).rows], scope


def test_the_export_listing_has_the_export_columns_and_each_rows_tags(stores):
    """``export_rows``: the annotations ``brief`` lists, in its order, each a plain tuple of
    the ``EXPORT_COLUMNS`` with its speaker's id (None when none; named by
    ``SpeakerStore.names_by_id``) and its tags (their ids joined by ",", None when none;
    named by ``TagStore.names_by_id``), the coder's id and name only when asked for; every
    scope, an empty one too."""
    s, db = stores
    with s.transaction():
        speaker = s.speakers.insert("Retno Marsudi")
        coder = s.coders.insert("Ana", STAMP)
        c = annotate(s, 3, "c", start=4, end=5, verdict="true", kind="claim")
        b = annotate(s, 1, "b", start=2, end=3, speaker_id=speaker, note="catatan",
                     coder_id=coder)
        o = annotate(s, 1, "o", start=None, end=None, anchor="orphan")
        a = annotate(s, 1, "a", start=0, end=1)
        tags = [s.tags.insert(name, "#000000") for name in ("t", "Ä/b", "z z")]
        for tag in tags:
            s.tags.link(b, tag)
        s.tags.link(c, tags[0])
    names = {b: ["t", "Ä/b", "z z"], c: ["t"]}
    by_id = s.tags.names_by_id()
    assert by_id == dict(zip(tags, ["t", "Ä/b", "z z"], strict=True))
    speakers = s.speakers.names_by_id()
    assert speakers == {speaker: "Retno Marsudi"}
    for scope in ({}, {"ids": [c, o, a, b]}, {"article_ids": [3, 1]}, {"ids": []},
                  {"article_ids": [2]}):
        listing = s.annotations.brief(**scope)
        brief = [dict(zip(BRIEF_COLUMNS, row, strict=True)) for row in listing.rows]
        rows = s.annotations.export_rows(**scope)
        assert all(type(row) is tuple for row in rows)
        got = [dict(zip(EXPORT_COLUMNS, row, strict=True)) for row in rows]
        assert [sorted(by_id[int(i)] for i in r.pop("tags").split(",")) if r["tags"]
                else r.pop("tags") for r in got] == [
            sorted(names[r["id"]]) if r["id"] in names else None for r in brief], scope
        for r in got:
            speaker_id = r.pop("speaker_id")
            r["speaker"] = speakers[speaker_id] if speaker_id is not None else ""
        assert got == [{k: r[k] for k in ("article_id", "kind", "exact", "speaker", "verdict",
                                          "note")} for r in brief]
        coded = s.annotations.export_rows(**scope, coders=True)
        width = len(EXPORT_COLUMNS)
        assert [row[:width] for row in coded] == rows
        assert [dict(zip(EXPORT_CODER_COLUMNS, row[width:], strict=True)) for row in coded] \
            == [{"coder_id": r["coder_id"], "coder": r["coder"]} for r in brief]
    [row] = s.annotations.export_rows(ids=[b])
    assert row[:6] == (1, "highlight", "b", speaker, "", "catatan")
    assert sorted(int(i) for i in row[6].split(",")) == sorted(tags)
    assert s.annotations.export_rows(ids=[c]) == [(3, "claim", "c", None, "true", "",
                                                  str(tags[0]))]
    assert s.annotations.export_rows(ids=[b], coders=True)[0][7:] == (coder, "Ana")
