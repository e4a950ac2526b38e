"""The coded table for statistics (issue 14): one CSV row per article × code, with each
coder's count of annotations and coded characters, and the article's metadata — a wide
table R (``read.csv``) and SPSS read as it is.

Codes are the tags used (each at its own name; a parent tag counts only annotations
tagged with it) and the kinds (``kind:quote``, ``kind:claim``, ``kind:highlight``), so an
untagged quote counts too. Every article of the scope is crossed with every code, zeros
included: an article nobody coded is data. *Coded characters* are the characters a coder
covered with that code in that article, overlapping spans counted once; an orphan (its
words edited away) counts as an annotation with no characters.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence

from ..models import KINDS, Annotation, Article
from .csv_export import spreadsheet_cell

__all__ = ["TABLE_ARTICLE_COLUMNS", "coded_table_csv", "coder_column"]

TABLE_ARTICLE_COLUMNS = ("article_id", "article_uuid", "title", "source", "authors",
                         "published", "language", "url", "code")


def coder_column(name: str, what: str) -> str:
    """A column name a statistics package takes: ``n_ana`` / ``chars_ana`` (letters,
    digits and ``_``; what cannot be written so becomes ``_``)."""
    slug = re.sub(r"\W+", "_", name.casefold(), flags=re.ASCII).strip("_") or "coder"
    return f"{what}_{slug}"


def _covered(spans: list[tuple[int, int]]) -> int:
    total, reach = 0, -1
    for start, end in sorted(spans):
        if end <= reach:
            continue
        total += end - max(start, reach)
        reach = end
    return total


def coded_table_csv(items: Iterable[tuple[Article, list[Annotation]]], coders: Sequence[str],
                    bom: bool = False, spreadsheet_safe: bool = True) -> str:
    """The table as CSV text (CRLF rows, like the annotation CSV)."""
    items = list(items)
    codes = sorted({t for _, notes in items for n in notes for t in n.tags}, key=str.casefold)
    codes += [f"kind:{k}" for k in KINDS]
    columns: list[str] = []
    seen: set[str] = set()
    for coder in coders:  # two names that make one column name get a number
        for what in ("n", "chars"):
            column = coder_column(coder, what)
            number = 2
            while column in seen:
                column = f"{coder_column(coder, what)}_{number}"
                number += 1
            seen.add(column)
            columns.append(column)
    out = io.StringIO()
    if bom:
        out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow([*TABLE_ARTICLE_COLUMNS, *columns])
    index = {c.casefold(): i for i, c in enumerate(coders)}
    for article, notes in items:
        counts: dict[tuple[str, int], int] = {}
        spans: dict[tuple[str, int], list[tuple[int, int]]] = {}
        for note in notes:
            who = index.get(note.coder.casefold())
            if who is None:
                continue
            for code in {*note.tags, f"kind:{note.kind}"}:
                counts[code, who] = counts.get((code, who), 0) + 1
                if note.start is not None and note.end is not None:
                    spans.setdefault((code, who), []).append((note.start, note.end))
        head = [article.id, article.uuid, article.title, article.source, article.authors,
                article.published, article.language, article.url]
        for code in codes:
            row: list[object] = [*head, code]
            for who in range(len(coders)):
                row += [counts.get((code, who), 0), _covered(spans.get((code, who), []))]
            writer.writerow([spreadsheet_cell(v) for v in row] if spreadsheet_safe else row)
    return out.getvalue()
