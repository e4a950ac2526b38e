"""Undoable changes of several coders' work (issue 14): coding a collection blind, and
adjudicating a disagreement (copying one coder's version of a passage into another coder,
e.g. "gold"). Each is a ``LibraryCommand`` run through ``window.history.run``."""

from __future__ import annotations

from .i18n import translate
from .undo_base import LibraryCommand


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
