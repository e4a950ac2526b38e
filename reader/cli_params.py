"""Parameter types the ``kutip`` commands share: ids and counts SQLite can hold.

A plain ``type=int`` takes any integer, and one beyond 64 bits reached SQLite as an
``OverflowError`` traceback (``kutip show 99999999999999999999``). These ranges make click
answer with one line instead, naming the option and the range.
"""

from __future__ import annotations

import os

import click

from .core.paths import is_team_url, path_text

__all__ = ["AS_TYPED", "ID", "LIBRARY", "LIMIT", "MAX_INTEGER", "POSITIVE", "TEXT", "checked_text"]

MAX_INTEGER = 2**63 - 1  # the largest INTEGER SQLite stores


class AtLeastOne(click.IntRange):
    """An integer of 1 or more that SQLite holds. Its help names only the lower bound
    ("INTEGER RANGE [x>=1]"): ``IntRange(max=MAX_INTEGER)`` printed "[1<=x<=
    9223372036854775807]" in every ``--help`` (R11-5). A number beyond what SQLite holds is
    refused in one line, as before. What is refused is said in words, with what the value
    is (``what``: "an id"): click's own "'abc' is not a valid integer range." and "0 is not
    in the range x>=1." said neither (R12-13)."""

    def __init__(self, what: str, first: str, whole: str) -> None:
        super().__init__(min=1)
        self.what, self.first, self.whole = what, first, whole

    def convert(self, value, param, ctx):
        if isinstance(value, int):
            number = value
        else:
            try:
                number = int(str(value).strip())
            except ValueError:
                self.fail(f"{str(value)!r} is not {self.what}: {self.whole}.", param, ctx)
        if number < 1:
            self.fail(f"{number} is not {self.what}: {self.first}.", param, ctx)
        if number > MAX_INTEGER:
            self.fail(f"{number} is too large (the largest is {MAX_INTEGER}).", param, ctx)
        return number


#: an article, annotation or feed id
ID = AtLeastOne("an id", "ids start at 1", "ids are whole numbers from 1")
#: a limit or count of at least 1
POSITIVE = AtLeastOne("a count", "give 1 or more", "give a whole number, 1 or more")


class Limit(click.ParamType):
    """``--limit N``: at most N rows, N ≥ 1, the same in every command. 0 is refused in
    one line: it would print nothing, or, in ``kutip quotes``, "No statement is quoted more
    than once." of a library that has some (click's ``IntRange`` would name the range up
    to 2**63). A limit beyond what SQLite holds shows everything."""

    name = "integer"

    def convert(self, value, param, ctx):
        number = click.INT.convert(value, param, ctx)  # click's message for "abc"
        if number < 1:
            default = param.default if param is not None else None
            instead = "all" if default is None else f"up to {default}"
            self.fail(f"{number} is not a number of rows to show: give 1 or more, or leave"
                      f" --limit out to show {instead}.", param, ctx)
        return min(number, MAX_INTEGER)


#: ``--limit`` of ``list``, ``search`` and ``quotes``
LIMIT = Limit()


class LibraryLocation(click.ParamType):
    """A library file's path (spelt as ``str(Path(value))``) or a team library's
    ``postgresql://`` URL (as given: a ``Path`` would fold its ``//``), each a string:
    building a ``Path`` would load ``pathlib`` and ``urllib.parse``, ≈3 ms of every command
    (issue 12)."""

    name = "PATH|URL"

    def convert(self, value, param, ctx):
        if isinstance(value, str) and is_team_url(value):
            return value.strip()
        if isinstance(value, str) and value.endswith(("/", os.sep)):
            from .core.files import folder_named  # (here: no command's start loads it)

            named = folder_named(value)  # (``path_text`` would drop the "/": a FILE of it)
            if named is not None:
                self.fail(named, param, ctx)
        return path_text(click.Path(dir_okay=False).convert(value, param, ctx))


#: ``--db``: a library file or a team library's URL
LIBRARY = LibraryLocation()


class Text(click.types.StringParamType):
    """Text typed on the command line (a note, a speaker, a tag, a coder, a search): one
    that is not UTF-8 is refused in one line, naming the option. Python hands such bytes
    over as lone surrogates ("caf\\xe9" from a Latin-1 terminal is "caf\\udce9"), which the
    library cannot store: `--note` said "'utf-8' codec can't encode character '\\udce9'
    ...", `--coder` "cannot contain control characters", and `kutip search` found nothing
    without a word (R20-8)."""

    def convert(self, value, param, ctx):
        text = super().convert(value, param, ctx)
        bad = next((ch for ch in text if "\ud800" <= ch <= "\udfff"), None)
        if bad is not None:
            byte = f" (byte 0x{ord(bad) - 0xDC00:02X})" if "\udc80" <= bad <= "\udcff" else ""
            self.fail(f"this is not UTF-8 text{byte}: set your terminal or script to UTF-8"
                      " and type it again.", param, ctx)
        return text


class AsTyped(click.types.StringParamType):
    """A path, a URL or a file's name as the terminal gave it, bytes and all (a file name
    need not be UTF-8): not checked as ``TEXT`` is."""


#: every plain text parameter (``checked_text`` makes them so)
TEXT = Text()
#: a file or a URL named on the command line (``kutip import``'s sources, a backup's name)
AS_TYPED = AsTyped()


def checked_text(command: click.Command) -> click.Command:
    """``command`` (and a group's commands) with every plain text parameter ``TEXT``: one
    place for all of them, so a new option cannot miss it. Paths keep their own types, and
    the ones given as plain text are ``AS_TYPED``."""
    for param in command.params:
        if type(param.type) is click.types.StringParamType:
            param.type = TEXT
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            checked_text(sub)
    return command
