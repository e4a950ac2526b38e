"""What the trail service hands to the app, the CLI and the export."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ..models import date_label
from . import dates
from .diff import Segment


@dataclass
class TrailPart:
    """A coder's annotation of part of a version's passage (or of the passage again) that
    names a speaker of its own: shown under the version with its words and that speaker,
    so the rest of the passage is not read as said by them (R11-13, R11-16)."""

    annotation_id: int
    start: int
    end: int
    exact: str
    speaker: str  # as its article writes the name ('' when the coder named none)


@dataclass
class TrailVersion:
    """One version of a statement: where it appeared, who it was attributed to, how it
    differs from the reference version (``trail.versions`` says which that is)."""

    item_id: int
    annotation_id: int | None  # None: a quoted span not yet accepted (a suggested quote)
    article_id: int
    start: int
    end: int
    exact: str
    source: str
    title: str
    url: str
    published: str  # as stored
    date: str  # ISO date used for the order ("" when unknown); a year may be completed
    speaker: str
    segments: list[Segment] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    cut_start: bool = False
    cut_end: bool = False
    reference: bool = False  # the version the others' differences are shown against
    earliest: bool = False
    also: list[int] = field(default_factory=list)  # other annotations of the same passage
    # (of a suggested version: annotations of a part of it, ``spans.hides``)
    speaker_named: bool = False  # ``speaker`` is one a coder of this passage named
    #: the annotations of a part of it (or of it again) naming a speaker other than
    #: ``speaker`` or a part's own: each shown with its words and speaker, by place
    parts: list[TrailPart] = field(default_factory=list)
    #: the article's own year was completed from its story when imported (its weekday:
    #: "Rabu (22/12)" in a story about talks "pada Januari 2022"; ``published`` is full)
    published_inferred: bool = False
    #: no coder named the speaker and the attribution's is not worked out yet (a trail
    #: opened on the window's thread, ``kept_speakers_only``: a thread fills it, R14-3)
    speaker_pending: bool = False

    @property
    def year_inferred(self) -> bool:
        """``date``'s year is not one the article gives: completed from the other versions'
        dates (the article gives a day and month only, ``published`` ``--12-23``) or, when
        it was imported, from its story (``published_inferred``)."""
        return bool(self.date) and not self.date.startswith("--") and (
            self.published_inferred or dates.without_year(self.published))

    def date_label(self) -> str:
        """The date as the CLI, the Markdown and ``cite`` show it, said the way the article
        pane says an article's: ``2021-12-23``, ``2021-12-23 [inferred]`` (the year completed
        from the other versions), ``23/12 [no year]``, or ``""`` (R12-2: the same trail
        showed "2021-12-23", "23 Des 2021" and the escaped partial "\\--12-23")."""
        if self.date.startswith("--"):
            return date_label("", self.date)
        return date_label(self.date, inferred=self.year_inferred)

    @property
    def fullest(self) -> bool:
        """The reference version (its name in templates written before it was chosen by
        ``trail.versions``' rule rather than by length)."""
        return self.reference

    @property
    def suggested(self) -> bool:
        return self.annotation_id is None

    @property
    def speaker_suggested(self) -> bool:
        """The speaker is the attribution's guess, not one a coder named (of this version,
        or of a part of it)."""
        return self.suggested and bool(self.speaker) and not self.speaker_named

    @property
    def changed(self) -> bool:
        return any(s.kind != "same" for s in self.segments)


@dataclass
class Trail:
    """A statement's versions in publication order (undated ones last)."""

    cluster: int
    versions: list[TrailVersion]
    speakers: list[str]  # distinct speakers named: the person most versions name first,
    # each person's names together, fullest first (``library.trail.QuoteTrail._people``)
    flags: list[str] = field(default_factory=list)  # warnings about the whole trail
    #: what is worth knowing but no warning (one speaker's name written differently)
    notes: list[str] = field(default_factory=list)
    #: the quotation (trail item) it was opened at, whose statement it shows (None: the
    #: cluster's reference version's; ``QuoteTrail.trail_of_cluster``); not compared: two
    #: trails are equal when they show the same versions, however they were opened
    item: int | None = field(default=None, compare=False)

    @property
    def reference(self) -> TrailVersion:
        return next(v for v in self.versions if v.reference)

    @property
    def speakers_pending(self) -> bool:
        """Some version's speaker is not worked out yet (``TrailVersion.speaker_pending``)."""
        return any(v.speaker_pending for v in self.versions)

    @property
    def fullest(self) -> TrailVersion:
        """``reference`` (its name in templates written before the rule changed)."""
        return self.reference

    @property
    def earliest(self) -> TrailVersion | None:
        return next((v for v in self.versions if v.earliest), None)

    @property
    def outlets(self) -> list[str]:
        """The outlets' names, in the order of their first version."""
        return list(dict.fromkeys(v.source for v in self.versions if v.source))

    @property
    def outlet_count(self) -> int:
        """Distinct outlets (``outlets_counted``: by name, else by web site; the versions
        with neither count as one unknown outlet only when no other names one)."""
        return outlets_counted((v.source, v.url) for v in self.versions)

    @property
    def unknown_outlet(self) -> bool:
        """Whether a version has no outlet (neither a name nor a web site)."""
        return any(not outlet_key(v.source, v.url) for v in self.versions)


def site(url: str) -> str:
    """The web site of ``url`` (``www.`` dropped): the outlet of a page that names none."""
    from urllib.parse import urlsplit  # (imports only: a reading command never needs it)

    try:
        host = urlsplit((url or "").strip()).hostname or ""
    except ValueError:
        return ""
    return host.rstrip(".").removeprefix("www.")


def outlet_key(source: str, url: str = "") -> str:
    """What outlets are counted by: the name, case ignored, else the web site of the
    article's address (a page that names no outlet: as an import tells outlets apart,
    ``rules.same_outlet``); '' for an article with neither (pasted, unsourced)."""
    name = (source or "").strip().casefold()
    return name or (f"site:{site(url)}" if url and site(url) else "")


def outlets_counted(articles: Iterable[tuple[str, str]]) -> int:
    """How many outlets these (source, url) articles are (``outlet_key``). The articles
    with no outlet are one unknown outlet only when none of the others names one: a pasted
    or unsourced text is no evidence of an outlet more (it is as likely a copy of a named
    outlet's; wire16's leftover: a sourced copy of an unsourced article counted 2), and
    several such are not one outlet each (R12-10). So the count is the fewest outlets the
    versions can be."""
    keys = {outlet_key(source, url) for source, url in articles}
    named = len(keys - {""})
    return named or len(keys)


@dataclass
class ClusterSummary:
    """One row of the library-wide Quotes list."""

    cluster: int
    size: int
    outlets: int
    first_date: str
    speaker: str
    text: str  # the reference version's words
    fullest_item: int  # the reference version's item
    speaker_suggested: bool = False  # ``speaker`` is the attribution's guess: none named
    #: ``first_date``'s year no article gives (every version of that day has it completed:
    #: from the other versions' dates, or from its story when imported): "[inferred]"
    first_date_inferred: bool = False
    #: no coder named the speaker and the attribution's is not worked out yet (listed
    #: within ``kept_speakers_only``: a thread works it out, R14-7)
    speaker_pending: bool = False


@dataclass
class OtherStatement:
    """Another statement of a listed row's cluster (``QuoteTrail.other_statements``): a
    short quotation joins the cluster's statements, the trail shows them apart by speaker."""

    reference: str  # what ``kutip trail`` takes: an annotation id, or ARTICLE:CHARACTER
    size: int  # versions, as its trail counts them
    outlets: int
    first_date: str
    speaker: str  # named by coders, else the attribution's for its reference version
    text: str  # its reference version's words
    item_id: int = 0  # its reference version's item (``trail_of_cluster``'s ``item``)
    speaker_suggested: bool = False  # ``speaker`` is the attribution's: no coder named one
    #: no coder named the speaker and the attribution's is not worked out yet (read
    #: within ``kept_speakers_only``, as ``ClusterSummary.speaker_pending``)
    speaker_pending: bool = False


@dataclass
class ClusterMember:
    """A member as ``kutip quotes --json`` lists it."""

    item_id: int
    annotation_id: int | None
    article_id: int
    source: str
    published: str
    speaker: str  # named by the coder, or (``speaker_suggested``) the attribution's guess
    text: str
    speaker_suggested: bool = False
    #: ``published``'s year (None: no date, or a day and month only, ``--12-23``)
    year: int | None = None
    #: the year was completed from the story when the article was imported (its weekday)
    published_inferred: bool = False
