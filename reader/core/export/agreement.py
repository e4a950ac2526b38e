"""The agreement report as a file (issue 14): Markdown for a methods section or a notebook,
CSV for R, SPSS or a spreadsheet. Both state the unit of analysis of every figure.

Pure: it gets the ``AgreementReport`` that ``reader.core.agreement`` made (imported only
for type checking, so writing a report never loads numpy).
"""

from __future__ import annotations

import csv
import io
from itertools import combinations
from typing import TYPE_CHECKING

from .csv_export import FORMULA_STARTS
from .escaping import escape_markdown

if TYPE_CHECKING:
    from ..agreement import AgreementReport, Comparison

__all__ = ["AGREEMENT_CSV_COLUMNS", "REPORT_FORMATS", "agreement_csv", "agreement_markdown",
           "method_note"]

#: the formats ``kutip agreement --format`` and the app write
REPORT_FORMATS = ("text", "markdown", "csv", "json")

AGREEMENT_CSV_COLUMNS = (
    "compared", "name", "measure", "unit", "units", "articles", "coders", "alpha", "kappa",
    "percent_agreement", "warnings",
)


def method_note(report: AgreementReport) -> list[str]:
    """What was compared and how, in sentences a methods section can take."""
    unit = report.unit
    return [
        f"Articles compared: {report.articles}. Coders: {', '.join(report.coders)}.",
        f"Tags and kinds are compared unitized: the unit of analysis is the {unit} of the"
        f" articles' text; at each {unit} a coder's value is 1 when one of their annotations"
        f" with that tag (or of that kind) covers it, else 0"
        + (" (a word token counts as covered when an annotation touches it)."
           if unit == "token" else "."),
        "Speakers of quotes and verdicts of claims are compared on matched units: the"
        " annotations of different coders that overlap by at least half (intersection over"
        " union) are one unit; a coder who did not annotate it gives no value there.",
        "α is Krippendorff's alpha for nominal data (the `krippendorff` package); κ is"
        " Cohen's kappa for each pair of coders; percent agreement is the share of units on"
        " which the coders agree (unitized) or of agreeing pairs of values (matched).",
    ]


def _figure(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.1%}"


def agreement_markdown(report: AgreementReport) -> str:
    """The report as Markdown: the method, one table (with κ per pair of coders) and the
    warnings; names are escaped so a tag called ``*x*`` stays literal."""
    pairs = list(combinations(report.coders, 2))
    lines = ["# Inter-coder agreement", ""]
    lines += [escape_markdown(line) if i == 0 else line
              for i, line in enumerate(method_note(report))]
    lines.append("")
    for warning in report.warnings:
        lines.append(f"- **Warning:** {escape_markdown(warning)}")
    if report.warnings:
        lines.append("")
    if not report.comparisons:
        lines.append("Nothing to compare.")
        return "\n".join(lines) + "\n"
    head = ["Compared", "Unit of analysis", "Units", "α", "% agreement",
            *(f"κ {escape_markdown(a)} × {escape_markdown(b)}" for a, b in pairs)]
    lines.append("| " + " | ".join(head) + " |")
    lines.append("|" + "|".join(["---", "---", "---:", "---:", "---:", *["---:"] * len(pairs)])
                 + "|")
    for c in report.comparisons:
        kappas = {(p.coder_a, p.coder_b): p.kappa for p in c.pairs}
        cells = [escape_markdown(c.what), f"{c.unit}s", str(c.units), _figure(c.alpha),
                 _percent(c.percent), *(_figure(kappas.get(pair)) for pair in pairs)]
        lines.append("| " + " | ".join(cells) + " |")
    noted = [(c.what, w) for c in report.comparisons for w in c.warnings]
    if noted:
        lines += ["", "## Warnings", ""]
        lines += [f"- {escape_markdown(what)}: {escape_markdown(w)}" for what, w in noted]
    return "\n".join(lines) + "\n"


def agreement_csv(report: AgreementReport, spreadsheet_safe: bool = True) -> str:
    """The report as CSV (RFC 4180): one row per comparison for all coders (α, percent
    agreement) and one per pair of coders (κ, their percent agreement), each with its
    unit of analysis. ``compared`` is tag, kind, speaker or verdict; ``name`` the tag or
    kind. Spreadsheet-safe like the annotation CSV unless told otherwise."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(AGREEMENT_CSV_COLUMNS)

    def cell(value: str) -> str:
        # (as the annotation CSV's ``spreadsheet_cell``: a formula start is made text)
        return "'" + value if spreadsheet_safe and value.startswith(FORMULA_STARTS) else value

    def row(c: Comparison, coders: str, alpha: float | None, kappa: float | None,
            percent: float | None, units: int, warnings: str) -> None:
        compared, _, name = c.what.partition(" ")  # "tag framing/threat", "speaker"
        writer.writerow([compared, cell(name), c.measure, c.unit, units, report.articles,
                         cell(coders),
                         "" if alpha is None else round(alpha, 6),
                         "" if kappa is None else round(kappa, 6),
                         "" if percent is None else round(percent, 6), cell(warnings)])

    for c in report.comparisons:
        row(c, " | ".join(report.coders), c.alpha, None, c.percent, c.units,
            " ".join(c.warnings))
        for p in c.pairs:
            row(c, f"{p.coder_a} | {p.coder_b}", None, p.kappa, p.percent, p.units, "")
    return out.getvalue()
