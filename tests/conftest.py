"""Shared fixtures: every test gets its own library file and its own Qt settings."""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if os.environ["QT_QPA_PLATFORM"] == "offscreen":
    # Qt's offscreen screen is 800×800 unless told otherwise; the tests' windows are laid
    # out on a common desktop screen instead, the one the bench uses (the first-run window
    # fits the screen).
    os.environ["QT_QPA_PLATFORM"] = "offscreen:configfile=" + str(
        Path(__file__).resolve().parents[1] / "bench" / "offscreen-1920x1080.json")

# One locale wherever the tests run: without --lang, `kutip export` writes in the user's
# locale's language, as the app's interface (and so its exports) follows it.
for _name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "C.UTF-8"

import pytest  # noqa: E402

from reader.core.library import Library, open_library  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_c6336f8cebf4cd51.txt"
DATA = Path(__file__).resolve().parent / "data"


@pytest.hookimpl(trylast=True)
def pytest_configure(config):
    """pytest-qt has loaded PySide6 into this process, whichever tests run: the guard the
    app applies (``reader.app.pyside_guard``) goes on here too, else a run of core tests
    alone (no ``tests/app`` module collected, so ``reader.app`` never imported) aborts with
    "none_dealloc" (tests/test_pyside_none_leak.py)."""
    if "PySide6" in sys.modules:
        from reader.app.pyside_guard import protect_none

        protect_none()


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    """Never touch the user's real library or settings."""
    monkeypatch.setenv("KUTIP_DB", str(tmp_path / "default-library.sqlite"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("KUTIP_CODER", raising=False)


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "library.sqlite"


@pytest.fixture
def fresh_library(db_path):
    library = Library(db_path)
    yield library
    library.close()


@pytest.fixture
def seeded_library(db_path):
    """A library made the way the default library's first run makes it: from the seed article."""
    library = open_library(db_path, seed=True)
    yield library
    library.close()


@pytest.fixture
def seed_id(seeded_library) -> int:
    return seeded_library.articles.ids()[0]


@pytest.fixture
def seed_path() -> Path:
    return SEED


@pytest.fixture
def run(db_path):
    """``run("list", "--json")``: the CLI on this test's library, as a user types it.

    The test's library holds the seed article, as the default library does after its first
    run; ``db=`` points at another file, which (like ``kutip --db NEW_FILE``) starts empty.
    """
    from click.testing import CliRunner

    from reader.cli import cli

    def invoke(*args, input=None, db=None):
        if db is None and not db_path.exists():
            open_library(db_path, seed=True).close()
        return CliRunner().invoke(cli, ["--db", str(db or db_path), *args], input=input,
                                  catch_exceptions=False)

    return invoke


# ---------------------------------------------------------------- PostgreSQL (team library)
@pytest.fixture(scope="session")
def pg_server():
    """One throwaway PostgreSQL server for the whole test session (see ``pg_server.py``).
    Skips when PostgreSQL is not installed, except in CI, where that is a failure."""
    import pg_server as servers

    if servers.binaries() is None:
        reason = ("PostgreSQL's server binaries (initdb, pg_ctl) are not installed:"
                  " apt install postgresql")
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(reason + " (CI must run the PostgreSQL tests)")
        pytest.skip(reason)
    with servers.running() as server:
        yield server


@pytest.fixture(scope="session")
def pg_template(pg_server):
    """A migrated team library that each test's library is copied from (fast)."""
    from reader.core.store.postgres import PgDatabase, migrate

    admin = PgDatabase.connect(pg_server.url())
    admin.execute("CREATE DATABASE kutip_template")
    admin.close()
    db = PgDatabase.connect(pg_server.url("kutip_template"))
    migrate(db)
    db.close()
    return "kutip_template"


_pg_databases = iter(range(1, 10**6))


@pytest.fixture
def pg_url(pg_server, pg_template):
    """The URL of a fresh team library of this test's own (its schema up to date)."""
    from reader.core.store.postgres import PgDatabase

    name = f"kutip_test_{next(_pg_databases)}"
    admin = PgDatabase.connect(pg_server.url())
    admin.execute(f"CREATE DATABASE {name} TEMPLATE {pg_template}")
    admin.close()
    yield pg_server.url(name)
    admin = PgDatabase.connect(pg_server.url())
    admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    admin.close()


_team_libraries = iter(range(1, 10**6))


@pytest.fixture
def team_library(pg_server):
    """An empty team library made by ``kutip team init`` (its own database and roles):
    (its owner's URL, a function giving a new member's URL: ``member("ana", "coder")``,
    its number, which each login's name ends with: ``ana_3``)."""
    from click.testing import CliRunner

    from reader.cli import cli

    n = next(_team_libraries)
    name = f"team_{n}"
    url = pg_server.url(name)
    result = CliRunner().invoke(cli, ["team", "init", url], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "created" in result.output

    def member(login, role):
        login = f"{login}_{n}"
        pg_server.set_password(login, f"pw-{login}")
        result = CliRunner().invoke(cli, ["team", "add-user", url, login, "--role", role],
                                    input=f"pw-{login}\npw-{login}\n", catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return pg_server.url(name, login)

    yield url, member, n


@pytest.fixture
def analysed_lengths(monkeypatch) -> list[int]:
    """The length of every text ``quotes.guess_speaker`` is given from now on (it still
    answers): what a speaker pre-fill analyses (R13-2)."""
    from reader.core import quotes

    real = quotes.guess_speaker
    lengths: list[int] = []

    def guess(text, start, end, aliases=None):
        lengths.append(len(text))
        return real(text, start, end, aliases)

    monkeypatch.setattr(quotes, "guess_speaker", guess)
    return lengths
