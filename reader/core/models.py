"""The objects Kutip keeps, as plain dataclasses shared by every layer.

Offsets (``start``/``end``) always count Python code points into
``Article.text``, as the W3C Web Annotation TextPositionSelector does; only the
Qt layer converts to UTF-16 units.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

# what an annotation is and may say lives in a module of its own: the command line builds
# its options from it without loading the dataclasses below (issue 12)
from .kinds import ANCHOR_STATES as ANCHOR_STATES
from .kinds import KINDS as KINDS
from .kinds import SUGGESTION_KINDS as SUGGESTION_KINDS
from .kinds import VERDICTS as VERDICTS
from .kinds import AnchorState as AnchorState
from .kinds import Kind as Kind
from .kinds import Verdict as Verdict

if TYPE_CHECKING:  # (given here too; built on first use, see ``__getattr__``)
    from .records import LOW_SPEAKER_CONFIDENCE as LOW_SPEAKER_CONFIDENCE
    from .records import BriefAnnotation as BriefAnnotation
    from .records import ImportedArticle as ImportedArticle
    from .records import Suggestion as Suggestion
    from .records import article_columns as article_columns

#: the longest description of a speaker: what a library holds, and what a ``.kutip`` file
#: may carry (its reader's limit for a text field); the file refused one over 100 that
#: Accept All had written itself from a long role (review R19-4)
MAX_DESCRIPTION_LENGTH = 10_000

#: the models only some commands build (an import, an export, suggestions): in
#: ``records``, loaded when first asked for here, so that `kutip show` does not build them
_RECORDS = ("BriefAnnotation", "ImportedArticle", "LOW_SPEAKER_CONFIDENCE", "Suggestion",
            "article_columns")


def __getattr__(name: str) -> Any:
    if name in _RECORDS:
        from . import records

        value = getattr(records, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
    #: how the article writes the speaker's name when that is not the library speaker's
    #: own ("Sergey Lavrov" quoted as the library's "Sergei Lavrov"): '' when it is (or
    #: that name, after a rename made it the speaker's: shown as the speaker alone)
    speaker_written: str = ""
