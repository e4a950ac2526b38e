"""Tombstones in a team library are written by deleting (PostgreSQL migration 0027, review
R16-5): a coder with psql may not write, change or delete ``annotation_tombstones``, nor bury
a colleague's live annotation through the server's function, nor lift a tombstone that is
not theirs (not even by putting an annotation in under a buried id); every legitimate
path still records and lifts them (a coder's delete and its undo, an editor's delete of
anyone's, a merge carrying a file's deletions, push and pull). A coder's ``kutip.bulk``
no longer skips the counting triggers (the library list's counts went wrong for
everyone)."""

import psycopg
import pytest
from click.testing import CliRunner

from reader.cli import cli
from reader.core.library import Library
from reader.core.paths import seeds_dir
from reader.core.store import StoreError

LAVROV = ("Kami tidak ingin mengambil jalur konfrontasi, tapi kami akan dengan tegas memastikan "
          "keamanan kami dengan menggunakan cara-cara yang kami anggap perlu")


def _tombstones(url):
    with psycopg.connect(url, autocommit=True) as conn:
        return {r[0]: r[1] for r in conn.execute(
            "SELECT annotation_uuid, fingerprint FROM annotation_tombstones")}


def _seeded(url):
    with Library(url) as owner:
        owner.imports.paths([seeds_dir()])
        return owner.articles.ids()[0]


def test_a_coder_may_not_write_tombstones_with_psql(team_library):
    """The reviewer's statements as a coder: each refused, the tombstones as they were."""
    url, member, _n = team_library
    seed_id = _seeded(url)
    ana, eka = member("ana", "coder"), member("eka", "editor")
    with Library(eka) as editor:
        live = editor.annotations.add_exact(seed_id, LAVROV, kind="quote", speaker="Lavrov")
        gone = editor.annotations.add_exact(seed_id, LAVROV, kind="claim")
        editor.annotations.delete(gone.id)  # (an editor's deletion: its tombstone)
    with Library(ana) as coder:
        mine = coder.annotations.add_exact(seed_id, LAVROV, kind="highlight")
    before = _tombstones(url)
    assert list(before) == [gone.uuid]
    with psycopg.connect(ana, autocommit=True) as conn:
        statements = [
            ("DELETE FROM annotation_tombstones", []),
            ("UPDATE annotation_tombstones SET fingerprint = 'x'", []),
            ("INSERT INTO annotation_tombstones (annotation_uuid, article_uuid, fingerprint,"
             " deleted_at) VALUES (%s, '', 'f', '2026-12-01')", [live.uuid]),
            ("TRUNCATE annotation_tombstones", []),
            # the server's functions: a colleague's live annotation, one of hers she did not
            # delete, a tombstone of another's deletion
            ("SELECT kutip_bury(ARRAY[%s], ARRAY[''], ARRAY['f'], ARRAY['2026'])",
             [live.uuid]),
            ("SELECT kutip_bury(ARRAY[%s], ARRAY[''], ARRAY['f'], ARRAY['2026'])",
             [mine.uuid]),
            ("SELECT kutip_unbury(ARRAY[%s])", [gone.uuid]),
            # her own annotation put in under the buried id (which would lift it)
            ("INSERT INTO annotations (article_id, kind, exact, start, \"end\", uuid,"
             " created_at, updated_at) VALUES (%s, 'quote', 'x', 0, 1, %s, '', '')",
             [seed_id, gone.uuid]),
        ]
        for statement, params in statements:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement, params)
        # deleting her own annotation with psql buries nothing of anyone else's either
        with conn.transaction():
            conn.execute("DELETE FROM annotations WHERE id = %s", [mine.id])
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute("SELECT kutip_bury(ARRAY[%s], ARRAY[''], ARRAY['f'],"
                             " ARRAY['2026'])", [live.uuid])
            raise psycopg.Rollback
    assert _tombstones(url) == before
    with psycopg.connect(member("rini", "reader"), autocommit=True) as conn:
        for statement in ("SELECT kutip_bury(ARRAY['a'], ARRAY[''], ARRAY['f'], ARRAY['2'])",
                          "SELECT kutip_unbury(ARRAY['a'])", "DELETE FROM annotation_tombstones"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
    with Library(eka) as editor:  # the colleague's live annotation is still there
        assert editor.annotations.get(live.id).uuid == live.uuid


def test_deleting_and_putting_back_record_and_lift_tombstones_for_each_role(team_library):
    """A coder's delete (also the undo of a create) buries her annotation, its undo lifts the
    tombstone; an editor's delete of a coder's annotation buries it (and the coder may not
    put that one back under its id); an editor writes tombstones directly too."""
    url, member, _n = team_library
    seed_id = _seeded(url)
    ana, eka = member("ana", "coder"), member("eka", "editor")
    with Library(ana) as coder:
        first = coder.annotations.add_exact(seed_id, LAVROV, kind="quote", speaker="Lavrov")
        second = coder.annotations.add_exact(seed_id, LAVROV, kind="claim")
        deleted = coder.annotations.delete(first.id)
        assert list(_tombstones(url)) == [first.uuid]
        coder.annotations.restore(deleted)  # (undo of the delete)
        assert _tombstones(url) == {}
        coder.annotations.delete(first.id)  # (the undo of its creation)
        assert list(_tombstones(url)) == [first.uuid]
    with Library(eka) as editor:
        taken = editor.annotations.delete(second.id)  # anyone's, for an editor
        assert set(_tombstones(url)) == {first.uuid, second.uuid}
    with Library(ana) as coder, pytest.raises(StoreError):
        coder.annotations.restore(taken)  # (the editor's deletion, not hers to undo)
    assert set(_tombstones(url)) == {first.uuid, second.uuid}
    with Library(eka) as editor:
        editor.annotations.restore(taken)
        assert list(_tombstones(url)) == [first.uuid]
    with psycopg.connect(eka, autocommit=True) as conn:
        conn.execute("INSERT INTO annotation_tombstones (annotation_uuid, article_uuid,"
                     " fingerprint, deleted_at) VALUES ('elsewhere', '', 'f', '2026')")
        conn.execute("DELETE FROM annotation_tombstones WHERE annotation_uuid = 'elsewhere'")


def test_deletions_travel_through_merge_push_and_pull(team_library, tmp_path):
    """A coder's deletion in the team library reaches a pulled file; a deletion made in a
    file reaches the team library through an editor's push (its tombstone recorded there,
    to travel on); pulling again brings nothing back."""
    url, member, _n = team_library
    seed_id = _seeded(url)
    ana, eka = member("ana", "coder"), member("eka", "editor")
    with Library(ana) as coder:
        kept = coder.annotations.add_exact(seed_id, LAVROV, kind="quote", speaker="Lavrov")
        doomed = coder.annotations.add_exact(seed_id, LAVROV, kind="claim")
    local = tmp_path / "copy.sqlite"
    runner = CliRunner()
    pulled = runner.invoke(cli, ["team", "pull", eka, str(local)], catch_exceptions=False)
    assert pulled.exit_code == 0, pulled.output
    with Library(ana) as coder:
        coder.annotations.delete(doomed.id)
    pulled = runner.invoke(cli, ["team", "pull", eka, str(local)], catch_exceptions=False)
    assert pulled.exit_code == 0 and "1 deleted" in pulled.output, pulled.output
    with Library(local) as mine:
        there = mine.annotations.where(article_ids=mine.articles.ids())
        assert [a.uuid for a in there] == [kept.uuid]
        mine.annotations.delete(there[0].id)
    pushed = runner.invoke(cli, ["team", "push", str(local), eka], catch_exceptions=False)
    assert pushed.exit_code == 0 and "1 deleted" in pushed.output, pushed.output
    assert set(_tombstones(url)) == {kept.uuid, doomed.uuid}
    with Library(ana) as coder:
        assert coder.annotations.where(article_ids=[seed_id]) == []
    again = runner.invoke(cli, ["team", "pull", ana, str(local)], catch_exceptions=False)
    assert again.exit_code == 0, again.output
    with Library(local) as mine:
        assert mine.annotations.where(article_ids=mine.articles.ids()) == []


def _counts_right(conn):
    return conn.execute(
        "SELECT count(*) FROM articles a, LATERAL (SELECT count(*) FILTER (WHERE kind ="
        " 'quote') AS q, count(*) FILTER (WHERE kind = 'claim') AS c, count(*) FILTER"
        " (WHERE kind = 'highlight') AS h FROM annotations n WHERE n.article_id = a.id) AS n"
        " WHERE (a.quotes, a.claims, a.highlights) IS DISTINCT FROM (n.q, n.c, n.h)"
        ).fetchone()[0] == 0


def test_a_coders_bulk_setting_skips_no_count(team_library):
    """team16's note: with ``kutip.bulk`` set, a coder's deletes and inserts went
    uncounted (every member's library list then sorted and filtered by wrong counts); the
    server now honours it for editors and owners only. A coder's bulk import still works."""
    url, member, _n = team_library
    seed_id = _seeded(url)
    ana = member("ana", "coder")
    with Library(ana) as coder:
        mine = coder.annotations.add_exact(seed_id, LAVROV, kind="quote", speaker="Lavrov")
    with psycopg.connect(ana, autocommit=True) as conn:
        with conn.transaction():
            conn.execute("SELECT set_config('kutip.bulk', 'on', true)")
            conn.execute("DELETE FROM annotations WHERE id = %s", [mine.id])
            conn.execute("INSERT INTO annotations (article_id, kind, exact, start, \"end\","
                         " created_at, updated_at) VALUES (%s, 'claim', 'x', 0, 1, '', '')",
                         [seed_id])
        assert _counts_right(conn)
        assert conn.execute("SELECT count(*) FROM annotation_search").fetchone()[0] == 1
    with Library(ana) as coder:  # her Kutip's bulk path (import-annotations) still counts
        coder.stores.bulk.insert_annotations(
            ["id", "article_id", "kind", "exact", "start", "end", "created_at",
             "updated_at"],
            [[coder.stores.bulk.next_annotation_id(), seed_id, "highlight", "y", 2, 3, "",
              ""]], [])
    with psycopg.connect(url, autocommit=True) as conn:
        assert _counts_right(conn)
        assert conn.execute("SELECT quotes, claims, highlights FROM articles WHERE id = %s",
                            [seed_id]).fetchone() == (0, 1, 1)


def test_a_coders_deletion_that_buried_nothing_leaves_no_note_behind(team_library):
    """The note of her deletion (what kutip_bury checks) from a psql delete that buried
    nothing is cleared by the next deletion, anyone's (migration 0028)."""
    url, member, _n = team_library
    seed_id = _seeded(url)
    ana, eka = member("ana", "coder"), member("eka", "editor")
    with Library(ana) as coder:
        mine = coder.annotations.add_exact(seed_id, LAVROV, kind="highlight")
    with Library(eka) as editor:
        theirs = editor.annotations.add_exact(seed_id, LAVROV, kind="claim")
    with psycopg.connect(ana, autocommit=True) as conn:
        conn.execute("DELETE FROM annotations WHERE id = %s", [mine.id])
    with psycopg.connect(url, autocommit=True) as conn:
        notes = "SELECT count(*) FROM annotation_deletions"
        assert conn.execute(notes).fetchone()[0] == 1
        with Library(eka) as editor:
            editor.annotations.delete(theirs.id)
        assert conn.execute(notes).fetchone()[0] == 0
