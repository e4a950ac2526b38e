"""``kutip quotes`` and ``kutip trail``: the quote trail on the command line."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from .cli_output import as_dict, echo, emit
from .cli_params import ID, LIMIT, MAX_INTEGER, POSITIVE
from .core.export.language import LANGUAGES, locale_language

JSON_PAGE = 2_000  # clusters whose members ``kutip quotes --json`` reads at once


class QuoteReference(click.ParamType):
    """A quote annotation's id (an int), or ``ARTICLE:CHARACTER`` of a quoted passage
    (a tuple): what ``kutip quotes`` prints for each statement."""

    name = "QUOTE"

    def convert(self, value, param, ctx):
        if isinstance(value, (int, tuple)):
            return value
        text = str(value).strip()
        article, colon, at = text.partition(":")
        try:
            numbers = [int(article)] + ([int(at)] if colon else [])
        except ValueError:
            numbers = []
        if not numbers:
            self.fail(f"{text!r} is neither a quote annotation's id nor ARTICLE:CHARACTER"
                      " (e.g. 12 or 3:166).", param, ctx)
        if numbers[0] < 1:  # (R12-13: one range each, in words)
            self.fail(f"{text!r} is not a quote: ids start at 1.", param, ctx)
        if colon and numbers[1] < 0:
            self.fail(f"{text!r} is not a quote: characters are counted from 0.", param, ctx)
        if max(numbers) > MAX_INTEGER:
            self.fail(f"{text!r} is too large (the largest is {MAX_INTEGER}).", param, ctx)
        return tuple(numbers) if colon else numbers[0]


QUOTE = QuoteReference()

if TYPE_CHECKING:  # the trail's modules load numpy: imported by the commands that use them
    from .core.library import Library
    from .core.trail.model import ClusterSummary, Trail


def _refresh(library: Library) -> None:
    """Bring the trail up to date, saying so on stderr when it is a long job."""
    trail = library.trail
    if trail.built() and trail.pending() < 500:
        trail.refresh()
        return
    interactive = sys.stderr.isatty()
    last = [""]

    def progress(stage: str, done: int, total: int) -> None:
        if not interactive:
            return
        line = f"Building the quote trail: {stage}" + (f" {done:,}/{total:,}" if total else "")
        click.echo("\r" + line.ljust(len(last[0])), nl=False, err=True)  # our own text
        last[0] = line

    report = trail.refresh(progress)
    if interactive and last[0]:
        echo(err=True)
    if report.rebuilt and interactive:
        echo(f"Quote trail built: {report.items:,} quotations, {report.clusters:,} "
                   f"statements quoted more than once ({report.seconds:.1f} s).", err=True)


def _count(n: int, one: str, many: str = "") -> str:
    """``1 outlet``, ``3 outlets`` (``many``: an irregular plural)."""
    return f"{n} {one if n == 1 else many or one + 's'}"


def _short(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"


def _first_date(cluster: ClusterSummary) -> str:
    """A cluster's first date as the trail shows its versions' ("[inferred]": no article of
    that day gives the year), or "undated"."""
    if cluster.first_date_inferred:
        return f"{cluster.first_date} [inferred]"
    return cluster.first_date or "undated"


def _trail_json(trail: Trail) -> dict:
    return {
        "cluster": trail.cluster,
        "speakers": trail.speakers,
        "flags": trail.flags,
        "notes": trail.notes,
        "versions": [{**as_dict(v), "suggested": v.suggested,
                      "speaker_suggested": v.speaker_suggested,
                      "year_inferred": v.year_inferred} for v in trail.versions],
    }


def register(cli: click.Group, open_library, friendly, echo_json) -> None:
    """Add the commands to the ``kutip`` group (``cli.py`` passes its helpers)."""

    @cli.command()
    @click.option("--speaker", default="", help="Only statements quoted from this speaker.")
    @click.option("--collection", default="", help="Only statements in this collection.")
    @click.option("--tag", default="", help="Only statements with a quote tagged so.")
    @click.option("--min-outlets", type=POSITIVE, default=1,
                  help="Only statements quoted by at least this many outlets (articles"
                       " without a source count as an outlet only when no other names one).")
    @click.option("--sort", type=click.Choice(["outlets", "size", "date", "speaker"]),
                  default="outlets",
                  help="Most outlets or versions first, earliest first, or speaker A–Z.")
    @click.option("--reverse", is_flag=True, help="The other way round.")
    @click.option("--limit", type=LIMIT, default=None,
                  help="Show at most this many statements (default: all).")
    @click.option("--json", "as_json", is_flag=True,
                  help="Each cluster with its members' ids, articles, outlets and texts,"
                       " and the other statements of its cluster.")
    @click.pass_context
    @friendly
    def quotes(ctx, speaker, collection, tag, min_outlets, sort, reverse, limit, as_json):
        """List statements quoted more than once: clusters of the same quotation.

        Quote annotations and quoted passages not yet accepted as quotes both count;
        partial quotes and small edits (a word changed, dropped or added, a typo, other
        quotation marks) still count as the same statement.

        \b
        Examples:
            kutip quotes                          # most outlets first
            kutip quotes --speaker Lavrov --min-outlets 2
            kutip quotes --sort date --json
        """
        from .core.library import ClusterFilter

        library = open_library(ctx)
        _refresh(library)
        wanted = ClusterFilter(speaker=speaker, collection=collection, tag=tag,
                               min_outlets=min_outlets, limit=limit,
                               sort=sort, descending=(sort in ("outlets", "size")) != reverse)
        found = library.trail.clusters(wanted)
        references = library.trail.references(found)
        behind = library.trail.behind()  # (a team library's reader: as last caught up)
        if behind:
            echo(behind, err=True)
        if as_json:  # the members a page of clusters at a time (speakers guessed per article)
            listing = []
            for first in range(0, len(found), JSON_PAGE):
                page = found[first:first + JSON_PAGE]
                members = library.trail.members_of([c.cluster for c in page])
                others = library.trail.other_statements(page)
                listing += [{**vars(c), "trail": references.get(c.cluster, ""),
                             "members": [vars(m) for m in members[c.cluster]],
                             "other_statements": [vars(o) for o in others.get(c.cluster, [])]}
                            for c in page]
            echo_json(listing)
            return
        width = max((len(r) for r in references.values()), default=1)
        for first in range(0, len(found), JSON_PAGE):
            page = found[first:first + JSON_PAGE]
            others = library.trail.other_statements(page)
            for c in page:
                who = (f"{c.speaker} (suggested)" if c.speaker_suggested else c.speaker
                       ) or "speaker not named"
                echo(f"{references.get(c.cluster, ''):>{width}}  "
                     f"{_count(c.outlets, 'outlet')}, {_count(c.size, 'version')}  "
                     f"{_first_date(c):<10}  {who}")
                echo(f"{'':>{width}}  “{_short(c.text)}”")
                for o in others.get(c.cluster, []):  # (a short quotation joins them)
                    echo(f"{'':>{width}}  + in its cluster, another statement: `kutip trail"
                         f" {o.reference}`, {_count(o.outlets, 'outlet')},"
                         f" {_count(o.size, 'version')}"
                         + (f", {o.speaker} (suggested)" if o.speaker_suggested
                            else f", {o.speaker}" if o.speaker else "")
                         + f": “{_short(o.text, 60)}”")
        total = (library.trail.cluster_count(wanted) if limit is not None
                 and len(found) == limit else len(found))  # (--limit cut the list short?)
        shown = (f"Showing {len(found):,} of {total:,} statements" if total > len(found)
                 else _count(len(found), "statement"))
        echo(f"{shown} quoted more than once. The first column is"
             " what `kutip trail` takes: a quote annotation's id, or ARTICLE:CHARACTER of a"
             " passage not yet annotated (e.g. `kutip trail "
             f"{references.get(found[0].cluster, '1')}`)."
             if found else "No statement quoted more than once matches these options."
             if speaker or collection or tag or min_outlets > 1
             else "No statement is quoted more than once.")

    @cli.command()
    @click.argument("quote", type=QUOTE, required=False)
    @click.option("--cluster", type=ID, default=None,
                  help="The trail of this statement by its cluster number (`kutip quotes"
                  " --json`); the number changes as quotes are added or the trail is"
                  " rebuilt: QUOTE does not.")
    @click.option("--markdown", "as_markdown", is_flag=True, help="Write the trail as Markdown.")
    @click.option("--template", type=click.Path(exists=True, dir_okay=False, path_type=Path),
                  help="Your own Jinja2 template for --markdown.")
    @click.option("--lang", "language", type=click.Choice(list(LANGUAGES)), default=None,
                  help="Language of the words --markdown writes (headings, warnings)."
                  " Default: your locale's (LC_ALL, LC_MESSAGES or LANG, and LANGUAGE),"
                  " else English, as `kutip export`.")
    @click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
                  help="Write to this file instead of standard output.")
    @click.option("--json", "as_json", is_flag=True,
                  help="The trail as JSON: each version with its ids, outlet, date, speaker,"
                  " differences and warnings.")
    @click.pass_context
    @friendly
    def trail(ctx, quote, cluster, as_markdown, template, language, output, as_json):
        """Show the trail of QUOTE: every version of the statement. QUOTE is a quote
        annotation's id, or ARTICLE:CHARACTER of a quoted passage not yet annotated (as
        `kutip quotes` lists them).

        Versions come in publication order with outlet, date and speaker; each shows
        how it differs from the reference version, the earliest one not cut short:
        [-left out-], {+added+}, [-was-]{+now+}. Warnings mark cuts that may change the
        sense.

        \b
        Examples:
            kutip trail 12
            kutip trail 3:166                     # the passage at character 166 of article 3
            kutip trail 12 --markdown -o trail.md
            kutip trail 12 --markdown --lang id   # in Indonesian
        """
        from .core.export import TemplateError
        from .core.export.trail import export_trail_markdown

        if (quote is None) == (cluster is None):
            raise click.UsageError("Give a quote (an annotation's id or ARTICLE:CHARACTER)"
                                   " or --cluster NUMBER (one of them).")
        library = open_library(ctx)
        _refresh(library)
        if cluster is not None:
            found = library.trail.trail_of_cluster(cluster)
        elif isinstance(quote, tuple):
            found = library.trail.trail_at(*quote)
        else:
            found = library.trail.trail(quote)
        if as_json:
            echo_json(_trail_json(found))
            return
        if as_markdown or template:
            try:
                text = export_trail_markdown(found, template,
                                             language or locale_language(os.environ))
            except TemplateError as error:
                raise click.ClickException(f"template error: {error}") from error
        else:
            text = _trail_text(found)
        emit(text, output)


def _trail_text(trail: Trail) -> str:
    from .core.trail.diff import render
    from .core.trail.versions import RULE

    lines = []
    lines.append(f"Quote trail: {_count(len(trail.versions), 'version')} in "
                 f"{_count(trail.outlet_count, 'outlet')}"
                 + (" (versions without an outlet count as an outlet only when no other"
                    " names one)"
                    if trail.unknown_outlet else ""))
    alone = len(trail.versions) == 1  # (no other version: nothing is earliest or compared)
    if alone:
        lines.append("No other outlet's version of this statement is in the library yet.")
    else:
        lines.append(f"Differences are against the reference version: {RULE}.")
    for flag in trail.flags:
        lines.append(f"! {flag}")
    for note in trail.notes:
        lines.append(f"· {note}")
    lines.append("")
    for n, v in enumerate(trail.versions, 1):
        marks = [m for m, on in (("earliest", v.earliest), ("reference", v.reference))
                 if on and not alone]
        also = ", ".join(map(str, v.also))
        ident = (f"annotation {v.annotation_id}" + (f" (also {also})" if v.also else "")
                 if v.annotation_id else f"suggested quote {v.article_id}:{v.start}"
                 + (f" (part annotated: {also})" if v.also else ""))
        who = v.speaker + (" (suggested)" if v.speaker_suggested else "")
        when = v.date_label() or v.published or "undated"  # (R12-2: "[inferred]" as the app)
        lines.append(f"{n}. {v.source or 'unnamed outlet'}, {when}"
                     + (f" ({', '.join(marks)})" if marks else "")
                     + f" — {who or 'speaker not named'} — {ident}, article {v.article_id}")
        lines.append(f"   {v.title}")
        lines.append(f"   “{render(v.segments) if not v.reference else v.exact}”")
        for part in v.parts:  # (an annotated part: its own words and speaker)
            lines.append(f"   part annotated as {part.annotation_id} — "
                         f"{part.speaker or 'speaker not named'}: “{part.exact}”")
        for flag in v.flags:
            lines.append(f"   ! {flag}")
        lines.append("")
    return "\n".join(lines)
