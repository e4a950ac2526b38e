"""Undoable article changes: correcting its details, deleting it; deleting a collection."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..core.textnorm import marked_controls
from .i18n import translate
from .undo_base import LibraryCommand, Shown

#: the article details as named in an undo step ("Edit article title")
FIELD_NAMES = {"title": QT_TRANSLATE_NOOP("Commands", "title"),
               "source": QT_TRANSLATE_NOOP("Commands", "source"),
               "authors": QT_TRANSLATE_NOOP("Commands", "authors"),
               "editor": QT_TRANSLATE_NOOP("Commands", "editor"),
               "url": QT_TRANSLATE_NOOP("Commands", "url"),
               "dateline": QT_TRANSLATE_NOOP("Commands", "dateline"),
               "published": QT_TRANSLATE_NOOP("Commands", "published"),
               "language": QT_TRANSLATE_NOOP("Commands", "language"),
               "photo_credit": QT_TRANSLATE_NOOP("Commands", "photo credit")}


class EditArticleCommand(LibraryCommand):
    """Correct an article's details (``EDITABLE_FIELDS``) from ``old`` to ``new`` and, with
    ``collections=(before, after)``, its whole collection membership too.

    ``after`` may name collections to create (strings). Details and membership are saved in
    one transaction; undo puts both back and removes the collections the change made (if
    nothing else is in them), and redo brings those back under the same ids.
    """

    def __init__(self, library, article_id: int, old: dict, new: dict,
                 collections: tuple[set, set] | None = None):
        names = [translate("Commands", FIELD_NAMES.get(k, k)) for k in sorted(new)]
        super().__init__(library, translate("Commands", "Edit article {fields}").format(
            fields=", ".join(names) or translate("Commands", "collections")))
        self.article_id = article_id
        self.old = {k: old.get(k, "") for k in new}
        self.new = dict(new)
        self.before, self.after = collections or (None, None)
        # an inferred date corrected by hand loses its mark; undo gives it back
        self.inferred = (library.articles.get(article_id).published_inferred
                         if "published" in new else None)
        self._created: list[int] = []  # ids of the collections the first run made
        self._deleted: list[dict] = []  # their snapshots while undone
        self._done = False  # run once (later runs are redos)

    def do(self) -> None:
        collections = self.library.collections
        for snapshot in self._deleted:  # redo: the collections it made, under their ids
            collections.restore(snapshot)
        self._deleted = []
        if self._done:  # redo: only while the details are as the undo left them, and only
            # the collections this step added or removed (a colleague's stay: R16-7)
            self.library.articles.update(self.article_id, expected=self.old,
                                         membership=self._change(), **self.new)
            return
        creates = self.after is not None and any(isinstance(c, str) for c in self.after)
        known = {c.id for c in collections.all()} if creates else set()
        self.library.articles.update(self.article_id, collections=self.after, **self.new)
        self._done = True
        if creates:
            self._created = sorted({c.id for c in collections.all()} - known)
        if self.after is not None:
            self.after = {c.id for c in collections.of_article(self.article_id)}

    def _change(self, undo: bool = False) -> tuple[set, set] | None:
        """The membership change this step made, ``(added, removed)``; reversed for undo."""
        if self.before is None or self.after is None:
            return None
        added, removed = set(self.after) - set(self.before), set(self.before) - set(self.after)
        return (removed, added) if undo else (added, removed)

    def undo_change(self) -> None:
        self.library.articles.update(self.article_id, expected=self.new,
                                     membership=self._change(undo=True),
                                     inferred=self.inferred, **self.old)
        counts = {c.id: c.articles for c in self.library.collections.all()}
        self._deleted = [self.library.collections.delete(i) for i in self._created
                         if counts.get(i) == 0]

    def shown(self, undone: bool) -> Shown | None:
        return Shown(self.article_id)  # (its row and title show the details)


class DeleteArticleCommand(LibraryCommand):
    """Delete an article with its annotations; undo restores it with the same ids."""

    def __init__(self, library, article_id: int, title: str = ""):
        if not title:
            try:
                title = library.articles.get(article_id).title
            except Exception:  # noqa: BLE001 - only for the label
                title = str(article_id)
        title = marked_controls(" ".join(title.split()))  # (the Edit menu's Undo entry: R12-3)
        short = title if len(title) <= 40 else title[:39] + "…"
        super().__init__(library, translate("Commands", "Delete article “{title}”").format(
            title=short))
        self.article_id = article_id
        self._snapshot: dict | None = None
        self._left: dict | None = None  # the article as the undo left it (a redo's check)

    def do(self) -> None:  # (a redo only over what the undo left: review R19-5)
        self._snapshot = self.library.articles.delete(self.article_id, expected=self._left)

    def undo_change(self) -> list[str]:
        notes: list[str] = []
        if self._snapshot is not None:
            notes = self.library.articles.restore(self._snapshot)
            self._left, self._snapshot = self._snapshot.get("left"), None
            if self._left is not None:  # (a merge's copy, which it was put back on: R20-13)
                self.article_id = self._left["article"]["id"]
        return notes

    def shown(self, undone: bool) -> Shown | None:
        return Shown(self.article_id) if undone else None  # (back: opened, its row chosen)


class DeleteCollectionCommand(LibraryCommand):
    """Delete a collection (its articles stay); undo brings it back with its articles."""

    def __init__(self, library, collection_id: int, name: str = ""):
        super().__init__(library, translate("Commands", "Delete collection “{name}”").format(
            name=name or collection_id))
        self.collection_id = collection_id
        self._snapshot: dict | None = None
        self._left: dict | None = None  # the collection as the undo left it (a redo's check)

    def do(self) -> None:  # (a redo only over what the undo left: review R19-5)
        self._snapshot = self.library.collections.delete(self.collection_id,
                                                         expected=self._left)

    def undo_change(self) -> list[str]:
        notes: list[str] = []
        if self._snapshot is not None:
            notes = self.library.collections.restore(self._snapshot)
            self._left, self._snapshot = self._snapshot.get("left"), None
        return notes


class CreateCollectionCommand(LibraryCommand):
    """Make a collection; undo deletes it, redo brings back the same one."""

    def __init__(self, library, name: str):
        super().__init__(library, translate("Commands", "New collection “{name}”").format(
            name=name))
        self.name = name
        self.collection_id: int | None = None
        self._snapshot: dict | None = None

    def do(self) -> None:
        if self._snapshot is None:
            self.collection_id = self.library.collections.create(self.name).id
        else:
            self.library.collections.restore(self._snapshot)
            self._snapshot = None

    def undo_change(self) -> None:
        if self.collection_id is not None:  # (not once someone used it: theirs stays)
            self._snapshot = self.library.collections.delete(self.collection_id,
                                                             made_as=self.name)


class RenameCollectionCommand(LibraryCommand):
    def __init__(self, library, collection_id: int, old: str, new: str):
        text = translate("Commands", "Rename collection “{old}” to “{new}”")
        super().__init__(library, text.format(old=old, new=new))
        self.collection_id, self.old, self.new = collection_id, old, new
        self._done = False  # run once (later runs are redos)

    def do(self) -> None:
        self.library.collections.rename(self.collection_id, self.new,
                                        expected=self.old if self._done else None)
        self._done = True

    def undo_change(self) -> None:
        self.library.collections.rename(self.collection_id, self.old, expected=self.new)


class CollectionMembershipCommand(LibraryCommand):
    """Put articles in a collection (``add=True``) or take them out; undo changes back only
    the articles this changed."""

    def __init__(self, library, article_ids: list[int], collection_id: int, name: str,
                 add: bool = True):
        text = (translate("Commands", "Add to collection “{name}”") if add
                else translate("Commands", "Remove from collection “{name}”"))
        super().__init__(library, text.format(name=name))
        self.collection_id, self.add = collection_id, add
        members = {i for i in article_ids
                   if any(c.id == collection_id for c in library.collections.of_article(i))}
        self.changed = [i for i in article_ids if (i in members) != add]

    def do(self) -> None:
        self._set(self.add)

    def undo_change(self) -> None:
        self._set(not self.add)

    def _set(self, member: bool) -> None:
        if not self.changed:
            return
        if member:
            self.library.collections.add(self.changed, self.collection_id)
        else:
            self.library.collections.remove(self.changed, self.collection_id)
