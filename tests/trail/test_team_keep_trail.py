"""``kutip team keep-trail``: since migration 0025 a coder's Kutip only reads the shared
quote trail, so a coder's quotes wait for an editor's or the owner's Kutip. Run with an
editor's login it takes them in now; with ``--watch`` it listens for the server's change
notices and takes each burst of writes in, a line per catch-up, until Ctrl+C (a clean
exit); a coder or a reader is refused in one line."""

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import psycopg
from click.testing import CliRunner

from reader.cli import cli
from reader.core.library import Library, team
from reader.core.paths import seeds_dir

from .conftest import DATA, LAVROV

ROOT = Path(__file__).resolve().parents[2]
NAMED = "Maria Zakharova"  # (not the attribution's guess: only the coder's quote says it)


def _listed(login):
    result = CliRunner().invoke(cli, ["--db", login, "quotes", "--json"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return [(c["outlets"], c["speaker"]) for c in json.loads(result.stdout)]


def _three_outlets(url, editor):
    """Three outlets' Lavrov quotation, nobody's quote yet; the trail built by the editor's
    Kutip. The seed's id."""
    with Library(url) as owner:
        owner.imports.paths([seeds_dir()])
        seed_id = owner.articles.ids()[0]
        owner.imports.paths([DATA / "antara-lavrov.txt", DATA / "republika-lavrov.txt"])
    assert _listed(editor) == [(3, "Sergey Lavrov")]
    return seed_id


def test_keep_trail_takes_a_coders_quote_in_and_refuses_coders_and_readers(team_library):
    url, member, _n = team_library
    ana, eka, rini = member("ana", "coder"), member("eka", "editor"), member("rini", "reader")
    seed_id = _three_outlets(url, eka)
    with Library(ana) as coder:
        coder.annotations.add_exact(seed_id, LAVROV, kind="quote", speaker=NAMED)
    assert _listed(ana) == [(3, "Sergey Lavrov")]  # (hers waits for an editor's Kutip)
    runner = CliRunner()
    for login in (ana, rini):
        refused = runner.invoke(cli, ["team", "keep-trail", login])
        assert refused.exit_code == 1
        assert refused.output.strip().splitlines() == [
            "Error: Only an editor or the owner keeps the team library's quote trail up to"
            " date; your login may only read it (ask an editor to run kutip team"
            " keep-trail)."]
    kept = runner.invoke(cli, ["team", "keep-trail", eka], catch_exceptions=False)
    assert kept.exit_code == 0, kept.output
    assert "caught up: 1 change taken in" in kept.output
    assert _listed(ana) == [(3, NAMED)]
    again = runner.invoke(cli, ["team", "keep-trail", eka], catch_exceptions=False)
    assert again.output == "The quote trail is up to date.\n"
    local = runner.invoke(cli, ["team", "keep-trail", "library.sqlite"])
    assert local.exit_code == 2 and "postgresql://" in local.output


def _line(process, deadline, wanted):
    """Lines of the process's output up to the first holding ``wanted``."""
    seen = []
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        seen.append(line)
        if wanted in line:
            return seen
    raise AssertionError(f"no {wanted!r} in {seen!r}")


def test_keep_trail_watches_for_a_coders_import_until_ctrl_c(team_library):
    url, member, _n = team_library
    ana, eka = member("ana", "coder"), member("eka", "editor")
    seed_id = _three_outlets(url, eka)
    # (Ctrl+C as a terminal gives it: a test run started in the background, `.ci/run &`,
    # passes SIGINT on ignored, and Python then installs no handler for it)
    code = ("import faulthandler, signal, sys\n"
            "signal.signal(signal.SIGINT, signal.default_int_handler)\n"
            "faulthandler.register(signal.SIGUSR1)\n"  # (where it hangs, if it does)
            "from reader.cli import main\n"
            f"sys.argv = ['kutip', 'team', 'keep-trail', '--watch', {eka!r}]\nmain()\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen([sys.executable, "-c", code], env=env, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        _line(process, deadline, "Ctrl+C stops")
        with Library(ana) as coder:  # her quote, while the editor is away
            coder.annotations.add_exact(seed_id, LAVROV, kind="quote", speaker=NAMED)
        _line(process, deadline, "caught up: 1 change taken in")
        assert _listed(ana) == [(3, NAMED)]
        process.send_signal(signal.SIGINT)
        try:
            out, err = process.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGUSR1)  # (its threads' stacks, to stderr)
            time.sleep(1)
            process.kill()
            out, err = process.communicate()
            raise AssertionError(f"still running 60 s after Ctrl+C:\n{err}") from None
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    assert out.strip().splitlines()[-1] == (
        "Stopped; the quote trail is as the last catch-up left it.")
    assert "Traceback" not in err


def test_keep_trail_watching_outlives_a_lost_connection(team_library):
    """The server drops the watcher's connection (a restart, a network cut): the watch
    waits it out, reconnects (LISTEN again) and takes the next coder's quote in."""
    url, member, _n = team_library
    ana, eka = member("ana", "coder"), member("eka", "editor")
    seed_id = _three_outlets(url, eka)
    reports, problems, stop = [], [], threading.Event()
    with Library(eka) as editor:
        login = psycopg.conninfo.conninfo_to_dict(eka)["user"]
        watch = threading.Thread(target=team.keep_trail, args=(editor,), kwargs={
            "watch": True, "caught_up": reports.append, "should_stop": stop.is_set,
            "failed": problems.append, "quiet": 0.2, "poll": 1.0})
        watch.start()
        try:
            time.sleep(2)  # (its first catch-up done: nothing to take in)
            with psycopg.connect(url, autocommit=True) as conn:
                assert conn.execute("SELECT count(pg_terminate_backend(pid)) FROM"
                                    " pg_stat_activity WHERE usename = %s",
                                    [login]).fetchone()[0] == 1
            time.sleep(1.5)
            with Library(ana) as coder:
                coder.annotations.add_exact(seed_id, LAVROV, kind="quote", speaker=NAMED)
            deadline = time.monotonic() + 60
            while not reports and time.monotonic() < deadline:
                time.sleep(0.2)
        finally:
            stop.set()
            watch.join(30)
    assert not watch.is_alive()
    assert sum(r.processed for r in reports) == 1, problems
    assert _listed(ana) == [(3, NAMED)]
