"""What a write changed: one typed ``Changes`` value per operation (as Anki's ``OpChanges``).

Every write of the service API announces exactly one ``Changes`` to the library's
listeners when it ends (writes nested in another write are part of the outer one), and
``Library.last_changes`` keeps it. Views decide from it what to refresh; a write made
by another process (the command line importing while the app is open) is announced
the same way, with ``external`` set and every area marked, when ``poll_external``
notices it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Area(StrEnum):
    """The parts of a library a write can change."""

    ARTICLES = "articles"  # which articles exist, their details or text
    ANNOTATIONS = "annotations"  # annotations (and what hangs on them: tags, speakers, dismissals)
    TAGS = "tags"  # the tag list: names, colours, hierarchy
    SPEAKERS = "speakers"  # the speaker list: names, aliases, descriptions
    COLLECTIONS = "collections"  # collections and their members
    TRAIL = "trail"  # the quote trail's clusters
    FEEDS = "feeds"  # followed feeds and what they brought in


@dataclass(frozen=True)
class Changes:
    """What one operation changed.

    ``article_ids`` are the articles whose row or annotations changed; ``None`` means
    any article may have (e.g. a tag renamed on every annotation that has it).
    """

    areas: frozenset[Area] = frozenset()
    article_ids: frozenset[int] | None = frozenset()
    tags_created: tuple[str, ...] = ()
    tags_removed: tuple[str, ...] = ()
    speakers_created: tuple[str, ...] = ()
    speakers_removed: tuple[str, ...] = ()
    external: bool = False

    @classmethod
    def everything(cls, external: bool = False) -> Changes:
        """Anything may have changed (another process wrote to the file)."""
        return cls(frozenset(Area), None, external=external)

    def __bool__(self) -> bool:
        return bool(self.areas)

    def __contains__(self, area: object) -> bool:
        return area in self.areas

    def concerns(self, article_id: int | None) -> bool:
        """Did the article (its row or its annotations) change?"""
        if article_id is None:
            return False
        return self.article_ids is None or article_id in self.article_ids

    def __or__(self, other: Changes) -> Changes:
        ids = (None if self.article_ids is None or other.article_ids is None
               else self.article_ids | other.article_ids)
        return Changes(
            self.areas | other.areas, ids,
            _union(self.tags_created, other.tags_created),
            _union(self.tags_removed, other.tags_removed),
            _union(self.speakers_created, other.speakers_created),
            _union(self.speakers_removed, other.speakers_removed),
            self.external or other.external)


def _union(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(a + b))


@dataclass
class ChangeLog:
    """Collects what an operation changes while it runs (``Session`` keeps one per write)."""

    areas: set[Area] = field(default_factory=set)
    article_ids: set[int] | None = field(default_factory=set)
    names: dict[str, list[str]] = field(default_factory=lambda: {
        "tags_created": [], "tags_removed": [], "speakers_created": [], "speakers_removed": []})

    def touch(self, area: Area, article_id: int | None = None, every: bool = False) -> None:
        self.areas.add(area)
        if area in (Area.ARTICLES, Area.ANNOTATIONS) and self.article_ids is not None:
            if article_id is not None:
                self.article_ids.add(article_id)
            elif every:
                self.article_ids = None

    def absorb(self, other: ChangeLog) -> None:
        """Add what ``other`` collected (a transaction that committed)."""
        self.areas |= other.areas
        if self.article_ids is not None:
            self.article_ids = (None if other.article_ids is None
                                else self.article_ids | other.article_ids)
        for key, names in other.names.items():
            self.names[key].extend(names)

    def frozen(self) -> Changes:
        def names(key: str) -> tuple[str, ...]:
            return tuple(dict.fromkeys(self.names[key]))

        return Changes(
            frozenset(self.areas),
            None if self.article_ids is None else frozenset(self.article_ids),
            names("tags_created"), names("tags_removed"),
            names("speakers_created"), names("speakers_removed"))
