"""Annotations: tag a span as a quote, claim or highlight; edit, delete, undo."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from ..gcpause import gc_paused
from ..messages import Message
from ..models import Annotation
from ..store.rows import AnnotationListing
from .articles import Articles, event_name, latest_events
from .base import LibraryError, NotFound, Service, Session, TextChanged, chunks, now, write
from .coders import Coders
from .rules import (
    SeenSpan,
    check_kind,
    check_verdict,
    check_verdict_kind,
    clean_tag_name,
    later_event,
    quote_inner,
    tag_names,
    text_hash,
    trim_span,
)
from .speakers import Speakers
from .tags import Tags

#: Tag put on a quote stored with a speaker the engine was unsure of (never stored
#: silently); a speaker the user then sets takes it off (``Annotations.update``).
UNSURE_SPEAKER_TAG = "check-speaker"

#: what a person edits of an annotation (``Annotations.unchanged_since`` compares them)
EDITED_FIELDS = ("kind", "start", "end", "speaker_id", "verdict", "note", "tags")
#: the same but where the words are
UNPLACED_FIELDS = tuple(name for name in EDITED_FIELDS if name not in ("start", "end"))


@dataclass(frozen=True)
class Pruned:
    """What ``Annotations.prune_unused`` did: what it removed (``changes``: the tags and
    speakers), and a line for each speaker it kept as someone changed them since."""

    changes: Changes
    kept: list[Message]


def _edited(annotation: Annotation, name: str) -> Any:
    value = getattr(annotation, name)
    return sorted(value) if name == "tags" else value

if TYPE_CHECKING:  # (the protocols: a reading process does not build them, issue 12)
    from ..changes import Changes
    from ..records import BriefAnnotation
    from ..store.interfaces import AnnotationStore
    from .search import SearchHit


def version_item(note: Annotation) -> dict[str, Any]:
    """A stored annotation in the form ``annotation_fingerprint`` reads."""
    return {"kind": note.kind, "exact": note.exact, "start": note.start, "end": note.end,
            "speaker": note.speaker, "verdict": note.verdict, "note": note.note,
            "tags": note.tags, "coder": note.coder}


def fingerprint(note: Annotation) -> str:
    """The identity of this version of ``note`` (what a merge compares, issue 14)."""
    from ..export.kutipfile import annotation_fingerprint

    return annotation_fingerprint(version_item(note))


def _annotation(row: dict[str, Any]) -> Annotation:
    """The ``Annotation`` of a store's row (tags sorted case-blind)."""
    row["tags"] = sorted(row["tags"], key=str.lower)
    return Annotation(**row)


def _annotations(listing: AnnotationListing) -> list[Annotation]:
    """The ``Annotation``s of a store's listing, as ``_annotation`` builds them (from plain
    tuples: 100,000 rows for an export build ~3x faster than through dicts)."""
    tags = listing.tags
    out: list[Annotation] = []
    append = out.append
    lower = str.lower
    with gc_paused():
        for (id_, article_id, kind, exact, start, end, prefix, suffix, speaker,
             speaker_id, verdict, note, anchor, created_at, updated_at, uuid, coder,
             coder_id, speaker_written) in listing.rows:
            names = tags.get(id_)
            append(Annotation(
                id_, article_id, kind, exact, start, end, prefix, suffix, speaker,
                speaker_id, verdict, note, sorted(names, key=lower) if names else [],
                anchor, created_at, updated_at, uuid, coder, coder_id, speaker_written))
    return out


def _briefs(listing: AnnotationListing) -> list[BriefAnnotation]:
    """The ``BriefAnnotation``s of a store's brief listing (tags sorted case-blind)."""
    from ..records import BriefAnnotation  # (an export's: a reading command never builds it)

    tags = listing.tags
    new = tuple.__new__  # (``_make`` is a Python-level call per row, 100,000 for an export)
    lower = str.lower
    with gc_paused():
        return [new(BriefAnnotation, (*row, (sorted(names, key=lower) if len(names) > 1 else names)
                                     if (names := tags.get(row[0])) else []))
                for row in listing.rows]


class Annotations(Service):
    """``library.annotations``: tag a span as a quote, claim or highlight; edit, delete, undo.

    Rules here (kinds, verdicts, spans trimmed and checked against the text the user saw),
    storage behind ``store.interfaces.AnnotationStore`` (tag links: ``TagStore``): no SQL.
    """

    def __init__(self, session: Session, articles: Articles, tags: Tags, speakers: Speakers,
                 coders: Coders):
        super().__init__(session)
        self._coders = coders
        self._articles = articles
        self._tags = tags
        self._speakers = speakers

    @property
    def _store(self) -> AnnotationStore:
        return self._session.stores.annotations

    @write
    def add(
        self,
        article_id: int,
        start: int,
        end: int,
        kind: str = "quote",
        speaker: str = "",
        tags: list[str] | tuple[str, ...] = (),
        note: str = "",
        verdict: str = "",
        seen: SeenSpan | None = None,
        coder_id: int | None = None,
        text: str | None = None,
    ) -> Annotation:
        """Tag ``text[start:end]`` (code points) of an article; the span is trimmed of spaces.

        ``seen`` (from ``SeenSpan.of(shown_text, start, end)``) says which text the offsets
        were taken from: if the article's text changed since, the same words are found in
        the new text, and the tag is refused when they cannot be found for certain.
        ``coder_id``: whose it is (default: the current coder's; adjudication gives gold's).
        ``text``: the article's text, read by the caller inside the transaction this runs
        in (Accept All's batch reads it once, not once a quotation: a transcript's 3,000
        read 400 KB 3,000 times, 2 of its 3 s); never one read before it, which a
        re-import may have replaced meanwhile (review R17-2).
        """
        check_kind(kind)
        check_verdict(verdict)
        check_verdict_kind(verdict, kind)
        if text is None:
            text = self._articles.text(article_id)
        elif not self._stores.in_transaction:
            raise ValueError("add(text=...) is for a text read in the caller's transaction")
        if seen is not None:
            start, end = self._seen_span(text, seen)
        if not (0 <= start < end <= len(text)):
            raise LibraryError(Message(
                "lib.span-outside-article-text", "The span {start}–{end} is outside the article's "
                "text.", start=start, end=end))
        start, end = trim_span(text, start, end)
        if start == end:
            raise LibraryError(Message(
                "lib.select-some-text-annotate", "Select some text to annotate."))
        if kind == "quote":
            start, end = quote_inner(text, start, end)
        from ..anchoring import make_selector  # (writes only: `kutip show` never loads it)

        selector = make_selector(text, start, end)
        if kind == "claim" and not verdict:
            verdict = "unchecked"
        stamp = now()
        with self._tx():
            speaker_id = (self._speakers.in_article(speaker, text, (start, end))
                          if speaker.strip() else None)
            annotation_id = self._store.insert({
                "article_id": article_id, "kind": kind, "exact": selector["exact"],
                "prefix": selector["prefix"], "suffix": selector["suffix"],
                "start": start, "end": end,
                "speaker_id": speaker_id,
                "speaker_written": (
                    self._speakers.written_in(text, speaker, speaker_id, (start, end))
                    if speaker_id is not None else ""),
                "verdict": verdict, "note": note, "anchor": "anchored",
                "created_at": stamp, "updated_at": stamp,
                "coder_id": coder_id or self._coders.id_for_writing(),
            })
            self.set_tags(annotation_id, tags)
        self._changed("annotations", article_id)
        return self.get(annotation_id)

    @write
    def add_exact(self, article_id: int, exact: str, occurrence: int = 1, **fields: Any
                  ) -> Annotation:
        """Tag the ``occurrence``-th appearance of ``exact`` in the article (the CLI's way)."""
        text = self._articles.text(article_id)
        needle = exact.strip()
        if not needle:
            raise LibraryError(Message(
                "lib.give-exact-text-annotate", "Give the exact text to annotate."))
        if needle not in text:  # text is NFC since import; the terminal may send NFD
            import unicodedata

            needle = unicodedata.normalize("NFC", needle)
        position = -1
        for _ in range(max(occurrence, 1)):
            position = text.find(needle, position + 1)
            if position < 0:
                if occurrence > 1:
                    raise LibraryError(Message(
                        "lib.text-not-found-times", "“{text}” does not occur in article "
                        "{article_id} {occurrence} times.", text=needle, article_id=article_id,
                        occurrence=occurrence))
                raise LibraryError(Message(
                    "lib.text-not-found", "“{text}” does not occur in article {article_id}.",
                    text=needle, article_id=article_id))
        end = position + len(needle)  # (checked against the text it was found in)
        return self.add(article_id, position, end, seen=SeenSpan.of(text, position, end),
                        **fields)

    def coder_for_import(self, name: str, uuid: str = "") -> int | None:
        """The coder an imported annotation belongs to (inside a transaction): the one its
        file names (made if new, keeping its UUID), else whoever is coding now."""
        return self._coders.id_for_import(name, uuid)

    def _seen_span(self, text: str, seen: SeenSpan) -> tuple[int, int]:
        """Where ``seen`` is in ``text`` now: its own offsets while the text is the one it
        was taken from, else the same words found again; refused when they are not."""
        if text_hash(text) == seen.text_hash:
            return seen.start, seen.end
        from .placement import place  # (a write's check: reading never loads the anchoring)

        state, start, end = place(text, asdict(seen))
        if state != "anchored" or start is None or end is None:
            shown = seen.exact if len(seen.exact) <= 60 else seen.exact[:59] + "…"
            raise TextChanged(
                Message(
                "lib.article-changed-since-was", "The article changed since it was shown (it was "
                "edited or re-imported); “{shown}” could not be found in it for certain, so "
                "nothing was tagged. Select the text again.", shown=shown))
        return start, end


    def get(self, annotation_id: int) -> Annotation:
        row = self._store.get(annotation_id)
        if row is None:
            raise NotFound(Message(
                "lib.no-annotation", "There is no annotation {annotation_id}.",
                annotation_id=annotation_id))
        return _annotation(row)

    def for_article(self, article_id: int, everyone: bool = False) -> list[Annotation]:
        """An article's annotations in reading order (orphans last); on an article coded
        blind only the current coder's, unless ``everyone``.

        Read like ``where``: 149,000 annotations on one article load in about a third of
        the time a row-by-row tag subquery takes.
        """
        return self._coders.visible(_annotations(self._store.of_article(article_id)),
                                    everyone=everyone)

    def orphans(self, article_id: int | None = None, everyone: bool = False
                ) -> list[Annotation]:
        """Annotations whose text was lost (as ``for_article``, blind coding included)."""
        return self._coders.visible(_annotations(self._store.orphans(article_id)),
                                    everyone=everyone)

    def seen(self, hits: Sequence[SearchHit]) -> list[SearchHit]:
        """Search hits without the annotations the current coder may not see (another
        coder's on an article coded blind: their notes would show in the snippets)."""
        ids = [h.annotation_id for h in hits
               if h.kind == "annotation" and h.annotation_id is not None]
        shown = self.visible_ids(ids)
        return [h for h in hits if h.kind != "annotation" or h.annotation_id in shown]

    def visible_ids(self, ids: Sequence[int]) -> set[int]:
        """Those of ``ids`` the current coder may see (not another coder's annotation on
        an article coded blind)."""
        if not ids or not self._coders.blind_collections():
            return set(ids)
        return {n.id for n in self.where(ids=list(ids))}

    def hidden_ids(self) -> set[int]:
        """Ids of the annotations the current coder may not see: another coder's on the
        articles coded blind (empty when nothing is coded blind)."""
        if not self._coders.blind_collections():
            return set()
        return self._store.unseen_ids(self._coders.current_id())

    def where(self, ids: list[int] | None = None, article_ids: list[int] | None = None,
              everyone: bool = False) -> list[Annotation]:
        """Annotations by id or by article, in article then reading order (for export).

        Tags come from one query for all of them, not a subquery per annotation. On
        articles coded blind only the current coder's, unless ``everyone`` (agreement,
        adjudication).
        """
        return self._coders.visible(_annotations(self._store.where(ids, article_ids)),
                                    everyone=everyone)

    def brief(self, ids: list[int] | None = None, article_ids: list[int] | None = None
              ) -> list[BriefAnnotation]:
        """``where`` with only the fields Kutip's own Markdown templates read (and an
        export's filters and order need): several times faster for a big export. On
        articles coded blind only the current coder's."""
        return self._coders.visible(_briefs(self._store.brief(ids, article_ids)))

    def export_rows(self, ids: list[int] | None = None, article_ids: list[int] | None = None,
                    coders: bool = False) -> list[tuple[Any, ...]]:
        """``brief``'s annotations as the store lists them for a Markdown export through
        Kutip's own templates: plain tuples of ``store.interfaces.EXPORT_COLUMNS`` (then the
        coder's id and name, with ``coders``), no object per annotation. On articles coded
        blind only the current coder's."""
        blind = bool(self._coders.blind_collections())
        rows = self._store.export_rows(ids, article_ids, coders=coders or blind)
        if blind and rows:
            coded, me = self._coders.blind_among({row[0] for row in rows})
            if coded:
                rows = [row for row in rows if row[0] not in coded or row[7] == me]
            if not coders:
                rows = [row[:7] for row in rows]
        return rows

    @write
    def update(self, annotation_id: int, expected: Annotation | None = None,
               **changes: Any) -> Annotation:
        """Change kind, speaker, tags, verdict or note; or re-attach with ``start``/``end``.
        With ``expected`` (a redo: the annotation as the undo left it), only while it still
        is so (``unchanged_since``). A speaker set on a quote tagged ``check-speaker`` (the
        engine's guess) is the user's answer: the tag comes off in the same write, unless
        the tags are set in it too (an undo puts it back with the rest)."""
        current = self.get(annotation_id)
        if ("speaker" in changes and "tags" not in changes
                and UNSURE_SPEAKER_TAG in current.tags):
            changes["tags"] = [t for t in current.tags if t != UNSURE_SPEAKER_TAG]
        row: dict[str, Any] = {}
        if "kind" in changes:
            check_kind(changes["kind"])
            row["kind"] = changes["kind"]
            if changes["kind"] == "claim" and not current.verdict and "verdict" not in changes:
                row["verdict"] = "unchecked"
        if "verdict" in changes:
            check_verdict(changes["verdict"])
            if changes["verdict"] != current.verdict:  # (undo may restore a kept verdict)
                check_verdict_kind(changes["verdict"], changes.get("kind", current.kind))
            row["verdict"] = changes["verdict"]
        if "note" in changes:
            row["note"] = changes["note"]
        if "start" in changes or "end" in changes:
            text = self._articles.text(current.article_id)
            start, end = changes.get("start", current.start), changes.get("end", current.end)
            if start is None or end is None or not (0 <= start < end <= len(text)):
                raise LibraryError(Message(
                    "lib.new-span-outside-article", "The new span is outside the article's text."))
            from ..anchoring import make_selector

            row.update(make_selector(text, start, end), anchor="anchored")
        with self._tx():
            if expected is not None:
                self.unchanged_since(expected)
            if "speaker" in changes:
                name = (changes["speaker"] or "").strip()
                text = self._articles.text(current.article_id)
                lo, hi = changes.get("start", current.start), changes.get("end", current.end)
                span = (lo, hi) if lo is not None and hi is not None else None
                row["speaker_id"] = (self._speakers.in_article(name, text, span) if name
                                     else None)
                row["speaker_written"] = (
                    self._speakers.written_in(text, name, row["speaker_id"], span)
                    if row["speaker_id"] is not None else "")
            if row:
                row["updated_at"] = now()
                self._store.update(annotation_id, row)
            if "tags" in changes:
                self._session.stores.tags.unlink_annotation(annotation_id)
                self.set_tags(annotation_id, changes["tags"])
                if not row:
                    self._store.update(annotation_id, {"updated_at": now()})
            after = self.get(annotation_id)
            self.note_versions([(current, after)])
        self._changed("annotations", current.article_id)
        return after

    @write
    def delete(self, annotation_id: int, expected: Annotation | None = None) -> Annotation:
        """Delete; returns the annotation as it was, which ``restore`` puts back.

        With ``expected`` (an undo of the step that made it, a redo of a delete), only
        while the annotation still holds what a person edits of ``expected``, wherever its
        words are now: a colleague's later speaker, note or tags are never deleted with it
        (``unchanged_since``; review R17-5)."""
        with self._tx():
            annotation = self.get(annotation_id)
            if expected is not None:
                self.unchanged_since(expected, span=False)
            self._store.delete([annotation_id])
            self.bury([annotation])
        self._changed("annotations", annotation.article_id)
        return annotation

    def noting_speaker_versions(self, ids: Iterable[int]
                                ) -> contextlib.AbstractContextManager[None]:
        """``noting_versions`` around a write that changes these annotations' speaker's
        name and nothing else of them (a speaker renamed, or merged into another:
        ``Speakers``; review R20-2b: the versions a rename left were known to no library,
        so the next exchange made conflict copies of the speaker's quotes edited
        elsewhere). As ``noting_versions``: the annotations are read once, afterwards only
        their speakers' names, and only the versions the write changed as the fingerprint
        sees them (case- and space-blind) are hashed (review R24b-2: a speaker's 40,000
        quotes were read whole twice and 80,000 versions hashed)."""
        from ..export.kutipfile import with_speaker

        return self._noting(ids, self._store.speaker_names, with_speaker)

    def noting_versions(self, ids: Iterable[int]) -> contextlib.AbstractContextManager[None]:
        """Around a write inside the caller's transaction that changes the tags of these
        annotations and nothing else of them (a tag renamed, merged or deleted: ``Tags``):
        their versions before it are noted as ``note_versions`` notes an edit's. Afterwards
        only their tags are read again, and only the versions whose tags changed as the
        fingerprint sees them (case-blind) are hashed: a rename of a tag on 40,000 of the
        100,000-article library's annotations read them all twice and hashed 80,000
        versions, 21 s (5 s CPU) at load ~14."""
        from ..export.kutipfile import with_tags

        return self._noting(ids, self._store.tag_names, with_tags)

    @contextlib.contextmanager
    def _noting(self, ids: Iterable[int], read_after: Callable[[list[int]], dict[int, Any]],
                changed: Callable[[Any, Any], Any]) -> Iterator[None]:
        """The versions of these annotations before a write that changes one part of them
        alone, noted (``note_versions``): read whole before it; afterwards only that part
        (``read_after``: annotation id -> the part, those deleted meanwhile left out), put
        into each one's fingerprint value (``changed``), and only the versions it changed
        hashed."""
        from ..export.kutipfile import annotation_fingerprint, fingerprint_value

        ids = sorted(set(ids))
        if not ids or getattr(self._session.stores, "exchange", None) is None:
            yield
            return
        before = [n for part in chunks(ids) for n in self.where(ids=list(part), everyone=True)]
        yield
        parts = read_after(ids)
        edits = []
        for note in before:
            if not note.uuid or note.id not in parts:
                continue
            item = version_item(note)
            old = fingerprint_value(item)
            new = changed(old, parts[note.id])
            if old != new:
                edits.append((note.uuid, annotation_fingerprint(item, old),
                              annotation_fingerprint(item, new)))
        self._note_fingerprints(edits)

    def note_versions(self, edits: Iterable[tuple[Annotation, Annotation]]
                      ) -> list[tuple[str, str]]:
        """After a write inside the caller's transaction, for each annotation it changed
        (as it was, as it is): keep, under its UUID, the version it had (``fingerprint``)
        at the latest event of that version known here, and where the version it has now
        is one it had before (an undo, a note set back), a new event of that version
        later than any known (``event_name``), as ``Articles.note_versions`` does for an
        article's parts. A merge orders an annotation's versions by these, never by its
        ``updated_at`` (review R19-7: a colleague's clock running fast, or an undo, which
        writes the earlier ``updated_at`` back, made the newer change look older and give
        way, unsaid). Returns the (uuid, version) pairs added."""
        return self._note_fingerprints([(old.uuid, fingerprint(old), fingerprint(new))
                                        for old, new in edits
                                        if old.uuid and old.uuid == new.uuid])

    def _note_fingerprints(self, changed: Sequence[tuple[str, str, str]]
                           ) -> list[tuple[str, str]]:
        """``note_versions`` of (uuid, version before, version after) triples."""
        exchange = getattr(self._session.stores, "exchange", None)
        changed = [c for c in changed if c[1] != c[2]]
        if exchange is None or not changed:
            return []
        had = exchange.versions(sorted({uuid for uuid, _, _ in changed}))
        pairs = []
        for uuid, old_version, new_version in changed:
            events = latest_events(had.get(uuid, ()))
            pairs.append((uuid, event_name(old_version, events.get(old_version, 0))))
            if new_version in events:
                pairs.append((uuid, event_name(new_version, later_event(events[new_version]))))
        return list(exchange.note_edits(pairs))

    def _buried(self, notes: Sequence[Annotation]) -> dict[str, str]:
        """The version each of ``notes`` was deleted at here (its tombstone's), by UUID."""
        exchange = getattr(self._session.stores, "exchange", None)
        uuids = [n.uuid for n in notes if n.uuid]
        found: dict[str, str] = {}
        if exchange is not None:
            for part in chunks(uuids):
                found.update((t[0], t[2]) for t in exchange.tombstones(uuids=part))
        return found

    def note_undeleted(self, buried: Mapping[str, str], restored: Sequence[Annotation]
                       ) -> list[tuple[str, str]]:
        """After annotations deleted here were put back by a person (the undo of a
        deletion, the redo of the step that made them; inside the caller's transaction):
        keep, under each UUID, that this library had its deletion (``deleted:<version>``,
        as a merge notes a deletion it has seen) and the version put back as an event
        later than any known (``later_event``). A merge then neither deletes it again for
        a tombstone of that deletion nor calls it a conflict, and the library holding the
        tombstone takes it back (review R20-3: the next pull deleted the undone deletion
        again, and the team library never got it back). Returns the pairs added."""
        exchange = getattr(self._session.stores, "exchange", None)
        back = [(n.uuid, buried[n.uuid], fingerprint(n)) for n in restored
                if n.uuid and n.uuid in buried]
        if exchange is None or not back:
            return []
        had = exchange.versions(sorted({uuid for uuid, _, _ in back}))
        pairs = []
        for uuid, deleted, version in back:
            events = latest_events(had.get(uuid, ()))
            pairs.append((uuid, "deleted:" + deleted))
            pairs.append((uuid, event_name(version, later_event(events.get(version, 0)))))
        return list(exchange.note_edits(pairs))

    def bury(self, notes: Sequence[Annotation], stamp: str = "") -> None:
        """Leave a tombstone for each deleted annotation (inside the caller's
        transaction): a merge carries the deletion to another library (issue 14).
        ``stamp``: when (an article's deletion gives its own: R20-5), else now."""
        store = getattr(self._session.stores, "exchange", None)
        notes = [n for n in notes if n.uuid]
        if store is None or not notes:
            return
        articles = store.uuids("articles", sorted({n.article_id for n in notes}))
        stamp = stamp or now()
        store.bury([(n.uuid, articles.get(n.article_id, ""), fingerprint(n), stamp)
                    for n in notes])

    def _unbury(self, notes: Sequence[Annotation]) -> None:
        store = getattr(self._session.stores, "exchange", None)
        if store is not None and any(n.uuid for n in notes):
            store.unbury([n.uuid for n in notes if n.uuid])

    def unchanged_since(self, seen: Annotation, span: bool = True) -> None:
        """Refuse (``LibraryError``) when the annotation no longer holds what ``seen`` shows of
        what a person edits: an undo or redo puts a value back only while nobody else (a
        colleague on a team library, another program, another window) changed it since,
        so theirs is never overwritten with an older value (review R15-11). Not ``span``:
        where its words are is left out (a re-import moves them; nobody's edit). Call
        inside the write's transaction."""
        if self._changed_since(self.get(seen.id), seen, span):
            raise LibraryError(Message(
                "lib.changed-since-step", "Someone else changed this annotation since; it was "
                "left as they made it, so nothing of theirs was overwritten."))

    @staticmethod
    def _changed_since(current: Annotation, seen: Annotation, span: bool = True) -> bool:
        fields = EDITED_FIELDS if span else UNPLACED_FIELDS
        return any(_edited(current, name) != _edited(seen, name) for name in fields)

    @write
    def restore_edited(self, before: Annotation, after: Annotation, span: bool = True
                       ) -> Annotation:
        """Undo an edit: put ``before`` back, only while the annotation still holds what the
        edit left (``after``; ``unchanged_since``, where its words are left out when not
        ``span``: the undo of a re-attach, whose span is its own). One transaction."""
        with self._tx():
            self.unchanged_since(after, span=span)
            now_ = self.get(before.id)
            restored = self.restore(before)
            # (a change of its own, later than the edit it takes back: R19-7)
            self.note_versions([(now_, restored)])
            return restored

    @write
    def restore(self, annotation: Annotation, undeleting: bool = False) -> Annotation:
        """Put an annotation back exactly as given (undo of a delete or an edit); refused
        in one line when another row holds its UUID (a merge brought it back: R20-4).

        The same id, span, anchor state, speaker, tags and timestamps come back; a
        row that still exists is replaced in the same transaction. ``undeleting``: a
        person's undo of a deletion (or redo of the step that made it): a change of its
        own, later than the deletion (``note_undeleted``).
        """
        with self._tx():
            buried = self._buried([annotation]) if undeleting else {}
            restored = self._restore(annotation, {})
            self.note_undeleted(buried, [restored])
        return restored

    def _restore(self, annotation: Annotation, texts: dict[int, str]) -> Annotation:
        """``restore``; ``texts``: the articles' texts read in this transaction so far (by
        article id; the one read here is added)."""
        row = asdict(annotation)
        row["uuid"] = row["uuid"] or None  # (made by the trigger when not known)
        tags = row.pop("tags")
        speaker = row.pop("speaker")
        row.pop("coder")  # (the id says who)
        with self._tx():
            existing = self._store.head(annotation.id)
            if existing and (existing["article_id"], existing["created_at"]) != (
                    annotation.article_id, annotation.created_at):
                raise LibraryError(Message(
                    "lib.another-annotation-taken-place", "Another annotation has taken this "
                    "one's place; nothing was changed."))
            holder = (self._session.stores.identities.owner("annotations", row["uuid"])
                      if row["uuid"] else None)
            if holder is not None and holder != annotation.id:  # (R20-4: SQLite's own words)
                raise LibraryError(Message(
                    "lib.annotation-back-already", "This annotation is back in this library"
                    " already: a merge brought it back, with any changes made to it"
                    " elsewhere; nothing was changed."))
            if annotation.article_id not in texts:
                texts[annotation.article_id] = self._articles.text(annotation.article_id)
            self._fit_to_current_text(row, texts[annotation.article_id])
            self._store.delete([annotation.id])
            row["speaker_id"] = self._speakers.restore_by_name(speaker, annotation.speaker_id)
            self._store.insert(row)
            self.set_tags(annotation.id, tags)
            self._unbury([annotation])  # (back: no longer deleted)
        self._changed("annotations", annotation.article_id)
        return self.get(annotation.id)

    @write
    def reattach(self, annotation_id: int, start: int, end: int,
                 seen: SeenSpan | None = None) -> Annotation:
        """Place an annotation (usually an orphan) on ``text[start:end]``, trimmed of spaces.

        ``seen`` (a ``SeenSpan``) guards against a text changed underneath, as in ``add``.
        """
        annotation = self.get(annotation_id)
        text = self._articles.text(annotation.article_id)
        if seen is not None:
            start, end = self._seen_span(text, seen)
        if not (0 <= start < end <= len(text)):
            raise LibraryError(Message("lib.select-text-annotation-belongs",
                                       "Select the text this annotation belongs to."))
        start, end = trim_span(text, start, end)
        if start == end:
            raise LibraryError(Message("lib.select-text-annotation-belongs",
                                       "Select the text this annotation belongs to."))
        return self.update(annotation_id, start=start, end=end)

    @write
    def mark_orphan(self, annotation_id: int) -> Annotation:
        """Detach an annotation from the text, keeping its quote and context."""
        annotation = self.get(annotation_id)
        with self._tx():
            self._store.update(annotation_id, {
                "start": None, "end": None, "anchor": "orphan", "updated_at": now()})
            after = self.get(annotation_id)
            self.note_versions([(annotation, after)])
        self._changed("annotations", annotation.article_id)
        return after

    @write
    def delete_many(self, annotations: Iterable[Annotation], expected: bool = False
                    ) -> list[Annotation]:
        """Delete several (undo of accept-all): one transaction, one notice per article;
        those deleted, each leaving a tombstone as ``delete`` does (a merge carries the
        deletion on; ``restore_many`` lifts them). ``expected``: only those that still hold
        what a person edits of the given ones (as ``delete``): one a colleague corrected
        since is kept (R17-5)."""
        annotations = list(annotations)
        with self._tx(), self._counts_at_end():
            if expected:
                current = {a.id: a for a in self.where(
                    ids=[a.id for a in annotations], everyone=True)}
                annotations = [a for a in annotations if a.id in current
                               and not self._changed_since(current[a.id], a, span=False)]
            self._store.delete(a.id for a in annotations)
            self.bury(annotations)
        for article_id in dict.fromkeys(a.article_id for a in annotations):
            self._changed("annotations", article_id)
        return annotations

    @write
    def restore_many(self, annotations: Iterable[Annotation], undeleting: bool = False
                     ) -> list[Annotation]:
        """Put several annotations back as they were (redo of accept-all), one notice;
        ``undeleting`` as ``restore``'s."""
        annotations = list(annotations)
        texts: dict[int, str] = {}  # (a transcript's 400 KB read once, not once a quote)
        with self._tx(), self._counts_at_end():
            buried = self._buried(annotations) if undeleting else {}
            restored = [self._restore(a, texts) for a in annotations]
            self.note_undeleted(buried, restored)
        for article_id in dict.fromkeys(a.article_id for a in annotations):
            self._changed("annotations", article_id)
        return restored

    @write
    def prune_unused(self, tags: Iterable[str] = (), speakers: Iterable[str] = (),
                     made: Mapping[str, Sequence[Any]] | None = None) -> Pruned:
        """Delete the named tags and speakers if nothing uses them any more (undo of a write
        that created them on the way); one transaction. ``made``: each speaker as the write
        left them (``Speakers.as_made``): one someone described, gave an alias or made anew
        since stays, and a line says so. Returns what was removed and those lines."""
        kept: list[Message] = []
        with self._tx():
            for name in sorted(tags, key=lambda n: -n.count("/")):  # children first
                self._tags.prune(name)
            for name in speakers:
                note = (self._speakers.kept_since(name, made[name]) if made and name in made
                        else None)
                if note is None:
                    self._speakers.prune(name)
                else:
                    kept.append(note)
        return Pruned(self._session.changes_so_far(), kept)

    def _fit_to_current_text(self, row: dict[str, Any], text: str) -> None:
        """If the article's text (``text``, read in this transaction) changed since the
        snapshot, place the span again (never restore offsets that now point at other
        words)."""
        from .placement import fit_to_text

        fit_to_text(row, text)

    def set_tags(self, annotation_id: int, tags: Iterable[str]) -> None:
        """Link the tags named (made if new) to an annotation (inside a transaction): a tag
        that exists in one statement, a new one (and its parents) made first."""
        store = self._session.stores.tags
        for name in tag_names(tags):
            if not store.link_named(annotation_id, clean_tag_name(name)):
                store.link(annotation_id, self._tags.id_of(name, create=True))
