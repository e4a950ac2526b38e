"""Where Kutip's files live: the default library, the seed articles, the shipped resources.

A wheel carries ``seeds/`` and ``resources/`` inside the package as ``reader/_data/``;
a source checkout (or an editable install) finds them at the top of the tree.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

# (``pathlib`` is imported by what builds a ``Path``, not here: a command opening a library
# named by ``--db`` never needs one, and pathlib with ``urllib.parse`` is ≈3 ms of every
# process, issue 12)

APP_NAME = "Kutip"
DB_ENV = "KUTIP_DB"
DB_FILENAME = "library.sqlite"


@cache
def _package() -> Path:
    """The ``reader`` package's folder, found when first asked for (``resolve`` looks at
    every folder on the way)."""
    from pathlib import Path

    return Path(__file__).resolve().parents[1]


def path_text(path: str | os.PathLike[str]) -> str:
    """``str(Path(path))``: the path as ``pathlib`` spells it (no ``.`` parts, no doubled or
    trailing ``/``), without importing it on POSIX, for the paths a command is given: its
    messages name a file as they always did (issue 12)."""
    text = os.fspath(path)
    if os.name != "posix" or not isinstance(text, str):
        from pathlib import Path

        return str(Path(text))
    root = "//" if text[:2] == "//" and text[2:3] != "/" else "/" if text[:1] == "/" else ""
    return root + "/".join(part for part in text.split("/") if part and part != ".") or "."


def storable_name(name: str) -> str:
    """A file's name or path as text a library can store: each byte that is not UTF-8 (which
    Python hands over as a lone surrogate, "caf\\udce9" for a Latin-1 "café") written out as
    ``\\xe9``, so two such names stay two; any other lone surrogate as U+FFFD. Importing
    such a file failed with "'utf-8' codec can't encode character '\\udce9'" (R20-8's class:
    the file's name is its title, ``original_name`` and ``original_path``)."""
    if name.isascii() or not any("\ud800" <= ch <= "\udfff" for ch in name):
        return name
    return "".join(f"\\x{ord(ch) - 0xDC00:02x}" if "\udc80" <= ch <= "\udcff"
                   else "\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in name)


def named_db_path() -> Path | None:
    """The library ``$KUTIP_DB`` names, if it names one."""
    env = os.environ.get(DB_ENV)
    if not env:
        return None
    from pathlib import Path

    return Path(env).expanduser()


#: how a team library (on a PostgreSQL server) is named instead of a file
TEAM_SCHEMES = ("postgresql://", "postgres://")


def is_team_url(value: object) -> bool:
    """True for a ``postgresql://`` / ``postgres://`` URL: a team library, not a file."""
    return isinstance(value, str) and value.strip().lower().startswith(TEAM_SCHEMES)


def library_location(value: str | Path) -> str | Path:
    """A library as given: a team library's URL stays a string (a ``Path`` would fold its
    ``//``), anything else is a file's path."""
    if isinstance(value, str) and is_team_url(value):
        return value.strip()
    from pathlib import Path

    return Path(value)


def default_library() -> str:
    """The library used when ``--db`` says nothing: ``$KUTIP_DB`` (a file, or a team
    library's URL), else the user's own file (``default_db_path``, as a string: no
    ``pathlib`` for a command on the user's own library, issue 12)."""
    env = os.environ.get(DB_ENV, "")
    return env.strip() if is_team_url(env) else _default_db_file()


def default_db_path() -> Path:
    """The library used when ``--db`` names none: ``$KUTIP_DB``'s, else the user's own."""
    from pathlib import Path

    return Path(_default_db_file())


def _default_db_file() -> str:
    named = os.environ.get(DB_ENV)
    if named:  # (as ``named_db_path`` spells it)
        return path_text(os.path.expanduser(named))
    return path_text(os.path.join(user_data_dir(), DB_FILENAME))


def user_data_dir() -> str:
    """Where Kutip keeps the user's library: ``platformdirs.user_data_dir("Kutip",
    appauthor=False)``. On Linux that is the XDG rule (``$XDG_DATA_HOME`` when it is an
    absolute path, else ``~/.local/share``, then ``Kutip``), read here without importing
    platformdirs (with ``pathlib`` and ``tempfile``, ≈7 ms of a command on the user's own
    library, issue 12); anything else (another system, no absolute ``$HOME``, Android)
    asks platformdirs. tests/test_cli_startup.py checks both give the same folder."""
    if (sys.platform == "linux" and not hasattr(sys, "getandroidapilevel")
            and "ANDROID_DATA" not in os.environ):
        data = os.environ.get("XDG_DATA_HOME", "")
        if os.path.isabs(data):
            return os.path.join(data, APP_NAME)
        home = os.environ.get("HOME")
        if home and os.path.isabs(home):
            return os.path.join(os.path.expanduser("~/.local/share"), APP_NAME)
    import platformdirs  # only when no library is named: not for --help or --version

    return platformdirs.user_data_dir(APP_NAME, appauthor=False)


def _data_dir(name: str) -> Path:
    packaged = _package() / "_data" / name
    if packaged.is_dir():
        return packaged
    return _package().parent / name


def seeds_dir() -> Path:
    return _data_dir("seeds")


def resources_dir() -> Path:
    return _data_dir("resources")


def child_command(module: str) -> tuple[list[str], dict[str, str]]:
    """The command line and environment that run ``python -m module`` with this same Kutip
    code, for work done in a child process that can be killed or confined."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(_package().parent),
                                                      env.get("PYTHONPATH", "")]))
    return [sys.executable, "-m", module], env
