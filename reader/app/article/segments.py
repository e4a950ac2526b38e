"""Where the article's marks go: overlapping spans cut into stretches of one look.

Pure Python (no Qt), so it is tested on its own. Positions are whatever unit the caller
uses (the reader passes document positions, in UTF-16 units). A ``Span`` is one
annotation or suggestion; ``sweep`` cuts overlapping spans into elementary ``Segment``s,
each listing what covers it outermost (longest) first, so the innermost look is drawn
on top and every overlapping mark stays visible.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

ANNOTATION, SUGGESTION = "a", "s"


class Span(NamedTuple):
    """A stretch of text and what it stands for."""

    start: int
    end: int
    key: tuple[str, int]  # (ANNOTATION, index in the annotation list) or (SUGGESTION, index)

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass(frozen=True)
class Look:
    """How one annotation is drawn: its kind, its colour, its verdict, its tag's colour."""

    kind: str  # quote | claim | highlight
    colour: str  # "#rrggbb": the fill of a quote, the marker of a highlight
    verdict: str = ""  # a claim's verdict: the colour of its underline
    tag_colour: str = ""  # the first coloured tag's colour ("" when untagged): the side bar


class Segment(NamedTuple):
    """One stretch of uniform look."""

    start: int
    end: int
    ids: tuple[int, ...]  # annotation ids covering it, outermost first
    suggestions: tuple[int, ...]  # suggestion indices covering it
    looks: tuple[Look, ...]  # the annotations' looks, outermost first

    @property
    def kinds(self) -> str:
        """``"highlight,claim"``; ``"suggestion"`` last when a suggestion covers it."""
        return ",".join([look.kind for look in self.looks]
                        + (["suggestion"] if self.suggestions else []))


class Run(NamedTuple):
    """A stretch drawn by painting rather than by the character format (a line, a bar)."""

    start: int
    end: int
    colour: str


def sweep(spans: Iterable[Span]) -> Iterator[tuple[int, int, tuple[Span, ...]]]:
    """(start, end, covering spans outermost first) for each elementary stretch."""
    ordered = sorted(spans)
    if all(a.end <= b.start for a, b in zip(ordered, ordered[1:], strict=False)):
        for span in ordered:  # no overlaps (the usual case): each span is its own stretch
            yield span.start, span.end, (span,)
        return
    starts: dict[int, list[Span]] = {}
    ends: dict[int, list[Span]] = {}
    for span in ordered:
        starts.setdefault(span.start, []).append(span)
        ends.setdefault(span.end, []).append(span)
    bounds = sorted(starts.keys() | ends.keys())
    active: dict[tuple[str, int], Span] = {}
    for here, there in zip(bounds, bounds[1:], strict=False):
        for span in ends.get(here, ()):
            del active[span.key]
        for span in starts.get(here, ()):
            active[span.key] = span
        if not active:
            continue
        if len(active) == 1:
            yield here, there, tuple(active.values())
        else:
            yield here, there, tuple(sorted(active.values(),
                                            key=lambda s: (-s.length, s.start)))


def segments(spans: Sequence[Span], looks: dict[tuple[str, int], Look],
             ids: dict[tuple[str, int], int]) -> list[Segment]:
    """The segments of ``spans``; ``looks``/``ids`` give each annotation span its look and id."""
    out = []
    for here, there, covering in sweep(spans):
        notes = [s.key for s in covering if s.key[0] == ANNOTATION]
        out.append(Segment(
            here, there,
            ids=tuple(ids[k] for k in notes),
            suggestions=tuple(s.key[1] for s in covering if s.key[0] == SUGGESTION),
            looks=tuple(looks[k] for k in notes),
        ))
    return out


def runs(spans: Sequence[Span], colour_of) -> list[Run]:
    """Painted runs: each span's colour (``colour_of(span)``, "" for none), in order,
    with touching or overlapping runs of one colour merged into one."""
    out: list[Run] = []
    for span in sorted(spans):
        colour = colour_of(span)
        if not colour:
            continue
        if out and out[-1].colour == colour and span.start <= out[-1].end:
            last = out[-1]
            out[-1] = Run(last.start, max(last.end, span.end), colour)
        else:
            out.append(Run(span.start, span.end, colour))
    return out


def covering(spans: Iterable[Span], position: int, which: str | None = None) -> list[Span]:
    """The spans covering ``position`` (of kind ``which`` if given), innermost first."""
    hits = [s for s in spans
            if s.start <= position < s.end and (which is None or s.key[0] == which)]
    return sorted(hits, key=lambda s: s.length)


def innermost(spans: Iterable[Span], position: int, which: str) -> Span | None:
    hits = covering(spans, position, which)
    return hits[0] if hits else None
