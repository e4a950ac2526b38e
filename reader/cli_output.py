"""What the command line prints: imported text reaches a terminal escaped, files are whole.

Imported titles, quotes and names may hold escape sequences (OSC 52 writes the clipboard,
OSC 0 the window title, ``CSI 2J`` clears the screen, ``CSI 8m`` hides text). Every line
``kutip`` prints goes through :func:`echo` (control characters shown as ``\\x1b``) or
:func:`echo_json`; an export goes to a pipe or file byte for byte, and to a terminal escaped
(:func:`emit`); a file written with ``-o`` replaces the old one only once it is complete.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable

import click

from .core.paths import storable_name
from .core.textnorm import UNSAFE as _UNSAFE
from .core.textnorm import shown_controls

__all__ = ["as_dict", "echo", "echo_json", "emit", "terminal_safe", "to_terminal"]

#: what ``echo_json`` writes as a ``\\u`` escape: control characters, and a lone surrogate
#: (a byte that is not UTF-8 in a file's name), which a UTF-8 terminal cannot take raw
_ESCAPED_IN_JSON = _UNSAFE[:-1] + "\ud800-\udfff]"


def terminal_safe(text, keep: str = "") -> str:
    """``text`` with control characters shown escaped (``\\x1b``, ``\\u202e``) instead of
    sent raw (the app shows them the same way: ``shown_controls``); a byte that is not
    UTF-8 (a file's name from a Latin-1 system) as ``\\xe9``, which a UTF-8 terminal's
    strict encoder refused: the whole command failed on a line naming the file (R20-8)."""
    return shown_controls(storable_name(str(text)), keep)


def to_terminal() -> bool:
    """Whether standard output is a terminal (not a pipe or a file)."""
    return sys.stdout.isatty()


def echo(message="", **kwargs) -> None:
    """``click.echo`` for text that may hold imported data: never raw control characters."""
    click.echo(terminal_safe(message), **kwargs)


def echo_json(data) -> None:
    """``data`` as indented JSON; DEL and C1 (which JSON leaves raw) as ``\\u`` escapes."""
    import json  # (here: `kutip --version` and `--help` do not load it, issue 12)

    text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    click.echo(re.sub(_ESCAPED_IN_JSON, lambda m: f"\\u{ord(m.group()):04x}", text))


def as_dict(item) -> dict:
    """A model (a dataclass) as a dict for :func:`echo_json`: ``dataclasses.asdict``, loaded
    by the commands that print JSON (``--version`` and ``--help`` never load it)."""
    from dataclasses import asdict

    return asdict(item)


def speaker_shown(note) -> str:
    """An annotation's speaker as its article writes it, with the library's speaker (the
    person it counts for) when that is spelled otherwise: "Sergey Lavrov (library speaker
    Sergei Lavrov)"; '' when it names none."""
    if note.speaker and note.speaker_written and note.speaker_written.lower() != (
            note.speaker.lower()):
        return f"{note.speaker_written} (library speaker {note.speaker})"
    return note.speaker


def emit(text: str | Iterable[str], output: str | os.PathLike[str] | None) -> None:
    """An export to ``output`` (all or nothing; written as its parts come when it comes in
    parts), or to standard output when it is None."""
    if output is None:
        if not isinstance(text, str):
            text = "".join(text)
        # into a pipe or file byte for byte; to a terminal escaped. (color=True: click would
        # otherwise strip whatever looks like a colour code out of the data.)
        # A CSV's CRLF line ends reach a terminal as newlines; a lone CR (which would let
        # the rest of a line overwrite its start) is shown escaped like any control.
        shown = terminal_safe(text.replace("\r\n", "\n")) if to_terminal() else text
        click.echo(shown, nl=False, color=True)
        return
    from .core.files import write_file_atomic

    try:
        write_file_atomic(output, text)  # a failed write leaves the old file as it was
    except OSError as error:
        raise click.ClickException(
            terminal_safe(f"cannot write {output}: {error.strerror or error}")) from error
    echo(f"Wrote {output}", err=True)
