"""Undoable annotation changes: create, edit, delete, re-attach, each a ``LibraryCommand``.

The commands only call the Library; the views refresh from the Library's change
notices, so undo and redo repaint exactly like the original action did. A change the
Library refuses on undo or redo is shown as a message (see ``undo_base``). After Undo or
Redo the window shows the annotation (``shown``): its article, the annotation selected in
the text and the pane, or its text selected where it went away.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..core.library import Library, SeenSpan
from ..core.models import Annotation
from .dialog_helpers import clip_words
from .i18n import kind_name, translate
from .undo_base import LibraryCommand, Shown


def _short(text: str, limit: int = 30) -> str:
    return clip_words(text, limit)


class MakeAnnotationCommand(LibraryCommand):
    """A change that makes one annotation. The first run makes it (``make``); a redo
    restores the very same row; undo deletes it and the tags or speakers it created."""

    annotation: Annotation | None = None

    def make(self) -> Annotation:  # pragma: no cover - subclasses implement
        raise NotImplementedError

    def do(self) -> None:
        if self.annotation is None:
            self.annotation = self.make()
            self.remember_created()
        else:  # (a change of its own, later than the undo's deletion: R20-3)
            self.library.annotations.restore(self.annotation, undeleting=True)

    def undo_change(self) -> list[str]:
        # only while it holds what this step made: a colleague's later speaker, note or
        # tags are never deleted with it (review R17-5)
        if self.annotation is None:
            return []
        self.annotation = self.library.annotations.delete(self.annotation.id,
                                                          expected=self.annotation)
        return self.prune_created()

    def shown(self, undone: bool) -> Shown | None:
        return annotation_shown(self.annotation, present=not undone)


def annotation_shown(annotation: Annotation | None, present: bool) -> Shown | None:
    """``annotation`` selected (``present``), or its text where it was."""
    if annotation is None:
        return None
    if present:
        return Shown(annotation.article_id, annotation_id=annotation.id)
    span = ((annotation.start, annotation.end)
            if annotation.start is not None and annotation.end is not None else None)
    return Shown(annotation.article_id, span=span)


class CreateAnnotationCommand(MakeAnnotationCommand):
    """Tag a span of an article."""

    def __init__(self, library: Library, article_id: int, start: int, end: int, kind: str,
                 **fields):
        super().__init__(library, translate("Commands", "tag {kind}").format(kind=kind_name(kind)))
        self.article_id = article_id
        self.args = dict(start=start, end=end, kind=kind, **fields)

    def make(self) -> Annotation:
        annotation = self.library.annotations.add(self.article_id, **self.args)
        self.setText(translate("Commands", "tag {kind} “{text}”").format(
            kind=kind_name(annotation.kind), text=_short(annotation.exact)))
        return annotation


class EditAnnotationCommand(LibraryCommand):
    """Change some fields of one annotation (kind, speaker, tags, verdict, note, span).

    Choosing a kind or verdict with the arrow keys changes it once per key press; those
    quick successive changes of one field merge into one undo step (``mergeWith``).
    """

    FIELD_NAMES = {"kind": QT_TRANSLATE_NOOP("Commands", "kind"),
                   "speaker": QT_TRANSLATE_NOOP("Commands", "speaker"),
                   "tags": QT_TRANSLATE_NOOP("Commands", "tags"),
                   "verdict": QT_TRANSLATE_NOOP("Commands", "verdict"),
                   "note": QT_TRANSLATE_NOOP("Commands", "note"),
                   "start": QT_TRANSLATE_NOOP("Commands", "span"),
                   "end": QT_TRANSLATE_NOOP("Commands", "span")}
    MERGING_FIELDS = ("kind", "verdict")
    MERGE_ID = 0x4B55  # any id shared by all mergeable edits
    MERGE_SECONDS = 3.0

    def __init__(self, library: Library, annotation: Annotation, **changes):
        super().__init__(library, "")
        self.library = library
        self.before = annotation
        self.changes = changes
        #: the annotation as this edit left it (what an undo expects to find)
        self.after: Annotation | None = None
        self.when = time.monotonic()
        names = sorted({self.FIELD_NAMES.get(k, k) for k in changes})
        self.setText(translate("Commands", "edit {fields} of “{text}”").format(
            fields=translate("Commands", " and ").join(translate("Commands", n) for n in names),
            text=_short(annotation.exact)))

    def id(self) -> int:  # noqa: A003 (Qt API)
        mergeable = len(self.changes) == 1 and next(iter(self.changes)) in self.MERGING_FIELDS
        return self.MERGE_ID if mergeable else -1

    def mergeWith(self, other) -> bool:  # noqa: N802 (Qt API)
        if not (isinstance(other, EditAnnotationCommand)
                and other.before.id == self.before.id
                and other.changes.keys() == self.changes.keys()
                and other.when - self.when <= self.MERGE_SECONDS):
            return False
        self.changes = dict(other.changes)
        self.when = other.when
        self.after = getattr(other, "after", None)
        field = next(iter(self.changes))
        if getattr(self.before, field) == self.changes[field]:
            self.setObsolete(True)  # back where it started: nothing left to undo
        return True

    def do(self) -> None:
        # a redo only while the annotation is as the undo left it (R15-11)
        expected = self.before if getattr(self, "after", None) is not None else None
        self.after = self.library.annotations.update(self.before.id, expected=expected,
                                                     **self.changes)
        if not hasattr(self, "created"):
            self.remember_created()

    def undo_change(self) -> list[str]:
        # only while it still holds what this edit left: never over someone else's later
        # change (another window, another program, a colleague on a team library: R15-11)
        if self.after is not None:
            self.library.annotations.restore_edited(self.before, self.after)
        else:
            self.library.annotations.restore(self.before)
        return self.prune_created()

    def shown(self, undone: bool) -> Shown | None:
        return annotation_shown(self.before, present=True)


class DeleteAnnotationCommand(LibraryCommand):
    def __init__(self, library: Library, annotation: Annotation):
        super().__init__(library, "")
        self.library = library
        self.annotation = annotation
        self.setText(translate("Commands", "delete {kind} “{text}”").format(
            kind=kind_name(annotation.kind), text=_short(annotation.exact)))

    def do(self) -> None:
        # as shown when deleted, or as the undo put it back: a colleague's edit since is
        # not deleted with it (review R17-5)
        self.annotation = self.library.annotations.delete(self.annotation.id,
                                                          expected=self.annotation)

    def undo_change(self) -> None:
        # (a change of its own, later than the deletion: a merge neither deletes it again
        # nor keeps it from the library that took the deletion: R20-3)
        self.annotation = self.library.annotations.restore(self.annotation, undeleting=True)

    def shown(self, undone: bool) -> Shown | None:
        return annotation_shown(self.annotation, present=undone)


class ReattachAnnotationCommand(LibraryCommand):
    """Place an orphan on selected text; undo makes it an orphan again with its old selectors."""

    def __init__(self, library: Library, annotation: Annotation, start: int, end: int,
                 seen=None):
        super().__init__(library, "")
        self.library = library
        self.before = annotation
        self.start, self.end = start, end
        self.seen = seen  # the text the span was selected in (``SeenSpan``), checked each time
        self.annotation: Annotation | None = None
        self.setText(translate("Commands", "re-attach {kind} “{text}”").format(
            kind=kind_name(annotation.kind), text=_short(annotation.exact)))

    def do(self) -> None:
        self.annotation = self.library.annotations.reattach(self.before.id, self.start, self.end,
                                                seen=self.seen)
        placed = self.annotation
        self.start, self.end = placed.start, placed.end
        # a redo finds these words again in a text re-imported since (never the old
        # offsets in a new text: review R17-3); "" as the hash: always looked for
        self.seen = SeenSpan("", placed.exact, placed.prefix, placed.suffix,
                             placed.start or 0, placed.end or 0)

    def undo_change(self) -> None:
        # not over a colleague's later speaker, note or tags (review R18-3)
        if self.annotation is None:
            self.library.annotations.restore(self.before)
        else:
            self.library.annotations.restore_edited(self.before, self.annotation, span=False)

    def shown(self, undone: bool) -> Shown | None:
        return annotation_shown(self.before, present=True)
