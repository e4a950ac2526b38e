"""Arrange anns into the sections of an export: by article, speaker or tag."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import repeat
from typing import NamedTuple

from ..models import Annotation, Article, BriefAnnotation
from .templates import GROUPINGS

__all__ = ["Entry", "Group", "group_entries", "UNKNOWN_SPEAKER", "UNTAGGED"]

UNKNOWN_SPEAKER = "Unknown speaker"
UNTAGGED = "Untagged"
_new = tuple.__new__  # Entry built without its Python-level __new__

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


def group_entries(items: Items, group: str, fallback: str = "") -> list[Group]:
    """Sections in display order; entries inside each keep reading order. ``fallback``:
    the name of the section of annotations without a speaker or a tag (default
    ``UNKNOWN_SPEAKER`` / ``UNTAGGED``; the export's language gives its own)."""
    items = list(items)
    # Entries are built with tuple.__new__ (no Python-level __new__ per entry: an export
    # builds 100,000 of them).
    if group == "article":
        return [Group(article.title, list(map(_new, repeat(Entry), zip(repeat(article), anns))),
                      article)
                for article, anns in items]
    if group not in GROUPINGS:
        raise ValueError(f"unknown grouping {group!r}; choose one of {', '.join(GROUPINGS)}")
    sections: dict[str, list[Entry]] = {}
    fallback = fallback or (UNKNOWN_SPEAKER if group == "speaker" else UNTAGGED)
    for article, anns in items:
        for a in anns:
            entry = _new(Entry, (article, a))
            if group == "speaker":
                keys = [a.speaker.strip() or fallback]
            else:
                keys = [k for k in dict.fromkeys(a.tags) if k] or [fallback]
            for key in keys:
                entries = sections.get(key)
                if entries is None:
                    sections[key] = [entry]
                else:
                    entries.append(entry)
    # Alphabetical, with the catch-all section last.
    return [Group(name, sections[name])
            for name in sorted(sections, key=lambda name: (name == fallback, name.casefold()))]
