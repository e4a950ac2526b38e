"""Arrange anns into the sections of an export: by article, speaker or tag."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from ..models import Annotation, Article, BriefAnnotation
from .templates import GROUPINGS

__all__ = ["Entry", "Group", "group_entries", "UNKNOWN_SPEAKER", "UNTAGGED"]

UNKNOWN_SPEAKER = "Unknown speaker"
UNTAGGED = "Untagged"

#: an annotation as a template reads it: the whole one (a user's template may use any
#: field) or the fields Kutip's own templates use
Note = Annotation | BriefAnnotation
Items = Iterable[tuple[Article, Sequence[Note]]]


class Entry(NamedTuple):
    """One annotation with the article it cites (a tuple: 100,000 are built at once)."""

    article: Article
    annotation: Note


@dataclass
class Group:
    """A section of the export; ``article`` is set when grouping by article."""

    name: str
    entries: list[Entry] = field(default_factory=list)
    article: Article | None = None


def group_entries(items: Items, group: str) -> list[Group]:
    """Sections in display order; entries inside each keep reading order."""
    items = list(items)
    if group == "article":
        return [
            Group(article.title, [Entry(article, a) for a in anns], article)
            for article, anns in items
        ]
    if group not in GROUPINGS:
        raise ValueError(f"unknown grouping {group!r}; choose one of {', '.join(GROUPINGS)}")
    keyed: dict[str, Group] = {}
    fallback = UNKNOWN_SPEAKER if group == "speaker" else UNTAGGED
    for article, anns in items:
        for a in anns:
            keys = [a.speaker.strip()] if group == "speaker" else list(dict.fromkeys(a.tags))
            for key in [k for k in keys if k] or [fallback]:
                keyed.setdefault(key, Group(key)).entries.append(Entry(article, a))
    # Alphabetical, with the catch-all section last.
    return sorted(keyed.values(), key=lambda g: (g.name == fallback, g.name.casefold()))
