"""Tags: hierarchical names (``framing/threat``) with a colour for their highlights."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from ..messages import Message
from .base import LibraryError, NotFound, Service, Session, write
from .rules import clean_tag_name, note_events, renamed_events, row_uuids

if TYPE_CHECKING:  # (the protocols: a reading process does not build them, issue 12)
    from ..store.interfaces import TagStore


PALETTE = ("#f4b400", "#db4437", "#4285f4", "#0f9d58", "#ab47bc", "#00acc1", "#ff7043",
           "#9e9d24", "#5c6bc0", "#f06292")


@dataclass
class Tag:
    """A tag (``a/b`` nests ``b`` under ``a``), its colour and how many annotations have it."""

    id: int
    name: str
    colour: str
    uses: int = 0
    uuid: str = ""

    @property
    def parent(self) -> str:
        return self.name.rpartition("/")[0]

    @property
    def leaf(self) -> str:
        return self.name.rpartition("/")[2]


def default_colour(name: str) -> str:
    import hashlib  # here: OpenSSL's loading is a few ms of every command (issue 12)

    digest = hashlib.sha1(name.lower().encode()).digest()
    return PALETTE[digest[0] % len(PALETTE)]


class Tags(Service):
    """``library.tags``: hierarchical tags, their colours, renames, merges and deletes.

    Rules here (names, the hierarchy without gaps, no move under itself), storage behind
    ``store.interfaces.TagStore``: no SQL.
    """

    def __init__(self, session: Session,
                 viewer: Callable[[], int | None] | None = None) -> None:
        super().__init__(session)
        self._viewer_of = viewer  # (who is asking, coding blind: ``Coders.viewer``)
        #: around a write that changes annotations' tags: notes the versions those had
        #: (``Annotations.noting_versions``, set by ``Library``: that area is above this one)
        self.noting_annotations: Callable[
            [Iterable[int]], contextlib.AbstractContextManager[None]] | None = None

    def _noting(self, tag_ids: Iterable[int]) -> contextlib.AbstractContextManager[None]:
        """Around a rename, merge or delete of these tags (inside its transaction): their
        annotations' versions as they were are noted, so a merge knows those as older than
        what the write leaves (review R20-1: the next pull of the library's own older
        state made a conflict copy of every annotation with the tag)."""
        if self.noting_annotations is None:
            return contextlib.nullcontext()
        return self.noting_annotations(
            {n for tag_id in tag_ids for n in self._store.links(tag_id)})

    def _tree_ids(self, tag_id: int, name: str) -> list[int]:
        return [tag_id] + [r["id"] for r in self._store.nested(name)]

    @property
    def _store(self) -> TagStore:
        return self._session.stores.tags

    def id_of(self, name: str, create: bool = False) -> int:
        """The id of the tag ``name``; with ``create`` it and its parents are made if needed."""
        name = clean_tag_name(name)
        found = self._store.find(name)
        if found is not None:
            return found
        if not create:
            raise NotFound(Message(
                "lib.no-tag", "There is no tag “{name}”.", name=name))
        # a nested tag brings its parents into being, so the tree has no gaps (a loop, not
        # recursion: clean_tag_name bounds the depth, but nothing here depends on it)
        parts = name.split("/")
        for depth in range(1, len(parts)):
            parent = "/".join(parts[:depth])
            if self._store.find(parent) is None:
                self._note_created("tags", parent)
                self._store.insert(parent, default_colour(parent))
        self._note_created("tags", name)
        return self._store.insert(name, default_colour(name))

    def _viewer(self, everyone: bool = False) -> int | None:
        """Coding blind: the current coder's id (see ``Coders.viewer``), else None."""
        return None if everyone or self._viewer_of is None else self._viewer_of()

    def all(self, everyone: bool = False) -> list[Tag]:
        """Every tag with how many annotations use it, sorted by name (parents first).

        Coding blind (a collection coded blind), the other coders' annotations on its
        articles are not counted, and a tag only they use is left out, with a parent whose
        tags are all left out (review R15-17: the second coder would read the first one's
        codes), unless ``everyone``."""
        viewer = self._viewer(everyone)
        rows = self._store.counted(viewer)
        if viewer is None:
            return [Tag(**row) for row in rows]
        seen: dict[str, int] = {}  # name → uses seen / unseen over it and the tags under it
        unseen: dict[str, int] = {}
        for row in rows:
            parts = row["name"].casefold().split("/")
            for depth in range(1, len(parts) + 1):
                key = "/".join(parts[:depth])
                seen[key] = seen.get(key, 0) + row["uses"]
                unseen[key] = unseen.get(key, 0) + row["unseen"]
        return [Tag(**{k: v for k, v in row.items() if k != "unseen"}) for row in rows
                if seen[row["name"].casefold()] or not unseen[row["name"].casefold()]]

    def names(self) -> list[str]:
        """Just the names, sorted (for completion: no counting over every annotation, but
        coding blind, as ``all`` lists them)."""
        if self._viewer() is None:
            return self._store.names()
        return [tag.name for tag in self.all()]

    def colours(self) -> dict[str, str]:
        return self._store.colours()

    def get(self, name: str) -> Tag:
        row = self._store.get(clean_tag_name(name))
        if row is None:
            raise NotFound(Message(
                "lib.no-tag", "There is no tag “{name}”.", name=name))
        return Tag(**row)

    @write
    def create(self, name: str, colour: str = "") -> Tag:
        name = clean_tag_name(name)
        if self._store.find(name) is not None:
            raise LibraryError(Message(
                "lib.tag-already-exists", "The tag “{name}” already exists.", name=name))
        with self._tx():
            self._store.insert(name, colour or default_colour(name))
        self._changed("tags")
        return self.get(name)

    @write
    def recolour(self, name: str, colour: str, expected: str | None = None) -> Tag:
        """Give a tag a colour; with ``expected`` (an undo or redo: the colour the step
        left), only while it still has it (review R16-16)."""
        tag = self.get(name)
        with self._tx():
            if expected is not None and (self.get(name).colour or "") != (expected or ""):
                raise LibraryError(Message(
                    "lib.tag-recoloured-since", "Someone else gave the tag “{name}” another "
                    "colour since; it was left as they made it.", name=name))
            self._store.recolour(tag.id, colour)
        self._changed("tags")
        return self.get(name)

    @write
    def rename(self, old: str, new: str, expected: int | None = None) -> Tag:
        """Rename (or move, with a new ``parent/`` prefix) a tag and every tag nested under it.
        With ``expected`` (an undo or redo: the id of the tag the step renamed), only while
        ``old`` still names that tag, not one someone made under that name since (R18-3)."""
        old, new = clean_tag_name(old), clean_tag_name(new)
        tag = self.get(old)
        if expected is not None and tag.id != expected:
            raise LibraryError(Message(
                "lib.tag-another-since", "“{name}” is another tag since (someone deleted or "
                "renamed the one renamed here and made this one); it was left as it is.",
                name=old))
        if new.lower().startswith(old.lower() + "/"):
            raise LibraryError(Message(
                "lib.cannot-moved-under-itself", "“{old}” cannot be moved under itself.", old=old))
        if old.lower() != new.lower() and self._store.find(new) is not None:
            raise LibraryError(Message(
                "lib.tag-already-exists-merge", "The tag “{new}” already exists; merge the tags "
                "instead.", new=new))
        with self._tx(), self._noting(self._tree_ids(tag.id, old)):
            children = self._store.nested(old)
            renamed = [(tag.id, tag.name, new), *((child["id"], child["name"],
                                                   new + child["name"][len(old):])
                                                  for child in children)]
            uuids = row_uuids(self._session, "tags", [i for i, _, _ in renamed])
            for tag_id, before, after in renamed:
                self._store.rename(tag_id, after)
                # (the name it had: a merge's older file no longer makes it again: R20-2)
                note_events(self._session, uuids.get(tag_id, ""),
                            partial(renamed_events, old=str(before), new=after))
            parent = new.rpartition("/")[0]
            if parent:  # a move under a new parent brings it into being: the tree has no gaps
                self.id_of(parent, create=True)
        self._changed("tags")
        return self.get(new)

    def links(self, name: str) -> list[int]:
        """Ids of the annotations tagged ``name`` (not those of the tags nested under it)."""
        return self._store.links(self.id_of(name))

    def _tag_snapshot(self, tag_id: int) -> dict[str, Any]:
        row = self._store.get_by_id(tag_id)
        if row is None:
            raise NotFound(Message(
                "lib.no-tag-id", "There is no tag {tag_id}.", tag_id=tag_id))
        return {"id": row["id"], "name": row["name"], "colour": row["colour"],
                "uuid": row["uuid"], "annotations": self._store.links(tag_id)}

    @write
    def merge(self, source: str, target: str) -> Tag:
        """Give ``source``'s annotations the tag ``target`` and delete ``source``.

        The tags nested under ``source`` move under ``target``; see ``merge_tree``.
        """
        self.merge_tree(source, target)
        return self.get(target)

    def _tree_state(self, name: str) -> list[dict[str, Any]]:
        """The tag called ``name`` and those nested under it as they are now (ids, names,
        colours, links: what a redo expects to find); [] when there is none."""
        tag_id = self._store.find(name)
        row = None if tag_id is None else self._store.get_by_id(tag_id)
        if tag_id is None or row is None:
            return []
        ids = [tag_id] + [r["id"] for r in self._store.nested(row["name"])]
        return [{**s, "annotations": sorted(s["annotations"])}
                for s in (self._tag_snapshot(i) for i in ids)]

    def _as_left(self, name: str, expected: list[dict[str, Any]]) -> None:
        """Refuse a redo when the tag ``name`` (and its nested tags) is not as its undo left
        it (``expected``, ``_tree_state`` then): someone renamed it, made another under that
        name, tagged with it or nested a tag under it since (review R19-5)."""
        if self._tree_state(name) != expected:
            raise LibraryError(Message(
                "lib.tag-changed-since-undo", "Someone changed the tag “{name}” since (renamed"
                " it, tagged with it, or made a tag under it); it was left as they made it.",
                name=name))

    @write
    def merge_tree(self, source: str, target: str,
                   expected: dict[str, Any] | None = None) -> dict[str, Any]:
        """Merge ``source`` into ``target`` and move its nested tags, in one transaction.
        ``expected`` (a redo: what ``unmerge_tree`` returned): only while both are as the
        undo left them.

        Returns what ``unmerge_tree`` needs to undo it.
        """
        source, target = clean_tag_name(source), clean_tag_name(target)
        with self._tx():  # (the check in the merge's transaction: RR19-7)
            if expected is not None:
                self._as_left(source, expected["source"])
                self._as_left(target, expected["target"])
            return self._merge_tree(source, target)

    def _merge_tree(self, source: str, target: str) -> dict[str, Any]:
        src = self.get(source)
        if target == source:
            raise LibraryError(Message(
                "lib.tag-cannot-merged-into", "A tag cannot be merged into itself."))
        if target.startswith(source + "/"):
            raise LibraryError(Message(
                "lib.cannot-merged-into-tag", "“{source}” cannot be merged into a tag nested "
                "under it.", source=source))
        with self._tx():
            before = set(self._store.names())
            taken = {name.lower() for name in before}
            target_id = self._store.find(target)
            moves_done: list[tuple[str, str]] = []
            snapshot: dict[str, Any] = {
                "source": self._tag_snapshot(src.id), "target_name": target,
                "target": self._tag_snapshot(target_id) if target_id else None,
                "moves": moves_done, "created": []}
            moves = [(child["id"], child["name"], target + child["name"][len(source):])
                     for child in self._store.nested(source)]
            for _, old, new in moves:
                if new.lower() in taken:
                    raise LibraryError(Message(
                        "lib.already-exists-merge-into", "“{new}” already exists; merge “{old}” "
                        "into it first.", new=new, old=old))
            with self._noting(self._tree_ids(src.id, src.name)):
                dst = self.id_of(target, create=True)
                self._store.copy_links(src.id, dst)
                self._store.delete(src.id)
                self._session.note_name("tags_removed", src.name)
                for child_id, old, new in moves:
                    self._store.rename(child_id, new)
                    moves_done.append((old, new))
            after = set(self._store.names())
            snapshot["created"] = sorted(after - before - {new for _, _, new in moves})
        self._changed("tags")
        self._changed("annotations")
        return snapshot

    @write
    def unmerge_tree(self, snapshot: dict[str, Any]) -> dict[str, Any]:
        """Undo ``merge_tree`` (one transaction): ids, colours and links come back.
        Returns the source and the target as it left them (a redo's ``expected``)."""
        with self._tx():
            for old, new in reversed(snapshot["moves"]):
                self._move_tag_back(old, new)
            created = set(snapshot["created"])
            target = snapshot["target"]
            target_name = target["name"] if target else None
            # the links the merge gave the target go; links given to it since (a colleague
            # tagging with it after the merge) stay, and so does its name and colour
            # (review R16-16: the undo took the tag off a colleague's later annotation)
            added = set(snapshot["source"]["annotations"]) - set(
                target["annotations"] if target else ())
            now = self._store.find(snapshot.get("target_name", ""))
            if now is not None:
                self._store.unlink(now, sorted(added))
            for name in sorted(created, key=len, reverse=True):  # made for the merge
                if name == snapshot.get("target_name"):  # the target made by the merge:
                    self._store.delete_unused(name)  # gone unless tagged with since
                elif name != target_name:  # its parents, unless something uses them by now
                    self._store.delete_unused(name)
            self._insert_tag_snapshot(snapshot["source"])
            left = {"source": self._tree_state(snapshot["source"]["name"]),
                    "target": self._tree_state(snapshot.get("target_name", ""))}
        self._changed("tags")
        self._changed("annotations")
        return left

    def _move_tag_back(self, old: str, new: str) -> None:
        """Rename ``new`` back to ``old``; if a tag called ``old`` was made meanwhile, its
        links join that one instead of the rename failing."""
        moved = self._store.find(new)
        there = self._store.find(old)
        if moved is None:
            return
        if there is None or there == moved:
            self._store.rename(moved, old)
            return
        self._store.copy_links(moved, there)
        self._store.delete(moved)

    @write
    def delete(self, name: str, unused: bool = False) -> dict[str, Any]:
        """Delete a tag (its annotations stay); returns what ``restore`` needs for undo.
        ``unused`` (the undo of making it): only while no annotation has it and no tag is
        nested under it; a colleague who tagged with it since keeps it (review R18-3)."""
        tag = self.get(name)
        with self._tx():
            if unused and (self._store.links(tag.id) or self._store.nested(tag.name)):
                raise LibraryError(Message(
                    "lib.tag-used-since", "Someone used the tag “{name}” since (on annotations,"
                    " or a tag nested under it); it was left as they made it.", name=tag.name))
            snapshot = self._tag_snapshot(tag.id)
            with self._noting([tag.id]):
                self._store.delete(tag.id)
            self._session.note_name("tags_removed", tag.name)
        self._changed("tags")
        self._changed("annotations")
        return snapshot

    @write
    def delete_tree(self, name: str, expected: list[dict[str, Any]] | None = None
                    ) -> dict[str, Any]:
        """Delete a tag and every tag nested under it in one transaction. ``expected`` (a
        redo: what ``restore_tree`` returned): only while they are as the undo left them.

        Returns what ``restore_tree`` needs for undo.
        """
        with self._tx():  # (the check too: RR19-7)
            if expected is not None:
                self._as_left(clean_tag_name(name), expected)
            tag = self.get(name)
            ids = [tag.id] + [r["id"] for r in self._store.nested(tag.name)]
            snapshots = [self._tag_snapshot(tag_id) for tag_id in ids]
            with self._noting(ids):
                for tag_id in reversed(ids):
                    self._store.delete(tag_id)
            for snapshot in snapshots:
                self._session.note_name("tags_removed", snapshot["name"])
        self._changed("tags")
        self._changed("annotations")
        return {"tags": snapshots}

    @write
    def restore_tree(self, snapshot: dict[str, Any]) -> list[dict[str, Any]]:
        """Undo ``delete_tree`` (one transaction). Returns the tags as it left them (a
        redo's ``expected``)."""
        with self._tx():
            for tag in snapshot["tags"]:  # parents first
                self._insert_tag_snapshot(tag)
            left = self._tree_state(snapshot["tags"][0]["name"])
        self._changed("tags")
        self._changed("annotations")
        return left

    def _insert_tag_snapshot(self, snapshot: dict[str, Any]) -> None:
        """The tag back under its id, with its links to the annotations that still exist.

        A tag of the same name made meanwhile (e.g. by the command line) is not an error:
        the links go to that one, so undo never fails on it and loses the links.
        """
        tag_id = self._store.put_back({"id": snapshot["id"], "name": snapshot["name"],
                                       "colour": snapshot["colour"],
                                       "uuid": snapshot.get("uuid")})
        self._store.link_existing(tag_id, snapshot["annotations"])

    @write
    def restore(self, snapshot: dict[str, Any]) -> Tag:
        with self._tx():
            self._insert_tag_snapshot(snapshot)
        self._changed("tags")
        self._changed("annotations")
        return self.get(snapshot["name"])

    def prune(self, name: str) -> bool:
        """Delete the tag ``name`` if no annotation has it and no tag is nested under it
        (inside the caller's transaction); whether it was deleted (and noted as removed)."""
        if not self._store.delete_unused(name):
            return False
        self._session.note_name("tags_removed", name)
        return True
