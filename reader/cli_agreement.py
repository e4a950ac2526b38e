"""``kutip agreement``: inter-coder reliability on the command line (issue 14)."""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING

import click

from .cli_output import echo
from .cli_params import ID

if TYPE_CHECKING:  # (numpy and krippendorff load only when the command runs: issue 12)
    from .core.agreement import AgreementReport

#: the units of analysis (``reader.core.agreement.UNITS``; a test keeps them the same)
UNITS = ("character", "token")


def _figure(value: float | None, digits: int = 3) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.1%}"


def print_report(report: AgreementReport) -> None:
    echo(f"Agreement of {', '.join(report.coders)} on {report.articles} article(s).")
    echo("α: Krippendorff's nominal alpha; κ: Cohen's kappa per pair; %: percent agreement."
         " Unitized lines compare, at each unit, whether each coder coded it.")
    for warning in report.warnings:
        echo(f"! {warning}")
    if not report.comparisons:
        echo("Nothing to compare.")
        return
    width = max(len(c.what) for c in report.comparisons) + 2
    echo("")
    echo(f"{'':<{width}}{'unit':<15}{'units':>9}{'α':>8}{'%':>8}")
    for c in report.comparisons:
        echo(f"{c.what:<{width}}{c.unit:<15}{c.units:>9}{_figure(c.alpha):>8}"
             f"{_percent(c.percent):>8}")
        for p in c.pairs:
            echo(f"    {p.coder_a} × {p.coder_b}: κ {_figure(p.kappa)},"
                 f" {_percent(p.percent)} over {p.units} {c.unit}(s)")
        for warning in c.warnings:
            echo(f"    ! {warning}")


def register(cli: click.Group, open_library, friendly, echo_json) -> None:
    """Add the command to the ``kutip`` group (``cli.py`` passes its helpers)."""

    @cli.command()
    @click.option("--coders", default="", metavar="A,B",
                  help="The coders to compare, comma-separated (default: every coder who"
                       " annotated the articles).")
    @click.option("--collection", default="",
                  help="Compare the articles of this collection (default: the articles at"
                       " least two of the coders annotated).")
    @click.option("--article", "article_ids", type=ID, multiple=True,
                  help="Compare this article (repeat for several).")
    @click.option("--tag", default="", help="Only this tag (and its sub-tags).")
    @click.option("--unit", type=click.Choice(UNITS), default="character",
                  help="The unit of analysis of the unitized lines (default: character).")
    @click.option("--json", "as_json", is_flag=True)
    @click.pass_context
    @friendly
    def agreement(ctx, coders, collection, article_ids, tag, unit, as_json):
        """Inter-coder agreement: Krippendorff's α, Cohen's κ and percent agreement.

        \b
        Per tag and per kind (quote, claim, highlight), over the text (coded or not at
        each character or token, per coder); for the speakers of quotes and the verdicts
        of claims, over the annotations the coders matched (same words).
        Examples:
            kutip agreement
            kutip agreement --coders Ana,Budi --collection "Studi Rusia" --json
            kutip agreement --tag framing --unit token
        """
        report = open_library(ctx).agreement.report(
            coders=[c for c in coders.split(",") if c.strip()], collection=collection,
            article_ids=list(article_ids), tag=tag, unit=unit)
        if as_json:
            echo_json(asdict(report))
        else:
            print_report(report)
