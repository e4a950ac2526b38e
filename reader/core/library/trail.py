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
import heapq
import time
from array import array
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ..messages import Message
from ..quotes import attribute_speaker
from ..store.interfaces import TrailStore
from ..store.trail import POSTING_CAP, MemberRow, StoredItem, cluster_sort_key
from ..trail import dates
from ..trail.diff import difference
from ..trail.match import MIN_WORDS, compare
from ..trail.model import ClusterMember, ClusterSummary, Trail, TrailVersion, outlet_key
from ..trail.spans import quoted_spans
from ..trail.text import KEYS_VERSION, keys, shingles
from .annotations import Annotations
from .articles import ArticleFilter, Articles
from .base import LibraryError, NotFound, Service, Session, write
from .speakers import Speakers

REBUILD_THRESHOLD = 20_000  # changes above which (and above a quarter of the quotations
# already in the trail) a full rebuild is quicker than taking them one by one
SORTS = ("outlets", "size", "date", "speaker")
REFRESH_PART = 500  # changes taken in per transaction (SQLite: others write in between)
BUILDING = "building"  # trail_state key: when a build started ('' or absent: none)
BUILD_STALE = dt.timedelta(minutes=30)  # a build claimed longer ago died with its program

Progress = Callable[[str, int, int], None]  # (stage, done, total)


@dataclass
class RefreshReport:
    processed: int = 0  # queued changes worked off
    rebuilt: bool = False
    items: int = 0  # quotations in the index afterwards (rebuild only)
    clusters: int = 0  # clusters of two or more afterwards (rebuild only)
    seconds: float = 0.0


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

    def _store(self) -> TrailStore:
        return self._session.stores.trail

    # ================================================================== upkeep
    def pending(self) -> int:
        """How many changes wait to be taken into the trail (by this login: none for a
        team library's reader, whose Kutip reads the trail as the team last left it)."""
        store = self._store()
        return store.pending_count() if store.may_update() else 0

    def built(self) -> bool:
        """Whether the trail is built, with the keys this Kutip compares words by (one
        built by a Kutip with other keys is built again; a team library's reader reads it
        as it is)."""
        store = self._store()
        return store.state("built") is not None and (
            store.state("keys") == KEYS_VERSION or not store.may_update())

    @write
    def refresh(self, progress: Progress | None = None) -> RefreshReport:
        """Bring the trail up to date with the library (build it the first time)."""
        store = self._store()
        if not store.may_update():  # a team library's reader: as the team last left it
            if not self.built():
                raise LibraryError(Message(
                    "trail.not-built-reader", "This team library's quote trail is not built"
                    " yet: it is built when a coder or editor first opens the Quotes view or"
                    " runs kutip quotes; your login may only read it."))
            return RefreshReport()
        built = self.built()
        if not built or store.pending_count() > max(REBUILD_THRESHOLD,
                                                    store.item_count() // 4):
            if built and self._building_elsewhere(store):
                return RefreshReport()  # that build takes the backlog in: show the trail so far
            return self.rebuild(progress, first=not built)
        return self._catch_up(store)

    def _catch_up(self, store: TrailStore) -> RefreshReport:
        """Take the queued changes and the new rows in, one by one."""
        started = time.perf_counter()
        if not store.pending_count():
            return RefreshReport()
        if not store.builds_aside:  # writers do not wait for each other: one transaction
            with self._tx():
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
                part = work[first:first + REFRESH_PART]
                with self._tx():  # a part is taken in again if a later one fails: no harm
                    self._process(store, part)
                    store.forget_pending(seq for seq, _, _ in part if seq)
            with self._tx():
                store.advance_marks(upto)
        self._changed("trail")
        return RefreshReport(processed=len(work), seconds=time.perf_counter() - started)

    # ------------------------------------------------------------------ incremental
    def _process(self, store: TrailStore, pending: Sequence[tuple[int, str, int]]) -> None:
        annotation_ids = list(dict.fromkeys(ref for _, kind, ref in pending
                                            if kind == "annotation"))
        article_ids = dict.fromkeys(ref for _, kind, ref in pending if kind == "article")
        wanted = store.quote_annotations(annotation_ids)
        have = store.items_for_annotations(annotation_ids)
        stale: set[int] = set()  # cluster labels whose summary must be rewritten
        split: set[int] = set()  # clusters that lost a member
        added: list[tuple[int, list[str]]] = []
        for annotation_id in annotation_ids:
            want, item = wanted.get(annotation_id), have.get(annotation_id)
            if want is not None:
                article_ids.setdefault(want[0])
            if item is not None:
                article_ids.setdefault(item.article_id)
            if item is not None and want is not None and (item.article_id, item.exact) == (
                    want[0], want[1]):
                if (item.start, item.end) != (want[2], want[3]):
                    store.move_item(item.id, want[2], want[3])
                stale.add(item.cluster)  # e.g. its speaker changed
                continue
            if item is not None:
                self._remove(store, item, split)
            if want is not None:
                self._add(store, annotation_id, want[0], want[2], want[3], want[1], added)
        for article_id in article_ids:
            self._rescan(store, article_id, split, stale, added)
        for cluster in split:
            stale |= self._resplit(store, cluster)
        stale |= self._link(store, added)
        self._summarise(store, stale)

    def _add(self, store: TrailStore, annotation_id: int | None, article_id: int, start: int,
             end: int, exact: str, added: list[tuple[int, list[str]]]) -> None:
        word_keys = keys(exact)
        if len(word_keys) < MIN_WORDS:
            return
        item_id = store.add_item(annotation_id, article_id, start, end, exact)
        added.append((item_id, word_keys))  # indexed all together in _link

    def _remove(self, store: TrailStore, item: StoredItem, split: set[int]) -> None:
        store.remove_item(item.id, shingles(keys(item.exact)))
        split.add(item.cluster)

    def _rescan(self, store: TrailStore, article_id: int, split: set[int], stale: set[int],
                added: list[tuple[int, list[str]]]) -> None:
        """The article's quoted spans again: its text, its quotes or its dismissals changed."""
        text = store.article_text(article_id)
        items = store.items_of_article(article_id)
        stale.update(i.cluster for i in items)  # its outlet or date may have changed
        if text is None:  # the article is gone (its annotations went with it)
            for item in items:
                self._remove(store, item, split)
            return
        spans = [span[:3] for span in quoted_spans(
            text, store.quote_spans_taken(article_id),
            {e for _, e in store.dismissed_quotes(article_id)})]
        current = {(i.start, i.end, i.exact): i for i in items if i.annotation_id is None}
        for key, item in current.items():
            if key not in set(spans):
                self._remove(store, item, split)
        for start, end, exact in spans:
            if (start, end, exact) not in current:
                self._add(store, None, article_id, start, end, exact, added)

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

    def _candidates(self, store: TrailStore, word_keys: list[str], own: int,
                    cache: dict[int, array[int]] | None = None,
                    its_shingles: list[int] | None = None) -> dict[int, int]:
        """Items sharing a shingle with these keys → how many they share."""
        shared: Counter[int] = Counter()
        if its_shingles is None:
            its_shingles = shingles(word_keys)
        for posting in store.postings(its_shingles, POSTING_CAP, cache).values():
            shared.update(posting)
        shared.pop(own, None)
        return shared

    def _link(self, store: TrailStore, added: list[tuple[int, list[str]]]) -> set[int]:
        """Link new items to the same statements; merge their clusters. Returns labels."""
        if not added:
            return set()
        # index every new item at once (each bucket read and written once), then look the
        # candidates up in the buckets just written
        shingled = [shingles(word_keys) for _, word_keys in added]
        buckets = store.add_postings_many(
            (shingle, item_id) for (item_id, _), its in zip(added, shingled, strict=True)
            for shingle in its)
        from ..trail import cluster as clustering

        ds = clustering.DisjointSet()
        links = []
        texts_cache: dict[int, list[str]] = dict(added)  # the new items' keys: no reading
        new = set(texts_cache)
        for (item_id, word_keys), its in zip(added, shingled, strict=True):
            ds.find(item_id)
            candidates = self._candidates(store, word_keys, item_id, buckets, its)
            missing = [c for c in candidates if c not in texts_cache]
            for other, text in store.items_texts(missing).items():
                texts_cache[other] = keys(text)
            for other, shared in candidates.items():
                if other < item_id and other in new:
                    continue  # two new items: compared once, from the smaller
                other_keys = texts_cache.get(other)
                if other_keys is None:
                    continue
                if shared < 2 and min(len(word_keys), len(other_keys)) >= 12:
                    continue
                if compare(word_keys, other_keys) is not None:
                    links.append((item_id, other))
        store.add_links(links)
        clusters_of: dict[int, int] = {}
        for a, b in links:
            for x in (a, b):
                if x not in clusters_of:
                    clusters_of[x] = self._cluster_of_item(store, x)
            ds.union(clusters_of[a], clusters_of[b])
        labels = {clusters_of.get(item_id, item_id) for item_id, _ in added}
        for root, group in ds.groups().items():
            labels |= set(group)
            others = [g for g in group if g != root]
            if others:
                store.relabel_clusters(others, root)
            labels.add(root)
        return labels

    def _summarise(self, store: TrailStore, labels: set[int]) -> None:
        for label in labels:
            store.drop_summary(label)
            rows = store.member_rows(label)
            if len(rows) > 1:
                store.write_summary(label, *self._summary(rows))

    @staticmethod
    def _summary(rows: list[MemberRow]) -> tuple[int, int, str, str, int]:
        """(size, outlets, first date, speaker, fullest item) of a cluster's members."""
        resolved = [r for r in dates.resolve([r.published for r in rows]) if r[0]]
        speakers = Counter(r.speaker for r in rows if r.speaker)
        fullest = max(rows, key=lambda r: (len(keys(r.exact)), -r.id))
        return (len(rows), len({outlet_key(r.source, r.article_id) for r in rows}),
                dates.label(*min(resolved)) if resolved else "",
                speakers.most_common(1)[0][0] if speakers else "", fullest.id)

    # ------------------------------------------------------------------ from scratch
    @write
    def rebuild(self, progress: Progress | None = None, *, first: bool = False
                ) -> RefreshReport:
        """Build the whole trail from the library at once (first use, or on request).

        A store that builds aside (SQLite) writes the new trail beside the old one in
        short transactions and swaps it in at the end, so the library stays writable (by
        this program and others) for all but a moment; what changes meanwhile is taken in
        by the next ``refresh``. Only one build runs at a time on a library.

        ``first``: the trail's first use. A store that does not build aside (a team
        library) makes a member's Kutip that finds another building it wait for that
        build and then only catch up, rather than build it again."""
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
                self._claim_build(store)
                backlog = store.pending_count()
                store.begin_build()
                if not aside:
                    store.clear()
                    store.drop_item_indexes()  # made again once the items are in
            builder = Builder(store, self._summary, progress, tx=self._tx)
            try:
                builder.run()
                with self._tx():
                    store.finish_build()
                    store.set_state("built", time.strftime("%Y-%m-%dT%H:%M:%S"))
                    store.set_state("keys", KEYS_VERSION)
                    store.set_state(BUILDING, "")
            finally:
                with self._tx():
                    store.end_build()
                    store.set_state(BUILDING, "")
        self._changed("trail")
        return RefreshReport(processed=backlog, rebuilt=True, items=builder.count,
                             clusters=builder.cluster_count,
                             seconds=time.perf_counter() - started)

    @staticmethod
    def _building_elsewhere(store: TrailStore) -> dt.datetime | None:
        """When another build (not a stale claim) started, if one is under way."""
        claimed = store.state(BUILDING) or ""
        try:
            since = dt.datetime.fromisoformat(claimed) if claimed else None
        except ValueError:
            return None
        if since is None or dt.datetime.now(dt.UTC) - since >= BUILD_STALE:
            return None
        return since

    def _claim_build(self, store: TrailStore) -> None:
        """Note that a build is under way; refuse if another (not stale) is."""
        since = self._building_elsewhere(store)
        if since is not None:
            raise LibraryError(Message(
                "trail.building", "The quote trails are being built by another window or"
                " command (since {time}); try again when it is done.",
                time=since.astimezone().strftime("%H:%M")))
        store.set_state(BUILDING, dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))

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
            if shared < 2 and min(len(word_keys), len(other_keys)) >= 12:
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
        """The trail of a quote annotation."""
        return self.trail_of_cluster(self.cluster_of(annotation_id))

    def trail_of_cluster(self, cluster: int) -> Trail:
        store = self._store()
        rows = self._seen(store.member_rows(cluster))
        if not rows:
            raise NotFound(Message("trail.no-cluster", "There is no quote cluster"
                                   " {cluster}.", cluster=cluster))
        return self._trail(cluster, rows)

    def _seen(self, rows: list[MemberRow]) -> list[MemberRow]:
        """``rows`` without another coder's quotes on articles coded blind (issue 14)."""
        shown = self._annotations.visible_ids(
            [r.annotation_id for r in rows if r.annotation_id is not None])
        return [r for r in rows if r.annotation_id is None or r.annotation_id in shown]

    def _trail(self, cluster: int, rows: list[MemberRow]) -> Trail:
        resolved = dates.resolve([r.published for r in rows])
        suggested_speakers = self._suggested_speakers([r for r in rows if r.annotation_id is None])
        order = sorted(range(len(rows)), key=lambda i: (
            resolved[i][0] is None, resolved[i][0] or 0, rows[i].imported_at,
            rows[i].article_id, rows[i].start))
        fullest_row = max(rows, key=lambda r: (len(keys(r.exact)), -r.id))
        versions = []
        for i in order:
            row = rows[i]
            diff = difference(fullest_row.exact, row.exact)
            speaker = row.speaker or suggested_speakers.get(row.id, "")
            versions.append(TrailVersion(
                item_id=row.id, annotation_id=row.annotation_id, article_id=row.article_id,
                start=row.start, end=row.end, exact=row.exact, source=row.source,
                title=row.title, url=row.url, published=row.published,
                date=dates.label(*resolved[i]), speaker=speaker,
                segments=diff.segments, flags=diff.flags, cut_start=diff.cut_start,
                cut_end=diff.cut_end, fullest=row.id == fullest_row.id))
        if versions and versions[0].date:
            first = versions[0].date
            for v in versions:
                v.earliest = v.date == first
        counts = Counter(v.speaker for v in versions if v.speaker)
        speakers = [name for name, _ in counts.most_common()]
        flags: list[str] = []
        if len(speakers) > 1:
            flags.append(Message("trail.different-speakers",
                                 "outlets name different speakers: {names}",
                                 names=", ".join(speakers)))
        return Trail(cluster, versions, speakers, flags)

    def _suggested_speakers(self, rows: list[MemberRow]) -> dict[int, str]:
        """The speaker the attribution finds for each quoted span (worked out now): the
        spans taken article by article, so each article's text is read and analysed once
        (the quote engine remembers the analysis of the last text it was asked about)."""
        if not rows:
            return {}
        aliases = self._speakers.aliases()
        by_article: dict[int, list[MemberRow]] = {}
        for row in rows:
            by_article.setdefault(row.article_id, []).append(row)
        out = {}
        for article_id, spans in by_article.items():
            text = self._articles.text(article_id)
            for row in spans:
                found = attribute_speaker(text, row.start, row.end, aliases)
                if found:
                    out[row.id] = aliases.get(found[0].lower(), found[0])
        return out

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
        return [ClusterSummary(*row) for row in rows]

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
        the clusters hidden from this coder; None when the filter names no speaker."""
        if wanted.sort not in SORTS:
            raise LibraryError(Message("trail.unknown-sort", "Unknown sort “{sort}”: use"
                                       " one of {sorts}.", sort=wanted.sort,
                                       sorts=", ".join(SORTS)))
        self.refresh()
        speaker_id = collection_id = None
        if wanted.speaker.strip():
            try:
                speaker_id = self._speakers.id_of(wanted.speaker.strip())
            except NotFound:
                return None
        store = self._store()
        if wanted.collection.strip():
            collection_id = store.collection_id(wanted.collection.strip())
            if collection_id is None:
                raise NotFound(Message("trail.no-collection", "There is no collection"
                                       " “{name}”.", name=wanted.collection.strip()))
        filters = {"min_outlets": wanted.min_outlets, "min_size": max(wanted.min_size, 2),
                   "speaker_id": speaker_id, "collection_id": collection_id,
                   "tag": wanted.tag.strip().strip("/")}
        return store, wanted, filters, self._hidden_clusters(store)

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
        aliases = self._speakers.aliases() if wanted.speaker.strip() else {}
        speaker = aliases.get(wanted.speaker.strip().lower(), "")
        in_collection = (set(self._articles.ids(ArticleFilter(collection_id=collection_id)))
                         if collection_id is not None else set())
        seen = []
        for row in store.list_clusters(**filters, sort="outlets", descending=True, limit=None,
                                       offset=0, only=sorted(hidden)):
            members = self._seen(store.member_rows(row[0]))
            if len(members) < filters["min_size"]:
                continue
            size, outlets, first, top_speaker, fullest = self._summary(members)
            if outlets < wanted.min_outlets:
                continue
            if collection_id is not None and not any(
                    m.article_id in in_collection for m in members):
                continue
            notes = self._annotations.where(
                ids=[m.annotation_id for m in members if m.annotation_id is not None])
            if speaker and not any(n.speaker == speaker for n in notes):
                continue
            if tag and not any(t.casefold() == tag.casefold()
                               or t.casefold().startswith(tag.casefold() + "/")
                               for n in notes for t in n.tags):
                continue
            text = next(m.exact for m in members if m.id == fullest)
            seen.append((row[0], size, outlets, first, top_speaker, text, fullest))
        return seen

    def members(self, cluster: int) -> list[ClusterMember]:
        """A cluster's members, by item id (for listings; ``trail_of_cluster`` orders them)."""
        return self.members_of([cluster])[cluster]

    def members_of(self, clusters: Sequence[int]) -> dict[int, list[ClusterMember]]:
        """``members`` of many clusters (a listing's page): read at once, and the speakers
        of the passages not yet annotated guessed article by article, once per article
        however many of the clusters it quotes."""
        rows = self._seen(self._store().member_rows_of(clusters))
        guessed = self._suggested_speakers([r for r in rows if r.annotation_id is None])
        out: dict[int, list[ClusterMember]] = {cluster: [] for cluster in clusters}
        for r in rows:  # (by cluster and item id)
            out[r.cluster].append(ClusterMember(
                r.id, r.annotation_id, r.article_id, r.source, r.published,
                r.speaker or guessed.get(r.id, ""), r.exact,
                speaker_suggested=not r.speaker and r.id in guessed))
        return out
