"""Exchange: one library (or a collection) as a portable file, and merging one in (issue 14).

``export_file`` writes the file (``reader.core.export.kutipfile``: a documented zip of
JSON, annotations as W3C Web Annotation JSON-LD); ``merge`` brings one into this
library in one transaction:

- articles are matched by content hash (the same text is the same article), else added;
  an article whose UUID is here under another text (edited on one side: ``texts.replace``,
  a re-import of a corrected page) is decided as a re-import is (``reanchoring``): the
  newer text wins when it is a version of the other (``one_story``) keeping most of it
  (``keeps_most``), with its details (its title, source, date … where it has them:
  ``newer_details``), and the annotations here are placed again in it; else this library's
  text stays and the file's annotations of that article are placed in it. Either way both
  sides' annotations stay (what cannot be placed is an orphan, with its words), the
  report names the article, and everything else merges (review R17-7);
- annotations are matched by UUID: a new one is added; one whose version is here
  already, or that this library had as late as the file's library has it or later, is
  skipped; one edited on the other side only (the file's library had the version here
  as late or later) is updated: versions are ordered by these events, each library's own
  edits noted as it makes them (``Annotations.note_versions``; a version set back to is a
  later event of it), never by their times (review R19-7); one edited on both sides is a
  *conflict*: both versions are kept, the newer
  under the annotation's UUID and the older as a copy with a UUID derived from the
  annotation's and the version's (so every library merging the same two versions makes
  the same copy, and merging again adds nothing);
- an annotation deleted in the file's library (its tombstone) is deleted here too, unless
  it was edited here since (a version that library never saw): then it stays, reported as
  a conflict; tombstones are kept, so a deletion travels on and no older file brings the
  annotation back;
- tags by name, speakers by name or alias (the file's aliases are added), coders by
  UUID then name, collections by name; the file's UUIDs are kept for rows it makes.

The ``MergeReport`` says what was added, updated, skipped and in conflict; its
``changes`` is the operation's ``Changes`` and ``undo_merge(report)`` takes it back (the
app's undo). The PostgreSQL team library reuses ``merge_bundle`` for push and pull.
Rules here; storage behind ``store.interfaces.ExchangeStore``: no SQL.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import uuid as uuid_module
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from ..anchoring import make_selector
from ..changes import Changes
from ..export.kutipfile import (
    MAX_FILE_BYTES,
    MAX_UNPACKED_BYTES,
    Bundle,
    TooLarge,
    annotation_fingerprint,
    fingerprint_value,
    manifest,
    member_bytes,
    read_kutip_file,
    with_speaker,
    with_tags,
    write_kutip_members,
)
from ..export.webannotation import (
    annotation_collection,
    annotation_nodes,
    tag_identities,
    used_tags,
)
from ..files import write_file_atomic
from ..messages import Message, joined, listed
from ..models import MAX_DESCRIPTION_LENGTH, Annotation, Article
from ..store.interfaces import BulkStore, ExchangeStore
from ..store.rows import Row
from ..textnorm import content_hash
from .annotations import Annotations, version_item
from .annotations import fingerprint as fingerprint_of
from .articles import (
    DELETED,
    SAME,
    VERSIONED_COLUMNS,
    VERSIONED_DETAILS,
    ArticleFilter,
    Articles,
    article_parts,
    article_versions,
    event_name,
    latest_events,
)
from .base import LibraryError, NotFound, Service, Session, chunks, now, write
from .coders import BLIND, Coders, blind_event, blind_state, check_coder_name
from .collections import Collections
from .placement import place
from .reanchoring import Texts, keeps_most, one_story
from .rules import (
    NAME,
    clean_name,
    clean_tag_name,
    event_counts,
    later_event,
    name_version,
    present_copy,
    toggle_key,
    toggle_state,
    toggle_states,
)
from .speakers import Speakers
from .tags import Tags, default_colour

_BATCH = 5000  # new annotations written at once
#: what a new article's row holds from the file as it is
_ARTICLE_COLUMNS = ("title", "text", "source", "authors", "editor", "url", "dateline",
                    "published", "published_partial", "language", "photo_credit",
                    "original_name", "original_format", "content_hash", "uuid")
#: the date of an article, one part of it (``article_versions``)
_DATE_PARTS = ("published", "published_partial", "published_inferred")
#: the parts of an article a merge decides one by one
_ARTICLE_PARTS = frozenset(("text", "date", *VERSIONED_DETAILS))
#: what a file carries of an article's history: its parts' versions, the deletions of it
#: seen and outlived (``articles.DELETED``: review R20-5) and the UUIDs it has elsewhere
#: (``articles.SAME``: review R20-11)
_ARTICLE_HISTORY = _ARTICLE_PARTS | {DELETED[:-1], SAME[:-1]}
#: a new annotation's row (``_Merge.row`` and its place), after its id
_ANNOTATION_COLUMNS = ("kind", "exact", "prefix", "suffix", "start", "end", "anchor",
                       "speaker_id", "verdict", "note", "updated_at", "coder_id", "article_id",
                       "uuid", "created_at", "speaker_written")
#: the events of a collection's members and a speaker's aliases (``rules.toggle_key``)
_MEMBER, _ALIAS = "member:", "alias:"
_MERGED = "merged:"  # (a speaker merged into this one: ``Speakers._note_merged``, R21-14)
#: the namespace of conflict copies' UUIDs (uuid5 of the annotation's UUID and version)
CONFLICT_NAMESPACE = uuid_module.UUID("6f0f1c52-6a43-4bd7-9a4c-3f1e9d1c7a11")


@dataclass
class ExportSummary:
    """What ``export_file`` wrote."""

    path: str
    articles: int = 0
    annotations: int = 0

    def summary(self) -> str:
        return Message("export.sum-written", "{articles} article(s) and {annotations}"
                       " annotation(s) written", articles=self.articles,
                       annotations=self.annotations)


@dataclass
class Version:
    """One version of an annotation in a conflict."""

    uuid: str  # the annotation's (the newer) or its copy's (the older)
    coder: str
    updated_at: str
    exact: str
    tags: list[str]
    speaker: str
    verdict: str
    note: str
    origin: str  # "here" or "file"
    deleted: bool = False  # this side deleted it (the version is the one deleted)


@dataclass
class Conflict:
    """An annotation edited in both libraries: both versions kept, newest first; or
    deleted in one and edited in the other since: the edited version kept."""

    uuid: str
    article: str  # its article's title
    versions: list[Version]


@dataclass
class MergeUndo:
    """What a merge made or replaced, so ``undo_merge`` can take it back."""

    articles: list[int] = field(default_factory=list)
    annotations: list[int] = field(default_factory=list)
    replaced: list[Annotation] = field(default_factory=list)  # as they were before
    tags: list[int] = field(default_factory=list)
    speakers: list[int] = field(default_factory=list)
    aliases: list[tuple[int, str]] = field(default_factory=list)
    #: (id, alias) of aliases the merge took off a speaker (split off: REVIEW24b 3)
    aliases_removed: list[tuple[int, str]] = field(default_factory=list)
    #: ``Speakers.merge_undoable``'s snapshots of speakers merged as the file's library did
    speakers_merged: list[dict[str, Any]] = field(default_factory=list)
    #: (id, name before, name given) of speakers renamed as the other library named them
    speakers_renamed: list[tuple[int, str, str]] = field(default_factory=list)
    coders: list[int] = field(default_factory=list)
    collections: list[int] = field(default_factory=list)
    links: list[tuple[int, int]] = field(default_factory=list)
    blinded: list[int] = field(default_factory=list)  # collections it coded blind
    unblinded: list[int] = field(default_factory=list)  # and those it turned it off in
    versions: list[tuple[str, str]] = field(default_factory=list)
    deleted: list[Annotation] = field(default_factory=list)  # as they were
    buried: list[str] = field(default_factory=list)  # tombstones the merge recorded
    unburied: list[tuple[str, str, str, str]] = field(default_factory=list)  # lifted
    texts: list[dict[str, Any]] = field(default_factory=list)  # ``Texts.snapshot``s replaced
    #: articles the merge deleted (``Articles.snapshot``s), article tombstones it recorded,
    #: and those it lifted (review R20-5)
    deleted_articles: list[dict[str, Any]] = field(default_factory=list)
    buried_articles: list[str] = field(default_factory=list)
    unburied_articles: list[tuple[str, str, str, str]] = field(default_factory=list)
    #: (table, id, name before, name the merge gave) of tags and collections it renamed
    renamed: list[tuple[str, int, str, str]] = field(default_factory=list)
    #: annotation id -> its UUID and what a person edits of it as the merge left it, for
    #: each it added or updated: the undo takes back only those still so (review R18-3)
    left: dict[int, tuple[str, tuple[Any, ...]]] = field(default_factory=dict)  # (uuid, …)
    #: article id -> what a person edits of it as the merge wrote it (``_article_left``),
    #: for each it added: one changed since (retitled, its text edited) is someone's
    #: work, kept (RR18-3)
    article_stamps: dict[int, tuple[str, ...]] = field(default_factory=dict)


@dataclass
class MergeUndone:
    """What ``undo_merge`` left as it is, someone's work since the merge (review R18-3)."""

    kept_annotations: int = 0  # added or updated by the merge, changed since
    kept_articles: int = 0  # added by the merge, worked on since (annotated, edited, filed)
    kept_texts: int = 0  # replaced by the merge, annotated since (the newer text stays)
    #: articles whose details the merge took and someone changed since: those stay as
    #: they made them (the rest of what the merge changed is taken back; RR18-6)
    kept_details: int = 0
    #: the UUIDs of the merged annotations left (changed or deleted since): merging the
    #: same file again (redo) leaves them too, so it brings back only what the undo took
    left: set[str] = field(default_factory=set)

    def notes(self) -> list[Message]:
        """What to tell the user about it (nothing when everything was taken back)."""
        notes = []
        if self.kept_annotations:
            notes.append(Message(
                "lib.merge-undo-kept-annotations", "Kept {n} of the merged annotations: "
                "someone changed them since (a speaker, a note, tags), and their work stays.",
                n=self.kept_annotations))
        if self.kept_articles:
            notes.append(Message(
                "lib.merge-undo-kept-articles", "Kept {n} of the merged articles: someone "
                "worked on them since (annotated, edited, filed them in a collection or "
                "dismissed suggestions), and that work stays.", n=self.kept_articles))
        if self.kept_details:
            notes.append(Message(
                "lib.merge-undo-kept-details", "Kept the details of {n} article(s) as "
                "someone changed them since the merge (a title, a byline, a date …); the "
                "rest of what the merge changed was taken back.", n=self.kept_details))
        if self.kept_texts:
            notes.append(Message(
                "lib.merge-undo-kept-texts", "Kept the merged newer text of {n} article(s): "
                "someone annotated it since, on those words.", n=self.kept_texts))
        return notes


#: what a person edits of an article (its text by its hash), and when it last changed
_ARTICLE_EDITED = ("title", "source", "authors", "editor", "url", "dateline", "published",
                   "language", "photo_credit", "content_hash", "updated_at")


def _article_left(get: Callable[[str], Any]) -> tuple[str, ...]:
    return tuple(str(get(name) or "") for name in _ARTICLE_EDITED)


def _tags_left(tags: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted({t.casefold() for t in tags}))


def _as_left(kind: str, speaker_id: int | None, verdict: str | None, note: str | None,
             tags: tuple[str, ...]) -> tuple[Any, ...]:
    """What a person edits of an annotation (``annotations.UNPLACED_FIELDS``: where its
    words are is left out, a re-import moves them), tags case-blind (``_tags_left``)."""
    return (kind, speaker_id, verdict or "", note or "", tags)


def _now_left(note: Annotation) -> tuple[Any, ...]:
    return _as_left(note.kind, note.speaker_id, note.verdict, note.note,
                    _tags_left(note.tags))


@dataclass
class MergeReport:
    """What a merge did (or, with ``dry_run``, would do); counts are disjoint per row kind."""

    dry_run: bool = False
    articles_added: int = 0
    articles_present: int = 0
    #: deleted in the file's library: deleted here too; kept here (titles: changed or
    #: annotated here since); not deleted, this login may not delete articles (R20-5)
    articles_deleted: int = 0
    articles_kept: list[str] = field(default_factory=list)
    articles_delete_refused: int = 0
    #: deleted here: left deleted (the file's is the version deleted); back (titles:
    #: changed or annotated in the file's library since, or its deletion undone there)
    articles_left_deleted: int = 0
    articles_back: list[str] = field(default_factory=list)
    annotations_added: int = 0
    annotations_updated: int = 0
    annotations_deleted: int = 0  # deleted in the file's library, and not edited here since
    annotations_skipped: int = 0  # here already, a version seen before, or deleted here
    conflicts: list[Conflict] = field(default_factory=list)
    tags_added: int = 0
    speakers_added: int = 0
    aliases_added: int = 0
    #: speakers here merged into another as the file's library merged them (R21-14)
    speakers_merged: int = 0
    #: speakers here split off again as the file's library undid its merge of them, a
    #: merge this library had taken from it (REVIEW24b finding 3)
    speakers_unmerged: int = 0
    #: speakers here renamed as the file's library renamed them since (R20-2b)
    speakers_renamed: int = 0
    coders_added: int = 0
    collections_added: int = 0
    memberships_added: int = 0
    #: collections coded blind in the file: coded blind here too, or not (this login may
    #: not: a team library's coder; review R18-13)
    collections_blinded: int = 0
    collections_blind_not: int = 0
    #: coded blind in the file, left not blind: this library turned it off later (R20-6)
    collections_blind_kept_off: int = 0
    #: coded blind here, turned off in the file's library later: turned off here too
    #: (RR22-3: never taken, the two libraries disagreed for good in 1 exchange of 4)
    collections_unblinded: int = 0
    #: the file's older state of what this library changed later, left as here (R20-2):
    #: names of tags and collections renamed here, articles taken out of a collection
    #: here, aliases taken from a speaker here
    names_kept: int = 0
    names_taken: int = 0  # renamed as in the file: renamed there later (R20-2)
    memberships_kept_out: int = 0
    aliases_kept_out: int = 0
    skipped_sources: int = 0  # a REFI-QDA import's pictures, PDFs, audio, video
    #: articles edited on one side (their titles): the file's newer text replaced this
    #: library's (its annotations placed again), or this library's text stayed (the file's
    #: annotations placed in it)
    texts_replaced: list[str] = field(default_factory=list)
    texts_kept: list[str] = field(default_factory=list)
    #: articles whose text changed in both libraries since they last met (or whose history
    #: neither tells): this library's stayed, the file's annotations placed in it (R18-9)
    texts_both: list[str] = field(default_factory=list)
    #: articles whose text changed in the file's library only, to one that is no version
    #: of this one (another story under the same article, or a much shorter copy): this
    #: library's stayed (review R20-17: reported as "the file's is older")
    texts_refused: list[str] = field(default_factory=list)
    #: articles whose details (title, source, date …) changed in the file's library only:
    #: taken; and (title, the parts) of those changed in both: this library's stayed
    details_updated: list[str] = field(default_factory=list)
    details_both: list[tuple[str, list[str]]] = field(default_factory=list)
    annotations_orphaned: int = 0  # the file's, on a kept text, whose words are not in it
    changes: Changes = field(default_factory=Changes)
    undo: MergeUndo = field(default_factory=MergeUndo)
    #: how many events of versions the merge notes (the same article under another UUID,
    #: the parts' histories: ``undo.versions``), also a dry run's: a merge that changes
    #: no row may still have to be run for them (review R22-10)
    remembers: int = 0

    @property
    def changed_anything(self) -> bool:
        return any((self.articles_added, self.articles_deleted, self.articles_back,
                    self.annotations_added, self.annotations_updated,
                    self.annotations_deleted, self.conflicts, self.undo.buried,
                    self.texts_replaced, self.details_updated,
                    self.tags_added, self.speakers_added, self.aliases_added,
                    self.coders_added, self.collections_added, self.memberships_added,
                    self.collections_blinded, self.collections_unblinded,
                    self.speakers_merged, self.speakers_renamed,
                    self.speakers_unmerged, self.names_taken))

    def summary(self) -> str:
        """The counts, a line each, under "Merged:": English text that is a ``Message``
        (the app shows it in its language: ``core_text``; it was English only)."""
        parts = [
            Message("merge.sum-articles", "articles: {added} added, {present} already here",
                    added=self.articles_added, present=self.articles_present),
            Message("merge.sum-annotations", "annotations: {added} added, {updated} updated,"
                    " {deleted} deleted, {skipped} skipped, {conflicts} in conflict",
                    added=self.annotations_added, updated=self.annotations_updated,
                    deleted=self.annotations_deleted, skipped=self.annotations_skipped,
                    conflicts=len(self.conflicts)),
            Message("merge.sum-names", "tags: {tags} added; speakers: {speakers} added"
                    " ({aliases} aliases); coders: {coders} added; collections: {collections}"
                    " added ({memberships} memberships)", tags=self.tags_added,
                    speakers=self.speakers_added, aliases=self.aliases_added,
                    coders=self.coders_added, collections=self.collections_added,
                    memberships=self.memberships_added),
        ]
        if self.articles_deleted or self.articles_kept:
            parts.append(Message(
                "merge.sum-articles-deleted", "articles deleted in the file's library:"
                " {deleted} deleted here too, {kept} kept here (changed or annotated here"
                " since{titles})", deleted=self.articles_deleted, kept=len(self.articles_kept),
                titles=_titles(self.articles_kept)))
        if self.articles_delete_refused:
            parts.append(Message(
                "merge.sum-articles-delete-refused", "{n} of the articles deleted in the"
                " file's library not deleted here: your login may not delete articles (an"
                " editor can)", n=self.articles_delete_refused))
        if self.articles_left_deleted or self.articles_back:
            parts.append(Message(
                "merge.sum-articles-back", "articles deleted here: {left} left deleted, {back}"
                " back (changed or annotated in the file's library since, or put back there"
                "{titles})", left=self.articles_left_deleted, back=len(self.articles_back),
                titles=_titles(self.articles_back)))
        if self.names_kept or self.memberships_kept_out or self.aliases_kept_out:
            parts.append(Message(
                "merge.sum-kept-later", "left as changed here later (the file holds the older"
                " state): {names} names (renamed here), {members} memberships (taken out of"
                " the collection here), {aliases} aliases (taken away here)",
                names=self.names_kept, members=self.memberships_kept_out,
                aliases=self.aliases_kept_out))
        if self.names_taken:
            parts.append(Message(
                "merge.sum-renamed", "{n} tags or collections renamed as in the file (renamed"
                " there later)", n=self.names_taken))
        if self.collections_blinded or self.collections_blind_kept_off:
            parts.append(Message(
                "merge.sum-blind-here", "coded blind in the file: {blinded} collections coded"
                " blind here too, {kept} left as they are here (blind coding turned off here"
                " later)", blinded=self.collections_blinded,
                kept=self.collections_blind_kept_off))
        if self.speakers_merged:
            parts.append(Message(
                "merge.sum-speakers-merged", "{n} speakers merged into another here as in the"
                " file's library (their quotes and names go to the one kept)",
                n=self.speakers_merged))
        if self.speakers_unmerged:
            parts.append(Message(
                "merge.sum-speakers-unmerged", "{n} speakers split off again as in the file's"
                " library (it undid the merge this library had taken from it)",
                n=self.speakers_unmerged))
        if self.speakers_renamed:
            parts.append(Message(
                "merge.sum-speakers-renamed", "{n} speakers renamed as in the file's library"
                " (renamed there later; the old names kept as aliases)",
                n=self.speakers_renamed))
        if self.collections_unblinded:
            parts.append(Message(
                "merge.sum-unblinded", "blind coding turned off in the file's library later:"
                " {n} collections no longer coded blind here", n=self.collections_unblinded))
        if self.collections_blind_not:  # (only a login that may not: review R20-6)
            parts.append(Message(
                "merge.sum-blind-refused", "{refused} collections coded blind in the file not"
                " coded blind here: your login may not code a collection blind (an editor"
                " can)", refused=self.collections_blind_not))
        if self.texts_replaced or self.texts_kept or self.texts_both:
            parts.append(Message(
                "merge.sum-texts", "texts edited on one side: {replaced} replaced by the file's"
                " newer version, {kept} kept here (the file's is older); edited in both:"
                " {both}, kept here (the file's annotations placed in the texts kept;"
                " {orphaned} could not be placed)", replaced=len(self.texts_replaced),
                kept=len(self.texts_kept), both=len(self.texts_both),
                orphaned=self.annotations_orphaned))
        if self.texts_refused:
            parts.append(Message(
                "merge.sum-texts-refused", "{n} texts changed in the file's library kept here:"
                " the file's is no version of the text here (another story, or a much shorter"
                " copy)", n=len(self.texts_refused)))
        if self.details_updated or self.details_both:
            parts.append(Message(
                "merge.sum-details", "article details: {updated} updated from the file,"
                " {both} changed in both (kept here)", updated=len(self.details_updated),
                both=len(self.details_both)))
        head = (Message("merge.sum-dry-run", "Dry run, nothing written. Merging would give:")
                if self.dry_run else Message("merge.sum-merged", "Merged:"))
        return joined([head, *parts], "\n  ")

    def as_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out.pop("undo")
        out.pop("changes")
        out.pop("remembers")
        return out


class _DryRun(Exception):
    """Raised inside a dry run's transaction so that it rolls back."""


def conflict_copy_uuid(annotation_uuid: str, fingerprint: str) -> str:
    """The UUID of the kept older version of a conflicting annotation: the same in every
    library that merges the same two versions."""
    return str(uuid_module.uuid5(CONFLICT_NAMESPACE, f"{annotation_uuid}#{fingerprint}"))


def _same_outlet(article: Any, history: Iterable[str]) -> bool:
    """Whether an article (a row, a file's) has the source and URL a history (a deleted
    article's versions) had: the same outlet's copy of its text (R20-16)."""
    had = latest_events(history)
    versions = article_versions(article)
    return versions["source"] in had and versions["url"] in had


def _titles(titles: list[str]) -> str:
    """``: “A”, “B”`` for a report line naming articles (the first five), '' for none."""
    if not titles:
        return ""
    shown = ", ".join(f"“{' '.join(t.split())[:60]}”" for t in titles[:5])
    return f": {shown}" + (f" … (+{len(titles) - 5})" if len(titles) > 5 else "")


def _written(item: dict[str, Any]) -> str:
    """The article's own spelling of a file item's speaker (``kutip:speakerWritten``), ''
    without a speaker (older files and other tools have none: '')."""
    return str(item.get("speaker_written") or "") if str(item["speaker"]).strip() else ""



def _version(found: Annotation | dict[str, Any], origin: str) -> Version:
    """One side's version for a conflict: a stored annotation (here) or a file's item."""
    if isinstance(found, Annotation):
        return Version(uuid=found.uuid, coder=found.coder, updated_at=found.updated_at,
                       exact=found.exact, tags=found.tags, speaker=found.speaker,
                       verdict=found.verdict, note=found.note, origin=origin)
    return Version(uuid=found["uuid"], coder=found["coder"], updated_at=found["modified"],
                   exact=found["exact"], tags=found["tags"], speaker=found["speaker"],
                   verdict=found["verdict"], note=found["note"], origin=origin)


class Exchange(Service):
    """``library.exchange``: the portable library file out (``export_file``) and in
    (``merge``, ``merge_bundle``), and the merge's undo (``undo_merge``)."""

    def __init__(self, session: Session, articles: Articles, annotations: Annotations,
                 tags: Tags, speakers: Speakers, collections: Collections, coders: Coders,
                 texts: Texts):
        super().__init__(session)
        self._texts = texts
        self._articles = articles
        self._annotations = annotations
        self._tags = tags
        self._speakers = speakers
        self._collections = collections
        self._coders = coders

    @property
    def _store(self) -> ExchangeStore:
        store: ExchangeStore | None = getattr(self._session.stores, "exchange", None)
        if store is None:  # (the PostgreSQL team library, until its twin lands)
            raise LibraryError(Message(
                "lib.library-cannot-export-merge", "This library cannot export or merge library "
                "files yet."))
        return store

    # ------------------------------------------------------------------ export
    def scope_ids(self, article_ids: Sequence[int] | None = None, collection: str = ""
                  ) -> list[int]:
        """The articles an export covers: those given, a collection's, else all."""
        if collection.strip():
            if article_ids:
                raise LibraryError(Message(
                    "lib.give-collection-articles-not", "Give a collection or articles, not both."))
            return sorted(self._articles.ids(ArticleFilter(
                collection_id=self._collections.id_of(collection))))
        if article_ids:
            ids = sorted(set(article_ids))
            missing = sorted(set(ids) - {a.id for a in self._articles.rows(list(ids))})
            if missing:
                raise LibraryError(Message("lib.no-articles", "There is no article {ids}.",
                                           ids=listed(missing)))
            return ids
        return sorted(self._articles.ids(ArticleFilter()))

    def items(self, ids: Sequence[int], notes: bool = True, text: bool = True,
              progress: FileProgress | None = None) -> list[tuple[Article, list[Annotation]]]:
        """(article with its text, its annotations) for every article in ``ids``,
        annotations in reading order: every coder's, also on articles coded blind (an
        exchange carries the library, not one coder's view of it). Without ``notes`` or
        ``text``: none read (a file written a member at a time reads each where needed).
        ``progress(done, total, "Reading annotations")`` before each chunk of articles (what
        it raises stops the reading)."""
        out: list[tuple[Article, list[Annotation]]] = []
        for part in chunks(list(ids)):
            if progress is not None:
                progress(len(out), len(ids), "Reading annotations")
            found: dict[int, list[Annotation]] = {}
            for note in (self._annotations.where(article_ids=list(part), everyone=True)
                         if notes else ()):
                found.setdefault(note.article_id, []).append(note)
            for article in self._articles.rows(list(part)):
                if text:
                    article.text = article.text or self._articles.text(article.id)
                out.append((article, found.get(article.id, [])))
        return out

    def bundle(self, article_ids: Sequence[int] | None = None, collection: str = ""
               ) -> tuple[Bundle, dict[str, Any]]:
        """The file's contents for a scope: the ``Bundle`` and the annotations' W3C
        JSON-LD (with each annotation's ``kutip:versions``), in memory (``snapshot``: a
        team library's push and pull; a file is written a part at a time: ``export_file``),
        read at one moment (``read_snapshot``: review R21-17)."""
        with self._session.stores.read_snapshot():
            return self._bundle(article_ids, collection)

    def _bundle(self, article_ids: Sequence[int] | None, collection: str
                ) -> tuple[Bundle, dict[str, Any]]:
        items = self.items(self.scope_ids(article_ids, collection))
        whole = not article_ids and not collection.strip()
        tally = _Tally()
        bundle = Bundle(articles=self._article_entries(items))
        identities = self._identities()
        nodes = self._annotation_nodes(items, identities, tally)
        jsonld = annotation_collection(nodes, tag_identities(tally.tags, identities))
        jsonld["@context"][1]["kutip:versions"] = _VERSIONS_CONTEXT
        in_scope = {a.id: a.uuid for a, _ in items}
        bundle.tags, bundle.speakers, bundle.coders = self._names(tally, whole)
        bundle.collections = self._collection_entries(in_scope, whole)
        bundle.deleted = self._tombstones(list(in_scope.values()), whole, tally.alive)
        if whole:  # (a collection's file: its articles are here, none deleted)
            bundle.deleted_articles = self._article_tombstones()
        return bundle, jsonld

    def _article_entries(self, items: list[tuple[Article, list[Annotation]]]
                         ) -> list[dict[str, Any]]:
        """``articles.json``'s entries of these articles (read with their texts)."""
        entries = [{
            "uuid": article.uuid, "content_hash": article.content_hash,
            **{k: getattr(article, k) for k in (
                "title", "source", "authors", "editor", "url", "dateline", "published",
                "published_partial", "published_inferred", "language", "photo_credit",
                "original_name", "original_format", "imported_at", "updated_at")},
            "pages": [list(p) for p in self._session.stores.pages.get(article.id)],
            "text": article.text,
        } for article, _ in items]
        # the versions each article's parts had here (``article_versions``): the library
        # merging the file tells an older part from one changed here since (review R18-9)
        had = self._versions([a.uuid for a, _ in items])
        for entry in entries:
            entry["versions"] = sorted(v for v in had.get(entry["uuid"], ())
                                       if v.split(":", 1)[0] in _ARTICLE_HISTORY)
        return entries

    def _identities(self) -> dict[str, dict[str, str]]:
        """The UUIDs of the tags, speakers and coders by name (the JSON-LD's ids)."""
        return {"tags": {t.name: t.uuid for t in self._tags.all(everyone=True)},
                "speakers": {s.name: s.uuid for s in self._speakers.all(everyone=True)},
                "coders": {c.name: c.uuid for c in self._coders.all(everyone=True)}}

    def _annotation_nodes(self, items: list[tuple[Article, list[Annotation]]],
                          identities: dict[str, dict[str, str]], tally: _Tally
                          ) -> list[dict[str, Any]]:
        """The JSON-LD nodes of these articles' annotations, each with the versions seen of
        it here; what they use is added to ``tally``."""
        notes = [n for _, anns in items for n in anns]
        tally.add(notes)
        nodes = annotation_nodes([(a, n) for a, anns in items for n in anns], identities)
        seen = self._versions([n.uuid for n in notes])
        for node, note in zip(nodes, notes, strict=True):
            node["kutip:versions"] = sorted(seen.get(note.uuid, ()))
        return nodes

    def _collection_entries(self, in_scope: dict[int, str], whole: bool
                            ) -> list[dict[str, Any]]:
        """``collections.json``: each collection with its members in scope (every one in a
        whole library's file), blind or not (carried: review R18-13), and its events."""
        blind = set(self._coders.blind_collections())
        rows = self._collections.all()
        events = self._versions([c.uuid for c in rows if c.uuid])  # (blind on/off: R20-6)
        entries = []
        for collection_row in rows:
            members = [in_scope[i] for i in self._session.stores.collections.members(
                collection_row.id) if i in in_scope]
            if members or whole:
                entries.append({
                    "uuid": collection_row.uuid, "name": collection_row.name,
                    "articles": members, "blind": collection_row.id in blind,
                    "versions": sorted(v for v in events.get(collection_row.uuid, ())
                                       if v.startswith((BLIND, NAME, _MEMBER)))})
        return entries

    def _article_tombstones(self) -> list[dict[str, Any]]:
        """The deleted articles a whole library's file carries (review R20-5), each with
        the versions its parts had here (a part changed elsewhere since is later work)."""
        rows = self._store.article_tombstones()
        seen = self._versions([r[0] for r in rows])
        return [{"uuid": u, "content_hash": h, "title": "", "deleted_at": d,  # (R21-8)
                 "versions": sorted(v for v in seen.get(u, ())
                                    if v.split(":", 1)[0] in _ARTICLE_HISTORY)}
                for u, h, t, d in rows]

    def _tombstones(self, article_uuids: list[str], whole: bool, alive: set[str]
                    ) -> list[dict[str, Any]]:
        """The deletions a file of this scope carries: every tombstone (the whole
        library), else those of its articles."""
        if whole:
            rows = self._store.tombstones()
        else:
            rows = []
            for part in chunks(article_uuids):
                rows.extend(self._store.tombstones(article_uuids=list(part)))
        rows = [r for r in rows if r[0] not in alive]
        seen = self._versions([r[0] for r in rows])
        return [{"uuid": u, "article": a, "version": f,
                 "versions": sorted(seen.get(u, set()) | {f}), "deleted_at": d}
                for u, a, f, d in rows]

    def snapshot(self, article_ids: Sequence[int] | None = None, collection: str = ""
                 ) -> Bundle:
        """What the file of this scope would hold, as ``merge_bundle`` takes it: another
        library merges it without a file in between (the team library's push and pull)."""
        from ..export.kutipfile import bundle_from

        return bundle_from(*self.bundle(article_ids, collection))

    def export_file(self, path: str | Path, article_ids: Sequence[int] | None = None,
                    collection: str = "", progress: FileProgress | None = None
                    ) -> ExportSummary:
        """Write the portable file of the library, a collection or some articles, a part
        at a time (review R20-7: the whole file was built in memory first, 9.6 GB for
        100,000 articles and 1M annotations; now a chunk of articles at a time), every
        part read at the same moment: one read transaction around the whole write (review
        R21-17: an article deleted meanwhile was in the file twice, alive and deleted).
        ``progress(done, total, stage)`` after each chunk (the articles, then their
        annotations: ``total`` is twice the articles); what it raises stops the export
        with nothing written (the app's Cancel)."""
        whole = not article_ids and not collection.strip()
        tally = _Tally()
        try:
            with self._session.stores.read_snapshot():
                ids = self.scope_ids(article_ids, collection)
                floor = self.file_floor(None if whole else ids)
                if floor > MAX_UNPACKED_BYTES:  # (R22-5: refused after 4-7 minutes)
                    raise TooLarge(floor, over=True)
                try:
                    write_kutip_members(path, self._file_members(ids, whole, tally, progress))
                except TooLarge as error:
                    if not error.compressed or error.unpacked > MAX_FILE_BYTES:
                        raise
                    # it compresses so well that a reader would take it for a zip bomb
                    # (repeated texts: the size message said "up to 1024 MB" of 200): the
                    # same members stored as they are, read back by every Kutip
                    tally = _Tally()
                    try:
                        write_kutip_members(path, self._file_members(ids, whole, tally,
                                                                     progress), stored=True)
                    except TooLarge as stored_error:  # (over the packed limit so)
                        raise stored_error if stored_error.over else error from None
        except TooLarge as error:  # (R20-7: written, and refused by every Kutip's merge)
            if error.over:  # (refused as it was written: how far over is not known)
                raise LibraryError(Message(
                    "lib.kutip-file-over-limit", "{path} was not written: it would unpack to"
                    " more than {limit} MB, the most Kutip reads in a library file ({packed}"
                    " MB packed). Export it a collection at a time (kutip export --format"
                    " kutip --collection NAME) and merge each file.", path=path,
                    limit=MAX_UNPACKED_BYTES // 2**20,
                    packed=MAX_FILE_BYTES // 2**20)) from None
            if error.compressed:  # (stored, it would be over the packed limit)
                raise LibraryError(Message(
                    "lib.kutip-file-compresses", "{path} was not written: its {size} MB of"
                    " repeated text compress so well that Kutip would take the file for a zip"
                    " bomb, and stored as it is it would be over {packed} MB. Export it a"
                    " collection at a time (kutip export --format kutip --collection NAME)"
                    " and merge each file.", path=path, size=error.unpacked // 2**20,
                    packed=MAX_FILE_BYTES // 2**20)) from None
            raise LibraryError(Message(
                "lib.kutip-file-too-large", "{path} was not written: it would unpack to"
                " {size} MB, and Kutip reads a library file of up to {limit} MB unpacked"
                " ({packed} MB packed). Export it a collection at a time (kutip export"
                " --format kutip --collection NAME) and merge each file.", path=path,
                size=error.unpacked // 2**20, limit=MAX_UNPACKED_BYTES // 2**20,
                packed=MAX_FILE_BYTES // 2**20)) from None
        except OSError as error:
            raise LibraryError(Message("lib.cannot-write", "Could not write {path}: {error}",
                                       path=path, error=error.strerror or error)) from None
        return ExportSummary(str(path), tally.articles, tally.annotations)

    def file_floor(self, ids: list[int] | None = None) -> int:
        """The fewest bytes the library file of these articles (None: all) unpacks to,
        counted in the store without reading the articles (``ArticleStore.file_sizes``):
        a file over ``MAX_UNPACKED_BYTES`` is refused up front (review R22-5: the export of
        the 100,000-article library wrote for 264-432 s before it was refused, the app's
        window frozen meanwhile; this count takes ~1 s of CPU there)."""
        articles, text, notes, strings, coded = self._session.stores.articles.file_sizes(ids)
        return (articles * _ENTRY_FLOOR + text + notes * _NODE_FLOOR + strings
                + coded * _CREATOR_FLOOR)

    def _file_members(self, ids: list[int], whole: bool, tally: _Tally,
                      progress: FileProgress | None = None
                      ) -> Iterator[tuple[str, Iterable[bytes]]]:
        """The file's members for ``write_kutip_members``, each made as it is written: the
        articles a chunk at a time with their texts, then their annotations a chunk at a
        time (the articles read again, without texts), then the names, collections and
        deletions they use, and the manifest last (its counts are those written)."""
        in_scope: dict[int, str] = {}
        report = progress or (lambda done, total, stage: None)

        def articles() -> Iterator[bytes]:
            yield b"["
            done = 0
            for part in chunks(ids):
                report(done, 2 * len(ids), WRITING_ARTICLES)
                items = self.items(part, notes=False)
                in_scope.update((a.id, a.uuid) for a, _ in items)
                for entry in self._article_entries(items):
                    yield (b"," if tally.articles else b"") + _compact(entry)
                    tally.articles += 1
                done += len(part)
            yield b"]\n"

        def annotations() -> Iterator[bytes]:
            identities = self._identities()
            skeleton = annotation_collection([], {})
            skeleton["@context"][1]["kutip:versions"] = _VERSIONS_CONTEXT
            del skeleton["total"]  # (after the items here: counted as they are written)
            head = _compact(skeleton)
            yield head[:head.index(b'"items":[]') + len(b'"items":[')]
            comma = b""
            done = len(ids)
            for part in chunks(ids):
                report(done, 2 * len(ids), WRITING_ANNOTATIONS)
                for node in self._annotation_nodes(self.items(part, text=False), identities,
                                                   tally):
                    yield comma + _compact(node)
                    comma = b","
                done += len(part)
            tail: dict[str, Any] = {"total": tally.annotations}
            tag_ids = tag_identities(tally.tags, identities)
            if tag_ids:
                tail["kutip:tagIds"] = tag_ids
            yield b"]}," + _compact(tail)[1:] + b"\n"

        yield "articles.json", articles()
        yield "annotations.jsonld", annotations()
        tags, speakers, coders = self._names(tally, whole)
        collections = self._collection_entries(in_scope, whole)
        deleted = self._tombstones(list(in_scope.values()), whole, tally.alive)
        deleted_articles = self._article_tombstones() if whole else []
        for name, document in (("tags.json", tags), ("speakers.json", speakers),
                               ("coders.json", coders), ("collections.json", collections),
                               ("deleted.json", deleted),
                               ("deleted_articles.json", deleted_articles)):
            yield name, [member_bytes(document)]
        yield "manifest.json", [member_bytes(manifest({
            "articles": tally.articles, "annotations": tally.annotations, "tags": len(tags),
            "speakers": len(speakers), "coders": len(coders), "collections": len(collections),
            "deleted": len(deleted), "deleted_articles": len(deleted_articles)},
            _generator()))]

    def export_qdpx(self, path: str | Path, article_ids: Sequence[int] | None = None,
                    collection: str = "", progress: FileProgress | None = None
                    ) -> ExportSummary:
        """Write a REFI-QDA project (``.qdpx``) of the library, a collection or articles:
        an analysis export, as the coder sees the library (on articles coded blind only
        their own annotations, and no tag, speaker or coder only the others' work there
        names: review R21-16), unlike the ``.kutip`` exchange. ``progress(done, total,
        stage)`` as the articles are read and once before the file is written: what it
        raises (a cancel) leaves no file."""
        from ..export.refi import write_qdpx

        with self._session.stores.read_snapshot():  # (one moment: R21-17)
            ids = self.scope_ids(article_ids, collection)
            items = [(article, self._coders.visible(notes))
                     for article, notes in self.items(ids, progress=progress)]
            tally = _Tally()
            tally.add([n for _, anns in items for n in anns])
            tags, speakers, coders = self._names(
                tally, whole=not article_ids and not collection, everyone=False)
        if progress is not None:
            progress(len(items), len(items), "Writing the export")
        try:
            count = write_qdpx(path, collection or Path(path).stem, items, tags, speakers,
                               coders, origin=_generator())
        except OSError as error:
            raise LibraryError(Message("lib.cannot-write", "Could not write {path}: {error}",
                                       path=path, error=error.strerror or error)) from None
        return ExportSummary(str(path), len(items), count)

    def export_qdc(self, path: str | Path) -> int:
        """Write the codebook (``.qdc``): every tag, and Kutip's kind, speaker and verdict
        codes, as the coder sees them (coding blind: none only the others' work names,
        R21-16); returns how many tags it holds."""
        from ..export.refi import codebook_xml

        with self._session.stores.read_snapshot():  # (one moment: R21-17)
            tags = [{"uuid": t.uuid, "name": t.name, "colour": t.colour}
                    for t in self._tags.all()]
            speakers = [{"uuid": s.uuid, "name": s.name} for s in self._speakers.all()]
        try:
            write_file_atomic(path, codebook_xml(tags, speakers, origin=_generator()))
        except OSError as error:
            raise LibraryError(Message("lib.cannot-write", "Could not write {path}: {error}",
                                       path=path, error=error.strerror or error)) from None
        return len(tags)

    def import_qdpx(self, path: str | Path, dry_run: bool = False) -> MergeReport:
        """Bring a REFI-QDA project in: its text sources as articles (the same text is the
        same article), its coded selections as annotations of their users (as coders),
        its codes as tags; the merge's rules apply, so importing it again adds nothing."""
        from ..export.refi import read_qdpx

        found = read_qdpx(path)
        report = self.merge_bundle(found.bundle, dry_run=dry_run)
        report.skipped_sources = found.skipped_sources
        return report

    def coded_table(self, article_ids: Sequence[int] | None = None, collection: str = "",
                    bom: bool = False, spreadsheet_safe: bool = True,
                    progress: FileProgress | None = None) -> str:
        """The coded table for statistics (``export.codedtable``) as CSV text: every
        article of the scope × every code, each coder's counts and coded characters; as
        the coder sees the library (on articles coded blind only their own codes, and no
        column for a coder whose work is all blind: review RR21-5, as ``export_qdpx``).
        ``progress`` as ``export_qdpx``'s, while the articles are read."""
        from ..export.codedtable import coded_table_csv

        with self._session.stores.read_snapshot():  # (one moment: R21-17)
            items = [(article, self._coders.visible(notes)) for article, notes
                     in self.items(self.scope_ids(article_ids, collection),
                                   progress=progress)]
            coders = [c.name for c in self._coders.all() if c.annotations]
        return coded_table_csv(items, coders, bom=bom, spreadsheet_safe=spreadsheet_safe)

    def _names(self, used: _Tally, whole: bool, everyone: bool = True
               ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
        """The tags, speakers and coders a file names: all (``whole``) or those its
        annotations (``used``) name; ``everyone`` False: as the coder sees them (coding
        blind)."""
        tags = [{"uuid": t.uuid, "name": t.name, "colour": t.colour}
                for t in self._tags.all(everyone=everyone) if whole or t.name in used.tags]
        # (a description longer than any file carries, typed before the limit: its start)
        speakers = [{"uuid": s.uuid, "name": s.name,
                     "description": s.description[:MAX_DESCRIPTION_LENGTH],
                     "aliases": s.aliases} for s in self._speakers.all(everyone=everyone)
                    if whole or s.name in used.speakers]
        coders = [{"uuid": c.uuid, "name": c.name} for c in self._coders.all(everyone=everyone)
                  if whole or c.name in used.coders]
        # the events of their names and aliases (renamed, taken away here: review R20-2)
        rows: list[dict[str, Any]] = [*tags, *speakers]
        events = self._versions([str(r["uuid"]) for r in rows if r["uuid"]])
        for row in rows:
            row["versions"] = sorted(v for v in events.get(str(row["uuid"]), ())
                                     if v.startswith((NAME, _ALIAS, _MERGED)))
        return tags, speakers, coders

    def _versions(self, uuids: list[str]) -> dict[str, set[str]]:
        found: dict[str, set[str]] = {}
        for part in chunks(uuids):
            found.update(self._store.versions(list(part)))
        return found

    # ------------------------------------------------------------------ merge
    def read(self, path: str | Path) -> Bundle:
        """The checked contents of a portable file (``ValueError``: one line)."""
        return read_kutip_file(path)

    def merge(self, path: str | Path, dry_run: bool = False) -> MergeReport:
        """Merge the portable file at ``path`` (see the module docstring)."""
        return self.merge_bundle(self.read(path), dry_run=dry_run)

    @write
    def merge_bundle(self, bundle: Bundle, dry_run: bool = False,
                     leave: Collection[str] = ()) -> MergeReport:
        """Merge a file's contents in one transaction; ``dry_run`` reports what would
        happen and writes nothing. Anything wrong (an article text that differs from this
        library's under the same UUID) raises ``LibraryError`` with nothing written.
        ``leave``: annotation UUIDs whose items are skipped (a redo after ``undo_merge``
        kept someone's work on them: ``MergeUndone.left``)."""
        self._session.refuse_if_damaged()
        report = MergeReport(dry_run=dry_run)
        try:
            with self._session.tx(), self._counts_at_end():
                _Merge(self, bundle, report, frozenset(leave)).run()
                report.remembers = len(report.undo.versions)
                if dry_run:
                    raise _DryRun
        except _DryRun:
            report.undo = MergeUndo()
            return report
        report.changes = self._session.changes_so_far()
        return report

    @write
    def undo_merge(self, report: MergeReport) -> MergeUndone:
        """Take a merge back: what it added is removed, what it updated is as it was; but
        only what is still as the merge left it (review R18-3): an annotation someone
        changed since (a speaker, a note, tags: wherever its words are now) or deleted
        stays as they left it, an article the merge added stays while it holds
        annotations the merge did not add (a colleague's own), or once someone edited it,
        filed it in a collection or dismissed its suggestions (RR18-3), and so do the
        speakers, tags, coders and collections those use. Returns what was left, and
        why."""
        undo = report.undo
        done = MergeUndone()
        kept_parts: set[tuple[str, str]] = set()  # (article UUID, part) left as changed since
        with self._session.tx(), self._counts_at_end():
            now_ = {n.id: n for part in chunks(sorted(undo.left))
                    for n in self._annotations.where(ids=list(part), everyone=True)}
            back = set()  # still as the merge left them: taken back
            for note_id, (uuid, as_left) in undo.left.items():
                if note_id in now_ and _now_left(now_[note_id]) == as_left:
                    back.add(note_id)
                else:  # changed since (kept), or deleted since (left deleted)
                    done.left.add(uuid)
                    done.kept_annotations += note_id in now_
            for note in undo.replaced:
                if note.id in back:
                    self._annotations.restore(note)
            store = self._store
            store.delete_rows("annotations", [i for i in undo.annotations if i in back])
            # the articles it deleted, before their annotations (tombstones lifted first:
            # the restore notes a deletion it finds as undone, this one never happened)
            store.unbury_articles(undo.buried_articles)
            for snapshot in undo.deleted_articles:
                self._articles.restore(snapshot)
            for note in undo.deleted:  # (which also lifts their tombstones)
                self._annotations.restore(note)
            for snapshot in reversed(undo.texts):  # the text and spans as they were,
                # unless the text the merge gave was re-imported or edited since (refused
                # whole, one line: its spans and a colleague's later notes are the newer's)
                # or annotated since on the newer words (kept: those would point at others)
                if not snapshot.get("details_only") and self._annotated_since(snapshot):
                    done.kept_texts += 1
                    continue
                kept = self._restore_text(snapshot)
                if kept:
                    done.kept_details += 1
                    uuid = self._articles.get(snapshot["article_id"]).uuid
                    kept_parts.update((uuid, part) for part in kept)
            store.unbury(undo.buried)
            store.bury([t for t in undo.unburied if t[0] not in done.left])

            for table, row_id, before, given in reversed(undo.renamed):  # (still so only)
                stores = self._session.stores
                row = (stores.tags.get_by_id(row_id) if table == "tags"
                       else stores.collections.get(row_id))
                if row is not None and row["name"] == given:
                    (stores.tags if table == "tags" else stores.collections).rename(
                        row_id, before)
            for article_id, collection_id in undo.links:
                self._session.stores.collections.unlink(article_id, collection_id)
            blind = set(self._session.stores.coders.blind_collections())
            for collection_id in undo.blinded:  # (as the merge left it: still blind)
                if collection_id in blind:
                    self._session.stores.coders.set_blind(collection_id, False)
            for collection_id in undo.unblinded:  # (as the merge left it: still not)
                if collection_id not in blind:
                    self._session.stores.coders.set_blind(collection_id, True)
            edited = {a.id for a in self._articles.rows(list(undo.articles))
                      if _article_left(partial(getattr, a)) != undo.article_stamps.get(a.id)}
            done.kept_articles = len(edited) + len(store.delete_unused_rows(
                "articles", [i for i in undo.articles if i not in edited]))
            # (not as this library's own steps: the merge's events are forgotten below,
            # and an unmerge or a rename back noted would travel as a later decision of
            # this library's, review R24-4)
            for speaker_id, before, given in reversed(undo.speakers_renamed):
                row = self._session.stores.speakers.get(speaker_id)
                if row is not None and row["name"] == given:  # (still so only)
                    self._speakers.rename(given, before, noted=False)
            for snapshot in reversed(undo.speakers_merged):  # (as they were here)
                self._speakers.unmerge(snapshot, noted=False)
            for speaker_id, alias in undo.aliases:
                store.delete_alias(speaker_id, alias)
            store.delete_unused_rows("speakers", undo.speakers)
            for speaker_id, alias in reversed(undo.aliases_removed):  # (name free only)
                if self._session.stores.speakers.get(speaker_id) is not None and \
                        store.speaker_by_name(alias) is None:
                    store.insert_alias(speaker_id, alias)
            store.delete_unused_rows("tags", undo.tags)
            store.delete_unused_rows("collections", undo.collections)
            store.delete_unused_rows("coders", undo.coders)
            # the tombstones it lifted, of articles its undo took out again (one kept, as
            # someone worked on it since, stays)
            alive = store.articles_by_uuid([t[0] for t in undo.unburied_articles])
            store.bury_articles([t for t in undo.unburied_articles if t[0] not in alive])
            # (a kept annotation's versions stay seen: merging the file again finds the
            # version it holds is newer than the file's, not a conflict)
            store.forget_versions([v for v in undo.versions if v[0] not in done.left
                                   and (v[0], v[1].split(":", 1)[0]) not in kept_parts])
        for article_id in {*undo.articles, *(n.article_id for n in undo.replaced),
                           *(n.article_id for n in undo.deleted),
                           *(t["article_id"] for t in undo.texts),
                           *(a["article"]["id"] for a in undo.deleted_articles)}:
            self._changed("articles", article_id)
        self._changed("annotations")
        for area in ("tags", "speakers", "collections"):
            self._changed(area)
        return done

    def _restore_text(self, snapshot: dict[str, Any]) -> set[str]:
        """Put back what a merge replaced of an article (``undo_merge``): its text (when it
        took the file's; refused whole if the text changed since) and each detail it took
        that is still as it wrote it; a detail someone changed since stays as they made
        it (reread18 RR18-6: every detail of the snapshot was written back over a
        colleague's later title or byline). Returns the parts left so (``article_versions``'
        names: the date's fields are one part)."""
        article_id, before = snapshot["article_id"], snapshot["article"]
        left: dict[str, Any] = snapshot.get("left", {})
        now_row = self._articles.get(article_id)
        changed = {k for k, v in left.items()
                   if str(getattr(now_row, k, "") or "") != str(v or "")}
        values = {k: before[k] for k in left if k not in changed and k in before}
        if not changed:
            values["updated_at"] = before["updated_at"]
        if not snapshot.get("details_only"):
            values.update(text=before["text"], content_hash=before["content_hash"])
            self._texts.restore({**snapshot, "article": values},
                                based_on=snapshot.get("replaced_by"))
        elif values:  # (the text is not the merge's: whatever it is now stays)
            self._session.stores.articles.update(article_id, values)
        return {"date" if k in _DATE_PARTS else k for k in changed}

    def _annotated_since(self, snapshot: dict[str, Any]) -> bool:
        """Whether the article of a text the merge replaced holds an annotation that text's
        snapshot does not know (made or merged on the newer words since, and kept by
        the undo): putting the older text back would leave it on other words."""
        article_id = snapshot["article_id"]
        if content_hash(self._articles.text(article_id)) != snapshot.get("replaced_by"):
            return False  # (re-imported since: ``Texts.restore`` refuses the undo whole)
        known = {note["id"] for note in snapshot["annotations"]}
        return any(n.id not in known for n in self._annotations.where(
            article_ids=[article_id], everyone=True))


_VERSIONS_CONTEXT = {"@id": "kutip:versions", "@container": "@set"}
#: ``export_file``'s stages, as its ``progress`` names them
WRITING_ARTICLES, WRITING_ANNOTATIONS = "Writing the articles", "Writing the annotations"
#: ``export_file``'s progress: (done, total, stage)
FileProgress = Callable[[int, int, str], None]
# What every article's entry (``_article_entries``) and every annotation's node
# (``webannotation._annotation`` with its "kutip:versions") takes at least in a file, in
# bytes, besides the strings ``ArticleStore.file_sizes`` counts (the keys, the fixed values,
# the brackets; a node's creator, when it has a coder, apart): ~300, ~320 (an orphan's)
# and 38 for the smallest (tests/test_export_floor.py: these stay below any file's)
_ENTRY_FLOOR = 280
_NODE_FLOOR = 300
_CREATOR_FLOOR = 35


@dataclass
class _Tally:
    """What a file's annotations use, counted as they are written: the tags (with their
    parents), speakers and coders named, the annotations' UUIDs (their tombstones are not
    carried) and how many articles and annotations were written."""

    tags: set[str] = field(default_factory=set)
    speakers: set[str] = field(default_factory=set)
    coders: set[str] = field(default_factory=set)
    alive: set[str] = field(default_factory=set)
    articles: int = 0
    annotations: int = 0

    def add(self, notes: list[Annotation]) -> None:
        self.tags |= used_tags(notes)
        self.speakers.update(n.speaker for n in notes)
        self.coders.update(n.coder for n in notes)
        self.alive.update(n.uuid for n in notes)
        self.annotations += len(notes)


def _compact(document: Any) -> bytes:
    """A part of a member, as ``member_bytes`` writes a whole one (no line end)."""
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _generator() -> str:
    from ... import __version__

    return f"Kutip {__version__}"


class _Merge:
    """One merge's work (inside the caller's transaction)."""

    def __init__(self, exchange: Exchange, bundle: Bundle, report: MergeReport,
                 leave: frozenset[str] = frozenset()):
        self.x = exchange
        self.leave = leave  # annotation UUIDs whose items are skipped
        self.tags_left: dict[tuple[str, ...], tuple[str, ...]] = {}
        self.store = exchange._store
        self.bundle = bundle
        self.report = report
        self.undo = report.undo
        self.article_ids: dict[str, int] = {}  # file article uuid -> id here
        self.titles: dict[str, str] = {}
        self.coders: dict[str, int] = {}  # "uuid:…" / "name:…" -> id here
        self.tags: dict[str, int] = {}  # casefolded name -> id here
        self.speakers: dict[str, int] = {}  # casefolded name or alias -> id here
        self.speaker_names: dict[int, str] = {}
        self.touched: set[int] = set()  # articles whose annotations changed
        # new annotations are written in batches (``BulkStore``), not a row at a time
        self.bulk: BulkStore | None = getattr(exchange._session.stores, "bulk", None)
        self.next_id = 0
        self.batch: list[tuple[Any, ...]] = []
        self.batch_links: list[tuple[int, int]] = []
        self.made_uuids: set[str] = set()
        #: the aliases of speakers here by name (``speaker_aliases``)
        self.aliases_of: dict[str, list[str]] = {}
        self.edited: list[dict[str, Any]] = []  # the file's articles here under another text
        self.same_uuid: list[dict[str, Any]] = []  # the file's articles here under their UUID
        # file article uuid -> the UUID of the same article here, where they differ (its
        # versions are kept under it: ``SAME``)
        self.uuid_here: dict[str, str] = {}
        self.kept_texts: dict[str, str] = {}  # file article uuid -> the text kept here
        self.stay_deleted: set[str] = set()  # the file's articles this library deleted
        # annotation uuid -> its version before this merge placed it again in the file's
        # text it took (``merge_texts``): what the file's library may have seen of it
        self.before_taken: dict[str, str] = {}
        self.tag_versions: dict[str, Iterable[str]] = {}  # the file's tags' events
        self.texts_here: dict[int, str] = {}  # article id -> its text (``text_here``)

    def run(self) -> None:
        self.check_articles()
        self.merge_coders()
        self.merge_tags()
        self.merge_speakers()
        self.check_buried_articles()
        self.merge_articles()
        self.merge_texts()
        self.merge_collections()
        self.merge_annotations()
        self.merge_deletions()
        self.merge_article_deletions()

    # -- articles ---------------------------------------------------------------
    def check_articles(self) -> None:
        """Which of the file's articles this library has: the same article (its UUID, with
        the same text), else the same text from the same outlet (``rules.same_outlet``).
        Another outlet's copy of a text held here is an article of its own (R15-5)."""
        articles = self.bundle.articles
        here_by_hash: dict[str, list[Row]] = {}
        here_by_uuid: dict[str, tuple[int, str]] = {}
        stores = self.x._session.stores
        for part in chunks(articles):
            for row in stores.articles.copies([a["content_hash"] for a in part]):
                here_by_hash.setdefault(row["content_hash"], []).append(row)
            here_by_uuid.update(self.store.articles_by_uuid([a["uuid"] for a in part]))
        known = self.known_as(articles, here_by_uuid)
        same_here: dict[str, int] = {}  # file article uuid -> the same article here
        for article in articles:
            self.titles[article["uuid"]] = article["title"]
            same_id = here_by_uuid.get(article["uuid"])
            if same_id is None and article["uuid"] in known:  # (the same article: R20-11)
                self.uuid_here[article["uuid"]], same_id = known[article["uuid"]]
                same_here[article["uuid"]] = same_id[0]
            if same_id is not None:  # (its parts are decided one by one: ``merge_texts``)
                self.same_uuid.append(article)
            if same_id is not None and same_id[1] == article["content_hash"]:
                self.article_ids[article["uuid"]] = same_id[0]
                continue
            found = present_copy(article["source"], article["url"],
                                 here_by_hash.get(article["content_hash"], ()))
            if found is not None:
                self.article_ids[article["uuid"]] = found
                if same_id is None:
                    same_here[article["uuid"]] = found
                continue
            if same_id is not None:  # edited on one side: ``merge_texts`` decides
                self.article_ids[article["uuid"]] = same_id[0]
                self.edited.append(article)

        self.remember_same(same_here, articles)

    def known_as(self, articles: list[dict[str, Any]], here_by_uuid: dict[str, Any]
                 ) -> dict[str, tuple[str, tuple[int, str]]]:
        """The file's articles not here under their UUID that are the same article as one
        here (``SAME``: remembered here by an earlier merge, or carried by the file's
        article, which the file's library knew as one of this library's): file article
        UUID -> (the UUID here, (its id, its content hash))."""
        named: dict[str, list[str]] = {}
        missing = [a for a in articles if a["uuid"] not in here_by_uuid]
        for part in chunks(missing):
            seen = self.x._versions([a["uuid"] for a in part])
            for article in part:
                others = [v[len(SAME):] for v in (*sorted(seen.get(article["uuid"], ())),
                                                  *article.get("versions", ()))
                          if v.startswith(SAME)]
                if others:
                    named[article["uuid"]] = others
        here: dict[str, tuple[int, str]] = {}
        for part in chunks(sorted({u for others in named.values() for u in others})):
            here.update(self.store.articles_by_uuid(list(part)))
        return {uuid: (other, here[other]) for uuid, others in named.items()
                for other in reversed(others) if other in here}

    def remember_same(self, found: dict[str, int], articles: list[dict[str, Any]]) -> None:
        """Remember, both ways, the file's articles found here under another UUID (by their
        text, or named so: ``SAME``): the file's next text or details of it are this
        article's. And the UUIDs the file's article has in other libraries, which the
        file's library knew (its ``SAME``): this article's too, carried on in this
        library's files (review R21-10: a third library's UUID)."""
        uuids = self.store.uuids("articles", sorted(set(found.values())))
        others = {a["uuid"]: [v for v in a.get("versions", ()) if v.startswith(SAME)]
                  for a in articles if a["uuid"] in found}
        pairs = [pair for theirs, article_id in found.items()
                 if (mine := uuids.get(article_id)) and mine != theirs
                 for pair in ((theirs, SAME + mine), (mine, SAME + theirs),
                              *((mine, v) for v in others.get(theirs, ())
                                if v != SAME + mine))]
        self.undo.versions.extend(self.store.remember_versions(pairs))

    def merge_texts(self) -> None:
        """The file's articles here under their UUID: each part (the text, each detail, the
        date) decided on its own by the versions each side has had (``article_versions``,
        review R18-9; the row's ``updated_at`` said nothing, a detail's edit moved it): the
        file's where the file's library had this library's as late or later (changed there
        since), this library's where it had the file's as late or later (changed here
        since; a value set back to one had before is a later event of it: RR18-2).
        Where both changed since, or neither side's history tells (files and libraries
        older than this), this library's stays and the report says so: nothing here is
        ever replaced by what only looks newer. A text is taken as a re-import's
        is (a version of this one keeping most of it), the annotations here placed again
        in it; a text kept gets the file's annotations placed in it."""
        stores = self.x._session.stores
        # every part of every such article read at once, without its text, and the
        # versions each had here: most are as the file has them (every team push and
        # pull, a file merged again), and those cost no more (reread18 RR18-5)
        parts_here = stores.articles.listed(
            [self.article_ids[a["uuid"]] for a in self.same_uuid], VERSIONED_COLUMNS)
        had = self.x._versions([self.uuid_here.get(a["uuid"], a["uuid"])
                                for a in self.same_uuid])
        remember: list[tuple[str, str]] = []
        for article in self.same_uuid:
            uuid = article["uuid"]
            mine_uuid = self.uuid_here.get(uuid, uuid)  # (its versions here are kept under it)
            article_id = self.article_ids[uuid]
            values = parts_here.get(article_id)
            if values is None:
                continue
            seen_here = had.get(mine_uuid, set())
            seen_there = set(article.get("versions", ()))
            if article_parts(dict(zip(VERSIONED_COLUMNS, values, strict=True))) == \
                    article_parts(article):
                # nothing to decide; what the file's library had and this one did not is
                # known here from now on, as for a part taken below (a third library's
                # older version is then older here too)
                remember.extend((mine_uuid, v) for v in sorted(seen_there - seen_here)
                                if v != SAME + mine_uuid)
                continue
            here = stores.articles.get(article_id)
            if here is None:
                continue
            mine, theirs = article_versions(here), article_versions(article)
            # each value with the latest time each side had it (a part set back to a
            # value it had is a later event of it, ``latest_events``: RR18-2)
            had_here, had_there = latest_events(seen_here), latest_events(seen_there)
            take: list[str] = []
            both: list[str] = []
            for part, version in theirs.items():
                if version == mine[part] or (had_here.get(version, -1)
                                             >= had_there.get(version, 0)):
                    continue  # (the same, or this library had it as late or later: older)
                # the file's library had this one's as late or later: changed there since
                (take if had_there.get(mine[part], -1) >= had_here.get(mine[part], 0)
                 else both).append(part)
            text_taken = ("text" in take and one_story(here["text"], article["text"])
                          and keeps_most(here["text"], article["text"]))
            details = {k: article[k] for part in take if part != "text"
                       for k in (_DATE_PARTS if part == "date" else (part,))}
            title = article["title"] if "title" in take else here["title"]
            if text_taken or details:
                snapshot = self.x._texts.snapshot(article_id)
                if text_taken:
                    self.before_taken.update(
                        (n.uuid, fingerprint_of(n)) for n in self.x._annotations.where(
                            article_ids=[article_id], everyone=True) if n.uuid)
                    done = self.x._texts.replace(article_id, article["text"], **details)
                    self.undo.versions.extend(done.versions)
                    self.report.texts_replaced.append(title)
                else:
                    stores.articles.update(article_id, {**details, "updated_at": now()})
                    self.undo.versions.extend(self.x._articles.note_versions(article_id, here))
                    self.x._changed("articles", article_id)
                if details:
                    self.report.details_updated.append(title)
                # (the text the undo takes back: a newer one is never undone, R17-7's undo)
                snapshot["replaced_by"] = content_hash(self.x._articles.text(article_id))
                snapshot["details_only"] = not text_taken
                # the details as the merge wrote them: its undo puts back only those still
                # so, never over a colleague's later title or byline (RR18-6)
                after = stores.articles.get(article_id) or {}
                snapshot["left"] = {k: after.get(k) for k in details}
                self.undo.texts.append(snapshot)
            if here["content_hash"] != article["content_hash"] and not text_taken:
                self.kept_texts[uuid] = here["text"]
                (self.report.texts_both if "text" in both else self.report.texts_refused
                 if "text" in take else self.report.texts_kept).append(title)
            if set(both) - {"text"}:
                self.report.details_both.append((title, [p for p in both if p != "text"]))
            # what the file's library had is known here from now on (reported once) — but
            # not the file's version of a part NOT taken (changed on both sides, or a text
            # that is no version of this one): remembered, it would tell the other library
            # at its next merge that this one had it and moved on, and its own edit would
            # give way to this one's, unsaid (reread18 RR18-1)
            not_taken = set(both) | ({"text"} if "text" in take and not text_taken else set())
            now_there = {part: event_name(v, had_there.get(v, 0)) for part, v in theirs.items()
                         if v != mine[part]}
            # (nor any of its history: versions this library never saw, which its own
            # concurrent edit does not supersede; remembered, they would make that edit
            # look newer than them to a third library, review R19-6)
            known = {v for v in seen_there if v.split(":", 1)[0] not in not_taken} | {
                v for part, v in now_there.items() if part not in not_taken}
            remember.extend((mine_uuid, v) for v in sorted(known - seen_here)
                            if v != SAME + mine_uuid)
        self.undo.versions.extend(self.store.remember_versions(remember))

    def placed(self, item: dict[str, Any], text: str | None = None) -> dict[str, Any]:
        """A file's annotation of an article whose text here is another (``text``, else
        the one kept here): placed in this library's text as a re-import places
        annotations (an orphan, words kept, when they are not in it)."""
        text = self.kept_texts[item["article"]] if text is None else text
        if item["start"] is None:
            return item
        state, start, end = place(text, item)
        if start is None or end is None:
            self.report.annotations_orphaned += 1
            return {**item, "start": None, "end": None}
        return {**item, **make_selector(text, start, end), "anchor": state}

    def text_here(self, article_id: int) -> str:
        if article_id not in self.texts_here:
            self.texts_here[article_id] = self.x._articles.text(article_id)
        return self.texts_here[article_id]

    def check_buried_articles(self) -> None:
        """The file's articles this library deleted (their tombstones; review R20-5): the
        deletion stands where the file holds the article as deleted here (each part a
        version this library had as late or later, each annotation one deleted here in a
        version it had seen); an article changed or annotated in the file's library since,
        or put back there (``DELETED``), comes back, named in the report. (A login that may
        not delete articles may not bring one back either: it stays deleted.)"""
        missing = [a for a in self.bundle.articles if a["uuid"] not in self.article_ids]
        # file article UUID -> the tombstone here: its UUID's, else one of its text's from
        # the same outlet (the same file imported on both sides: review R20-16)
        buried: dict[str, tuple[str, str, str, str]] = {}
        for part in chunks([a["uuid"] for a in missing]):
            buried.update((t[0], t) for t in self.store.article_tombstones(list(part)))
        rest = [a for a in missing if a["uuid"] not in buried]
        by_hash: dict[str, list[tuple[str, str, str, str]]] = {}
        for part in chunks(sorted({a["content_hash"] for a in rest})):
            for t in self.store.article_tombstones(hashes=list(part)):
                by_hash.setdefault(t[1], []).append(t)
        lives = self.x._versions(sorted({t[0] for ts in by_hash.values() for t in ts}))
        for article in rest:
            found = next((t for t in by_hash.get(article["content_hash"], ())
                          if _same_outlet(article, lives.get(t[0], ()))), None)
            if found is not None:
                buried[article["uuid"]] = found
        if not buried:
            return
        had = self.x._versions(sorted({t[0] for t in buried.values()}))
        items: dict[str, list[dict[str, Any]]] = {}
        for item in self.bundle.annotations:
            if item["article"] in buried:
                items.setdefault(item["article"], []).append(item)
        uuids = [i["uuid"] for found in items.values() for i in found]
        stones: dict[str, str] = {}
        for part in chunks(uuids):
            stones.update((t[0], t[2]) for t in self.store.tombstones(uuids=list(part)))
        seen = self.x._versions(uuids)
        may = self.store.may_delete_articles()
        for article in missing:
            tombstone = buried.get(article["uuid"])
            if tombstone is None:
                continue
            history = set(article.get("versions", ()))
            here, there = latest_events(had.get(tombstone[0], ())), latest_events(history)
            later = DELETED + tombstone[3] in history or any(
                here.get(v, -1) < there.get(v, 0) for v in article_versions(article).values())
            for item in items.get(article["uuid"], ()):
                mine = self.fingerprint_here(item)
                if later or item["uuid"] not in stones or not (
                        mine == stones[item["uuid"]] or mine in seen.get(item["uuid"], ())):
                    later = True
                    break
            if later and may:
                self.store.unbury_articles([tombstone[0]])
                self.undo.unburied_articles.append(tombstone)
                if DELETED + tombstone[3] in history:  # (its annotations deleted with it too)
                    self.unbury_with(article["uuid"], tombstone[3])
                self.report.articles_back.append(article["title"])
            else:
                self.stay_deleted.add(article["uuid"])
                self.report.articles_left_deleted += 1

    def unbury_with(self, article_uuid: str, stamp: str) -> None:
        """Lift the tombstones of the annotations deleted with an article whose deletion
        the file's library undid: they come back with it."""
        stones = [t for t in self.store.tombstones(article_uuids=[article_uuid])
                  if t[3] == stamp]
        self.store.unbury([t[0] for t in stones])
        self.undo.unburied.extend(stones)

    def fingerprint_here(self, item: dict[str, Any]) -> str:
        """A file's annotation's fingerprint with its speaker as named here, making no
        speaker (``canonical_speaker`` makes one this library lacks)."""
        speaker_id = self.store.speaker_by_name(clean_name(item["speaker"])) if str(
            item["speaker"]).strip() else None
        speaker = "" if not str(item["speaker"]).strip() else (
            self.store.speaker_name(speaker_id) if speaker_id is not None else item["speaker"])
        return annotation_fingerprint({**item, "speaker": speaker})

    def merge_article_deletions(self) -> None:
        """The file's articles' tombstones (review R20-5): an article deleted there is
        deleted here too (with what is filed of it) unless it was changed here since (a
        part's version the deleting library never had as late) or still holds annotations
        once the file's deletions of its annotations are done (made or edited here since):
        then it stays, named in the report once (``DELETED`` noted). The tombstone is kept
        here, so the deletion travels on."""
        gone = self.bundle.deleted_articles
        if not gone:
            return
        uuids = [t["uuid"] for t in gone]
        here: dict[str, tuple[int, str]] = {}
        buried: set[str] = set()
        for part in chunks(uuids):
            here.update(self.store.articles_by_uuid(list(part)))
            buried.update(t[0] for t in self.store.article_tombstones(list(part)))
        may = self.store.may_delete_articles()
        stores = self.x._session.stores
        alive = set(self.article_ids.values())  # (the file's live articles, here)
        # (an article here under another UUID that a merge found to be the same: R20-11)
        here.update((uuid, found) for uuid, (_, found) in self.known_as(gone, here).items())
        bury: list[tuple[str, str, str, str]] = []
        remember: list[tuple[str, str]] = []
        for tombstone in gone:
            uuid, stamp = tombstone["uuid"], tombstone["deleted_at"]
            row = (uuid, tombstone["content_hash"], tombstone["title"], stamp)
            found = here.get(uuid)
            current = stores.articles.get(found[0]) if found is not None else (
                self.copy_here(tombstone, alive))
            if current is None or int(current["id"]) in alive:
                # not here (the tombstone kept, to travel on), or the file carries it alive
                # under another UUID (re-imported there after the deletion: its live copy
                # wins, R20-16)
                if current is None and uuid not in buried and may:
                    bury.append(row)
                    remember.extend((uuid, v) for v in tombstone["versions"])
                continue
            found = (int(current["id"]), str(current["content_hash"]))
            mine = str(current["uuid"] or "")  # (another than the tombstone's: a copy)
            seen_here = self.x._versions([mine]).get(mine, set()) if mine else set()
            if DELETED + stamp in seen_here:
                continue  # (this deletion was undone or outlived here)
            there, local = latest_events(tombstone["versions"]), latest_events(seen_here)
            if any(there.get(v, -1) < local.get(v, 0) for v in
                   article_versions(current).values()) or next(
                    iter(stores.annotations.where(None, [found[0]]).rows), None) is not None:
                remember.append((mine, DELETED + stamp))
                self.report.articles_kept.append(str(current.get("title") or ""))
                continue
            if not may:
                self.report.articles_delete_refused += 1
                continue
            self.undo.deleted_articles.append(self.x._articles.snapshot(found[0]))
            stores.articles.delete(found[0])
            for buried_uuid in dict.fromkeys((uuid, mine)):  # (its copy's too)
                if buried_uuid:
                    bury.append((buried_uuid, *row[1:]))
                    remember.extend((buried_uuid, v) for v in tombstone["versions"])
            self.report.articles_deleted += 1
            self.x._changed("articles", found[0])
        self.store.bury_articles(bury)
        self.undo.buried_articles.extend(r[0] for r in bury)
        self.undo.versions.extend(self.store.remember_versions(remember))

    def copy_here(self, tombstone: dict[str, Any], alive: set[int]) -> Row | None:
        """This library's article of a tombstone's text from the same outlet (review
        R20-16: the same file imported on both sides; two UUIDs, one article), not one the
        file carries alive; None without one."""
        stores = self.x._session.stores
        for copy in stores.articles.copies([tombstone["content_hash"]]):
            if int(copy["id"]) in alive:
                continue
            row = stores.articles.get(int(copy["id"]))
            if row is not None and _same_outlet(row, tombstone["versions"]):
                return row
        return None

    def merge_articles(self) -> None:
        new = []
        for article in self.bundle.articles:
            if article["uuid"] in self.stay_deleted:
                continue
            if article["uuid"] in self.article_ids:
                self.report.articles_present += 1
            else:
                new.append(article)
        stamp = now()
        rows = [(*(article[k] for k in _ARTICLE_COLUMNS), int(article["published_inferred"]),
                 article["imported_at"] or stamp, article["updated_at"] or stamp)
                for article in new]
        columns = (*_ARTICLE_COLUMNS, "published_inferred", "imported_at", "updated_at")
        for part in chunks(rows):
            if self.bulk is not None:  # (many at once, searchable and counted as one by one)
                self.bulk.insert_articles(columns, part)
            else:
                for row in part:
                    self.store.insert_article(dict(zip(columns, row, strict=True)))
        for part in chunks(new):
            made = self.store.articles_by_uuid([a["uuid"] for a in part])
            for article in part:
                article_id = made[article["uuid"]][0]
                if article["pages"]:
                    self.x._session.stores.pages.set(article_id, list(article["pages"]))
                self.article_ids[article["uuid"]] = article_id
                self.undo.articles.append(article_id)
                self.undo.article_stamps[article_id] = _article_left(
                    {**article, "updated_at": article["updated_at"] or stamp}.get)
                self.report.articles_added += 1
                self.x._changed("articles", article_id)
        # the versions the file's library had of their parts are known here too: a third
        # library's older title or text gives way to this one's, as it would to the file's
        self.undo.versions.extend(self.store.remember_versions(
            (a["uuid"], v) for a in new for v in a.get("versions", ())))

    # -- names ------------------------------------------------------------------
    def merge_coders(self) -> None:
        for coder in self.bundle.coders:
            self.coder_id(coder["name"], coder["uuid"])

    def coder_id(self, name: str, uuid: str) -> int | None:
        if not name.strip() and not uuid:
            return self.x._session.stores.coders.default_id()
        key_uuid, key_name = f"uuid:{uuid}", f"name:{' '.join(name.split()).casefold()}"
        if uuid and key_uuid in self.coders:
            return self.coders[key_uuid]
        if key_name in self.coders and name.strip():
            return self.coders[key_name]
        coder_store = self.x._session.stores.coders
        found = self.store.coder_by_uuid(uuid) if uuid else None
        if found is None and name.strip():
            found = coder_store.find(check_coder_name(name))
        if found is None:
            if not name.strip():
                return coder_store.default_id()
            found = coder_store.insert(check_coder_name(name), now(), uuid or None)
            self.undo.coders.append(found)
            self.report.coders_added += 1
        if uuid:
            self.coders[key_uuid] = found
        if name.strip():
            self.coders[key_name] = found
        return found

    def renamed(self, table: str, uuid: str, name: str, theirs: Iterable[str]) -> int | None:
        """The row of ``table`` (tags, collections) with the file's ``uuid``, here under
        another name than the file's ``name`` (review R20-2: the file's name made the row
        again, unsaid): renamed here since the file's library had it (this library had
        the file's name as late or later: its name stays), or renamed there since (the
        file's library had this one's name as late or later: the file's name is taken,
        when no other row has it and this login may rename). None: neither (both renamed,
        or no history tells): the file's name is a row of its own, as before."""
        found = self.store.id_by_uuid(table, uuid)
        stores = self.x._session.stores
        row = None if found is None else (stores.tags.get_by_id(found) if table == "tags"
                                          else stores.collections.get(found))
        if found is None or row is None:
            return None
        history = self.x._versions([uuid]).get(uuid, set())
        here, there = event_counts(history, NAME), event_counts(theirs, NAME)
        mine, version = name_version(str(row["name"])), name_version(name)
        if here.get(version, -1) >= there.get(version, 0):
            self.report.names_kept += 1
            return found
        if there.get(mine, -1) < here.get(mine, 0) or not stores.coders.may_code_blind():
            return None
        (stores.tags if table == "tags" else stores.collections).rename(found, name)
        self.undo.renamed.append((table, found, str(row["name"]), name))
        self.undo.versions.extend(self.store.remember_versions(
            (uuid, v) for v in theirs if v.startswith(NAME)))
        self.report.names_taken += 1
        self.x._changed(table)
        return found

    def merge_tags(self) -> None:
        self.tag_versions = {t["uuid"]: t.get("versions", ()) for t in self.bundle.tags}
        for tag in sorted(self.bundle.tags, key=lambda t: t["name"].count("/")):
            self.tag_id(tag["name"], tag["colour"], tag["uuid"])

    def tag_id(self, name: str, colour: str = "", uuid: str = "") -> int:
        name = clean_tag_name(name)
        key = name.casefold()
        if key in self.tags:
            return self.tags[key]
        found = self.store.tag_by_name(name)
        if found is None and uuid:  # (renamed on one side since: R20-2)
            found = self.renamed("tags", uuid, name, self.tag_versions.get(uuid, ()))
        if found is not None:
            self.tags[key] = found
            return found
        parts = name.split("/")
        for depth in range(1, len(parts)):  # parents first: the tree has no gaps
            self.tag_id("/".join(parts[:depth]))
        found = self.store.tag_by_name(name)
        if found is None:
            colour = colour if _is_colour(colour) else default_colour(name)
            found = self.store.insert_tag(name, colour, uuid or None)
            self.undo.tags.append(found)
            self.report.tags_added += 1
            self.x._note_created("tags", name)
        self.tags[key] = found
        return found

    def merge_speakers(self) -> None:
        self.unmerged_there()
        for speaker in self.bundle.speakers:
            names = [clean_name(n) for n in (speaker["name"], *speaker["aliases"])]
            names = [n for n in dict.fromkeys(names) if n]
            if not names:
                continue
            # the same speaker by its UUID first, as a collection (R20-18), then by name
            # or alias (review R24-6: merged into and renamed there, found by an alias of
            # the one merged in, the speaker itself stayed a second one here for good)
            found = self.store.id_by_uuid("speakers", speaker["uuid"]) if speaker[
                "uuid"] else None
            if found is None:
                found = next((i for n in names if (i := self.store.speaker_by_name(n))
                              is not None), None)
            if found is None:
                found = self.new_speaker(names[0], speaker["description"], speaker["uuid"])
            events: set[str] | None = None  # (read when an alias would be added)
            for alias in names:
                owner = self.store.speaker_by_name(alias)
                if owner is None and events is None:
                    uuid = self.store.uuids("speakers", [found]).get(found, "")
                    events = self.x._versions([uuid]).get(uuid, set()) if uuid else set()
                if owner is None and self.taken_away(events or set(), speaker.get(
                        "versions", ()), toggle_key("alias", alias)):
                    self.report.aliases_kept_out += 1
                    continue
                if owner is None:
                    self.store.insert_alias(found, alias)
                    self.undo.aliases.append((found, alias))
                    self.report.aliases_added += 1
                    self.x._changed("speakers")
                if owner not in (None, found) and self.merged_there(
                        owner, found, alias, events, speaker.get("versions", ())):
                    owner = found
                elif owner not in (None, found) and self.former_name_there(
                        owner, found, alias, speaker.get("versions", ())):
                    owner = found
                if owner in (None, found):
                    self.speakers[alias.casefold()] = found
            if not self.merged_both_ways(found, names[0], speaker.get("versions", ())):
                self.speaker_renamed(found, names[0], speaker.get("versions", ()))

    def unmerged_there(self) -> None:
        """The speakers here that the file's library merged into another, this library
        taking the merge from it, and that it split off again since (a person's undo of
        the merge, ``Speakers.unmerge``: its ``merged:`` event off, made knowing this
        library's latest ``on`` of it, the file holding that event): split off here too,
        a speaker of their own again under the file's UUID, the name taken off the one
        kept; their quotes follow with the file's versions (the undo notes them as later
        events). Undone with the merge. An ``on`` here that the file's library did not know
        (this library merged them on its own too) stays: a decision made at the same time,
        not undone by the other's. REVIEW24b finding 3: the undo was lost (merged again
        there, unsaid) or the two libraries stayed apart for good, by random steps."""
        speakers = self.x._speakers
        for speaker in self.bundle.speakers:
            theirs = list(speaker.get("versions", ()))
            offs = {k: c for k, (c, on) in toggle_states(theirs, _MERGED).items()
                    if on is False}
            if not offs:
                continue
            found = self.store.id_by_uuid("speakers", speaker["uuid"]) if speaker[
                "uuid"] else None
            if found is None:
                found = self.store.speaker_by_name(clean_name(speaker["name"]))
            row = None if found is None else speakers._row(found)
            if found is None or row is None:
                continue
            uuid = self.store.uuids("speakers", [found]).get(found, "")
            mine = toggle_states(self.x._versions([uuid]).get(uuid, set()) if uuid else (),
                                 _MERGED)
            for alias in speakers.get(str(row["name"])).aliases:
                key = toggle_key(_MERGED[:-1], alias)
                count, on = mine.get(key, (0, None))
                if key not in offs or on is not True or offs[key] <= count or \
                        f"{key}on@{count}" not in theirs:
                    continue
                self.split_off(found, alias, uuid, theirs)

    def split_off(self, found: int, alias: str, uuid: str, theirs: list[str]) -> None:
        """``unmerged_there``'s step: the alias ``alias`` of the speaker ``found`` a
        speaker of its own again (the file's of that name: its UUID and description)."""
        name = alias.casefold()
        other = next((s for s in self.bundle.speakers
                      if clean_name(s["name"]).casefold() == name), None)
        other_uuid = other["uuid"] if other and other["uuid"] and self.store.id_by_uuid(
            "speakers", other["uuid"]) is None else ""
        self.x._session.stores.speakers.remove_alias(found, alias)
        self.undo.aliases_removed.append((found, alias))
        self.new_speaker(alias, other["description"] if other else "", other_uuid)
        if uuid:  # (the file's undo known here: its merge not taken again)
            self.undo.versions.extend(self.store.remember_versions(
                (uuid, v) for v in theirs if v.startswith(_MERGED)))
        self.report.speakers_unmerged += 1
        self.x._changed("speakers")
        self.x._changed("annotations")

    def speaker_renamed(self, found: int, name: str, theirs: Iterable[str]) -> None:
        """The speaker here is the file's speaker ``name`` under another name: renamed there
        since this library had its name (the file's library had this one's name as late or
        later), it takes the file's name, its own kept as an alias, as a tag takes a rename
        (R20-2b: each library kept its own name for good, and the annotations' versions,
        which hold the speaker's name, then never agreed again: a conflict at each
        exchange). Renamed here since: its name stays. Renamed on both sides since the
        other's name: both keep the name first in alphabetical order. Undone with the
        merge."""
        speakers = self.x._speakers
        here = str(speakers._row(found)["name"])
        if clean_name(here).casefold() == clean_name(name).casefold():
            return
        theirs = list(theirs)
        uuid = self.store.uuids("speakers", [found]).get(found, "")
        had = event_counts(self.x._versions([uuid]).get(uuid, set()) if uuid else (), NAME)
        there = event_counts(theirs, NAME)
        mine, version = name_version(here), name_version(name)
        renamed_here = had.get(version, -1) >= there.get(version, 0)
        renamed_there = there.get(mine, -1) >= had.get(mine, 0)
        if renamed_here == renamed_there:
            # renamed on both sides from a name both had (neither knew the other's new
            # one): the name first in alphabetical order, in both; no name both had (two
            # people's own names for one speaker, met through an alias): each keeps its own
            if not had.keys() & there.keys() or \
                    clean_name(name).casefold() > clean_name(here).casefold():
                return
        elif renamed_here:
            return
        if self.take_speaker_name(found, here, name, uuid, theirs, NAME):
            self.report.speakers_renamed += 1

    def merged_both_ways(self, found: int, name: str, theirs: Iterable[str]) -> bool:
        """The speaker here is one the file's library merged into its speaker ``name``
        (its ``merged:`` event of the name here, not taken away here since): it takes that
        name, its own kept as an alias, as a merge into a speaker this library lacks. Where
        this library had merged the file's name into its own too (opposite directions,
        neither knowing the other's), both keep the name first in alphabetical order. Was:
        two names for one person for good (found by a random walk of three libraries,
        session 23). Undone with the merge."""
        speakers = self.x._speakers
        theirs = list(theirs)
        here = str(speakers._row(found)["name"])
        if clean_name(here).casefold() == name.casefold():
            return False
        uuid = self.store.uuids("speakers", [found]).get(found, "")
        mine = self.x._versions([uuid]).get(uuid, set()) if uuid else set()
        key = toggle_key(_MERGED[:-1], here)
        if toggle_state(theirs, key)[1] is not True:
            key = self.merged_former(mine, theirs) or key  # (renamed here since: R24-5)
        if toggle_state(theirs, key)[1] is not True or self.taken_away(mine, theirs, key):
            return False
        if toggle_state(mine, toggle_key(_MERGED[:-1], name))[1] is True and \
                name.casefold() > clean_name(here).casefold():
            return True  # (merged both ways: the name first in order stays, in both)
        if self.take_speaker_name(found, here, name, uuid, theirs, _MERGED):
            self.report.speakers_merged += 1
        return True

    def take_speaker_name(self, found: int, here: str, name: str, uuid: str,
                          theirs: Iterable[str], events: str) -> bool:
        """Rename the speaker ``found`` from ``here`` to the file's ``name`` (its own kept as
        an alias), undone with the merge, and keep the file's events starting with
        ``events`` under its UUID (known here: a later change here is a later event than
        the file's). False when it may not be renamed (a login that may not, a name
        another speaker took)."""
        try:
            with self.undone_with_it(found):
                self.x._speakers.rename(here, name)
        except LibraryError:
            return False
        self.undo.speakers_renamed.append((found, here, name))
        if uuid:
            self.undo.versions.extend(self.store.remember_versions(
                (uuid, v) for v in theirs if v.startswith(events)))
        self.x._changed("speakers")
        self.x._changed("annotations")
        return True

    @staticmethod
    def merged_former(mine: Iterable[str], theirs: Iterable[str], key: str = ""
                      ) -> str | None:
        """The ``merged:`` key (``key`` only, when given) of a name the speaker here had
        before it was renamed here (its ``NAME`` events, ``mine``: its history), which the
        file's library merged into its speaker (``theirs``: that one's events), news here.
        Review R24-5: a merge there and a rename here of the same speaker left two names
        for one person, or two speakers, for good; the rename is no later decision than
        the merge it never knew of."""
        mine = set(mine)
        had = event_counts(mine, NAME)
        for found, (count, on) in sorted(toggle_states(theirs, _MERGED).items()):
            if on and key in ("", found) and f"{found}on@{count}" not in mine and \
                    NAME + found[len(_MERGED):-1] in had:
                return found
        return None

    @contextlib.contextmanager
    def undone_with_it(self, speaker_id: int) -> Iterator[None]:
        """Around a step of ``Speakers`` a merge takes as the file's library took it (a
        merge, a rename): the events it notes of the speaker are the merge's, forgotten
        when it is undone (review R24-4: they stayed, with the undo's own unmerge or
        rename back as this library's later decision; the same file merged again did
        nothing, and the undo travelled as a rename back to the library that renamed)."""
        uuid = self.store.uuids("speakers", [speaker_id]).get(speaker_id, "")
        before = self.x._versions([uuid]).get(uuid, set()) if uuid else set()
        yield
        if uuid:
            self.undo.versions.extend(
                (uuid, v) for v in sorted(self.x._versions([uuid]).get(uuid, set()) - before))

    def merged_there(self, owner: int, found: int, name: str, events: set[str] | None,
                     theirs: Iterable[str]) -> bool:
        """The speaker ``owner`` here, whom the file's library merged into ``found``'s (its
        ``merged:`` event of ``name``, the merged speaker's name here too) since this
        library last unmerged them: merged here too, undone with the merge (review R21-14:
        the two libraries each kept their own speaker of that name's new quotes, for good)."""
        key = toggle_key(_MERGED[:-1], name)
        if toggle_state(theirs, key)[1] is not True:
            return False
        if events is None:
            uuid = self.store.uuids("speakers", [found]).get(found, "")
            events = self.x._versions([uuid]).get(uuid, set()) if uuid else set()
        if self.taken_away(events, theirs, key):
            return False
        speakers = self.x._speakers
        owner_name, found_name = speakers._row(owner)["name"], speakers._row(found)["name"]
        if clean_name(owner_name).casefold() != clean_name(name).casefold():
            # (only an alias of another speaker here: not the one merged; unless it is
            # the name this one had before a rename here, review R24-5)
            uuid = self.store.uuids("speakers", [owner]).get(owner, "")
            if self.merged_former(self.x._versions([uuid]).get(uuid, set()) if uuid
                                  else set(), theirs, key) != key:
                return False
        uuid = self.store.uuids("speakers", [found]).get(found, "")
        before = self.x._versions([uuid]).get(uuid, set()) if uuid else set()
        try:
            with self.undone_with_it(found):
                snapshot = speakers.merge_undoable(owner_name, found_name)
        except LibraryError:  # (a team login that may not: left as it is)
            return False
        self.undo.speakers_merged.append(snapshot)
        if uuid:  # (known here: a taking away here is a later event than the file's)
            known = toggle_states(theirs, _MERGED)
            self.store.forget_versions([
                (uuid, v) for v in sorted(self.x._versions([uuid]).get(uuid, set()) - before)
                if v.startswith(_MERGED) and v.rpartition(":")[0] + ":" in known])
            # the file's events only, none of this library's own above them: taking the
            # file's merge is no decision of this library's (REVIEW24b finding 3: its own
            # ``on`` above the file's competed, by the counters' random steps, with the
            # other library's later undo of its merge: re-merged there unsaid, or the two
            # apart for good)
            self.undo.versions.extend(self.store.remember_versions(
                (uuid, v) for v in theirs if v.startswith(_MERGED)))
        self.report.speakers_merged += 1
        self.x._changed("speakers")
        self.x._changed("annotations")
        return True

    def former_name_there(self, owner: int, found: int, name: str,
                          theirs: Iterable[str]) -> bool:
        """The speaker ``owner`` here is called ``name``, a name the file's speaker (found
        here as ``found``) had as its own there before a rename (its ``name:`` events) and
        keeps as an alias: merged into ``found`` here, as a speaker merge of the file's
        library is (``merged_there``), reported and undone with the merge. Before the
        rename the two met by that name, and the file's library reads this one's quotes of
        that name as its renamed speaker's already (review R24-12, the walk's seed 319:
        two libraries each made "Ani Sutrisno", one merged another speaker into hers and
        renamed her; the other kept its own beside the renamed one, for good). Not when
        this library split that name off the speaker (its ``merged:`` event off)."""
        theirs = list(theirs)
        if name_version(name) not in event_counts(theirs, NAME):
            return False
        speakers = self.x._speakers
        owner_name, found_name = speakers._row(owner)["name"], speakers._row(found)["name"]
        if clean_name(owner_name).casefold() != clean_name(name).casefold():
            return False  # (only an alias of another speaker here: not that one)
        uuid = self.store.uuids("speakers", [found]).get(found, "")
        mine = self.x._versions([uuid]).get(uuid, set()) if uuid else set()
        if toggle_state(mine, toggle_key(_MERGED[:-1], name))[1] is False:
            return False
        try:
            with self.undone_with_it(found):
                snapshot = speakers.merge_undoable(owner_name, found_name)
        except LibraryError:  # (a team login that may not: left as it is)
            return False
        self.undo.speakers_merged.append(snapshot)
        self.report.speakers_merged += 1
        self.x._changed("speakers")
        self.x._changed("annotations")
        return True

    def new_speaker(self, name: str, description: str = "", uuid: str = "") -> int:
        found = self.store.insert_speaker(name, description, uuid or None)
        self.undo.speakers.append(found)
        self.report.speakers_added += 1
        self.x._note_created("speakers", name)
        return found

    def speaker_id(self, name: str) -> int | None:
        name = clean_name(name)
        if not name:
            return None
        key = name.casefold()
        if key not in self.speakers:
            found = self.store.speaker_by_name(name)
            self.speakers[key] = found if found is not None else self.new_speaker(name)
        return self.speakers[key]

    @staticmethod
    def taken_away(here: Iterable[str] | dict[str, tuple[int, bool | None]],
                   theirs: Iterable[str] | dict[str, tuple[int, bool | None]], key: str
                   ) -> bool:
        """Whether this library took the thing away (``key``: an alias, a member) later
        than the file's library last gave it (review R20-2). ``here``, ``theirs``: the
        histories, or their ``toggle_states`` read once (a collection's members: R21-12)."""
        latest, state = (here.get(key, (0, None)) if isinstance(here, dict)
                         else toggle_state(here, key))
        return state is False and latest > (theirs.get(key, (0, None))[0] if isinstance(
            theirs, dict) else toggle_state(theirs, key)[0])

    def same_collection(self, uuid: str, name: str, theirs: Iterable[str]) -> int | None:
        """The collection here with the file's ``uuid``, under the file's ``name`` or
        another (``renamed``: the later name is taken; both renamed since, this library's
        stays); None when none here has that UUID."""
        found = self.store.id_by_uuid("collections", uuid) if uuid else None
        row = None if found is None else self.x._session.stores.collections.get(found)
        if found is None or row is None:
            return None
        if clean_name(str(row["name"])).casefold() == name.casefold():
            return found
        if self.x._session.stores.collections.find(name) not in (None, found):
            self.report.names_kept += 1  # (another collection here has the file's name)
            return found
        if self.renamed("collections", uuid, name, theirs) is None:
            self.report.names_kept += 1  # (renamed on both sides: one collection still)
        return found

    def merge_collections(self) -> None:
        store = self.x._session.stores.collections
        coders = self.x._session.stores.coders
        blind = set(coders.blind_collections())
        for collection in self.bundle.collections:
            name = clean_name(collection["name"])
            # the same collection by its UUID before another of the same name (review
            # R20-18: a rename onto a name the other library used merged two collections;
            # renamed on both sides, one became two): by name only one not here yet
            collection_id = self.same_collection(collection["uuid"], name,
                                                 collection.get("versions", ()))
            if collection_id is None:
                collection_id = store.find(name)
            made = collection_id is None
            if collection_id is None:
                collection_id = store.insert(name, now())
                self.store.adopt_uuid("collections", collection_id, collection["uuid"])
                self.undo.collections.append(collection_id)
                self.report.collections_added += 1
                self.x._changed("collections")
            # coded blind in the file: here too, never the other way (review R18-13), unless
            # this library turned it off after the file's turning on (its events: R20-6)
            theirs = [v for v in collection.get("versions", ()) if v.startswith(BLIND)]
            uuid = self.store.uuids("collections", [collection_id]).get(collection_id, "")
            mine = self.x._versions([uuid]).get(uuid, set()) if uuid else set()
            here_latest, here_state = blind_state(mine)
            their_latest, their_state = blind_state(theirs)
            # whether each side's latest decision was known to the other when it made its
            # own: one made without knowing the other's is a decision at the same time,
            # and then blind coding stays on in both (RR22-3: which counter was higher, a
            # random step, decided, and a turning off never travelled: the two libraries
            # ended apart after one exchange each way, about 1 run in 8)
            seen_there = here_state is not None and blind_event(here_state, here_latest) \
                in theirs
            seen_here = their_state is not None and blind_event(their_state, their_latest) \
                in mine
            if collection.get("blind") and collection_id not in blind and \
                    here_state is False and (seen_here or their_state is None) and \
                    not seen_there:
                # (turned off here since; a file without the events, an older Kutip's,
                # knows of no decision after it: review R24-3, merged again it coded the
                # collection blind again)
                self.report.collections_blind_kept_off += 1
            elif collection.get("blind") and collection_id not in blind:
                if coders.may_code_blind():
                    coders.set_blind(collection_id, True)
                    blind.add(collection_id)
                    self.undo.blinded.append(collection_id)
                    self.report.collections_blinded += 1
                    self.x._changed("collections")
                    self.x._changed("annotations")  # (what each coder sees there)
                else:
                    self.report.collections_blind_not += 1
            elif not collection.get("blind") and collection_id in blind and \
                    their_state is False and seen_there and not seen_here and \
                    coders.may_code_blind():
                # turned off there knowing this library's turning on: a later decision,
                # taken as a later turning on is. A file without the events (an older
                # Kutip, a library that never coded it blind) turns nothing off (R18-13).
                coders.set_blind(collection_id, False)
                blind.discard(collection_id)
                self.undo.unblinded.append(collection_id)
                self.report.collections_unblinded += 1
                self.x._changed("collections")
                self.x._changed("annotations")
            if uuid and theirs and coders.may_code_blind():  # (known here from now on)
                self.undo.versions.extend(self.store.remember_versions(
                    (uuid, v) for v in theirs))
            if made and uuid:
                # a collection new here holds the file's members: their events (taken out,
                # put back) are this library's from now on, so that a putting back here is
                # a later event than the file's taking out (review R21-6: the file's
                # library kept its 'off' over this one's membership, unsaid, for good)
                self.undo.versions.extend(self.store.remember_versions(
                    (uuid, v) for v in collection.get("versions", ()) if v.startswith(_MEMBER)))
            links = self.store.collection_links([collection_id])
            # (each member's events read once, not once a member: review R21-12)
            states_here = toggle_states(mine, _MEMBER)
            states_there = toggle_states(collection.get("versions", ()), _MEMBER)
            for member in collection["articles"]:
                article_id = self.article_ids.get(member)  # (None: deleted here)
                if article_id is None or (article_id, collection_id) in links:
                    continue
                if self.taken_away(states_here, states_there, toggle_key("member", member)):
                    self.report.memberships_kept_out += 1
                    continue
                store.link(article_id, collection_id)
                links.add((article_id, collection_id))
                self.undo.links.append((article_id, collection_id))
                self.report.memberships_added += 1
                self.x._changed("collections")

    # -- annotations ------------------------------------------------------------
    def merge_annotations(self) -> None:
        items = self.bundle.annotations
        here: dict[str, Annotation] = {}
        for part in chunks(items):
            ids = self.store.annotations_by_uuid([i["uuid"] for i in part])
            if ids:
                here.update((n.uuid, n) for n in self.x._annotations.where(
                    ids=sorted(ids.values()), everyone=True))
        known = self.x._versions([i["uuid"] for i in items])
        buried: dict[str, tuple[str, str, str, str]] = {}
        for part in chunks([i["uuid"] for i in items if i["uuid"] not in here]):
            buried.update((t[0], t) for t in self.store.tombstones(uuids=list(part)))
        # the article deletions each file's article was put back after (``DELETED``): an
        # annotation deleted here with one of them, alive there, was put back with it
        undone = {a["uuid"]: {v for v in a.get("versions", ()) if v.startswith(DELETED)}
                  for a in self.bundle.articles}
        remember: list[tuple[str, str]] = []
        # the file's tag names this library knows by another name (renamed here since,
        # its name kept): the file's version is also read as named here (review R24-1)
        names = self.x._session.stores.tags.names_by_id()
        older = {key: names[found] for key, found in self.tags.items()
                 if found in names and names[found].casefold() != key}
        for item in items:
            if item["uuid"] in self.leave or item["article"] in self.stay_deleted:
                self.report.annotations_skipped += 1
                continue
            item = {**item, "speaker": self.canonical_speaker(item["speaker"])}
            # each version with the latest event of it each side had (``latest_events``:
            # a version set back to is a later event of it, noted as it is made, in this
            # library by ``Annotations.note_versions``, in the file's in its versions)
            had_there = latest_events(item["versions"]) if item["versions"] else {}
            # the names the file's version goes by: placed in the text kept here, also as
            # the file's library knows it (its words where they are in its own text)
            unplaced = None
            home = here.get(item["uuid"])
            if home is not None and home.article_id != self.article_ids[item["article"]]:
                # here on another article than the file's is matched to (the same text
                # imported on both sides, then corrected there and added here as its own:
                # review R20-11): its words placed in the text it is on, never the file's
                # offsets on another text
                unplaced = annotation_fingerprint(item)
                item = self.placed(item, self.text_here(home.article_id))
            elif item["article"] in self.kept_texts:
                unplaced = annotation_fingerprint(item)
                item = self.placed(item)
            value = fingerprint_value(item)
            fingerprint = annotation_fingerprint(item, value)
            theirs = (fingerprint,) if unplaced in (None, fingerprint) else (
                fingerprint, unplaced)
            named = None
            if older and any(clean_tag_name(t).casefold() in older for t in item["tags"]):
                # (the same version as here but for a tag's older name: the same edit
                # made on both sides was a conflict, the annotation twice for good)
                named = annotation_fingerprint(item, with_tags(value, (
                    older.get(clean_tag_name(t).casefold(), t) for t in item["tags"])))
                theirs = (*theirs, named)
            remember.extend((item["uuid"], event_name(v, had_there.get(v, 0))) for v in theirs)
            remember.extend((item["uuid"], v) for v in item["versions"])  # the sender's
            local = here.get(item["uuid"])
            if local is None and item["uuid"] in buried:
                self.deleted_here(item, fingerprint, had_there, buried[item["uuid"]],
                                  known.get(item["uuid"], set()), undone.get(item["article"],
                                                                             set()))
                continue
            if local is None:
                if item["uuid"] in self.made_uuids:
                    # (an older version this merge kept as a conflict's copy already:
                    # its UUID is made of the version's, so it is this very version)
                    self.report.annotations_skipped += 1
                else:
                    self.add(item, item["uuid"])
                continue
            # (the same version as the file's, most of a merge again: hashed once)
            mine = fingerprint if fingerprint_value(version_item(local)) == value else (
                fingerprint_of(local))
            if mine in (fingerprint, named):
                self.report.annotations_skipped += 1
                continue
            had_here = latest_events(known.get(item["uuid"], ()))
            remember.append((item["uuid"], event_name(mine, had_here.get(mine, 0))))
            # (this one's names: also as it was before this merge placed it again in the
            # file's text, which is how the file's library saw it)
            before = self.before_taken.get(item["uuid"])
            ours = (mine,) if before in (None, mine) else (mine, before)
            if any(had_here.get(v, -1) >= had_there.get(v, 0) for v in theirs):
                # this library had the file's version as late or later: older (also
                # this library's own version set back to since: R19-7)
                self.report.annotations_skipped += 1
            elif any(had_there.get(v, -1) >= had_here.get(v, 0) for v in ours) or (
                    not item["versions"] and mine in had_here
                    and (item["modified"] or "") >= local.updated_at):
                # the file's library had this one's as late or later: changed there
                # since. (A file that keeps no versions, from a Kutip before them or
                # another tool: this one unchanged since a merge and made earlier.)
                self.replace(local, item)
                self.report.annotations_updated += 1
            elif (combined := self.combined(local, item, had_here, had_there)) is not None:
                # each side changed other parts since the version both had (a tag renamed
                # there, the note edited here: review R21-4, two copies and a conflict):
                # both changes kept, as the other library makes them when it merges
                self.replace(local, combined)
                self.report.annotations_updated += 1
                remember.append((item["uuid"], annotation_fingerprint(combined)))
            elif not self.conflict(local, item, fingerprint, mine):
                # changed on both sides since they last met: both kept, and this one
                # stays under the UUID: kept after the file's was seen, a later event of
                # it, which a library that had it before the file's now takes (without,
                # two libraries each keeping its own over the other's, both seen, never
                # agreed again)
                remember.append((item["uuid"], event_name(mine, later_event(max(
                    had_here.get(mine, 0), had_there.get(mine, 0))))))
        self.flush()
        self.undo.versions.extend(self.store.remember_versions(remember))
        for article_id in sorted(self.touched):
            self.x._changed("annotations", article_id)

    def deleted_here(self, item: dict[str, Any], theirs: str, had_there: dict[str, int],
                     tombstone: tuple[str, str, str, str], seen: set[str],
                     undone: Collection[str] = ()) -> None:
        """An annotation this library deleted: the deletion stands against a version
        it had seen (as late as the file's library had it: one set back to there since
        is a later change); a version it never saw (edited there since) comes back,
        reported as a conflict, so no edit is lost silently; one the file's library put
        back after it had this deletion (an undo: ``Annotations.note_undeleted``) comes
        back as an addition (R20-3). One deleted here with its article, whose deletion the
        file's library put back (``undone``: its article's ``DELETED`` events) while it
        holds the annotation, comes back too: that deletion is undone there (review R22-9:
        an undo after a merge had brought the article back left it deleted here for good)."""
        if DELETED + tombstone[3] in undone:
            self.store.unbury([item["uuid"]])
            self.undo.unburied.append(tombstone)
            self.add(item, item["uuid"])
            return
        had_here = latest_events({*seen, tombstone[2]})
        if had_here.get(theirs, -1) >= had_there.get(theirs, 0) or any(
                had_here.get(v, -1) >= had_there[v] for v in self.as_named_here(
                    fingerprint_value(item), item["speaker"]) if v in had_there):
            # (the file's version, or it as the file's library had it but for its
            # speaker's name: a merge or rename of the speaker there, R24-8)
            self.report.annotations_skipped += 1
            return
        self.store.unbury([item["uuid"]])
        self.undo.unburied.append(tombstone)
        self.add(item, item["uuid"])
        if "deleted:" + tombstone[2] in item["versions"]:
            return  # (the file's library had this deletion and put it back since: R20-3)
        self.report.annotations_added -= 1  # (counted as the conflict)
        self.report.conflicts.append(Conflict(
            uuid=item["uuid"], article=self.titles.get(item["article"], ""), versions=[
                _version(item, "file"),
                Version(uuid=item["uuid"], coder="", updated_at=tombstone[3], exact="",
                        tags=[], speaker="", verdict="", note="", origin="here",
                        deleted=True)]))

    def as_named_here(self, value: list[Any], speaker: str) -> list[str]:
        """The fingerprints of a version (its ``fingerprint_value``) with its speaker under
        each other name that speaker has here (its own, its aliases): the same version but
        for a merge or rename of the speaker, which changes the speaker's name in every
        quote's fingerprint (review R24-8: a deletion against one came back as a
        conflict, in both libraries)."""
        if not clean_name(speaker):
            return []
        try:
            found = self.x._speakers.get(speaker)
        except (NotFound, LibraryError):
            return []
        folded = clean_name(speaker).casefold()
        return [annotation_fingerprint({}, with_speaker(value, name))
                for name in sorted({found.name, *found.aliases})
                if clean_name(name).casefold() != folded]

    def merge_deletions(self) -> None:
        """The file's tombstones: an annotation deleted there is deleted here too, unless
        it was edited here since (a version the file's library never saw: kept, and
        reported as a conflict); the tombstone is kept here, to travel on."""
        deleted = self.bundle.deleted
        if not deleted:
            return
        uuids = [t["uuid"] for t in deleted]
        ids: dict[str, int] = {}
        buried: set[str] = set()
        for part in chunks(uuids):
            ids.update(self.store.annotations_by_uuid(list(part)))
            buried.update(t[0] for t in self.store.tombstones(uuids=list(part)))
        here = {n.uuid: n for part in chunks(sorted(ids.values()))
                for n in self.x._annotations.where(ids=list(part), everyone=True)}
        known = self.x._versions(list(here))
        # deletions that came with their article's, which this library undid (R20-5): only
        # those, not an annotation the file's library deleted on its own in the same second
        # (review R21-5: the two libraries then never agreed again), nor one a library that
        # kept the article (annotated there meanwhile) deleted with it: a file carrying the
        # article alive has it deleted for good (review R22-3: the quote deleted with the
        # article came back to some libraries and not to others, for good)
        outlived = self.x._versions(sorted({t["article"] for t in deleted if t["article"]}))
        alive_there = {a["uuid"] for a in self.bundle.articles}
        doomed: list[Annotation] = []
        bury: list[tuple[str, str, str, str]] = []
        remember: list[tuple[str, str]] = []
        for tombstone in deleted:
            local = here.get(tombstone["uuid"])
            undone = DELETED + tombstone["deleted_at"]
            if undone in outlived.get(tombstone["article"], ()) and tombstone[
                    "article"] not in alive_there:
                continue
            if local is None:
                if tombstone["uuid"] not in buried:
                    bury.append((tombstone["uuid"], tombstone["article"],
                                 tombstone["version"], tombstone["deleted_at"]))
                continue
            mine = fingerprint_of(local)
            # the deleting library had this version as late as this one has it (one set
            # back to here since is a later change: kept, R19-7); or it but for the
            # speaker's name, which a merge or rename of the speaker here changed (R24-8)
            had_there = latest_events((tombstone["version"], *tombstone["versions"]))
            had_here = latest_events(known.get(local.uuid, ()))
            if had_there.get(mine, -1) >= had_here.get(mine, 0) or any(
                    had_there.get(v, -1) >= had_here[v] for v in self.as_named_here(
                        fingerprint_value(version_item(local)), local.speaker)
                    if v in had_here):
                doomed.append(local)
                bury.append((tombstone["uuid"], tombstone["article"], mine,
                             tombstone["deleted_at"]))
                continue
            seen_deletion = (local.uuid, "deleted:" + tombstone["version"])
            if seen_deletion[1] in known.get(local.uuid, set()):
                continue  # (the same conflict as in an earlier merge: reported then)
            remember.append(seen_deletion)
            self.report.conflicts.append(Conflict(
                uuid=local.uuid, article=self.titles.get(tombstone["article"], "")
                or self.x._articles.get(local.article_id).title, versions=[
                    _version(local, "here"),
                    Version(uuid=local.uuid, coder="", updated_at=tombstone["deleted_at"],
                            exact="", tags=[], speaker="", verdict="", note="",
                            origin="file", deleted=True)]))
        self.store.delete_rows("annotations", [n.id for n in doomed])
        self.store.bury(bury)
        self.undo.versions.extend(self.store.remember_versions([*remember, *(  # the sender's
            (t["uuid"], v) for t in deleted for v in (t["version"], *t["versions"]))]))
        self.undo.deleted.extend(doomed)
        self.undo.buried.extend(t[0] for t in bury)
        self.report.annotations_deleted += len(doomed)
        for article_id in sorted({n.article_id for n in doomed}):
            self.x._changed("annotations", article_id)

    def canonical_speaker(self, name: str) -> str:
        speaker_id = self.speaker_id(name) if name.strip() else None
        if speaker_id is None:
            return ""
        if speaker_id not in self.speaker_names:
            self.speaker_names[speaker_id] = self.store.speaker_name(speaker_id)
        return self.speaker_names[speaker_id]

    def row(self, item: dict[str, Any]) -> dict[str, Any]:
        kind = item["kind"]
        verdict = item["verdict"] or ("unchecked" if kind == "claim" else "")
        created = item["created"] or now()
        return {
            "kind": kind, "exact": item["exact"], "prefix": item["prefix"],
            "suffix": item["suffix"], "start": item["start"], "end": item["end"],
            "anchor": "orphan" if item["start"] is None else item.get("anchor", "anchored"),
            "speaker_id": self.speaker_id(item["speaker"]), "verdict": verdict,
            "note": item["note"], "updated_at": item["modified"] or created,
            "coder_id": self.coder_id(item["coder"], item["coder_uuid"]),
            "speaker_written": _written(item),
        }

    def tag_ids(self, item: dict[str, Any]) -> list[int]:
        return [self.tag_id(t) for t in dict.fromkeys(item["tags"]) if t.strip()]

    def add(self, item: dict[str, Any], uuid: str) -> None:
        article_id = self.article_ids[item["article"]]
        row = self.row(item)
        row.update(article_id=article_id, uuid=uuid, created_at=item["created"] or now())
        if self.bulk is None:
            annotation_id = self.store.insert_annotation(row)
            self.store.add_annotation_tags(annotation_id, self.tag_ids(item))
        else:  # written with the next batch (``flush``)
            if not self.next_id:
                self.next_id = self.bulk.next_annotation_id()
            annotation_id, self.next_id = self.next_id, self.next_id + 1
            if row["coder_id"] is None:
                row["coder_id"] = self.x._session.stores.coders.default_id()
            self.batch.append((annotation_id, *(row[c] for c in _ANNOTATION_COLUMNS)))
            self.batch_links.extend((annotation_id, t) for t in self.tag_ids(item))
            if len(self.batch) >= _BATCH:
                self.flush()
        self.made_uuids.add(uuid)
        self.undo.annotations.append(annotation_id)
        self.undo.left[annotation_id] = (uuid, self.as_left(row, item))
        self.report.annotations_added += 1
        self.touched.add(article_id)

    def flush(self) -> None:
        """Write the new annotations batched so far."""
        if self.bulk is not None and self.batch:
            self.bulk.insert_annotations(("id", *_ANNOTATION_COLUMNS), self.batch,
                                         self.batch_links)
        self.batch, self.batch_links = [], []

    def as_left(self, row: dict[str, Any], item: dict[str, Any]) -> tuple[Any, ...]:
        """What a person edits of an annotation as this merge writes it (``_as_left``)."""
        given = tuple(item["tags"])
        tags = self.tags_left.get(given)
        if tags is None:  # (the same few sets of tags: made once each)
            tags = self.tags_left[given] = _tags_left(
                clean_tag_name(t) for t in given if t.strip())
        return _as_left(row["kind"], row["speaker_id"], row["verdict"], row["note"], tags)

    def replace(self, local: Annotation, item: dict[str, Any]) -> None:
        text = self.text_here(local.article_id)  # (offsets only as its words are there)
        if item["start"] is not None and text[item["start"]:item["end"]] != item["exact"]:
            item = self.placed(item, text)
        self.undo.replaced.append(local)
        row = self.row(item)
        self.undo.left[local.id] = (local.uuid, self.as_left(row, item))
        self.store.update_annotation(local.id, row)
        self.store.set_annotation_tags(local.id, self.tag_ids(item))
        self.touched.add(local.article_id)

    def combined(self, local: Annotation, item: dict[str, Any], had_here: dict[str, int],
                 had_there: dict[str, int]) -> dict[str, Any] | None:
        """This library's and the file's versions of one annotation, each changed since
        they last met, made one when they changed different parts (its kind, span,
        speaker, verdict, note, tags): the version both came from is found among those both
        libraries had, each part of it being one side's (or, for the tags, this library's
        as they were before this merge renamed them as the file's library did); each part
        then comes from the side that changed it. None when no such version is known to
        both, or both changed the same part (a conflict). Both sides make the same (R21-4:
        a tag renamed there and the note edited here were two copies and a conflict)."""
        common = had_here.keys() & had_there.keys()
        if not common:
            return None
        mine = {**version_item(local), "prefix": local.prefix, "suffix": local.suffix,
                "speaker_written": local.speaker_written}
        back = {given.casefold(): before for table, _, before, given in self.undo.renamed
                if table == "tags"}
        options: list[tuple[tuple[str, ...], list[dict[str, Any]]]] = []
        for keys in _PARTS:
            values = [{k: mine.get(k) for k in keys}, {k: item.get(k) for k in keys}]
            if keys == ("tags",) and back:
                values.append({"tags": [back.get(str(t).casefold(), t) for t in mine["tags"]]})
            if keys == ("speaker", "speaker_written") and mine.get("speaker"):
                # (the speaker's other names: the one both had, before a rename on either
                # side, R20-2b; both sides now write the new one)
                values.extend({"speaker": alias, "speaker_written": mine.get("speaker_written")}
                              for alias in self.speaker_aliases(str(mine["speaker"])))
            distinct = {_part_key(value, keys): value for value in reversed(values)}
            options.append((keys, list(distinct.values())))
        if sum(len(values) > 1 for _, values in options) < 2:
            return None  # (one part changed on both sides: a conflict)
        mine_fp, theirs_fp = fingerprint_of(local), annotation_fingerprint(item)
        for bases in itertools.product(*(values for _, values in options)):
            base = {k: v for part in bases for k, v in part.items()}
            if annotation_fingerprint(base) not in common or annotation_fingerprint(base) in (
                    mine_fp, theirs_fp):
                continue
            merged = {**item}
            for (keys, _), part in zip(options, bases, strict=True):
                was, here, there = (_part_key(v, keys) for v in (part, mine, item))
                if was == here:
                    continue  # (the file's part: changed there, or not at all)
                if was == there or here == there:
                    merged.update((k, mine.get(k)) for k in keys)  # (changed here)
                    continue
                break  # (both changed this part: no combining)
            else:
                if merged.get("verdict") not in (None, "", "unchecked") and \
                        merged.get("kind") != "claim":
                    return None  # (a verdict set on a claim made a quote there: a conflict)
                merged["modified"] = max(item.get("modified") or "", local.updated_at)
                return merged
        return None

    def speaker_aliases(self, name: str) -> list[str]:
        """The aliases of the speaker named ``name`` here (none: no such speaker)."""
        found = self.aliases_of.get(name)
        if found is None:
            try:
                found = self.aliases_of[name] = list(self.x._speakers.get(name).aliases)
            except NotFound:
                found = self.aliases_of[name] = []
        return found

    def conflict(self, local: Annotation, item: dict[str, Any], theirs: str, mine: str
                 ) -> bool:
        """Both versions stay: the newer under the annotation's UUID, the older as a
        copy (same UUID wherever the same two versions meet). Returns whether the file's
        is the one under the UUID now."""
        incoming_newer = (item["modified"] or "") > local.updated_at
        mine_item = {**version_item(local), "prefix": local.prefix, "suffix": local.suffix,
                     "created": local.created_at, "modified": local.updated_at,
                     "coder_uuid": "", "article": item["article"]}
        older, older_fp = (mine_item, mine) if incoming_newer else (item, theirs)
        copy_uuid = conflict_copy_uuid(item["uuid"], older_fp)
        if incoming_newer:
            self.replace(local, item)
        if copy_uuid not in self.made_uuids and not self.store.annotations_by_uuid([copy_uuid]):
            self.add(older, copy_uuid)
            self.report.annotations_added -= 1  # (counted as the conflict)
        here = _version(local, "here")
        there = _version(item, "file")
        if incoming_newer:
            here.uuid = copy_uuid
            versions = [there, here]
        else:
            there.uuid = copy_uuid
            versions = [here, there]
        self.report.conflicts.append(Conflict(
            uuid=item["uuid"], article=self.titles.get(item["article"], ""), versions=versions))
        return incoming_newer


#: an annotation's parts a person changes, each as the keys that change together
_PARTS: tuple[tuple[str, ...], ...] = (
    ("kind",), ("exact", "start", "end", "prefix", "suffix"), ("speaker", "speaker_written"),
    ("verdict",), ("note",), ("tags",), ("coder",))


def _part_key(item: dict[str, Any], keys: tuple[str, ...]) -> tuple[Any, ...]:
    """A part's values as the fingerprint compares them."""
    return tuple(_part_value(item, k) for k in keys)


def _part_value(item: dict[str, Any], key: str) -> Any:
    """A key's value as the fingerprint compares it (tags as a set, case-blind)."""
    value = item.get(key)
    if key == "tags":
        return tuple(sorted({str(t).casefold() for t in value or ()}))
    if key in ("speaker", "coder"):
        return " ".join(str(value or "").split()).casefold()
    if key in ("prefix", "suffix", "speaker_written"):
        return None  # (not part of a version: only carried with the span, the speaker)
    return value


def _is_colour(value: str) -> bool:
    return len(value) in (4, 7) and value.startswith("#") and all(
        c in "0123456789abcdefABCDEF" for c in value[1:])
