"""Annotations in a team library (``AnnotationStore``), with the optimistic check of
concurrent edits: the store remembers the version (``xmin``) of every annotation as it was
listed (what the app shows) or first read; a save of one that someone else changed since
is refused, naming them, and nothing is overwritten (``ChangedMeanwhile``). Listing it
again (the app does when it hears of others' changes) takes their version as seen.
Row-level security lets a coder change only their own annotations; a refused change says
so instead of silently doing nothing."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from typing import Any

from psycopg import sql

from ...messages import Message
from ..errors import ChangedMeanwhile, NotAllowed, StoreError
from ..portable.annotations import COLUMNS, FROM, PortableAnnotations
from ..rows import Row
from .common import PgSql
from .connection import PgDatabase


class PgAnnotations(PortableAnnotations):
    _COLUMNS = COLUMNS + ", n.xmin::text"  # the version each row was listed at
    _TAG_IDS = ("(SELECT string_agg(nt.tag_id::text, ',') FROM annotation_tags nt"
                " WHERE nt.annotation_id = n.id)")

    def __init__(self, db: PgDatabase):
        super().__init__(PgSql(db))
        self.db = db
        self._seen: dict[int, str] = {}  # id → the version (xmin) last read here

    def _listed(self, rows: Iterator[tuple[Any, ...]]) -> Iterator[tuple[Any, ...]]:
        for row in rows:
            self._seen[int(row[0])] = row[-1]
            yield row[:-1]

    def unseen_ids(self, viewer: int) -> set[int]:
        """(The server's answer: a coder may not read those rows, migration 0025.)"""
        return {int(r[0]) for r in self.db.execute(
            "SELECT kutip_unseen_annotations(?)", [viewer])}

    def get(self, annotation_id: int) -> Row | None:
        rows = self.db.rows(
            "SELECT n.id, n.article_id, n.kind, n.exact, n.start, n.\"end\", n.prefix,"
            " n.suffix, coalesce(s.name::text, '') AS speaker, n.speaker_id, n.verdict, n.note,"
            " n.anchor, n.created_at, n.updated_at, coalesce(n.uuid, '') AS uuid,"
            " coalesce(c.name::text, '') AS coder, n.coder_id, n.speaker_written,"
            " n.xmin::text AS _version,"
            " ARRAY(SELECT t.name::text FROM annotation_tags nt JOIN tags t ON t.id = nt.tag_id"
            "       WHERE nt.annotation_id = n.id) AS tags" + FROM + " WHERE n.id = ?",
            [annotation_id])
        if not rows:
            return None
        row = rows[0]
        # (the services read an annotation again before changing it: that is not the
        # version the user saw, which the listing or the first read remembered)
        self._seen.setdefault(int(row["id"]), row.pop("_version"))
        row["tags"] = list(row["tags"])
        return row

    # ------------------------------------------------------------------ guarded writes
    def _why_not(self, annotation_id: int, expected: str | None) -> StoreError:
        """Why an UPDATE or DELETE of the annotation touched no row."""
        rows = self.db.rows(
            "SELECT n.xmin::text AS version, coalesce(c.name::text, ch.changed_by, '') AS who,"
            " ch.changed_at, coalesce(o.name::text, '') AS owner FROM annotations n"
            " LEFT JOIN annotation_changes ch ON ch.annotation_id = n.id"
            " LEFT JOIN coders c ON c.login = ch.changed_by"
            " LEFT JOIN coders o ON o.id = n.coder_id WHERE n.id = ?", [annotation_id])
        if not rows:
            return StoreError(Message(
                "team.annotation-deleted", "Someone else deleted this annotation meanwhile;"
                " nothing was changed."))
        row = rows[0]
        if expected is not None and row["version"] != expected:
            return _changed_by(row["who"], row["changed_at"])
        if row["owner"]:
            return NotAllowed(Message(
                "team.annotation-theirs", "This annotation is {owner}'s: your login may change"
                " only your own; nothing was changed.", owner=row["owner"]))
        return NotAllowed(Message(
            "team.annotation-not-yours", "This annotation is someone else's: your login may"
            " change only your own; nothing was changed."))

    def update(self, annotation_id: int, values: Row) -> None:
        if not values:
            return
        expected = self._seen.get(int(annotation_id))
        sets = sql.SQL(", ").join(sql.SQL("{} = %s").format(sql.Identifier(c)) for c in values)
        params = [*values.values(), annotation_id]
        guard = sql.SQL("")
        if expected is not None:
            guard = sql.SQL(" AND xmin::text = %s")
            params.append(expected)
        version = self.db.value(sql.SQL("UPDATE annotations SET {} WHERE id = %s{}"
                                        " RETURNING xmin::text").format(sets, guard), params)
        if version is None:
            raise self._why_not(annotation_id, expected)
        self._seen[int(annotation_id)] = version

    def counts_at_end(self) -> AbstractContextManager[None]:
        # (PostgreSQL keeps a long text out of the article's row: the row triggers' count
        # updates do not write it again, so there is nothing to gain here)
        return contextlib.nullcontext()

    def delete(self, annotation_ids: Iterable[int]) -> None:
        ids = [int(i) for i in annotation_ids]
        if not ids:
            return
        seen = {i: self._seen[i] for i in ids if i in self._seen}
        gone = {int(r[0]) for r in self.db.execute(
            "DELETE FROM annotations WHERE id = ANY(?) RETURNING id",
            [[i for i in ids if i not in seen]])}
        for annotation_id, version in seen.items():  # only the version the user saw
            if self.db.value("DELETE FROM annotations WHERE id = ? AND xmin::text = ?"
                             " RETURNING id", [annotation_id, version]) is not None:
                gone.add(annotation_id)
        for annotation_id in ids:
            if annotation_id not in gone and self.db.value(
                    "SELECT 1 FROM annotations WHERE id = ?", [annotation_id]):
                raise self._why_not(annotation_id, seen.get(annotation_id))
            self._seen.pop(annotation_id, None)


def _changed_by(who: str, when: Any) -> ChangedMeanwhile:
    """"WHO changed this annotation at HH:MM after you opened it; …" (who may be unknown,
    the time too)."""
    at = when.astimezone().strftime("%H:%M") if when else ""
    if who and at:
        message = Message(
            "team.changed-by-at", "{who} changed this annotation at {at} after you opened it;"
            " your change was not saved, so nothing of theirs was overwritten. Look at theirs"
            " and make yours again.", who=who, at=at)
    elif who:
        message = Message(
            "team.changed-by", "{who} changed this annotation after you opened it; your change"
            " was not saved, so nothing of theirs was overwritten. Look at theirs and make"
            " yours again.", who=who)
    else:
        message = Message(
            "team.changed", "Someone changed this annotation after you opened it; your change"
            " was not saved, so nothing of theirs was overwritten. Look at theirs and make"
            " yours again.")
    return ChangedMeanwhile(message, by=who)
