"""Undoable decisions on suggestions: accept one, accept several, dismiss one.

Like the annotation commands they only call the Library; the window and the
suggestions panel refresh from the Library's change notices. After Undo or Redo the window
shows the decision: the annotation an accept made, or the suggestion back in the
Suggestions tab (``shown``).
"""

from __future__ import annotations

from collections.abc import Callable

from ..core.library import Library
from ..core.models import Annotation, Suggestion
from .annotation_commands import MakeAnnotationCommand, _short, annotation_shown
from .i18n import kind_name, translate
from .undo_base import LibraryCommand, Shown


def suggestion_shown(article_id: int, suggestion: Suggestion) -> Shown:
    """``suggestion`` selected in the Suggestions tab and in the text."""
    return Shown(article_id, span=(suggestion.start, suggestion.end), suggestions=True,
                 suggestion=(suggestion.kind, suggestion.start, suggestion.end))


class AcceptSuggestionCommand(MakeAnnotationCommand):
    """Store a suggestion as an annotation; undo deletes it (the suggestion comes back)."""

    def __init__(self, library: Library, article_id: int, suggestion: Suggestion, **overrides):
        super().__init__(library, translate("Commands", "accept {kind} “{text}”").format(
            kind=kind_name(suggestion.kind), text=_short(suggestion.exact)))
        self.article_id = article_id
        self.suggestion, self.overrides = suggestion, overrides

    def make(self) -> Annotation:
        return self.library.suggestions.accept(self.article_id, self.suggestion, **self.overrides)

    def do(self) -> None:
        if self.annotation is None:
            super().do()
        else:  # (redo: refused when accepted meanwhile elsewhere, review RR22-1)
            self.annotation = self.library.suggestions.accept_again([self.annotation])[0]

    def shown(self, undone: bool) -> Shown | None:
        if undone:
            return suggestion_shown(self.article_id, self.suggestion)
        return super().shown(undone)


class AcceptSuggestionsCommand(LibraryCommand):
    """Accept several suggestions; undo removes them all at once (one step).

    With ``progress(done, total)`` (a long list: the window's progress dialog, False when
    the user pressed Cancel) they are stored in batches, each a transaction, and the
    window keeps painting between two; a Cancel, or a refusal after some batches were
    stored (``refused``), keeps those as this one undoable step. Without it: one
    transaction, all or nothing."""

    def __init__(self, library: Library, article_id: int, suggestions: list[Suggestion],
                 progress: Callable[[int, int], bool] | None = None):
        super().__init__(library, self._title(len(suggestions)))
        self.library, self.article_id = library, article_id
        self.suggestions = list(suggestions)
        self.annotations: list[Annotation] | None = None
        self.progress = progress
        self.refused: BaseException | None = None  # what stopped a batched accept midway
        #: those the last undo deleted (a colleague's corrected ones stay: R17-5)
        self.undone: list[Annotation] | None = None

    @staticmethod
    def _title(n: int) -> str:
        return (translate("Commands", "accept 1 suggestion") if n == 1 else
                translate("Commands", "accept {n} suggestions").format(n=n))

    def do(self) -> None:
        if self.annotations is None:
            self.annotations = (self._first_run_in_batches() if self.progress is not None
                                else self.library.suggestions.accept_many(self.article_id,
                                                                          self.suggestions))
            self.remember_created()
        else:  # (only those the undo deleted: a kept one holds a colleague's work)
            gone = self.undone if self.undone is not None else self.annotations
            # (a change of its own, later than the undo's deletion: a merge neither deletes
            # them again nor keeps them from the library that took that deletion: R20-3)
            back = {a.id: a for a in self.library.suggestions.accept_again(gone)}
            self.annotations = [back.get(a.id, a) for a in self.annotations]
            self.undone = None

    def _first_run_in_batches(self) -> list[Annotation]:
        from .dialog_helpers import USER_ERRORS

        progress = self.progress
        assert progress is not None
        stored: list[Annotation] = []

        def step(accepted: list[Annotation], total: int) -> bool:
            stored[:] = accepted
            return progress(len(accepted), total)

        try:
            done = self.library.suggestions.accept_many(self.article_id, self.suggestions,
                                                        progress=step)
        except USER_ERRORS as error:
            if not stored:
                raise  # nothing stored: refused as a whole, nothing to undo
            done, self.refused = list(stored), error
        if len(done) < len(self.suggestions):
            self.setText(self._title(len(done)))
        return done

    def undo_change(self) -> list[str] | None:
        if not self.annotations:
            return None
        self.undone = self.library.annotations.delete_many(self.annotations, expected=True)
        speakers_kept = self.prune_created()
        kept = len(self.annotations) - len(self.undone)
        if not kept:
            return speakers_kept or None
        return [translate("Commands", "Kept {n} of them: someone else changed them since "
                          "(a speaker, a note, tags), and their work stays.").format(n=kept),
                *speakers_kept]

    def shown(self, undone: bool) -> Shown | None:
        """The first of them: accepted (selected), or back among the suggestions."""
        if undone and self.suggestions:
            return suggestion_shown(self.article_id, self.suggestions[0])
        return annotation_shown(self.annotations[0] if self.annotations else None, True)


class DismissSuggestionCommand(LibraryCommand):
    def __init__(self, library: Library, article_id: int, suggestion: Suggestion):
        super().__init__(library, translate("Commands", "dismiss {kind} “{text}”").format(
            kind=kind_name(suggestion.kind), text=_short(suggestion.exact)))
        self.library, self.article_id, self.suggestion = library, article_id, suggestion

    def do(self) -> None:
        self.library.suggestions.dismiss(self.article_id, self.suggestion)

    def undo_change(self) -> None:
        self.library.suggestions.undismiss(self.article_id, self.suggestion)

    def shown(self, undone: bool) -> Shown | None:
        if undone:
            return suggestion_shown(self.article_id, self.suggestion)
        return Shown(self.article_id, suggestions=True)  # (gone from the list)
