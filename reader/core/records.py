"""The models only some commands build: what an importer extracted (``ImportedArticle``),
an annotation as an export's templates read it (``BriefAnnotation``), a suggestion
(``Suggestion``), a coder with their counts (``Coder``) and what an import of W3C annotations
did (``AnnotationImportReport``). ``reader.core.models`` (and ``library.coders``,
``library.exporting``) give them too, loading this module when one is first asked for: a
reading command (``kutip show``) or a CSV export never builds them, nor any dataclass (each
costs about a millisecond to build at import, issue 12).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import NamedTuple


@dataclass
class ImportedArticle:
    """What an importer extracted from one source, before it is stored."""

    title: str
    text: str
    source: str = ""
    authors: str = ""
    editor: str = ""
    url: str = ""
    dateline: str = ""
    published: str = ""
    language: str = ""
    photo_credit: str = ""
    original_name: str = ""
    original_format: str = ""
    content_hash: str = ""
    #: sha256 of the bytes as read: a file already in the library is skipped unread
    original_hash: str = ""
    #: a date the text gives without its year, ISO-style: ``--12-22`` (or ``2025-07``)
    published_partial: str = ""
    #: ``published`` was completed from ``published_partial`` (weekday and years in the story)
    published_inferred: bool = False
    #: where each page of a paged original (PDF) starts in ``text``: ``(offset, label)``;
    #: stored in its own table, not as an article column
    pages: list[tuple[int, str]] = field(default_factory=list, metadata={"column": False})


def article_columns(imported: ImportedArticle) -> dict[str, object]:
    """The fields of ``imported`` that are columns of the articles table."""
    return {f.name: getattr(imported, f.name) for f in fields(ImportedArticle)
            if f.metadata.get("column", True)}


class BriefAnnotation(NamedTuple):
    """An annotation as Kutip's own Markdown templates read it: only the fields they use,
    with what an export's filters (kind, speaker, tag, coder, blind coding) and order need.
    A tuple: 100,000 of them for an export are built several times faster than
    ``Annotation``s, and a template reads their fields faster."""

    id: int
    article_id: int
    kind: str
    exact: str
    start: int | None
    speaker: str
    verdict: str
    note: str
    coder: str
    coder_id: int | None
    tags: list[str]


# Below this a suggested speaker is a guess (see Suggestion.speaker_unsure).
LOW_SPEAKER_CONFIDENCE = 0.65


@dataclass
class Suggestion:
    """A detected quotation or claim candidate the user may accept or dismiss."""

    kind: str  # "quote" or "claim"
    start: int
    end: int
    exact: str
    speaker: str = ""
    speaker_role: str = ""
    reason: str = ""
    confidence: float = 0.0
    speaker_confidence: float = 0.0  # how sure the speaker is (0–1)
    speaker_reason: str = ""  # why this speaker, for a tooltip
    #: how the article writes ``speaker`` when it is the library's name for someone the
    #: article spells otherwise ("Sergey Lavrov" for the library's "Sergei Lavrov"); ''
    speaker_written: str = ""

    @property
    def speaker_unsure(self) -> bool:
        """A guessed speaker to check: shown marked, and stored marked by accept-all."""
        return bool(self.speaker) and self.speaker_confidence < LOW_SPEAKER_CONFIDENCE


@dataclass
class Coder:
    """Someone who annotates, with how many annotations they made and on how many articles."""

    id: int
    name: str
    uuid: str = ""
    annotations: int = 0  # how many annotations they made
    articles: int = 0  # on how many articles


@dataclass
class AnnotationImportReport:
    """What ``import_annotations`` did; the four counts are disjoint."""

    imported: int = 0  # stored and placed on the article's text
    present: int = 0  # already in the library (same article, kind, span and text)
    orphaned: int = 0  # stored, but their text is no longer in the article
    unmatched: int = 0  # no article in the library is theirs: not stored
    unmatched_sources: list[str] = field(default_factory=list)
    article_ids: list[int] = field(default_factory=list)  # articles that got annotations

    def summary(self) -> str:
        return (f"{self.imported} imported, {self.present} already present, "
                f"{self.orphaned} orphaned, {self.unmatched} unmatched")
