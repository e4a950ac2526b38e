"""A team library on PostgreSQL: ``kutip team init``, its members and what the server lets
each role do — enforced by the server itself, so a coder using psql (here: their own login
through psycopg, and psql when installed) cannot change another coder's annotations."""

import shutil
import subprocess

import psycopg
import pytest
from click.testing import CliRunner

from reader.cli import cli
from reader.core.library import LibraryError, team
from reader.core.store import StoreError
from reader.core.store.postgres import PgDatabase, parse_url


@pytest.fixture
def library(team_library):
    """``team_library`` (``tests/conftest.py``) with two articles."""
    url, member, n = team_library
    admin = psycopg.connect(url, autocommit=True)
    admin.execute("INSERT INTO articles (title, text) VALUES ('Satu', 'Kami tidak ingin'),"
                  " ('Dua', 'berperang')")
    admin.close()
    return url, member, n


def annotate(url, article=1, exact="Kami"):
    with psycopg.connect(url, autocommit=True) as conn:
        return conn.execute("INSERT INTO annotations (article_id, kind, exact, start, \"end\")"
                            " VALUES (%s, 'quote', %s, 0, 4) RETURNING id",
                            [article, exact]).fetchone()[0]


def test_init_twice_is_up_to_date_and_users_are_listed(library):
    url, member, n = library
    again = CliRunner().invoke(cli, ["team", "init", url], catch_exceptions=False)
    assert again.exit_code == 0 and "already up to date" in again.output
    member("ana", "coder")
    member("eka", "editor")
    member("ana", "reader")  # a new role replaces the old one
    listed = CliRunner().invoke(cli, ["team", "list-users", url, "--json"],
                                catch_exceptions=False)
    import json
    users = {u["login"]: u["role"] for u in json.loads(listed.output)}
    assert users == {f"ana_{n}": "reader", f"eka_{n}": "editor"}
    removed = CliRunner().invoke(cli, ["team", "remove-user", url, f"ana_{n}"])
    assert "no longer a member" in removed.output
    assert [m.login for m in team.list_users(url)] == [f"eka_{n}"]


def test_a_coder_cannot_change_or_delete_another_coders_annotation(library):
    url, member, _n = library
    ana, budi = member("ana", "coder"), member("budi", "coder")
    mine = annotate(ana)
    with psycopg.connect(budi, autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM annotations").fetchone()[0] == 1  # reads
        # row-level security: ana's row is not there to change for budi
        assert conn.execute("UPDATE annotations SET note = 'mine now' WHERE id = %s",
                            [mine]).rowcount == 0
        assert conn.execute("DELETE FROM annotations WHERE id = %s", [mine]).rowcount == 0
        tag = conn.execute("INSERT INTO tags (name) VALUES ('x') RETURNING id").fetchone()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # nor tagged by budi
            conn.execute("INSERT INTO annotation_tags VALUES (%s, %s)", [mine, tag[0]])
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # nor made in her name
            conn.execute("INSERT INTO annotations (article_id, kind, exact, coder_id)"
                         " SELECT 1, 'quote', 'Kami', coder_id FROM annotations WHERE id = %s",
                         [mine])
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # articles: editors'
            conn.execute("UPDATE articles SET title = 'x'")
        own = conn.execute("INSERT INTO annotations (article_id, kind, exact)"
                           " VALUES (2, 'claim', 'berperang') RETURNING id").fetchone()[0]
        assert conn.execute("UPDATE annotations SET note = 'ok' WHERE id = %s",
                            [own]).rowcount == 1
        conn.execute("INSERT INTO annotation_tags VALUES (%s, %s)", [own, tag[0]])  # theirs
    with psycopg.connect(ana, autocommit=True) as conn:
        assert conn.execute("SELECT note FROM annotations WHERE id = %s",
                            [mine]).fetchone()[0] == ""
        coders = dict(conn.execute("SELECT n.id, c.login FROM annotations n"
                                   " JOIN coders c ON c.id = n.coder_id").fetchall())
    assert coders == {mine: parse_url(ana)["user"], own: parse_url(budi)["user"]}


def test_an_editor_changes_anyones_annotations_and_a_reader_nothing(library):
    url, member, _n = library
    ana, eka, rini = member("ana", "coder"), member("eka", "editor"), member("rini", "reader")
    mine = annotate(ana)
    with psycopg.connect(eka, autocommit=True) as conn:
        assert conn.execute("UPDATE annotations SET verdict = 'false' WHERE id = %s",
                            [mine]).rowcount == 1
        conn.execute("UPDATE articles SET title = 'Satu (edited)' WHERE id = 1")
    with psycopg.connect(rini, autocommit=True) as conn:
        assert conn.execute("SELECT verdict FROM annotations").fetchone()[0] == "false"
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO annotations (article_id, kind, exact)"
                         " VALUES (1, 'quote', 'Kami')")
    with psycopg.connect(ana, autocommit=True) as conn:  # counts kept for the coder too
        assert conn.execute("SELECT quotes FROM articles WHERE id = 1").fetchone()[0] == 1


@pytest.mark.skipif(shutil.which("psql") is None, reason="psql is not installed")
def test_even_with_psql_a_coder_cannot_delete_anothers_annotation(library, pg_server):
    url, member, _n = library
    ana, budi = member("ana", "coder"), member("budi", "coder")
    mine = annotate(ana)
    done = subprocess.run(["psql", budi, "-At", "-c", f"DELETE FROM annotations WHERE id = {mine}"],
                          capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "DELETE 0", done.stderr
    done = subprocess.run(["psql", budi, "-At", "-c", "DELETE FROM articles"],
                          capture_output=True, text=True, timeout=60)
    assert "permission denied" in done.stderr
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT count(*) FROM annotations").fetchone()[0] == 1


def test_other_people_cannot_connect_at_all(library, pg_server):
    url, _member, n = library
    pg_server.set_password(f"stranger_{n}", "pw")
    with psycopg.connect(pg_server.url(), autocommit=True) as admin:
        admin.execute(f"CREATE ROLE stranger_{n} LOGIN PASSWORD 'pw'")
    with pytest.raises(psycopg.OperationalError, match="permission denied"):
        psycopg.connect(url.replace("kutip_test_admin@", f"stranger_{n}@"))


def test_a_password_in_the_url_is_refused_and_bad_names_are_refused(library):
    url, _member, _n = library
    with_password = url.replace("kutip_test_admin@", "kutip_test_admin:secret@")
    result = CliRunner().invoke(cli, ["team", "list-users", with_password])
    assert result.exit_code == 1 and "~/.pgpass" in result.output
    assert "secret" not in result.output
    with pytest.raises(StoreError, match="must not contain a password"):
        PgDatabase.connect(with_password)
    with pytest.raises(LibraryError, match="not a usable login"):
        team.add_user(url, "x; DROP TABLE articles", "coder", None)
    result = CliRunner().invoke(cli, ["team", "add-user", url, "ana", "--role", "boss"])
    assert result.exit_code == 2 and "boss" in result.output


def test_a_library_not_initialised_is_named_with_what_to_do(pg_server):
    with psycopg.connect(pg_server.url(), autocommit=True) as admin:
        admin.execute("CREATE DATABASE empty_team")
    result = CliRunner().invoke(cli, ["team", "list-users", pg_server.url("empty_team")])
    assert result.exit_code == 1 and "kutip team init" in result.output
    assert "not a Kutip team library" in result.output


def test_an_unreachable_server_is_one_line():
    result = CliRunner().invoke(cli, ["team", "list-users",
                                      "postgresql://nobody@127.0.0.1:1/x?connect_timeout=2"])
    assert result.exit_code == 1 and "Cannot open the team library" in result.output
    assert "Traceback" not in result.output


def test_the_second_save_of_an_annotation_changed_meanwhile_is_refused_naming_who(library):
    from reader.core.store.errors import ChangedMeanwhile
    from reader.core.store.postgres import PgStores

    _url, member, n = library
    ana = PgStores(PgDatabase.connect(member("ana", "coder")))
    eka = PgStores(PgDatabase.connect(member("eka", "editor")))
    try:
        with ana.transaction():
            mine = ana.annotations.insert({"article_id": 1, "kind": "quote", "exact": "Kami",
                                           "start": 0, "end": 4})
        list(ana.annotations.of_article(1).rows)  # both have it open
        list(eka.annotations.of_article(1).rows)
        with eka.transaction():
            eka.annotations.update(mine, {"note": "cek ulang"})
        with pytest.raises(ChangedMeanwhile, match=f"eka_{n} changed this annotation") as err:
            with ana.transaction():
                ana.annotations.update(mine, {"note": "sudah dicek"})
        assert err.value.by == f"eka_{n}" and "nothing of theirs was overwritten" in str(err.value)
        assert ana.annotations.get(mine)["note"] == "cek ulang"  # theirs stays
        list(ana.annotations.of_article(1).rows)  # ana sees it (the app lists it again) ...
        with ana.transaction():  # ... and may save over it now
            ana.annotations.update(mine, {"note": "sudah dicek"})
        assert eka.annotations.get(mine)["note"] == "sudah dicek"
        list(ana.annotations.of_article(1).rows)  # both see the same version again
        list(eka.annotations.of_article(1).rows)
        with ana.transaction():
            ana.annotations.update(mine, {"note": "versi ana"})
        with pytest.raises(ChangedMeanwhile, match=f"ana_{n} changed this annotation"):
            with eka.transaction():  # a delete of what someone changed meanwhile: refused
                eka.annotations.delete([mine])
        assert eka.annotations.get(mine)["note"] == "versi ana"
        budi = PgStores(PgDatabase.connect(member("budi", "coder")))
        with pytest.raises(StoreError, match=f"ana_{n}'s: your login may change only your own"):
            with budi.transaction():
                budi.annotations.update(mine, {"note": "punyaku"})
        with pytest.raises(StoreError, match="may change only your own"):
            with budi.transaction():
                budi.annotations.delete([mine])
        budi.close()
    finally:
        ana.close()
        eka.close()


def test_a_member_codes_as_their_login(library, tmp_path):
    from reader.core.library import Library

    _url, member, n = library
    with Library(member("ana", "coder")) as ana:
        assert ana.coders.fixed == ana.coders.current == f"ana_{n}"
        ana.coders.use(f"ANA_{n}")  # themselves, however written
        with pytest.raises(LibraryError, match=f"you code as your login, ana_{n}"):
            ana.coders.use("Budi")
        assert ana.coders.current == f"ana_{n}"
    with Library(tmp_path / "own.sqlite") as own:  # a file: anyone may be chosen
        assert own.coders.fixed is None
        own.coders.use("Budi")
        assert own.coders.current == "Budi"


def test_an_editor_brings_coders_but_not_who_logs_in_as_them(library):
    _url, member, n = library
    with psycopg.connect(member("eka", "editor"), autocommit=True) as conn:
        conn.execute("INSERT INTO coders (name, uuid, created_at) VALUES ('Ana', NULL, '')")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO coders (name, login) VALUES ('Mallory', 'admin')")
    with psycopg.connect(member("budi", "coder"), autocommit=True) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO coders (name) VALUES ('Budi2')")


def test_a_coder_touches_only_their_own_dismissals_and_no_merge_bookkeeping(library):
    from reader.core.store.postgres import PgStores

    _url, member, n = library
    ana = PgStores(PgDatabase.connect(member("ana", "coder")))
    budi_url = member("budi", "coder")
    try:
        with ana.transaction():
            ana.suggestions.dismiss(1, "quote", "Kami", "2025-01-01T00:00:00+00:00")
        budi_id = None
        with psycopg.connect(budi_url, autocommit=True) as budi:
            budi_id = budi.execute("SELECT kutip_my_coder()").fetchone()[0]
            assert budi.execute("DELETE FROM dismissed_suggestions").rowcount == 0
            assert budi.execute("UPDATE dismissed_suggestions SET coder_id = %s",
                                [budi_id]).rowcount == 0
            with pytest.raises(psycopg.errors.InsufficientPrivilege):  # in ana's name
                budi.execute("INSERT INTO dismissed_suggestions (article_id, kind, exact,"
                             " coder_id) SELECT 2, 'quote', 'x', coder_id"
                             " FROM dismissed_suggestions")
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                budi.execute("INSERT INTO merge_versions VALUES ('u', 'f')")
        assert ana.suggestions.dismissed(1) == [("quote", "Kami")]
        assert budi_id is not None
    finally:
        ana.close()


@pytest.mark.parametrize("area", ["tags", "speakers"])
def test_two_members_making_the_same_new_tag_or_speaker_at_once_share_it(library, area):
    """Found by bench/postgres.py's 10 coders: each made the parent tag "bench" of their own
    "bench/<login>" at the same moment and one save failed on the unique name."""
    import threading

    from reader.core.store.postgres import PgStores

    _url, member, _n = library
    ana = PgStores(PgDatabase.connect(member("ana", "coder")))
    budi = PgStores(PgDatabase.connect(member("budi", "coder")))
    got, failed = {}, []

    def second() -> None:
        try:
            with budi.transaction():  # waits on ana's uncommitted row, then sees it
                got["budi"] = getattr(budi, area).insert("Framing", *(
                    ["#000000"] if area == "tags" else []))
        except StoreError as error:
            failed.append(error)

    try:
        with ana.transaction():
            got["ana"] = getattr(ana, area).insert("framing", *(
                ["#000000"] if area == "tags" else []))
            waiting = threading.Thread(target=second)
            waiting.start()
            waiting.join(0.5)  # budi is blocked on ana's row until she commits
            assert waiting.is_alive()
        waiting.join(30)
        assert failed == [] and got["budi"] == got["ana"]
        assert getattr(ana, area).find("FRAMING") == got["ana"]
    finally:
        ana.close()
        budi.close()


def test_add_user_refuses_group_roles_the_owner_and_logins_of_other_teams(library, pg_server):
    """R18-14: ``add-user URL <db>_editor --role reader`` took the editor group out of the
    coder group (every editor then refused, reported as success), the owner's own login
    had its password reset, and another team's member was made one here with a new
    password, without a word. Now each is refused in one line and nothing changes; a
    login of the server's is made a member only with --existing, its password left."""
    url, member, n = library
    eka = member("eka", "editor")
    annotate(eka)  # the editor may write
    groups = {(m.login, m.role) for m in team.list_users(url)}
    db = parse_url(url)["dbname"]
    runner = CliRunner()
    for login in (f"{db}_editor", f"{db}_coder", "kutip_test_admin"):
        result = runner.invoke(cli, ["team", "add-user", url, login, "--role", "reader",
                                     "--no-password"])
        assert result.exit_code == 1 and "nothing was changed" in result.output, result.output
        assert "\n" not in result.output.strip()
        result = runner.invoke(cli, ["team", "remove-user", url, login])
        assert result.exit_code == 1 and "nothing was changed" in result.output, result.output
    annotate(eka)  # still an editor: nothing was revoked
    assert {(m.login, m.role) for m in team.list_users(url)} == groups
    with psycopg.connect(pg_server.url(), autocommit=True) as admin:  # another team's
        admin.execute(f"CREATE ROLE other_{n} LOGIN PASSWORD 'theirs'")
    result = runner.invoke(cli, ["team", "add-user", url, f"other_{n}", "--role", "coder"],
                           input="mine\nmine\n")
    assert result.exit_code == 1 and "--existing" in result.output
    assert {(m.login, m.role) for m in team.list_users(url)} == groups
    result = runner.invoke(cli, ["team", "add-user", url, f"other_{n}", "--role", "coder",
                                 "--existing"])
    assert result.exit_code == 0 and "Password" not in result.output, result.output
    pg_server.set_password(f"other_{n}", "theirs")  # their password still works
    theirs = url.replace("kutip_test_admin@", f"other_{n}@")
    annotate(theirs)
    assert {m.login: m.role for m in team.list_users(url)}[f"other_{n}"] == "coder"
