"""What a team library's roles promise, enforced by the server for any program a member uses
(PostgreSQL migration 0025; review R15-14 and R15-17): a coder with psql may not rewrite
or delete the shared quote trail, nor add a library-wide alias, nor read another coder's
work on a collection coded blind; editors keep the trail and read everything, and each
role's ordinary use goes on. A team library set up before 0025, its trail built, is
upgraded without losing a row."""

import json

import psycopg
import pytest
from click.testing import CliRunner

from reader.cli import cli
from reader.core.library import Library, LibraryError
from reader.core.paths import seeds_dir
from reader.core.store import StoreError
from reader.core.store.postgres import migrations as pg_migrations

from .conftest import DATA, LAVROV


def _lavrov_in_three_outlets(url):
    """The seed and two other outlets' versions of its Lavrov quotation, annotated in the
    seed (speaker "Lavrov"); the quote's id."""
    with Library(url) as owner:
        owner.imports.paths([seeds_dir()])
        seed_id = owner.articles.ids()[0]
        quote = owner.annotations.add_exact(seed_id, LAVROV, kind="quote", speaker="Lavrov")
        owner.imports.paths([DATA / "antara-lavrov.txt", DATA / "republika-lavrov.txt"])
    return quote.id


def _seed_coded_blind(url):
    """The owner imports the seed into a collection "Sampel" coded blind: its id and the
    collection's."""
    with Library(url) as owner:
        owner.imports.paths([seeds_dir()])
        seed_id = owner.articles.ids()[0]
        collection = owner.collections.id_of("Sampel", create=True)
        owner.collections.add([seed_id], collection)
        owner.coders.set_blind(collection)
    return seed_id, collection


def _listed(login):
    result = CliRunner().invoke(cli, ["--db", login, "quotes", "--json"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _trail_tables(conn):
    return [r[0] for r in conn.execute(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
        " AND tablename LIKE 'trail%%' ORDER BY tablename")]


def _counts(url):
    """Rows in every table of the library but the migrations' own record."""
    with psycopg.connect(url, autocommit=True) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
            " AND tablename <> 'kutip_migrations' ORDER BY tablename")]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def test_a_coder_may_not_rewrite_or_delete_the_trail_nor_add_an_alias_even_with_psql(
        team_library):
    """R15-14: as a coder, the reviewer's statements (and a delete from every trail table,
    and a rebuild through the functions a rebuild runs) are refused; every member's Quotes
    list still names the speaker the coders named."""
    url, member, _n = team_library
    quote = _lavrov_in_three_outlets(url)
    ana, eka = member("ana", "coder"), member("eka", "editor")
    before = _listed(eka)  # (built by the editor's Kutip, speakers found and kept)
    assert [c["speaker"] for c in before] == ["Sergey Lavrov"]
    with psycopg.connect(ana, autocommit=True) as conn:
        tables = _trail_tables(conn)
        assert {"trail_clusters", "trail_found_speakers", "trail_items", "trail_pending",
                "trail_sigs", "trail_filter"} <= set(tables)
        assert conn.execute("SELECT count(*) FROM trail_found_speakers").fetchone()[0] > 0
        statements = [
            "UPDATE trail_found_speakers SET speaker = 'Mallory Mischief'",
            "UPDATE trail_clusters SET speaker = 'Mallory Mischief'",
            "INSERT INTO trail_clusters (id, size, outlets, speaker, fullest)"
            " VALUES (999999, 2, 2, 'Mallory Mischief', 1)",
            *(f"DELETE FROM {table}" for table in tables),
            "INSERT INTO speaker_aliases (speaker_id, alias)"
            " SELECT id, 'Mallory' FROM speakers LIMIT 1",
            "SELECT kutip_trail_build_begin()",
            "SELECT kutip_trail_build_finish()",
        ]
        for statement in statements:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
        assert [r[0] for r in conn.execute("SELECT alias FROM speaker_aliases")] == [
            "Lavrov"]  # (the owner's quote's)
    assert _listed(eka) == before and _listed(ana) == before
    assert "Mallory" not in CliRunner().invoke(cli, ["--db", eka, "trail", str(quote)],
                                               catch_exceptions=False).output


def test_an_editor_keeps_the_trail_adds_aliases_and_rebuilds(team_library):
    url, member, _n = team_library
    _lavrov_in_three_outlets(url)
    eka = member("eka", "editor")
    with Library(eka) as editor:
        assert editor.trail.refresh().rebuilt  # (the first build)
        editor.speakers.add_alias("Sergey Lavrov", "Menlu Rusia")
        assert "menlu rusia" in editor.speakers.aliases()
        assert editor.trail.rebuild().rebuilt
        assert [c.speaker for c in editor.trail.clusters()] == ["Sergey Lavrov"]
    with psycopg.connect(eka, autocommit=True) as conn:  # and with psql, as the coders'
        conn.execute("UPDATE trail_clusters SET outlets = outlets")  # Kutip did before
        conn.execute("INSERT INTO speaker_aliases (speaker_id, alias)"
                     " SELECT id, 'S. Lavrov' FROM speakers LIMIT 1")


def test_a_coders_quote_named_by_a_short_name_adds_no_library_alias(team_library):
    """An alias is library-wide: a coder's quote naming "Lavrov" for the article's "Sergey
    Lavrov" is Sergey Lavrov's and adds no alias; an editor's adds one, as in a library
    file."""
    url, member, _n = team_library
    with Library(url) as owner:
        owner.imports.paths([seeds_dir()])
        seed_id = owner.articles.ids()[0]
    with Library(member("ana", "coder")) as coder:
        quote = coder.annotations.add_exact(seed_id, LAVROV, kind="quote", speaker="Lavrov")
        assert quote.speaker == "Sergey Lavrov"
        assert "lavrov" not in coder.speakers.aliases()
    with Library(member("eka", "editor")) as editor:
        claim = editor.annotations.add_exact(seed_id, LAVROV, kind="claim", speaker="Lavrov")
        assert claim.speaker == "Sergey Lavrov"
        assert editor.speakers.aliases()["lavrov"] == "Sergey Lavrov"


def test_another_coders_blind_work_is_not_there_for_a_coder_to_read(team_library):
    """R15-17: on a collection coded blind, budi's annotations, their tags and their words
    in the search index are not there for ana (nor for a reader), with psql or Kutip;
    the editor reads everything and compares the codings; ana's agreement there is
    refused in one line rather than computed without budi."""
    url, member, n = team_library
    ana_url, budi_url = member("ana", "coder"), member("budi", "coder")
    rini_url, eka_url = member("rini", "reader"), member("eka", "editor")
    seed_id, collection = _seed_coded_blind(url)
    with Library(budi_url) as budi:
        secret = budi.annotations.add_exact(seed_id, LAVROV, kind="quote", speaker="Budi Secret",
                                            tags=["budi-secret-tag"], note="zebra")
    with Library(ana_url) as ana:
        mine = ana.annotations.add_exact(seed_id, LAVROV, kind="quote", speaker="Lavrov")
        assert [s.name for s in ana.speakers.all()] == ["Sergey Lavrov"]
        assert ana.tags.names() == []  # (budi's tag is made; ana's list leaves it out)
        with pytest.raises(LibraryError, match="agreement there is run by an editor"):
            ana.agreement.report(collection="Sampel")
    for login, own in ((ana_url, [mine.id]), (rini_url, [])):
        with psycopg.connect(login, autocommit=True) as conn:
            assert [r[0] for r in conn.execute("SELECT id FROM annotations")] == own
            assert conn.execute("SELECT count(*) FROM annotation_tags").fetchone()[0] == 0
            assert conn.execute("SELECT count(*) FROM annotation_search"
                                " WHERE doc @@ to_tsquery('kutip', 'zebra')").fetchone()[0] == 0
            assert conn.execute("SELECT count(*) FROM annotations WHERE id = %s",
                                [secret.id]).fetchone()[0] == 0
            # (what a member's Kutip needs to leave them out of the trail: ids, no more)
            assert sorted(r[0] for r in conn.execute(
                "SELECT kutip_unseen_annotations(kutip_my_coder())")) == sorted(
                    {secret.id, mine.id} - set(own))
    searched = CliRunner().invoke(cli, ["--db", ana_url, "search", "zebra", "--json"],
                                  catch_exceptions=False)
    assert searched.exit_code == 0 and "zebra" not in searched.stdout
    with psycopg.connect(eka_url, autocommit=True) as conn:
        assert sorted(r[0] for r in conn.execute("SELECT id FROM annotations")) == sorted(
            [secret.id, mine.id])
        assert conn.execute("SELECT count(*) FROM annotation_search"
                            " WHERE doc @@ to_tsquery('kutip', 'zebra')").fetchone()[0] == 1
    with Library(eka_url) as editor:
        report = editor.agreement.report(collection="Sampel")
        assert sorted(report.coders) == sorted([f"ana_{n}", f"budi_{n}"])
        assert set(editor.agreement.passages(seed_id)[0].versions) == {
            f"ana_{n}", f"budi_{n}"}
    with Library(budi_url) as budi:  # budi's own work: all there for budi
        assert [a.id for a in budi.annotations.where(article_ids=[seed_id])] == [secret.id]
    assert _read_policies(url) == {"hiding"}
    with Library(eka_url) as editor:  # coded blind no more: everyone's to read again
        editor.coders.set_blind(collection, False)
    assert _read_policies(url) == {"true"}
    with psycopg.connect(ana_url, autocommit=True) as conn:
        assert sorted(r[0] for r in conn.execute("SELECT id FROM annotations")) == sorted(
            [secret.id, mine.id])


def test_a_coder_may_not_ask_what_another_coder_cannot_see(team_library):
    """R18-2: ``kutip_unseen_annotations(viewer)`` and ``kutip_unseen_uses(viewer)`` run
    with their owner's rights and trusted the viewer named: ana asking for viewer -1 got
    the ids of every blind annotation, and for cici's coder those of everyone but cici (so
    how many each colleague made, and the speakers and tags each used there). Now a coder
    or a reader is answered for their own coder whatever viewer they name; an editor, who
    reads all of it, still for the viewer named (PostgreSQL migration 0029)."""
    url, member, n = team_library
    ana_url, cici_url, dodi_url = (member(name, "coder") for name in ("ana", "cici", "dodi"))
    rini_url, eka_url = member("rini", "reader"), member("eka", "editor")
    seed_id, collection = _seed_coded_blind(url)
    made = {}
    for name, login in (("ana", ana_url), ("cici", cici_url), ("dodi", dodi_url)):
        with Library(login) as coder:
            made[name] = coder.annotations.add_exact(
                seed_id, LAVROV, kind="quote", speaker=f"{name} speaker", tags=[f"{name}-tag"])
    with psycopg.connect(url, autocommit=True) as conn:
        coder_of = {name: conn.execute("SELECT id FROM coders WHERE login = %s",
                                       [f"{name}_{n}"]).fetchone()[0]
                    for name in ("ana", "cici", "dodi")}

    def asked(login, viewer):
        with psycopg.connect(login, autocommit=True) as conn:
            ids = {r[0] for r in conn.execute("SELECT kutip_unseen_annotations(%s)", [viewer])}
            uses = {tuple(r) for r in conn.execute(
                "SELECT what, id FROM kutip_unseen_uses(%s)", [viewer])}
            return ids, uses

    own = asked(ana_url, coder_of["ana"])
    assert own[0] == {made["cici"].id, made["dodi"].id}
    for forged in (-1, coder_of["cici"], coder_of["dodi"], None):
        assert asked(ana_url, forged) == own, forged
    everyone = {m.id for m in made.values()}
    for forged in (-1, coder_of["ana"]):  # a reader: none of the blind work, as before
        assert asked(rini_url, forged)[0] == everyone
    # an editor reads it all: asking for a coder is what their Kutip may need
    assert asked(eka_url, coder_of["cici"])[0] == {made["ana"].id, made["dodi"].id}
    assert asked(eka_url, -1)[0] == everyone
    with Library(ana_url) as ana:  # ana's own Kutip goes on as before
        assert ana.annotations.hidden_ids() == {made["cici"].id, made["dodi"].id}
        assert [n.id for n in ana.annotations.where(article_ids=[seed_id])] == [
            made["ana"].id]


def _read_policies(url):
    """How the read policies of annotations, their tags and their search index read:
    'true', or 'hiding' (another coder's blind work)."""
    with psycopg.connect(url, autocommit=True) as conn:
        return {"true" if qual == "true" else "hiding" for (qual,) in conn.execute(
            "SELECT qual FROM pg_policies WHERE policyname IN ('annotations_read',"
            " 'annotation_tags_read', 'annotation_search_read')")}


def test_the_read_policies_hide_only_while_a_collection_is_coded_blind(team_library):
    """Nothing coded blind, the read policies are ``true``: a coder's counts keep their
    index-only scans (a condition on the rows cost 16× on a speaker's quotes)."""
    url, member, _n = team_library
    assert _read_policies(url) == {"true"}
    with Library(url) as owner:
        first = owner.collections.id_of("Satu", create=True)
        second = owner.collections.id_of("Dua", create=True)
        owner.coders.set_blind(first)
        assert _read_policies(url) == {"hiding"}
        owner.coders.set_blind(second)
        owner.coders.set_blind(first, False)
        assert _read_policies(url) == {"hiding"}  # (the second still is)
        owner.collections.delete(second)
    assert _read_policies(url) == {"true"}


def test_a_library_of_schema_24_with_its_trail_built_is_upgraded_without_loss(
        team_library, pg_server, monkeypatch):
    """A team library set up before 0025 whose trail a coder built (as 0024 let them): the
    owner's ``kutip team init`` upgrades it; every row stays, the Quotes list is the same
    for every member, and from then on the coder may not write the trail."""
    steps = pg_migrations.migrations.steps
    assert steps[24][0] == "0025_roles_enforced"
    n = next(_older)
    url = pg_server.url(f"team_old_{n}")
    monkeypatch.setattr(pg_migrations.migrations, "steps", steps[:24])
    monkeypatch.setattr(pg_migrations, "SCHEMA_VERSION", 24)
    made = CliRunner().invoke(cli, ["team", "init", url], catch_exceptions=False)
    assert made.exit_code == 0, made.output
    logins = {}
    for login, role in (("ana", "coder"), ("eka", "editor")):
        name = f"old{n}_{login}"
        pg_server.set_password(name, f"pw-{name}")
        added = CliRunner().invoke(cli, ["team", "add-user", url, name, "--role", role],
                                   input=f"pw-{name}\npw-{name}\n", catch_exceptions=False)
        assert added.exit_code == 0, added.output
        logins[login] = pg_server.url(f"team_old_{n}", name)
    _lavrov_in_three_outlets(url)
    before = _listed(logins["ana"])  # built by the coder, as 0024 let them
    assert [c["outlets"] for c in before] == [3]
    counts = _counts(url)
    assert counts["trail_items"] and counts["trail_found_speakers"] and counts["trail_sigs"]
    monkeypatch.undo()
    with pytest.raises(StoreError, match="older schema"):
        Library(logins["ana"])
    upgraded = CliRunner().invoke(cli, ["team", "init", url], catch_exceptions=False)
    assert upgraded.exit_code == 0, upgraded.output
    assert f"schema {pg_migrations.SCHEMA_VERSION} (" in upgraded.output
    with psycopg.connect(url, autocommit=True) as conn:
        assert "0025_roles_enforced" in {r[0] for r in conn.execute(
            "SELECT name FROM kutip_migrations")}
    assert {t: c for t, c in _counts(url).items() if t in counts} == counts  # (and new ones)
    assert _listed(logins["ana"]) == before == _listed(logins["eka"])
    with psycopg.connect(logins["ana"], autocommit=True) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE trail_clusters SET speaker = 'Mallory Mischief'")
    with Library(logins["eka"]) as editor:  # the editor's Kutip keeps it from here on
        assert editor.trail.rebuild().rebuilt
        assert [c.outlets for c in editor.trail.clusters()] == [3]


def test_no_member_may_move_an_id_sequence_past_the_rows_written(team_library):
    """Migration 0026: a reader may not call kutip_ids_taken at all; a coder's call moves a
    sequence no further than the highest id written, so the next annotation still gets
    one (was: any member could exhaust the annotations' ids for everyone)."""
    url, member, _n = team_library
    with Library(url) as owner:
        owner.imports.paths([seeds_dir()])
        seed_id = owner.articles.ids()[0]
    ana, rini = member("ana", "coder"), member("rini", "reader")
    with psycopg.connect(rini, autocommit=True) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT kutip_ids_taken('annotations_id_seq', 9223372036854775806)")
    with Library(ana) as coder:
        first = coder.annotations.add_exact(seed_id, LAVROV, kind="quote")
        with psycopg.connect(ana, autocommit=True) as conn:
            for seq in ("annotations_id_seq", "articles_id_seq", "trail_items_id_seq"):
                conn.execute("SELECT kutip_ids_taken(%s, 9223372036854775806)", [seq])
            with pytest.raises(psycopg.errors.RaiseException):  # (not an id sequence)
                conn.execute("SELECT kutip_ids_taken('kutip_migrations', 5)")
        assert coder.annotations.add_exact(seed_id, LAVROV, kind="claim").id == first.id + 1
    with Library(url) as owner:  # a row put back under its own id: that id stays taken
        again = owner.annotations.add_exact(seed_id, LAVROV, kind="highlight")
        assert again.id == first.id + 2


def test_no_member_may_move_an_id_sequence_back_by_spelling_its_name_otherwise(
        team_library):
    """R18-10: 0026's function set the sequence however its name was spelt but read its
    value by the raw name, so ``'public.annotations_id_seq'`` read 0 and moved the
    sequence back to 1: every member's next annotations failed on ids taken (PostgreSQL
    migration 0030)."""
    url, member, _n = team_library
    with Library(url) as owner:
        owner.imports.paths([seeds_dir()])
        seed_id = owner.articles.ids()[0]
        made = [owner.annotations.add_exact(seed_id, LAVROV, kind=kind).id
                for kind in ("quote", "claim", "highlight")]
    ana = member("ana", "coder")
    with psycopg.connect(ana, autocommit=True) as conn:
        for seq in ("public.annotations_id_seq", '"annotations_id_seq"',
                    'public."annotations_id_seq"', "public.articles_id_seq"):
            conn.execute("SELECT kutip_ids_taken(%s, 1)", [seq])
    with Library(ana) as coder:  # everyone's next writes go on
        assert coder.annotations.add_exact(seed_id, LAVROV, kind="quote").id == made[-1] + 1
        assert coder.articles.count() == 1
    with Library(url) as owner:
        owner.imports.paths([DATA / "antara-lavrov.txt"])
        assert owner.articles.count() == 2


_older = iter(range(1, 1_000_000))
