"""The one service API: everything the GUI and the CLI do to a library goes through ``Library``.

    >>> lib = Library("library.sqlite")
    >>> report = lib.import_paths(["seeds/"])
    >>> note = lib.annotate_exact(1, "Kami tidak ingin berperang", kind="quote", speaker="Lavrov")
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

from ..paths import default_db_path, seeds_dir
from .annotations import AnnotationsMixin, SeenSpan, TextChanged, text_hash
from .articles import EDITABLE_FIELDS, SORT_COLUMNS, ArticleFilter, ArticlesMixin
from .base import Change, LibraryError, NotFound
from .bulk import BulkMixin
from .collections import Collection, CollectionsMixin
from .exporting import ExportMixin
from .importing import ImportingMixin, ImportReport
from .pages import PagesMixin
from .reanchoring import ReanchorMixin, ReanchorReport
from .search import MARK_END, MARK_START, SearchHit, SearchMixin
from .speakers import Speaker, SpeakersMixin
from .suggesting import SuggestionsMixin
from .tags import Tag, TagsMixin
from .trail import ClusterFilter, QuoteTrail, RefreshReport


class Library(
    ImportingMixin,
    AnnotationsMixin,
    SearchMixin,
    TagsMixin,
    SpeakersMixin,
    CollectionsMixin,
    ArticlesMixin,
    BulkMixin,
    ExportMixin,
    ReanchorMixin,
    SuggestionsMixin,
    PagesMixin,
):
    """A Kutip library: one SQLite file of articles, annotations, tags, speakers, collections."""

    @cached_property
    def trail(self) -> QuoteTrail:
        """The quote trail: the same statement across outlets."""
        return QuoteTrail(self)


def open_library(path: str | Path | None = None, seed: bool = True) -> Library:
    """Open the library at ``path`` (default: the user's); a new one gets the seed articles."""
    path = Path(path) if path else default_db_path()
    is_new = not path.exists() or path.stat().st_size == 0
    library = Library(path)
    if is_new and seed and seeds_dir().is_dir():
        library.import_paths([seeds_dir()])
    return library


__all__ = [
    "EDITABLE_FIELDS",
    "MARK_END",
    "MARK_START",
    "SORT_COLUMNS",
    "ArticleFilter",
    "ClusterFilter",
    "Change",
    "Collection",
    "ImportReport",
    "Library",
    "LibraryError",
    "NotFound",
    "QuoteTrail",
    "ReanchorReport",
    "RefreshReport",
    "SearchHit",
    "SeenSpan",
    "Speaker",
    "Tag",
    "TextChanged",
    "open_library",
    "text_hash",
]
