"""``kutip backups``: the copies of the library Kutip wrote before upgrading it, listed and
removed. Works on the library's path without opening it (a library too damaged or too new to
open still lists its backups). Loaded only when it runs (``reader.cli.COMMANDS``)."""

from __future__ import annotations

import click

from .cli import friendly
from .cli_output import echo as _echo
from .cli_output import echo_json as _echo_json
from .cli_params import AS_TYPED


def _library_file(ctx: click.Context):
    from pathlib import Path

    from .core.paths import default_library, is_team_url

    where = ctx.obj.get("db") if ctx.obj else None
    where = where or default_library()
    if is_team_url(where):
        raise click.ClickException("A team library lives on its server: it has no backup "
                                   "files here (its owner backs the server up).")
    return Path(where)


@click.group(invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
@friendly
def backups(ctx, as_json):
    """List the backups of the library: the copy Kutip writes next to it before each upgrade
    (NAME.schema-vN.backup.sqlite). Only the newest is kept; `kutip backups remove` deletes
    one when you no longer need it."""
    if ctx.invoked_subcommand is not None:
        return
    from datetime import datetime

    from .core.library.backups import list_backups, list_kept

    library = _library_file(ctx)
    found = list_backups(library)
    kept = list_kept(library)
    if as_json:
        _echo_json([{"path": str(b.path), "schema": b.version, "bytes": b.size,
                     "written": datetime.fromtimestamp(b.modified).isoformat(timespec="seconds")}
                    for b in found]
                   + [{"path": str(k.path), "kept": k.kind, "bytes": k.size,
                       "written": datetime.fromtimestamp(k.modified).isoformat(
                           timespec="seconds")} for k in kept])
        return
    if not found:
        _echo(f"No backups of {library}: Kutip writes one next to it before upgrading it.")
    for backup in found:
        written = datetime.fromtimestamp(backup.modified).strftime("%Y-%m-%d %H:%M")
        _echo(f"{backup.path}  schema {backup.version}  {backup.readable_size:>8}  "
              f"written {written}")
    if kept:  # (R17-12: where the work of a library replaced while open went)
        _echo("Kept when the library file was replaced while open:")
        for copy in kept:
            written = datetime.fromtimestamp(copy.modified).strftime("%Y-%m-%d %H:%M")
            what = ("what Kutip had when it closed" if copy.kind == "replaced"
                    else "the new file as read with the replaced one's journal")
            _echo(f"{copy.path}  {copy.readable_size:>8}  written {written}  ({what})")
        _echo("To bring a copy's work into the library: kutip --db COPY export --format kutip "
              "-o work.kutip, then kutip merge work.kutip")


@backups.command()
@click.argument("names", nargs=-1, metavar="BACKUP...", type=AS_TYPED)
@click.option("--all", "remove_all", is_flag=True, help="Remove every backup of the library.")
@click.pass_context
@friendly
def remove(ctx, names, remove_all):
    """Delete backups of the library, named by file name or path (as `kutip backups` lists
    them). Only its own backups are ever deleted, never the library."""
    from .core.library.backups import list_backups, remove_backup

    library = _library_file(ctx)
    if remove_all:
        if names:
            raise click.UsageError("Give backup names or --all, not both.")
        names = tuple(str(b.path) for b in list_backups(library))
        if not names:
            _echo(f"No backups of {library} to remove.")
            return
    elif not names:
        raise click.UsageError("Name the backup(s) to remove (see `kutip backups`), or --all.")
    for name in dict.fromkeys(names):
        removed = remove_backup(library, name)
        _echo(f"Removed {removed.path} ({removed.readable_size}).")


COMMANDS = [backups]
