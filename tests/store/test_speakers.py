"""The ``SpeakerStore`` contract (``reader.core.store.interfaces``), for every store in
``conftest.IMPLEMENTATIONS``."""

import pytest

from reader.core.store import StoreError

from .rows import annotate


def test_speakers_are_resolved_by_name_or_alias_case_blind(stores):
    s, db = stores
    with s.transaction():
        lavrov = s.speakers.insert("Sergey Lavrov", "Menteri Luar Negeri Rusia")
        jokowi = s.speakers.insert("Joko Widodo")
        s.speakers.add_alias(lavrov, "Lavrov")
        s.speakers.add_alias(jokowi, "Jokowi")
    assert s.speakers.resolve("sergey LAVROV") == lavrov == s.speakers.resolve("lavrov")
    assert s.speakers.resolve("Jokowi") == jokowi and s.speakers.resolve("Putin") is None
    assert s.speakers.find("LAVROV") is None and s.speakers.find("joko widodo") == jokowi
    assert s.speakers.alias_owner("JOKOWI") == {"id": jokowi, "name": "Joko Widodo"}
    assert s.speakers.alias_owner("Joko Widodo") is None
    row = s.speakers.get(lavrov)
    assert {k: row[k] for k in ("id", "name", "description")} == {
        "id": lavrov, "name": "Sergey Lavrov", "description": "Menteri Luar Negeri Rusia"}
    assert len(row["uuid"]) == 36 and s.speakers.get(999) is None
    pairs = s.speakers.lookup()  # names first, then aliases
    assert sorted(pairs[:2]) == [("Joko Widodo", "Joko Widodo"),
                                 ("Sergey Lavrov", "Sergey Lavrov")]
    assert sorted(pairs[2:]) == [("Jokowi", "Joko Widodo"), ("Lavrov", "Sergey Lavrov")]


def test_speakers_are_listed_by_name_with_their_quotes_and_aliases(stores):
    s, db = stores
    with s.transaction():
        b = s.speakers.insert("budi")
        a = s.speakers.insert("Ani", "peneliti")
        s.speakers.add_alias(a, "Ani S.")
        s.speakers.add_alias(a, "Bu Ani")
        for article_id in (1, 2):
            annotate(s, article_id, "kata", speaker_id=a)
    rows = s.speakers.counted()
    assert [(r["id"], r["name"], r["description"], r["quotes"], sorted(r["aliases"]))
            for r in rows] == [(a, "Ani", "peneliti", 2, ["Ani S.", "Bu Ani"]),
                               (b, "budi", "", 0, [])]
    assert rows[0]["uuid"] == s.speakers.get(a)["uuid"] != rows[1]["uuid"]
    assert s.speakers.names() == ["Ani", "budi"]


def test_renames_descriptions_and_aliases(stores):
    s, db = stores
    with s.transaction():
        sp = s.speakers.insert("Lama")
        s.speakers.rename(sp, "Baru")
        s.speakers.describe(sp, "juru bicara")
        s.speakers.add_alias(sp, "Jubir")
        s.speakers.add_alias(sp, "Lama")
        s.speakers.remove_alias(sp, "JUBIR")  # case-blind
        s.speakers.remove_alias(sp, "tidak ada")  # nothing
    assert s.speakers.get(sp)["name"] == "Baru" and s.speakers.get(sp)["description"] == (
        "juru bicara")
    assert s.speakers.counted()[0]["aliases"] == ["Lama"]
    with pytest.raises(StoreError), s.transaction():
        s.speakers.add_alias(sp, "lama")  # an alias names one speaker


def test_a_merge_moves_quotes_and_aliases_and_is_undone(stores):
    s, db = stores
    with s.transaction():
        src, dst = s.speakers.insert("Lavrov"), s.speakers.insert("Sergey Lavrov")
        s.speakers.add_alias(src, "S. Lavrov")
        n1, n2 = annotate(s, 1, "satu", src), annotate(s, 2, "dua", src)
        n3 = annotate(s, 3, "tiga", dst)
        row = s.speakers.get(src)
        quoting, aliases = s.speakers.quoting(src), s.speakers.alias_ids(src)
        assert quoting == [n1, n2] and len(aliases) == 1
        s.speakers.move(src, dst)
        s.speakers.delete(src)
    assert s.speakers.quoting(dst) == [n1, n2, n3] and s.speakers.resolve("s. lavrov") == dst
    assert s.speakers.get(src) is None
    with s.transaction():
        back = s.speakers.put_back(row)
        s.speakers.move_back([n1, n2, n3], aliases, dst, back)  # n3 was never src's: stays
    assert back == src and s.speakers.get(src) == row  # the same id and UUID
    assert s.speakers.quoting(src) == [n1, n2, n3]
    assert s.speakers.resolve("S. Lavrov") == src and s.speakers.quoting(dst) == []


def test_moving_back_takes_only_what_the_target_still_has(stores):
    s, db = stores
    with s.transaction():
        a, b, c = (s.speakers.insert(name) for name in ("A", "B", "C"))
        n1, n2 = annotate(s, 1, "satu", b), annotate(s, 1, "dua", c)
        s.speakers.move_back([n1, n2], [], b, a)
    assert (s.speakers.quoting(a), s.speakers.quoting(c)) == ([n1], [n2])


def test_put_back_uses_a_speaker_of_the_same_name_or_id(stores):
    s, db = stores
    with s.transaction():
        sp = s.speakers.insert("Kembali")
        row = s.speakers.get(sp)
        s.speakers.delete(sp)
        other = s.speakers.insert("KEMBALI")  # made meanwhile
        assert s.speakers.put_back(row) == other
        s.speakers.rename(other, "Lain")
        assert s.speakers.put_back({**row, "id": other, "uuid": None}) == other


def test_only_an_unquoted_speaker_is_deleted_as_unquoted_and_deleting_keeps_quotes(stores):
    s, db = stores
    with s.transaction():
        quoted, free = s.speakers.insert("Quoted"), s.speakers.insert("Free")
        s.speakers.add_alias(quoted, "Q")
        note = annotate(s, 1, "satu", quoted)
        assert s.speakers.delete_unquoted(quoted) is False
        assert s.speakers.delete_unquoted(free) is True
        assert s.speakers.delete_unquoted(free) is False
        s.speakers.delete(quoted)
    assert s.speakers.names() == [] and s.speakers.resolve("Q") is None
    assert db.execute("SELECT speaker_id FROM annotations WHERE id = ?", [note]).fetchone()[0] \
        is None


def test_a_speaker_may_be_made_under_a_given_id(stores):
    s, db = stores
    with s.transaction():
        assert s.speakers.insert("Dulu", speaker_id=41) == 41
    assert s.speakers.get(41)["name"] == "Dulu" and s.speakers.resolve("dulu") == 41


def test_rewrite_sets_the_written_name_only_where_it_is_the_old_one(stores):
    s, db = stores
    with s.transaction():
        lavrov = s.speakers.insert("Sergei Lavrov")
        plain, other = annotate(s, 1, "satu", lavrov), annotate(s, 2, "dua", lavrov)
        spelled = annotate(s, 3, "tiga", lavrov, speaker_written="S. Lavrov")
        s.speakers.rewrite([plain, spelled], "", "Sergey Lavrov")
    written = {i: s.annotations.get(i)["speaker_written"] for i in (plain, other, spelled)}
    assert written == {plain: "Sergey Lavrov", other: "", spelled: "S. Lavrov"}
    with s.transaction():
        s.speakers.rewrite([plain, other, spelled], "Sergey Lavrov", "")
    assert [s.annotations.get(i)["speaker_written"] for i in (plain, other, spelled)] == [
        "", "", "S. Lavrov"]
