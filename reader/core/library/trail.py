"""The quote trail: the same statement across outlets, kept up to date as the library changes.

New quotes and articles are found by id above the trail's marks; triggers (migrations 0008
and 0010) queue edits, deletions and rows put back under an old id in ``trail_pending``,
whoever writes. ``refresh()`` works both off: it removes and adds
the quotations concerned, finds each new one's candidates through the shingle index,
checks them with ``trail.match.compare`` and merges or splits clusters. The first use on a
library (or ``rebuild()``) builds everything at once, set-based. Every read calls
``refresh()`` first, so what it shows is current.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import heapq
import json
import threading
import time
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, chain
from typing import Any, NamedTuple

from ..messages import Message
from ..processes import me, running
from ..store import CannotWriteNow, StoreError
from ..store.interfaces import TrailStore
from ..store.trail import POSTING_CAP, MemberRow, StoredItem, cluster_sort_key
from ..trail import dates
from ..trail.diff import difference
from ..trail.match import MIN_WORDS, PART_EDITED, compare, edited_part
from ..trail.model import (
    ClusterMember,
    ClusterSummary,
    OtherStatement,
    Trail,
    TrailPart,
    TrailVersion,
    outlets_counted,
)
from ..trail.spans import hides, quoted_spans
from ..trail.text import (
    KEYS_VERSION,
    keys,
    shingles,
    signature_blob,
    signature_text,
    signature_texts,
    word_hash,
    worth_checking,
)
from ..trail.versions import keys_of, reference_index, version_groups
from . import trail_speakers
from .annotations import Annotations
from .articles import ArticleFilter, Articles
from .base import Cancelled, LibraryError, NotFound, Service, Session, write
from .speakers import Speakers
from .trail_speakers import found_speakers

REBUILD_THRESHOLD = 20_000  # changes above which (and above a quarter of the quotations
# already in the trail) a full rebuild is quicker than taking them one by one
SORTS = ("outlets", "size", "date", "speaker")
REFRESH_PART = 6_000  # changes taken in together (SQLite: planned without the write lock,
# written in one transaction each, so others write in between: ``_take_in``)
GUESS_PART = 1_000  # clusters whose speakers are guessed per transaction (each guess
# analyses an article: the lock is held meanwhile)
PLAN_TRIES = 2  # a catch-up part planned without the write lock, when another connection
# wrote meanwhile, is planned again so at most (then under the lock: ``_take_in``)
UNCOUNTED = 1 << 30  # (``_find_links``: the number of words of an item not read yet)
FOLD_AT = 4_000_000  # postings waiting outside their buckets (32 MB) above which a catch-up
# folds them in (SQLite: a range of buckets per transaction; about 37 bulk imports of 1,000
# generated articles). A fold rewrites nearly every bucket row however many it folds (4,000,000
# spread over 1,048,576 buckets touch 98 % of them, 2,000,000 touch 86 %), so twice as many a
# fold cost 1.18 µs a posting instead of 1.91 at 100k articles (upkeep18): the reads search
# one waiting row more, and a process's first read of them takes ≈ 20 ms more
BUILDING = "building"  # trail_state key: the build under way, and who runs it ('' or absent: none)
RENEW_EVERY = 30.0  # seconds: how often a build renews its claim (as it writes)
UNRENEWED = dt.timedelta(minutes=10)  # a claim of a program this one cannot ask about
# (another computer's) not renewed for this long is a dead program's
BUILD_STALE = dt.timedelta(minutes=30)  # the same for a claim that names no program (an
# older Kutip's, which only noted when its build started)
FIND_PART = 8  # versions ``find_speakers`` works out per step, then keeps in one short
# transaction (a few articles: ~5 ms an ordinary one; cancelling waits for one step at most)
FOUND = "found_under"  # trail_state key: the rules (``trail_speakers.rules_digest``) every
# kept speaker was last checked against by ``find_speakers``
GUESSED = "speakers"  # trail_state key: every summary's speaker worked out (else '' or absent)
SPLIT = "statements"  # trail_state key: the summaries of the clusters a short quotation
# splits are of the statement the list shows (``_split_all``, R16-18), and every summary
# counts outlets as ``model.outlets_counted`` (trail17): ``SUMMARIES`` (else not yet)
SUMMARIES = f"{KEYS_VERSION}.2"  # (.2: outlets by web site; none unknown beside a named one)
SPLIT_UNDER = "statements_under"  # trail_state key: the engine and aliases
# (``trail_speakers.rules_digest``) the summaries ``_split_all`` made last were judged under:
# an alias added or new attribution rules change who can be one person (``by_speaker``)

Progress = Callable[[str, int, int], None]  # (stage, done, total)
ShouldCancel = Callable[[], bool]  # asked between steps: True stops the work (``Cancelled``)


def _stop_if(should_cancel: ShouldCancel | None) -> None:
    if should_cancel is not None and should_cancel():
        raise Cancelled


class _Collector:
    """Pauses of Python's cyclic garbage collector (``_collector_paused``), counted across
    threads."""

    lock = threading.Lock()
    pauses = 0
    was_on = False


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off while a catch-up takes changes in, or a fold
    merges postings (the process's: it is one for all threads). A catch-up makes tens of
    thousands of lists, tuples and strings that no cycle holds (reference counting frees
    them), a fold a tuple per bucket row; each 700 more made than freed made the
    collector go through the young objects again, and now and then through all of them:
    11-60 ms of a catch-up's 0.35-0.9 s at 100k, 63 ms of a fold's 3.1 s. Pauses nest, in
    any thread: the last to end turns the collector on again if it was on."""
    with _Collector.lock:
        if not _Collector.pauses:
            _Collector.was_on = gc.isenabled()
            gc.disable()
        _Collector.pauses += 1
    try:
        yield
    finally:
        with _Collector.lock:
            _Collector.pauses -= 1
            if not _Collector.pauses and _Collector.was_on:
                gc.enable()


def _claim_text(claim: dict[str, Any]) -> str:
    """A build's claim as ``trail_state`` keeps it, renewed now."""
    return json.dumps({**claim, "renewed": dt.datetime.now(dt.UTC).isoformat(
        timespec="seconds")}, sort_keys=True)


class NewItem(NamedTuple):
    """A quotation to add to the trail, with its words' keys."""

    annotation_id: int | None
    article_id: int
    start: int
    end: int
    exact: str
    keys: list[str]


class _Words(NamedTuple):
    """Quotations' keys as ids of one vocabulary, one array of them all and where each
    quotation starts in it (``_word_ids``), and each id's ``text.word_hash``: what
    ``cluster.posting_keys`` and ``text.signature_texts`` read."""

    words: Any
    offsets: Any
    hashes: Any


@dataclass
class _Plan:
    """What taking a batch of changes into the trail writes (``QuoteTrail._plan``); the new
    items numbered from ``first`` (the ids the store will hand them, or in their order)."""

    moves: list[tuple[int, int, int]] = field(default_factory=list)  # (item, start, end)
    removed: dict[int, StoredItem] = field(default_factory=dict)  # items to delete
    gone: list[tuple[int, list[int]]] = field(default_factory=list)  # theirs, with shingles
    split: set[int] = field(default_factory=set)  # clusters that lose a member
    stale: set[int] = field(default_factory=set)  # cluster labels to summarise again
    new: list[NewItem] = field(default_factory=list)
    words: _Words | None = None  # the new items' words (``_words_of``)
    signatures: list[str] = field(default_factory=list)  # theirs (``text.signature_texts``)
    first: int = 1
    postings: Any = None  # the new items' postings (numpy uint64, sorted)
    links: list[tuple[int, int]] = field(default_factory=list)
    counted: list[tuple[int, int]] = field(default_factory=list)  # (old item, its words)
    # new items that are a removed suggested passage accepted as it is (its place and words:
    # Accept All) → that passage, whose links they take over (``_find_links``)
    carried: dict[int, int] = field(default_factory=dict)


def _words_of(sequences: Iterable[list[str]]) -> _Words:
    import numpy as np

    vocabulary: dict[str, int] = {}
    words, offsets = _word_ids(sequences, vocabulary)
    return _Words(words, offsets, np.fromiter(map(word_hash, vocabulary), dtype=np.uint64,
                                              count=len(vocabulary)))


def _word_ids(sequences: Iterable[list[str]], vocabulary: dict[str, int]) -> tuple[Any, Any]:
    """The words of each sequence of keys as ids of ``vocabulary`` (which grows to hold
    them), one array of them all, and where each sequence starts in it (an offset more
    than the sequences): as ``cluster.posting_keys`` and ``Builder.check`` read words."""
    import numpy as np

    # (the words of all the sequences as one list, each new one given the next id in the
    # order it first appears, then all mapped at once: a setdefault and a len per word cost
    # a catch-up of 1,000 articles 117 ms of pure Python for 100,000 words, this 20 ms)
    lists = sequences if isinstance(sequences, list) else list(sequences)
    every = list(chain.from_iterable(lists))
    for word in dict.fromkeys(every):
        if word not in vocabulary:
            vocabulary[word] = len(vocabulary)
    words = array("I", map(vocabulary.__getitem__, every))
    lengths = array("I", map(len, lists))
    offsets = np.zeros(len(lengths) + 1, dtype=np.int64)
    np.cumsum(np.frombuffer(lengths, dtype=np.uint32), out=offsets[1:])
    return np.frombuffer(words, dtype=np.uint32), offsets


def _pairs_with_new(entries: Any, new: dict[int, list[str]]) -> tuple[Any, Any, Any]:
    """(a, b, shared) numpy arrays: each pair of items a < b, one of them new, that share a
    shingle (not one more than ``POSTING_CAP`` items have), and how many they share; two
    new items once. ``entries``: the sorted postings (``shingle << 32 | item``, numpy
    uint64) of every shingle of the new items, old and new."""
    import numpy as np

    empty = np.zeros(0, np.int64)
    if len(entries) < 2:
        return empty, empty, empty
    shingle = entries >> np.uint64(32)
    items = (entries & np.uint64(0xFFFFFFFF)).astype(np.int64)
    is_new = np.isin(items, np.fromiter(new, dtype=np.int64, count=len(new)))
    starts = np.flatnonzero(np.concatenate(([True], shingle[1:] != shingle[:-1])))
    lengths = np.diff(np.append(starts, len(entries)))
    run_of = np.repeat(np.arange(len(starts)), lengths)
    # each new item's entry pairs with the whole run of its shingle (a run of 2..cap)
    mine = np.flatnonzero(is_new & (lengths[run_of] > 1) & (lengths[run_of] <= POSTING_CAP))
    if not len(mine):
        return empty, empty, empty
    span = lengths[run_of[mine]]
    other = (np.repeat(starts[run_of[mine]], span) + np.arange(int(span.sum()))
             - np.repeat(np.cumsum(span) - span, span))
    a, b = np.repeat(items[mine], span), items[other]
    keep = (a != b) & (~is_new[other] | (a < b))
    a, b = a[keep], b[keep]
    codes = (np.minimum(a, b).astype(np.uint64) << np.uint64(32)) | np.maximum(a, b).astype(
        np.uint64)
    codes, shared = np.unique(codes, return_counts=True)
    return ((codes >> np.uint64(32)).astype(np.int64),
            (codes & np.uint64(0xFFFFFFFF)).astype(np.int64), shared.astype(np.int64))


def _named(group: Sequence[MemberRow]) -> list[str]:
    """The speakers a version's coders name, each once: its shown row's first, then the
    other annotations' of the passage (its parts: ``spans.quoted_spans``) by place. Each
    counts for the Quotes list's headline and the trail's flag (R11-16: two parts of one
    passage naming two people are two people named)."""
    rows = [group[0], *sorted(group[1:], key=lambda r: (r.start, r.end))]
    return list(dict.fromkeys(row.speaker for row in rows if row.speaker))


def _naming(group: Sequence[MemberRow], guess: str = "",
            aliases: Mapping[str, str] | None = None) -> MemberRow | None:
    """The row whose speaker the version shows (None: none, or the attribution's
    ``guess`` for a passage not annotated): an annotated passage's own, else another
    coder's of it; a suggested passage's coders' when its annotated parts name one person
    and the guess is none or that person (``speakernames.persons`` with the library's
    ``aliases``: "Sergei" and "Sergey Lavrov" are one); else each part shows its own: a
    part said by someone else does not make the whole passage theirs (R11-13)."""
    if group[0].annotation_id is not None:
        return next((row for row in group if row.speaker), None)
    naming = [row for row in group[1:] if row.speaker]
    names = {row.speaker for row in naming} | ({guess} if guess else set())
    if len({n.lower() for n in names}) > 1:
        from ..speakernames import persons

        if len(persons(sorted(names), aliases or {})) > 1:
            return None
    return naming[0] if naming else None


def _publication_order(shown: Sequence[MemberRow],
                       resolved: Sequence[tuple[dt.date | None, bool]]) -> list[int]:
    """The indexes of the versions ``shown`` in publication order (``resolved``: their
    dates as ``dates.resolve`` gives them; undated last, then by import, article, place)."""
    return sorted(range(len(shown)), key=lambda i: (
        resolved[i][0] is None, resolved[i][0] or dt.date.min, shown[i].imported_at,
        shown[i].article_id, shown[i].start))


def _listed_statement(rows: list[MemberRow], statement: Mapping[int, int],
                      word_keys: dict[int, list[str]] | None = None) -> list[MemberRow]:
    """The rows of the statement (``statement``: item → its statement, ``QuoteTrail._split``)
    that the Quotes list shows for a cluster a short quotation splits, and opens when a row
    is opened (R16-18: the list and the trail agree): the one of most versions, then most
    outlets, then the one holding the cluster's reference version."""
    groups = version_groups(rows, word_keys)
    shown = [group[0] for group in groups]
    reference = statement[shown[reference_index(shown, word_keys=word_keys)].id]
    by_statement: dict[int, list[list[MemberRow]]] = {}
    for group in groups:
        by_statement.setdefault(statement[group[0].id], []).append(group)

    def rank(name: int) -> tuple[int, int, bool, int]:
        its = by_statement[name]
        return (len(its), outlets_counted((r.source, r.url) for group in its for r in group),
                name == reference, -name)

    chosen = max(by_statement, key=rank)
    return [r for r in rows if statement[r.id] == chosen]


@dataclass
class RefreshReport:
    processed: int = 0  # queued changes worked off
    rebuilt: bool = False
    items: int = 0  # quotations in the index afterwards (rebuild only)
    clusters: int = 0  # clusters of two or more afterwards (rebuild only)
    seconds: float = 0.0
    # the library could not be written (read-only, busy, the disk full): the trail is as
    # last kept, ``QuoteTrail.behind`` says by how much
    held_back: bool = False


@dataclass
class ClusterFilter:
    speaker: str = ""
    collection: str = ""
    tag: str = ""
    min_outlets: int = 1
    min_size: int = 2
    sort: str = "outlets"
    descending: bool = True
    limit: int | None = None
    offset: int = 0


class QuoteTrail(Service):
    """The trail service of one library (``library.trail``)."""

    def __init__(self, session: Session, articles: Articles, annotations: Annotations,
                 speakers: Speakers):
        super().__init__(session)
        self._articles = articles
        self._annotations = annotations
        self._speakers = speakers
        self._held_back = False  # the last refresh could not write: the trail as last kept
        self._window = 0  # within ``without_waiting``: no filter or signature rows made
        self._kept_only = 0  # within ``kept_speakers_only``: no speaker worked out

    def _store(self) -> TrailStore:
        return self._session.stores.trail

    @contextlib.contextmanager
    def _tx(self) -> Iterator[None]:
        """The trail's transactions write only the trail (worked out from the library):
        another connection's poll sees them as such (``Stores.derived_only``), and a
        window whose trail thread brought it up to date reads nothing else again."""
        with self._session.stores.derived_only(), self._session.tx():
            yield

    # ================================================================== upkeep
    def pending(self) -> int:
        """How many changes wait to be taken into the trail (by this login: none for a
        team library's reader, whose Kutip reads the trail as the team last left it)."""
        store = self._store()
        return store.pending_count() if store.may_update() else 0

    def long_job(self, changes_above: int) -> bool:
        """Whether bringing the trail up to date is a job for a thread, not for a window
        waiting on it: more than ``changes_above`` changes to take in (a first build counts
        every quotation), or the filter or the signature rows of a trail built before them
        to make (R13-11: ~9 s at 100,000 articles, one write)."""
        store = self._store()
        if not store.may_update():
            return False
        if self.built() and (store.filter_missing() or store.sigs_missing()):
            return True
        return store.pending_count() > changes_above

    def behind(self, held_back: bool | None = None) -> Message | None:
        """How far behind the library the trail shown is, in one line (None when it is
        not): for a team library's reader, whose Kutip may not bring it up to date; for a
        library that could not be written when the trail was last refreshed (read-only,
        busy in another program, the disk full: ``refresh`` leaves the trail as last kept;
        ``held_back``: that refresh's ``RefreshReport.held_back`` when another Library
        made it, as the app's thread does; None: this one's last refresh). None when this
        Kutip brings the trail up to date itself."""
        store = self._store()
        if store.may_update() and self.built() and _newer_keys(store.state("keys")):
            return Message("trail.newer-keys", "The quote trail was built by a newer Kutip:"
                           " it is shown as that Kutip last brought it up to date; update"
                           " Kutip to keep it up to date here.")
        if (store.may_update() and (self._held_back if held_back is None else held_back)
                and store.state("built") is not None and not self.built()):
            return Message("trail.older-keys-unwritable", "The quote trail was built by an"
                           " older Kutip and the library cannot be written now: it is shown"
                           " as that Kutip left it.")
        if store.may_update():
            if not (self._held_back if held_back is None else held_back) or not self.built():
                return None
            count = store.pending_count()
            if not count:
                return None
            return Message("trail.file-behind", "Changes not in the quote trail yet: {count};"
                           " it is shown as it was last brought up to date (the library"
                           " could not be written).", count=count)
        count = store.articles_behind() if self.built() else 0
        if not count:
            return None
        return Message("trail.reader-behind", "Articles imported, changed or annotated since"
                       " the quote trail was last brought up to date: {count}. An editor or"
                       " the library's owner brings it up to date by opening the Quotes view"
                       " or running kutip quotes.", count=count)

    def built(self) -> bool:
        """Whether the trail is built, with the keys this Kutip compares words by (one
        built by an older Kutip is built again; a team library's reader reads it as it is,
        and so does every Kutip older than the one that built it: R15-15)."""
        store = self._store()
        return store.state("built") is not None and (
            store.state("keys") == KEYS_VERSION or not store.may_update()
            or _newer_keys(store.state("keys")))

    @contextlib.contextmanager
    def without_waiting(self) -> Iterator[None]:
        """Within the block, reading a trail never waits for another program's write lock
        (the app's window thread): bringing it up to date, or keeping the speakers found,
        gives up at once, and the trail shows as last kept (``behind`` says so). Nor does
        it make the filter or the signature rows of a trail built before them (what shows
        is the same without them: a job for a thread, ``long_job``; R13-11)."""
        self._window += 1
        try:
            with self._session.stores.impatient():
                yield
        finally:
            self._window -= 1

    @contextlib.contextmanager
    def kept_speakers_only(self) -> Iterator[None]:
        """Within the block, a trail opened works out no speaker of a version no coder
        accepted (each analyses its whole article: ~2.7 s on the window's thread for a
        trail of 16 real pages, R14-3): the speakers kept are shown, the others are marked
        ``speaker_pending`` for a thread to work out (``trail_of_cluster`` outside it). Nor
        does a listing (``clusters``, ``cluster_count``) bring the trail up to date or guess
        the speakers of its clusters: it reads the trail as kept, the clusters whose speaker
        is not worked out yet marked ``speaker_pending`` (R14-7: a catch-up of another
        program's import and the guesses froze the window for seconds)."""
        self._kept_only += 1
        try:
            yield
        finally:
            self._kept_only -= 1

    @write
    def refresh(self, progress: Progress | None = None,
                should_cancel: ShouldCancel | None = None) -> RefreshReport:
        """Bring the trail up to date with the library (build it the first time).

        ``should_cancel`` is asked between steps; when it says yes the work stops with
        ``Cancelled``, the trail as consistent as before it (a build's part written aside
        dropped, the steps of a catch-up already taken kept). A built trail of a library
        that cannot be written now (read-only, busy, the disk full: R13-1, R13-7) is left
        as it was kept, to be read as it is; ``behind`` says by how much."""
        try:
            report = self._refresh_now(progress, should_cancel)
        except CannotWriteNow as error:
            if self._store().state("built") is None:  # never built: nothing to show
                raise CannotWriteNow(Message(
                    "trail.not-built-unwritable", "This library's quote trail is not built"
                    " yet, and Kutip keeps it in the library, which cannot be written now"
                    " (a read-only folder or drive, another program writing, or a full"
                    " disk). Copy the library to a folder you can write to and list its"
                    " quotes there, or try again when it can be written.")) from error
            # (built by an older Kutip, with other keys: still shown as it was kept, since it
            # cannot be built again now; ``behind`` says so)
            self._held_back = True
            return RefreshReport(held_back=True)
        self._held_back = False
        return report

    def _refresh_now(self, progress: Progress | None,
                     should_cancel: ShouldCancel | None) -> RefreshReport:
        store = self._store()
        if not store.may_update():  # a team library's reader or coder: as an editor left it
            if not self.built():
                raise LibraryError(Message(
                    "trail.not-built-reader", "This team library's quote trail is not built"
                    " yet: it is built when an editor or the owner first opens the Quotes"
                    " view or runs kutip quotes; your login may only read it."))
            return RefreshReport()
        if store.state("built") is not None and _newer_keys(store.state("keys")):
            # built by a newer Kutip (a team member's, another install on this file): read
            # as it is; building it again with older keys would make the two Kutips
            # rebuild the whole trail in turn on every open (review R15-15)
            return RefreshReport()
        built = self.built()
        if built and not self._window:  # (a window's read makes neither: without_waiting)
            if store.filter_missing():  # (a trail built before the filters were)
                with self._tx():
                    store.make_filter()
            if store.sigs_missing():  # (one built before ``trail_sigs`` was)
                self._make_sigs(store, should_cancel)
        if not built or store.pending_count() > max(REBUILD_THRESHOLD,
                                                    store.item_count() // 4):
            if built and self._building_elsewhere(store):
                return RefreshReport()  # that build takes the backlog in: show the trail so far
            report = self.rebuild(progress, first=not built, should_cancel=should_cancel)
        else:
            report = self._catch_up(store, should_cancel)
        if store.state(SPLIT) != SUMMARIES:  # (an earlier Kutip's summaries: every one)
            self._split_all(store, should_cancel, every=store.state(SPLIT) != "")
        if store.state(GUESSED) != KEYS_VERSION:
            if progress is not None:
                progress("speakers", 0, 0)
            self._guess_unguessed(store, should_cancel)
            self._changed("trail")
        return report

    def _make_sigs(self, store: TrailStore, should_cancel: ShouldCancel | None) -> None:
        """The ``trail_sigs`` rows of a trail built before them, a short transaction a step
        (65,536 items: ~0.1 s; 1.5–1.75 s CPU at 100,000 articles, in one write until
        R13-11: another program's write waited for it), ``should_cancel`` asked between
        steps (the next refresh goes on where it stopped)."""
        while True:
            _stop_if(should_cancel)
            with self._tx():
                if store.make_sigs():
                    return

    def _catch_up(self, store: TrailStore, should_cancel: ShouldCancel | None = None
                  ) -> RefreshReport:
        """Take the queued changes and the new rows in, one by one (a part at a time, where
        the store lets others write in between: a cancel stops between parts)."""
        started = time.perf_counter()
        if not store.pending_count():
            return RefreshReport()
        if not store.builds_aside:  # writers do not wait for each other: one transaction
            with self._tx(), _collector_paused():
                queued = store.pending()
                annotations, articles = store.new_since_marks()
                work = (list(queued) + [(0, "annotation", i) for i in annotations]
                        + [(0, "article", i) for i in articles])
                self._process(store, work)
                store.forget_pending(seq for seq, _, _ in queued)
                store.advance_marks()
        else:  # one writer at a time (SQLite): in parts, so others can write in between
            with self._tx():
                queued = store.pending()
                annotations, articles = store.new_since_marks()
                marks = store.marks()
            upto = {"annotations": max(annotations, default=marks["annotations"]),
                    "articles": max(articles, default=marks["articles"])}
            work = (list(queued) + [(0, "annotation", i) for i in annotations]
                    + [(0, "article", i) for i in articles])
            for first in range(0, len(work), REFRESH_PART):
                _stop_if(should_cancel)
                with _collector_paused():
                    self._take_in(store, work[first:first + REFRESH_PART], should_cancel)
            with self._tx():
                store.advance_marks(upto)
        if store.delta_size() > FOLD_AT:
            self.fold()
        self._changed("trail")
        return RefreshReport(processed=len(work), seconds=time.perf_counter() - started)

    def _take_in(self, store: TrailStore, part: Sequence[tuple[int, str, int]],
                 should_cancel: ShouldCancel | None = None) -> None:
        """One part of a catch-up where one program writes at a time (SQLite): planned by
        reading only (``_plan``: the quotations found, their postings read, the pairs
        checked) while others may write, then written in one short transaction
        (``_apply``) if no other connection wrote meanwhile (``data_version``); else
        planned again (``PLAN_TRIES`` times), then planned and written in one transaction.
        A part is taken in again if a later one fails: no harm."""
        done = [seq for seq, _, _ in part if seq]
        for _ in range(PLAN_TRIES):
            version = self._stores.data_version()
            plan = self._plan(store, part)
            _stop_if(should_cancel)
            with self._tx():
                if self._stores.data_version() == version:  # (what it read is as it was)
                    self._apply(store, plan)
                    store.forget_pending(done)
                    return
        with self._tx():
            self._process(store, part)
            store.forget_pending(done)

    def fold(self) -> int:
        """Fold the postings a catch-up appended (``TrailStore.add_postings_many``) into
        their buckets, a range of buckets per transaction, so others may write in
        between; returns how many there were. (Every read sees them either way: a lookup
        reads them beside the buckets; folding only keeps that part small.)"""
        store = self._store()
        if not store.may_update():
            return 0
        with self._tx():
            waiting = store.delta_size()
            upto, ranges = store.fold_plan()
        if not waiting:
            return 0
        for lo, hi in ranges:
            with self._tx(), _collector_paused():
                store.fold_range(upto, lo, hi)
        with self._tx():
            store.fold_done(upto)
        return waiting

    # ------------------------------------------------------------------ incremental
    def _process(self, store: TrailStore, pending: Sequence[tuple[int, str, int]]) -> None:
        """Take changes in as one batch, the way the build does (``_plan``, then
        ``_apply``, in the caller's transaction)."""
        self._apply(store, self._plan(store, pending))

    def _plan(self, store: TrailStore, pending: Sequence[tuple[int, str, int]]) -> _Plan:
        """What taking these changes in writes, worked out by reading only (so that a
        store with one writer at a time, SQLite, need not hold the write lock meanwhile:
        ``_catch_up``): the sources read together, the quotations to remove and to add,
        and the links of the new ones (``_find_links``: found as the build finds them),
        under ids they will have once written (the next ones; ``_apply`` maps them to
        those the store hands out)."""
        annotation_ids = list(dict.fromkeys(ref for _, kind, ref in pending
                                            if kind == "annotation"))
        article_ids = dict.fromkeys(ref for _, kind, ref in pending if kind == "article")
        wanted = store.quote_annotations(annotation_ids)
        have = store.items_for_annotations(annotation_ids)
        plan = _Plan()
        stale, split, removed, new = plan.stale, plan.split, plan.removed, plan.new
        # quotes new since the marks (never in the trail) and the spans they take, by article
        fresh = {ref for seq, kind, ref in pending if kind == "annotation" and not seq}
        covered: dict[int, list[tuple[int, int, int]]] = {}  # (start, end, words)
        for annotation_id in annotation_ids:
            want, item = wanted.get(annotation_id), have.get(annotation_id)
            word_keys = [] if want is None else keys(want[1])  # (folded once: both use them)
            if want is not None and item is None and annotation_id in fresh:
                covered.setdefault(want[0], []).append((want[2], want[3], len(word_keys)))
            elif want is not None:
                article_ids.setdefault(want[0])
            if item is not None:
                article_ids.setdefault(item.article_id)
            if item is not None and want is not None and (item.article_id, item.exact) == (
                    want[0], want[1]):
                if (item.start, item.end) != (want[2], want[3]):
                    plan.moves.append((item.id, want[2], want[3]))
                stale.add(item.cluster)  # e.g. its speaker changed
                continue
            if item is not None:
                self._remove(item, split, removed)
            if want is not None and len(word_keys) >= MIN_WORDS:
                new.append(NewItem(annotation_id, want[0], want[2], want[3], want[1],
                                   word_keys))
        for annotation_id in annotation_ids:
            if annotation_id in wanted or annotation_id in have or annotation_id in fresh:
                continue
            # a quote no longer placed that had no item (too short): the passage it hid
            # comes back. Deleted, made a claim or moved, its old article is queued too
            # (migration 0021: every trail built with these keys was built after it, and a
            # build forgets what was queued before it); detached from the text, it is still
            # in its article, which is searched again
            with contextlib.suppress(NotFound):
                article_ids.setdefault(self._annotations.get(annotation_id).article_id)
        self._uncover(store, {a: spans for a, spans in covered.items() if a not in article_ids},
                      split, removed)
        self._rescan(store, list(article_ids), split, stale, removed, new)
        plan.words = _words_of(row.keys for row in new)
        plan.signatures = signature_texts(plan.words.hashes, plan.words.words,
                                          plan.words.offsets)
        plan.first = store.item_count() + 1
        plan.gone = [(item.id, shingles(keys(item.exact))) for item in removed.values()]
        # a quote accepted as the passage it replaces (the same place and words: Suggestions'
        # Accept All) is the same statement as whatever the passage was: its links are the
        # passage's (one new item a passage: a second such quote is checked as any new one)
        passages = {(i.article_id, i.start, i.end, i.exact): i.id for i in removed.values()
                    if i.annotation_id is None}
        if passages:
            for n, row in enumerate(new):
                if row.annotation_id is not None:
                    passage = passages.pop((row.article_id, row.start, row.end, row.exact),
                                           None)
                    if passage is not None:
                        plan.carried[plan.first + n] = passage
        self._find_links(store, plan)
        return plan

    def _apply(self, store: TrailStore, plan: _Plan) -> None:
        """Write what ``_plan`` worked out (in the caller's transaction): the quotations
        removed and added, their postings and links, the clusters merged and split, the
        summaries of those touched."""
        for item_id, start, end in plan.moves:
            store.move_item(item_id, start, end)
        store.remove_items(plan.gone)
        new = plan.new
        ids = store.add_items([row[:5] for row in new], [len(row.keys) for row in new],
                              list(map(signature_blob, plan.signatures)))
        stale = plan.stale
        for cluster in plan.split:
            stale |= self._resplit(store, cluster)
        if ids and (ids[0], ids[-1]) != (plan.first, plan.first + len(ids) - 1):
            # (numbered otherwise: another item taken since, or a sequence that skips; the
            # order is the same, so the plan's pairs and links are)
            import numpy as np

            real = np.asarray(ids, dtype=np.uint64)
            posted = plan.postings & np.uint64(0xFFFFFFFF)
            plan.postings = ((plan.postings & ~np.uint64(0xFFFFFFFF))
                             | real[(posted - np.uint64(plan.first)).astype(np.int64)])
            number = {plan.first + n: item_id for n, item_id in enumerate(ids)}
            plan.links = [(number.get(x, x), number.get(y, y)) for x, y in plan.links]
        if plan.postings is not None:
            store.add_posting_entries(plan.postings)
        if plan.counted:  # (items stored before their words were counted: counted once)
            store.set_item_words(plan.counted)
        stale |= self._merge(store, plan.links, set(ids))
        self._summarise(store, stale)

    @staticmethod
    def _remove(item: StoredItem, split: set[int], removed: dict[int, StoredItem]) -> None:
        """Note an item to delete (``_apply`` deletes them together, before adding any)."""
        removed[item.id] = item
        split.add(item.cluster)

    def _uncover(self, store: TrailStore, covered: dict[int, list[tuple[int, int, int]]],
                 split: set[int], removed: dict[int, StoredItem]) -> None:
        """Articles whose one change is new quotes (``covered``: the spans they take and
        their numbers of words): the quoted passages those hide (``spans.hides``) are
        suggestions no more. Nothing else of the article changes (a quote taken only
        hides passages it overlaps, as ``quoted_spans`` drops them), so its text is not
        read and searched again (``_rescan``: a thousand articles' annotations imported
        found every passage of theirs again)."""
        if not covered:
            return
        for item in store.items_of_articles(sorted(covered)):
            if item.annotation_id is None and any(
                    a < item.end and item.start < b and hides(
                        a, b, words, item.start, item.end, len(keys(item.exact)))
                    for a, b, words in covered[item.article_id]):
                self._remove(item, split, removed)

    def _rescan(self, store: TrailStore, article_ids: list[int], split: set[int],
                stale: set[int], removed: dict[int, StoredItem], new: list[NewItem]) -> None:
        """The articles' quoted spans again (their texts, quotes or dismissals changed, or
        they are new), their sources read together."""
        if not article_ids:
            return
        texts = store.article_texts(article_ids)
        taken = store.quote_spans_taken_of(article_ids)
        dismissed: dict[int, set[str]] = {}
        for article_id, exact in store.dismissed_quotes_of(article_ids):
            dismissed.setdefault(article_id, set()).add(exact)
        items: dict[int, list[StoredItem]] = {}
        for item in store.items_of_articles(article_ids):
            items.setdefault(item.article_id, []).append(item)
        for article_id in article_ids:
            its = items.get(article_id, [])
            stale.update(i.cluster for i in its)  # its outlet or date may have changed
            text = texts.get(article_id)
            if text is None:  # the article is gone (its annotations went with it)
                for item in its:
                    self._remove(item, split, removed)
                continue
            spans = quoted_spans(text, taken.get(article_id, ()),
                                 dismissed.get(article_id, set()))
            current = {(i.start, i.end, i.exact): i for i in its if i.annotation_id is None}
            found = {(start, end, exact) for start, end, exact, _ in spans}
            for key, item in current.items():
                if key not in found:
                    self._remove(item, split, removed)
            new += [NewItem(None, article_id, start, end, exact, word_keys)
                    for start, end, exact, word_keys in spans
                    if (start, end, exact) not in current]

    def _resplit(self, store: TrailStore, cluster: int) -> set[int]:
        """A cluster lost members: its rest may fall apart; label each part by its smallest."""
        members = store.members(cluster)
        if not members:
            return {cluster}
        from ..trail import cluster as clustering  # (numpy: loaded when the trail works)

        parts = clustering.components(members, store.links_among(members))
        groups: dict[int, list[int]] = {}
        for item, root in parts.items():
            groups.setdefault(root, []).append(item)
        for root, items in groups.items():
            if root != cluster:
                store.set_cluster(items, root)
        return {cluster, *groups}

    def _candidates(self, store: TrailStore, word_keys: list[str], own: int) -> dict[int, int]:
        """Items sharing a shingle with these keys → how many they share."""
        shared: Counter[int] = Counter()
        for posting in store.postings(shingles(word_keys), POSTING_CAP).values():
            shared.update(posting)
        shared.pop(own, None)
        return shared

    @staticmethod
    def _find_links(store: TrailStore, plan: _Plan) -> None:
        """The links of the plan's new items (numbered from ``plan.first``) to the same
        statements, found all at once as the build finds them, reading only: the postings
        of every new item's shingles read in one go (the buckets and what waits beside
        them; those of the items the plan removes left out), the candidate pairs made
        with numpy, those that share too little dropped (``pairs_worth_checking``: by the
        numbers of words of the new items, and the stored ones of old items where those
        decide; no text read), the rest checked as the build checks them (a partial ratio
        on their signatures first). Sets ``plan.postings`` (the new items' own, to write),
        ``plan.links`` and ``plan.counted``."""
        if not plan.new:
            return
        import numpy as np

        from ..store.portable.trail import sorted_unique
        from ..trail import cluster as clustering
        from .trail_build import Builder

        # the new items' shingles, made with numpy from their words as ids of one
        # vocabulary (``cluster.posting_keys``: ``text.shingles``' values; items numbered
        # from 1, in order)
        words = plan.words
        assert words is not None
        numbered = clustering.posting_keys(words.hashes, words.words, words.offsets)
        fresh = sorted_unique(numbered + np.uint64(plan.first - 1))
        plan.postings = fresh
        searched, own = fresh >> np.uint64(32), fresh
        if plan.carried:  # their links are their passages': looked up for the others only
            plan.links = QuoteTrail._carried_links(store, plan)
            carried = np.fromiter(plan.carried, dtype=np.int64, count=len(plan.carried))
            searched = sorted_unique(fresh[~np.isin(
                (fresh & np.uint64(0xFFFFFFFF)).astype(np.int64), carried)] >> np.uint64(32))
            own = fresh[np.isin(fresh >> np.uint64(32), searched)]
            if not len(searched):
                return
        old = store.postings_entries(searched)
        if plan.removed:  # (their postings go with them)
            old = old[~np.isin((old & np.uint64(0xFFFFFFFF)).astype(np.int64),
                               np.fromiter(plan.removed, dtype=np.int64,
                                           count=len(plan.removed)))]
        new_keys = {plan.first + n: row.keys for n, row in enumerate(plan.new)}
        # the postings of the new items' shingles, old and new, as one sorted array
        a, b, shared = _pairs_with_new(sorted_unique(np.concatenate((old, own))), new_keys)
        if plan.carried:  # (a pair of an item carried over and one not new: carried too)
            looking = np.fromiter((i for i in new_keys if i not in plan.carried),
                                  dtype=np.int64)
            mine = np.isin(a, looking) | np.isin(b, looking)
            a, b, shared = a[mine], b[mine], shared[mine]
        if not len(a):
            return
        # a pair that shares a single shingle is worth checking only if a side is short
        # (``pairs_worth_checking``): the numbers of words of the old items are read for
        # the pairs that decides alone (stored; else counted from the text)
        new_ids = np.fromiter(new_keys, dtype=np.int64, count=len(new_keys))
        new_words = np.fromiter((len(k) for k in new_keys.values()), dtype=np.int64,
                                count=len(new_keys))
        order = np.argsort(new_ids)
        new_ids, new_words = new_ids[order], new_words[order]
        ids = sorted_unique(np.concatenate((a, b)))
        by_item = np.full(len(ids), UNCOUNTED, dtype=np.int64)  # the words of ids[i]
        at = np.minimum(np.searchsorted(new_ids, ids), len(new_ids) - 1)
        is_new = new_ids[at] == ids
        by_item[is_new] = new_words[at[is_new]]
        ai, bi = np.searchsorted(ids, a), np.searchsorted(ids, b)
        asked = ~clustering.pairs_worth_checking(ai, bi, shared, by_item) & (
            (by_item[ai] == UNCOUNTED) | (by_item[bi] == UNCOUNTED))
        texts: dict[int, str] = {}  # old items' texts read so far
        old_keys: dict[int, list[str]] = {}
        if asked.any():
            at = sorted_unique(np.concatenate((ai[asked], bi[asked])))
            at = at[by_item[at] == UNCOUNTED]
            counts = store.item_word_counts(ids[at])  # (numpy throughout: ~50,000 ids)
            known = counts > 0
            by_item[at[known]] = counts[known]
            at = at[~known]
            texts = store.items_texts(ids[at].tolist())
            old_keys = {item_id: keys(exact) for item_id, exact in texts.items()}
            # (items stored before their words were counted: counted once, by ``_apply``)
            plan.counted = [(item_id, len(k)) for item_id, k in old_keys.items()]
            by_item[at] = [len(old_keys[i]) if i in old_keys else UNCOUNTED
                           for i in ids[at].tolist()]
        keep = clustering.pairs_worth_checking(ai, bi, shared, by_item)
        a, b = a[keep], b[keep]
        if not len(a):
            return
        # the build's first test on the items' stored signatures, before any text is read
        # (it drops only pairs the test on their keys drops: most are chance meetings of
        # three words)
        a, b = QuoteTrail._on_signatures(store, a, b, new_keys, old_keys, dict(zip(
            new_keys, plan.signatures, strict=True)))
        if not len(a):
            return
        # the items of the pairs left, each one's keys (the old ones' texts read and folded
        # once), checked as the build checks its pairs
        ids = sorted_unique(np.concatenate((a, b)))
        wanted = [i for i in ids.tolist() if i not in new_keys and i not in texts]
        texts.update(store.items_texts(wanted))
        gone = [i for i in wanted if i not in texts]  # (a posting of no item: no pair)
        if gone:
            there = ~(np.isin(a, gone) | np.isin(b, gone))
            a, b = a[there], b[there]
            ids = sorted_unique(np.concatenate((a, b)))
            if not len(a):
                return
        lists = [new_keys.get(item_id) or old_keys.get(item_id) or keys(texts[item_id])
                 for item_id in ids.tolist()]
        checked = Builder(store, QuoteTrail._summary).check_lists(
            lists, np.searchsorted(ids, a), np.searchsorted(ids, b))
        plan.links += [(int(ids[x - 1]), int(ids[y - 1])) for x, y in checked]  # (from 1)

    @staticmethod
    def _carried_links(store: TrailStore, plan: _Plan) -> list[tuple[int, int]]:
        """The links of the removed passages ``plan.carried`` takes over, each passage
        replaced by its new item (a link to another item the plan removes is gone with it)."""
        instead = {passage: item for item, passage in plan.carried.items()}
        out = set()
        for a, b in store.links_touching(sorted(instead)):
            a, b = instead.get(a, a), instead.get(b, b)
            if a not in plan.removed and b not in plan.removed:
                out.add((min(a, b), max(a, b)))
        return sorted(out)

    @staticmethod
    def _merge(store: TrailStore, links: list[tuple[int, int]], new: set[int]) -> set[int]:
        """Write the links of new items (``new``) and merge the clusters they join; returns
        the labels of the clusters that changed (a new quotation that is no other's
        version needs no summary)."""
        if not links:
            return set()
        from ..trail import cluster as clustering

        store.add_links(links)
        linked = store.items_by_id(sorted({i for pair in links for i in pair} - new))
        cluster_of = {item_id: linked[item_id].cluster if item_id in linked else item_id
                      for pair in links for item_id in pair}
        ds = clustering.DisjointSet()
        for x, y in links:
            ds.union(cluster_of[x], cluster_of[y])
        labels: set[int] = set()
        for root, group in ds.groups().items():
            others = [g for g in group if g != root]
            if others:
                store.relabel_clusters(others, root)
            labels |= {root, *group}
        return labels

    @staticmethod
    def _on_signatures(store: TrailStore, a: Any, b: Any, new_keys: dict[int, list[str]],
                       old_keys: dict[int, list[str]], made: dict[int, str]
                       ) -> tuple[Any, Any]:
        """The pairs (a, b) that ``trail_build.rough_signatures`` keeps, the old items'
        signatures read from the store (``made``: the new items' signature texts; those
        whose keys are known, ``new_keys`` and ``old_keys``, made from them). A pair with
        an item stored without a signature (or gone) is kept: it is read and checked in
        full."""
        import numpy as np

        from ..store.portable.trail import sorted_unique
        from ..trail.text import signature_of
        from .trail_build import rough_signatures

        ids = sorted_unique(np.concatenate((a, b))).tolist()
        stored = store.item_signatures([i for i in ids if i not in new_keys
                                        and i not in old_keys])
        # (decoded together: one call, then a slice each)
        whole = signature_of(b"".join(stored.values()))
        ends = list(accumulate(len(blob) // 2 for blob in stored.values()))
        texts = {item_id: whole[lo:hi] for item_id, lo, hi in zip(
            stored, [0, *ends], ends, strict=False)}
        texts.update((item_id, signature_text(word_keys)) for item_id, word_keys in (
            *new_keys.items(), *old_keys.items()) if item_id not in made)
        texts.update(made)
        # (an item stored without a signature, or gone, has none: '', kept below)
        side_a = [texts.get(i, "") for i in a.tolist()]
        side_b = [texts.get(i, "") for i in b.tolist()]
        keep = rough_signatures(side_a, side_b)
        keep |= ~np.fromiter(map(all, zip(side_a, side_b, strict=True)), dtype=bool,
                             count=len(side_a))
        return a[keep], b[keep]

    def _summarise(self, store: TrailStore, labels: set[int], now: bool = False) -> None:
        """The summaries of these clusters written again (gone for those now of one version:
        no listing shows them, ``ClusterFilter.min_size`` being 2 at least); a
        cluster no coder names a speaker of keeps the speaker guessed for it while its
        reference version stays; else (or when none was found: a new version may name one)
        the guess is worked out again: on a library file when a listing first shows the
        cluster or asks for speakers (``_with_guesses``; the attribution analyses whole
        articles, most of a real news import's catch-up, for clusters most of which no one
        lists), on a team library now (its readers may not write the guesses).

        The statement a cluster's summary is of (``_split``: a short quotation splits it by
        speaker, R16-18) may need the attribution's speakers of its passages no coder
        annotated: those kept are read; on a store that keeps such clusters
        (``keeps_unsplit``, a library file) the others are left to the next listing that
        may write (``_settle_statements``: the cluster is summarised with the speakers
        kept and noted), unless ``now`` (a build's summaries, a change of the aliases or
        rules): then they are worked out and kept here, in the caller's transaction. (The
        catch-up of 400 real pages spent a third of its CPU on them, issue 15's upkeep.)"""
        if not labels:
            return
        ordered = sorted(labels)
        before = store.summaries_of(ordered)
        members: dict[int, list[MemberRow]] = {}
        for row in store.member_rows_of(ordered):
            members.setdefault(row.cluster, []).append(row)
        rows, guess = [], {}
        aliases = self._speakers.aliases()
        unsplit: set[int] = set()  # clusters whose speakers are not all worked out yet

        def kept_only(unannotated: list[MemberRow]) -> dict[int, str]:
            unworked: set[int] = set()
            found = found_speakers(store, unannotated, aliases, None, unworked)
            unsplit.update(r.cluster for r in unannotated if r.id in unworked)
            return {item: speaker for item, (speaker, _) in found.items()}

        word_keys: dict[int, list[str]] = {}  # (each member's keys, made once: ``keys_of``)
        split = self._split(store, members, functools.partial(self._found_now, store)
                            if now or not store.keeps_unsplit else kept_only, word_keys)
        for label, its in members.items():
            if label in split:  # (the statement the list shows and opens: R16-18)
                its = _listed_statement(its, split[label], word_keys)
            if len(its) < 2:
                continue
            made = self._summary(its, aliases, word_keys=word_keys)
            if made is None:  # one version (a part with its passage): never listed
                continue
            summary = (label, *made)
            if summary[-1] is None:  # no speaker named
                old = before.get(label)
                if old is not None and old[0] == summary[5] and old[2] == 1:
                    summary = (*summary[:4], old[1], summary[5], old[2])
                else:
                    guess[label] = its
            rows.append(summary)
        # (written over in place; dropped only for the clusters now of one or gone: a
        # summary deleted and inserted again cost its nine indexes twice)
        kept = {row[0] for row in rows}
        gone = [label for label in ordered if label not in kept]
        if gone:
            store.drop_summaries(gone)
        store.insert_summaries(rows)
        store.forget_unsplit(ordered)
        if unsplit:
            store.note_unsplit(sorted(unsplit))
        if guess and not store.builds_aside:
            self._guess_speakers(store, guess)

    def _settle_statements(self, store: TrailStore, among: Sequence[int] | None = None
                           ) -> None:
        """Summarise again the clusters a catch-up summarised before the speakers their
        statement needs were worked out (``_summarise``; of ``among`` when given), a part
        at a time: the speakers worked out outside any transaction and kept in short ones
        of their own (``_suggested_speakers``: analyses under the write lock made another
        program's import wait, R14-7), then the summaries written in one. Asked by a
        listing that may write before it reads the list (its counts, sorts and filters are
        of the statements then), and by a trail's open for its own cluster's listed name.
        A library that cannot be written now lists them as summarised (done next time)."""
        labels = store.unsplit_clusters(among)
        with contextlib.suppress(CannotWriteNow):
            for first in range(0, len(labels), GUESS_PART):
                part = labels[first:first + GUESS_PART]
                members: dict[int, list[MemberRow]] = {}
                for row in store.member_rows_of(part):
                    members.setdefault(row.cluster, []).append(row)
                self._split(store, members, self._suggested_speakers)
                with self._tx():
                    self._summarise(store, set(part), now=True)

    def _guess_speakers(self, store: TrailStore, clusters: dict[int, list[MemberRow]],
                        save: bool = True,
                        found_rows: list[tuple[int, str, str, str]] | None = None
                        ) -> dict[int, str]:
        """The speaker of clusters no coder names one of: the one the attribution finds for
        the reference version, else for the next versions by article (three at most: an
        article's analysis costs far more than the rest of the trail's upkeep); stored
        unless not ``save``. Returns cluster → the name ('': none found). What a version
        not annotated is found to say is the finding its trail shows (``found_speakers``):
        taken from those kept when it holds, and kept with the guess (a first open of the
        trail, or the idle-time step, then analyses that article no more); not ``save``d,
        what would be kept is added to ``found_rows`` when it is given."""
        references = store.summaries_of(sorted(clusters))
        aliases = self._speakers.aliases()
        tried: dict[int, list[MemberRow]] = {}
        for label, rows in clusters.items():
            reference = references[label][0] if label in references else None
            tried[label] = sorted(rows, key=lambda r: (
                r.id != reference, r.article_id, r.start))[:3]
        unannotated = {r.id for rows in tried.values() for r in rows if r.annotation_id is None}
        label_of = {r.id: label for label, rows in tried.items() for r in rows}

        def keep(rows: list[tuple[int, str, str, str]]) -> None:  # (in the caller's
            rows = [r for r in rows if r[0] in unannotated]  # transaction)
            if save:
                store.keep_found_speakers(rows)
            elif found_rows is not None:
                found_rows.extend(rows)

        names: dict[int, str] = {}
        for turn in range(3):  # each cluster's first choice, then the next for those with
            # no name yet: each round's articles read at once, each analysed once
            rows = sorted((its[turn] for label, its in tried.items()
                           if label not in names and turn < len(its)),
                          key=lambda r: (r.article_id, r.start))
            if not rows:
                break
            said = found_speakers(store, rows, aliases,
                                  keep if save or found_rows is not None else None)
            names.update((label_of[row.id], said[row.id][0]) for row in rows if row.id in said)
        found = [(label, names.get(label, "")) for label in sorted(
            tried, key=lambda label: tried[label][0].article_id)]
        if save:
            store.set_guessed_speakers(found)
        return dict(found)

    def _with_guesses(self, store: TrailStore, rows: list[tuple[Any, ...]]
                      ) -> list[tuple[Any, ...]]:
        """``list_clusters`` rows with the speakers not worked out yet (``speaker_suggested``
        None: a catch-up leaves them to the listing) worked out now, and stored where this
        login may write the trail. (A row names no speaker then; ``summaries_of`` tells
        which of those are not worked out.) Worked out outside any transaction, then kept
        in a short one, for the clusters whose summary did not change meanwhile: the
        analyses (up to three whole articles a cluster) held the write lock, and another
        program's import waited on it, up to its busy timeout (R14-7)."""
        nameless = [row[0] for row in rows if not row[4]]
        if not nameless:
            return rows
        before = {cluster: summary for cluster, summary in store.summaries_of(
            nameless).items() if summary[2] is None}
        unguessed = set(before)
        if not unguessed:
            return rows
        members: dict[int, list[MemberRow]] = {}
        for member in store.member_rows_of(sorted(unguessed)):
            members.setdefault(member.cluster, []).append(member)
        kept: list[tuple[int, str, str, str]] = []
        found = self._guess_speakers(store, members, save=False, found_rows=kept)
        if store.may_update():  # (a cache: a library read-only now lists them unkept)
            with contextlib.suppress(CannotWriteNow), self._tx():
                now = store.summaries_of(sorted(unguessed))
                same = {c for c in unguessed if now.get(c) == before[c]}
                store.set_guessed_speakers([(c, found.get(c, "")) for c in sorted(same)
                                            if c in members])
                labels = {r.id: r.cluster for its in members.values() for r in its}
                store.keep_found_speakers([r for r in kept if labels.get(r[0]) in same])
        return [(*row[:4], found.get(row[0], ""), *row[5:7], bool(found.get(row[0])))
                if row[0] in unguessed else row for row in rows]

    def _guess_all(self, store: TrailStore, should_cancel: ShouldCancel | None = None
                   ) -> None:
        """Work out the speakers of every cluster whose speaker is not worked out yet (a
        rebuild's, a catch-up's on a library file), a part at a time."""
        pending = store.unguessed_clusters()
        for first in range(0, len(pending), GUESS_PART):
            part = pending[first:first + GUESS_PART]
            _stop_if(should_cancel)
            with self._tx():
                members: dict[int, list[MemberRow]] = {}
                for row in store.member_rows_of(part):
                    members.setdefault(row.cluster, []).append(row)
                self._guess_speakers(store, members)

    def _split_all(self, store: TrailStore, should_cancel: ShouldCancel | None = None,
                   every: bool = False) -> None:
        """Summarise again, a part at a time, every listed cluster with a link of a short
        part (``_split``): after a build, whose summaries are of whole clusters; with
        ``every``, every listed cluster (once on a trail an earlier Kutip summarised: before
        the list showed the statement its row opens, R16-18, or counted outlets as
        ``outlets_counted`` does). Stopped midway, the next refresh does it again."""
        import numpy as np

        from ..trail import cluster as clustering

        rules = trail_speakers.rules_digest(self._speakers.aliases())
        links = [] if every else store.links_of_listed()
        labels: list[int] = store.summarised_clusters() if every else []
        if links:
            a, b, cluster = (np.array(column, dtype=np.int64)
                             for column in zip(*links, strict=True))
            wa, wb = store.item_word_counts(a), store.item_word_counts(b)
            short, long = np.minimum(wa, wb), np.maximum(wa, wb)
            # (a number of words not stored, 0: looked at as short, ``_split`` judges)
            mask = (short <= clustering.SHORT_MEMBER) & (
                (short == 0) | clustering.part_of(short, long))
            labels = np.unique(cluster[mask]).tolist()
        for first in range(0, len(labels), GUESS_PART):
            _stop_if(should_cancel)
            with self._tx():
                self._summarise(store, set(labels[first:first + GUESS_PART]), now=True)
        with self._tx():
            store.set_state(SPLIT, SUMMARIES)
            store.set_state(SPLIT_UNDER, rules)

    def _follow_speakers(self, store: TrailStore) -> None:
        """The summaries of the clusters a short quotation may split made again
        (``_split_all``) when the aliases or the attribution's rules changed since they
        were made: who can be one person is the speakers' (``cluster.by_speaker``), so an
        alias added in Speakers changes the list's counts at its next listing, as it
        changes the trail at once, rather than when each cluster is next touched. Asked
        by a listing (not by every refresh: a lookup or a trail's open reads the speakers
        where they are shown). 100k articles: ~0.5–0.9 s CPU once after a change."""
        if self._speakers_changed(store):
            with contextlib.suppress(CannotWriteNow):  # (busy: listed as kept, done next time)
                self._split_all(store)

    def speakers_changed(self) -> bool:
        """Whether an alias or the attribution's rules changed since the summaries a
        speaker may split were made, or a catch-up summarised clusters before their
        speakers were worked out (``_summarise``): the next listing that may write makes
        them again (``_follow_speakers``, ``_settle_statements``); the app's Quotes view
        asks it to know that its thread has work after an alias was added or another
        program caught the trail up (its own reads list the trail as kept)."""
        store = self._store()
        return store.may_update() and (self._speakers_changed(store)
                                       or bool(store.unsplit_clusters()))

    def _speakers_changed(self, store: TrailStore) -> bool:
        return (store.state("keys") == KEYS_VERSION and store.state(SPLIT_UNDER)
                != trail_speakers.rules_digest(self._speakers.aliases()))

    def _guess_unguessed(self, store: TrailStore, should_cancel: ShouldCancel | None = None
                         ) -> None:
        """Work out the speakers of every cluster summarised without one (after a
        rebuild, or on a trail summarised before Kutip guessed them), a part at a time."""
        self._guess_all(store, should_cancel)
        with self._tx():
            store.set_state(GUESSED, KEYS_VERSION)

    @staticmethod
    def _summary(rows: list[MemberRow], aliases: Mapping[str, str] | None = None, *,
                 one_version: bool = False, word_keys: dict[int, list[str]] | None = None
                 ) -> tuple[int, int, str, str, int, int | None] | None:
        """(size, outlets, first date, speaker, reference item, speaker suggested) of a
        cluster's members: its size counts versions (``trail.versions``: a passage
        annotated twice is one); the speaker is the person its coders name most, as
        ``_people`` names them with the library's ``aliases`` (None for "suggested": not
        worked out yet, when they name none). None for a cluster of one version (unless
        ``one_version``): no listing shows it (``ClusterFilter.min_size`` is 2 at least), so
        it has no summary. ``word_keys``: as ``version_groups`` takes it."""
        word_keys = {} if word_keys is None else word_keys
        groups = version_groups(rows, word_keys)
        if len(groups) < 2 and not one_version:
            return None
        resolved = [r for r in dates.resolve([r.published for r in rows]) if r[0]]
        shown = [group[0] for group in groups]
        names = [_named(group) for group in groups]
        if len({n for its in names for n in its}) > 1:  # (in publication order, as the
            # trail lists them: who is named first breaks ties)
            names = [names[i] for i in _publication_order(
                shown, dates.resolve([r.published for r in shown]))]
        named = [n for its in names for n in its]
        people = QuoteTrail._people(named, aliases)
        reference = shown[reference_index(shown, word_keys=word_keys)]
        return (len(shown), outlets_counted((r.source, r.url) for r in rows),
                dates.label(*min(resolved)) if resolved else "",
                people[0][0] if people else "", reference.id, 0 if people else None)

    @staticmethod
    def _people(named: Sequence[str], aliases: Mapping[str, str] | None = None,
                lead: str = "") -> list[list[str]]:
        """The people the versions' speakers are (``named``: each version's, in publication
        order; '' for none), one person's names together (``speakernames.persons``, with
        the library's ``aliases``): the person most versions name first (as many: the one
        named first), and each one's names fullest first ("Sergey Lavrov" before "S.
        Lavrov"; the library's own name before an alias; as full: the one written most,
        then the one written first). The Quotes list names a cluster by the first one's
        first name, and the trail's note and flag list the names in this order, so the
        two always agree. ``lead``: the name the Quotes list gives the cluster (its coders'
        most named, else the attribution's guess, ``_guess_speakers``, which counts no
        other version): its person first, and it first among that person's names
        (R11-12; the trail also counts suggested speakers, the list only coders')."""
        counts = Counter(name for name in named if name)
        if len(counts) < 2:
            return [list(counts)] if counts else []
        from ..speakernames import fullness, persons

        aliases = aliases or {}
        first = {name: i for i, name in reversed(list(enumerate(named)))}
        lead = lead.lower()
        people = [sorted(names, key=lambda n: (n.lower() != lead,
                                               aliases.get(n.lower(), n) != n,
                                               *fullness(n)[:2], -counts[n], first[n]))
                  for names in persons(counts, aliases)]
        led = [bool(lead) and any(lead in (n.lower(), aliases.get(n.lower(), n).lower())
                                  for n in p) for p in people]
        return [p for _, p in sorted(zip(led, people, strict=True), key=lambda lp: (
            not lp[0], -sum(counts[n] for n in lp[1]), min(first[n] for n in lp[1])))]

    # ------------------------------------------------------------------ from scratch
    @write
    def rebuild(self, progress: Progress | None = None, *, first: bool = False,
                should_cancel: ShouldCancel | None = None) -> RefreshReport:
        """Build the whole trail from the library at once (first use, or on request).

        A store that builds aside (SQLite) writes the new trail beside the old one in
        short transactions and swaps it in at the end, so the library stays writable (by
        this program and others) for all but a moment; what changes meanwhile is taken in
        by the next ``refresh``. Only one build runs at a time on a library.

        ``first``: the trail's first use. A store that does not build aside (a team
        library) makes a member's Kutip that finds another building it wait for that
        build and then only catch up, rather than build it again.

        ``should_cancel`` (asked between steps) stops the build with ``Cancelled``: what it
        wrote aside is dropped (a store that does not build aside rolls the whole build
        back), the trail stays as it was and the build's claim is withdrawn."""
        started = time.perf_counter()
        store = self._store()
        from .trail_build import Builder  # (numpy, processes: only for a build)

        aside = store.builds_aside
        with self._tx() if not aside else contextlib.nullcontext():
            if first and not aside:
                with self._tx():
                    store.pending_count()  # (takes the trail's lock: waits for a build)
                    if self.built():  # another member built it meanwhile
                        return self._catch_up(store)
            with self._tx():
                claim = self._claim_build(store)
                backlog = store.pending_count()
                store.begin_build()
                if not aside:
                    store.clear()
                    store.drop_item_indexes()  # made again once the items are in
            builder = Builder(store, functools.partial(
                self._summary, aliases=self._speakers.aliases()), progress,
                              tx=self._build_tx(store, claim, should_cancel),
                              should_cancel=should_cancel)
            cancelled = False
            try:
                builder.run()
                with self._tx():
                    store.finish_build()
                    store.set_state("built", time.strftime("%Y-%m-%dT%H:%M:%S"))
                    store.set_state("keys", KEYS_VERSION)
                    store.set_state(GUESSED, "")  # (the new summaries' speakers: next)
                    store.set_state(SPLIT, "")  # (the build summarised whole clusters)
                    store.set_state(BUILDING, "")
                    store.sigs_made()  # (the build wrote every item's)
            except Cancelled:
                cancelled = True  # (closing: its tables aside are the next build's to drop)
                raise
            finally:
                with self._tx():
                    store.end_build(keep_unfinished=cancelled)
                    store.set_state(BUILDING, "")
        if progress is not None:
            progress("speakers", 0, 0)
        self._split_all(store, should_cancel)
        self._guess_unguessed(store, should_cancel)
        self._changed("trail")
        return RefreshReport(processed=backlog, rebuilt=True, items=builder.count,
                             clusters=builder.cluster_count,
                             seconds=time.perf_counter() - started)

    def _build_tx(self, store: TrailStore, claim: dict[str, Any],
                  should_cancel: ShouldCancel | None) -> Callable[[], Any]:
        """The build's transactions: each first asks ``should_cancel``, and the build's
        claim is renewed in one every ``RENEW_EVERY`` seconds (so a Kutip on another
        computer, which cannot ask whether this program runs, sees that it does)."""
        renewed = time.monotonic()

        @contextlib.contextmanager
        def tx() -> Iterator[None]:
            nonlocal renewed
            _stop_if(should_cancel)
            with self._tx():
                yield
                if time.monotonic() - renewed >= RENEW_EVERY:
                    renewed = time.monotonic()
                    store.set_state(BUILDING, _claim_text(claim))
        return tx

    @staticmethod
    def _building_elsewhere(store: TrailStore) -> dt.datetime | None:
        """When the build under way started, unless its claim is a dead program's: one on
        this computer that no longer runs (killed, crashed), or one no running program
        renewed for ``UNRENEWED`` (``BUILD_STALE`` for an older Kutip's, which names no
        program)."""
        claimed = store.state(BUILDING) or ""
        if not claimed:
            return None
        try:
            if claimed.startswith("{"):
                claim = json.loads(claimed)
                since = dt.datetime.fromisoformat(claim["since"])
                renewed = dt.datetime.fromisoformat(claim["renewed"])
                limit = UNRENEWED
            else:  # an older Kutip's: only when it started
                claim, since, limit = {}, dt.datetime.fromisoformat(claimed), BUILD_STALE
                renewed = since
        except (ValueError, KeyError, TypeError):
            return None
        alive = running(claim)
        if alive is None:  # (another computer's, or an older Kutip's: by its age)
            alive = dt.datetime.now(dt.UTC) - renewed < limit
        return since if alive else None

    def _claim_build(self, store: TrailStore) -> dict[str, Any]:
        """Note that a build is under way, and which program runs it; refuse if another
        (a running one) is. Returns the claim (renewed as the build writes)."""
        since = self._building_elsewhere(store)
        if since is not None:
            raise LibraryError(Message(
                "trail.building", "The quote trails are being built by another window or"
                " command (since {time}); try again when it is done.",
                time=since.astimezone().strftime("%H:%M")))
        claim = {"since": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), **me()}
        store.set_state(BUILDING, _claim_text(claim))
        return claim

    # ================================================================== reading
    def cluster_of(self, annotation_id: int) -> int:
        """The cluster label of a quote annotation."""
        self.refresh()
        item = self._store().item_for_annotation(annotation_id)
        if item is None:
            annotation = self._annotations.get(annotation_id)  # raises NotFound
            if annotation.kind != "quote":
                raise LibraryError(Message(
                    "trail.not-a-quote", "Annotation {id} is a {kind}; only quotes have a"
                    " trail.", id=annotation_id, kind=annotation.kind))
            if annotation.anchor == "orphan":
                raise LibraryError(Message(
                    "trail.orphan", "Annotation {id} lost its place in the article;"
                    " re-attach it to see its trail.", id=annotation_id))
            raise LibraryError(Message(
                "trail.too-short", "Annotation {id} is too short to have a trail (fewer"
                " than {words} words).", id=annotation_id, words=MIN_WORDS))
        return item.cluster

    def find(self, text: str) -> list[int]:
        """Items that are the same statement as ``text`` (no write; for a quote not stored)."""
        word_keys = keys(text)
        if len(word_keys) < MIN_WORDS:
            return []
        store = self._store()
        candidates = self._candidates(store, word_keys, own=-1)
        texts = store.items_texts(list(candidates))
        out = []
        for other, shared in candidates.items():
            other_keys = keys(texts.get(other, ""))
            if not worth_checking(shared, len(word_keys), len(other_keys)):
                continue
            if compare(word_keys, other_keys) is not None:
                out.append(other)
        return sorted(out)

    def cluster_for_text(self, text: str) -> int | None:
        """The cluster a new quotation with this text would join (None: a new statement)."""
        found = self.find(text)
        if not found:
            return None
        store = self._store()
        return min(self._cluster_of_item(store, i) for i in found)

    @staticmethod
    def _cluster_of_item(store: TrailStore, item_id: int) -> int:
        item = store.item(item_id)
        if item is None:  # (only an item just read or linked is asked for)
            raise NotFound(Message("trail.no-item", "There is no quotation {id} in the"
                                   " trail.", id=item_id))
        return item.cluster

    def trail(self, annotation_id: int) -> Trail:
        """The trail of a quote annotation: the statement it is a version of."""
        cluster = self.cluster_of(annotation_id)
        item = self._store().item_for_annotation(annotation_id)
        return self.trail_of_cluster(cluster, item.id if item is not None else None)

    def trail_at(self, article_id: int, at: int) -> Trail:
        """The trail of the quotation (annotated or not) at character ``at`` of an article:
        the one whose span holds it, else one starting within a few characters (an
        annotation of the passage may leave out its quotation mark). Unlike a cluster's
        number, this stays valid as quotes are added, accepted and the trail rebuilt."""
        self.refresh()
        items = self._store().items_of_article(article_id)
        if not items:
            self._articles.get(article_id)  # raises NotFound for an unknown article
        near = [i for i in items if i.start <= at < i.end] or [
            i for i in items if abs(i.start - at) <= 3]
        if not near:
            raise NotFound(Message(
                "trail.no-passage", "Article {article} has no quotation at character {at}"
                " (`kutip quotes` lists where each statement is).", article=article_id,
                at=at))
        item = min(near, key=lambda i: (abs(i.start - at), i.annotation_id is None, i.start))
        return self.trail_of_cluster(item.cluster, item.id)

    def references(self, clusters: Sequence[ClusterSummary]) -> dict[int, str]:
        """What ``kutip trail`` takes for each listed cluster: its reference version's
        annotation id, or ``ARTICLE:CHARACTER`` of its passage not yet annotated. Both stay
        valid as the library changes (``trail_at``), unlike the cluster's number."""
        items = self._store().items_by_id(sorted({c.fullest_item for c in clusters}))
        out = {}
        for c in clusters:
            item = items.get(c.fullest_item)
            if item is not None:
                out[c.cluster] = (str(item.annotation_id) if item.annotation_id is not None
                                  else f"{item.article_id}:{item.start}")
        return out

    def trail_of_cluster(self, cluster: int, item: int | None = None) -> Trail:
        """The trail of the statement of a cluster that quotation ``item`` is a version
        of (None: the cluster's reference version, the one the Quotes list shows): all its
        versions but those joined only through a short quotation of someone else
        (``_statement``)."""
        store = self._store()
        rows = self._seen(store.member_rows(cluster))
        if not rows:
            raise NotFound(Message("trail.no-cluster", "There is no quote cluster"
                                   " {cluster}.", cluster=cluster))
        return self._trail(cluster, rows, item)

    def _seen(self, rows: list[MemberRow]) -> list[MemberRow]:
        """``rows`` without another coder's quotes on articles coded blind (issue 14)."""
        shown = self._annotations.visible_ids(
            [r.annotation_id for r in rows if r.annotation_id is not None])
        return [r for r in rows if r.annotation_id is None or r.annotation_id in shown]

    def _trail(self, cluster: int, rows: list[MemberRow], item: int | None = None) -> Trail:
        written: dict[int, str] = {}  # suggested item -> its speaker as the article writes it
        unworked: set[int] | None = set() if self._kept_only else None
        suggested_speakers: dict[int, str] = {}
        asked: set[int] = set()  # (the items whose speakers ``_statement`` asked for)
        rows, apart = self._statement(rows, item, suggested_speakers, asked, written, unworked)
        word_keys: dict[int, list[str]] = {}
        groups = version_groups(rows, word_keys)
        shown = [group[0] for group in groups]
        resolved = dates.resolve([r.published for r in shown])
        suggested_speakers.update(self._suggested_speakers(
            [r for r in shown if r.annotation_id is None and r.id not in asked],
            written, unworked))
        aliases = self._speakers.aliases() if any(len(g) > 1 for g in groups) else {}
        namers = [_naming(group, suggested_speakers.get(group[0].id, ""), aliases)
                  for group in groups]
        written_by_note = self._written_speakers(
            [row.annotation_id for group in groups for row in group
             if row.annotation_id is not None and row.speaker])
        order = _publication_order(shown, resolved)
        reference = shown[reference_index(shown, resolved, word_keys)]
        versions = []
        person_of: dict[str, str] = {}  # a name as an outlet writes it -> the library's

        def as_written(row: MemberRow, speaker: str) -> str:
            # each outlet's own name for the speaker (issue 15), the person being the
            # library's (R11-3): "Sergey Lavrov" in MINA, "Sergei Lavrov" in ANTARA
            spelled = (written_by_note.get(row.annotation_id, "") if row.annotation_id
                       is not None else written.get(row.id, ""))
            if spelled and speaker and spelled.lower() != speaker.lower():
                person_of[spelled.lower()] = speaker
                return spelled
            return speaker

        for i in order:
            row = shown[i]
            diff = difference(reference.exact, row.exact)
            namer = namers[i]
            named = namer.speaker if namer else ""
            speaker = as_written(namer, named) if namer else as_written(
                row, suggested_speakers.get(row.id, ""))
            parts = [TrailPart(r.annotation_id, r.start, r.end, r.exact,
                               as_written(r, r.speaker))
                     for r in sorted(groups[i][1:], key=lambda r: (r.start, r.end))
                     if r.annotation_id is not None and (
                         (r.start, r.end) != (row.start, row.end)
                         or (r.speaker and r.speaker.lower() != named.lower()))]
            versions.append(TrailVersion(
                item_id=row.id, annotation_id=row.annotation_id, article_id=row.article_id,
                start=row.start, end=row.end, exact=row.exact, source=row.source,
                title=row.title, url=row.url, published=row.published,
                date=dates.label(*resolved[i]), speaker=speaker, speaker_named=bool(named),
                segments=diff.segments, flags=diff.flags, cut_start=diff.cut_start,
                cut_end=diff.cut_end, reference=row.id == reference.id,
                also=sorted(r.annotation_id for r in groups[i][1:]
                            if r.annotation_id is not None), parts=parts,
                published_inferred=row.published_inferred,
                speaker_pending=not named and row.id in (unworked or ())))
        if versions and versions[0].date:
            first = versions[0].date
            for v in versions:
                v.earliest = v.date == first
        said_by = [name for v in versions  # (each version's and each part's, once)
                   for name in dict.fromkeys([v.speaker, *(p.speaker for p in v.parts)])
                   if name]
        several = len(set(said_by)) > 1
        aliases = {**self._speakers.aliases(), **person_of} if several else {}  # (read
        # only when it matters)
        people = self._people(said_by, aliases, self._listed_name(cluster, rows)
                              if several else "")
        flags, notes = self._speaker_notes(people)
        flags += self._through_parts(rows, reference, versions)
        if len(apart) > 1:
            notes.append(Message(
                "trail.other-speakers", "not shown as versions of this statement: {count}"
                " in its cluster that share only a short quotation with it and are"
                " attributed to someone else ({names})", count=apart[0],
                names=", ".join(apart[1:])))
        elif apart:
            notes.append(Message(
                "trail.other-statements", "not shown as versions of this statement: {count}"
                " in its cluster that share only a short quotation with it, which"
                " quotations of different speakers share", count=apart[0]))
        return Trail(cluster, versions, [name for person in people for name in person],
                     flags, notes, item)

    def _statement(self, rows: list[MemberRow], item: int | None, found: dict[int, str],
                   asked: set[int], written: dict[int, str], unworked: set[int] | None
                   ) -> tuple[list[MemberRow], list[Any]]:
        """The members of the cluster's statement that quotation ``item`` (None: the one
        the Quotes list shows, ``_listed_statement``) is a version of, and [how many
        versions the others are, their speakers' names…] ([] when it is the whole
        cluster): a short quotation ("We are very happy", a part of another statement with
        one edit) joins others only where their speakers allow (``_split``, issue 15,
        R15-3); the speakers are the coders' and, for the passages not annotated, the
        attribution's (put in ``found`` as ``_suggested_speakers`` gives them, the items
        asked for in ``asked``). Decided where the trail is read, from the stored links:
        the clusters, the keys and the catch-up are as before."""

        def speakers(unannotated: list[MemberRow]) -> dict[int, str]:
            found.update(self._suggested_speakers(unannotated, written, unworked))
            asked.update(r.id for r in unannotated)
            return found

        statement = self._split(self._store(), {0: rows}, speakers).get(0)
        if statement is None or len(set(statement.values())) == 1:
            return rows, []
        if item is None or item not in statement:
            item = _listed_statement(rows, statement)[0].id
        coded = {r.id: r.speaker for r in rows if r.annotation_id is not None and r.speaker}
        mine = [r for r in rows if statement[r.id] == statement[item]]
        others = [group for group in version_groups(rows)
                  if statement[group[0].id] != statement[item]]
        said = dict.fromkeys(coded.get(r.id) or found.get(r.id) or "" for g in others
                             for r in g)
        return mine, [len(others), *(name for name in said if name)]

    def _split(self, store: TrailStore, members: Mapping[int, list[MemberRow]],
               speakers_of: Callable[[list[MemberRow]], Mapping[int, str]],
               cache: dict[int, list[str]] | None = None) -> dict[int, dict[int, int]]:
        """Cluster → each member's statement (its smallest item id), for the clusters of
        ``members`` (cluster → its rows) that a short quotation splits by speaker
        (``cluster.by_speaker``, R15-3: a link whose shorter side has ``SHORT_MEMBER`` keys
        or fewer and is a part of the longer); the others are one statement (absent).
        ``speakers_of``: the attribution's speakers of the passages no coder annotated
        (item → name), asked once for those of every cluster it may split, and only where
        they count (``cluster.unnamed_asked``: in a statement of three groups or more, a
        group no coder named; a catch-up works each out, an analysis of its article).
        Two versions no coder named are one statement (the attribution's guesses alone
        split nothing), unless one is a part of ``match.PART_EDITED`` keys or fewer of the
        other with an edit (``match.edited_part``): those the guesses split. ``cache``:
        each row's keys by ``id(row)`` (``versions.keys_of``), shared with the caller."""
        from ..trail import cluster as clustering

        cache = {} if cache is None else cache  # (``versions.keys_of``: shared with the caller)
        word_keys = {r.id: keys_of(r, cache) for rows in members.values() for r in rows}
        words = {item: len(its) for item, its in word_keys.items()}
        maybe = {c: rows for c, rows in members.items()
                 if (len(rows) > 2 or any(r.speaker for r in rows)
                     or min(words[r.id] for r in rows) <= PART_EDITED)
                 and min(words[r.id] for r in rows) <= clustering.SHORT_MEMBER}
        if not maybe:
            return {}
        cluster_of = {r.id: c for c, rows in maybe.items() for r in rows}
        links: dict[int, list[tuple[int, int]]] = {}
        for a, b in store.links_among(sorted(cluster_of)):
            if cluster_of.get(a) is not None and cluster_of.get(a) == cluster_of.get(b):
                links.setdefault(cluster_of[a], []).append((a, b))
        # (a short part with an edit: judged by the speakers even in a pair, ``by_speaker``)
        edited = {c: [(a, b) for a, b in its if min(words[a], words[b]) <= PART_EDITED
                      and edited_part(word_keys[a], word_keys[b])] for c, its in links.items()}
        short = {c: its for c, its in links.items()
                 if any(min(words[a], words[b]) <= clustering.SHORT_MEMBER for a, b in its)
                 and (edited[c] or len(maybe[c]) > 2 or any(r.speaker for r in maybe[c]))}
        if not short:
            return {}
        joined = {c: [(group[0].id, r.id) for group in version_groups(maybe[c], cache)
                      for r in group[1:]] for c in short}
        coded = {c: {r.id: r.speaker for r in maybe[c]
                     if r.annotation_id is not None and r.speaker} for c in short}
        asked = {c: clustering.unnamed_asked([r.id for r in maybe[c]], its, words, coded[c],
                                             joined=joined[c], edited=edited[c])
                 for c, its in short.items()}
        found = speakers_of([r for c in sorted(short) for r in maybe[c]
                             if r.annotation_id is None and r.id in asked[c]])
        aliases = self._speakers.aliases()
        out = {}
        for c, its in short.items():
            rows = maybe[c]
            out[c] = clustering.by_speaker(
                [r.id for r in rows], its, words,
                {**{r.id: found[r.id] for r in rows if r.id in found and r.id in asked[c]},
                 **coded[c]}, coded[c], aliases, joined=joined[c], edited=edited[c])
        return out

    def _found_now(self, store: TrailStore, rows: list[MemberRow]) -> dict[int, str]:
        """The attribution's speakers of these passages, worked out where none is kept and
        kept in the caller's transaction (a catch-up's, a build's): the speakers a
        summary's statement is judged by (``_split``), as the trail judges it."""
        if not rows:
            return {}
        found = found_speakers(store, rows, self._speakers.aliases(),
                               store.keep_found_speakers if store.may_update() else None)
        return {item: speaker for item, (speaker, _) in found.items()}

    def _through_parts(self, rows: list[MemberRow], reference: MemberRow,
                       versions: list[TrailVersion]) -> list[str]:
        """A flag naming the versions in the trail only through a shorter quotation they
        share with the reference's statement (``cluster.statements``, R12-15): a partial
        quote or a stock phrase two statements both hold joins them in one cluster, and a
        version of the other statement would read as a rewording of this one. (Excerpts
        of one long speech that overlap are flagged too: they may be one statement.)"""
        if len(versions) < 3:  # (two versions are linked to each other directly)
            return []
        from ..trail import cluster as clustering

        ids = [r.id for r in rows]
        statement = clustering.statements(
            ids, self._store().links_among(ids), {r.id: len(keys(r.exact)) for r in rows})
        apart = [f"{n} ({v.source})" if v.source else str(n)
                 for n, v in enumerate(versions, 1)
                 if statement.get(v.item_id) != statement.get(reference.id)]
        if not apart:
            return []
        return [Message("trail.through-a-part", "versions {versions} are in this trail only"
                        " through a shorter quotation they share with the others: they may"
                        " quote a different statement, not reword this one",
                        versions=", ".join(apart))]

    def _listed_name(self, cluster: int, rows: list[MemberRow]) -> str:
        """The speaker the Quotes list names the cluster by: the person its coders name
        most, else the attribution's guess (stored, else worked out as
        ``_guess_speakers`` does, not stored: a read); '' for none or not listed."""
        store = self._store()
        if not self._kept_only and store.may_update() and not self._held_back:
            self._settle_statements(store, [cluster])  # (as the list will show it)
        summary = store.summaries_of([cluster]).get(cluster)
        if summary is None:  # (one version, or as a blind coder sees it: not listed)
            return ""
        _, name, suggested = summary
        if suggested is None and not name:
            name = self._guess_speakers(store, {cluster: rows}, save=False).get(cluster, "")
        return name

    @staticmethod
    def _speaker_notes(people: list[list[str]]) -> tuple[list[str], list[str]]:
        """Different people named for one statement are a disagreement (a flag); one
        person's name written differently ("Sergey"/"Sergei Lavrov", "Jokowi"/"Joko Widodo",
        an alias) is a note, not a warning. ``people``: as ``_people`` orders them (the
        first name of the first is the one the Quotes list names the cluster by)."""
        flags: list[str] = []
        if len(people) > 1:
            flags.append(Message("trail.different-speakers",
                                 "outlets name different speakers: {names}",
                                 names=", ".join(" / ".join(p) for p in people)))
        notes: list[str] = [Message("trail.speaker-written-differently",
                                    "outlets write one speaker's name differently: {names}",
                                    names=", ".join(person))
                            for person in people if len(person) > 1]
        return flags, notes

    def _written_speakers(self, annotation_ids: list[int]) -> dict[int, str]:
        """Annotation id -> its speaker's name as its article writes it, for those whose
        article writes the library speaker's name otherwise (``speaker_written``)."""
        if not annotation_ids:
            return {}
        return {n.id: n.speaker_written
                for n in self._annotations.where(ids=annotation_ids, everyone=True)
                if n.speaker_written}

    def _suggested_speakers(self, rows: list[MemberRow], written: dict[int, str] | None = None,
                            unworked: set[int] | None = None) -> dict[int, str]:
        """The speaker the attribution finds for each quoted span: as kept when last worked
        out, if nothing it depends on changed since, else worked out now (each article's
        text analysed once) and kept where this login may write the trail
        (``trail_speakers``: opening a trail analysed every such version's article each
        time). ``written`` gets the name as the article writes it of the speakers it
        spells otherwise than the library (``quotes.written_name``). With ``unworked``
        nothing is worked out: the items that would be are added to it."""
        if not rows:
            return {}
        store = self._store()
        found = found_speakers(store, rows, self._speakers.aliases(),
                               self._keep_found if store.may_update() else None, unworked)
        if written is not None:
            written.update((item, spelled) for item, (_, spelled) in found.items() if spelled)
        return {item: speaker for item, (speaker, _) in found.items()}

    def _keep_found(self, rows: list[tuple[int, str, str, str]]) -> None:
        """Keep the speakers worked out for a read (its own short transaction; a read
        that cannot write now, the library busy or read-only, works them out again next
        time: a cache, never worth waiting for another program's write lock, R13-7)."""
        with contextlib.suppress(StoreError), self._session.stores.impatient(), self._tx():
            self._store().keep_found_speakers(rows)

    def keeps_speakers(self) -> bool:
        """Whether this login keeps the speakers it works out for a trail (``find_speakers``
        has anything to do for it): not a team library's reader."""
        return self._store().may_update()

    def find_speakers(self, should_cancel: ShouldCancel | None = None) -> int:
        """Work out and keep the speakers of the versions no coder annotated, in every trail
        of two or more versions, that have none kept: what the first open of their trail
        would work out otherwise (R12-1: each version's whole article analysed, ~5 ms an
        ordinary one, 60 ms for a trail of 12 outlets' quotations). Work for idle time,
        after a catch-up (the app's Quotes view runs it in a thread; a catch-up itself
        never does: it would cost an import ~40 % more, bench/README.md, Session 12
        (open12)): each step reads outside any transaction and keeps what it found in one
        short transaction of its own, which never waits for another program's write lock:
        the first one that cannot be written now (busy, read-only, a full disk) ends the
        work with ``CannotWriteNow`` (R13-13: a step waited out the busy timeout, and the
        window closing waited for it). Nothing on a login that may not write the trail (a
        team library's reader, whose opens work them out each time). Returns how many
        versions it worked out; ``should_cancel`` is asked between steps."""
        store = self._store()
        if not store.may_update():
            return 0
        aliases = self._speakers.aliases()
        with self._session.stores.impatient():
            done, after = 0, 0
            tried: set[int] = set()
            while True:
                _stop_if(should_cancel)
                items = store.unfound_items(FIND_PART, after)
                fresh = [item for item in items if item.id not in tried]
                if not fresh:
                    if len(items) < FIND_PART:
                        break
                    after = items[-1].article_id  # (not kept: its article gone meanwhile)
                    continue
                tried.update(item.id for item in fresh)
                found_speakers(store, fresh, aliases, self._keep_or_stop)
                done += len(fresh)
            return done + self._refind_stale(store, aliases, should_cancel)

    def _keep_or_stop(self, rows: list[tuple[int, str, str, str]]) -> None:
        """Keep the speakers an idle-time step worked out, or raise ``CannotWriteNow``
        (nothing is worth analysing while nothing can be kept)."""
        with self._tx():
            self._store().keep_found_speakers(rows)

    def _refind_stale(self, store: TrailStore, aliases: dict[str, str],
                      should_cancel: ShouldCancel | None) -> int:
        """Once the rules or the aliases changed since ``find_speakers`` last checked the
        kept speakers (a new Kutip: every kept finding then is stale, and every first open
        would work its trail out again; an alias added: those of the articles sharing a
        word with it, ``trail_speakers.article_aliases``), the kept ones worked out again
        where their digest no longer holds (the others only read and hashed), a step at a
        time; then noted as checked."""
        rules = trail_speakers.rules_digest(aliases)
        if store.state(FOUND) == rules:
            return 0
        after = 0
        counted: list[int] = []

        def keep(rows: list[tuple[int, str, str, str]]) -> None:
            self._keep_or_stop(rows)
            counted.append(len(rows))

        while items := store.kept_items(FIND_PART, after):
            _stop_if(should_cancel)
            after = items[-1].id
            found_speakers(store, items, aliases, keep)
        with self._tx():
            store.set_state(FOUND, rules)
        return sum(counted)

    def clusters(self, wanted: ClusterFilter | None = None) -> list[ClusterSummary]:
        """Clusters of two or more versions, filtered and sorted for the Quotes list; a
        page of them with ``wanted.limit`` and ``wanted.offset`` (read from an index: the
        cost of a page does not grow with the library)."""
        listing = self._listing(wanted or ClusterFilter())
        if listing is None:
            return []
        store, wanted, filters, hidden = listing
        order: dict[str, Any] = {"sort": wanted.sort, "descending": wanted.descending}
        if not hidden:
            rows = store.list_clusters(**filters, **order, limit=wanted.limit,
                                       offset=wanted.offset)
        else:  # the store's page without the hidden clusters, theirs as this coder sees them
            end = None if wanted.limit is None else wanted.offset + wanted.limit
            key = cluster_sort_key(wanted.sort, wanted.descending)
            seen = sorted(self._as_seen(store, hidden, wanted, filters), key=key)
            visible = store.list_clusters(**filters, **order, limit=end, offset=0,
                                          excluding=sorted(hidden))
            rows = list(heapq.merge(visible, seen, key=key))[wanted.offset:end]
        pending: set[int] = set()
        if self._kept_only:  # (as kept: those not worked out yet marked, R14-7)
            nameless = [row[0] for row in rows if not row[4]]
            pending = {cluster for cluster, (_, _, suggested) in store.summaries_of(
                nameless).items() if suggested is None} if nameless else set()
        else:
            rows = self._with_guesses(store, rows)
        inferred = self._first_dates_inferred(store, {row[0]: row[3] for row in rows})
        return [ClusterSummary(row[0], row[1], row[2], row[3], row[4], row[5], row[6],
                               speaker_suggested=bool(row[7]),
                               first_date_inferred=row[0] in inferred,
                               speaker_pending=row[0] in pending) for row in rows]

    def _first_dates_inferred(self, store: TrailStore, first_dates: Mapping[int, str]
                              ) -> set[int]:
        """The clusters (of ``first_dates``: cluster → its summary's first date) whose
        first date's year no article gives: every version of that day has its year
        completed, from the other versions' dates (a day and month only) or from its story
        when imported (``published_inferred``). Worked out for a listing's page, in one
        read of its members, rather than kept with the summaries (no migration, no
        rebuild); as the trail itself shows those versions' dates "[inferred]"."""
        wanted = [cluster for cluster, first in first_dates.items()
                  if first and not first.startswith("--")]
        if not wanted:
            return set()
        by_cluster: dict[int, list[MemberRow]] = {}
        for row in self._seen(store.member_rows_of(wanted)):
            by_cluster.setdefault(row.cluster, []).append(row)
        out = set()
        for cluster, rows in by_cluster.items():
            resolved = dates.resolve([r.published for r in rows])
            that_day = [r for r, (day, known) in zip(rows, resolved, strict=True)
                        if day is not None and known
                        and dates.label(day, known) == first_dates[cluster]]
            if that_day and all(r.published_inferred or dates.without_year(r.published)
                                for r in that_day):
                out.add(cluster)
        return out

    def cluster_count(self, wanted: ClusterFilter | None = None) -> int:
        """How many clusters ``clusters`` lists without a limit (the Quotes list's size)."""
        listing = self._listing(wanted or ClusterFilter())
        if listing is None:
            return 0
        store, wanted, filters, hidden = listing
        count = store.count_clusters(**filters, excluding=sorted(hidden))
        return count + (len(self._as_seen(store, hidden, wanted, filters)) if hidden else 0)

    def _listing(self, wanted: ClusterFilter
                 ) -> tuple[TrailStore, ClusterFilter, dict[str, Any], set[int]] | None:
        """The trail brought up to date, the store's filter arguments for ``wanted`` and
        the clusters hidden from this coder."""
        if wanted.sort not in SORTS:
            raise LibraryError(Message("trail.unknown-sort", "Unknown sort “{sort}”: use"
                                       " one of {sorts}.", sort=wanted.sort,
                                       sorts=", ".join(SORTS)))
        if not self._kept_only:  # (else as kept: a thread brings it up to date, R14-7)
            self.refresh()
        store = self._store()
        if not self._kept_only and store.may_update() and not self._held_back:
            self._follow_speakers(store)
            self._settle_statements(store)  # (what a catch-up left: the list's counts)
        if ((wanted.speaker.strip() or wanted.sort == "speaker") and store.may_update()
                and not self._kept_only):
            # (what a catch-up left: the list is filtered or sorted by it)
            try:
                self._guess_all(store)
            except CannotWriteNow as error:  # (RR19-5: "nothing was changed", of a read)
                raise CannotWriteNow(Message(
                    "trail.speakers-unguessed-unwritable", "The speakers of {count}"
                    " statements are not worked out yet, and Kutip keeps them in the library,"
                    " which cannot be written now: list the statements without --speaker or"
                    " --sort speaker, or copy the library to a folder you can write to.",
                    count=len(store.unguessed_clusters()))) from error
        speaker_ids: list[int] | None = None
        collection_id: int | None = None
        speaker_name = ""
        if wanted.speaker.strip():  # named by a coder, or guessed (maybe no speaker yet)
            speaker_name = wanted.speaker.strip()
            meant = self._speaker_meant(speaker_name)
            if meant:  # (one person, maybe written differently: "Sergey" and "S. Lavrov")
                speaker_ids = [self._speakers.id_of(name) for name in meant]
                speaker_name = meant[0]
        if wanted.collection.strip():
            collection_id = store.collection_id(wanted.collection.strip())
            if collection_id is None:
                raise NotFound(Message("trail.no-collection", "There is no collection"
                                       " “{name}”.", name=wanted.collection.strip()))
        filters = {"min_outlets": wanted.min_outlets, "min_size": max(wanted.min_size, 2),
                   "speaker_ids": speaker_ids, "collection_id": collection_id,
                   "tag": wanted.tag.strip().strip("/"), "speaker_name": speaker_name}
        return store, wanted, filters, self._hidden_clusters(store)

    def _speaker_meant(self, name: str) -> list[str]:
        """The known speakers ``name`` means: a name or alias, else the one speaker whose
        name ends with these words ("Lavrov" → "Sergey Lavrov", as guessed speakers match),
        else the one spelled alike ("Sergei Lavrov" → "Sergey Lavrov", ``speakernames``);
        several when they are one person written differently, as the trail groups them
        ("Lavrov" → "Sergey Lavrov", "S. Lavrov": ``speakernames.persons``), the fullest
        first; [] when none is (guessed speakers may still match). Several people → a
        one-line error ("Widodo": Joko or Iriana Widodo)."""
        aliases = self._speakers.aliases()
        key = " ".join(name.lower().split())
        if key in aliases:
            return [aliases[key]]
        ending = {full for full in aliases.values() if full.lower().endswith(" " + key)}
        if not ending and " " in key:
            from ..speakernames import same_person

            ending = {full for full in set(aliases.values())
                      if same_person(name, full) == "spelling"}
        if len(ending) > 1:
            from ..speakernames import fullness, persons

            people = persons(sorted(ending), aliases)
            if len(people) == 1:
                return sorted(people[0], key=fullness)
            raise LibraryError(Message(
                "trail.speaker-ambiguous", "“{name}” could be {names}: give the full name.",
                name=name, names=", ".join(sorted(ending))))
        return sorted(ending)

    # ------------------------------------------------------------------ coding blind
    def _hidden_clusters(self, store: TrailStore) -> set[int]:
        """The clusters holding a quote the current coder may not see (issue 14)."""
        hidden = self._annotations.hidden_ids()
        if not hidden:
            return set()
        return {item.cluster for item in store.items_for_annotations(sorted(hidden)).values()}

    def _as_seen(self, store: TrailStore, hidden: set[int], wanted: ClusterFilter,
                 filters: dict[str, Any]) -> list[tuple[Any, ...]]:
        """The rows of the ``hidden`` clusters that pass the filter as the current coder
        may see them: summarised again without the other coders' quotes on blind articles,
        dropped when they no longer pass it."""
        tag, collection_id = filters["tag"], filters["collection_id"]
        speaker_ids = set(filters["speaker_ids"] or ())  # (one person, maybe several names)
        in_collection = (set(self._articles.ids(ArticleFilter(collection_id=collection_id)))
                         if collection_id is not None else set())
        seen, aliases = [], self._speakers.aliases()
        for row in self._with_guesses(store, store.list_clusters(
                **filters, sort="outlets", descending=True, limit=None, offset=0,
                only=sorted(hidden))):
            members = self._seen(store.member_rows(row[0]))
            split = self._split(store, {row[0]: members}, lambda unannotated: (
                self._suggested_speakers(unannotated, None,
                                         set() if self._kept_only else None)))
            if split:  # (the statement its row opens, R16-18)
                members = _listed_statement(members, split[row[0]])
            if len(members) < filters["min_size"]:
                continue
            made = self._summary(members, aliases, one_version=True)  # (as before: shown)
            assert made is not None
            size, outlets, first, top_speaker, fullest, _ = made
            if outlets < wanted.min_outlets:
                continue
            if collection_id is not None and not any(
                    m.article_id in in_collection for m in members):
                continue
            notes = self._annotations.where(
                ids=[m.annotation_id for m in members if m.annotation_id is not None])
            name = filters["speaker_name"].lower()
            guessed = bool(row[7]) and (row[4].lower() == name
                                        or row[4].lower().endswith(" " + name))
            if speaker_ids and not guessed and not any(n.speaker_id in speaker_ids
                                                       for n in notes):
                continue
            if tag and not any(t.casefold() == tag.casefold()
                               or t.casefold().startswith(tag.casefold() + "/")
                               for n in notes for t in n.tags):
                continue
            text = next(m.exact for m in members if m.id == fullest)
            if not top_speaker and row[7]:  # the guess, if it is this coder's to see
                top_speaker = row[4]
            seen.append((row[0], size, outlets, first, top_speaker, text, fullest,
                         top_speaker == row[4] and bool(row[7])))
        return seen

    def other_statements(self, clusters: Sequence[ClusterSummary]
                         ) -> dict[int, list[OtherStatement]]:
        """Of each listed cluster that a short quotation splits by speaker into several
        statements quoted twice or more (``_split``): the statements its row does not show
        (the row shows and opens one, R16-18), most versions first, each with the counts
        its own trail shows and what ``kutip trail`` takes to open it. Worked out for the
        rows asked about (a page: their members read once, as ``members_of`` reads them);
        the others are absent. A statement no coder names a speaker of is named by the
        attribution's for its reference version (``speaker_suggested``), as the list's
        rows are (within ``kept_speakers_only``: as kept, else ``speaker_pending``)."""
        store = self._store()
        by_cluster: dict[int, list[MemberRow]] = {}
        for row in self._seen(store.member_rows_of([c.cluster for c in clusters])):
            by_cluster.setdefault(row.cluster, []).append(row)
        # (another statement quoted twice needs two quotations besides the row's versions:
        # the Quotes list asks for each page it reads, on the window's thread)
        versions = {c.cluster: c.size for c in clusters}
        by_cluster = {c: rows for c, rows in by_cluster.items()
                      if len(rows) >= versions[c] + 2}
        unworked: set[int] | None = set() if self._kept_only else None
        word_keys: dict[int, list[str]] = {}  # (each member's keys, made once: ``keys_of``)
        split = self._split(store, by_cluster, lambda unannotated: self._suggested_speakers(
            unannotated, None, unworked), word_keys)
        if not split:
            return {}
        aliases = self._speakers.aliases()
        out: dict[int, list[OtherStatement]] = {}
        nameless: list[MemberRow] = []  # (their reference versions, not annotated)
        for cluster, statement in split.items():
            rows = by_cluster[cluster]
            listed = {r.id for r in _listed_statement(rows, statement, word_keys)}
            apart: dict[int, list[MemberRow]] = {}
            for r in rows:
                if r.id not in listed:
                    apart.setdefault(statement[r.id], []).append(r)
            found = []
            for its in apart.values():
                made = self._summary(its, aliases, word_keys=word_keys)
                if made is None:  # (one version: quoted once, not listed)
                    continue
                size, outlets, first, speaker, fullest, _ = made
                item = next(r for r in its if r.id == fullest)
                if not speaker and item.annotation_id is None:
                    nameless.append(item)
                found.append(OtherStatement(
                    str(item.annotation_id) if item.annotation_id is not None
                    else f"{item.article_id}:{item.start}", size, outlets, first, speaker,
                    item.exact, item.id))
            if found:
                out[cluster] = sorted(found, key=lambda o: (-o.size, -o.outlets, o.reference))
        if nameless:
            pending: set[int] | None = set() if self._kept_only else None
            guessed = self._suggested_speakers(nameless, None, pending)
            for other in (o for its in out.values() for o in its):
                if other.item_id in guessed:
                    other.speaker, other.speaker_suggested = guessed[other.item_id], True
                other.speaker_pending = not other.speaker and other.item_id in (pending or ())
        return out

    def members(self, cluster: int) -> list[ClusterMember]:
        """A cluster's members, by item id (for listings; ``trail_of_cluster`` orders them)."""
        return self.members_of([cluster])[cluster]

    def members_of(self, clusters: Sequence[int]) -> dict[int, list[ClusterMember]]:
        """``members`` of many clusters (a listing's page): read at once, and the speakers
        of the passages not yet annotated guessed article by article, once per article
        however many of the clusters it quotes. Of a cluster a short quotation splits by
        speaker, the members of the statement its row shows (``_listed_statement``)."""
        store = self._store()
        by_cluster: dict[int, list[MemberRow]] = {}
        for row in self._seen(store.member_rows_of(clusters)):
            by_cluster.setdefault(row.cluster, []).append(row)
        unworked: set[int] | None = set() if self._kept_only else None
        split = self._split(store, by_cluster, lambda unannotated: self._suggested_speakers(
            unannotated, None, unworked))
        rows = [r for cluster, its in by_cluster.items()  # (the statement the list shows)
                for r in (_listed_statement(its, split[cluster]) if cluster in split else its)]
        guessed = self._suggested_speakers([r for r in rows if r.annotation_id is None])
        out: dict[int, list[ClusterMember]] = {cluster: [] for cluster in clusters}
        for r in rows:  # (by cluster and item id)
            out[r.cluster].append(ClusterMember(
                r.id, r.annotation_id, r.article_id, r.source, r.published,
                r.speaker or guessed.get(r.id, ""), r.exact,
                speaker_suggested=not r.speaker and r.id in guessed,
                year=(parsed[0] if (parsed := dates.parse(r.published)) else None),
                published_inferred=r.published_inferred))
        return out


def _newer_keys(stored: str | None) -> bool:
    """Whether a trail's keys are a later version than this Kutip's (``KEYS_VERSION``)."""
    return bool(stored and stored.isdigit() and int(stored) > int(KEYS_VERSION))
