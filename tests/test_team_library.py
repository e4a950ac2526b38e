"""A Library over a team library (PostgreSQL): ``kutip --db postgresql://…`` and
``KUTIP_DB`` open it, its areas work through the PostgreSQL stores, and each open library
hears about the others' writes (LISTEN/NOTIFY) through the same ``poll_external``."""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from reader.cli import cli
from reader.core.library import Library, open_library
from reader.core.store import StoreError
from reader.core.store.postgres import parse_url

ROOT = Path(__file__).resolve().parents[1]


def test_a_url_opens_a_team_library_with_its_areas(pg_url):
    library = Library(pg_url)
    try:
        assert library.path == pg_url
        studi = library.collections.create("Studi")
        library.tags.create("framing/threat")
        assert [c.name for c in library.collections.all()] == ["Studi"]
        assert [t.name for t in library.tags.all()] == ["framing/threat"]
        assert library.collections.id_of("studi") == studi.id
        assert library.coders.current == "default"
    finally:
        library.close()


def test_the_command_line_takes_a_url_from_db_and_from_kutip_db(pg_url, monkeypatch):
    library = Library(pg_url)
    library.tags.create("sumber")
    library.close()
    result = CliRunner().invoke(cli, ["--db", pg_url, "tags", "--json"],
                                catch_exceptions=False)
    assert result.exit_code == 0 and '"sumber"' in result.output
    monkeypatch.setenv("KUTIP_DB", pg_url)
    result = CliRunner().invoke(cli, ["tags"], catch_exceptions=False)
    assert result.exit_code == 0 and "sumber" in result.output
    with open_library() as library:  # the default library is $KUTIP_DB's team library
        assert library.path == pg_url and library.tags.names() == ["sumber"]


def test_a_server_that_cannot_be_reached_is_one_line():
    with pytest.raises(StoreError, match="Cannot open the team library"):
        Library("postgresql://nobody@127.0.0.1:1/x?connect_timeout=2")
    result = CliRunner().invoke(cli, ["--db", "postgresql://nobody@127.0.0.1:1/x"
                                      "?connect_timeout=2", "tags"])
    assert result.exit_code == 1 and "Cannot open the team library" in result.output
    assert "Traceback" not in result.output


def test_another_process_writing_is_heard_within_a_second_or_two(pg_url):
    library = Library(pg_url)
    heard = []
    library.subscribe(heard.append)
    try:
        assert library.poll_external() is None
        library.collections.create("Mine")  # its own write is not news
        assert library.poll_external() is None
        code = ("import sys; from reader.core.library import Library;"
                " lib = Library(sys.argv[1]); lib.collections.create('Theirs'); lib.close()")
        subprocess.run([sys.executable, "-c", code, pg_url], cwd=ROOT, check=True,
                       env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)
        deadline = time.monotonic() + 2
        changes = library.poll_external()
        while changes is None and time.monotonic() < deadline:
            time.sleep(0.05)
            changes = library.poll_external()
        assert changes is not None and changes.external
        assert heard[-1] is changes
        assert {c.name for c in library.collections.all()} == {"Mine", "Theirs"}
        assert library.poll_external() is None  # once
    finally:
        library.close()
    assert library.poll_external() is None  # closed: no news, no error


def test_a_lost_connection_is_one_message_and_the_next_call_reconnects(pg_url, pg_server):
    import psycopg

    library = Library(pg_url)
    try:
        version = library._session.stores.data_version()
        with psycopg.connect(pg_server.url(), autocommit=True) as admin:  # the server drops it
            name = parse_url(pg_url)["dbname"]
            admin.execute("SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity"
                          " WHERE datname = %s AND application_name = 'kutip'", [name])
        with pytest.raises(StoreError, match="connection to the team library was lost"):
            library.collections.create("Hilang")
        assert library.collections.create("Ada").name == "Ada"  # connected again
        assert [c.name for c in library.collections.all()] == ["Ada"]
        # what others wrote while it was away was not heard: the app looks at everything
        assert library._session.stores.data_version() != version
    finally:
        library.close()


def test_a_url_that_lost_its_slashes_never_becomes_a_file(tmp_path, monkeypatch):
    from reader.core.paths import library_location

    monkeypatch.chdir(tmp_path)
    with pytest.raises(StoreError, match="lost its '//'"):
        Library(Path("postgresql://ana@db.example.org/newsdesk"))
    assert list(tmp_path.iterdir()) == []
    assert library_location("postgresql://ana@h/db") == "postgresql://ana@h/db"
    assert library_location("lib.sqlite") == Path("lib.sqlite")


def test_tls_and_service_options_are_passed_through_to_libpq(pg_url):
    params = parse_url("postgresql://ana@db.example.org/newsdesk?sslmode=verify-full"
                       "&sslrootcert=/etc/kutip/ca.pem&connect_timeout=3")
    assert (params["sslmode"], params["sslrootcert"], params["connect_timeout"]) == (
        "verify-full", "/etc/kutip/ca.pem", "3")
    assert parse_url("postgresql:///?service=newsdesk")["service"] == "newsdesk"
    # the throwaway server speaks no TLS: asking for it is refused by libpq, in one line
    with pytest.raises(StoreError, match="Cannot open the team library.*SSL"):
        Library(pg_url + "&sslmode=require")


def test_the_command_line_works_the_same_on_a_team_library(pg_url):
    def kutip(*args):
        result = CliRunner().invoke(cli, ["--db", pg_url, *args], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.output

    assert "1 imported" in kutip("import", str(ROOT / "tests/data/import/antara_banjir.txt"))
    assert "claim “banjir”" in kutip("annotate", "1", "banjir", "--kind", "claim", "--tag",
                                     "bencana")
    assert "[banjir]" in kutip("search", "banjir")
    assert "bencana" in kutip("tags") and "1 annotation(s)" in kutip("coders")
    assert "banjir" in kutip("export", "--format", "md")
    assert "0 imported, 1 already present" in kutip(
        "import", str(ROOT / "tests/data/import/antara_banjir.txt"))


def test_no_secret_ever_becomes_a_file_or_a_setting(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["--db", "host=127.0.0.1 dbname=newsdesk user=ana"
                                      " password=rahasia", "list"])
    assert result.exit_code == 1 and "postgresql://LOGIN@HOST/DATABASE" in result.output
    assert "rahasia" not in result.output and list(tmp_path.iterdir()) == []
    with pytest.raises(StoreError, match="must not contain a password"):
        parse_url("postgresql://ana@db.example.org/newsdesk?sslpassword=rahasia")


def test_team_init_by_a_member_of_an_up_to_date_library_changes_nothing(pg_server):
    from reader.core.library import team

    url = pg_server.url("team_init_member")
    team.init(url)
    team.add_user(url, "rini_init", "reader", "pw-rini")
    pg_server.set_password("rini_init", "pw-rini")
    report = team.init(pg_server.url("team_init_member", "rini_init"))
    assert report.applied == () and not report.created_database
def test_a_team_librarys_texts_are_replaced_and_reimported_with_annotations_placed_again(
        pg_url, tmp_path):
    story = tmp_path / "lavrov.txt"
    story.write_text("Lavrov berkata: “Kami tidak ingin berperang.” Pejabat lain diam.\n",
                     encoding="utf-8")
    with Library(pg_url) as library:
        [(_, article_id)] = library.imports.paths([story]).imported
        note = library.annotations.add_exact(article_id, "Kami tidak ingin berperang",
                                             kind="quote")
        before = library.texts.snapshot(article_id)
        report = library.texts.replace(article_id, "Kemarin, " + library.articles.text(
            article_id))
        assert report.moved == [note.id] and report.orphaned == []
        assert library.annotations.get(note.id).start == note.start + len("Kemarin, ")
        library.texts.restore(before)
        assert library.annotations.get(note.id).start == note.start
        story.write_text("Menteri Lavrov berkata: “Kami tidak ingin berperang.”\n",
                         encoding="utf-8")
        again = library.imports.paths([story])  # the same file again: a new version
        assert [i for _, i in again.updated] == [article_id] and not again.imported
        assert library.articles.text(article_id).startswith("Menteri Lavrov")
        assert library.annotations.get(note.id).anchor == "anchored"
