"""Collections: a study or a story; an article can be in several."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..messages import Message
from .base import LibraryError, NotFound, Service, now, write
from .rules import (
    clean_name,
    note_events,
    renamed_events,
    row_uuids,
    toggle_key,
    toggled_events,
)

if TYPE_CHECKING:  # (the protocols: a reading process does not build them, issue 12)
    from ..store.interfaces import CollectionStore


@dataclass
class Collection:
    """A named set of articles."""

    id: int
    name: str
    articles: int = 0
    uuid: str = ""


class Collections(Service):
    """``library.collections``: named sets of articles (a study, a story).

    Rules here, storage behind ``store.interfaces.CollectionStore``: no SQL.
    """

    @property
    def _store(self) -> CollectionStore:
        return self._session.stores.collections

    def all(self) -> list[Collection]:
        return [Collection(**row) for row in self._store.counted()]

    @write
    def id_of(self, name: str, create: bool = False) -> int:
        name = clean_name(name)
        if not name:
            raise LibraryError(Message(
                "lib.collection-needs-name", "A collection needs a name."))
        found = self._store.find(name)
        if found is not None:
            return found
        if not create:
            raise NotFound(Message(
                "lib.no-collection-named", "There is no collection “{name}”.", name=name))
        with self._tx():
            collection_id = self._store.insert(name, now())
        self._changed("collections")
        return collection_id

    @write
    def create(self, name: str) -> Collection:
        if self._store.find(clean_name(name)) is not None:
            raise LibraryError(Message(
                "lib.collection-already-exists", "The collection “{name}” already exists.",
                name=name.strip()))
        collection_id = self.id_of(name, create=True)
        return next(c for c in self.all() if c.id == collection_id)

    @write
    def rename(self, collection_id: int, name: str, expected: str | None = None) -> None:
        """Rename a collection; with ``expected`` (an undo or redo: the name the step left),
        only while it still has that name, so a colleague's later rename is never
        overwritten with an older one (review R16-16)."""
        name = clean_name(name)
        if not name:
            raise LibraryError(Message(
                "lib.collection-needs-name", "A collection needs a name."))
        if self._store.find(name) not in (None, collection_id):
            raise LibraryError(Message(
                "lib.collection-already-exists", "The collection “{name}” already exists.",
                name=name))
        with self._tx():
            if expected is not None:
                row = self._store.get(collection_id)
                if row is not None and row["name"] != clean_name(expected):
                    raise LibraryError(Message(
                        "lib.collection-renamed-since", "Someone else renamed this collection "
                        "since (to “{name}”); it was left as they named it.", name=row["name"]))
            before = self._store.get(collection_id)
            self._store.rename(collection_id, name)
            if before is not None:  # (the name it had: a merge's older file keeps it: R20-2)
                note_events(self._session, str(before["uuid"] or ""),
                            lambda had: renamed_events(had, str(before["name"]), name))
        self._changed("collections")

    @write
    def delete(self, collection_id: int, made_as: str | None = None,
               expected: dict[str, Any] | None = None) -> dict[str, Any]:
        """Delete the collection only; its articles stay in the library.

        ``made_as`` (the undo of making it, under that name): only while it is as made,
        empty, not coded blind and so named; what someone filed in it, coded blind or
        named since stays theirs (session 18's leftover, review R18-3's class).
        ``expected`` (a redo: ``restore``'s ``snapshot["left"]``): only while it is as its
        undo left it (review R19-5).
        Returns what ``restore`` needs to undo it.
        """
        with self._tx():
            row = self._store.get(collection_id)
            if row is None:
                raise NotFound(Message(
                    "lib.no-collection", "There is no collection {collection_id}.",
                    collection_id=collection_id))
            snapshot = {"collection": row, "articles": self._store.members(collection_id)}
            if (made_as is not None and (snapshot["articles"] or row["blind"]
                                         or row["name"] != clean_name(made_as))
                    or expected is not None and snapshot != expected):
                raise LibraryError(Message(
                    "lib.collection-used-since", "Someone used the collection “{name}” since"
                    " (filed articles in it, coded it blind or renamed it); it was left as "
                    "they made it.", name=row["name"]))
            self._store.delete(collection_id)
        self._changed("collections")
        self._changed("articles")
        return snapshot

    @write
    def restore(self, snapshot: dict[str, Any]) -> list[str]:
        """Undo ``delete``: the collection under its id with the articles that
        are still in the library (a collection of that name made meanwhile takes them).
        Returns one line for what could not be put back; the collection as it is then
        goes in ``snapshot["left"]`` (what a redo's ``delete`` expects)."""
        row = snapshot["collection"]
        with self._tx():
            collection_id = self._store.put_back(row)
            existing = self._store.existing_articles(snapshot["articles"])
            for article_id in snapshot["articles"]:
                if article_id in existing:
                    self._store.link(article_id, collection_id)
            missing = len(snapshot["articles"]) - len(existing)
            snapshot["left"] = {"collection": self._store.get(collection_id),
                                "articles": self._store.members(collection_id)}
        self._changed("collections")
        self._changed("articles")
        if not missing:
            return []
        return [f"{missing} of its articles {'was' if missing == 1 else 'were'} deleted since"
                f" and {'is' if missing == 1 else 'are'} not in “{row['name']}” again."]

    @write
    def add(self, article_ids: Iterable[int], collection_id: int) -> None:
        with self._tx():
            article_ids = list(article_ids)
            there = set(self._store.members(collection_id))
            for article_id in article_ids:
                self._store.link(article_id, collection_id)
            # (an event only of what changed: one already in was not put back)
            self.note_members(collection_id, [i for i in article_ids if i not in there], True)
        self._changed("collections")

    @write
    def remove(self, article_ids: Iterable[int], collection_id: int) -> None:
        with self._tx():
            article_ids = list(article_ids)
            there = set(self._store.members(collection_id))
            for article_id in article_ids:
                self._store.unlink(article_id, collection_id)
            # (an event only of what changed: taking out an article that was not in it
            # tells nothing, and would keep out a later putting in elsewhere: R21-6)
            self.note_members(collection_id, [i for i in article_ids if i in there], False)
        self._changed("collections")

    def note_members(self, collection_id: int, article_ids: Iterable[int], member: bool
                     ) -> None:
        """Keep the taking out of articles as events of the collection (``member`` False),
        and their putting back in after one (review R20-2: a merge of an older file put an
        article taken out of a study's sample back in, unsaid); inside a transaction."""
        row = self._store.get(collection_id)
        if row is None:
            return

        def events(had: set[str]) -> list[str]:
            if member and not any(e.startswith("member:") for e in had):
                return []  # (never taken out: nothing to tell, nothing to read)
            keys = [toggle_key("member", uuid)
                    for uuid in row_uuids(self._session, "articles", article_ids).values()]
            return toggled_events(had, keys, member, always=not member)

        note_events(self._session, str(row["uuid"] or ""), events)

    def link(self, article_id: int, collection_id: int) -> None:
        """Put one article in one collection (inside the caller's transaction)."""
        self._store.link(article_id, collection_id)

    def set_membership(self, article_id: int, collections: Iterable[int | str]) -> None:
        """Put the article in exactly ``collections`` (ids, or names to create); inside a tx."""
        wanted = set()
        for item in collections:
            if isinstance(item, str):
                name = clean_name(item)
                if not name:
                    raise LibraryError(Message(
                        "lib.collection-needs-name", "A collection needs a name."))
                found = self._store.find(name)
                wanted.add(found if found is not None else self._store.insert(name, now()))
            else:
                if self._store.get(item) is None:
                    raise NotFound(Message(
                        "lib.no-collection-item", "There is no collection {item}.", item=item))
                wanted.add(int(item))
        have = {row["id"] for row in self._store.of_article(article_id)}
        for collection_id in have - wanted:
            self._store.unlink(article_id, collection_id)
            self.note_members(collection_id, [article_id], False)
        for collection_id in sorted(wanted - have):
            self._store.link(article_id, collection_id)
            self.note_members(collection_id, [article_id], True)

    def of_article(self, article_id: int) -> list[Collection]:
        return [Collection(**row) for row in self._store.of_article(article_id)]
