"""The ``kutip`` command line: a thin wrapper around ``reader.core.library.Library``.

With no command it opens the desktop app. Every command takes ``--db PATH``
(or ``$KUTIP_DB``); library errors become one-line messages, never tracebacks.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from . import __version__, cli_output
from .cli_exchange import FORMATS as EXCHANGE_FORMATS
from .cli_exchange import export_file as _export_exchange
from .cli_output import as_dict, emit, terminal_safe
from .cli_output import echo as _echo
from .cli_output import echo_json as _echo_json
from .cli_params import COUNT, ID, LIBRARY, POSITIVE
from .core.kinds import KINDS, SUGGESTION_KINDS, VERDICTS
from .core.paths import DB_ENV

if TYPE_CHECKING:
    from .core.library import ImportReport, Library

# The library (sqlite_utils, the store, the engines) is imported by the commands that open
# one, never at start-up: `kutip --version` and `--help` cost what click costs (issue 12).

#: the environment variable naming who is coding (as ``kutip --coder``)
CODER_ENV = "KUTIP_CODER"


def _open(ctx: click.Context) -> Library:
    from .core.library import LibraryError, open_library
    from .core.store import StoreError

    if "library" not in ctx.obj:
        try:
            ctx.obj["library"] = open_library(ctx.obj["db"])
        except StoreError as error:
            raise click.ClickException(str(error)) from error
        try:
            ctx.obj["library"].coders.use(ctx.obj.get("coder"))
        except LibraryError as error:
            ctx.obj["library"].close()
            raise click.ClickException(f"--coder: {error}") from error
        ctx.call_on_close(ctx.obj["library"].close)
    return ctx.obj["library"]


def friendly(command):
    """Turn the library's errors into ``click`` errors: one clear line, exit code 1."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        from .core.library import LibraryError
        from .core.store import StoreError

        try:
            return command(*args, **kwargs)
        except (LibraryError, StoreError, ValueError) as error:
            raise click.ClickException(str(error)) from error

    return wrapper


class KutipGroup(click.Group):
    """The command group: every error message, click's own included, reaches the terminal
    with its control characters escaped (it may quote a file name or an imported title)."""

    def make_context(self, *args, **kwargs):
        try:
            return super().make_context(*args, **kwargs)
        except click.ClickException as error:
            _safe_error(error)
            raise

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except click.ClickException as error:
            _safe_error(error)
            raise
        except ValueError as error:  # a path click cannot even look at ("\x00" in it)
            usage = click.UsageError(terminal_safe(f"Invalid value: {error}."), ctx)
            raise usage from error


def _safe_error(error: click.ClickException) -> None:
    error.message = terminal_safe(error.message)


@click.group(cls=KutipGroup, invoke_without_command=True,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", type=LIBRARY, envvar=DB_ENV,
              help=f"Library file, or a team library's postgresql://HOST/DATABASE URL"
                   f" (default: your Kutip library; or ${DB_ENV}).")
@click.option("--coder", envvar=CODER_ENV, default=None,
              help=f"Who is coding: annotations made by annotate, suggest --accept and imports"
                   f" are recorded as theirs (default: the library's default coder; or"
                   f" ${CODER_ENV}).")
@click.version_option(__version__, package_name="kutip", prog_name="kutip")
@click.pass_context
def cli(ctx: click.Context, db: Path | None, coder: str | None) -> None:
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


def _print_report(report: ImportReport, as_json: bool) -> None:
    if as_json:
        _echo_json(as_dict(report))
        return
    for label, article_id in report.present:
        _echo(f"already present: {label} (article {article_id})")
    for label, reason in report.failed:
        _echo(f"failed: {label}: {reason}", err=True)
    for label, note in report.notes:
        _echo(f"note: {label}: {note}")
    _echo(report.summary())


@cli.command("import")
@click.argument("sources", nargs=-1, required=True)
@click.option("--collection", "-c", help="Also put the articles in this collection.")
@click.option("--format", "fmt", type=click.Choice(["txt", "md", "html"]), default="txt",
              help="Format of text read from standard input (-).")
@click.option("--epub", "epub_split", type=click.Choice(["book", "chapters"]), default="book",
              show_default=True, help="An EPUB as one article, or one article per chapter.")
@click.option("--attachments", is_flag=True,
              help="Also import an e-mail's attachments (PDF, Word, …) as articles.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.pass_context
@friendly
def import_(ctx, sources, collection, fmt, epub_split, attachments, as_json):
    """Import files, folders (recursively), '-' for standard input, or a URL.

    Files: .txt, .md, .html, .pdf (with a text layer), .docx, .odt, .epub, .eml.

    \b
    Examples:
        kutip import article.txt saved-page.html notes/
        kutip import release.pdf transcript.docx statement.eml
        kutip import --epub chapters book.epub
        pbpaste | kutip import -
        kutip import https://example.org/news/story.html
    Only a URL given here makes a network request.
    """
    from .core.importers import ImportOptions
    from .core.library import ImportReport

    options = ImportOptions(epub_chapters=epub_split == "chapters", attachments=attachments)
    if any(not source.strip() for source in sources):
        raise click.ClickException("An empty source: give a file, a folder, '-' or a URL.")
    library = _open(ctx)
    collection_id = library.collections.id_of(collection, create=True) if collection else None
    report = ImportReport()
    files = []
    for source in sources:
        if source == "-":
            # bytes, like a file: any encoding, a size limit, NUL bytes refused
            with click.open_file("-", "rb") as stdin:
                part = library.imports.stream(stdin, fmt=fmt, collection_id=collection_id)
        elif source.startswith(("http://", "https://")):
            part = library.imports.url(source, collection_id=collection_id)
        else:
            files.append(source)
            continue
        for name in ("imported", "present", "updated", "failed"):
            getattr(report, name).extend(getattr(part, name))
    if files and as_json:  # JSON output: no progress bar at all
        part = library.imports.paths(files, collection_id=collection_id, options=options)
    elif files:
        with click.progressbar(length=1, label="Importing", file=sys.stderr,
                               show_pos=True) as bar:
            def progress(done, total, name):
                bar.length = max(total, 1)
                bar.update(done - bar.pos)
            part = library.imports.paths(files, collection_id=collection_id,
                                        progress=progress, options=options)
    if files:
        for name in ("imported", "present", "updated", "failed", "notes"):
            getattr(report, name).extend(getattr(part, name))
    _print_report(report, as_json)
    if report.updated and not as_json:  # re-imported edited files: say what lost its place
        for label, article_id in report.updated:
            _echo(f"updated: {label} (article {article_id})")
        lost = sum(len(library.annotations.orphans(article_id, everyone=True))
                   for _, article_id in report.updated)
        if lost:
            _echo(f"{lost} annotation{'s' if lost != 1 else ''} could not be placed: "
                       "see `kutip show --orphans`")
    if report.failed:
        ctx.exit(1)


@cli.command("list")
@click.option("--search", "query", default="", help="Only articles matching these words.")
@click.option("--collection", help="Only articles in this collection.")
@click.option("--source", default="", help="Only articles from this outlet.")
@click.option("--tag", default="", help="Only articles with annotations tagged so.")
@click.option("--speaker", default="", help="Only articles quoting this speaker.")
@click.option("--kind", type=click.Choice(KINDS),
              help="Only articles with annotations of this kind.")
@click.option("--coder", "by_coder", default="", metavar="NAME",
              help="Only articles this coder annotated (see `kutip coders`).")
@click.option("--sort", type=click.Choice(["imported", "title", "source", "published", "quotes",
                                           "claims", "highlights"]), default="imported")
@click.option("--desc", is_flag=True, help="Sort descending.")
@click.option("--limit", type=COUNT, default=None,
              help="Show at most this many articles.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
@friendly
def list_(ctx, query, collection, source, tag, speaker, kind, by_coder, sort, desc, limit,
          as_json):
    """List articles: id, date, source, title and counts of quotes / claims / highlights."""
    from .core.library import ArticleFilter
    from .core.models import date_label

    library = _open(ctx)
    collection_id = library.collections.id_of(collection) if collection else None
    if by_coder:
        library.coders.id_of(by_coder)  # "There is no coder …"
    where = ArticleFilter(query=query, source=source, tag=tag, speaker=speaker, kind=kind or "",
                          collection_id=collection_id, coder=by_coder)
    if as_json:
        articles = library.articles.stream(where, sort=sort, descending=desc, limit=limit)
        _echo_json([as_dict(a) for a in library.coders.as_seen(list(articles))])
        return
    own = library.coders.blind_counts()  # coding blind: one's own counts there
    rows = library.articles.stream_fields(
        ("id", "published", "published_partial", "published_inferred", "source", "quotes",
         "claims", "highlights", "title"), where,
        sort=sort, descending=desc, limit=limit)
    lines = []  # written in chunks: one write per row costs more than the query at 100,000
    for id_, published, partial, inferred, source, quotes, claims, highlights, title in rows:
        if id_ in own:
            quotes, claims, highlights = own[id_]
        counts = f"{quotes}q {claims}c {highlights}h"
        date = date_label(published, partial, inferred, short=True) or "-"
        lines.append(f"{id_:>6}  {date:<11}  {source or '-':<12.12}  "
                     f"{counts:<11}  {title}\n")
        if len(lines) == 1000:
            _echo("".join(lines), nl=False)
            lines.clear()
    if lines:
        _echo("".join(lines), nl=False)


@cli.command()
@click.argument("article_id", type=ID, required=False)
@click.option("--orphans", is_flag=True,
              help="List annotations that lost their text after a re-import.")
@click.option("--text/--no-text", default=True, help="Print the article's text.")
@click.option("--coder", "by_coder", default="", metavar="NAME",
              help="Only this coder's annotations (see `kutip coders`).")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
@friendly
def show(ctx, article_id, orphans, text, by_coder, as_json):
    """Show an article's details, text and annotations.

    \b
    Examples:
        kutip show 1
        kutip show 1 --no-text --coder Ana
    """
    library = _open(ctx)
    if by_coder:
        library.coders.id_of(by_coder)  # "There is no coder …"

    def of_coder(items):
        wanted = " ".join(by_coder.split()).casefold()
        return [n for n in items if not wanted or n.coder.casefold() == wanted]

    if orphans:
        if article_id is not None:
            library.articles.get(article_id)  # "There is no article 999."
        items = of_coder(library.annotations.orphans(article_id))
        if as_json:
            _echo_json([as_dict(n) for n in items])
        else:
            for n in items:
                _echo(f"#{n.id} (article {n.article_id}) {n.kind}: “{n.exact}”")
            _echo(f"{len(items)} orphaned annotation(s)")
        return
    if article_id is None:
        raise click.UsageError("Give an article id (see `kutip list`), or --orphans.")
    article = library.articles.get(article_id)
    notes = of_coder(library.annotations.for_article(article_id))
    if as_json:
        details = as_dict(article)
        if not text:
            details.pop("text", None)
        _echo_json({"article": details, "annotations": [as_dict(n) for n in notes]})
        return
    click.secho(terminal_safe(article.title), bold=True)
    for label in ("source", "authors", "editor", "dateline", "published", "url", "language"):
        value = article.date_label() if label == "published" else getattr(article, label)
        if value:
            _echo(f"{label + ':':<11}{value}")
    if text:
        _echo("")
        _echo(article.text)
    _echo("")
    click.secho(f"{len(notes)} annotation(s)", bold=True)
    for n in notes:
        who = f" — {n.speaker}" if n.speaker else ""
        extra = "".join([f" [{', '.join(n.tags)}]" if n.tags else "",
                         f" verdict: {n.verdict}" if n.kind == "claim" else "",
                         f" ({n.anchor})" if n.anchor != "anchored" else ""])
        where = f"{n.start}–{n.end}" if n.start is not None else "(text not found)"
        _echo(f"#{n.id} {n.kind} {where}: “{n.exact}”{who}{extra}"
              + (f" (coder: {n.coder})" if n.coder else ""))
        if n.note:
            _echo(f"    note: {n.note}")


@cli.command()
@click.argument("query", nargs=-1, required=True)
@click.option("--limit", type=POSITIVE, default=20,
              help="Show at most this many matches.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
@friendly
def search(ctx, query, limit, as_json):
    """Full-text search in articles and annotations, best first.

    \b
    Example:
        kutip search berperang
        kutip search '"jaminan keamanan"' NATO
    """
    from .core.library import MARK_END, MARK_START

    library = _open(ctx)
    hits = library.annotations.seen(library.search.find(" ".join(query), limit=limit))
    if as_json:
        _echo_json([{**as_dict(h), "snippet": h.plain_snippet("", "")} for h in hits])
        return
    for hit in hits:
        snippet = terminal_safe(hit.snippet, keep=MARK_START + MARK_END)
        if cli_output.to_terminal():
            snippet = snippet.replace(MARK_START, "\x1b[1m").replace(MARK_END, "\x1b[0m")
        else:
            snippet = snippet.replace(MARK_START, "[").replace(MARK_END, "]")
        where = f"article {hit.article_id}"
        if hit.kind == "annotation":
            where += f", {hit.annotation_kind} #{hit.annotation_id}"
        _echo(f"{hit.title} ({hit.source or 'no source'}; {where})")
        click.echo(f"    {' '.join(snippet.split())}")  # escaped above, marks styled
    if not hits:
        _echo("No matches.")


@cli.command()
@click.argument("article_id", type=ID)
@click.argument("exact")
@click.option("--kind", type=click.Choice(KINDS), default="quote")
@click.option("--speaker", default="", help="Who said it (for quotes).")
@click.option("--tag", "tags", multiple=True, help="A tag (repeat for several; a/b nests).")
@click.option("--note", default="")
@click.option("--verdict", type=click.Choice(VERDICTS), default=None)
@click.option("--occurrence", type=POSITIVE, default=1,
              help="Which occurrence of EXACT to tag.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
@friendly
def annotate(ctx, article_id, exact, kind, speaker, tags, note, verdict, occurrence, as_json):
    """Tag the span of ARTICLE_ID whose text is EXACT.

    \b
    Example:
        kutip annotate 1 "Kami tidak ingin berperang" --kind quote --speaker Lavrov
    """
    if verdict and kind != "claim":
        raise click.UsageError(f"--verdict is for claims only (this is a {kind}); "
                               "add --kind claim.")
    n = _open(ctx).annotations.add_exact(article_id, exact, occurrence=occurrence, kind=kind,
                                  speaker=speaker, tags=list(tags), note=note,
                                  verdict=verdict or "")
    if as_json:
        _echo_json(as_dict(n))
    else:
        _echo(f"Annotation #{n.id}: {n.kind} “{n.exact}” ({n.start}–{n.end})"
                   + (f" by {n.speaker}" if n.speaker else ""))


@cli.command()
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
@friendly
def tags(ctx, as_json):
    """List tags with their colours and how often they are used."""
    items = _open(ctx).tags.all()
    if as_json:
        _echo_json([as_dict(t) for t in items])
        return
    for t in items:
        depth = t.name.count("/")
        _echo(f"{'  ' * depth}{t.leaf:<30} {t.colour}  {t.uses}")
    if not items:
        _echo("No tags yet.")


@cli.command()
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
@friendly
def speakers(ctx, as_json):
    """List speakers with their aliases and number of quotes."""
    items = _open(ctx).speakers.all()
    if as_json:
        _echo_json([as_dict(s) for s in items])
        return
    for s in items:
        aliases = f" (also: {', '.join(s.aliases)})" if s.aliases else ""
        _echo(f"{s.name}{aliases} — {s.quotes} annotation(s)")
    if not items:
        _echo("No speakers yet.")


@cli.command()
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
@friendly
def coders(ctx, as_json):
    """List coders with how many annotations (on how many articles) each made.

    Choose who is coding with `kutip --coder NAME …` (or $KUTIP_CODER).
    """
    library = _open(ctx)
    items = library.coders.all()
    current = library.coders.current
    if as_json:
        _echo_json([{**as_dict(c), "current": c.name == current} for c in items])
        return
    for c in items:
        mark = "*" if c.name.casefold() == current.casefold() else " "
        _echo(f"{mark} {c.name:<30} {c.annotations} annotation(s) on {c.articles} article(s)")
    if current and not any(c.name.casefold() == current.casefold() for c in items):
        _echo(f"* {current:<30} (new: made on their first annotation)")


@cli.command()
@click.argument("article_id", type=ID)
@click.option("--kind", type=click.Choice([*SUGGESTION_KINDS, "all"]), default=None,
              help="Which suggestions (default: all when listing, quotes with --accept).")
@click.option("--accept", is_flag=True, help="Store the suggestions as annotations.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
@friendly
def suggest(ctx, article_id, kind, accept, as_json):
    """List the quotes and claims Kutip detects in ARTICLE_ID, or --accept them.

    \b
    Examples:
        kutip suggest 1                     # what would be tagged, with speakers
        kutip suggest 1 --accept            # store all suggested quotes
        kutip suggest 1 --accept --kind all
    Dismissed suggestions (in the app) are not listed.
    """
    library = _open(ctx)
    found = library.suggestions.for_article(article_id,
                                            kinds=kind or ("quote" if accept else "all"))
    if accept:
        notes = library.suggestions.accept_many(article_id, found)
        if as_json:
            _echo_json([as_dict(n) for n in notes])
            return
        from .core.library.suggesting import UNSURE_SPEAKER_TAG

        guessed = sum(UNSURE_SPEAKER_TAG in n.tags for n in notes)
        for n in notes:
            _echo(f"Annotation #{n.id}: {n.kind} “{n.exact}” ({n.start}–{n.end})"
                       + (f" by {n.speaker}" if n.speaker else "")
                       + (f" (a guess: tagged {UNSURE_SPEAKER_TAG})"
                          if UNSURE_SPEAKER_TAG in n.tags else ""))
        _echo(f"Stored {len(notes)} annotation(s)." + (
            f" {guessed} speaker(s) are guesses, tagged {UNSURE_SPEAKER_TAG}: check them"
            f" (kutip list --tag {UNSURE_SPEAKER_TAG})." if guessed else ""))
        return
    if as_json:
        _echo_json([{**as_dict(s), "speaker_unsure": s.speaker_unsure} for s in found])
        return
    for s in found:
        _echo(f"{s.kind} {s.start}–{s.end}: “{s.exact}”")
        if s.kind == "quote":
            role = f" ({s.speaker_role})" if s.speaker_role else ""
            sure = ""
            if s.speaker:
                sure = f" [{'unsure, ' if s.speaker_unsure else ''}{s.speaker_confidence:.0%}]"
            _echo(f"    speaker: {s.speaker or '?'}{role}{sure}")
            if s.speaker_reason:
                _echo(f"    why:     {s.speaker_reason}")
        _echo(f"    reason:  {s.reason}")
    _echo(f"{len(found)} suggestion(s)" if found else "No suggestions.")


@cli.command("export")
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
@click.option("--template", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Your own Jinja2 template for the Markdown export.")
@click.option("--hashtags", is_flag=True, help="Tags as #hashtags (Obsidian, Logseq).")
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
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file instead of standard output.")
@click.pass_context
@friendly
def export_(ctx, fmt, group, template, hashtags, bom, spreadsheet_safe, article_ids,
            collection, query, by_coder, output):
    """Export annotations as Markdown, CSV or W3C JSON, or write an exchange file: the
    portable library file, a REFI-QDA project or codebook, the coded table (the whole
    library by default).

    \b
    Examples:
        kutip export --article 1 > lavrov.md
        kutip export --group speaker --hashtags -o quotes.md
        kutip export --format csv --bom --search NATO -o nato.csv
        kutip export --format json -o annotations.json
        kutip export --format kutip -o library.kutip      # for `kutip merge` elsewhere
        kutip export --format qdpx -o study.qdpx          # REFI-QDA project
        kutip export --format table --collection Studi -o coded.csv   # for R or SPSS
    """
    from .core.export import TemplateError
    from .core.library import ArticleFilter

    if article_ids and collection:
        raise click.UsageError("Give --article or --collection, not both.")
    if fmt in EXCHANGE_FORMATS:
        if query or by_coder:
            raise click.UsageError(f"--format {fmt} takes --article or --collection.")
        _export_exchange(_open(ctx), fmt, output, article_ids, collection, bom=bom,
                         spreadsheet_safe=spreadsheet_safe)
        return
    if article_ids and query:
        raise click.UsageError("Give --article or --search, not both.")
    if article_ids and by_coder:
        raise click.UsageError("Give --article or --coder, not both (--search works with --coder).")
    library = _open(ctx)
    if by_coder:
        library.coders.id_of(by_coder)  # "There is no coder …"
    scope = {}
    if article_ids:
        scope["article_ids"] = list(article_ids)
    elif query.strip() or by_coder or collection.strip():
        scope["where"] = ArticleFilter(
            query=query, coder=by_coder,
            collection_id=library.collections.id_of(collection) if collection.strip() else None)
    try:  # (a template error may come while the export is being written)
        emit(library.exports.chunks(fmt=fmt, group=group, template=template,
                                    hashtags=hashtags, bom=bom,
                                    spreadsheet_safe=spreadsheet_safe, **scope), output)
    except TemplateError as error:
        raise click.ClickException(f"template error: {error}") from error


@cli.command("import-annotations")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.pass_context
@friendly
def import_annotations(ctx, file, as_json):
    """Add annotations from a W3C Web Annotation JSON file (as `kutip export --format json`).

    Each annotation finds its article by content hash, URL or title; ones already
    present are skipped, so importing the same file twice adds nothing.
    """
    try:
        report = _open(ctx).exports.import_annotations_file(file)
    except ValueError as error:
        raise click.ClickException(f"{file}: {error}") from error
    if as_json:
        _echo_json(as_dict(report))
        return
    for source in report.unmatched_sources:
        _echo(f"no article for: {source}", err=True)
    _echo(report.summary())


from .cli_trail import register as _register_trail  # noqa: E402

_register_trail(cli, _open, friendly, _echo_json)
from .cli_agreement import register as _register_agreement  # noqa: E402
from .cli_feeds import register as _register_feeds  # noqa: E402

_register_agreement(cli, _open, friendly, _echo_json)
from .cli_exchange import register as _register_exchange  # noqa: E402

_register_exchange(cli, _open, friendly, _echo_json)

_register_feeds(cli, _open, friendly, _echo_json, _print_report)
from .cli_team import register as _register_team  # noqa: E402

_register_team(cli, friendly, _echo_json)


def main() -> None:
    cli(prog_name="kutip")


if __name__ == "__main__":
    main()
