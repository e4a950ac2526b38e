"""``kutip export``: Markdown, CSV, W3C JSON and the exchange formats. Loaded only when it
runs (``reader.cli.COMMANDS``): an export process imports what its format needs."""

from __future__ import annotations

import os

import click

from .cli import friendly, library_of
from .cli_exchange import FORMATS as EXCHANGE_FORMATS
from .cli_exchange import export_file as _export_exchange
from .cli_output import emit
from .cli_params import ID
from .core.export.language import LANGUAGES, locale_language
from .core.paths import path_text


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(["md", "csv", "json", *EXCHANGE_FORMATS]),
              default="md",
              help="Markdown (default), CSV, W3C Web Annotation JSON, or the portable"
                   " library file (kutip: articles, annotations, coders, tags, speakers and"
                   " collections, for `kutip merge`), a REFI-QDA project (qdpx) or codebook"
                   " (qdc) for MAXQDA, ATLAS.ti, NVivo or QualCoder, or the coded table for"
                   " statistics (table: a CSV row per article and code, each coder's counts"
                   " and coded characters).")
@click.option("--group", type=click.Choice(["article", "speaker", "tag"]), default="article",
              help="Sections of the Markdown export.")
@click.option("--template", type=click.Path(exists=True, dir_okay=False),
              help="Your own Jinja2 template for the Markdown export.")
@click.option("--hashtags", is_flag=True, help="Tags as #hashtags (Obsidian, Logseq).")
@click.option("--lang", "language", type=click.Choice(list(LANGUAGES)), default=None,
              help="Language of the words the Markdown export writes around the annotations"
                   " (Highlight / Sorotan, Claim / Klaim, Tags / Label, [inferred]). Default:"
                   " your locale's (LC_ALL, LC_MESSAGES or LANG, and LANGUAGE: id_ID.UTF-8"
                   " writes Indonesian), else English; the app's exports follow the same"
                   " locale through its interface's language.")
@click.option("--bom", is_flag=True, help="Start the CSV with a BOM (for Excel).")
@click.option("--spreadsheet-safe/--raw", "spreadsheet_safe", default=True,
              help="CSV: put a ' before cells starting with = + - @ (or a tab or CR) so a "
                   "spreadsheet does not run them as formulas (the OWASP rule; default). "
                   "--raw keeps every value exactly as stored, for scripts.")
@click.option("--article", "article_ids", type=ID, multiple=True,
              help="Only this article (repeat for several).")
@click.option("--collection", default="", help="Only the articles of this collection.")
@click.option("--search", "query", default="", help="Only articles matching these words.")
@click.option("--coder", "by_coder", default="", metavar="NAME",
              help="Only this coder's annotations (see `kutip coders`).")
@click.option("--output", "-o", type=click.Path(dir_okay=False),
              help="Write to this file instead of standard output ('-': standard output).")
@click.pass_context
@friendly
def export_(ctx, fmt, group, template, hashtags, language, bom, spreadsheet_safe, article_ids,
            collection, query, by_coder, output):
    """Export annotations as Markdown, CSV or W3C JSON, or write an exchange file: the
    portable library file, a REFI-QDA project or codebook, the coded table (the whole
    library by default).

    \b
    Examples:
        kutip export --article 1 > lavrov.md
        kutip export --group speaker --hashtags -o quotes.md
        kutip export --article 1 --lang id > lavrov.md   # labels in Indonesian
        kutip export --format csv --bom --search NATO -o nato.csv
        kutip export --format json -o annotations.json
        kutip export --format kutip -o library.kutip      # for `kutip merge` elsewhere
        kutip export --format qdpx -o study.qdpx          # REFI-QDA project
        kutip export --format table --collection Studi -o coded.csv   # for R or SPSS
    """
    if output == "-":  # standard output, as `kutip import -` reads standard input (R16-9)
        output = None if fmt not in EXCHANGE_FORMATS else "/dev/stdout"
    if output is not None:  # (named as a Path would spell it, without loading pathlib)
        output = path_text(output)
    if article_ids and collection:
        raise click.UsageError("Give --article or --collection, not both.")
    if fmt in EXCHANGE_FORMATS:
        if query or by_coder:
            raise click.UsageError(f"--format {fmt} takes --article or --collection.")
        _export_exchange(library_of(ctx), fmt, output, article_ids, collection, bom=bom,
                         spreadsheet_safe=spreadsheet_safe)
        return
    if article_ids and query:
        raise click.UsageError("Give --article or --search, not both.")
    if article_ids and by_coder:
        raise click.UsageError("Give --article or --coder, not both (--search works with --coder).")
    library = library_of(ctx)
    if by_coder:
        library.coders.id_of(by_coder)  # "There is no coder …"
    scope = {}
    if article_ids:
        scope["article_ids"] = list(article_ids)
    elif query.strip() or by_coder or collection.strip():
        from .core.library import ArticleFilter  # (a filter: the whole library is not)

        scope["where"] = ArticleFilter(
            query=query, coder=by_coder,
            collection_id=library.collections.id_of(collection) if collection.strip() else None)
    options = dict(fmt=fmt, group=group, template=template, hashtags=hashtags, bom=bom,
                   spreadsheet_safe=spreadsheet_safe, **scope)
    if fmt != "md":  # no template: a CSV or JSON export loads no Markdown renderer (issue 12)
        emit(library.exports.chunks(**options), output)
        return
    options["language"] = language or locale_language(os.environ)
    from .core.export import TemplateError

    try:  # (a template error may come while the export is being written)
        emit(library.exports.chunks(**options), output)
    except TemplateError as error:
        raise click.ClickException(f"template error: {error}") from error


COMMANDS = [export_]
