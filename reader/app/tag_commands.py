"""Undoable tag changes: create, rename (moves nested tags), recolour, merge, delete.

Each command talks only to the Library, one transaction per step. Snapshots from
``library.tags.delete`` (``delete_tree``, ``merge_tree``) keep the tag ids and the
annotations that used them, so undo brings both back.
"""

from __future__ import annotations

from .i18n import translate
from .undo_base import LibraryCommand


def _tag_names(library) -> set[str]:
    return {tag.name for tag in library.tags.all()}


def subtree(library, name: str) -> list[str]:
    """``name`` and every tag nested under it, parents first."""
    prefix = name + "/"
    return [t.name for t in library.tags.all() if t.name == name or t.name.startswith(prefix)]


class CreateTagCommand(LibraryCommand):
    def __init__(self, library, name: str, colour: str = "", applied: bool = False):
        text = translate("Commands", "New tag {name}")
        super().__init__(library, text.format(name=name), applied)
        self.name, self.colour = name, colour
        self._snapshot: dict | None = None

    def do(self) -> None:
        if self._snapshot is None:
            self.library.tags.create(self.name, self.colour)
        else:  # same id as the first time
            self.library.tags.restore(self._snapshot)

    def undo_change(self) -> None:
        # not while someone tagged with it since: their tags stay (review R18-3)
        self._snapshot = self.library.tags.delete(self.name, unused=True)


class RenameTagCommand(LibraryCommand):
    """Rename or move (``parent/leaf``) a tag; its nested tags move with it."""

    def __init__(self, library, old: str, new: str, applied: bool = False, text: str = ""):
        super().__init__(library, text or translate("Commands", "Rename tag {old} to {new}").format(
            old=old, new=new), applied)
        self.old, self.new = old, new
        #: the tag renamed (its id): undo and redo rename that one only (review R18-3)
        self.tag_id: int | None = library.tags.get(new).id if applied else None

    def do(self) -> None:
        self.tag_id = self.library.tags.rename(self.old, self.new, expected=self.tag_id).id

    def undo_change(self) -> None:
        self.library.tags.rename(self.new, self.old, expected=self.tag_id)


class RecolourTagCommand(LibraryCommand):
    def __init__(self, library, name: str, old: str, new: str, applied: bool = False):
        text = translate("Commands", "Recolour tag {name}")
        super().__init__(library, text.format(name=name), applied)
        self.name, self.old, self.new = name, old, new
        self._done = applied  # (later runs are redos)

    def do(self) -> None:
        self.library.tags.recolour(self.name, self.new,
                                   expected=self.old if self._done else None)
        self._done = True

    def undo_change(self) -> None:
        self.library.tags.recolour(self.name, self.old, expected=self.new)


class DeleteTagCommand(LibraryCommand):
    """Delete a tag and the tags nested under it; undo restores ids, colours and links.

    Each is one Library transaction (``tags.delete_tree`` / ``tags.restore_tree``).
    """

    def __init__(self, library, name: str, applied: bool = False):
        text = translate("Commands", "Delete tag {name}")
        super().__init__(library, text.format(name=name), applied)
        self.name = name
        self._snapshot: dict | None = None
        self._left: list | None = None  # the tags as the undo left them (a redo's check)

    def do(self) -> None:  # (a redo only over what the undo left: review R19-5)
        self._snapshot = self.library.tags.delete_tree(self.name, expected=self._left)

    def undo_change(self) -> None:
        self._left = self.library.tags.restore_tree(self._snapshot)
        self._snapshot = None


class MergeTagsCommand(LibraryCommand):
    """Give ``source``'s annotations the tag ``target`` and delete ``source``.

    Tags nested under ``source`` move under ``target``. Undo restores ``target``'s own
    links as they were, brings ``source`` back with its id, and moves the nested tags back.
    Both are one Library transaction (``tags.merge_tree`` / ``tags.unmerge_tree``).
    """

    def __init__(self, library, source: str, target: str):
        super().__init__(library, translate("Commands", "Merge tag {source} into {target}").format(
            source=source, target=target))
        self.source, self.target = source, target
        self._snapshot: dict | None = None
        self._left: dict | None = None  # both as the undo left them (a redo's check)

    def check(self) -> None:
        """Raise LibraryError when the merge cannot be done (call before pushing)."""
        from ..core.library import LibraryError

        if self.target == self.source:
            raise LibraryError(translate("Commands", "A tag cannot be merged into itself."))
        if self.target.startswith(self.source + "/"):
            raise LibraryError(translate(
                "Commands", "“{name}” cannot be merged into a tag nested under it.").format(
                name=self.source))
        self.library.tags.get(self.source)
        names = _tag_names(self.library)
        for child in self._children():
            new = self.target + child[len(self.source):]
            if new in names:
                raise LibraryError(translate(
                    "Commands", "“{new}” already exists; merge “{child}” into it first.").format(
                    new=new, child=child))

    def _children(self) -> list[str]:
        """Direct children of ``source``."""
        prefix = self.source + "/"
        return [n for n in subtree(self.library, self.source)
                if n.startswith(prefix) and "/" not in n[len(prefix):]]

    def do(self) -> None:  # (a redo only over what the undo left: review R19-5)
        self._snapshot = self.library.tags.merge_tree(self.source, self.target,
                                                      expected=self._left)

    def undo_change(self) -> None:
        self._left = self.library.tags.unmerge_tree(self._snapshot)
        self._snapshot = None
