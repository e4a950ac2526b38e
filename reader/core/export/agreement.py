"""The agreement report as a file (issue 14): Markdown for a methods section or a notebook,
CSV for R, SPSS or a spreadsheet. Both state the unit of analysis of every figure.

Both are written in a language (English by default; the app writes in the language of its
exports, ``kutip agreement --lang``), as the Markdown export of annotations is (R13-10): a
methods section quotes the table and the method in the paper's language, with the names
the Agreement dialog shows ("Kind: quote" / "Jenis: kutipan", "Tag: framing" /
"Label: framing"), never the internal "kind quote". The CSV, read by scripts, keeps the
stable ids in ``compared`` (tag, kind, speaker, verdict) and ``name`` (the tag or kind:
"quote", whatever the language) and ``unit`` ("character", "token", "matched quote"), so
a script's filter works in every language; ``label`` is the dialog's name for the row.

Pure: it gets the ``AgreementReport`` that ``reader.core.agreement`` made (imported only
for type checking, so writing a report never loads numpy).
"""

from __future__ import annotations

import csv
import io
from itertools import combinations
from typing import TYPE_CHECKING

from ..messages import Message
from .csv_export import spreadsheet_cell
from .escaping import escape_markdown
from .language import translated

if TYPE_CHECKING:
    from ..agreement import AgreementReport, Comparison

__all__ = ["AGREEMENT_CSV_COLUMNS", "REPORT_FORMATS", "agreement_csv", "agreement_markdown",
           "compared_name", "method_note"]

#: the formats ``kutip agreement --format`` and the app write
REPORT_FORMATS = ("text", "markdown", "csv", "json")

AGREEMENT_CSV_COLUMNS = (
    "compared", "name", "label", "measure", "unit", "units", "articles", "coders", "alpha",
    "kappa", "percent_agreement", "warnings",
)

# The words of the report, as the dialog shows them (its Indonesian is the same: tools/
# kutip_id_strings.py keys a translation by its English).
_COMPARED = {
    "tag": Message("agreement.compared-tag", "Tag: {name}", name="{name}"),
    "kind": Message("agreement.compared-kind", "Kind: {name}", name="{name}"),
    "speaker": Message("agreement.compared-speaker", "Speaker"),
    "verdict": Message("agreement.compared-verdict", "Verdict"),
}
_KINDS = {"quote": Message("agreement.kind-quote", "quote"),
          "claim": Message("agreement.kind-claim", "claim"),
          "highlight": Message("agreement.kind-highlight", "highlight")}
_UNITS = {"character": Message("agreement.unit-characters", "characters"),
          "token": Message("agreement.unit-word-tokens", "word tokens"),
          "matched quote": Message("agreement.unit-matched-quotes", "matched quotes"),
          "matched claim": Message("agreement.unit-matched-claims", "matched claims")}
_UNIT_ONE = {"character": Message("agreement.unit-character", "character"),
             "token": Message("agreement.unit-token", "token")}
_WORDS = {
    "title": Message("agreement.title", "Inter-coder agreement"),
    "compared": Message("agreement.head-compared", "Compared"),
    "unit": Message("agreement.head-unit", "Unit of analysis"),
    "units": Message("agreement.head-units", "Units"),
    "percent": Message("agreement.head-percent", "% agreement"),
    "warning": Message("agreement.warning", "Warning"),
    "warnings": Message("agreement.warnings", "Warnings"),
    "nothing": Message("agreement.nothing-to-compare", "Nothing to compare."),
}


def compared_name(what: str, language: str = "en") -> str:
    """A line's name as the dialog shows it: "tag framing" → "Tag: framing", "kind quote"
    → "Kind: quote" ("Jenis: kutipan"), "speaker" → "Speaker"."""
    head, _, name = what.partition(" ")
    label = _COMPARED.get(head)
    if label is None:
        return what
    if head == "kind":
        name = translated(_KINDS[name], language) if name in _KINDS else name
    return translated(label, language).format(name=name) if "{name}" in label.template \
        else translated(label, language)


def unit_name(unit: str, language: str = "en") -> str:
    """A unit of analysis as the dialog shows it ("word tokens", "matched quotes")."""
    return translated(_UNITS[unit], language) if unit in _UNITS else unit


def method_note(report: AgreementReport, language: str = "en") -> list[str]:
    """What was compared and how, in sentences a methods section can take."""
    unit = report.unit
    one = translated(_UNIT_ONE[unit], language) if unit in _UNIT_ONE else unit
    sentences = [
        Message("agreement.method-scope", "Articles compared: {articles}. Coders: {coders}.",
                articles=report.articles, coders=", ".join(report.coders)),
        Message("agreement.method-unitized",
                "Tags and kinds are compared unitized: the unit of analysis is the {unit} of"
                " the articles' text; at each {unit} a coder's value is 1 when one of their"
                " annotations with that tag (or of that kind) covers it, else 0{touch}",
                unit=one, touch=Message(
                    "agreement.method-token-touch", " (a word token counts as covered when an"
                    " annotation touches it).") if unit == "token" else "."),
        Message("agreement.method-matched",
                "Speakers of quotes and verdicts of claims are compared on matched units: the"
                " annotations of different coders that overlap by at least half (intersection"
                " over union) are one unit; a coder who did not annotate it gives no value"
                " there."),
        Message("agreement.method-coefficients",
                "α is Krippendorff's alpha for nominal data (the `krippendorff` package); κ is"
                " Cohen's kappa for each pair of coders; percent agreement is the share of"
                " units on which the coders agree (unitized) or of agreeing pairs of values"
                " (matched)."),
    ]
    return [translated(sentence, language) for sentence in sentences]


def _figure(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.1%}"


def agreement_markdown(report: AgreementReport, language: str = "en") -> str:
    """The report as Markdown in ``language``: the method, one table (with κ per pair of
    coders) and the warnings; names are escaped so a tag called ``*x*`` stays literal."""
    pairs = list(combinations(report.coders, 2))

    def word(name: str) -> str:
        return translated(_WORDS[name], language)

    lines = [f"# {word('title')}", ""]
    lines += [escape_markdown(line) if i == 0 else line
              for i, line in enumerate(method_note(report, language))]
    lines.append("")
    for warning in report.warnings:
        lines.append(f"- **{word('warning')}:** {escape_markdown(translated(warning, language))}")
    if report.warnings:
        lines.append("")
    if not report.comparisons:
        lines.append(word("nothing"))
        return "\n".join(lines) + "\n"
    head = [word("compared"), word("unit"), word("units"), "α", word("percent"),
            *(f"κ {escape_markdown(a)} × {escape_markdown(b)}" for a, b in pairs)]
    lines.append("| " + " | ".join(head) + " |")
    lines.append("|" + "|".join(["---", "---", "---:", "---:", "---:", *["---:"] * len(pairs)])
                 + "|")
    for c in report.comparisons:
        kappas = {(p.coder_a, p.coder_b): p.kappa for p in c.pairs}
        cells = [escape_markdown(compared_name(c.what, language)), unit_name(c.unit, language),
                 str(c.units), _figure(c.alpha), _percent(c.percent),
                 *(_figure(kappas.get(pair)) for pair in pairs)]
        lines.append("| " + " | ".join(cells) + " |")
    noted = [(c.what, w) for c in report.comparisons for w in c.warnings]
    if noted:
        lines += ["", f"## {word('warnings')}", ""]
        lines += [f"- {escape_markdown(compared_name(what, language))}:"
                  f" {escape_markdown(translated(w, language))}" for what, w in noted]
    return "\n".join(lines) + "\n"


def agreement_csv(report: AgreementReport, spreadsheet_safe: bool = True,
                  language: str = "en") -> str:
    """The report as CSV (RFC 4180): one row per comparison for all coders (α, percent
    agreement) and one per pair of coders (κ, their percent agreement), each with its
    unit of analysis. ``compared`` is tag, kind, speaker or verdict and ``name`` the tag or
    kind, as stable ids; ``label`` the row's name as the dialog shows it and the warnings
    in ``language``. Spreadsheet-safe like the annotation CSV unless told otherwise."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(AGREEMENT_CSV_COLUMNS)

    def cell(value: str) -> str:
        # (as the annotation CSV: a formula start is made text, controls go)
        return str(spreadsheet_cell(value)) if spreadsheet_safe else value

    def row(c: Comparison, coders: str, alpha: float | None, kappa: float | None,
            percent: float | None, units: int, warnings: str) -> None:
        compared, _, name = c.what.partition(" ")  # "tag framing/threat", "speaker"
        writer.writerow([compared, cell(name), cell(compared_name(c.what, language)),
                         c.measure, c.unit, units, report.articles, cell(coders),
                         "" if alpha is None else round(alpha, 6),
                         "" if kappa is None else round(kappa, 6),
                         "" if percent is None else round(percent, 6), cell(warnings)])

    for c in report.comparisons:
        row(c, " | ".join(report.coders), c.alpha, None, c.percent, c.units,
            " ".join(translated(w, language) for w in c.warnings))
        for p in c.pairs:
            row(c, f"{p.coder_a} | {p.coder_b}", None, p.kappa, p.percent, p.units, "")
    return out.getvalue()
