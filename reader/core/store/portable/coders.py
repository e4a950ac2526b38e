"""Coders, who made each annotation, and which collections are coded blind (``CoderStore``):
the statements both engines share."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..blind import seen_sql, unseen_sql
from ..rows import Row
from . import Sql, optional_id

#: a coder with this many annotations (or more) is one of the library's many-coders
#: (``double_coders``): their articles are not read when they are the only one
_MANY = 5000


class PortableCoders:
    def __init__(self, sql: Sql):
        self.sql = sql

    def counted(self, viewer: int | None = None) -> list[Row]:
        rows = self.sql.rows(
            "SELECT c.id, c.name, coalesce(c.uuid, '') AS uuid,"
            " count(n.id) AS annotations, count(DISTINCT n.article_id) AS articles"
            " FROM coders c LEFT JOIN annotations n ON n.coder_id = c.id"
            f" GROUP BY c.id ORDER BY {self.sql.nocase('c.name')}, c.id")
        if viewer is not None:  # less each other coder's on the blind articles (all of
            # theirs there are unseen, and an article is blind or not: its articles too)
            condition, params = unseen_sql(viewer)
            unseen = {int(coder): (int(notes), int(articles)) for coder, notes, articles
                      in self.sql.tuples("SELECT n.coder_id, count(*),"
                                         " count(DISTINCT n.article_id) FROM annotations n"
                                         f" WHERE {condition} GROUP BY n.coder_id", params)}
            for row in rows:
                notes, articles = unseen.get(row["id"], (0, 0))
                row["annotations"] -= notes
                row["articles"] -= articles
        return rows

    def annotating(self, viewer: int | None = None) -> list[Row]:
        # one probe of the annotations_coder index per coder, not a count of them all
        seen, params = seen_sql(viewer)
        return self.sql.rows(
            "SELECT c.id, c.name FROM coders c WHERE EXISTS (SELECT 1 FROM annotations n"
            f" WHERE n.coder_id = c.id{seen}) ORDER BY {self.sql.nocase('c.name')}, c.id",
            params)

    def find(self, name: str) -> int | None:
        return optional_id(self.sql.value("SELECT id FROM coders WHERE name = ?", [name]))

    def insert(self, name: str, created_at: str, uuid: str | None = None) -> int:
        if uuid and self.sql.value("SELECT 1 FROM coders WHERE uuid = ?", [uuid]):
            uuid = None
        return self.sql.insert("INSERT INTO coders (name, created_at, uuid) VALUES (?, ?, ?)",
                               [name, created_at, uuid])

    def default_id(self) -> int | None:
        return optional_id(self.sql.value("SELECT min(id) FROM coders"))

    def fixed_name(self) -> str | None:
        return None  # one person's file: they choose who is coding

    def name_of(self, coder_id: int) -> str | None:
        found = self.sql.value("SELECT name FROM coders WHERE id = ?", [coder_id])
        return None if found is None else str(found)

    # ------------------------------------------------------------------ blind coding
    def blind_collections(self) -> list[int]:
        return [int(i) for i in self.sql.column(
            "SELECT id FROM collections WHERE blind != 0 ORDER BY id")]

    def set_blind(self, collection_id: int, blind: bool) -> None:
        self.sql.run("UPDATE collections SET blind = ? WHERE id = ?", [int(blind), collection_id])

    def may_code_blind(self) -> bool:
        return True

    def blind_articles(self, article_ids: Iterable[int] | None = None) -> set[int]:
        statement = ("SELECT DISTINCT ac.article_id FROM article_collections ac"
                     " JOIN collections c ON c.id = ac.collection_id WHERE c.blind != 0")
        params: list[Any] = []
        if article_ids is not None:
            condition, params = self.sql.any_of("ac.article_id", article_ids)
            statement += f" AND {condition}"
        return {int(i) for i in self.sql.column(statement, params)}

    def coded_articles(self, collection_id: int | None = None) -> dict[int, set[int]]:
        found: dict[int, set[int]] = {}
        if collection_id is None:  # (the coder index holds both: no row is read)
            rows = self.sql.tuples("SELECT DISTINCT coder_id, article_id FROM annotations"
                                   " WHERE coder_id IS NOT NULL")
        else:
            rows = self.sql.tuples(
                "SELECT DISTINCT n.coder_id, n.article_id FROM article_collections ac"
                " JOIN annotations n ON n.article_id = ac.article_id"
                " WHERE ac.collection_id = ? AND n.coder_id IS NOT NULL", [collection_id])
        for coder_id, article_id in rows:
            found.setdefault(int(coder_id), set()).add(int(article_id))
        return found

    def double_coders(self) -> set[int]:
        # Every article two coders share is among the articles of the one of them with
        # fewer annotations: the coder with the most (counted up to _MANY, a range of the
        # annotations_coder index) is left out of the articles read, unless a second coder
        # has as many (then every coder's articles are read, as coded_articles() does).
        # At 100,000 articles, 1M annotations of one coder and 5 of another: 0.2-0.3 s of
        # CPU (the whole index) -> a few index ranges (the Agreement dialog, review R20-15)
        ids = [int(i) for i in self.sql.column(
            "SELECT id FROM coders c WHERE EXISTS (SELECT 1 FROM annotations n"
            " WHERE n.coder_id = c.id)")]
        if len(ids) < 2:
            return set()
        many = [i for i in ids if int(self.sql.value(
            "SELECT count(*) FROM (SELECT 1 FROM annotations WHERE coder_id = ? LIMIT ?) m",
            [i, _MANY])) >= _MANY]
        if len(many) > 1:
            shared = self.coded_articles()
        else:
            fewer = [i for i in ids if i not in many]
            condition, params = self.sql.any_of("coder_id", fewer)
            articles = self.sql.column(
                f"SELECT DISTINCT article_id FROM annotations WHERE {condition}", params)
            condition, params = self.sql.any_of("article_id", articles)
            shared = {}
            for coder_id, article_id in self.sql.tuples(
                    f"SELECT DISTINCT coder_id, article_id FROM annotations WHERE {condition}"
                    " AND coder_id IS NOT NULL", params):
                shared.setdefault(int(coder_id), set()).add(int(article_id))
        seen: dict[int, int] = {}
        for articles_of in shared.values():
            for article_id in articles_of:
                seen[article_id] = seen.get(article_id, 0) + 1
        return {coder_id for coder_id, articles_of in shared.items()
                if any(seen[a] >= 2 for a in articles_of)}

    def kind_counts(self, coder_id: int, article_ids: Iterable[int]
                    ) -> dict[int, dict[str, int]]:
        found: dict[int, dict[str, int]] = {}
        condition, params = self.sql.any_of("article_id", article_ids)
        for r in self.sql.rows(
                "SELECT article_id, kind, count(*) AS n FROM annotations WHERE coder_id = ?"
                f" AND {condition} GROUP BY article_id, kind", [coder_id, *params]):
            found.setdefault(int(r["article_id"]), {})[str(r["kind"])] = int(r["n"])
        return found
