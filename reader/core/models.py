"""The objects Kutip keeps, as plain dataclasses shared by every layer.

Offsets (``start``/``end``) always count Python code points into
``Article.text``, as the W3C Web Annotation TextPositionSelector does; only the
Qt layer converts to UTF-16 units.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from typing import NamedTuple

# what an annotation is and may say lives in a module of its own: the command line builds
# its options from it without loading the dataclasses below (issue 12)
from .kinds import ANCHOR_STATES as ANCHOR_STATES
from .kinds import KINDS as KINDS
from .kinds import SUGGESTION_KINDS as SUGGESTION_KINDS
from .kinds import VERDICTS as VERDICTS
from .kinds import AnchorState as AnchorState
from .kinds import Kind as Kind
from .kinds import Verdict as Verdict


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


@dataclass
class Article:
    """An article as stored: its text, where it came from, and how many quotes, claims and
    highlights it has. (A docstring of its own: without one, ``dataclass`` computes one from
    the signature at import, a cost every ``kutip`` command paid.)"""

    id: int
    title: str
    text: str = ""
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
    imported_at: str = ""
    updated_at: str = ""
    quotes: int = 0
    claims: int = 0
    highlights: int = 0
    uuid: str = ""  # stable identity across libraries
    original_hash: str = ""
    published_partial: str = ""
    published_inferred: bool = False

    def date_label(self, short: bool = False) -> str:
        """See :func:`date_label`."""
        return date_label(self.published, self.published_partial, self.published_inferred,
                          short)


def date_label(published: str, partial: str = "", inferred: bool = False,
               short: bool = False) -> str:
    """The date as people read it: ``2021-12-22``, ``2021-12-22 [inferred]`` (the year
    completed from the story), ``22/12 [no year]`` (a partial date), or ``""``.
    ``short`` (for columns): ``~2021-12-22`` and ``22/12``."""
    if published:
        if not inferred:
            return published
        return f"~{published}" if short else f"{published} [inferred]"
    if partial:
        given = partial_label(partial)
        return given if short else f"{given} [no year]"
    return ""


def partial_label(partial: str) -> str:
    """``--12-22`` → ``22/12`` (day/month, as Indonesian text writes it); ``2025-07`` stays."""
    m = re.fullmatch(r"--(\d{2})-(\d{2})", partial or "")
    return f"{int(m[2])}/{int(m[1])}" if m else partial


@dataclass
class Annotation:
    """A tagged span of an article's text: its kind, quote selector, speaker, verdict, note,
    tags and coder (``start`` and ``end`` are None when its text was not found)."""

    id: int
    article_id: int
    kind: str
    exact: str
    start: int
    end: int
    prefix: str = ""
    suffix: str = ""
    speaker: str = ""
    speaker_id: int | None = None
    verdict: str = ""
    note: str = ""
    tags: list[str] = field(default_factory=list)
    anchor: str = "anchored"
    created_at: str = ""
    updated_at: str = ""
    uuid: str = ""  # stable identity across libraries (W3C export id urn:uuid:…)
    coder: str = ""  # who made it (issue 14): the coder's name
    coder_id: int | None = None


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

    @property
    def speaker_unsure(self) -> bool:
        """A guessed speaker to check: shown marked, and stored marked by accept-all."""
        return bool(self.speaker) and self.speaker_confidence < LOW_SPEAKER_CONFIDENCE
