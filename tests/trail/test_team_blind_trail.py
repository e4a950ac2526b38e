"""A team library's quote trail holds no blind work (PostgreSQL migrations 0027 and 0028,
review R16-13): one index every member reads by SQL cannot hide a row from one coder and
show it to another, so it takes in no annotation on an article of a collection coded blind
(the passage shows as a suggestion, the attribution's guess) and applies no dismissal
there (which another coder's SQL no longer reads either). Coding a collection blind, or
adding an article to one, takes its quotes out at the next catch-up; no longer blind,
they come back. A team library of schema 26 with its trail built, tombstones present and
a blind quote in the trail is upgraded without losing a row."""

import json

import psycopg
import pytest
from click.testing import CliRunner

from reader.cli import cli
from reader.core.library import Library
from reader.core.paths import seeds_dir
from reader.core.store.portable.trail import PLACED_QUOTES
from reader.core.store.postgres import migrations as pg_migrations
from reader.core.store.postgres import trail as pg_trail

from .conftest import DATA, LAVROV

SECRET = "Budi Secret Speaker"


def _listed(login):
    result = CliRunner().invoke(cli, ["--db", login, "quotes", "--json"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _blind_lavrov(url, budi_url):
    """Three outlets' Lavrov quotation, the seed's in collection "Sampel" coded blind, where
    coder budi quotes it naming SECRET; (the seed's id, the collection's, budi's quote)."""
    with Library(url) as owner:
        owner.imports.paths([seeds_dir()])
        seed_id = owner.articles.ids()[0]
        owner.imports.paths([DATA / "antara-lavrov.txt", DATA / "republika-lavrov.txt"])
        collection = owner.collections.id_of("Sampel", create=True)
        owner.collections.add([seed_id], collection)
        owner.coders.set_blind(collection)
    with Library(budi_url) as budi:
        secret = budi.annotations.add_exact(seed_id, LAVROV, kind="quote", speaker=SECRET)
    return seed_id, collection, secret


def _secret_in_trail(login, secret_id):
    """What of budi's quote the trail tables show ``login`` by SQL (empty: nothing)."""
    with psycopg.connect(login, autocommit=True) as conn:
        found = [f"item {r[0]}" for r in conn.execute(
            "SELECT id FROM trail_items WHERE annotation_id = %s", [secret_id])]
        found += [f"cluster {r[0]}" for r in conn.execute(
            "SELECT id FROM trail_clusters WHERE speaker = %s", [SECRET])]
        found += [f"found {r[0]}" for r in conn.execute(
            "SELECT item FROM trail_found_speakers WHERE speaker = %s", [SECRET])]
        return found


def test_a_coder_reads_no_blind_work_through_the_trail_tables(team_library):
    """The reviewer's R16-13: after the editor's Kutip brought the trail up to date, coder
    ana's psql finds neither budi's quote nor its speaker in any trail table; every
    member's Quotes list shows the statement with the attribution's guess. No longer
    blind, the editor's catch-up takes budi's quote in (his speaker named); blind again,
    or the article added to the blind collection, it goes out again."""
    url, member, _n = team_library
    ana, budi, eka = member("ana", "coder"), member("budi", "coder"), member("eka", "editor")
    seed_id, collection, secret = _blind_lavrov(url, budi)
    for login in (eka, ana):
        listed = _listed(login)
        assert [(c["outlets"], c["speaker"]) for c in listed] == [(3, "Sergey Lavrov")]
        assert SECRET not in json.dumps(listed)
    assert _secret_in_trail(ana, secret.id) == [] == _secret_in_trail(url, secret.id)
    with Library(eka) as editor:
        editor.coders.set_blind(collection, False)
    assert [c["speaker"] for c in _listed(eka)] == [SECRET]  # (taken in by the catch-up)
    assert _secret_in_trail(ana, secret.id) != []
    with Library(eka) as editor:
        editor.coders.set_blind(collection)
    _listed(eka)
    assert _secret_in_trail(ana, secret.id) == []
    with Library(eka) as editor:  # out of the collection: not blind, taken in
        editor.collections.remove([seed_id], collection)
    _listed(eka)
    assert _secret_in_trail(ana, secret.id) != []
    with Library(eka) as editor:  # in again: out of the trail
        editor.collections.add([seed_id], collection)
    _listed(eka)
    assert _secret_in_trail(ana, secret.id) == []
    with Library(eka) as editor:  # the collection deleted: nothing blind, taken in
        editor.collections.delete(collection)
    _listed(eka)
    assert [c["speaker"] for c in _listed(ana)] == [SECRET]


def _dismissals(login):
    with psycopg.connect(login, autocommit=True) as conn:
        return conn.execute("SELECT count(*) FROM dismissed_suggestions").fetchone()[0]


def test_another_coders_dismissals_on_blind_work_are_hidden_and_not_applied(team_library):
    """Migration 0028: budi's dismissal of the seed's Lavrov passage (a coding decision) is
    not there for coder ana or reader rini to read while the seed is coded blind, nor does
    the shared trail drop the passage (every member's list: three outlets); the editor
    reads it. No longer blind, the trail applies it (two outlets) and everyone reads it."""
    url, member, _n = team_library
    ana, budi, eka = member("ana", "coder"), member("budi", "coder"), member("eka", "editor")
    rini = member("rini", "reader")
    with Library(url) as owner:
        owner.imports.paths([seeds_dir()])
        seed_id = owner.articles.ids()[0]
        owner.imports.paths([DATA / "antara-lavrov.txt", DATA / "republika-lavrov.txt"])
        collection = owner.collections.id_of("Sampel", create=True)
        owner.collections.add([seed_id], collection)
        owner.coders.set_blind(collection)
    with Library(budi) as coder:
        passage = next(s for s in coder.suggestions.for_article(seed_id, "quote")
                       if LAVROV in s.exact)
        coder.suggestions.dismiss(seed_id, passage)
    assert (_dismissals(ana), _dismissals(rini), _dismissals(eka), _dismissals(budi)) == (
        0, 0, 1, 1)
    assert [c["outlets"] for c in _listed(eka)] == [3] == [c["outlets"] for c in _listed(ana)]
    with Library(eka) as editor:
        editor.coders.set_blind(collection, False)
    assert [c["outlets"] for c in _listed(eka)] == [2] == [c["outlets"] for c in _listed(ana)]
    assert _dismissals(ana) == 1
    with Library(eka) as editor:  # blind again: the passage is back for everyone
        editor.coders.set_blind(collection)
    assert [c["outlets"] for c in _listed(eka)] == [3]


def test_an_editors_rebuild_takes_no_blind_work_in(team_library):
    url, member, _n = team_library
    budi, eka = member("budi", "coder"), member("eka", "editor")
    _seed, _collection, secret = _blind_lavrov(url, budi)
    with Library(eka) as editor:
        assert editor.trail.rebuild().rebuilt
        assert [c.speaker for c in editor.trail.clusters()] == ["Sergey Lavrov"]
    assert _secret_in_trail(url, secret.id) == []


def test_a_library_of_schema_26_with_a_built_trail_and_tombstones_is_upgraded_without_loss(
        team_library, pg_server, monkeypatch):
    """Before 0027 the trail took budi's blind quote in and a coder wrote tombstones: the
    owner's ``kutip team init`` upgrades it keeping every row (its tombstones too; only the
    trail's queue grows, by the blind quote queued to go out), and the editor's next
    catch-up takes the blind quote out of the trail."""
    steps = pg_migrations.migrations.steps
    assert steps[26][0] == "0027_tombstones_and_blind_trail"  # (and 0028 after it)
    n = next(_older)
    name = f"team_old26_{n}"
    url = pg_server.url(name)
    monkeypatch.setattr(pg_migrations.migrations, "steps", steps[:26])
    monkeypatch.setattr(pg_migrations, "SCHEMA_VERSION", 26)
    for where in (pg_trail, pg_trail.PgTrail):  # (the trail as 0026's Kutip kept it)
        monkeypatch.setattr(where, "TEAM_QUOTES" if where is pg_trail else "placed_quotes",
                            PLACED_QUOTES)
    runner = CliRunner()
    made = runner.invoke(cli, ["team", "init", url], catch_exceptions=False)
    assert made.exit_code == 0, made.output
    logins = {}
    for login, role in (("ana", "coder"), ("budi", "coder"), ("eka", "editor")):
        user = f"o26_{n}_{login}"
        pg_server.set_password(user, f"pw-{user}")
        added = runner.invoke(cli, ["team", "add-user", url, user, "--role", role],
                              input=f"pw-{user}\npw-{user}\n", catch_exceptions=False)
        assert added.exit_code == 0, added.output
        logins[login] = pg_server.url(name, user)
    seed_id, _collection, secret = _blind_lavrov(url, logins["budi"])
    with psycopg.connect(logins["ana"], autocommit=True) as conn:  # as 0026 let a coder
        conn.execute("INSERT INTO annotation_tombstones (annotation_uuid, article_uuid,"
                     " fingerprint, deleted_at) VALUES ('x-1', '', 'f', '2026-11-30')")
    before = _listed(logins["eka"])  # (the trail built with budi's quote in it)
    assert _secret_in_trail(url, secret.id) != []
    counts = _counts(url)
    monkeypatch.undo()
    upgraded = runner.invoke(cli, ["team", "init", url], catch_exceptions=False)
    assert upgraded.exit_code == 0, upgraded.output
    after = _counts(url)
    # (budi's blind quote queued to go out, 0027, and its article to be searched again, 0028)
    assert after.pop("trail_pending") == counts.pop("trail_pending") + 2
    assert {t: c for t, c in after.items() if t in counts} == counts
    assert counts["annotation_tombstones"] == 1 and counts["trail_items"]
    # (before, each Kutip hid budi's quote as it read the trail, and the seed's passage
    # with it: two outlets; now the passage is a suggestion, the attribution's guess)
    assert [c["outlets"] for c in before] == [2]
    assert [(c["outlets"], c["speaker"]) for c in _listed(logins["eka"])] == [
        (3, "Sergey Lavrov")]
    assert _secret_in_trail(logins["ana"], secret.id) == []
    with Library(logins["ana"]) as ana:  # and from here on her deletions are hers only
        again = ana.annotations.add_exact(seed_id, LAVROV, kind="highlight")
        ana.annotations.delete(again.id)
    with psycopg.connect(logins["ana"], autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM annotation_tombstones").fetchone()[0] == 2
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM annotation_tombstones")


def _counts(url):
    """Rows in every table of the library but the migrations' own record."""
    with psycopg.connect(url, autocommit=True) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
            " AND tablename <> 'kutip_migrations' ORDER BY tablename")]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


_older = iter(range(1, 1_000_000))
