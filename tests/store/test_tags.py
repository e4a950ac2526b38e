"""The ``TagStore`` contract (``reader.core.store.interfaces``), for every store in
``conftest.IMPLEMENTATIONS``."""

from .rows import annotate


def test_tags_are_found_case_blind_and_listed_by_name_with_their_uses(stores):
    s, db = stores
    with s.transaction():
        framing = s.tags.insert("framing", "#f4b400")
        threat = s.tags.insert("framing/Threat", "#db4437")
        actor = s.tags.insert("Actor", "#4285f4")
        n1, n2 = annotate(s, 1, "Satu"), annotate(s, 2, "Dua")
        s.tags.link(n1, threat)
        s.tags.link(n1, threat)  # twice: still one link
        s.tags.link(n2, threat)
        s.tags.link(n2, actor)
    assert s.tags.find("FRAMING/threat") == threat and s.tags.find("nothing") is None
    rows = s.tags.counted()
    assert [(r["id"], r["name"], r["uses"]) for r in rows] == [
        (actor, "Actor", 1), (framing, "framing", 0), (threat, "framing/Threat", 2)]
    assert all(len(r["uuid"]) == 36 for r in rows) and len({r["uuid"] for r in rows}) == 3
    assert s.tags.get("framing/threat") == rows[2] and s.tags.get("nothing") is None
    assert s.tags.get_by_id(actor) == {"id": actor, "name": "Actor", "colour": "#4285f4",
                                       "uuid": rows[0]["uuid"]}
    assert s.tags.get_by_id(999) is None
    assert s.tags.names() == ["Actor", "framing", "framing/Threat"]
    assert s.tags.colours() == {"Actor": "#4285f4", "framing": "#f4b400",
                                "framing/Threat": "#db4437"}
    assert s.tags.links(threat) == [n1, n2] and s.tags.links(framing) == []


def test_nested_tags_at_any_depth_with_like_characters_taken_literally(stores):
    s, db = stores
    with s.transaction():
        ids = {name: s.tags.insert(name, "#000000") for name in (
            "a_b", "a_b/c", "A_B/c/d", "axb/e", "a_b2", "a%/f", "a_b/C2")}
    assert [r["name"] for r in s.tags.nested("a_b")] == ["a_b/c", "A_B/c/d", "a_b/C2"]
    assert [r["id"] for r in s.tags.nested("A_B/C")] == [ids["A_B/c/d"]]
    assert s.tags.nested("a%") == [{"id": ids["a%/f"], "name": "a%/f"}]
    assert s.tags.nested("a") == []


def test_renames_recolours_and_deletes_keep_the_annotations(stores):
    s, db = stores
    with s.transaction():
        tag = s.tags.insert("lama", "#000000")
        note = annotate(s, 1, "Satu")
        s.tags.link(note, tag)
        s.tags.rename(tag, "baru")
        s.tags.recolour(tag, "#ffffff")
    assert s.tags.find("lama") is None
    assert s.tags.get("baru")["colour"] == "#ffffff" and s.tags.links(tag) == [note]
    with s.transaction():
        s.tags.delete(tag)
    assert s.tags.find("baru") is None and s.tags.links(tag) == []
    assert db.execute("SELECT count(*) FROM annotations").fetchone()[0] == 1


def test_only_an_unused_tag_without_nested_tags_is_deleted_as_unused(stores):
    s, db = stores
    with s.transaction():
        used = s.tags.insert("used", "#000000")
        s.tags.insert("parent", "#000000")
        s.tags.insert("parent/child", "#000000")
        s.tags.insert("Free_1", "#000000")
        s.tags.insert("Free11/x", "#000000")  # "_" is not a wildcard: Free_1 has no children
        s.tags.link(annotate(s, 1, "Satu"), used)
        assert s.tags.delete_unused("used") is False
        assert s.tags.delete_unused("parent") is False
        assert s.tags.delete_unused("free_1") is True
        assert s.tags.delete_unused("nothing") is False
        assert s.tags.delete_unused("parent/child") is True
        assert s.tags.delete_unused("parent") is True
    assert s.tags.names() == ["Free11/x", "used"]


def test_a_deleted_tag_is_put_back_under_its_id_and_uuid(stores):
    s, db = stores
    with s.transaction():
        tag = s.tags.insert("kembali", "#123456")
        row = s.tags.get_by_id(tag)
        s.tags.delete(tag)
        assert s.tags.put_back(row) == tag
    assert s.tags.get_by_id(tag) == row
    with s.transaction():
        s.tags.delete(tag)
        other = s.tags.insert("KEMBALI", "#000000")  # the same name, made meanwhile
        assert s.tags.put_back(row) == other
        s.tags.rename(other, "lain")  # the id is taken by a tag of another name
        assert s.tags.put_back({**row, "id": other}) == other
        s.tags.delete(other)
        third = s.tags.insert("ketiga", "#000000")
        taken = {**row, "id": 99, "name": "lagi", "uuid": s.tags.get_by_id(third)["uuid"]}
        assert s.tags.put_back(taken) == 99  # its UUID is another tag's by now: a new one
    uuids = {s.tags.get_by_id(i)["uuid"] for i in (third, 99)}
    assert len(uuids) == 2 and all(len(u) == 36 for u in uuids)


def test_links_are_copied_restored_and_taken_off(stores):
    s, db = stores
    with s.transaction():
        a, b = s.tags.insert("a", "#000000"), s.tags.insert("b", "#000000")
        n1, n2, n3 = (annotate(s, 1, word) for word in ("x", "y", "z"))
        s.tags.link(n1, a)
        s.tags.link(n2, a)
        s.tags.link(n2, b)
        s.tags.copy_links(a, b)  # n2 has b already: one link each
        assert s.tags.links(b) == [n1, n2]
        db.execute("DELETE FROM annotations WHERE id = ?", [n3])
        s.tags.link_existing(a, [n3, n1, 9999])  # only those that still exist
        assert s.tags.links(a) == [n1, n2]
        c = s.tags.insert("c", "#000000")
        s.tags.link_existing(c, [n2, n3])
        assert s.tags.links(c) == [n2]
        s.tags.unlink_annotation(n2)
    assert (s.tags.links(a), s.tags.links(b), s.tags.links(c)) == ([n1], [n1], [])


def test_a_tag_is_linked_by_its_name_in_one_statement_when_it_exists(stores):
    s, db = stores
    with s.transaction():
        threat = s.tags.insert("framing/Threat", "#db4437")
        n1 = annotate(s, 1, "Satu")
        assert s.tags.link_named(n1, "FRAMING/threat")  # case-blind, as find
        assert not s.tags.link_named(n1, "framing/threat")  # had it already
        assert not s.tags.link_named(n1, "framing")  # no such tag: nothing made
    assert s.tags.links(threat) == [n1] and s.tags.find("framing") is None
