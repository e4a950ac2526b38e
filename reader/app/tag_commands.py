"""Undoable tag changes: create, rename (moves nested tags), recolour, merge, delete.

Each command talks only to the Library. Snapshots from ``library.delete_tag`` keep the
tag id and the annotations that used it, so ``restore_tag`` brings both back.
"""

from __future__ import annotations

from .undo_base import LibraryCommand


def _tag_names(library) -> set[str]:
    return {tag.name for tag in library.tags()}


def _links(library, name: str) -> list[int]:
    """Ids of the annotations tagged ``name`` (read through the public API)."""
    ids = library.article_ids()
    if not ids:
        return []
    return [n.id for n in library.annotations_where(article_ids=ids) if name in n.tags]


def subtree(library, name: str) -> list[str]:
    """``name`` and every tag nested under it, parents first."""
    prefix = name + "/"
    return [t.name for t in library.tags() if t.name == name or t.name.startswith(prefix)]


class CreateTagCommand(LibraryCommand):
    def __init__(self, library, name: str, colour: str = "", applied: bool = False):
        super().__init__(library, f"New tag {name}", applied)
        self.name, self.colour = name, colour
        self._snapshot: dict | None = None

    def do(self) -> None:
        if self._snapshot is None:
            self.library.create_tag(self.name, self.colour)
        else:  # same id as the first time
            self.library.restore_tag(self._snapshot)

    def undo_change(self) -> None:
        self._snapshot = self.library.delete_tag(self.name)


class RenameTagCommand(LibraryCommand):
    """Rename or move (``parent/leaf``) a tag; its nested tags move with it."""

    def __init__(self, library, old: str, new: str, applied: bool = False, text: str = ""):
        super().__init__(library, text or f"Rename tag {old} to {new}", applied)
        self.old, self.new = old, new

    def do(self) -> None:
        self.library.rename_tag(self.old, self.new)

    def undo_change(self) -> None:
        self.library.rename_tag(self.new, self.old)


class RecolourTagCommand(LibraryCommand):
    def __init__(self, library, name: str, old: str, new: str, applied: bool = False):
        super().__init__(library, f"Recolour tag {name}", applied)
        self.name, self.old, self.new = name, old, new

    def do(self) -> None:
        self.library.recolour_tag(self.name, self.new)

    def undo_change(self) -> None:
        self.library.recolour_tag(self.name, self.old)


class DeleteTagCommand(LibraryCommand):
    """Delete a tag and the tags nested under it; undo restores ids, colours and links."""

    def __init__(self, library, name: str, applied: bool = False):
        super().__init__(library, f"Delete tag {name}", applied)
        self.name = name
        self._snapshots: list[dict] = []

    def do(self) -> None:
        names = subtree(self.library, self.name)
        # children first, so a failure part-way leaves no gap in the tree
        self._snapshots = [self.library.delete_tag(n) for n in reversed(names)]

    def undo_change(self) -> None:
        for snapshot in reversed(self._snapshots):
            self.library.restore_tag(snapshot)
        self._snapshots = []


class MergeTagsCommand(LibraryCommand):
    """Give ``source``'s annotations the tag ``target`` and delete ``source``.

    Tags nested under ``source`` move under ``target``. Undo restores ``target``'s own
    links as they were, brings ``source`` back with its id, and moves the nested tags back.
    """

    def __init__(self, library, source: str, target: str):
        super().__init__(library, f"Merge tag {source} into {target}")
        self.source, self.target = source, target
        self._before: set[str] = set()
        self._source_snapshot: dict | None = None
        self._target_snapshot: dict | None = None
        self._moves: list[tuple[str, str]] = []

    def check(self) -> None:
        """Raise LibraryError when the merge cannot be done (call before pushing)."""
        from ..core.library import LibraryError

        if self.target == self.source:
            raise LibraryError("A tag cannot be merged into itself.")
        if self.target.startswith(self.source + "/"):
            raise LibraryError(f"“{self.source}” cannot be merged into a tag nested under it.")
        self.library.get_tag(self.source)
        names = _tag_names(self.library)
        for child in self._children():
            new = self.target + child[len(self.source):]
            if new in names:
                raise LibraryError(f"“{new}” already exists; merge “{child}” into it first.")

    def _children(self) -> list[str]:
        """Direct children of ``source``."""
        prefix = self.source + "/"
        return [n for n in subtree(self.library, self.source)
                if n.startswith(prefix) and "/" not in n[len(prefix):]]

    def do(self) -> None:
        library = self.library
        self._before = _tag_names(library)
        source = library.get_tag(self.source)
        self._source_snapshot = {"id": source.id, "name": source.name, "colour": source.colour,
                                 "annotations": _links(library, source.name)}
        self._target_snapshot = None
        if self.target in self._before:
            target = library.get_tag(self.target)
            self._target_snapshot = {"id": target.id, "name": target.name,
                                     "colour": target.colour,
                                     "annotations": _links(library, target.name)}
        library.merge_tags(self.source, self.target)
        self._moves = []
        for child in self._children_of_gone_source():
            new = self.target + child[len(self.source):]
            library.rename_tag(child, new)
            self._moves.append((child, new))

    def _children_of_gone_source(self) -> list[str]:
        prefix = self.source + "/"
        return [n for n in _tag_names(self.library)
                if n.startswith(prefix) and "/" not in n[len(prefix):]]

    def undo_change(self) -> None:
        library = self.library
        for old, new in reversed(self._moves):
            library.rename_tag(new, old)
        library.delete_tag(self.target)
        if self._target_snapshot is not None:
            library.restore_tag(self._target_snapshot)
        library.restore_tag(self._source_snapshot)
        # parents the merge brought into being for a new target
        for name in sorted(_tag_names(library) - self._before, key=len, reverse=True):
            library.delete_tag(name)
