"""Articles: add, read, correct, list (filtered and sorted) and delete."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, fields
from typing import Any

from ..models import Article, ImportedArticle, article_columns
from ..store.pages import get_pages, set_pages
from .base import LibraryError, NotFound, Service, Session, like_escape, now, write
from .collections import Collections
from .speakers import Speakers
from .tags import Tags

EDITABLE_FIELDS = ("title", "source", "authors", "editor", "url", "dateline", "published",
                   "language", "photo_credit")
SORT_COLUMNS = {
    "title": "a.title COLLATE NOCASE",
    "source": "a.source COLLATE NOCASE",
    # full dates by date; month-and-day-only dates ("--12-22") together before them
    "published": "(a.published || a.published_partial)",
    "imported": "a.id",
    "quotes": "a.quotes",
    "claims": "a.claims",
    "highlights": "a.highlights",
    "id": "a.id",
}
_ARTICLE_FIELDS = [f.name for f in fields(Article)]
LIST_COLUMNS = [name for name in _ARTICLE_FIELDS if name != "text"]
# every Article field in order, the text left empty: rows become Article(*row) directly
_LIST_SELECT = ", ".join("'' AS text" if n == "text" else f'"{n}"' for n in _ARTICLE_FIELDS)


@dataclass
class ArticleFilter:
    """What the library list shows: every field narrows it; empty means everything."""

    query: str = ""
    collection_id: int | None = None
    source: str = ""
    tag: str = ""
    speaker: str = ""
    kind: str = ""
    coder: str = ""  # only articles this coder annotated (and, in exports, their annotations)

    def is_empty(self) -> bool:
        return not (self.query.strip() or self.collection_id or self.source or self.tag
                    or self.speaker or self.kind or self.coder.strip())


def _article(row: dict) -> Article:
    return Article(**{k: v for k, v in row.items() if k in _ARTICLE_FIELDS})


class Articles(Service):
    """``library.articles``: add, read, correct, list (filtered and sorted) and delete."""

    def __init__(self, session: Session, collections: Collections, tags: Tags,
                 speakers: Speakers):
        super().__init__(session)
        self._collections = collections
        self._tags = tags
        self._speakers = speakers

    def find_duplicate(self, content_hash: str) -> int | None:
        row = self._one("SELECT id FROM articles WHERE content_hash = ? LIMIT 1", [content_hash])
        return row["id"] if row else None

    @write
    def find_original(self, original_hash: str, collection_id: int | None = None) -> int | None:
        """The article imported from exactly these bytes (``bytes_hash``), if any; it joins
        ``collection_id`` when given, as a re-imported duplicate does."""
        row = self._one("SELECT id FROM articles WHERE original_hash = ? LIMIT 1",
                        [original_hash])
        if row is None:
            return None
        if collection_id:
            with self._tx():
                self._collections.link(row["id"], collection_id)
            self._changed("collections")
        return row["id"]

    @write
    def add(
        self, imported: ImportedArticle, collection_id: int | None = None, original_path: str = ""
    ) -> tuple[int, bool]:
        """Store one imported article; returns ``(id, created)``; a duplicate is not re-stored."""
        with self._tx():
            existing = self.find_duplicate(imported.content_hash) if imported.content_hash else None
            if existing is not None:
                if imported.original_hash:  # imported before bytes were recorded
                    self.db.execute("UPDATE articles SET original_hash = ? WHERE id = ?"
                                    " AND original_hash = ''", [imported.original_hash, existing])
                if collection_id:
                    self._collections.link(existing, collection_id)
                return existing, False
            row = article_columns(imported)
            stamp = now()
            row.update(imported_at=stamp, updated_at=stamp, original_path=original_path)
            article_id = self.db["articles"].insert(row).last_pk
            if imported.pages:
                set_pages(self.db.conn, article_id, imported.pages)
            if collection_id:
                self._collections.link(article_id, collection_id)
        self._changed("articles", article_id)
        return article_id, True


    def get(self, article_id: int) -> Article:
        row = self._one("SELECT * FROM articles WHERE id = ?", [article_id])
        if row is None:
            raise NotFound(f"There is no article {article_id}.")
        return _article(row)

    @write
    def update(self, article_id: int, collections=None, **changes) -> Article:
        """Correct an article's details (title, source, authors, date …), not its text.

        ``collections``, when given, is the article's whole collection membership: ids of
        existing collections and names of collections to create. Details and membership
        are saved in one transaction: all or nothing.
        """
        unknown = set(changes) - set(EDITABLE_FIELDS)
        if unknown:
            raise ValueError(f"Cannot edit {', '.join(sorted(unknown))}")
        self.get(article_id)
        values = {k: (v or "").strip() for k, v in changes.items()}
        if "published" in values and values["published"] != self.get(article_id).published:
            values["published_inferred"] = 0  # a date typed by a person is not an inference
        with self._tx():
            if values:
                self.db["articles"].update(article_id, {**values, "updated_at": now()})
            if collections is not None:
                self._collections.set_membership(article_id, collections)
        if values:
            self._changed("articles", article_id)
        if collections is not None:
            self._changed("collections")
        return self.get(article_id)

    def count(self, where: ArticleFilter | None = None) -> int:
        where = where or ArticleFilter()
        if _query_only(where):
            sql, params = _query_ids_sql(where.query)
            return self.db.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0]
        sql, params = self._filter_sql(where, "count(*)")
        return self.db.execute(sql, params).fetchone()[0]

    def ids(
        self, where: ArticleFilter | None = None, sort: str = "imported", descending: bool = False
    ) -> list[int]:
        """Every matching id in display order: cheap even at 100,000 articles."""
        where = where or ArticleFilter()
        order = SORT_COLUMNS.get(sort, "a.id")
        direction = "DESC" if descending else "ASC"
        if order == "a.id" and where == ArticleFilter():
            # Every id in import order: the table's b-tree holds the text, so scanning it takes
            # ~140 ms at 100,000 articles; the narrow published-date index holds each id too
            # (~30 ms), and sorting 100,000 ints takes a few ms.
            try:
                ids = [row[0] for row in self.db.execute(
                    "SELECT id FROM articles INDEXED BY articles_published")]
            except sqlite3.OperationalError:  # no such index (should not happen)
                ids = [row[0] for row in self.db.execute("SELECT id FROM articles")]
            ids.sort(reverse=descending)
            return ids
        if order == "a.id" and _query_only(where):  # from the FTS indexes, not the articles
            sql, params = _query_ids_sql(where.query)
            return [row[0] for row in self.db.execute(f"{sql} ORDER BY 1 {direction}", params)]
        sql, params = self._filter_sql(where, "a.id")
        sql += f" ORDER BY {order} {direction}, a.id {direction}"
        return [row[0] for row in self.db.execute(sql, params)]

    def stream(
        self,
        where: ArticleFilter | None = None,
        sort: str = "imported",
        descending: bool = False,
        limit: int | None = None,
    ) -> Iterator[Article]:
        """Matching articles (without their text) in display order, read as they are used:
        one query with its own ORDER BY and LIMIT, so memory stays flat at 100,000 rows
        (``find`` would first hold every id, then bind them all as parameters)."""
        for row in self._stream(_LIST_SELECT, where, sort, descending, limit):
            yield Article(*row)

    def stream_fields(
        self,
        fields: Sequence[str],
        where: ArticleFilter | None = None,
        sort: str = "imported",
        descending: bool = False,
        limit: int | None = None,
    ) -> Iterator[tuple[Any, ...]]:
        """As ``stream``, but only these fields of each article, as tuples in that order:
        columns stored after the text cost a walk through its pages, so a listing that
        prints a few columns reads only those (``kutip list`` at 100,000 articles)."""
        unknown = [name for name in fields if name not in LIST_COLUMNS]
        if unknown or not fields:
            raise ValueError(f"Cannot list {', '.join(unknown) or 'no fields'}.")
        yield from self._stream(", ".join(f'a."{name}"' for name in fields), where, sort,
                                descending, limit)

    def _stream(self, select: str, where: ArticleFilter | None, sort: str, descending: bool,
                limit: int | None) -> Iterator[tuple[Any, ...]]:
        if limit is not None and limit < 0:
            raise ValueError("The offset and the limit cannot be negative.")
        order = SORT_COLUMNS.get(sort, "a.id")
        direction = "DESC" if descending else "ASC"
        sql, params = self._filter_sql(where or ArticleFilter(), select)
        sql += f" ORDER BY {order} {direction}"
        if order != "a.id":
            sql += f", a.id {direction}"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        yield from self.db.execute(sql, params)

    def rows(self, ids: list[int]) -> list[Article]:
        """Articles without their text, for a page of the library table, in the order given."""
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = self.db.execute(f"SELECT {_LIST_SELECT} FROM articles WHERE id IN ({marks})", ids)
        by_id = {row[0]: Article(*row) for row in rows}  # a page is read on every scroll
        return [by_id[i] for i in ids if i in by_id]

    def find(
        self,
        where: ArticleFilter | None = None,
        sort: str = "imported",
        descending: bool = False,
        offset: int = 0,
        limit: int | None = None,
    ) -> list[Article]:
        if offset < 0 or (limit is not None and limit < 0):
            raise ValueError("The offset and the limit cannot be negative.")
        ids = self.ids(where, sort, descending)
        end = None if limit is None else offset + limit
        return self.rows(ids[offset:end])

    def sources(self) -> list[str]:
        rows = self.db.execute(
            "SELECT DISTINCT source FROM articles WHERE source != '' ORDER BY source COLLATE NOCASE"
        )
        return [row[0] for row in rows]

    def _filter_sql(self, where: ArticleFilter, select: str) -> tuple[str, list]:
        conds, params = [], []
        if where.query.strip():
            from .search import fts_query

            conds.append(
                "(a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
                " OR a.id IN (SELECT n.article_id FROM annotations n WHERE n.id IN"
                " (SELECT rowid FROM annotations_fts WHERE annotations_fts MATCH ?)))"
            )
            q = fts_query(where.query)
            params += [q, q]
        if where.collection_id:
            conds.append("a.id IN (SELECT article_id FROM article_collections"
                         " WHERE collection_id = ?)")
            params.append(where.collection_id)
        if where.source:
            conds.append("a.source = ? COLLATE NOCASE")
            params.append(where.source)
        if where.kind:
            column = {"quote": "quotes", "claim": "claims", "highlight": "highlights"}[where.kind]
            conds.append(f"a.{column} > 0")
        if where.tag:
            conds.append(
                "a.id IN (SELECT n.article_id FROM annotations n JOIN annotation_tags nt"
                " ON nt.annotation_id = n.id JOIN tags t ON t.id = nt.tag_id"
                " WHERE t.name = ? OR t.name LIKE ? ESCAPE '\\')"
            )
            params += [where.tag, like_escape(where.tag) + "/%"]
        if where.speaker:
            conds.append(
                "a.id IN (SELECT n.article_id FROM annotations n WHERE n.speaker_id IN"
                " (SELECT id FROM speakers WHERE name = ?"
                " UNION SELECT speaker_id FROM speaker_aliases WHERE alias = ?))"
            )
            params += [where.speaker, where.speaker]
        if where.coder.strip():
            conds.append("a.id IN (SELECT n.article_id FROM annotations n JOIN coders c"
                         " ON c.id = n.coder_id WHERE c.name = ?)")
            params.append(" ".join(where.coder.split()))
        sql = f"SELECT {select} FROM articles a"
        if conds:
            sql += " WHERE " + " AND ".join(conds)
        return sql, params

    @write
    def delete(self, article_id: int) -> dict:
        """Delete an article with its annotations; returns a snapshot ``restore`` takes."""
        snapshot = self.snapshot(article_id)
        with self._tx():
            self.db.execute("DELETE FROM articles WHERE id = ?", [article_id])
        self._changed("articles", article_id)
        return snapshot

    def text(self, article_id: int) -> str:
        """Just the article's text."""
        row = self._one("SELECT text FROM articles WHERE id = ?", [article_id])
        if row is None:
            raise NotFound(f"There is no article {article_id}.")
        return row["text"]

    def snapshot(self, article_id: int) -> dict:
        row = self._one("SELECT * FROM articles WHERE id = ?", [article_id])
        if row is None:
            raise NotFound(f"There is no article {article_id}.")
        row.update(quotes=0, claims=0, highlights=0)  # the triggers recount on restore
        return {
            "article": row,
            "collections": [r["collection_id"] for r in self._all(
                "SELECT collection_id FROM article_collections WHERE article_id = ?", [article_id]
            )],
            # names too: what a restore needs when the rows they name are gone by then
            "collection_names": {r["id"]: r["name"] for r in self._all(
                "SELECT c.id, c.name FROM collections c JOIN article_collections ac"
                " ON ac.collection_id = c.id WHERE ac.article_id = ?", [article_id])},
            "annotations": self._all("SELECT * FROM annotations WHERE article_id = ?",
                                     [article_id]),
            "speaker_names": {r["id"]: r["name"] for r in self._all(
                "SELECT DISTINCT s.id, s.name FROM speakers s JOIN annotations n"
                " ON n.speaker_id = s.id WHERE n.article_id = ?", [article_id])},
            "annotation_tags": self._all(
                "SELECT nt.* FROM annotation_tags nt JOIN annotations n"
                " ON n.id = nt.annotation_id WHERE n.article_id = ?", [article_id]),
            "tag_names": {r["id"]: r["name"] for r in self._all(
                "SELECT DISTINCT t.id, t.name FROM tags t JOIN annotation_tags nt"
                " ON nt.tag_id = t.id JOIN annotations n ON n.id = nt.annotation_id"
                " WHERE n.article_id = ?", [article_id])},
            "dismissed": self._all("SELECT * FROM dismissed_suggestions WHERE article_id = ?",
                                   [article_id]),
            "pages": get_pages(self.db.conn, article_id),
        }

    @write
    def restore(self, snapshot: dict) -> list[str]:
        """Put back an article deleted by ``delete`` (undo), with the same ids.

        What was changed meanwhile never makes the restore fail: a speaker or tag deleted
        since comes back by name (merged speakers resolve to the one they were merged
        into); a collection deleted since is left out. Returns one line for each thing
        that could not be put back (empty when everything was).
        """
        notes: list[str] = []
        article = snapshot["article"]
        article_id = article["id"]
        with self._tx():
            if self._one("SELECT 1 FROM articles WHERE id = ?", [article_id]):
                raise LibraryError("The article is already in the library; nothing was changed.")
            self.db["articles"].insert(article)
            names = snapshot.get("collection_names", {})
            for collection_id in snapshot["collections"]:
                if self._one("SELECT 1 FROM collections WHERE id = ?", [collection_id]):
                    self._collections.link(article_id, collection_id)
                else:
                    name = names.get(collection_id)
                    notes.append(f"The collection “{name}” was deleted since; the article is "
                                 "back in the library but not in that collection." if name else
                                 "A collection it was in was deleted since.")
            speakers = snapshot.get("speaker_names", {})
            annotations = [self._restorable_speaker(dict(row), speakers)
                           for row in snapshot["annotations"]]
            if annotations:
                self.db["annotations"].insert_all(annotations)
            self._restore_tag_links(snapshot["annotation_tags"], snapshot.get("tag_names", {}))
            if snapshot["dismissed"]:
                self.db["dismissed_suggestions"].insert_all(snapshot["dismissed"])
            set_pages(self.db.conn, article_id, [tuple(p) for p in snapshot.get("pages", ())])
        self._changed("articles", article_id)
        return notes

    def _restorable_speaker(self, row: dict, names: dict) -> dict:
        """An annotation row whose speaker exists: the old one, else found again by name."""
        speaker_id = row.get("speaker_id")
        if speaker_id is not None and not self._one("SELECT 1 FROM speakers WHERE id = ?",
                                                    [speaker_id]):
            name = names.get(speaker_id, "")
            row["speaker_id"] = self._speakers.restore_by_name(name, speaker_id) if name else None
        return row

    def _restore_tag_links(self, links: list[dict], names: dict) -> None:
        """Tag links back; a tag deleted since is found again (or re-made) by its name."""
        ids: dict[int, int | None] = {}
        for link in links:
            tag_id = link["tag_id"]
            if tag_id not in ids:
                exists = self._one("SELECT 1 FROM tags WHERE id = ?", [tag_id])
                ids[tag_id] = tag_id if exists else (
                    self._tags.id_of(names[tag_id], create=True) if names.get(tag_id) else None)
            if ids[tag_id] is not None:
                self.db.execute("INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id)"
                                " VALUES (?, ?)", [link["annotation_id"], ids[tag_id]])


def _query_only(where: ArticleFilter) -> bool:
    """Only words to search for: the ids can come straight from the FTS indexes."""
    return bool(where.query.strip()) and ArticleFilter(query=where.query) == where


def _query_ids_sql(query: str) -> tuple[str, list]:
    """Ids of the articles matching ``query`` in their text or in one of their annotations.

    Read from the FTS indexes (and the annotations' rowids) without touching ``articles``:
    its rows are fat, and every FTS rowid is an article id (the triggers keep them in step).
    """
    from .search import fts_query

    q = fts_query(query)
    return ("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?"
            " UNION SELECT article_id FROM annotations WHERE id IN"
            " (SELECT rowid FROM annotations_fts WHERE annotations_fts MATCH ?)", [q, q])
