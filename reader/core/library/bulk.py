"""Bulk writes for big batches (a folder of thousands of files, the benchmark library).

Each batch is one transaction (``BEGIN IMMEDIATE``), written with ``executemany``;
the schema's triggers keep the full-text indexes and the per-article counts right,
exactly as for single writes. A batch that fails leaves nothing of itself behind;
batches before it stay committed.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from dataclasses import fields
from itertools import islice
from uuid import uuid4

from ..models import ImportedArticle
from .base import LibraryError, Service, Session, now, write
from .coders import Coders
from .rules import check_kind, check_verdict, tag_names
from .speakers import Speakers
from .tags import Tags

_IMPORTED_FIELDS = [f.name for f in fields(ImportedArticle) if f.metadata.get("column", True)]
_ARTICLE_COLUMNS = [*_IMPORTED_FIELDS, "imported_at", "updated_at", "original_path", "uuid"]
_INSERT_ARTICLE = (
    f"INSERT INTO articles ({', '.join(_ARTICLE_COLUMNS)})"
    f" VALUES ({', '.join('?' * len(_ARTICLE_COLUMNS))})"
)
_ANNOTATION_COLUMNS = ["id", "article_id", "kind", "exact", "prefix", "suffix", "start", "end",
                       "speaker_id", "verdict", "note", "anchor", "created_at", "updated_at",
                       "uuid", "coder_id"]
_INSERT_ANNOTATION = (
    "INSERT INTO annotations (" + ", ".join(f'"{c}"' for c in _ANNOTATION_COLUMNS) + ")"
    f" VALUES ({', '.join('?' * len(_ANNOTATION_COLUMNS))})"
)
_HASH_CHUNK = 900  # stay well under SQLite's bound-parameter limit
_COUNT_ANNOTATIONS = """
UPDATE articles SET quotes = quotes + c.q, claims = claims + c.c, highlights = highlights + c.h
FROM (SELECT article_id, sum(kind = 'quote') AS q, sum(kind = 'claim') AS c,
             sum(kind = 'highlight') AS h
      FROM annotations WHERE id >= ? GROUP BY article_id) AS c
WHERE articles.id = c.article_id
"""


@contextlib.contextmanager
def _triggers_off(conn, names: tuple[str, ...]) -> Iterator[None]:
    """Inside a transaction: drop row triggers, then put them back exactly as they were.

    A per-row trigger into FTS5 costs about twice a set-based ``INSERT … SELECT``; the
    caller does the triggers' work set-based. DDL is transactional in SQLite, so a
    failed batch rolls back with its triggers intact.
    """
    saved = [row[0] for row in conn.execute(
        f"SELECT sql FROM sqlite_master WHERE type = 'trigger'"
        f" AND name IN ({','.join('?' * len(names))})", names)]
    if len(saved) != len(names):
        raise LibraryError("The library's schema is not the one bulk import expects.")
    for name in names:
        conn.execute(f"DROP TRIGGER {name}")
    yield
    for sql in saved:
        conn.execute(sql)


def _batches(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(islice(iterator, max(size, 1))):
        yield chunk


class Bulk(Service):
    """``library.bulk``: many articles or annotations per transaction (folders, benchmarks)."""

    def __init__(self, session: Session, tags: Tags, speakers: Speakers, coders: Coders):
        super().__init__(session)
        self._coders = coders
        self._tags = tags
        self._speakers = speakers

    @write
    def add_articles(self, items: Iterable[ImportedArticle], batch: int = 1000,
                          original_paths: Iterable[str] | None = None) -> int:
        """Store many imported articles, ``batch`` per transaction; returns how many were new.

        An article whose ``content_hash`` is already stored (or came earlier in ``items``)
        is skipped, as ``articles.add`` does.
        """
        paths = iter(original_paths) if original_paths is not None else None
        added = 0
        for chunk in _batches(items, batch):
            chunk_paths = [next(paths, "") for _ in chunk] if paths is not None else None
            stamp = now()
            with self._tx():
                known = self._known_hashes([a.content_hash for a in chunk if a.content_hash])
                rows = []
                for i, article in enumerate(chunk):
                    digest = article.content_hash
                    if digest:
                        if digest in known:
                            continue
                        known.add(digest)
                    rows.append((*(getattr(article, name) for name in _IMPORTED_FIELDS),
                                 stamp, stamp, chunk_paths[i] if chunk_paths else "",
                                 str(uuid4())))
                conn = self.db.conn
                last = conn.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0]
                with _triggers_off(conn, ("articles_fts_ai",)):
                    conn.executemany(_INSERT_ARTICLE, rows)
                    conn.execute("INSERT INTO articles_fts (rowid, title, text)"
                                 " SELECT id, title, text FROM articles WHERE id > ?", [last])
            added += len(rows)
            if rows:
                self._changed("articles")
        return added

    def _known_hashes(self, hashes: list[str]) -> set[str]:
        known: set[str] = set()
        for start in range(0, len(hashes), _HASH_CHUNK):
            part = hashes[start:start + _HASH_CHUNK]
            known.update(row[0] for row in self.db.conn.execute(
                f"SELECT content_hash FROM articles WHERE content_hash IN"
                f" ({','.join('?' * len(part))})", part))
        return known

    @write
    def add_annotations(self, rows: Iterable[dict], batch: int = 5000) -> int:
        """Store many annotations, ``batch`` per transaction; returns how many were stored.

        Each row has ``article_id``, ``kind``, ``exact``, ``start`` and ``end`` and may have
        ``prefix``, ``suffix``, ``speaker`` (a name), ``tags`` (names), ``verdict``, ``note``,
        ``anchor``, ``created_at``, ``coder_id`` (default: the current coder). Offsets are
        not checked against the text here: callers pass selectors they made with
        ``make_selector``. An unknown article fails the batch.
        """
        added = 0
        speakers: dict[str, int] = {}
        tag_ids: dict[str, int] = {}
        for chunk in _batches(rows, batch):
            stamp = now()
            with self._tx():
                next_id = self.db.conn.execute(
                    "SELECT coalesce(max(id), 0) + 1 FROM annotations").fetchone()[0]
                coder_id = self._coders.id_for_writing()  # (no trigger update per row)
                values, links, touched = [], [], set()
                for offset, row in enumerate(chunk):
                    kind = row.get("kind", "quote")
                    check_kind(kind)
                    verdict = row.get("verdict") or ("unchecked" if kind == "claim" else "")
                    check_verdict(verdict)
                    if not row.get("exact"):
                        raise LibraryError("Every bulk annotation needs its exact text.")
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
                conn = self.db.conn
                with _triggers_off(conn, ("annotations_fts_ai", "annotations_count_ai")):
                    conn.executemany(_INSERT_ANNOTATION, values)
                    conn.execute("INSERT INTO annotations_fts (rowid, exact, note)"
                                 " SELECT id, exact, note FROM annotations WHERE id >= ?",
                                 [next_id])
                    conn.execute(_COUNT_ANNOTATIONS, [next_id])
                if links:
                    self.db.conn.executemany(
                        "INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id)"
                        " VALUES (?, ?)", links)
            added += len(values)
            if values:
                self._changed("annotations", next(iter(touched)) if len(touched) == 1 else None)
                if speakers:
                    self._changed("speakers")
                if tag_ids:
                    self._changed("tags")
        return added
