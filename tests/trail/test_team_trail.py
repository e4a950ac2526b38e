"""The quote trail on a team library (PostgreSQL, issue 16).

Every scenario of ``test_library_trail`` runs here again on a team library (its library
fixtures are overridden below: a team library starts empty, so the seed is imported into
it). Then what a trail shared on a server adds: new rows are queued, so one committed
after a later one is not missed; two members bringing it up to date at once never take a
quotation in twice; a rebuild forgets only what it saw; an editor keeps it, and a reader
or a coder reads it and may not write it, even with psql (migration 0025); another
member's change reaches an open library through the change notices; blind coding holds as
in a library file; and the command line shows it."""

import json
import threading
import time

import psycopg
import pytest
from click.testing import CliRunner

from reader.cli import cli
from reader.core.library import Library, LibraryError, NotFound
from reader.core.models import ImportedArticle
from reader.core.paths import seeds_dir
from reader.core.store.postgres import PgDatabase, PgStores

from .conftest import DATA, LAVROV
from .test_library_trail import *  # noqa: F403  (the same scenarios, on a team library)

# on a team library a bulk import is queued (below), not found above a mark
del test_a_bulk_import_queues_nothing_but_is_found_by_id  # noqa: F821


def _seeded(url):
    library = Library(url)
    library.imports.paths([seeds_dir()])  # (a team library starts empty)
    return library


@pytest.fixture
def seeded_library(pg_url):
    library = _seeded(pg_url)
    yield library
    library.close()


@pytest.fixture
def fresh_library(pg_url):
    library = Library(pg_url)
    yield library
    library.close()


def _copy(source, content_hash, published="2021-12-26"):
    return ImportedArticle(title=f"Lavrov ({source})", source=source, published=published,
                           content_hash=content_hash,
                           text=f"Moskow – “{LAVROV},” kata Lavrov kepada wartawan.")


def _outlets(lib, quote):
    return [v.source for v in lib.trail.trail(quote).versions]


# ---------------------------------------------------------------- what a server adds
def test_a_bulk_import_is_queued_set_based_and_taken_in(three_outlets):
    lib, quote, _ = three_outlets
    quote = quote.id
    lib.trail.refresh()
    lib.bulk.add_articles([_copy("Tempo", "tempo"), _copy("Kompas", "kompas")])
    assert lib.trail.pending() == 2  # both articles, queued by one statement's trigger
    assert _outlets(lib, quote) == ["MINA", "ANTARA", "Republika", "Tempo", "Kompas"]
    assert lib.trail.pending() == 0


def test_a_quote_committed_after_a_later_one_is_not_missed(seeded_library, seed_id, pg_url):
    """Ids are handed out when rows are written, not when they are committed: an article
    written first (a lower id) and committed after another member's later one, which the
    trail has already taken in, is still taken in."""
    lib = seeded_library
    quote = lib.annotations.add_exact(seed_id, LAVROV, kind="quote", speaker="Lavrov").id
    assert _outlets(lib, quote) == ["MINA"]
    slow = psycopg.connect(pg_url)  # a transaction left open: its article not committed
    slow.execute("INSERT INTO articles (title, source, published, text) VALUES (%s, %s, %s,"
                 " %s)", ["Lavrov", "Tempo", "2021-12-25", _copy("Tempo", "t").text])
    with Library(pg_url) as other:
        other.articles.add(_copy("Kompas", "kompas"))  # a higher id, committed first
        assert _outlets(other, quote) == ["MINA", "Kompas"]  # taken in (and refreshed)
    slow.commit()
    slow.close()
    assert _outlets(lib, quote) == ["MINA", "Tempo", "Kompas"]


def test_two_members_bringing_it_up_to_date_at_once_take_nothing_in_twice(three_outlets,
                                                                           pg_url):
    lib, quote, _ = three_outlets
    quote = quote.id
    lib.trail.refresh()
    lib.articles.add(_copy("Tempo", "tempo"))
    stores = lib._session.stores
    with Library(pg_url) as other, stores.transaction():
        assert stores.trail.pending()  # this one is at it (it holds the trail's lock) …
        report = other.trail.refresh()  # … so the other leaves the queue to it, not waiting
        assert report.processed == 0 and other.trail.pending() == 1
    lib.trail.refresh()
    with Library(pg_url) as other:
        assert _outlets(other, quote) == ["MINA", "ANTARA", "Republika", "Tempo"]
        assert other.trail.pending() == 0
    items = lib.stores.db.execute("SELECT count(*), count(DISTINCT (article_id, start, \"end\"))"
                           " FROM trail_items").fetchone()
    assert items[0] == items[1]  # no quotation twice


def test_a_second_members_first_use_waits_for_the_build_rather_than_building_again(
        seeded_library, seed_id, pg_url):
    """Two members open the Quotes view of a team library whose trail is not built: the
    second waits for the first one's build and only catches up (it used to build it all
    again once the first had committed)."""
    lib = seeded_library
    quote = lib.annotations.add_exact(seed_id, LAVROV, kind="quote", speaker="Lavrov").id
    lib.imports.paths([DATA / "antara-lavrov.txt", DATA / "republika-lavrov.txt"])
    building = threading.Event()
    reports = {}

    def first_member_progress(stage, done, total):
        if stage == "quotes" and not building.is_set():
            building.set()  # (it holds the trail's lock from here to its commit)
            time.sleep(1.0)

    def first_member():
        with Library(pg_url) as first:
            reports["first"] = first.trail.refresh(first_member_progress)

    thread = threading.Thread(target=first_member)
    thread.start()
    try:
        assert building.wait(60)
        with Library(pg_url) as second:
            reports["second"] = second.trail.refresh()
            assert _outlets(second, quote) == ["MINA", "ANTARA", "Republika"]
    finally:
        thread.join(60)
    assert reports["first"].rebuilt
    assert not reports["second"].rebuilt  # it waited, then found the trail built
    items = lib.stores.db.execute("SELECT count(*), count(DISTINCT (article_id, start))"
                                  " FROM trail_items").fetchone()
    assert items[0] == items[1]


def test_a_rebuild_forgets_only_the_changes_committed_before_it_began(pg_url):
    stores = PgStores(PgDatabase.connect(pg_url))
    writer = PgDatabase.connect(pg_url)
    try:
        writer.execute("INSERT INTO articles (title, text) VALUES ('Satu', 'Satu.')")
        with stores.transaction():
            assert stores.trail.pending_count() == 1  # a rebuild begins (and reads)
            writer.execute("INSERT INTO articles (title, text) VALUES ('Dua', 'Dua.')")
            stores.trail.forget_all_pending()  # what it took in
        assert [ref for _, _, ref in stores.trail.pending()] == [2]  # Dua: after it began
    finally:
        writer.close()
        stores.close()


def _team_with_lavrov(team_library):
    """The seed and two outlets imported by the library's owner, Lavrov's quotation
    annotated; the trail not built yet."""
    url, member, n = team_library
    with _seeded(url) as owner:
        seed_id = owner.articles.ids()[0]
        quote = owner.annotations.add_exact(seed_id, LAVROV, kind="quote", speaker="Lavrov")
        owner.imports.paths([DATA / "antara-lavrov.txt", DATA / "republika-lavrov.txt"])
    return url, member, seed_id, quote.id


def test_readers_and_coders_read_the_trail_an_editor_keeps_and_may_not_write_it(
        team_library):
    url, member, _seed_id, quote = _team_with_lavrov(team_library)
    rini, ana, eka = member("rini", "reader"), member("ana", "coder"), member("eka", "editor")
    with Library(rini) as reader, Library(ana) as coder:
        for member_ in (reader, coder):
            assert member_.trail.pending() == 0  # none for them to take in
            with pytest.raises(LibraryError, match="not built yet.*may only read it"):
                member_.trail.clusters()
        with Library(eka) as editor:
            assert [c.outlets for c in editor.trail.clusters()] == [3]  # built by the editor
        assert [c.outlets for c in reader.trail.clusters()] == [3]
        assert _outlets(reader, quote) == ["MINA", "ANTARA", "Republika"]
        assert _outlets(coder, quote) == ["MINA", "ANTARA", "Republika"]
        with Library(url) as owner:
            owner.articles.add(_copy("Tempo", "tempo"))
        assert _outlets(reader, quote) == ["MINA", "ANTARA", "Republika"]  # as last kept
        assert _outlets(coder, quote) == ["MINA", "ANTARA", "Republika"]
        with Library(eka) as editor:
            editor.trail.refresh()
            waiting = editor.stores.trail.delta_size()
        assert waiting > 0  # the editor's catch-up appended its postings beside the buckets
        assert _outlets(reader, quote) == ["MINA", "ANTARA", "Republika", "Tempo"]
        assert _outlets(coder, quote) == ["MINA", "ANTARA", "Republika", "Tempo"]
    for login in (rini, ana):
        with psycopg.connect(login, autocommit=True) as conn:  # refused, psql too
            for statement in ("DELETE FROM trail_items", "UPDATE trail_clusters SET size = 9",
                              "INSERT INTO trail_state VALUES ('built', '')",
                              "DELETE FROM trail_pending",
                              # (migration 0018: what a catch-up appends and counts)
                              "DELETE FROM trail_postings_new",
                              "UPDATE trail_words SET part = 9"):
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    conn.execute(statement)
    with psycopg.connect(eka, autocommit=True) as conn:  # the queue: written by triggers
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO trail_pending (kind, ref) VALUES ('article', 1)")


def test_another_members_change_reaches_an_open_library(team_library):
    url, member, _seed_id, quote = _team_with_lavrov(team_library)
    eka, rini = member("eka", "editor"), member("rini", "reader")
    with Library(eka) as coder, Library(rini) as reader:  # (an editor keeps the trail)
        assert _outlets(coder, quote) == ["MINA", "ANTARA", "Republika"]  # built
        reader.poll_external()  # (the reader heard of the build)
        assert coder.poll_external() is None and reader.poll_external() is None
        with Library(url) as owner:
            owner.articles.add(_copy("Tempo", "tempo"))
        changes = coder.poll_external()  # the article's notice
        assert changes is not None and changes.external
        assert _outlets(coder, quote) == ["MINA", "ANTARA", "Republika", "Tempo"]
        assert reader.poll_external() is not None  # the article's, and the editor's update
        assert _outlets(reader, quote) == ["MINA", "ANTARA", "Republika", "Tempo"]


def test_coding_blind_hides_another_coders_quotes_in_the_team_trail(team_library):
    url, member, n = team_library
    ana_url, budi_url = member("ana", "coder"), member("budi", "coder")
    with _seeded(url) as owner:
        seed_id = owner.articles.ids()[0]
        collection = owner.collections.id_of("Sampel", create=True)
        owner.collections.add([seed_id], collection)
    with Library(ana_url) as ana:
        mine = ana.annotations.add_exact(seed_id, "Kami tidak ingin berperang", kind="quote")
    with Library(member("eka", "editor")) as editor:
        editor.trail.refresh()  # (an editor keeps the trail: migration 0025)
    with Library(budi_url) as budi:
        cluster = budi.trail.cluster_of(mine.id)
        assert [m.annotation_id for m in budi.trail.members(cluster)] == [mine.id]
        with Library(url) as owner:
            owner.coders.set_blind(collection)
        assert budi.trail.members(cluster) == []
        with pytest.raises(NotFound):
            budi.trail.trail_of_cluster(cluster)
    with Library(ana_url) as ana:
        assert [v.annotation_id for v in ana.trail.trail_of_cluster(cluster).versions] == [
            mine.id]


def test_the_command_line_lists_quotes_and_prints_a_trail_of_a_team_library(team_library):
    url, member, _seed_id, quote = _team_with_lavrov(team_library)
    eka, ana = member("eka", "editor"), member("ana", "coder")
    listed = CliRunner().invoke(cli, ["--db", eka, "quotes", "--json"],
                                catch_exceptions=False)  # (built by the editor's Kutip)
    assert listed.exit_code == 0, listed.output
    [cluster] = json.loads(listed.output)
    assert cluster["outlets"] == 3 and quote in [m["annotation_id"]
                                                 for m in cluster["members"]]
    as_coder = CliRunner().invoke(cli, ["--db", ana, "quotes", "--json"],
                                  catch_exceptions=False)
    assert json.loads(as_coder.output) == [cluster]
    shown = CliRunner().invoke(cli, ["--db", member("rini", "reader"), "trail", str(quote)],
                               catch_exceptions=False)
    assert shown.exit_code == 0, shown.output
    assert shown.output.index("MINA") < shown.output.index("ANTARA") < shown.output.index(
        "Republika")


def test_a_reader_is_told_when_the_trail_is_behind_the_library(team_library):
    """REVIEW10 obs-15: a reader's Kutip may not bring the trail up to date, so it says in
    one line how far behind it is and who brings it up to date; a coder's too (migration
    0025), counting the articles they annotated since."""
    url, member, _seed_id, quote = _team_with_lavrov(team_library)
    rini, eka = member("rini", "reader"), member("eka", "editor")
    with Library(eka) as editor:
        editor.trail.clusters()  # built by the editor
        assert editor.trail.behind() is None
    with Library(rini) as reader:
        assert reader.trail.behind() is None  # up to date
        with Library(url) as owner:
            owner.articles.add(_copy("Tempo", "tempo"))
            owner.articles.add(_copy("Kompas", "kompas"))
        note = reader.trail.behind()
        assert note is not None and note.code == "trail.reader-behind"
        assert note == ("Articles imported, changed or annotated since the quote trail was"
                        " last brought up to date: 2. An editor or the library's owner brings"
                        " it up to date by opening the Quotes view or running kutip quotes.")
        listed = CliRunner().invoke(cli, ["--db", rini, "quotes"])
        assert listed.exit_code == 0
        assert "up to date: 2. An editor or" in listed.stderr
        assert "3 outlets" in listed.stdout and "up to date" not in listed.stdout
        as_json = CliRunner().invoke(cli, ["--db", rini, "quotes", "--json"])
        assert json.loads(as_json.stdout)[0]["outlets"] == 3  # stdout stays JSON
        with Library(member("ana", "coder")) as coder:  # (a coder's quote: one more)
            coder.annotations.add_exact(_seed_id, LAVROV, kind="quote")
            assert "up to date: 3." in str(coder.trail.behind())
        with Library(eka) as editor:
            assert editor.trail.behind() is None  # (its Kutip catches up itself)
            editor.trail.refresh()
        assert reader.trail.behind() is None
        assert _outlets(reader, quote) == ["MINA", "ANTARA", "Republika", "Tempo", "Kompas"]
        assert "up to date" not in CliRunner().invoke(cli, ["--db", rini, "quotes"]).stderr
