"""The reading commands of ``kutip``: ``list``, ``show``, ``search``, ``tags``, ``speakers``
and ``coders``. Loaded only when one of them runs (``reader.cli.COMMANDS``, issue 12)."""

from __future__ import annotations

import click

from . import cli_output
from .cli import friendly, library_of
from .cli_output import as_dict, speaker_shown, terminal_safe
from .cli_output import echo as _echo
from .cli_output import echo_json as _echo_json
from .cli_params import ID, LIMIT
from .core.kinds import KINDS


@click.command("list")
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
@click.option("--limit", type=LIMIT, default=None,
              help="Show at most this many articles (default: all).")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
@friendly
def list_(ctx, query, collection, source, tag, speaker, kind, by_coder, sort, desc, limit,
          as_json):
    """List articles: id, date, source, title and counts of quotes / claims / highlights."""
    from .core.library import ArticleFilter
    from .core.models import date_label

    library = library_of(ctx)
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


@click.command()
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
    library = library_of(ctx)
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
        who = f" — {speaker_shown(n)}" if n.speaker else ""
        extra = "".join([f" [{', '.join(n.tags)}]" if n.tags else "",
                         f" verdict: {n.verdict}" if n.kind == "claim" else "",
                         f" ({n.anchor})" if n.anchor != "anchored" else ""])
        where = f"{n.start}–{n.end}" if n.start is not None else "(text not found)"
        _echo(f"#{n.id} {n.kind} {where}: “{n.exact}”{who}{extra}"
              + (f" (coder: {n.coder})" if n.coder else ""))
        if n.note:
            _echo(f"    note: {n.note}")


@click.command()
@click.argument("query", nargs=-1, required=True)
@click.option("--limit", type=LIMIT, default=20, show_default=True,
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

    library = library_of(ctx)
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


@click.command()
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
@friendly
def tags(ctx, as_json):
    """List tags with their colours and how often they are used."""
    items = library_of(ctx).tags.all()
    if as_json:
        _echo_json([as_dict(t) for t in items])
        return
    for t in items:
        depth = t.name.count("/")
        _echo(f"{'  ' * depth}{t.leaf:<30} {t.colour}  {t.uses}")
    if not items:
        _echo("No tags yet.")


@click.group(invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True)
@click.option("--variants", is_flag=True,
              help="Only the speakers that look like one person written differently.")
@click.pass_context
@friendly
def speakers(ctx, as_json, variants):
    """List speakers with their aliases and number of quotes.

    Speakers that look like one person written differently ("Sergei" and "Sergey Lavrov",
    "Jokowi" and "Joko Widodo", "SBY") are offered for merging:

    \b
        kutip speakers merge "Sergei Lavrov" "Sergey Lavrov"
    """
    if ctx.invoked_subcommand is not None:
        return
    library = library_of(ctx)
    if variants:
        found = library.speakers.likely_variants()
        if as_json:
            _echo_json([as_dict(v) for v in found])
            return
        for v in found:
            _echo(_variant_line(v))
        if not found:
            _echo("No speakers look like one person written differently.")
        return
    items = library.speakers.all()
    if as_json:
        _echo_json([as_dict(s) for s in items])
        return
    for s in items:
        aliases = f" (also: {', '.join(s.aliases)})" if s.aliases else ""
        _echo(f"{s.name}{aliases} — {s.quotes} annotation(s)")
    if not items:
        _echo("No speakers yet.")
        return
    found = library.speakers.likely_variants()
    if found:
        _echo("")
        _echo("Possibly one person written differently (merge with `kutip speakers merge NAME "
              "INTO`; the merged name stays as an alias):")
        for v in found:
            _echo(f"  {_variant_line(v)}")


def _variant_line(variant) -> str:
    from .core.speakernames import REASONS

    return f"“{variant.name}” → “{variant.into}” ({REASONS[variant.reason]})"


@speakers.command("merge")
@click.argument("name")
@click.argument("into")
@click.pass_context
@friendly
def merge_speakers(ctx, name, into):
    """Merge speaker NAME into speaker INTO: NAME's annotations name INTO, and NAME (with its
    aliases) becomes an alias of INTO, so later quotes naming it are INTO's."""
    library = library_of(ctx)
    moved = library.speakers.get(name).quotes
    library.speakers.id_of(into)  # an existing speaker ("There is no speaker …")
    merged = library.speakers.merge(name, into)
    _echo(f"Merged “{name}” into “{merged.name}”: {moved} annotation(s) now name "
          f"“{merged.name}”, and “{name}” is one of its aliases.")


@speakers.command("fill-written")
@click.option("--dry-run", is_flag=True, help="Only list what would be filled in.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
@friendly
def fill_written(ctx, dry_run, as_json):
    """Fill in how each quote's article writes its speaker's name, for quotes stored before
    Kutip kept it: found in the article's text ("Sergey Lavrov" in an article that never
    writes the library's "Sergei Lavrov"), as for a new quote. A quote whose article writes
    the speaker's own name, or none of theirs, is left as it is.

    \b
        kutip speakers fill-written --dry-run
    """
    library = library_of(ctx)
    found = library.speakers.fill_written(dry_run=dry_run)
    if as_json:
        _echo_json([as_dict(item) for item in found])
        return
    for item in found:
        _echo(f"annotation {item.annotation_id} (article {item.article_id}): "
              f"“{item.written}” for {item.speaker}")
    verb = "would be filled in" if dry_run else "filled in"
    _echo(f"{len(found)} written name(s) {verb}." if found else
          "No quote's article writes its speaker otherwise: nothing to fill in.")


@click.command()
@click.option("--everyone", is_flag=True,
              help="Count every coder's work, also on collections coded blind (as the"
                   " agreement does): not for a coder still coding blind.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
@friendly
def coders(ctx, everyone, as_json):
    """List coders with how many annotations (on how many articles) each made.

    While collections are coded blind, another coder's work there is not counted unless
    --everyone. Choose who is coding with `kutip --coder NAME …` (or $KUTIP_CODER).

    \b
    Examples:
        kutip coders
        kutip coders --everyone --json
    """
    library = library_of(ctx)
    items = library.coders.all(everyone=everyone)
    current = library.coders.current
    if as_json:
        _echo_json([{**as_dict(c), "current": c.name == current} for c in items])
        return
    for c in items:
        mark = "*" if c.name.casefold() == current.casefold() else " "
        _echo(f"{mark} {c.name:<30} {c.annotations} annotation(s) on {c.articles} article(s)")
    if current and not any(c.name.casefold() == current.casefold() for c in items):
        _echo(f"* {current:<30} (new: made on their first annotation)")
    if not everyone and library.coders.blind_collections():
        _echo("Collections are coded blind: the other coders' work there is not counted"
              " (`kutip coders --everyone` counts it).")


COMMANDS = [list_, show, search, tags, speakers, coders]
