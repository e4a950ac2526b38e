"""Where coders disagree on one article (issue 14): the passages a reviewer adjudicates.

Pure: it gets an article's annotations and the coders to compare. The annotations of
all the coders that overlap one another (directly or through a chain) form one passage;
a passage where every coder made the same annotations (span, kind, tags, speaker,
verdict) is an agreement, any other a disagreement, saying how they differ.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from .models import Annotation

#: how a passage's versions differ, in the order a reviewer reads them
DIFFERENCES = ("missing", "span", "kind", "tags", "speaker", "verdict")


@dataclass
class Passage:
    """A stretch of the article some coders annotated, with each coder's version."""

    start: int
    end: int
    versions: dict[str, list[Annotation]] = field(default_factory=dict)  # coder → theirs
    differences: list[str] = field(default_factory=list)  # names from DIFFERENCES

    @property
    def agree(self) -> bool:
        return not self.differences

    def coded_by(self) -> list[str]:
        return [coder for coder, notes in self.versions.items() if notes]


def _folded(name: str) -> str:
    return " ".join(name.split()).casefold()


def passages(notes: Sequence[Annotation], coders: Sequence[str]) -> list[Passage]:
    """The passages of one article's ``notes`` for ``coders`` (names compare case-blind;
    the passage's versions use the names as given), in reading order. Annotations
    without a place in the text (orphans) and of other coders are left out."""
    wanted = {_folded(c): c for c in coders}
    placed = sorted((n for n in notes if _folded(n.coder) in wanted
                     and n.start is not None and n.end is not None and n.start < n.end),
                    key=lambda n: (n.start or 0, n.end or 0, n.id))
    groups: list[list[Annotation]] = []
    reach = -1
    for note in placed:
        if groups and (note.start or 0) < reach:
            groups[-1].append(note)
            reach = max(reach, note.end or 0)
        else:
            groups.append([note])
            reach = note.end or 0
    found = []
    for group in groups:
        passage = Passage(min(n.start or 0 for n in group), max(n.end or 0 for n in group),
                          {c: [n for n in group if _folded(n.coder) == _folded(c)]
                           for c in coders})
        passage.differences = _differences(list(passage.versions.values()))
        found.append(passage)
    return found


def _differences(versions: list[list[Annotation]]) -> list[str]:
    if len(versions) < 2:
        return []
    aspects: dict[str, Callable[[Annotation], object]] = {
        "span": lambda n: (n.start, n.end),
        "kind": lambda n: n.kind,
        "tags": lambda n: tuple(sorted(t.casefold() for t in n.tags)),
        "speaker": lambda n: _folded(n.speaker) if n.kind == "quote" else "",
        "verdict": lambda n: n.verdict if n.kind == "claim" else "",
    }
    found = ["missing"] if any(not v for v in versions) else []
    present = [v for v in versions if v]
    for name, aspect in aspects.items():
        seen = {frozenset(aspect(n) for n in v) for v in present}
        if len(seen) > 1:
            found.append(name)
    return found
