"""Hostile text in a library never acts on the terminal, a spreadsheet or a link (issue 17).

17.3: escape sequences in imported text reach the terminal escaped; imported metadata loses
control characters. 17.4: CSV cells are spreadsheet-safe by default. 17.5: only http(s)
URLs become Markdown links. 17.9: a failed export write leaves the old file whole.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys

import pytest

from reader.cli import terminal_safe
from reader.core.export import export_markdown
from reader.core.files import write_file_atomic
from reader.core.importers import article_from_text
from reader.core.library import open_library
from reader.core.models import Annotation, Article, ImportedArticle

OSC52 = "\x1b]52;c;cm0gLXJmIH4=\x07"  # writes the clipboard
OSC0 = "\x1b]0;owned\x07"  # sets the window title
CLEAR = "\x1b[2J"
HIDDEN = "\x1b[8mhidden\x1b[0m"
C1_CSI = "\x9b2J"  # the 8-bit CSI some terminals honour
OVERWRITE = "\rPalsu"  # a lone CR: the rest of the line is written over its start
BIDI = "\u202eini"  # right-to-left override: the terminal shows the text reversed
EVIL = f"Berita {OSC52}{OSC0}{CLEAR}{HIDDEN}{C1_CSI}{OVERWRITE}{BIDI} hari ini"
RAW = ("\x1b", "\x07", "\x9b", "\r", "\u202e")
#: what Markdown escaping drops even from an export to a pipe (which is otherwise exact)
RAW_IN_MARKDOWN = ("\x1b", "\x07", "\x9b", "\r")


@pytest.fixture
def hostile_library(db_path):
    """An article stored with control characters everywhere (an older library, a script)."""
    library = open_library(db_path)
    text = f"Pembuka. “{EVIL},” kata Menteri {EVIL}. Penutup berita yang panjang."
    article_id, _ = library.articles.add(ImportedArticle(
        title=EVIL, text=text, source=EVIL, authors=EVIL, url=f"https://x.org/{EVIL}"))
    start = text.index(EVIL)
    library.annotations.add(article_id, start, start + len(EVIL), kind="quote", speaker=EVIL,
                     tags=[f"bingkai{EVIL}"], note=EVIL)
    library.close()
    return article_id


def assert_clean(output: str, raw=RAW) -> None:
    for char in raw:
        assert char not in output, f"raw {char!r} reached the terminal"


@pytest.mark.parametrize("command", [
    ["list"], ["list", "--json"], ["show", "{id}"], ["show", "{id}", "--json"], ["search", "hari"],
    ["search", "hari", "--json"], ["tags"], ["speakers"], ["speakers", "--json"],
    ["suggest", "{id}"], ["export", "--article", "{id}"],
])
def test_control_characters_never_reach_the_terminal(run, hostile_library, command):
    result = run(*[part.format(id=hostile_library) for part in command])
    assert result.exit_code == 0, result.output
    assert_clean(result.output, RAW_IN_MARKDOWN if command[0] == "export" else RAW)


def test_export_to_a_terminal_is_escaped_to_a_pipe_exact(run, hostile_library, monkeypatch):
    piped = run("export", "--format", "csv", "--raw").output
    assert EVIL in piped  # a pipe or file gets the data byte for byte
    monkeypatch.setattr("reader.cli_output.to_terminal", lambda: True)
    shown = run("export", "--format", "csv", "--raw").output
    assert_clean(shown)
    assert "\\x1b]52;c;cm0gLXJmIH4=\\x07" in shown
    assert_clean(run("search", "penutup").output)


def test_escaped_text_is_shown_not_dropped(run, hostile_library):
    out = run("show", str(hostile_library)).output
    assert "\\x1b]52;c;cm0gLXJmIH4=\\x07" in out and "\\x9b2J" in out
    data = json.loads(run("show", str(hostile_library), "--json").output)
    assert data["article"]["title"] == EVIL  # JSON still carries the exact value


def test_search_marks_still_work_around_escaped_text(run, hostile_library):
    out = run("search", "penutup").output
    assert "[Penutup]" in out
    assert_clean(out)


def test_error_messages_escape_what_the_user_gave(run, tmp_path):
    bad = tmp_path / f"x{CLEAR}.txt"
    bad.write_bytes(b"")
    result = run("import", str(bad))
    assert result.exit_code == 1
    assert_clean(result.output)
    result = run("list", "--collection", f"nope{OSC52}")
    assert result.exit_code == 1 and "nope" in result.output
    assert_clean(result.output)
    assert_clean(run("list", "--sort", f"x{OSC0}").output)  # click's own usage error


def test_import_drops_control_characters_from_metadata(run):
    text = f"Judul {OSC0}berita{C1_CSI}\n\nJakarta, MINA – Isi berita {CLEAR}ini cukup panjang."
    article = article_from_text(text)
    assert article.title == "Judul ]0;ownedberita2J"
    result = run("import", "-", input=text)
    assert result.exit_code == 0
    assert_clean(run("list").output)


def test_terminal_safe_keeps_newlines_tabs_and_printable_text():
    assert terminal_safe("a\tb\nc “é” 😀") == "a\tb\nc “é” 😀"
    assert terminal_safe("\x1b[2J\x00\x7f\x9b") == "\\x1b[2J\\x00\\x7f\\x9b"


# -------------------------------------------------------------------- 17.4: CSV injection
def test_csv_is_spreadsheet_safe_by_default_without_bom(run):
    assert run("annotate", "1", "Kami tidak ingin berperang",
               "--note", '=HYPERLINK("https://evil.example","klik")').exit_code == 0
    for args in (["export", "--format", "csv"], ["export", "--format", "csv", "--bom"]):
        row = next(csv.DictReader(io.StringIO(run(*args).output.lstrip("\ufeff"))))
        assert row["note"] == "'=HYPERLINK(\"https://evil.example\",\"klik\")"
    raw = run("export", "--format", "csv", "--raw").output
    assert next(csv.DictReader(io.StringIO(raw)))["note"].startswith("=HYPERLINK")


# ------------------------------------------------------------ 17.5: javascript: links
@pytest.mark.parametrize("url", ["javascript:alert(document.cookie)", " JavaScript:alert(1)",
                                 "data:text/html,<script>x</script>", "file:///etc/passwd",
                                 "vbscript:msgbox(1)", "http:/no-host"])
def test_only_http_urls_become_markdown_links(url):
    article = Article(id=1, title="Judul", text="Isi kata dia.", url=url, source="MINA")
    note = Annotation(id=1, article_id=1, kind="quote", exact="Isi", start=0, end=3)
    text = export_markdown([(article, [note])])
    assert "](" not in text.replace("](https://", "").replace("](http://", "")
    assert "*Judul*" in text


def test_http_urls_still_become_links():
    article = Article(id=1, title="Judul", text="Isi.", url="https://example.org/a (b)")
    note = Annotation(id=1, article_id=1, kind="quote", exact="Isi", start=0, end=3)
    text = export_markdown([(article, [note])])
    assert "[*Judul*](https://example.org/a%20%28b%29)" in text


# ------------------------------------------------ 17.9: a failed write keeps the old file
def test_failed_export_write_keeps_the_old_file(run, tmp_path, monkeypatch):
    target = tmp_path / "quotes.md"
    target.write_text("my precious notes\n", encoding="utf-8")
    real_fsync = os.fsync

    def disk_full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    result = run("export", "-o", str(target))
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert result.exit_code == 1
    assert "No space left on device" in result.output and "Traceback" not in result.output
    assert target.read_text(encoding="utf-8") == "my precious notes\n"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".quotes")) == []
    assert run("export", "-o", str(target)).exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("---")


def test_atomic_write_keeps_mode_and_symlinks(tmp_path):
    real = tmp_path / "real.csv"
    real.write_text("old", encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    write_file_atomic(link, "new\r\n")
    assert link.is_symlink() and real.read_bytes() == b"new\r\n"
    assert real.stat().st_mode & 0o777 == 0o640
    fresh = write_file_atomic(tmp_path / "fresh.md", "x")
    assert os.stat(fresh).st_mode & 0o777 == 0o666 & ~_umask()


def test_atomic_write_syncs_the_whole_file_before_its_name_and_nothing_after(tmp_path,
                                                                           monkeypatch):
    """The new text reaches the disk (``fsync`` of the temporary file) before the rename
    gives it the file's name: a crash leaves the old file or the whole new one. The folder
    is not synced after it (that would make the rename durable sooner, not the file whole,
    and it waits for the disk's other pending writes: issue 12)."""
    import stat

    target = tmp_path / "quotes.csv"
    target.write_text("old", encoding="utf-8")
    done = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd):
        done.append(("fsync", stat.S_ISREG(os.fstat(fd).st_mode), os.fstat(fd).st_size))
        real_fsync(fd)

    def replace(source, destination):
        done.append(("replace", os.path.basename(destination)))
        real_replace(source, destination)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    write_file_atomic(target, ["a,b\r\n", "1,2\r\n"])
    assert done == [("fsync", True, 10), ("replace", "quotes.csv")]
    assert target.read_bytes() == b"a,b\r\n1,2\r\n"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX devices")
def test_atomic_write_to_a_device_writes_directly(tmp_path):
    write_file_atomic("/dev/null", "x")  # cannot be renamed over: written, not replaced
    assert os.path.exists("/dev/null") and not (tmp_path / ".null.part").exists()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_names_lose_control_characters_wherever_they_come_from(run, seed_path):
    """Speakers, tags and collections typed in the CLI or imported from W3C JSON are names:
    an escape sequence in one is dropped, not stored (issue 17.3)."""
    result = run("annotate", "1", "Kami tidak ingin berperang", "--speaker", f"Lav{OSC0}rov",
                 "--tag", f"bingkai{CLEAR}/ancaman{C1_CSI}")
    assert result.exit_code == 0, result.output
    assert "Lav]0;ownedrov" in run("speakers").output
    tags = json.loads(run("tags", "--json").output)
    assert {t["name"] for t in tags} == {"bingkai[2J", "bingkai[2J/ancaman2J"}
    assert run("import", str(seed_path), "-c", f"Studi{OSC52}").exit_code == 0
    listed = run("list", "--collection", f"Studi{OSC52}")  # looked up by the same clean name
    assert listed.exit_code == 0 and "AS dan Rusia" in listed.output


@pytest.mark.parametrize("name, fmt", [
    ("{db}", "md"), ("{db}", "csv"), ("{dir}/./library.sqlite", "md"), ("{db}-wal", "csv"),
    ("{db}-shm", "md"), ("{db}-journal", "md"), ("{dir}/backup.sqlite", "csv"),
    ("{dir}/link.md", "md"),
])
def test_an_export_never_replaces_a_library(run, db_path, tmp_path, name, fmt):
    """A mistyped ``-o`` naming the library (tab completion offers it), a backup of it, a
    link to it or the journal files beside it is refused in one line, nothing written."""
    run("list")  # the library exists, with the seed article
    (tmp_path / "backup.sqlite").write_bytes(db_path.read_bytes())
    (tmp_path / "link.md").symlink_to(db_path)
    before = db_path.read_bytes()
    target = name.format(db=db_path, dir=tmp_path)
    result = run("export", "--format", fmt, "-o", target)
    assert result.exit_code == 1, result.output
    assert result.output.strip().count("\n") == 0 and "Traceback" not in result.output
    assert "SQLite database" in result.output and "Wrote" not in result.output
    assert db_path.read_bytes() == before
    assert (tmp_path / "backup.sqlite").read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
    assert run("list").exit_code == 0


def test_an_export_replaces_an_ordinary_file_or_an_empty_one(tmp_path):
    for name, old in [("quotes.md", b"old"), ("empty.sqlite", b""), ("notes.db", b"SQLite")]:
        (tmp_path / name).write_bytes(old)
        write_file_atomic(tmp_path / name, "new")
        assert (tmp_path / name).read_text() == "new"
    # a journal-like name with no database beside it is an ordinary file
    write_file_atomic(tmp_path / "other.sqlite-wal", "x")
    assert (tmp_path / "other.sqlite-wal").read_text() == "x"


def test_a_refused_or_failed_export_ends_its_collector_pause(run, db_path, tmp_path, monkeypatch):
    """An export's parts are made with the cyclic collector paused until they are taken; a
    write that stops early closes them, so the collector is back on (a long-lived process)."""
    import gc

    run("list")
    for fmt in ("md", "csv"):
        assert run("export", "--format", fmt, "-o", str(db_path)).exit_code == 1
        assert gc.isenabled()

    def disk_full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    assert run("export", "-o", str(tmp_path / "quotes.md")).exit_code == 1
    assert gc.isenabled()


# ------------------------------------- R18-5: bidi controls in Markdown and CSV exports
RLO, PDF, LRI, RLI, PDI = "\u202e", "\u202c", "\u2066", "\u2067", "\u2069"
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


@pytest.fixture
def bidi_library(db_path):
    """A title, a speaker and a note that would reorder an exported line: an override left
    open, isolates, a BEL typed in a note; an Arabic speaker's own RLM stays."""
    library = open_library(db_path)
    text = "Pembuka. “Kami tidak ingin berperang,” kata dia. Penutup."
    article_id, _ = library.articles.add(ImportedArticle(
        title=f"Evil {RLO}title{PDF} here", text=text, source=f"MINA{RLO}", content_hash="b"))
    library.annotations.add_exact(article_id, "Kami tidak ingin berperang", kind="quote",
                                  speaker=f"Lav{RLO}rov", tags=["perang"],
                                  note=f"{LRI}x{PDI} \x07bel {RLI}y {RLO}z")
    library.annotations.add_exact(article_id, "Penutup", kind="highlight",
                                  speaker="\u0639\u0645\u0631\u200f")
    yield library
    library.close()


@pytest.mark.parametrize("group", ["article", "speaker", "tag"])
@pytest.mark.parametrize("jinja", [False, True])
def test_markdown_exports_drop_bidi_controls_and_escape_them_in_front_matter(
        bidi_library, tmp_path, group, jinja):
    """Review R18-5: the RLO reached the front matter, the heading and the speaker line raw
    (a Markdown viewer showed them reversed, and what followed on the line). The body drops
    the embeddings, overrides and isolates (no words), the front matter escapes them (the
    exact value, inert); the right-to-left mark of an Arabic name stays."""
    template = None
    if jinja:  # (a user's copy of the template: rendered by Jinja, not the direct writer)
        from reader.core.export.templates import templates_dir

        template = tmp_path / f"by-{group}.md.j2"
        template.write_text(
            (templates_dir() / f"by-{group}.md.j2").read_text(encoding="utf-8") + "\n",
            encoding="utf-8")
        (tmp_path / "_front_matter.md.j2").write_text(
            (templates_dir() / "_front_matter.md.j2").read_text(encoding="utf-8"),
            encoding="utf-8")
    text = bidi_library.exports.render(group=group, template=template)
    front, _, body = text.partition("\n---\n")
    assert not set(BIDI_CONTROLS) & set(body) and "\x07" not in body
    assert "Lavrov" in body and "Evil title here" in body and "bel" in body
    assert "\u200f" in body  # (a mark, no scope: right-to-left text needs it)
    if group == "article":
        assert 'title: "Evil \\u202etitle\\u202c here"' in front
        assert not set(BIDI_CONTROLS) & set(front)


def test_csv_exports_close_what_a_cell_opens_and_drop_controls(bidi_library):
    """Review R18-5: the CSV kept an open RLO (it reordered every cell after it when the
    row was read as text) and the BEL. Each cell keeps its own characters, the bidi scopes
    it leaves open closed at its end; controls go; ``--raw`` is the stored text."""
    [quote, _] = list(csv.DictReader(io.StringIO(bidi_library.exports.render("csv"))))
    assert quote["article_title"] == f"Evil {RLO}title{PDF} here"  # balanced: as it is
    assert quote["source"] == f"MINA{RLO}{PDF}"
    assert quote["speaker"] == f"Lav{RLO}rov{PDF}"
    assert quote["note"] == f"{LRI}x{PDI} bel {RLI}y {RLO}z{PDF}{PDI}"
    [raw, _] = list(csv.DictReader(io.StringIO(bidi_library.exports.render(
        "csv", spreadsheet_safe=False))))
    assert raw["note"] == f"{LRI}x{PDI} \x07bel {RLI}y {RLO}z"
    table = bidi_library.exchange.coded_table()
    [row] = [r for r in csv.DictReader(io.StringIO(table)) if r["code"] == "perang"]
    assert row["title"] == f"Evil {RLO}title{PDF} here" and row["source"] == f"MINA{RLO}{PDF}"
