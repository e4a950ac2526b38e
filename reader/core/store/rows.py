"""What crosses the storage boundary at run time: the row type, an annotation listing's
columns and tuples, and an article listing's filter.

``interfaces`` (the protocols) gives these too; the services and stores import them from
here, so a process that only reads (``kutip show``) does not build the protocols of every
area (issue 12).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, NamedTuple

Row = dict[str, Any]

#: the marks around a search hit in a snippet (``Search``); front ends style them. Here, not
#: in ``library.search``, so that the app's library list shows snippets without loading the
#: search service before its first paint (issue 12)
MARK_START, MARK_END = "\x02", "\x03"


#: an annotation as ``AnnotationStore`` lists it: the fields of ``models.Annotation`` in
#: their order, without ``tags``; ``speaker`` and ``coder`` are names ('' when none), ``uuid``
#: is '' when none
ANNOTATION_COLUMNS = ("id", "article_id", "kind", "exact", "start", "end", "prefix", "suffix",
                      "speaker", "speaker_id", "verdict", "note", "anchor", "created_at",
                      "updated_at", "uuid", "coder", "coder_id", "speaker_written")


#: an annotation as ``AnnotationStore.brief`` lists it: what Kutip's own Markdown templates
#: read, and what an export's filters and order need (``models.BriefAnnotation`` without
#: ``tags``)
BRIEF_COLUMNS = ("id", "article_id", "kind", "exact", "start", "speaker", "verdict", "note",
                 "coder", "coder_id")


#: an annotation as ``AnnotationStore.export_rows`` lists it: what Kutip's own Markdown
#: templates print of it, in reading order; ``speaker_id`` is its speaker's id (None when
#: none; their names: ``SpeakerStore.names_by_id``), ``tags`` the ids of its tags joined by
#: "," in no particular order (None when it has none; their names: ``TagStore.names_by_id``)
EXPORT_COLUMNS = ("article_id", "kind", "exact", "speaker_id", "verdict", "note", "tags")
#: what ``export_rows`` adds with ``coders`` (blind coding, a filter by coder)
EXPORT_CODER_COLUMNS = ("coder_id", "coder")


class AnnotationListing(NamedTuple):
    """Annotations as ``AnnotationStore`` lists them: plain tuples, not a dict per row
    (100,000 rows for an export are built ~3x faster)."""

    tags: dict[int, list[str]]
    """Annotation id → the names of its tags, in no particular order (no entry: no tags)."""
    rows: Iterator[tuple[Any, ...]]
    """One tuple per annotation, values in ``ANNOTATION_COLUMNS`` order, read as iterated:
    iterate it before the next write."""


class ArticleWhere(NamedTuple):
    """Which articles a listing holds: every field narrows it; empty means every article.
    The services fill it from the user's ``ArticleFilter``, cleaned. (A named tuple: as
    a frozen dataclass it took a millisecond to build at every import, issue 12.)"""

    #: a full-text query (the ``fts_query`` form) matching the article's title or text,
    #: or the exact text or note of one of its annotations
    match: str = ""
    collection_id: int | None = None
    source: str = ""  # the article's source, compared case-blind
    tag: str = ""  # an annotation has this tag or one nested under it ("tag/…")
    speaker: str = ""  # an annotation's speaker has this name or alias
    kind: str = ""  # at least one annotation of this kind ("quote", "claim", "highlight")
    coder: str = ""  # an annotation was made by the coder of this name
    #: coding blind (issue 14): the coder whose annotations alone count, for ``match``,
    #: ``tag``, ``speaker``, ``kind`` and ``coder``, on the articles of a collection coded
    #: blind (another coder's there must not make an article match); None: everyone's
    viewer: int | None = None
