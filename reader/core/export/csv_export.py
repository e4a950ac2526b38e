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


def export_csv(items: Iterable[tuple[Article, list[Annotation]]], bom: bool = False) -> str:
    """CSV text (RFC 4180, CRLF rows); write it with ``newline=""`` in UTF-8.

    ``bom`` starts the text with U+FEFF so Excel reads accented names right.
    Tags are joined with ``"; "``.
    """
    out = io.StringIO()
    if bom:
        out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for article, anns in items:
        for a in anns:
            writer.writerow(
                [
                    article.id, article.title, article.source, article.authors,
                    article.published, article.url,
                    a.id, a.kind, a.exact, a.speaker, "; ".join(a.tags), a.verdict, a.note,
                    a.start, a.end, a.prefix, a.suffix, a.anchor, a.created_at, a.updated_at,
                ]
            )  # fmt: skip
    return out.getvalue()
