"""One CSV row per annotation, every field, for spreadsheets and scripts."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from ..models import Annotation, Article

__all__ = ["CSV_COLUMNS", "export_csv"]

CSV_COLUMNS = (
    "article_id", "article_title", "source", "authors", "published", "url",
    "annotation_id", "kind", "exact", "speaker", "tags", "verdict", "note",
    "start", "end", "prefix", "suffix", "anchor", "created_at", "updated_at",
)  # fmt: skip


#: a cell starting with one of these is a formula to a spreadsheet (CSV injection)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value):
    """``value`` made inert for a spreadsheet: text that would start a formula gets a ``'``."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def export_csv(items: Iterable[tuple[Article, list[Annotation]]], bom: bool = False,
               spreadsheet_safe: bool | None = None) -> str:
    """CSV text (RFC 4180, CRLF rows); write it with ``newline=""`` in UTF-8.

    ``bom`` starts the text with U+FEFF so Excel reads accented names right.
    ``spreadsheet_safe`` (by default: when ``bom``, i.e. for Excel) puts a ``'`` before
    text starting with ``= + - @``, a tab or a carriage return, so a quote such as
    ``=HYPERLINK(…)`` stays text instead of becoming a formula. Tags are joined with ``"; "``.
    """
    if spreadsheet_safe is None:
        spreadsheet_safe = bom
    out = io.StringIO()
    if bom:
        out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for article, anns in items:
        for a in anns:
            row = (
                [
                    article.id, article.title, article.source, article.authors,
                    article.published, article.url,
                    a.id, a.kind, a.exact, a.speaker, "; ".join(a.tags), a.verdict, a.note,
                    a.start, a.end, a.prefix, a.suffix, a.anchor, a.created_at, a.updated_at,
                ]
            )  # fmt: skip
            writer.writerow([spreadsheet_cell(v) for v in row] if spreadsheet_safe else row)
    return out.getvalue()
