"""A QUndoCommand base for library changes: the first ``redo`` may be skipped, errors are shown.

``History.run`` applies a change first (so a refused change is reported at once and
nothing is pushed), then pushes the command; the stack's immediate ``redo`` is then a
no-op. A later undo/redo the library refuses (the data changed meanwhile)
is reported with ``dialog_helpers.show_error`` and the command is dropped; an undo that
failed only because the file could not be written (busy, full, read-only) keeps the
command, and what it would restore, on top of the history to try again. ``do`` and
``undo_change`` may return lines saying what could not be put back; they are shown.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication

from ..core.store import StoreError
from . import dialog_helpers
from .i18n import core_text, translate


class LibraryCommand(QUndoCommand):
    def __init__(self, library, text: str, applied: bool = False):
        super().__init__(text)
        self.library = library
        self._skip_redo = applied
        self._undo_failed = False

    def do(self) -> None:  # pragma: no cover - subclasses implement
        raise NotImplementedError

    def undo_change(self) -> None:  # pragma: no cover - subclasses implement
        raise NotImplementedError

    def remember_created(self) -> None:
        """Note the tags and speakers the change just created (call after its first run)."""
        changes = self.library.last_changes
        self.created = {"tags": list(changes.tags_created),
                        "speakers": list(changes.speakers_created)}

    def prune_created(self) -> None:
        """On undo, remove what the change created if nothing else uses it now."""
        created = getattr(self, "created", None)
        if created and any(created.values()):
            self.library.annotations.prune_unused(**created)

    def apply(self) -> None:
        """Carry the change out now, letting a refusal raise (call before pushing)."""
        if not self._skip_redo:
            self.do()
            self._skip_redo = True

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        if self._undo_failed:  # the change never went away: stepping forward is all
            self._undo_failed = False
            return
        self._run(self.do, "Redo")

    def undo(self) -> None:
        self._run(self.undo_change, "Undo")

    def _run(self, action, verb: str) -> None:
        try:
            notes = action()
        except dialog_helpers.USER_ERRORS as error:
            window = QApplication.activeWindow()
            if verb == "Undo" and isinstance(error, StoreError):
                # Nothing was undone (the file was busy, full, read-only …; the library
                # rolled back): keep the command and what it would restore, and put it
                # back on top so Undo can try again.
                self._undo_failed = True
                QTimer.singleShot(0, self._back_on_top)
                dialog_helpers.show_error(
                    window,
                    translate("UndoBase", "Undo failed"),
                    translate("UndoBase", "Could not undo “{what}”: {error}\n"
                                          "Nothing was lost: it stays in the undo history, "
                                          "so Undo can try again.").format(
                        what=self.text(), error=core_text(error)),
                )
            else:  # the library refused it for good (what it needs is gone): drop it
                self.setObsolete(True)
                if verb == "Undo":
                    title, text = (translate("UndoBase", "Undo failed"),
                                   translate("UndoBase", "Could not undo “{what}”: {error}"))
                else:
                    title, text = (translate("UndoBase", "Redo failed"),
                                   translate("UndoBase", "Could not redo “{what}”: {error}"))
                dialog_helpers.show_error(window, title, text.format(what=self.text(),
                                                                     error=core_text(error)))
            return
        if notes:
            if verb == "Undo":
                title, text = (translate("UndoBase", "Undo: partly done"),
                               translate("UndoBase",
                                         "Undo “{what}”: not everything could be put back."))
            else:
                title, text = (translate("UndoBase", "Redo: partly done"),
                               translate("UndoBase",
                                         "Redo “{what}”: not everything could be put back."))
            dialog_helpers.show_info(QApplication.activeWindow(), title,
                                     text.format(what=self.text()) + "\n\n" + "\n".join(notes))

    def _back_on_top(self) -> None:
        """After a failed undo, step the stack forward past this command again (its redo
        is then a no-op), so the history shows the change as still done. In a macro (e.g.
        deleting several articles) the whole macro is done again, to be undone as one."""
        if not self._undo_failed:
            return
        for widget in QApplication.topLevelWidgets():
            for stack in widget.findChildren(QUndoStack):
                top = stack.command(stack.index()) if stack.index() < stack.count() else None
                if top is not None and (
                    top is self or any(top.child(i) is self for i in range(top.childCount()))
                ):
                    stack.redo()
                    return
