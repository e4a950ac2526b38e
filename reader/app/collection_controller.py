"""Collections from the window: new, rename, delete, add and remove articles, all undoable."""

from __future__ import annotations

from PySide6.QtCore import QObject

from . import dialog_helpers
from .article_commands import (
    CollectionMembershipCommand,
    CreateCollectionCommand,
    DeleteCollectionCommand,
    RenameCollectionCommand,
)


class CollectionController(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.library = window.library
        self.history = window.history

    def _name(self, collection_id: int) -> str:
        return next((c.name for c in self.library.collections.all() if c.id == collection_id),
                    "")

    def chosen(self, collection_id) -> None:
        """The sidebar's choice: filter the library list by it."""
        self.window.library_panel.set_collection(collection_id)
        self.window.remove_from_collection_action.setEnabled(collection_id is not None)

    def new_collection(self) -> int | None:
        name = dialog_helpers.ask_text(self.window, self.tr("New collection"),
                                       self.tr("Name of the study or story:"))
        if not name or not name.strip():
            return None
        command = CreateCollectionCommand(self.library, name.strip())
        if not self.history.run(command, title=self.tr("New collection")):
            return None
        return command.collection_id

    def rename_collection(self) -> None:
        collection_id = self.window.sidebar.current_collection_id()
        if collection_id is None:
            return
        current = self._name(collection_id)
        name = dialog_helpers.ask_text(self.window, self.tr("Rename collection"),
                                       self.tr("New name:"), current)
        if name and name.strip() and name.strip() != current:
            self.history.run(RenameCollectionCommand(self.library, collection_id, current,
                                                     name.strip()),
                             title=self.tr("Rename collection"))

    def delete_collection(self) -> None:
        collection_id = self.window.sidebar.current_collection_id()
        if collection_id is None:
            return
        if dialog_helpers.confirm(self.window, self.tr("Delete collection"),
                                  self.tr("Delete this collection?"),
                                  self.tr("Its articles stay in the library. You can undo this"
                                          " with Ctrl+Z."), ok_text=self.tr("Delete")):
            self.history.run(DeleteCollectionCommand(self.library, collection_id,
                                                     self._name(collection_id)))

    def add_to_collection(self) -> None:
        ids = self.window.library_panel.selected_article_ids()
        if not ids:
            return
        names = [c.name for c in self.library.collections.all()]
        new = self.tr("New collection…")
        choice = dialog_helpers.ask_item(self.window, self.tr("Add to collection"),
                                         self.tr("Collection:"), names + [new])
        if choice is None:
            return
        with self.history.macro(self.tr("Add to collection “{name}”").format(name=choice)):
            collection_id = (self.new_collection() if choice == new
                             else self.library.collections.id_of(choice))
            if collection_id is not None:
                self.history.run(CollectionMembershipCommand(
                    self.library, ids, collection_id, self._name(collection_id), add=True))

    def remove_from_collection(self) -> None:
        collection_id = self.window.sidebar.current_collection_id()
        ids = self.window.library_panel.selected_article_ids()
        if collection_id is not None and ids:
            self.history.run(CollectionMembershipCommand(
                self.library, ids, collection_id, self._name(collection_id), add=False))
            self.window.library_panel.apply_filter()
