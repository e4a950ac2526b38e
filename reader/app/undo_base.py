"""A QUndoCommand base for library changes: the first ``redo`` may be skipped, errors are shown.

Dialogs apply a change first (so a refused change is reported at once and nothing is
pushed), then push the command with ``applied=True``; the stack's immediate ``redo``
is then a no-op. A later undo/redo the library refuses (the data changed meanwhile)
is reported with ``dialog_helpers.show_error`` and the command is made obsolete.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication

from . import dialog_helpers


class LibraryCommand(QUndoCommand):
    def __init__(self, library, text: str, applied: bool = False):
        super().__init__(text)
        self.library = library
        self._skip_redo = applied

    def do(self) -> None:  # pragma: no cover - subclasses implement
        raise NotImplementedError

    def undo_change(self) -> None:  # pragma: no cover - subclasses implement
        raise NotImplementedError

    def remember_created(self) -> None:
        """Note the tags and speakers the change just created (call after its first run)."""
        self.created = {k: list(v) for k, v in self.library.created_names.items()}

    def prune_created(self) -> None:
        """On undo, remove what the change created if nothing else uses it now."""
        created = getattr(self, "created", None)
        if created and any(created.values()):
            self.library.prune_unused(**created)

    def apply(self) -> None:
        """Carry the change out now, letting a refusal raise (call before pushing)."""
        if not self._skip_redo:
            self.do()
            self._skip_redo = True

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._run(self.do, "Redo")

    def undo(self) -> None:
        self._run(self.undo_change, "Undo")

    def _run(self, action, verb: str) -> None:
        try:
            action()
        except dialog_helpers.USER_ERRORS as error:
            self.setObsolete(True)
            dialog_helpers.show_error(QApplication.activeWindow(), f"{verb} failed",
                                      f"Could not {verb.lower()} “{self.text()}”: {error}")
