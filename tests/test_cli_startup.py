"""Issue 12: the command line loads only what a command needs, and `kutip list` streams.

No timings here (those are in bench/cli.py): these tests pin the structure that makes
start-up fast: which modules a process has imported, and the rows the streaming list gives.
"""

import importlib.metadata
import json
import os
import subprocess
import sys
from pathlib import Path

import click
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader import __version__
from reader.core.importers import content_hash
from reader.core.library import ArticleFilter, Library
from reader.core.library.rules import text_hash
from reader.core.models import ImportedArticle
from reader.core.paths import path_text

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ["numpy", "sqlite_utils", "rapidfuzz", "reader.core.importers", "reader.core.export",
         "reader.core.quotes", "reader.core.trail", "urllib.request", "charset_normalizer",
         "importlib.metadata"]


def _imported_by(args: list[str], db: Path) -> dict[str, bool]:
    """Run `kutip ARGS` in a fresh process; say which of HEAVY it had imported at exit."""
    code = ("import atexit, json, sys\n"
            f"heavy = {HEAVY!r}\n"
            "atexit.register(lambda: sys.__stderr__.write('MODULES' + json.dumps("
            "{m: m in sys.modules for m in heavy}) + '\\n'))\n"
            "from reader.cli import main\n"
            "main()\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "KUTIP_DB": str(db)}
    done = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    line = next(x for x in done.stderr.splitlines() if x.startswith("MODULES"))
    return json.loads(line[len("MODULES"):])


def _kutip_then(args: list[str], db: Path, then: str) -> subprocess.CompletedProcess:
    """Run `kutip ARGS` in a fresh process (it must succeed), then the line ``then``."""
    code = ("import sys\n"
            "from reader.cli import main\n"
            f"sys.argv = ['kutip', *{args!r}]\n"
            "try:\n    main()\nexcept SystemExit as end:\n    assert not end.code, end.code\n"
            f"{then}\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "KUTIP_DB": str(db)}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done


@pytest.mark.parametrize("args", [["--version"], ["--help"], ["list", "--help"]])
def test_version_and_help_import_no_library(args, db_path):
    loaded = _imported_by(args, db_path)
    assert not any(loaded.values()), [m for m, yes in loaded.items() if yes]
    assert not db_path.exists()  # and open no library


@pytest.mark.parametrize("args", [["--version"], ["--help"]])
def test_version_and_help_load_only_the_command_table(args, db_path):
    """`--version` and `--help` cost what click costs: no dataclasses (the models, JSON
    output's ``asdict``), no ``json``, no models (the choices come from ``core.kinds``)."""
    done = _kutip_then(args, db_path, "print(' '.join(m for m in ('dataclasses', 'json',"
                       " 'reader.core.models', 'reader.core.library', 'reader.core.store')"
                       " if m in sys.modules) + '.')")
    assert done.stdout.splitlines()[-1] == ".", done.stdout


@pytest.mark.parametrize("args", [["list", "--limit", "20"], ["show", "1"]])
def test_reading_without_json_output_loads_no_json(args, seeded_library, db_path):
    """``json`` loads where JSON is written or read (``--json``, a damage marker, a feed's
    saved error, a query's one-parameter id list), not with the store (issue 12)."""
    seeded_library.close()
    done = _kutip_then(args, db_path, "print('json' in sys.modules)")
    assert done.stdout.splitlines()[-1] == "False"


def test_list_builds_only_the_areas_it_reads(seeded_library, db_path):
    """The library and its store build their areas on first use: `kutip list` reads the
    articles (and who is coding), so no annotations, search, bulk or trail modules load."""
    seeded_library.close()
    unused = ["reader.core.library.annotations", "reader.core.library.search",
              "reader.core.library.bulk", "reader.core.store.sqlite.annotations",
              "reader.core.store.sqlite.trail", "reader.core.store.sqlite.bulk",
              "reader.core.store.sqlite.search"]
    done = _kutip_then(["list", "--limit", "20"], db_path,
                       f"print([m for m in {unused!r} if m in sys.modules])")
    assert done.stdout.splitlines()[-1] == "[]"


def test_json_output_still_gives_whole_models(run, seeded_library):
    """The models reach JSON through ``cli_output.as_dict`` (``asdict`` loaded on use)."""
    seeded_library.close()
    run("annotate", "1", "berperang", "--kind", "quote", "--speaker", "Lavrov")
    shown = json.loads(run("show", "1", "--json").output)
    assert shown["article"]["id"] == 1
    assert [(a["exact"], a["kind"]) for a in shown["annotations"]] == [("berperang", "quote")]


@pytest.mark.parametrize("args", [["list", "--limit", "20"], ["search", "berperang"],
                                  ["show", "1"]])
def test_reading_commands_skip_the_engines(args, seeded_library, db_path):
    """Reading goes through the store on plain sqlite3: no sqlite-utils (built on the first
    thing only it can do), no fuzzy scorer (loaded where a span is scored)."""
    seeded_library.close()
    loaded = _imported_by(args, db_path)
    assert [m for m, yes in loaded.items() if yes] == []


def test_a_write_still_works_without_sqlite_utils_loaded(seeded_library, db_path):
    seeded_library.close()
    done = _kutip_then(["annotate", "1", "berperang", "--kind", "highlight"], db_path,
                       "print('sqlite_utils' in sys.modules, 'rapidfuzz' in sys.modules)")
    assert done.stdout.splitlines()[-1] == "False False"  # inserts are plain SQL too


def test_the_store_delegates_the_rest_of_sqlite_utils(tmp_path):
    """What only sqlite-utils offers still works on a library's database (built on first
    use over the same connection: a row inserted through it is seen by plain SQL)."""
    from reader.core.store import open_database

    open_database(tmp_path / "lib.sqlite").close()  # a new file: migrated through sqlite-utils
    db = open_database(tmp_path / "lib.sqlite")
    assert "utils" not in db.__dict__  # up to date: opened on plain sqlite3
    db["feeds"].insert({"url": "https://example.org/rss", "title": "Kabar"})
    assert db.execute("SELECT title FROM feeds").fetchall() == [("Kabar",)]
    assert db.utils.conn is db.conn
    db.close()


def test_version_is_the_package_version(run):
    result = run("--version")
    assert result.output.strip() == f"kutip, version {__version__}"
    assert __version__ == importlib.metadata.version("kutip")


def test_text_hash_is_the_importers_content_hash():
    for text in ["", "Kami tidak ingin berperang", "é\r\n\u2028😀"]:
        assert text_hash(text) == content_hash(text)


def _many(library, count=30):
    sources = ["Antara", "kompas", "BBC", ""]
    library.bulk.add_articles(
        ImportedArticle(title=f"{'Zeta' if i % 3 else 'alpha'} {i:03}", text=f"teks nomor {i}"
                        + (" berperang" if i % 4 == 0 else ""), source=sources[i % 4],
                        published=f"2024-01-{1 + i % 28:02}" if i % 5 else "",
                        content_hash=f"h{i}")
        for i in range(count))


@pytest.mark.parametrize("sort", ["imported", "title", "source", "published", "quotes"])
@pytest.mark.parametrize("descending", [False, True])
def test_stream_gives_what_find_gives(fresh_library, sort, descending):
    _many(fresh_library)
    for where in [None, ArticleFilter(source="kompas"), ArticleFilter(query="berperang")]:
        for limit in [None, 0, 7]:
            expected = fresh_library.articles.find(where, sort=sort, descending=descending,
                                                   limit=limit)
            got = list(fresh_library.articles.stream(where, sort=sort, descending=descending,
                                                     limit=limit))
            assert got == expected, (where, limit)


def test_list_prints_every_row_in_order(run, fresh_library):
    _many(fresh_library, 2500)  # more than one chunk of lines
    fresh_library.close()
    lines = run("list").output.splitlines()
    assert len(lines) == 2500
    assert [int(line.split()[0]) for line in lines] == list(range(1, 2501))
    assert json.loads(run("list", "--json", "--limit", "3").output)[2]["id"] == 3


def test_stream_fields_gives_those_fields_of_stream(fresh_library):
    _many(fresh_library)
    fields = ("id", "published", "source", "quotes", "title")
    where = ArticleFilter(query="berperang")
    got = list(fresh_library.articles.stream_fields(fields, where, sort="title", limit=5))
    assert got == [tuple(getattr(a, f) for f in fields)
                   for a in fresh_library.articles.stream(where, sort="title", limit=5)]
    with pytest.raises(ValueError):
        list(fresh_library.articles.stream_fields(("text",)))
    with pytest.raises(ValueError):
        list(fresh_library.articles.stream_fields(("id; DROP TABLE articles",)))


def test_sqlite_utils_still_loads_numpy_so_the_store_still_hides_it():
    """The store hides numpy while sqlite_utils loads (``reader.core.store``): while
    sqlite-utils imports numpy by itself this is needed; once it does not, remove it."""
    code = "import sys, sqlite_utils.db; print('numpy' in sys.modules)"
    alone = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           timeout=120, check=True).stdout.strip()
    assert alone == "True", ("sqlite-utils no longer imports numpy: remove"
                             " load_sqlite_utils from reader/core/store")
    code = ("import sys, reader.core.store; reader.core.store.load_sqlite_utils();"
            " hidden = 'numpy' not in sys.modules;"
            " import numpy; print(hidden and 'sqlite_utils' in sys.modules)")
    ours = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, check=True, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}).stdout.strip()
    assert ours == "True"  # hidden while the store loads, importable afterwards


def _newly_loaded(args: list[str], db: Path | None, names: list[str],
                  env: dict[str, str] | None = None) -> list[str]:
    """Which of ``names`` a `kutip ARGS` process imports itself (not the interpreter's start:
    a site ``.pth`` may load some before any of Kutip runs). ``db`` None: the user's own
    library (no ``$KUTIP_DB``), in ``env``'s folders."""
    code = ("import sys\n"
            "before = set(sys.modules)\n"
            "from reader.cli import main\n"
            f"sys.argv = ['kutip', *{args!r}]\n"
            "try:\n    main()\nexcept SystemExit as end:\n    assert not end.code, end.code\n"
            f"print([m for m in {names!r} if m in sys.modules and m not in before])\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    if db is None:
        env.pop("KUTIP_DB", None)
    else:
        env["KUTIP_DB"] = str(db)
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1].replace("'", '"'))


# --------------------------------------------------------------- the command table (issue 12)
def _all_built():
    """Every command, built from its module, by name."""
    from reader.cli import cli

    return dict(cli.commands)


def test_the_command_table_names_every_command_its_module_and_help():
    """``reader.cli.COMMANDS`` is what `kutip --help` lists without importing the commands:
    each entry's module makes that command, and its text is the command's first paragraph."""
    from reader.cli import COMMANDS, _commands_in

    built = {}
    for module in sorted({module for module, _ in COMMANDS.values()}):
        made = _commands_in(module)
        assert not set(made) & set(built), module  # one module per command
        built.update(made)
    assert sorted(built) == sorted(COMMANDS)
    for name, (module, text) in COMMANDS.items():
        assert name in _commands_in(module), (name, module)
        help_text = built[name].help
        first = help_text[:help_text.find("\n\n")] if "\n\n" in help_text else help_text
        assert text == " ".join(first.split()), name


@pytest.mark.parametrize("width", [50, 80, 120, 200])
def test_help_lists_the_commands_as_click_itself_would(width, monkeypatch):
    """The listing from the table is click's own, byte for byte, at any terminal width."""
    from click.testing import CliRunner

    from reader.cli import KutipGroup, cli

    shown = CliRunner().invoke(cli, ["--help"], terminal_width=width)
    assert shown.exit_code == 0
    _all_built()
    monkeypatch.setattr(KutipGroup, "format_commands", click.Group.format_commands)
    assert CliRunner().invoke(cli, ["--help"], terminal_width=width).output == shown.output


#: the modules of the commands, and what only writing, exporting or the trail use
OTHER_COMMANDS = ["reader.cli_editing", "reader.cli_export", "reader.cli_team",
                  "reader.cli_trail", "reader.cli_agreement", "reader.cli_feeds",
                  "reader.cli_exchange"]
NOT_FOR_READING = ["reader.core.store.interfaces", "reader.core.store.trail",
                   "reader.core.anchoring", "reader.core.library.placement", "string", "array",
                   "reader.core.export", "reader.core.library.exporting",
                   "reader.core.changes", "reader.core.records", "tempfile"]


@pytest.mark.parametrize("args, also_unused", [
    (["show", "1"], ["reader.core.library.search", "unicodedata", "json"]),
    (["list", "--limit", "20"], ["reader.core.library.search", "reader.core.library.annotations",
                                 "unicodedata", "json"]),
    (["search", "berperang"], [])])
def test_reading_loads_its_own_commands_and_no_protocols(args, also_unused, seeded_library,
                                                        db_path):
    """`kutip show` builds the reading commands only, and reads without the store's protocols
    (``store.interfaces``: every area's, and the trail's types with them), the anchoring
    (a write's) or the exporters."""
    seeded_library.close()
    assert _newly_loaded(args, db_path, OTHER_COMMANDS + NOT_FOR_READING + also_unused) == []


@pytest.mark.parametrize("args", [["--version"], ["--help"]])
def test_version_and_help_build_no_command(args, db_path):
    done = _kutip_then(args, db_path, "print([m for m in sys.modules if m.startswith("
                       "'reader.cli_') and m not in ('reader.cli_output', 'reader.cli_params')])")
    assert done.stdout.splitlines()[-1] == "[]"


def test_a_command_still_runs_with_the_collector_on(seeded_library, db_path):
    """A `kutip` process loads and opens its library with the cyclic collector paused, then
    freezes what that built and turns the collector back on for the command's own work."""
    seeded_library.close()
    done = _kutip_then(["show", "1"], db_path,
                       "import gc; print(gc.isenabled(), gc.get_freeze_count() > 1000)")
    assert done.stdout.splitlines()[-1] == "True True"


def test_calling_cli_from_a_program_leaves_its_collector_alone(run):
    import gc

    frozen = gc.get_freeze_count()
    assert run("show", "1").exit_code == 0
    assert gc.isenabled() and gc.get_freeze_count() == frozen


@pytest.mark.parametrize("args", [["show", "1"], ["list"], ["search", "berperang"]])
def test_the_dataclasses_a_reading_command_loads_have_docstrings(args, seeded_library, db_path):
    """A dataclass without a docstring gets one made from ``inspect.signature`` when its
    module loads: a cost every command that loads it pays. Those of the reading commands
    have their own."""
    seeded_library.close()
    check = ("import dataclasses\n"
             "print(sorted(f'{m}.{c.__name__}' for m, module in list(sys.modules.items())"
             " if m.startswith('reader') for c in vars(module).values()"
             " if isinstance(c, type) and dataclasses.is_dataclass(c) and c.__module__ == m"
             " and (c.__doc__ or '').startswith(c.__name__ + '(')))")
    assert _kutip_then(args, db_path, check).stdout.splitlines()[-1] == "[]"


@pytest.mark.parametrize("to_file", [False, True])
def test_a_csv_export_loads_only_the_csv_writer(to_file, seeded_library, db_path, tmp_path):
    """`kutip export --format csv` (as a Taguette user exports highlights) loads the CSV
    writer only: not the Markdown renderer and its sandbox (Jinja, subprocess, pickle), the
    W3C writer (json), nor ``tempfile`` for the file it replaces all or nothing. It reads
    plain rows: no models, rules, or library area but the coders (who is coding: blind
    coding) is loaded, and no dataclass is built (each costs about a millisecond). Paths are
    strings from the command line to the library's file and the export's: no ``pathlib``
    (with ``urllib.parse`` and ``ipaddress``, ≈3 ms of the process)."""
    seeded_library.close()
    out = tmp_path / "out.csv"
    args = ["export", "--format", "csv", *(["--output", str(out)] if to_file else [])]
    unused = ["reader.core.export.markdown", "reader.core.export.rendering",
              "reader.core.export.direct", "reader.core.export.webannotation", "jinja2",
              "subprocess", "pickle", "json", "tempfile", "reader.core.anchoring",
              "reader.core.changes", "reader.core.models", "reader.core.records",
              "reader.core.kinds", "reader.core.library.rules",
              "reader.core.library.articles", "reader.core.library.annotations",
              "reader.core.library.tags", "reader.core.library.speakers",
              "reader.core.library.collections", "dataclasses", "pathlib", "urllib.parse",
              "ipaddress"]
    assert _newly_loaded(args, db_path, unused) == []
    text = (out.read_text(encoding="utf-8") if to_file
            else _kutip_then(args, db_path, "").stdout)
    assert text.startswith("article_id,article_title,")


def test_a_file_replaced_all_or_nothing_is_private_until_renamed(tmp_path):
    """``write_file_atomic`` makes its temporary file as ``tempfile.mkstemp`` did: new (never
    an existing file or a link), readable by its owner only, and gone after the write."""
    from reader.core.files import _create_beside, write_file_atomic

    target = tmp_path / "quotes.csv"
    fd, temp = _create_beside(target)
    os.close(fd)
    assert Path(temp).parent == tmp_path and Path(temp).name.startswith(".quotes.csv.")
    assert os.stat(temp).st_mode & 0o777 == 0o600
    os.unlink(temp)
    os.symlink(tmp_path / "elsewhere", tmp_path / "link")
    with pytest.raises(FileExistsError):
        os.open(tmp_path / "link", __import__("reader.core.files").core.files._NEW_FILE, 0o600)
    write_file_atomic(target, ["a,b\r\n", "1,2\r\n"])
    assert target.read_bytes() == b"a,b\r\n1,2\r\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link", "quotes.csv"]


@pytest.mark.parametrize("columns", [None, "", "abc", "-3", "0", "57", "120", "300"])
def test_the_help_is_as_wide_as_shutil_would_make_it(columns, monkeypatch):
    """`kutip --help` finds the terminal's width without ``shutil`` (its import loads the
    compression modules), as ``shutil.get_terminal_size`` does."""
    import shutil

    from reader.cli import _columns

    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    assert _columns() == shutil.get_terminal_size().columns


def test_help_loads_no_shutil(db_path):
    assert _newly_loaded(["--help"], db_path, ["shutil", "bz2", "lzma"]) == []


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="/.a b\\:~", max_size=12))
def test_a_path_is_spelt_as_pathlib_spells_it(text):
    """``path_text`` (the opening path's strings) names a file as ``str(Path(text))`` does,
    so the messages naming it read as before pathlib left that path (issue 12)."""
    assert path_text(text) == str(Path(text))


def test_messages_name_the_library_and_the_export_as_a_path_spells_them(tmp_path, monkeypatch):
    """A library or an output given as `./x//name` is named `x/name`, as when the command
    line made them ``Path``s."""
    from click.testing import CliRunner

    from reader.cli import cli

    monkeypatch.chdir(tmp_path)
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "notes.txt").write_text("not a library", encoding="utf-8")
    runner = CliRunner()
    refused = runner.invoke(cli, ["--db", "./x//notes.txt", "list"])
    assert refused.exit_code == 1
    assert refused.output.strip().splitlines() == [
        "Error: x/notes.txt is not a Kutip library (not an SQLite database); it was left"
        " untouched."]
    wrote = runner.invoke(cli, ["--db", "./x/./lib.sqlite", "export", "--format", "csv",
                                "-o", ".//x/out.csv"])
    assert wrote.exit_code == 0, wrote.output
    assert "Wrote x/out.csv" in wrote.output
    assert (tmp_path / "x" / "lib.sqlite").exists()
    assert (tmp_path / "x" / "out.csv").read_text(encoding="utf-8").startswith("article_id,")


def test_a_csv_export_of_the_users_own_library_loads_no_platformdirs(tmp_path):
    """`kutip export --format csv -o FILE` with no ``--db`` (the user's own library, as the
    README's examples run it) finds the library's folder without platformdirs, pathlib or
    tempfile (≈7 ms more than with ``--db``, issue 12)."""
    home = tmp_path / "home"
    Library(home / ".local" / "share" / "Kutip" / "library.sqlite").close()
    out = tmp_path / "out.csv"
    loaded = _newly_loaded(["export", "--format", "csv", "-o", str(out)], None,
                           ["platformdirs", "pathlib", "tempfile"],
                           env={"HOME": str(home), "XDG_DATA_HOME": ""})
    assert loaded == []
    assert out.read_text(encoding="utf-8").startswith("article_id,")


@pytest.mark.skipif(sys.platform != "linux", reason="the XDG rule Kutip reads itself")
@pytest.mark.parametrize(("xdg", "home"), [
    (None, "/home/ana"), ("", "/home/ana/"), ("/data/xdg", "/home/ana"), ("/data/xdg/", None),
    ("relative/xdg", "/home/ana"), (None, None), (None, "relative"), ("~/xdg", "/home/ana")])
def test_the_users_library_folder_is_platformdirs(xdg, home, monkeypatch):
    """``paths.user_data_dir`` is the folder platformdirs gives Kutip, whatever
    ``$XDG_DATA_HOME`` and ``$HOME`` say (set, unset, empty, relative)."""
    import platformdirs

    from reader.core.paths import user_data_dir

    for name, value in (("XDG_DATA_HOME", xdg), ("HOME", home)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    assert user_data_dir() == platformdirs.user_data_dir("Kutip", appauthor=False)


def test_the_kutip_command_imports_its_modules_with_the_collector_paused():
    """The `kutip` entry point (``reader.launcher``) imports click and the command line with
    no cyclic garbage collection on the way (each would walk every module object built so
    far: ≈3 ms of a CSV export process, issue 12), freezes what they built, and runs the
    command with the collector on."""
    # (counted from after the launcher's own import: without a bytecode cache, as with
    # PYTHONDONTWRITEBYTECODE=1, compiling it may collect before its pause can begin)
    code = ("import gc, sys\n"
            "import reader.launcher\n"
            "before = sum(s['collections'] for s in gc.get_stats())\n"
            "enable = gc.enable\n"
            "def enabled():\n"
            "    print('collections', sum(s['collections'] for s in gc.get_stats()) - before,"
            " 'frozen', gc.get_freeze_count() > 10_000, 'click' in sys.modules)\n"
            "    enable()\n"
            "gc.enable = enabled\n"
            "import atexit\n"
            "atexit.register(lambda: print('after', gc.isenabled()))\n"
            "sys.argv = ['kutip', '--version']\n"
            "reader.launcher.main()\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "collections 0 frozen True True" in lines and lines[-1] == "after True", lines


def _launched(args: list[str], db: Path, before: str = "") -> subprocess.CompletedProcess:
    """Run the `kutip` entry point (``reader.launcher.main``) on ARGS, after ``before``."""
    code = (f"import sys\n{before}\n"
            "from reader.launcher import main\n"
            f"sys.argv = ['kutip', *{args!r}]\n"
            "main()\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "KUTIP_DB": str(db)}
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                          timeout=120)


def test_a_command_ends_with_its_output_whole_and_its_exit_code(seeded_library, db_path,
                                                                tmp_path):
    """The entry point ends the process without Python's teardown (issue 12), after the
    command: its output is whole (a CSV bigger than a pipe's buffer), its exit code kept
    (0, a library's error 1, a usage error 2), the ``atexit`` functions run, and the
    library closed as usual (no ``-wal``/``-shm`` left next to it)."""
    from click.testing import CliRunner

    from reader.cli import cli

    for n in range(300):
        seeded_library.annotations.add(1, n, n + 20, kind="highlight", note=f"catatan {n}")
    seeded_library.close()
    reference = tmp_path / "reference.csv"
    CliRunner().invoke(cli, ["--db", str(db_path), "export", "--format", "csv", "-o",
                             str(reference)])
    done = _launched(["export", "--format", "csv"], db_path,
                     "import atexit; atexit.register(lambda: print('atexit ran',"
                     " file=sys.stderr))")
    assert done.returncode == 0 and len(done.stdout) > 70_000
    assert done.stdout == reference.read_bytes()
    assert done.stderr.decode().splitlines() == ["atexit ran"]
    assert sorted(p.name for p in db_path.parent.iterdir()
                  if p.name.startswith(db_path.name)) == [db_path.name]
    out = tmp_path / "out.csv"
    assert _launched(["export", "--format", "csv", "-o", str(out)], db_path).returncode == 0
    assert out.read_bytes() == reference.read_bytes()
    missing = _launched(["export", "--format", "csv", "--collection", "Nope"], db_path)
    assert missing.returncode == 1
    assert missing.stderr.decode().strip() == "Error: There is no collection “Nope”."
    assert _launched(["export", "--format", "bogus"], db_path).returncode == 2


def test_the_process_keeps_pythons_exit_when_something_may_need_it(monkeypatch):
    """No early end while another thread runs, once the app (Qt) is loaded, for an exit that
    is not a code, or when standard output cannot be flushed (a closed pipe): Python's own
    exit does what it always did."""
    import threading

    from reader import launcher

    ended = []
    monkeypatch.setattr(os, "_exit", ended.append)
    stop = threading.Event()
    worker = threading.Thread(target=stop.wait)
    worker.start()
    try:
        launcher._end(0)
    finally:
        stop.set()
        worker.join()
    monkeypatch.setitem(sys.modules, "PySide6", sys)
    launcher._end(0)
    monkeypatch.delitem(sys.modules, "PySide6")
    launcher._end("Aborted!")

    class Closed:
        def flush(self):
            raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(sys, "stdout", Closed())
    launcher._end(0)
    assert ended == []
