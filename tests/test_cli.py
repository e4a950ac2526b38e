"""The command line, driven the way a user types it."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from reader.cli import cli
from reader.core.library import LibraryError


def test_first_command_creates_the_seeded_library(run):
    result = run("list")
    assert result.exit_code == 0
    assert "AS dan Rusia akan Berunding Tentang Ukraina" in result.output
    assert "MINA" in result.output


def test_import_reports_already_present(run, seed_path):
    result = run("import", str(seed_path))
    assert result.exit_code == 0
    assert "0 imported, 1 already present, 0 failed" in result.output


def test_import_a_folder_with_a_bad_file_imports_the_rest_and_fails(run, tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "good.txt").write_text("Judul\n\nIsi berita yang baik.", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    result = run("import", str(folder))
    assert result.exit_code == 1
    assert "1 imported, 0 already present, 1 failed" in result.output
    assert "empty.txt" in result.output
    assert "Traceback" not in result.output
    assert "Judul" in run("list").output


def test_import_a_folder_says_what_it_left_out(run, tmp_path):
    """Review R18-1: a folder of files Kutip does not import (the reviewer's 181 saved pages
    as .html.gz) reported "0 imported, 0 already present, 0 failed", nothing else. Now the
    files left out are counted in the summary, named by type in a note (and in --json)."""
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "good.txt").write_text("Judul\n\nIsi berita yang baik.", encoding="utf-8")
    for name in ("a.jpg", "sub/b.jpg", "c.xlsx", "README"):
        (folder / name).write_bytes(b"\x00\x01 not a text")
    (folder / ".hidden.jpg").write_bytes(b"hidden files are nobody's business")
    result = run("import", str(folder))
    assert result.exit_code == 0, result.output
    assert "1 imported, 0 already present, 0 failed, 4 skipped" in result.output
    assert (f"note: {folder}: 4 file(s) left out, of a type Kutip does not import"
            " (.jpg 2, (none) 1, .xlsx 1); it imports .txt,") in result.output
    as_json = json.loads(run("import", str(folder), "--json").output)
    assert sorted(as_json["skipped"]) == sorted(
        str(folder / n) for n in ("a.jpg", "sub/b.jpg", "c.xlsx", "README"))


@pytest.mark.parametrize("source", ["", "   "])
def test_import_an_empty_source_is_refused_not_the_current_folder(run, tmp_path, monkeypatch,
                                                                   source):
    (tmp_path / "stray.txt").write_text("Stray\n\nA file in the current folder.",
                                        encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("import", source)
    assert result.exit_code == 1
    assert result.output.strip() == "Error: An empty source: give a file, a folder, '-' or a URL."
    assert "Stray" not in run("list").output


def test_import_standard_input(run):
    result = run("import", "-", input="Pasted headline\n\nA pasted story, said Ann.")
    assert "1 imported" in result.output
    assert "Pasted headline" in run("list").output


def test_search_shows_a_snippet(run):
    result = run("search", "berperang")
    assert result.exit_code == 0
    assert "AS dan Rusia akan Berunding Tentang Ukraina" in result.output
    assert "[berperang]" in result.output


def test_annotate_then_show(run):
    result = run("annotate", "1", "Kami tidak ingin berperang", "--kind", "quote",
                 "--speaker", "Lavrov", "--tag", "framing/diplomacy")
    assert result.exit_code == 0, result.output
    shown = run("show", "1").output
    assert "quote" in shown and "“Kami tidak ingin berperang”" in shown and "Lavrov" in shown
    assert "framing/diplomacy" in shown
    assert "framing" in run("tags").output
    assert "Lavrov" in run("speakers").output


def test_show_json_is_machine_readable(run):
    run("annotate", "1", "Kami tidak ingin berperang", "--speaker", "Lavrov")
    data = json.loads(run("show", "1", "--json").output)
    assert data["article"]["source"] == "MINA"
    [note] = data["annotations"]
    assert note["exact"] == "Kami tidak ingin berperang"
    assert note["speaker"] == "Sergey Lavrov"  # the article's full name for “Lavrov”


def test_errors_are_one_line_not_tracebacks(run):
    result = run("show", "999")
    assert result.exit_code == 1
    assert "There is no article 999" in result.output
    result = run("annotate", "1", "not in the article")
    assert result.exit_code == 1 and "does not occur" in result.output


def test_a_non_sqlite_db_is_refused(tmp_path):
    bogus = tmp_path / "notes.txt"
    bogus.write_text("my notes")
    result = CliRunner().invoke(cli, ["--db", str(bogus), "list"])
    assert result.exit_code == 1
    assert "not a Kutip library" in result.output
    assert bogus.read_text() == "my notes"


def test_every_command_has_help_with_text():
    for name, command in cli.commands.items():
        assert command.help and len(command.help) > 20, name
        result = CliRunner().invoke(cli, [name, "--help"])
        assert result.exit_code == 0


@pytest.mark.parametrize(("command", "instead"), [
    (["list"], "all"), (["search", "berperang"], "up to 20"), (["quotes"], "all")])
@pytest.mark.parametrize("limit", ["0", "-1"])
def test_every_limit_refuses_less_than_one_in_one_line(run, command, instead, limit):
    """``--limit`` is one option everywhere: 0 printed nothing in ``list`` (and "No
    statement is quoted more than once." in ``quotes``) while ``search`` refused it; -1 is
    not "all but the last"."""
    result = run(*command, "--limit", limit)
    assert result.exit_code == 2
    assert result.output.splitlines()[-1] == (
        f"Error: Invalid value for '--limit': {limit} is not a number of rows to show: give"
        f" 1 or more, or leave --limit out to show {instead}.")
    assert "Traceback" not in result.output


@pytest.mark.parametrize("command", [["list"], ["search", "berperang"], ["quotes"]])
def test_every_limit_takes_one_and_more_than_sqlite_holds(run, command):
    assert run(*command, "--limit", "1").exit_code == 0
    everything = run(*command)
    assert run(*command, "--limit", str(2**70)).output == everything.output
    assert "not a valid integer" in run(*command, "--limit", "ten").output


def test_list_articles_refuses_a_negative_limit(seeded_library):
    with pytest.raises(ValueError, match="negative"):
        seeded_library.articles.find(limit=-1)


def test_show_json_without_text_omits_it(run):
    article = json.loads(run("show", "1", "--json", "--no-text").output)["article"]
    assert "text" not in article and article["title"].startswith("AS dan Rusia")
    assert "text" in json.loads(run("show", "1", "--json").output)["article"]


def test_show_orphans_of_a_missing_article_says_so(run):
    result = run("show", "--orphans", "999")
    assert result.exit_code == 1
    assert result.output.strip() == "Error: There is no article 999."


def test_a_verdict_is_for_claims_only(run, seeded_library):
    result = run("annotate", "1", "Kami tidak ingin berperang", "--verdict", "true")
    assert result.exit_code == 2 and "--verdict is for claims only" in result.output
    result = run("annotate", "1", "Kami tidak ingin berperang", "--kind", "claim",
                 "--verdict", "false")
    assert result.exit_code == 0, result.output
    with pytest.raises(LibraryError, match="Only a claim has a verdict"):
        seeded_library.annotations.add_exact(1, "Kami tidak ingin berperang", kind="quote",
                                      verdict="true")
    [claim] = seeded_library.annotations.for_article(1)
    quote = seeded_library.annotations.update(claim.id, kind="quote")
    with pytest.raises(LibraryError, match="Only a claim has a verdict"):
        seeded_library.annotations.update(quote.id, verdict="true")


def test_import_json_prints_no_progress_bar(tmp_path, db_path):
    story = tmp_path / "story.txt"
    story.write_text("Judul\n\nIsi berita yang baik.", encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["--db", str(db_path), "import", "--json", str(story)], catch_exceptions=False)
    assert result.exit_code == 0
    assert "Importing" not in result.stderr
    assert json.loads(result.stdout)["imported"]


def test_a_new_library_named_with_db_starts_empty(tmp_path):
    """Only the default library's first run brings the sample article (as the app's --db)."""
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "new.sqlite"), "list", "--json"],
                                catch_exceptions=False)
    assert result.exit_code == 0
    assert json.loads(result.output) == []


def test_db_in_a_folder_that_is_not_there_creates_nothing(run, tmp_path):
    """R15-16: one line, rc 1, no folder and no file made."""
    gone = tmp_path / "media" / "usb" / "news.sqlite"
    result = run("list", db=gone)
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f"Error: The folder {gone.parent} is not there (moved, or its drive is not connected);"
        " no library was created in it."]
    assert not (tmp_path / "media").exists()


def test_import_reads_a_gzipped_saved_page(run, tmp_path, monkeypatch):
    """Review R18-1: saved pages kept gzipped (``page.html.gz``, as a crawler or an archive
    stores them) are read as the type inside, in a folder or named; the same page
    unpacked is the same article. A .gz that is not one, or that unpacks past the size
    limit, is one line (never unpacked whole)."""
    import gzip

    from reader.core.importers import decode

    page = (Path(__file__).parent / "data" / "import" / "saved_page.html").read_bytes()
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "port.html.gz").write_bytes(gzip.compress(page))
    (folder / "notes.txt.gz").write_bytes(gzip.compress(b"Judul\n\nIsi catatan."))
    result = run("import", str(folder))
    assert result.exit_code == 0 and "2 imported, 0 already present, 0 failed" in result.output
    assert "Dutch port braces for strike" in run("list").output
    (tmp_path / "port.html").write_bytes(page)
    again = run("import", str(tmp_path / "port.html"))
    assert "0 imported, 1 already present" in again.output
    (tmp_path / "bad.html.gz").write_bytes(b"<html>not gzipped</html>")
    bad = run("import", str(tmp_path / "bad.html.gz"))
    assert bad.exit_code == 1 and "not a readable gzip file" in bad.output
    monkeypatch.setattr(decode, "MAX_BYTES", 4096)
    (tmp_path / "bomb.html.gz").write_bytes(gzip.compress(b"<p>" + b"a" * 10**6))
    big = run("import", str(tmp_path / "bomb.html.gz"))
    assert big.exit_code == 1 and "too large once unpacked" in big.output
    assert "Traceback" not in bad.output + big.output
