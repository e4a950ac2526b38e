"""Articles (``ArticleStore``): the statements both engines share: one article's reads and
writes, delete and what its undo keeps, and the listing's filter but for its full-text
match. Matching, sorting, streaming, finding and inserting are each engine's own (SQLite's
FTS5 and its index tricks at 100,000 articles; PostgreSQL's text search and cursors)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from ..blind import kind_seen_sql, seen_sql
from ..rows import ArticleWhere, Row
from . import Sql, like_escape, update_row
from .pages import PortablePages

#: the columns of an article row
ARTICLE_COLUMNS = ("id", "title", "text", "source", "authors", "editor", "url", "dateline",
                   "published", "language", "photo_credit", "original_name", "original_format",
                   "content_hash", "imported_at", "updated_at", "quotes", "claims",
                   "highlights", "original_path", "original_hash", "published_partial",
                   "published_inferred", "uuid")
#: the columns of an annotation row, and of a dismissed suggestion, as an undo keeps them
ANNOTATION_ROW = ("id", "article_id", "kind", "exact", "prefix", "suffix", "start", "end",
                  "speaker_id", "verdict", "note", "anchor", "created_at", "updated_at",
                  "uuid", "coder_id", "speaker_written")
DISMISSED_ROW = ("article_id", "kind", "exact", "dismissed_at", "coder_id")
_KIND_COLUMN = {"quote": "quotes", "claim": "claims", "highlight": "highlights"}


def names(columns: Iterable[str | None], prefix: str = "") -> str:
    """The columns for a SELECT; None stands for an empty string (a listing never reads an
    article's text)."""
    return ", ".join("''" if c is None else f'{prefix}"{c}"' for c in columns)


class PortableArticles:
    #: the order dismissals were made in (as ``PortableSuggestions._FIRST``)
    _FIRST = "rowid"

    #: an article's source compared with a parameter, case-blind
    _SOURCE_IS = "a.source = ?"

    #: an article's text's length in bytes (UTF-8)
    _TEXT_BYTES = "length(CAST(a.text AS BLOB))"

    def __init__(self, sql: Sql):
        self.sql = sql
        self._pages = PortablePages(sql)

    def file_sizes(self, ids: list[int] | None) -> tuple[int, int, int, int, int]:
        # (characters for the annotations' strings: fewer than their bytes; the texts'
        # bytes from their lengths, no text decoded)
        where, params = ("", []) if ids is None else self.sql.any_of("a.id", ids)
        articles, text = list(self.sql.tuples(
            f"SELECT count(*), coalesce(sum({self._TEXT_BYTES} + length(a.title)), 0)"
            f" FROM articles a{' WHERE ' + where if where else ''}", params))[0]
        where, params = ("", []) if ids is None else self.sql.any_of("n.article_id", ids)
        notes, strings, coded = list(self.sql.tuples(
            "SELECT coalesce(sum(n.c), 0), coalesce(sum(n.chars + n.c * (length(a.title)"
            " + length(a.content_hash))), 0), coalesce(sum(n.coded), 0) FROM (SELECT"
            " n.article_id, count(*) AS c, sum(length(n.exact) + length(coalesce(n.prefix, ''))"
            " + length(coalesce(n.suffix, '')) + length(coalesce(n.created_at, ''))"
            " + length(coalesce(n.updated_at, '')) + length(coalesce(n.uuid, ''))"
            " + coalesce(length(c.name), 0)) AS chars, count(c.id) AS coded"
            " FROM annotations n LEFT JOIN coders c ON c.id = n.coder_id"
            f"{' WHERE ' + where if where else ''} GROUP BY n.article_id) n"
            " JOIN articles a ON a.id = n.article_id", params))[0]
        return int(articles), int(text), int(notes), int(strings), int(coded)

    # ------------------------------------------------------------------ the listing's filter
    def _match(self, query: str, viewer: int | None) -> tuple[str, list[Any]]:
        """The condition on ``a.id``: the article's title or text, or one of its annotations
        that ``viewer`` may see, matches the full-text ``query`` (each engine's own index)."""
        raise NotImplementedError

    def _filter_sql(self, where: ArticleWhere, select: str) -> tuple[str, list[Any]]:
        """``SELECT select FROM articles a`` with the conditions of ``where``."""
        conds: list[str] = []
        params: list[Any] = []
        seen, seen_params = seen_sql(where.viewer)
        if where.match:
            condition, more = self._match(where.match, where.viewer)
            conds.append(condition)
            params += more
        if where.collection_id:
            conds.append("a.id IN (SELECT article_id FROM article_collections"
                         " WHERE collection_id = ?)")
            params.append(where.collection_id)
        if where.source:
            conds.append(self._SOURCE_IS)
            params.append(where.source)
        if where.kind:  # the stored counts are everyone's: on blind articles, count again
            condition, more = kind_seen_sql(_KIND_COLUMN[where.kind], where.kind, where.viewer)
            conds.append(condition)
            params += more
        if where.tag:
            conds.append(
                "a.id IN (SELECT n.article_id FROM annotations n JOIN annotation_tags nt"
                " ON nt.annotation_id = n.id JOIN tags t ON t.id = nt.tag_id"
                f" WHERE (t.name = ? OR {self.sql.nocase_like('t.name')}){seen})")
            params += [where.tag, like_escape(where.tag) + "/%", *seen_params]
        if where.speaker:
            conds.append(
                "a.id IN (SELECT n.article_id FROM annotations n WHERE n.speaker_id IN"
                " (SELECT id FROM speakers WHERE name = ?"
                f" UNION SELECT speaker_id FROM speaker_aliases WHERE alias = ?){seen})")
            params += [where.speaker, where.speaker, *seen_params]
        if where.coder:
            conds.append("a.id IN (SELECT n.article_id FROM annotations n JOIN coders c"
                         f" ON c.id = n.coder_id WHERE c.name = ?{seen})")
            params += [where.coder, *seen_params]
        statement = f"SELECT {select} FROM articles a"
        if conds:
            statement += " WHERE " + " AND ".join(conds)
        return statement, params

    # ------------------------------------------------------------------ one article
    def get(self, article_id: int) -> Row | None:
        return self.sql.one(f"SELECT {names(ARTICLE_COLUMNS)} FROM articles WHERE id = ?",
                            [article_id])

    def text(self, article_id: int) -> str | None:
        found = self.sql.value("SELECT text FROM articles WHERE id = ?", [article_id])
        return None if found is None else str(found)

    def exists(self, article_id: int) -> bool:
        return self.sql.value("SELECT 1 FROM articles WHERE id = ?", [article_id]) is not None

    def copies(self, hashes: Sequence[str]) -> list[Row]:
        if not hashes:
            return []
        condition, params = self.sql.any_of("content_hash", hashes)
        return self.sql.rows("SELECT id, content_hash, source, url, title FROM articles"
                             f" WHERE {condition} ORDER BY id", params)

    # ------------------------------------------------------------------ writes
    def update(self, article_id: int, values: Row) -> None:
        update_row(self.sql, "articles", article_id, values)

    def fill_original_hash(self, article_id: int, original_hash: str) -> None:
        self.sql.run("UPDATE articles SET original_hash = ? WHERE id = ?"
                     " AND original_hash = ''", [original_hash, article_id])

    def delete(self, article_id: int) -> None:
        self.sql.run("DELETE FROM articles WHERE id = ?", [article_id])

    # ------------------------------------------------------------------ delete and undo
    def deleted_with(self, article_id: int) -> Row:
        params = [article_id]

        def named(statement: str) -> dict[int, str]:
            return {int(r["id"]): r["name"] for r in self.sql.rows(statement, params)}

        return {
            "collections": [int(i) for i in self.sql.column(
                "SELECT collection_id FROM article_collections WHERE article_id = ?", params)],
            "collection_names": named(
                "SELECT c.id, c.name FROM collections c JOIN article_collections ac"
                " ON ac.collection_id = c.id WHERE ac.article_id = ?"),
            "annotations": self.sql.rows(f"SELECT {names(ANNOTATION_ROW)} FROM annotations"
                                         " WHERE article_id = ? ORDER BY id + 0", params),
            "speaker_names": named(
                "SELECT DISTINCT s.id, s.name FROM speakers s JOIN annotations n"
                " ON n.speaker_id = s.id WHERE n.article_id = ?"),
            "annotation_tags": self.sql.rows(
                "SELECT nt.annotation_id, nt.tag_id FROM annotation_tags nt JOIN annotations n"
                " ON n.id = nt.annotation_id WHERE n.article_id = ?", params),
            "tag_names": named(
                "SELECT DISTINCT t.id, t.name FROM tags t JOIN annotation_tags nt"
                " ON nt.tag_id = t.id JOIN annotations n ON n.id = nt.annotation_id"
                " WHERE n.article_id = ?"),
            "dismissed": self.sql.rows(f"SELECT {names(DISMISSED_ROW)} FROM"
                                       " dismissed_suggestions WHERE article_id = ?"
                                       f" ORDER BY {self._FIRST}", params),
            "pages": self._pages.get(article_id),
        }

    def existing(self, kind: str, ids: Iterable[int]) -> set[int]:
        if kind not in ("speakers", "tags", "collections", "articles"):
            raise ValueError(f"Unknown kind of row {kind!r}.")
        wanted = list(ids)
        if not wanted:
            return set()
        condition, params = self.sql.any_of("id", wanted)
        return {int(i) for i in self.sql.column(f"SELECT id FROM {kind} WHERE {condition}",
                                                params)}
