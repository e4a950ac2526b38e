"""Bulk writes for big batches (a folder of thousands of files, the benchmark library).

Each batch is one transaction, written by the store at once (``BulkStore``); the
full-text indexes and the per-article counts come out right, exactly as for single
writes. A batch that fails leaves nothing of itself behind; batches before it stay
committed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import fields
from itertools import islice
from typing import Any, TypeVar

from ..messages import Message
from ..models import ImportedArticle
from ..store.interfaces import BulkStore
from ..store.rows import Row
from .base import LibraryError, Service, Session, now, write
from .coders import Coders
from .rules import check_kind, check_verdict, present_copy, tag_names
from .speakers import Speakers
from .tags import Tags

_IMPORTED_FIELDS = [f.name for f in fields(ImportedArticle) if f.metadata.get("column", True)]
_ARTICLE_COLUMNS = [*_IMPORTED_FIELDS, "imported_at", "updated_at", "original_path", "uuid"]
_ANNOTATION_COLUMNS = ["id", "article_id", "kind", "exact", "prefix", "suffix", "start", "end",
                       "speaker_id", "verdict", "note", "anchor", "created_at", "updated_at",
                       "uuid", "coder_id"]
T = TypeVar("T")


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, max(size, 1))):
        yield chunk


class Bulk(Service):
    """``library.bulk``: many articles or annotations per transaction (folders, benchmarks).

    Rules here, storage behind ``store.interfaces.BulkStore``: no SQL.
    """

    def __init__(self, session: Session, tags: Tags, speakers: Speakers, coders: Coders):
        super().__init__(session)
        self._coders = coders
        self._tags = tags
        self._speakers = speakers

    @property
    def _store(self) -> BulkStore:
        return self._session.stores.bulk

    @write
    def add_articles(self, items: Iterable[ImportedArticle], batch: int = 1000,
                          original_paths: Iterable[str] | None = None) -> int:
        """Store many imported articles, ``batch`` per transaction; returns how many were new.

        An article whose text is already stored (or came earlier in ``items``) from the
        same outlet is skipped, as ``articles.add`` does (``rules.same_outlet``); another
        outlet's copy is stored.
        """
        from uuid import uuid4  # (with it ``platform``: not at the app's start)

        paths = iter(original_paths) if original_paths is not None else None
        added = 0
        for chunk in _batches(items, batch):
            chunk_paths = [next(paths, "") for _ in chunk] if paths is not None else None
            stamp = now()
            with self._tx():
                known: dict[str, list[Row]] = {}
                for row in self._stores.articles.copies(
                        [a.content_hash for a in chunk if a.content_hash]):
                    known.setdefault(row["content_hash"], []).append(row)
                rows = []
                for i, article in enumerate(chunk):
                    digest = article.content_hash
                    if digest:
                        copies = known.setdefault(digest, [])
                        if present_copy(article.source, article.url, copies) is not None:
                            continue
                        copies.append({"id": 0, "source": article.source, "url": article.url})
                    rows.append((*(getattr(article, name) for name in _IMPORTED_FIELDS),
                                 stamp, stamp, chunk_paths[i] if chunk_paths else "",
                                 str(uuid4())))
                if rows:
                    self._store.insert_articles(_ARTICLE_COLUMNS, rows)
            added += len(rows)
            if rows:
                self._changed("articles")
        return added

    @write
    def add_annotations(self, rows: Iterable[dict[str, Any]], batch: int = 5000) -> int:
        """Store many annotations, ``batch`` per transaction; returns how many were stored.

        Each row has ``article_id``, ``kind``, ``exact``, ``start`` and ``end`` and may have
        ``prefix``, ``suffix``, ``speaker`` (a name), ``tags`` (names), ``verdict``, ``note``,
        ``anchor``, ``created_at``, ``coder_id`` (default: the current coder). Offsets are
        not checked against the text here: callers pass selectors they made with
        ``make_selector``. An unknown article fails the batch.
        """
        from uuid import uuid4  # (with it ``platform``: not at the app's start)

        added = 0
        speakers: dict[str, int] = {}
        tag_ids: dict[str, int] = {}
        for chunk in _batches(rows, batch):
            stamp = now()
            with self._tx():
                next_id = self._store.next_annotation_id()
                coder_id = self._coders.id_for_writing()  # (no trigger update per row)
                values, links, touched = [], [], set()
                for offset, row in enumerate(chunk):
                    kind = row.get("kind", "quote")
                    check_kind(kind)
                    verdict = row.get("verdict") or ("unchecked" if kind == "claim" else "")
                    check_verdict(verdict)
                    if not row.get("exact"):
                        raise LibraryError(Message(
                            "lib.every-bulk-annotation-needs", "Every bulk annotation needs its "
                            "exact text."))
                    speaker = (row.get("speaker") or "").strip()
                    speaker_id = row.get("speaker_id")
                    if speaker:
                        key = speaker.lower()
                        if key not in speakers:
                            speakers[key] = self._speakers.id_of(speaker, create=True)
                        speaker_id = speakers[key]
                    annotation_id = next_id + offset
                    created = row.get("created_at") or stamp
                    values.append((
                        annotation_id, row["article_id"], kind, row["exact"],
                        row.get("prefix", ""), row.get("suffix", ""), row.get("start"),
                        row.get("end"), speaker_id, verdict, row.get("note", ""),
                        row.get("anchor", "anchored"), created, row.get("updated_at") or created,
                        row.get("uuid") or str(uuid4()), row.get("coder_id") or coder_id,
                    ))
                    touched.add(row["article_id"])
                    for name in tag_names(row.get("tags", ())):
                        key = name.lower()
                        if key not in tag_ids:
                            tag_ids[key] = self._tags.id_of(name, create=True)
                        links.append((annotation_id, tag_ids[key]))
                self._store.insert_annotations(_ANNOTATION_COLUMNS, values, links)
            added += len(values)
            if values:
                self._changed("annotations", next(iter(touched)) if len(touched) == 1 else None)
                if speakers:
                    self._changed("speakers")
                if tag_ids:
                    self._changed("tags")
        return added
