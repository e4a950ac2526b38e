"""Stable identities (issue 13): every article, annotation, tag, speaker and collection has a
UUID, made on insert, given to existing rows by migration 0009, kept by undo, and carried
by the W3C JSON export (annotation ``id`` = ``urn:uuid:…``) into another library."""

import json
import re
import sqlite3
import uuid

from sqlite_utils import Database

from reader.core.library import Library, open_library
from reader.core.store import open_database
from reader.core.store.migrations import UUID_TABLES, migrations

LAVROV = "Kami tidak ingin berperang"
V4 = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


def uuids(library: Library, table: str) -> list[str]:
    return [r[0] for r in library.stores.db.execute(f"SELECT uuid FROM {table} ORDER BY id")]


def fill(library: Library, article_id: int):
    library.collections.create("Studi Rusia")
    library.collections.add([article_id], library.collections.id_of("Studi Rusia"))
    library.annotations.add_exact(article_id, LAVROV, kind="quote", speaker="Lavrov",
                                  tags=["framing/denial"], note="catatan")
    return library.annotations.add_exact(article_id, "Rusia", kind="claim")


def test_every_row_gets_a_random_uuid_on_insert(seeded_library, seed_id):
    fill(seeded_library, seed_id)
    seeded_library.bulk.add_annotations([{"article_id": seed_id, "kind": "highlight",
                                          "exact": "AS", "start": 0, "end": 2}])
    for table in UUID_TABLES:
        found = uuids(seeded_library, table)
        assert found and all(V4.match(u) for u in found), table
        assert len(set(found)) == len(found)
    stored = dict(seeded_library.stores.db.execute("SELECT id, uuid FROM annotations").fetchall())
    assert {a.id: a.uuid for a in seeded_library.annotations.for_article(seed_id)} == stored
    assert {a.id: a.uuid for a in seeded_library.annotations.where()} == stored
    assert seeded_library.articles.get(seed_id).uuid == uuids(seeded_library, "articles")[0]
    assert seeded_library.tags.get("framing/denial").uuid
    assert seeded_library.speakers.get("Sergey Lavrov").uuid
    assert seeded_library.collections.all()[0].uuid


def test_undo_of_a_delete_keeps_the_identity(seeded_library, seed_id):
    note = fill(seeded_library, seed_id)
    deleted = seeded_library.annotations.delete(note.id)
    assert seeded_library.annotations.restore(deleted).uuid == note.uuid
    before = uuids(seeded_library, "annotations")
    snapshot = seeded_library.articles.delete(seed_id)
    seeded_library.articles.restore(snapshot)
    assert uuids(seeded_library, "annotations") == before


def test_undoing_a_tag_or_speaker_delete_or_merge_keeps_their_identities(seeded_library,
                                                                         seed_id):
    lib = seeded_library
    fill(lib, seed_id)
    lib.tags.create("framing/denial/strong")
    lib.tags.create("frame")
    before = {t.name: t.uuid for t in lib.tags.all()}
    lib.tags.restore(lib.tags.delete("framing/denial"))
    lib.tags.restore_tree(lib.tags.delete_tree("framing"))
    assert {t.name: t.uuid for t in lib.tags.all()} == before
    lib.tags.unmerge_tree(lib.tags.merge_tree("framing", "frame"))
    assert {t.name: t.uuid for t in lib.tags.all()} == before
    speakers = {s.name: s.uuid for s in lib.speakers.all()}
    lib.speakers.unmerge(lib.speakers.merge_undoable("Sergey Lavrov", "Putin"))
    assert {s.name: s.uuid for s in lib.speakers.all()} == speakers


def test_migration_gives_existing_rows_a_uuid(db_path):
    old = Database(sqlite3.connect(db_path))
    migrations.apply(old, stop_before="0009_stable_identities")
    old["articles"].insert({"title": "Lama", "text": "Artikel lama."})
    old["tags"].insert({"name": "lama", "colour": "#ffffff"})
    old.close()
    db = open_database(db_path)
    [(article,)] = db.execute("SELECT uuid FROM articles").fetchall()
    [(tag,)] = db.execute("SELECT uuid FROM tags").fetchall()
    assert V4.match(article) and V4.match(tag) and article != tag


def test_json_export_and_import_into_a_fresh_library_keep_every_identity(seeded_library,
                                                                         seed_id, tmp_path):
    fill(seeded_library, seed_id)
    data = json.loads(seeded_library.exports.render(fmt="json"))
    items = data["first"]["items"]
    assert [i["id"] for i in items] == [
        f"urn:uuid:{a.uuid}" for a in seeded_library.annotations.for_article(seed_id)]
    assert all(uuid.UUID(i["id"][len("urn:uuid:"):]).version == 4 for i in items)

    with open_library(tmp_path / "fresh.sqlite", seed=True) as fresh:  # the same seed article
        report = fresh.exports.import_annotations(data)
        assert report.imported == 2
        fresh_id = fresh.articles.ids()[0]
        assert fresh.articles.get(fresh_id).uuid == seeded_library.articles.get(seed_id).uuid
        assert ({a.uuid for a in fresh.annotations.for_article(fresh_id)}
                == {a.uuid for a in seeded_library.annotations.for_article(seed_id)})
        assert ({t.name: t.uuid for t in fresh.tags.all()}
                == {t.name: t.uuid for t in seeded_library.tags.all()})
        assert ({s.name: s.uuid for s in fresh.speakers.all()}
                == {s.name: s.uuid for s in seeded_library.speakers.all()})
        again = fresh.exports.import_annotations(data)  # known by identity: nothing added
        assert (again.imported, again.present) == (0, 2)
