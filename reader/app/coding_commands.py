"""Undoable changes of several coders' work (issue 14): coding a collection blind, and
adjudicating a disagreement (copying one coder's version of a passage into another coder,
e.g. "gold"). Each is a ``LibraryCommand`` run through ``window.history.run``."""

from __future__ import annotations

from ..core.models import Annotation
from .i18n import translate
from .undo_base import LibraryCommand, Shown


class SetBlindCommand(LibraryCommand):
    """Code a collection blind, or no longer; undo puts the old state back."""

    def __init__(self, library, collection_id: int, name: str, blind: bool):
        text = (translate("CodingCommands", "code “{name}” blind") if blind
                else translate("CodingCommands", "stop coding “{name}” blind"))
        super().__init__(library, text.format(name=name))
        self.collection_id = collection_id
        self.blind = blind
        self.before: bool | None = None

    def do(self) -> None:
        before = self.library.coders.set_blind(self.collection_id, self.blind)
        if self.before is None:
            self.before = before

    def undo_change(self) -> None:
        self.library.coders.set_blind(self.collection_id, bool(self.before))


class AdjudicateCommand(LibraryCommand):
    """Accept one coder's version of a passage (or of the whole article: ``start`` and
    ``end`` None) into another coder, whose own annotations there are replaced; undo gives
    the target their old ones back, redo the very same new rows."""

    def __init__(self, library, article_id: int, start: int | None, end: int | None,
                 source: str, target: str):
        super().__init__(library, translate(
            "CodingCommands", "accept {source}'s version into {target}").format(
                source=source, target=target))
        self.args = (article_id, source, target, start, end)
        self.made: list[Annotation] = []
        self.removed: list[Annotation] = []
        self.done_once = False

    def do(self) -> None:
        if self.done_once:  # redo: the same rows as the first time
            self.library.agreement.swap(self.removed, self.made)
            return
        self.made, self.removed = self.library.agreement.adjudicate(*self.args)
        self.done_once = True
        self.remember_created()

    def undo_change(self) -> list[str]:
        self.library.agreement.swap(self.made, self.removed)
        return self.prune_created()

    def shown(self, undone: bool) -> Shown | None:
        return Shown(self.args[0])  # the article, with the target's annotations as they are
