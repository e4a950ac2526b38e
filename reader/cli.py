"""The ``kutip`` command line: a thin wrapper around ``reader.core.library.Library``.

With no command it opens the desktop app. Every command takes ``--db PATH``
(or ``$KUTIP_DB``); library errors become one-line messages, never tracebacks.

The commands live in modules of their own (``COMMANDS`` says which), imported when one of
theirs runs: ``kutip show`` builds the six reading commands, not the forty others with their
options, and ``kutip --help`` lists them all from ``COMMANDS`` without importing any (issue 12).
"""

from __future__ import annotations

import contextlib
import functools
import gc
import importlib
import os
import re
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import click

from . import __version__
from .cli_output import as_dict, terminal_safe
from .cli_output import echo as _echo
from .cli_output import echo_json as _echo_json
from .cli_params import LIBRARY, TEXT
from .core.paths import DB_ENV

if TYPE_CHECKING:
    from pathlib import Path

    from .core.library import ImportReport, Library

# The library (sqlite_utils, the store, the engines) is imported by the commands that open
# one, never at start-up: `kutip --version` and `--help` cost what click costs (issue 12).

#: the environment variable naming who is coding (as ``kutip --coder``)
CODER_ENV = "KUTIP_CODER"

#: every command: its module (``reader.cli_*``), and the first paragraph of its help, which
#: ``kutip --help`` shortens to list it without importing the module (tests/test_cli_startup.py
#: checks each against the command's own help)
COMMANDS: dict[str, tuple[str, str]] = {
    "agreement": ("cli_agreement", "Inter-coder agreement: Krippendorff's α, Cohen's κ and"
                  " percent agreement."),
    "annotate": ("cli_editing", "Tag the span of ARTICLE_ID whose text is EXACT."),
    "backups": ("cli_backups", "List the backups of the library: the copy Kutip writes next to"
                " it before each upgrade (NAME.schema-vN.backup.sqlite). Only the newest is"
                " kept; `kutip backups remove` deletes one when you no longer need it."),
    "blind": ("cli_agreement", "Blind double-coding: on the articles of a collection coded"
              " blind, each coder sees only their own annotations and suggestion decisions"
              " (in the app, `show`, `list` counts aside, exports and `suggest`), so a second"
              " coding is independent. `kutip agreement` still compares everyone's."),
    "coders": ("cli_reading", "List coders with how many annotations (on how many articles)"
               " each made."),
    "export": ("cli_export", "Export annotations as Markdown, CSV or W3C JSON, or write an"
               " exchange file: the portable library file, a REFI-QDA project or codebook,"
               " the coded table (the whole library by default)."),
    "feed": ("cli_feeds", "Follow RSS and Atom feeds: new items become articles when you"
             " refresh."),
    "import": ("cli_editing", "Import files, folders (recursively), '-' for standard input,"
               " or a URL."),
    "import-annotations": ("cli_editing", "Add annotations from a W3C Web Annotation JSON file"
                           " (as `kutip export --format json`)."),
    "import-qdpx": ("cli_exchange", "Import a REFI-QDA project (.qdpx from MAXQDA, ATLAS.ti,"
                    " NVivo, QualCoder …)."),
    "list": ("cli_reading", "List articles: id, date, source, title and counts of quotes /"
             " claims / highlights."),
    "merge": ("cli_exchange", "Merge a portable library file (from `kutip export --format"
              " kutip`) into this one."),
    "quotes": ("cli_trail", "List statements quoted more than once: clusters of the same"
               " quotation."),
    "search": ("cli_reading", "Full-text search in articles and annotations, best first."),
    "show": ("cli_reading", "Show an article's details, text and annotations."),
    "speakers": ("cli_reading", "List speakers with their aliases and number of quotes."),
    "suggest": ("cli_editing", "List the quotes and claims Kutip detects in ARTICLE_ID, or"
                " --accept them."),
    "tags": ("cli_reading", "List tags with their colours and how often they are used."),
    "team": ("cli_team", "A team library on a PostgreSQL server: several people reading and"
             " annotating one library at once, each with a login and a role."),
    "trail": ("cli_trail", "Show the trail of QUOTE: every version of the statement. QUOTE"
              " is a quote annotation's id, or ARTICLE:CHARACTER of a quoted passage not yet"
              " annotated (as `kutip quotes` lists them)."),
}


def library_of(ctx: click.Context) -> Library:
    """The library this ``kutip`` process works on, opened on first use (closed at exit)."""
    ctx.ensure_object(dict)
    if "library" not in ctx.obj:
        with _start_up():
            from .core.library import LibraryError, open_library
            from .core.store import StoreError

            try:
                ctx.obj["library"] = open_library(ctx.obj.get("db"))
            except StoreError as error:
                raise click.ClickException(in_locale(error)) from error
            if ctx.obj["library"].upgrade is not None:  # one line: where its old copy is
                _echo(f"{ctx.obj['library'].upgrade.message()} `kutip backups` lists and "
                      f"removes backups.", err=True)
        try:
            ctx.obj["library"].coders.use(ctx.obj.get("coder"))
        except LibraryError as error:
            ctx.obj["library"].close()
            raise click.ClickException(f"--coder: {in_locale(error)}") from error
        ctx.call_on_close(ctx.obj["library"].close)
    return ctx.obj["library"]


@contextlib.contextmanager
def _start_up() -> Iterator[None]:
    """Loading the library's modules and opening it, without the cyclic garbage collector:
    the modules, classes and functions built then live as long as the process, and each
    collection on the way would walk them all again. Once they are built they are frozen
    (out of every later collection's walk, as the app does after its start) and the
    collector is back on for the command's own work. Only in a ``kutip`` process (``main``):
    a program calling ``cli`` (a test) keeps its collector as it is."""
    if not _WHOLE_PROCESS:
        yield
        return
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def friendly(command):
    """Turn the library's errors into ``click`` errors: one clear line, exit code 1."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        from .core.library import LibraryError
        from .core.store import StoreError

        try:
            return command(*args, **kwargs)
        except (LibraryError, StoreError, ValueError) as error:
            raise click.ClickException(in_locale(error)) from error

    return wrapper


def in_locale(error: Exception) -> str:
    """An error's one line in the user's locale's language, as the app shows it (its
    ``Message`` through the catalogue; English otherwise): under an Indonesian locale the
    CLI's errors were English while the app's were translated (review note, session 22)."""
    from .core.export.language import locale_language, translated

    return translated(error, locale_language(os.environ))


def _columns() -> int:
    """The terminal's width as ``shutil.get_terminal_size`` finds it (``$COLUMNS``, else the
    terminal on standard output, else 80), without importing ``shutil``: it loads the bz2,
    lzma and zlib modules, a tenth of what `kutip --help` cost (issue 12)."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns or 80
        except (AttributeError, ValueError, OSError):
            columns = 80
    return columns


class KutipContext(click.Context):
    """The group's context: click's help formatter, as wide as click makes it."""

    def make_formatter(self) -> click.HelpFormatter:
        from click import formatting

        if self.terminal_width is None and formatting.FORCED_WIDTH is None:
            width = max(min(_columns(), self.max_content_width or 80) - 2, 50)  # (click's)
            return self.formatter_class(width=width, max_width=self.max_content_width)
        return super().make_formatter()


class KutipGroup(click.Group):
    """The command group: every error message, click's own included, reaches the terminal
    with its control characters escaped (it may quote a file name or an imported title).

    Its commands are built from ``COMMANDS`` when asked for: a run builds its own, ``--help``
    none, and ``commands`` (for tests and tools that walk them) all."""

    context_class = KutipContext

    @property
    def commands(self) -> dict[str, click.Command]:  # type: ignore[override]
        for name in COMMANDS:
            self._build(name)
        return self._built

    @commands.setter
    def commands(self, value: dict[str, click.Command]) -> None:
        self._built = dict(value)

    def _build(self, name: str) -> click.Command:
        if name not in self._built:
            self._built.update(_commands_in(COMMANDS[name][0]))
        return self._built[name]

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*COMMANDS, *self._built})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self._built:
            return self._built[cmd_name]
        return self._build(cmd_name) if cmd_name in COMMANDS else None

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """click's list of commands, each help shortened as click does, from ``COMMANDS``
        (no command's module imported)."""
        from gettext import gettext

        names = self.list_commands(ctx)
        limit = formatter.width - 6 - max(len(name) for name in names)
        # (a stand-in command with the table's text shortens it as click shortens any help:
        # click.utils.make_default_short_help, which did so, is going away in Click 9)
        rows = [(name, click.Command(name, help=COMMANDS[name][1]).get_short_help_str(limit)
                 if name in COMMANDS else self._built[name].get_short_help_str(limit))
                for name in names]
        with formatter.section(gettext("Commands")):
            formatter.write_dl(rows)

    def make_context(self, *args, **kwargs):
        try:
            return super().make_context(*args, **kwargs)
        except click.ClickException as error:
            _safe_error(error)
            raise

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except click.NoSuchOption as error:
            _safe_error(error)
            raise _negative_id(error) or error from None
        except click.ClickException as error:
            _safe_error(error)
            raise
        except ValueError as error:  # a path click cannot even look at ("\x00" in it)
            usage = click.UsageError(terminal_safe(f"Invalid value: {error}."), ctx)
            raise usage from error


def _safe_error(error: click.ClickException) -> None:
    error.message = terminal_safe(error.message)


def _negative_id(error: click.NoSuchOption) -> click.UsageError | None:
    """``kutip trail -1``: click reads "-1" as an option and said "No such option '-1'."
    Given to a command that takes an id, it is refused as an id, in one line (R12-13)."""
    from .cli_params import AtLeastOne
    from .cli_trail import QuoteReference

    command = error.ctx.command if error.ctx is not None else None
    if command is None or not re.fullmatch(r"-\d+(:\d*)?", error.option_name):
        return None
    if not any(isinstance(param, click.Argument)
               and isinstance(param.type, (AtLeastOne, QuoteReference))
               for param in command.params):
        return None
    what = "a quote" if ":" in error.option_name else "an id"
    return click.UsageError(f"{error.option_name} is not {what}: ids start at 1.", error.ctx)


@click.group(cls=KutipGroup, invoke_without_command=True,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", type=LIBRARY, envvar=DB_ENV,
              help=f"Library file, or a team library's postgresql://HOST/DATABASE URL"
                   f" (default: your Kutip library; or ${DB_ENV}).")
@click.option("--coder", envvar=CODER_ENV, default=None, type=TEXT,
              help=f"Who is coding: annotations made by annotate, suggest --accept and imports"
                   f" are recorded as theirs (default: the library's default coder; or"
                   f" ${CODER_ENV}).")
@click.version_option(__version__, package_name="kutip", prog_name="kutip",
                      message="%(prog)s, version %(version)s", help="Show the version and exit.")
@click.pass_context
def cli(ctx: click.Context, db: Path | str | None, coder: str | None) -> None:
    """Kutip: read news articles and tag the quotes and claims in them.

    Run with no command to open the app. Examples:

    \b
        kutip import seeds/                 # import files or folders
        kutip search berperang              # full-text search
        kutip annotate 1 "Kami tidak ingin berperang" --kind quote --speaker Lavrov
        kutip show 1                        # an article with its annotations
    """
    ctx.ensure_object(dict)
    ctx.obj["db"] = db
    ctx.obj["coder"] = coder
    if ctx.invoked_subcommand is None:
        from .app.main import run

        sys.exit(run(db))


def print_report(report: ImportReport, as_json: bool) -> None:
    if as_json:
        _echo_json(as_dict(report))
        return
    for label, article_id in report.present:
        _echo(f"already present: {label} (article {article_id})")
    for label, article_id, outlet, first_id, first_outlet in report.copies:
        _echo(f"another outlet's copy: {label}: same text as article {first_id}"
              f"{f' ({first_outlet})' if first_outlet else ''}, imported as {outlet}'s copy"
              f" (article {article_id})")
    for label, reason in report.failed:
        _echo(f"failed: {label}: {reason}", err=True)
    for label, note in report.notes:
        _echo(f"note: {label}: {note}")
    _echo(report.summary())


def _commands_in(module: str) -> dict[str, click.Command]:
    """The commands ``reader.<module>`` makes: its ``COMMANDS``, or those its ``register``
    adds to a group (given the helpers it needs)."""
    from .cli_params import checked_text

    loaded: Any = importlib.import_module(f"{__package__}.{module}")
    if hasattr(loaded, "COMMANDS"):
        return {command.name: checked_text(command) for command in loaded.COMMANDS}
    group = click.Group()
    if module == "cli_team":
        loaded.register(group, friendly, _echo_json)
    elif module == "cli_feeds":
        loaded.register(group, library_of, friendly, _echo_json, print_report)
    else:
        loaded.register(group, library_of, friendly, _echo_json)
    return {name: checked_text(command) for name, command in group.commands.items()}


#: this is a ``kutip`` process (``main``), not a program calling ``cli`` (see ``_start_up``)
_WHOLE_PROCESS = False


def _ended_by(signum: int, frame: object) -> None:
    """SIGTERM or SIGHUP (``timeout``, a closed terminal, a logout): end as Ctrl+C does, by
    an exception, so that what is open is closed on the way out (an export's temporary
    file removed, a transaction rolled back: review R22-4), with the shell's exit code."""
    raise SystemExit(128 + signum)


def main() -> None:
    global _WHOLE_PROCESS
    _WHOLE_PROCESS = True
    end_cleanly_on_signals()
    cli(prog_name="kutip")


def end_cleanly_on_signals() -> None:
    """SIGTERM and SIGHUP end this process by ``_ended_by``'s exception, where they would
    end it anyway: a signal the caller set to be ignored stays ignored (``nohup kutip
    import big-folder/ &`` runs on after the terminal closes: review RR22-4)."""
    import signal

    for name in ("SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)  # (Windows has no SIGHUP)
        if number is not None and signal.getsignal(number) is signal.SIG_DFL:
            signal.signal(number, _ended_by)


if __name__ == "__main__":  # python -m reader.cli: the commands' modules use reader.cli's
    from reader.cli import main as _main

    _main()
