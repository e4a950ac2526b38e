"""``kutip agreement`` and ``kutip blind``: inter-coder reliability and blind double-coding
on the command line (issue 14)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from .cli_output import as_dict, echo, emit
from .cli_params import ID
from .core.export.language import LANGUAGES, locale_language

if TYPE_CHECKING:  # (numpy and krippendorff load only when the command runs: issue 12)
    from .core.agreement import AgreementReport

#: the units of analysis (``reader.core.agreement.UNITS``; a test keeps them the same)
UNITS = ("character", "token")
#: what the report can be written as (``reader.core.export.agreement.REPORT_FORMATS``)
FORMATS = ("text", "markdown", "csv", "json")


def _figure(value: float | None, digits: int = 3) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.1%}"


def report_text(report: AgreementReport) -> str:
    """The report as the terminal shows it."""
    lines = [f"Agreement of {', '.join(report.coders)} on {report.articles} article(s).",
             "α: Krippendorff's nominal alpha; κ: Cohen's kappa per pair; %: percent agreement."
             " Unitized lines compare, at each unit, whether each coder coded it."]
    lines += [f"! {warning}" for warning in report.warnings]
    if not report.comparisons:
        lines.append("Nothing to compare.")
        return "\n".join(lines) + "\n"
    width = max(len(c.what) for c in report.comparisons) + 2
    lines.append("")
    lines.append(f"{'':<{width}}{'unit':<15}{'units':>9}{'α':>8}{'%':>8}")
    for c in report.comparisons:
        lines.append(f"{c.what:<{width}}{c.unit:<15}{c.units:>9}{_figure(c.alpha):>8}"
                     f"{_percent(c.percent):>8}")
        for p in c.pairs:
            lines.append(f"    {p.coder_a} × {p.coder_b}: κ {_figure(p.kappa)},"
                         f" {_percent(p.percent)} over {p.units} {c.unit}(s)")
        lines += [f"    ! {warning}" for warning in c.warnings]
    return "\n".join(lines) + "\n"


def print_report(report: AgreementReport) -> None:
    echo(report_text(report), nl=False)


def register(cli: click.Group, open_library, friendly, echo_json) -> None:
    """Add the commands to the ``kutip`` group (``cli.py`` passes its helpers)."""

    @cli.command()
    @click.option("--coders", default="", metavar="A,B",
                  help="The coders to compare, comma-separated (default: every coder who"
                       " annotated the articles).")
    @click.option("--collection", default="",
                  help="Compare the articles of this collection (default: the articles at"
                       " least two of the coders annotated).")
    @click.option("--article", "article_ids", type=ID, multiple=True,
                  help="Compare this article (repeat for several).")
    @click.option("--tag", default="", help="Only this tag (and its sub-tags). The engine's"
                  " check-speaker mark is compared only when named here.")
    @click.option("--unit", type=click.Choice(UNITS), default="character",
                  help="The unit of analysis of the unitized lines (default: character).")
    @click.option("--format", "fmt", type=click.Choice(FORMATS), default="text",
                  help="text (default), markdown (a table and the method, for a paper),"
                       " csv (one row per comparison and per pair of coders) or json.")
    @click.option("--json", "as_json", is_flag=True, help="The same as --format json.")
    @click.option("--lang", "language", type=click.Choice(list(LANGUAGES)), default=None,
                  help="Markdown and CSV: the language of the method, the headings and the"
                       " names of what is compared (Kind: quote / Jenis: kutipan), as the"
                       " Agreement dialog shows them; the CSV's compared, name and unit"
                       " columns stay the same ids in every language. Default: your"
                       " locale's, as `kutip export --lang`.")
    @click.option("--raw", is_flag=True,
                  help="CSV: keep cells exactly (no spreadsheet-formula protection).")
    @click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
                  help="Write the report to this file instead of standard output.")
    @click.pass_context
    @friendly
    def agreement(ctx, coders, collection, article_ids, tag, unit, fmt, as_json, language,
                  raw, output):
        """Inter-coder agreement: Krippendorff's α, Cohen's κ and percent agreement.

        \b
        Per tag and per kind (quote, claim, highlight), over the text (coded or not at
        each character or token, per coder); for the speakers of quotes and the verdicts
        of claims, over the annotations the coders matched (same words).
        Examples:
            kutip agreement
            kutip agreement --coders Ana,Budi --collection "Studi Rusia" --json
            kutip agreement --tag framing --unit token
            kutip agreement --collection "Studi Rusia" --format markdown -o agreement.md
            kutip agreement --format csv -o agreement.csv
        """
        report = open_library(ctx).agreement.report(
            coders=[c for c in coders.split(",") if c.strip()], collection=collection,
            article_ids=list(article_ids), tag=tag, unit=unit)
        fmt = "json" if as_json else fmt
        if fmt == "text" and output is None:
            print_report(report)
            return
        import os

        from .core.export.agreement import agreement_csv, agreement_markdown

        language = language or locale_language(os.environ)
        if fmt == "json" and output is None:
            echo_json(as_dict(report))
            return
        import json

        text = {"json": lambda: json.dumps(as_dict(report), ensure_ascii=False, indent=2) + "\n",
                "markdown": lambda: agreement_markdown(report, language=language),
                "csv": lambda: agreement_csv(report, spreadsheet_safe=not raw,
                                             language=language),
                "text": lambda: report_text(report)}[fmt]()
        emit(text, output)

    @cli.command()
    @click.argument("collection", required=False)
    @click.option("--on/--off", "state", default=None,
                  help="Code the collection blind, or no longer.")
    @click.option("--json", "as_json", is_flag=True)
    @click.pass_context
    @friendly
    def blind(ctx, collection, state, as_json):
        """Blind double-coding: on the articles of a collection coded blind, each coder
        sees only their own annotations and suggestion decisions (in the app, `show`,
        `list` counts aside, exports and `suggest`), so a second coding is independent.
        `kutip agreement` still compares everyone's.

        \b
        Examples:
            kutip blind                          (the collections coded blind)
            kutip blind "Sampel 20%" --on
            kutip --coder Budi show 12           (Budi's annotations only)
            kutip blind "Sampel 20%" --off
        """
        library = open_library(ctx)
        if collection is None:
            if state is not None:
                raise click.UsageError("Name the collection to code blind (or no longer).")
        else:
            collection_id = library.collections.id_of(collection)
            if state is not None:
                library.coders.set_blind(collection_id, state)
        blind_ids = set(library.coders.blind_collections())
        shown = [c for c in library.collections.all() if c.id in blind_ids
                 and (collection is None or c.id == collection_id)]
        if as_json:
            echo_json([{"collection": c.name, "articles": c.articles, "blind": True}
                       for c in shown] if collection is None else
                      {"collection": collection, "blind": collection_id in blind_ids})
            return
        if collection is not None:
            name = next(c.name for c in library.collections.all() if c.id == collection_id)
            echo(f"“{name}” is {'coded blind' if collection_id in blind_ids else 'not blind'}"
                 f" (coding as {library.coders.current}).")
            return
        for c in shown:
            echo(f"{c.name} — {c.articles} article(s), coded blind")
        if not shown:
            echo("No collection is coded blind.")
