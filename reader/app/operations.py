"""The one way the app changes the library: ``History.run(command)``.

Window, controllers and dialogs build a ``LibraryCommand`` (its ``do`` is the only code
that makes the change) and hand it to ``run``: the change is made at once; a refusal is
shown and nothing is pushed, so Undo never offers a change that did not happen; a change
that was made goes on the one undo stack. A macro groups several into one undo step.

A few writes are deliberately not undoable (imports: the articles can be deleted, which
is undoable); they go through ``run_once``, which says so in the status bar, and the Edit
menu lists them (``NOT_UNDOABLE``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QMainWindow, QWidget

from . import dialog_helpers
from .i18n import core_text


def not_undoable_note() -> str:
    return QCoreApplication.translate(
        "History", "Imports cannot be undone: delete the imported articles instead")


class History:
    def __init__(self, stack: QUndoStack, window: QWidget) -> None:
        self.stack = stack
        self.window = window
        self.refusal: BaseException | None = None  # why the last ``run`` was refused
        # inside ``undo``/``redo`` (their change notice is not out yet)
        self.stepping = False
        # called after ``undo``/``redo`` announced their change
        self.after_step: Callable[[], None] = lambda: None

    def run(self, command, parent: QWidget | None = None, title: str = "",
            detail: Callable[[BaseException], str] | None = None) -> bool:
        """Make the change now and put it on the undo stack; False (and a message) if the
        library refused it. ``detail`` may add a paragraph to the message about the refusal
        (e.g. what someone else saved meanwhile)."""
        self.refusal = None
        try:
            command.apply()
        except dialog_helpers.USER_ERRORS as error:
            self.refusal = error
            extra = detail(error) if detail is not None else ""
            dialog_helpers.show_error(parent or self.window, title or "Kutip",
                                      core_text(error) + (f"\n\n{extra}" if extra else ""))
            return False
        self.stack.push(command)
        return True

    def undo(self) -> None:
        """Undo the step on top: its writes, a macro's too (every article of a deletion),
        are announced as one change notice, so each view refreshes once."""
        self._step(self.stack.undo)

    def redo(self) -> None:
        """Redo the next step (one change notice, as ``undo``)."""
        self._step(self.stack.redo)

    def _step(self, step: Callable[[], None]) -> None:
        self.stepping = True
        try:
            with self._one_notice():
                step()
        finally:
            self.stepping = False
        self.after_step()  # (once the views were refreshed: ``UndoSteps`` shows the step)

    def take_over(self, undo: QAction, redo: QAction) -> None:
        """Qt's Undo and Redo actions (``createUndoAction``, which keep their text and
        state) step through ``undo`` and ``redo`` here instead of the stack's own slots."""
        for action, step in ((undo, self.undo), (redo, self.redo)):
            action.triggered.disconnect()
            action.triggered.connect(lambda _checked=False, step=step: step())

    def _one_notice(self) -> AbstractContextManager[None]:
        library = getattr(self.window, "library", None)
        return library.operation() if library is not None else nullcontext()

    @contextmanager
    def macro(self, text: str) -> Iterator[None]:
        """Everything run inside is one undo step."""
        self.stack.beginMacro(text)
        try:
            yield
        finally:
            self.stack.endMacro()

    def run_once(self, title: str, action: Callable[[], object],
                 parent: QWidget | None = None) -> object | None:
        """A change that is not undoable: run it, show a refusal; say it cannot be undone."""
        try:
            result = action()
        except dialog_helpers.USER_ERRORS as error:
            dialog_helpers.show_error(parent or self.window, title, core_text(error))
            return None
        if isinstance(self.window, QMainWindow):
            self.window.statusBar().showMessage(
                QCoreApplication.translate("History", "{what} (cannot be undone)").format(
                    what=title), 6000)
        return result
