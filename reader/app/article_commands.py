"""Undoable article changes: correcting its details, deleting it; deleting a collection."""

from __future__ import annotations

from .undo_base import LibraryCommand


class EditArticleCommand(LibraryCommand):
    """Change an article's details (``EDITABLE_FIELDS``) from ``old`` to ``new``.

    ``ArticleDetailsDialog.ask`` already saved the change; push this with ``applied=True``
    (or without: applying the same values again is harmless).
    """

    def __init__(self, library, article_id: int, old: dict, new: dict, applied: bool = False):
        fields = ", ".join(sorted(new)) or "details"
        super().__init__(library, f"Edit article {fields}", applied)
        self.article_id = article_id
        self.old = {k: old.get(k, "") for k in new}
        self.new = dict(new)

    def do(self) -> None:
        if self.new:
            self.library.articles.update(self.article_id, **self.new)

    def undo_change(self) -> None:
        if self.old:
            self.library.articles.update(self.article_id, **self.old)


class DeleteArticleCommand(LibraryCommand):
    """Delete an article with its annotations; undo restores it with the same ids."""

    def __init__(self, library, article_id: int, title: str = ""):
        if not title:
            try:
                title = library.articles.get(article_id).title
            except Exception:  # noqa: BLE001 - only for the label
                title = str(article_id)
        short = title if len(title) <= 40 else title[:39] + "…"
        super().__init__(library, f"Delete article “{short}”")
        self.article_id = article_id
        self._snapshot: dict | None = None

    def do(self) -> None:
        self._snapshot = self.library.articles.delete(self.article_id)

    def undo_change(self) -> list[str]:
        notes: list[str] = []
        if self._snapshot is not None:
            notes = self.library.articles.restore(self._snapshot)
            self._snapshot = None
        return notes


class DeleteCollectionCommand(LibraryCommand):
    """Delete a collection (its articles stay); undo brings it back with its articles."""

    def __init__(self, library, collection_id: int, name: str = ""):
        super().__init__(library, f"Delete collection “{name or collection_id}”")
        self.collection_id = collection_id
        self._snapshot: dict | None = None

    def do(self) -> None:
        self._snapshot = self.library.collections.delete(self.collection_id)

    def undo_change(self) -> list[str]:
        notes: list[str] = []
        if self._snapshot is not None:
            notes = self.library.collections.restore(self._snapshot)
            self._snapshot = None
        return notes
