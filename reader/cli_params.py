"""Parameter types the ``kutip`` commands share: ids and counts SQLite can hold.

A plain ``type=int`` takes any integer, and one beyond 64 bits reached SQLite as an
``OverflowError`` traceback (``kutip show 99999999999999999999``). These ranges make click
answer with one line instead, naming the option and the range.
"""

from __future__ import annotations

import click

from .core.paths import is_team_url, path_text

__all__ = ["COUNT", "ID", "LIBRARY", "MAX_INTEGER", "POSITIVE"]

MAX_INTEGER = 2**63 - 1  # the largest INTEGER SQLite stores

#: an article, annotation or feed id
ID = click.IntRange(min=1, max=MAX_INTEGER)
#: a limit or count that may be 0
COUNT = click.IntRange(min=0, max=MAX_INTEGER)
#: a limit or count of at least 1
POSITIVE = click.IntRange(min=1, max=MAX_INTEGER)


class LibraryLocation(click.ParamType):
    """A library file's path (spelt as ``str(Path(value))``) or a team library's
    ``postgresql://`` URL (as given: a ``Path`` would fold its ``//``), each a string:
    building a ``Path`` would load ``pathlib`` and ``urllib.parse``, ≈3 ms of every command
    (issue 12)."""

    name = "PATH|URL"

    def convert(self, value, param, ctx):
        if isinstance(value, str) and is_team_url(value):
            return value.strip()
        return path_text(click.Path(dir_okay=False).convert(value, param, ctx))


#: ``--db``: a library file or a team library's URL
LIBRARY = LibraryLocation()
