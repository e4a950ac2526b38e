"""Hostile or unlucky input gets one clear line, never a traceback (issue 17.15 and 17.16)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import pytest

from reader.core.importers import ImportFailed, article_from_stream

LAVROV = "Kami tidak ingin berperang"
BIG = str(2**64 + 5)


def one_line_error(result, code: int = 1) -> str:
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.startswith("Error")]
    assert len(lines) == 1, result.output
    return lines[0]


@pytest.fixture
def exported(run, tmp_path):
    """A W3C JSON export of one annotation, as a dict to spoil."""
    assert run("annotate", "1", LAVROV, "--note", "asli").exit_code == 0
    data = json.loads(run("export", "--format", "json").output)
    # re-imported as it is, the annotation is already present (by its span and by its
    # urn:uuid id): make it another one, on other words
    item = data["first"]["items"][0]
    item["target"]["selector"] = [{"type": "TextQuoteSelector", "exact": "Lavrov"}]
    del item["id"]

    def write(value, raw: str | None = None):
        path = tmp_path / "in.json"
        path.write_text(raw if raw is not None else json.dumps(value), encoding="utf-8")
        return str(path)

    return data, write


# ---------------------------------------------------------------------------- 17.15
def test_deeply_nested_json_is_one_line(run, exported):
    _, write = exported
    message = one_line_error(run("import-annotations", write(None, raw="[" * 200_000)))
    assert "nested too deeply" in message or "not a JSON file" in message


@pytest.mark.parametrize("spoil", [
    lambda d: d.update(type=5),
    lambda d: d.update(type={"x": 1}),
    lambda d: d["first"]["items"][0].update(type=[5, None]),
    lambda d: d["first"]["items"][0].update({"motivation": 5, "kutip:kind": ""}),
    lambda d: d["first"]["items"][0].update({"motivation": {"a": 1}, "kutip:kind": None}),
    lambda d: d["first"]["items"][0].update({"kutip:kind": ["quote"] * 1000}),
], ids=["type-int", "type-object", "item-type-list", "motivation-int", "motivation-object",
        "kind-list"])
def test_wrong_types_in_w3c_json_are_one_line(run, exported, spoil):
    data, write = exported
    spoil(data)
    result = run("import-annotations", write(data))
    if result.exit_code == 0:  # a motivation Kutip does not know: imported as a highlight
        assert "imported" in result.output
    else:
        assert len(one_line_error(result)) < 300


def test_a_tag_path_of_1200_levels_is_one_line(run, exported):
    deep = "/".join(["a"] * 1200)
    message = one_line_error(run("annotate", "1", LAVROV, "--tag", deep))
    assert "at most 32 levels" in message
    data, write = exported
    data["first"]["items"][0]["body"] = [{"type": "TextualBody", "purpose": "tagging",
                                          "value": deep}]
    assert "at most 32 levels" in one_line_error(run("import-annotations", write(data)))
    assert run("annotate", "1", LAVROV, "--tag", "/".join(["b"] * 32)).exit_code == 0


@pytest.mark.parametrize("args", [
    ["show", BIG], ["annotate", BIG, LAVROV], ["export", "--article", BIG], ["suggest", BIG],
    ["trail", BIG], ["show", "0"], ["show", "--", "-3"],
])
def test_ids_beyond_64_bits_are_one_line(run, args):
    message = one_line_error(run(*args), code=2)
    assert any(word in message for word in ("too large", "ids start at 1"))


@pytest.mark.parametrize(("args", "said"), [
    (["suggest", "abc"], "'abc' is not an id: ids are whole numbers from 1."),
    (["show", "1.5"], "'1.5' is not an id: ids are whole numbers from 1."),
    (["show", "0"], "0 is not an id: ids start at 1."),
    (["trail", "0"], "'0' is not a quote: ids start at 1."),
    (["trail", "0:5"], "'0:5' is not a quote: ids start at 1."),
    (["trail", "1:-1"], "'1:-1' is not a quote: characters are counted from 0."),
    (["trail", "--cluster", "0"], "0 is not an id: ids start at 1."),
    (["trail", "-1"], "Error: -1 is not an id: ids start at 1."),
    (["show", "-1"], "Error: -1 is not an id: ids start at 1."),
    (["suggest", "--", "-1"], "-1 is not an id: ids start at 1."),
    (["quotes", "--min-outlets", "0"], "0 is not a count: give 1 or more."),
    (["quotes", "--min-outlets", "x"], "'x' is not a count: give a whole number, 1 or more."),
])
def test_a_bad_id_is_refused_in_words(run, args, said):
    """R12-13: click said "'abc' is not a valid integer range.", "'0' is not in the range of
    ids (1 to 9223372036854775807) and characters (0 to 9223372036854775807)" and, of
    ``kutip trail -1``, "No such option '-1'."; each is now one line saying what is wrong."""
    message = one_line_error(run(*args), code=2)
    assert message.endswith(said)
    assert "range" not in message and "No such option" not in message


def test_a_text_that_looks_like_an_option_is_still_an_unknown_option(run):
    """Only a command that takes an id reads "-1" as a bad id: ``kutip search -1`` has no
    id to give, and click's message stands."""
    assert "No such option '-1'" in one_line_error(run("search", "-1"), code=2)


@pytest.mark.parametrize("command", [["search", "Ukraina"], ["list"], ["quotes"]])
def test_limits_beyond_64_bits_show_everything_and_below_one_are_one_line(run, command):
    """A limit SQLite cannot hold is no traceback: more rows than any library has (all of
    them); 0 and less are refused in one line (tests/test_cli.py)."""
    result = run(*command, "--limit", BIG)
    assert result.exit_code == 0 and "Traceback" not in result.output
    assert result.output == run(*command, "--limit", str(2**62)).output
    message = one_line_error(run(*command, "--limit", "-1"), code=2)
    assert "give 1 or more" in message


def test_endless_standard_input_is_not_read_whole():
    class Endless:
        reads = 0

        def read(self, n=-1):
            assert n > 0, "read whole"
            Endless.reads += 1
            return b"kata " * (n // 5) or b"k"

    with pytest.raises(ImportFailed, match="too large"):
        article_from_stream(Endless())
    assert Endless.reads < 100


def test_too_much_standard_input_is_one_failed_import(run, monkeypatch):
    monkeypatch.setattr("reader.core.importers.decode.MAX_BYTES", 1000)
    result = run("import", "-", input="Judul\n\n" + "kata " * 1000)
    assert result.exit_code == 1
    assert "failed: standard input: too large" in result.output


# ---------------------------------------------------------------------------- 17.16
@pytest.mark.parametrize("encoding", ["latin-1", "cp1252", "utf-16", "utf-16-le", "utf-8-sig"])
def test_standard_input_in_any_encoding_imports_like_a_file(run, db_path, encoding):
    text = "Kafe di Jakarta\n\nJakarta - Pemilik kafé itu berkata: «Kami buka.» Lalu pergi."
    result = run("import", "-", input=text.encode(encoding))
    assert result.exit_code == 0, result.output
    [new] = [a for a in json.loads(run("list", "--json").output)
             if a["title"] == "Kafe di Jakarta"]
    shown = json.loads(run("show", str(new["id"]), "--json").output)
    assert "kafé itu berkata: «Kami buka.»" in shown["article"]["text"]


def test_nul_bytes_on_standard_input_are_refused_like_in_a_file(run, tmp_path):
    data = b"Judul\n\nIsi berita ini panjang\x00 sekali. " + b"Kalimat berikutnya. " * 40
    result = run("import", "-", input=data)
    assert result.exit_code == 1
    assert "failed: standard input:" in result.output and "binary" in result.output
    (tmp_path / "nul.txt").write_bytes(data)
    assert run("import", str(tmp_path / "nul.txt")).exit_code == 1


def test_a_lone_surrogate_spoils_one_string_not_the_file(run, exported, db_path):
    data, write = exported
    raw = json.dumps(data).replace('"asli"', '"asli \\ud800 palsu"')
    assert "\\ud800" in raw
    result = run("import-annotations", write(None, raw=raw))
    assert result.exit_code == 0, result.output
    assert "1 imported" in result.output
    notes = [a["note"] for a in json.loads(run("show", "1", "--json").output)["annotations"]]
    assert "asli \ufffd palsu" in notes


def test_an_unreadable_sub_folder_is_reported(run, tmp_path, monkeypatch):
    folder = tmp_path / "in"
    (folder / "locked").mkdir(parents=True)
    (folder / "ok.txt").write_text("Judul baru\n\nIsi berita yang cukup panjang.", "utf-8")
    (folder / "locked" / "hidden.txt").write_text("Judul lain\n\nIsi berita lain.", "utf-8")
    real = os.scandir

    def scandir(path="."):  # what a folder without read permission does (even for root)
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = run("import", str(folder))
    assert result.exit_code == 1
    assert "1 imported" in result.output and "1 failed" in result.output
    assert f"failed: {folder / 'locked'}: folder not read: permission denied" in result.output


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_FSIZE as a full disk")
def test_read_only_commands_work_on_a_full_disk(run, db_path):
    assert run("annotate", "1", LAVROV, "--tag", "perang").exit_code == 0

    def full_disk():  # no file may grow: like a disk with no space left
        import resource

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (0, resource.RLIM_INFINITY))

    def kutip(*args):
        return subprocess.run([sys.executable, "-m", "reader.cli", "--db", str(db_path), *args],
                              preexec_fn=full_disk, capture_output=True, text=True, timeout=120)

    for args in (["list"], ["show", "1"], ["search", "berperang"], ["tags"],
                 ["export", "--format", "csv"]):
        done = kutip(*args)
        assert done.returncode == 0, (args, done.stderr)
    assert "perang" in kutip("tags").stdout
    done = kutip("annotate", "1", "Lavrov")
    assert done.returncode == 1
    assert done.stderr.strip() == ("Error: The disk is full: the library is open read-only "
                                   "until some space is freed; nothing was changed.")


@pytest.mark.parametrize(("args", "named"), [
    (["annotate", "1", LAVROV, "--note", "caf\udce9"], "'--note'"),
    (["annotate", "1", LAVROV, "--speaker", "Jos\udce9"], "'--speaker'"),
    (["annotate", "1", LAVROV, "--tag", "fr\udce9ming"], "'--tag'"),
    (["annotate", "1", "Kami\udce9"], "'EXACT'"),
    (["--coder", "Jos\udce9", "list"], "'--coder'"),
    (["search", "x\udcff"], "'QUERY...'"),
    (["list", "--speaker", "Jos\udce9"], "'--speaker'"),
])
def test_text_that_is_not_utf8_is_refused_in_one_line_naming_the_option(run, args, named):
    """R20-8: a Latin-1 terminal's "é" reaches Python as a lone surrogate (byte 0xE9): the
    library cannot store it, and `--note` failed with a Python codec error, `--coder`
    with "cannot contain control characters", `search` found nothing without a word."""
    before = run("show", "1", "--json").output
    error = one_line_error(run(*args), code=2)
    assert named in error and "not UTF-8 text (byte 0x" in error, error
    assert "codec" not in error and "control characters" not in error
    assert run("show", "1", "--json").output == before  # (nothing written)


def test_every_plain_text_parameter_is_checked():
    """Every option and argument of every command that is plain text refuses text that is
    not UTF-8 (R20-8); those that name a file or a URL say so (``AS_TYPED``)."""
    import click

    from reader.cli import cli
    from reader.cli_params import AS_TYPED, TEXT

    def unchecked(command, where):
        for param in command.params:
            if isinstance(param.type, click.types.StringParamType) and param.type not in (
                    TEXT, AS_TYPED):
                yield f"{where} {param.name}"
        for name, sub in getattr(command, "commands", {}).items():
            yield from unchecked(sub, f"{where} {name}")

    assert list(unchecked(cli, "kutip")) == []


def test_a_file_name_that_is_not_utf8_imports(run, tmp_path, db_path):
    """R20-8's class: a file's name is bytes, not text (`kutip import` takes it as the
    terminal gave it), and the name of a file saved on a Latin-1 system failed the import
    with "'utf-8' codec can't encode character '\\udce9'" (it is the article's original
    name and path). Such a byte is written out as \\xe9."""
    path = os.fsdecode(os.fsencode(str(tmp_path)) + b"/berita-caf\xe9.txt")
    try:
        with open(path, "w", encoding="utf-8") as out:
            out.write("Judul baru\n\nIsi berita yang cukup panjang.")
    except (OSError, UnicodeError):
        pytest.skip("this file system takes no such name")
    result = run("import", path)
    assert result.exit_code == 0 and "1 imported" in result.output, result.output
    again = run("import", path)  # (found again by its path, and named on a UTF-8 terminal)
    assert "already present: " in again.output and "caf\\xe9.txt" in again.output, again.output
    listed = json.loads(run("import", "--json", path).output)
    assert listed["present"][0][0].endswith("caf\udce9.txt")  # (JSON's own \\udce9)
    from reader.core.library import Library

    with Library(db_path) as lib:
        [stored] = [lib.articles.get(i) for i in lib.articles.ids()
                    if lib.articles.get(i).title == "Judul baru"]
        assert stored.original_name == "berita-caf\\xe9.txt"


@pytest.mark.parametrize("command", ["merge", "import-qdpx"])
@pytest.mark.parametrize("what", ["pipe", "device"])
def test_a_zip_reader_given_a_pipe_or_a_device_refuses_it_in_one_line(run, tmp_path, command,
                                                                     what, db_path):
    """R20-9: the size limits read the file's size, which is 0 for a device or a pipe:
    `kutip merge /dev/zero` grew to 4 GB in 20 s (the zip's search for its end read
    without end) and a named pipe hung, unopened. Both are refused before being opened.
    (In a process of its own: before the fix it hangs.)"""
    if what == "pipe":
        path = str(tmp_path / "ff")
        os.mkfifo(path)
    else:
        path = "/dev/zero"
    run("list")  # (the library, made)
    result = subprocess.run([sys.executable, "-m", "reader.cli", "--db", str(db_path),
                             command, path], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1, result.stderr
    assert result.stderr.strip() == f"Error: {path}: not a file (a device or a pipe): give the" \
                                    " file itself"
