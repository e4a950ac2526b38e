"""``kutip merge`` and the exchange formats of ``kutip export`` (issue 14): the portable
library file (``--format kutip``), REFI-QDA (``--format qdpx``/``qdc``,
``kutip import-qdpx``) and the coded table for statistics."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import click

from .cli_output import echo

if TYPE_CHECKING:
    from .core.library.exchange import MergeReport

#: the ``kutip export`` formats this module writes (the others are the exports area's)
FORMATS = ("kutip", "qdpx", "qdc", "table")


def export_file(library, fmt: str, output: str | os.PathLike[str] | None, article_ids,
                collection: str, bom: bool = False, spreadsheet_safe: bool = True) -> None:
    """``kutip export --format kutip|qdpx|qdc|table``: a file at ``output`` (required but
    for the table, which may go to standard output)."""
    if fmt == "table":
        from .cli_output import emit

        emit(library.exchange.coded_table(list(article_ids) or None, collection, bom=bom,
                                          spreadsheet_safe=spreadsheet_safe), output)
        return
    if output is None:
        raise click.UsageError(f"--format {fmt} writes a file: give it with -o FILE.")
    if fmt == "qdc":
        if article_ids or collection:
            raise click.UsageError("--format qdc writes the whole codebook: no --article or"
                                   " --collection.")
        count = library.exchange.export_qdc(output)
        echo(f"Wrote {output}: a codebook of {count} tag(s)", err=True)
        return
    export = library.exchange.export_qdpx if fmt == "qdpx" else library.exchange.export_file
    summary = export(output, article_ids=list(article_ids) or None, collection=collection)
    echo(f"Wrote {output}: {summary.summary()}", err=True)


def print_merge(report: MergeReport) -> None:
    echo(report.summary())
    if report.skipped_sources:
        echo(f"{report.skipped_sources} source(s) that are not text (pictures, PDFs, audio,"
             " video) were left out.")
    for title in report.texts_replaced:  # (an article edited on one side: R17-7)
        echo(f"text: “{title[:60]}”: the file's newer text replaced this library's; the"
             " annotations here were placed again in it.")
    for title in [*report.texts_kept, *report.texts_refused]:
        echo(f"text: “{title[:60]}”: this library's text was kept; the file's annotations"
             " were placed in it.")
    for title in report.texts_both:  # (changed in both since they last met: R18-9)
        echo(f"text: “{title[:60]}”: changed in both libraries since they last met; this"
             " library's was kept and the file's annotations were placed in it.")
    for title in report.details_updated:
        echo(f"details: “{title[:60]}”: the details changed in the file's library were"
             " taken.")
    for title, parts in report.details_both:
        echo(f"details: “{title[:60]}”: {', '.join(parts)} changed in both libraries since"
             " they last met; this library's kept.")
    for conflict in report.conflicts:
        echo(f"conflict: annotation {conflict.uuid} in “{conflict.article[:60]}”, both kept"
             " (newest first):")
        for version in conflict.versions:
            where = "this library" if version.origin == "here" else "the file"
            echo(f"  {version.updated_at or '(no date)'}  from {where}, by"
                 f" {version.coder or '?'}: “{version.exact[:50]}”"
                 + (f" tags {', '.join(version.tags)}" if version.tags else "")
                 + (f" note “{version.note[:40]}”" if version.note else "")
                 + f"  [{version.uuid}]")


def register(cli: click.Group, open_library, friendly, echo_json) -> None:
    from pathlib import Path  # (here: `kutip export` imports this module for its formats)

    @cli.command("merge")
    @click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
    @click.option("--dry-run", is_flag=True, help="Print the report; write nothing.")
    @click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
    @click.pass_context
    @friendly
    def merge(ctx, file, dry_run, as_json):
        """Merge a portable library file (from `kutip export --format kutip`) into this one.

        Articles are matched by their text, annotations by their id, tags and speakers
        by name (with aliases), coders by id then name: nothing is added twice, and
        merging the same file again changes nothing. An annotation edited in both
        libraries is a conflict: both versions are kept (the newer under its id) and
        listed. One transaction: a bad file changes nothing.

        \b
        Examples:
            kutip export --format kutip -o ana.kutip          # on Ana's computer
            kutip merge ana.kutip --dry-run                   # what would happen
            kutip merge ana.kutip
        """
        library = open_library(ctx)
        try:
            bundle = library.exchange.read(file)
        except ValueError as error:
            raise click.ClickException(f"{file}: {error}") from error
        report = library.exchange.merge_bundle(bundle, dry_run=dry_run)
        if as_json:
            echo_json(report.as_dict())
            return
        print_merge(report)

    @cli.command("import-qdpx")
    @click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
    @click.option("--dry-run", is_flag=True, help="Print the report; write nothing.")
    @click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
    @click.pass_context
    @friendly
    def import_qdpx(ctx, file, dry_run, as_json):
        """Import a REFI-QDA project (.qdpx from MAXQDA, ATLAS.ti, NVivo, QualCoder …).

        Its text sources become articles (one already here by its text gets the codings),
        its coded selections annotations of their users (as coders), its codes tags with
        their colours. Importing the same file again adds nothing.

        \b
        Examples:
            kutip import-qdpx study.qdpx --dry-run
            kutip import-qdpx study.qdpx
            kutip export --format qdpx -o study.qdpx      # and back
        """
        library = open_library(ctx)
        try:
            report = library.exchange.import_qdpx(file, dry_run=dry_run)
        except ValueError as error:
            raise click.ClickException(f"{file}: {error}") from error
        if as_json:
            echo_json(report.as_dict())
            return
        print_merge(report)
