"""Collections: a study or a story; an article can be in several."""

from __future__ import annotations

from dataclasses import dataclass

from .base import LibraryError, NotFound, Service, now, write
from .rules import clean_name


@dataclass
class Collection:
    id: int
    name: str
    articles: int = 0
    uuid: str = ""


class Collections(Service):
    """``library.collections``: named sets of articles (a study, a story)."""

    _legacy_call = "all"

    def all(self) -> list[Collection]:
        rows = self._all(
            "SELECT c.id, c.name, count(ac.article_id) AS articles, coalesce(c.uuid, '') AS uuid"
            " FROM collections c"
            " LEFT JOIN article_collections ac ON ac.collection_id = c.id"
            " GROUP BY c.id ORDER BY c.name COLLATE NOCASE")
        return [Collection(**row) for row in rows]

    @write
    def id_of(self, name: str, create: bool = False) -> int:
        name = clean_name(name)
        if not name:
            raise LibraryError("A collection needs a name.")
        row = self._one("SELECT id FROM collections WHERE name = ?", [name])
        if row:
            return row["id"]
        if not create:
            raise NotFound(f"There is no collection “{name}”.")
        with self._tx():
            collection_id = self.db["collections"].insert(
                {"name": name, "created_at": now()}).last_pk
        self._changed("collections")
        return collection_id

    @write
    def create(self, name: str) -> Collection:
        if self._one("SELECT id FROM collections WHERE name = ?", [clean_name(name)]):
            raise LibraryError(f"The collection “{name.strip()}” already exists.")
        collection_id = self.id_of(name, create=True)
        return next(c for c in self.all() if c.id == collection_id)

    @write
    def rename(self, collection_id: int, name: str) -> None:
        name = clean_name(name)
        if not name:
            raise LibraryError("A collection needs a name.")
        clash = self._one("SELECT id FROM collections WHERE name = ? AND id != ?",
                          [name, collection_id])
        if clash:
            raise LibraryError(f"The collection “{name}” already exists.")
        with self._tx():
            self.db["collections"].update(collection_id, {"name": name})
        self._changed("collections")

    @write
    def delete(self, collection_id: int) -> dict:
        """Delete the collection only; its articles stay in the library.

        Returns what ``restore`` needs to undo it.
        """
        with self._tx():
            row = self._one("SELECT * FROM collections WHERE id = ?", [collection_id])
            if row is None:
                raise NotFound(f"There is no collection {collection_id}.")
            snapshot = {"collection": row, "articles": [r["article_id"] for r in self._all(
                "SELECT article_id FROM article_collections WHERE collection_id = ?",
                [collection_id])]}
            self.db.execute("DELETE FROM collections WHERE id = ?", [collection_id])
        self._changed("collections")
        self._changed("articles")
        return snapshot

    @write
    def restore(self, snapshot: dict) -> list[str]:
        """Undo ``delete``: the collection under its id with the articles that
        are still in the library (a collection of that name made meanwhile takes them).
        Returns one line for what could not be put back."""
        row = snapshot["collection"]
        with self._tx():
            collection_id = self._put_back("collections", row)
            missing = 0
            for article_id in snapshot["articles"]:
                if self._one("SELECT 1 FROM articles WHERE id = ?", [article_id]):
                    self.link(article_id, collection_id)
                else:
                    missing += 1
        self._changed("collections")
        self._changed("articles")
        if not missing:
            return []
        return [f"{missing} of its articles {'was' if missing == 1 else 'were'} deleted since"
                f" and {'is' if missing == 1 else 'are'} not in “{row['name']}” again."]

    @write
    def add(self, article_ids, collection_id: int) -> None:
        with self._tx():
            for article_id in article_ids:
                self.db.execute("INSERT OR IGNORE INTO article_collections"
                                " (article_id, collection_id) VALUES (?, ?)",
                                [article_id, collection_id])
        self._changed("collections")

    @write
    def remove(self, article_ids, collection_id: int) -> None:
        with self._tx():
            for article_id in article_ids:
                self.db.execute("DELETE FROM article_collections WHERE article_id = ?"
                                " AND collection_id = ?", [article_id, collection_id])
        self._changed("collections")

    def link(self, article_id: int, collection_id: int) -> None:
        """Put one article in one collection (inside the caller's transaction)."""
        self.db.execute(
            "INSERT OR IGNORE INTO article_collections (article_id, collection_id) VALUES (?, ?)",
            [article_id, collection_id],
        )

    def set_membership(self, article_id: int, collections) -> None:
        """Put the article in exactly ``all`` (ids, or names to create); inside a tx."""
        wanted = set()
        for item in collections:
            if isinstance(item, str):
                name = clean_name(item)
                if not name:
                    raise LibraryError("A collection needs a name.")
                row = self._one("SELECT id FROM collections WHERE name = ?", [name])
                wanted.add(row["id"] if row else self.db["collections"].insert(
                    {"name": name, "created_at": now()}).last_pk)
            else:
                if self._one("SELECT id FROM collections WHERE id = ?", [item]) is None:
                    raise NotFound(f"There is no collection {item}.")
                wanted.add(int(item))
        have = {r["collection_id"] for r in self._all(
            "SELECT collection_id FROM article_collections WHERE article_id = ?", [article_id])}
        for collection_id in have - wanted:
            self.db.execute("DELETE FROM article_collections WHERE article_id = ?"
                            " AND collection_id = ?", [article_id, collection_id])
        for collection_id in sorted(wanted - have):
            self.db.execute("INSERT INTO article_collections (article_id, collection_id)"
                            " VALUES (?, ?)", [article_id, collection_id])

    def of_article(self, article_id: int) -> list[Collection]:
        rows = self._all("SELECT c.id, c.name, coalesce(c.uuid, '') AS uuid FROM collections c"
                         " JOIN article_collections ac"
                         " ON ac.collection_id = c.id WHERE ac.article_id = ?"
                         " ORDER BY c.name COLLATE NOCASE", [article_id])
        return [Collection(**row) for row in rows]
