"""A QUndoCommand base for library changes: the first ``redo`` may be skipped, errors are shown.

``History.run`` applies a change first (so a refused change is reported at once and
nothing is pushed), then pushes the command; the stack's immediate ``redo`` is then a
no-op. A later undo/redo the library refuses (the data changed meanwhile)
is reported with ``dialog_helpers.show_error`` and the command is dropped; an undo that
failed only because the file could not be written (busy, full, read-only) keeps the
command, and what it would restore, on top of the history to try again. Each undo or redo
is one transaction (``Library.atomic``): refused, none of it was done (R20-10). ``do`` and
``undo_change`` may return lines saying what could not be put back; they are shown.
After Undo or Redo the window shows what the step changed (``shown``, ``UndoSteps``).
"""

from __future__ import annotations

from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication

from ..core.library import NotFound
from ..core.store import StoreError
from . import dialog_helpers
from .i18n import core_text, translate


@dataclass(frozen=True)
class Shown:
    """What the window shows after Undo or Redo, so that the step is seen where it
    happened (``shown``): the article opened and its library row selected; an annotation
    selected in the reader and the annotation pane; else a span of text selected (where an
    annotation went away); the Suggestions tab (``suggestions``), with the suggestion at
    ``suggestion`` (kind, start, end) selected once it is listed again."""

    article_id: int | None = None
    annotation_id: int | None = None
    span: tuple[int, int] | None = None
    suggestions: bool = False
    suggestion: tuple[str, int, int] | None = None


class LibraryCommand(QUndoCommand):
    def __init__(self, library, text: str, applied: bool = False):
        super().__init__(text)
        self.library = library
        self._skip_redo = applied
        self._undo_failed = False
        self._redo_failed = False
        #: "undo" or "redo" when the stack last stepped over it; "" when it was just pushed
        self.stepped = ""

    def shown(self, undone: bool) -> Shown | None:
        """What the window shows once this change is undone (``undone``) or done again;
        None: its change notices are enough (the panes refresh where it is shown)."""
        return None

    def do(self) -> None:  # pragma: no cover - subclasses implement
        raise NotImplementedError

    def undo_change(self) -> None:  # pragma: no cover - subclasses implement
        raise NotImplementedError

    def remember_created(self) -> None:
        """Note the tags and speakers the change just created (call after its first run),
        and each speaker as it made them (``Speakers.as_made``)."""
        changes = self.library.changes_so_far()  # (the first run is one operation)
        self.created = {"tags": list(changes.tags_created),
                        "speakers": list(changes.speakers_created)}
        self.speakers_made = self.library.speakers.as_made(self.created["speakers"])

    def _remade(self) -> None:
        """After a redo: a speaker it made again (the undo had removed them) is as the
        redo made them (inside the redo's operation)."""
        created = getattr(self, "created", None)
        if created and created["speakers"]:
            again = set(self.library.changes_so_far().speakers_created)
            self.speakers_made.update(self.library.speakers.as_made(
                [name for name in created["speakers"] if name in again]))

    def prune_created(self) -> list[str]:
        """On undo, remove what the change created if nothing else uses it now. A speaker
        someone described, gave an alias or made anew since stays, theirs from now on (never
        pruned by this step again): the lines saying so are returned (review R18-3's class:
        their description and aliases went with the speaker)."""
        created = getattr(self, "created", None)
        if not created or not any(created.values()):
            return []
        kept = self.library.annotations.prune_unused(
            **created, made=getattr(self, "speakers_made", None)).kept
        theirs = {str(note.params["name"]) for note in kept}
        created["speakers"] = [name for name in created["speakers"] if name not in theirs]
        return list(kept)

    def apply(self) -> None:
        """Carry the change out now, letting a refusal raise (call before pushing)."""
        if not self._skip_redo:
            with self.library.operation():  # its writes: one change notice
                self.do()
            self._skip_redo = True

    def redo(self) -> None:
        self.stepped = ""
        if self._skip_redo:
            self._skip_redo = False
            return
        if self._undo_failed:  # the change never went away: stepping forward is all
            self._undo_failed = False
            return
        if self._run(self.do, "Redo"):
            self.stepped = "redo"

    def undo(self) -> None:
        self.stepped = ""
        if self._redo_failed:  # the change was never made again: stepping back is all
            self._redo_failed = False
            return
        if self._run(self.undo_change, "Undo"):
            self.stepped = "undo"

    def _run(self, action, verb: str) -> bool:
        """Run ``action``; whether it was done (a refusal is shown: False). Refused, the
        step's own fields are as they were too: the library rolled back what ``action``
        wrote, so what the step keeps to do it again must not have moved on (a redo of Edit
        Article details forgot the collection it had put back, and its retry failed)."""
        kept = dict(vars(self))
        try:
            with self.library.operation():  # its writes: one change notice, one refresh
                with self.library.atomic():  # all of the step or none of it (R20-10: a
                    notes = action()  # refusal at its second write left the first done)
                if verb == "Redo":
                    self._remade()  # (once committed: what it made counts then)
        except dialog_helpers.USER_ERRORS as error:
            for name in [name for name in vars(self) if name not in kept]:
                delattr(self, name)
            vars(self).update(kept)
            window = QApplication.activeWindow()
            if isinstance(error, StoreError):
                # Nothing was done (the file was busy, full, read-only …; the library
                # rolled back): keep the command, and what it would restore, where it was
                # in the history, so the same key can try again. Once the stack has
                # stepped (it moves its index after this returns): the error box is
                # modal, and a step put back from inside it found the stack not moved
                # yet, so the next Ctrl+Z took back the OLDER step (review R18-12).
                if verb == "Undo":
                    self._undo_failed = True
                    text = translate("UndoBase", "Could not undo “{what}”: {error}\n"
                                                 "Nothing was lost: it stays in the undo "
                                                 "history, so Undo can try again.")
                    title = translate("UndoBase", "Undo failed")
                else:
                    self._redo_failed = True
                    text = translate("UndoBase", "Could not redo “{what}”: {error}\n"
                                                 "Nothing was lost: it stays in the undo "
                                                 "history, so Redo can try again.")
                    title = translate("UndoBase", "Redo failed")
                message = text.format(what=self.text(), error=core_text(error))
                QTimer.singleShot(0, lambda: self._put_back(window, title, message))
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
            return False
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
                                     text.format(what=self.text()) + "\n\n"
                                     + "\n".join(core_text(note) for note in notes))
        return True

    def _put_back(self, window, title: str, message: str) -> None:
        """After the stack stepped over a step the file refused: step it back (the step's
        own undo or redo is then a no-op), then say so."""
        if shiboken6.isValid(self):
            self._back_on_top() if self._undo_failed else self._back_below()
        dialog_helpers.show_error(window if window is None or shiboken6.isValid(window)
                                  else None, title, message)

    def _in(self, command) -> bool:
        return command is not None and (command is self or any(
            command.child(i) is self for i in range(command.childCount())))

    def _stacks(self) -> list[QUndoStack]:
        return [stack for widget in QApplication.topLevelWidgets()
                for stack in widget.findChildren(QUndoStack)]

    def _back_on_top(self) -> None:
        """After a failed undo, step the stack forward past this command again (its redo
        is then a no-op), so the history shows the change as still done. In a macro (e.g.
        deleting several articles) the whole macro is done again, to be undone as one."""
        if not self._undo_failed:
            return
        for stack in self._stacks():
            if stack.index() < stack.count() and self._in(stack.command(stack.index())):
                stack.redo()
                return

    def _back_below(self) -> None:
        """After a failed redo, step the stack back before this command again (its undo is
        then a no-op), so the history shows the change as still undone, to redo again."""
        if not self._redo_failed:
            return
        for stack in self._stacks():
            if stack.index() > 0 and self._in(stack.command(stack.index() - 1)):
                stack.undo()
                return


class UndoSteps:
    """After Undo or Redo the window shows what the step changed, as after the change itself.

    The change notices refresh whatever shows the library (rows, highlights, the pane's
    list), but nothing chose what to look at: after Q, Undo, Redo the quote was back in the
    text with the annotation pane empty, and an undo of a change in another article changed
    nothing on the screen. Each command says what shows its step (``LibraryCommand.shown``);
    ``UndoSteps`` hears the stack step (not a new change being pushed) and shows it: the
    article opened and its library row chosen, the annotation selected in the text and the
    pane, or the text of one that went away, or the Suggestions tab with the suggestion that
    came back. The keyboard focus stays where it is.
    """

    def __init__(self, window) -> None:
        self.window = window
        self.stack = window.undo_stack
        self._index = self.stack.index()
        self._waiting: Shown | None = None
        self.stack.indexChanged.connect(self._stepped)
        window.history.after_step = self._after_step

    def _after_step(self) -> None:
        """``History.undo``/``redo`` announced the step's change (the views are refreshed):
        now show it."""
        shown, self._waiting = self._waiting, None
        if shown is not None and shiboken6.isValid(self.stack):
            self.show(shown)

    def _stepped(self, index: int) -> None:
        before, self._index = self._index, index
        if index == before or not shiboken6.isValid(self.stack):  # (a closing window's)
            return
        undone = index < before
        command = self.stack.command(index if undone else index - 1)
        if command is None:  # (the history was cleared)
            return
        want = "undo" if undone else "redo"
        steps = [step for step in (command, *(command.child(i)
                                              for i in range(command.childCount())))
                 if getattr(step, "stepped", "") == want]  # (pushed, not stepped: "")
        if not steps:
            return
        self.window.statusBar().showMessage(
            (translate("UndoBase", "Undone: {what}") if undone
             else translate("UndoBase", "Redone: {what}")).format(what=command.text()), 4000)
        shown = next((s for s in (step.shown(undone) for step in steps) if s is not None),
                     None)
        if shown is None:
            return
        if self.window.history.stepping:  # (its one change notice comes when it ends)
            self._waiting = shown
        else:
            self.show(shown)

    def show(self, shown: Shown) -> None:
        window = self.window
        article_id = shown.article_id
        if article_id is not None:
            try:
                window.library.articles.get(article_id)
            except NotFound:  # (gone meanwhile)
                return
            window.library_panel.select_article(article_id, emit=False)
            if window.article_id != article_id:
                window.open_article(article_id)
        if window.article_id is None or window.article_id != article_id:
            return
        tabs, pane = window.right_tabs, window.annotation_pane
        if shown.suggestions:
            tabs.setCurrentWidget(window.suggestions_panel)  # (refreshes it if it waited)
        if shown.annotation_id is not None:
            if not shown.suggestions:
                tabs.setCurrentWidget(pane)
            pane.select(shown.annotation_id, emit=False)
            window.reader.select_annotation(shown.annotation_id)
        elif shown.span is not None:
            window.reader.select_span(*shown.span)
        if shown.suggestion is not None:
            window.suggestions.reveal(shown.suggestion)
