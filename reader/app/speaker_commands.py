"""Undoable speaker changes: rename, description, aliases, merge."""

from __future__ import annotations

from .i18n import translate
from .undo_base import LibraryCommand


class RenameSpeakerCommand(LibraryCommand):
    """Rename a speaker; the old name becomes an alias. Undo restores name and aliases."""

    def __init__(self, library, old: str, new: str, old_aliases, applied: bool = False):
        text = translate("Commands", "Rename speaker {old} to {new}")
        super().__init__(library, text.format(old=old, new=new), applied)
        self.old, self.new = old, new
        self.old_aliases = set(old_aliases)
        # the speaker renamed: undo and redo rename that one only, while it has the name
        # the step left (not a colleague's later name, not another speaker: review R19-5)
        self.speaker_id: int | None = library.speakers.id_of(new) if applied else None

    def do(self) -> None:
        self.speaker_id = self.library.speakers.rename(self.old, self.new, keep_alias=True,
                                                       expected=self.speaker_id).id

    def undo_change(self) -> None:
        self.library.speakers.rename(self.new, self.old, keep_alias=False,
                                     expected=self.speaker_id)
        current = set(self.library.speakers.get(self.old).aliases)
        for alias in sorted(self.old_aliases - current):  # e.g. renamed to one of its aliases
            self.library.speakers.add_alias(self.old, alias)


class SpeakerDescriptionCommand(LibraryCommand):
    def __init__(self, library, name: str, old: str, new: str, applied: bool = False):
        text = translate("Commands", "Describe speaker {name}")
        super().__init__(library, text.format(name=name), applied)
        self.name, self.old, self.new = name, old, new
        self._ran = applied  # (every run after the first is a redo)

    def do(self) -> None:  # (a redo only over what the undo left, review R17-4)
        expected = self.old if self._ran else None
        self.library.speakers.set_description(self.name, self.new, expected=expected)
        self._ran = True

    def undo_change(self) -> None:
        self.library.speakers.set_description(self.name, self.old, expected=self.new)


class AliasCommand(LibraryCommand):
    """Add (``add=True``) or remove an alias of a speaker."""

    def __init__(self, library, name: str, alias: str, add: bool, applied: bool = False):
        text = (translate("Commands", "Add alias {alias} of {name}") if add
                else translate("Commands", "Remove alias {alias} of {name}"))
        super().__init__(library, text.format(alias=alias, name=name), applied)
        self.name, self.alias, self.add = name, alias, add
        # the speaker it changes: undo and redo change that one only, not another one
        # ``name`` names since (a rename, a merge: session 18's leftover)
        self.speaker_id: int | None = library.speakers.id_of(name) if applied else None

    def _set(self, present: bool) -> None:
        if present:
            speaker = self.library.speakers.add_alias(self.name, self.alias,
                                                      expected=self.speaker_id)
        else:
            speaker = self.library.speakers.remove_alias(self.name, self.alias,
                                                         expected=self.speaker_id)
        self.speaker_id = speaker.id

    def do(self) -> None:
        self._set(self.add)

    def undo_change(self) -> None:
        self._set(not self.add)


class MergeSpeakersCommand(LibraryCommand):
    """Merge ``source`` into ``target``; undo brings ``source`` back with its quotes."""

    def __init__(self, library, source: str, target: str):
        text = translate("Commands", "Merge speaker {source} into {target}")
        super().__init__(library, text.format(
            source=source, target=target))
        self.source, self.target = source, target
        self.snapshot: dict = {}
        self._left: list | None = None  # both as the undo left them (a redo's check)

    def do(self) -> None:  # (a redo only over what the undo left: review R19-5)
        self.snapshot = self.library.speakers.merge_undoable(self.source, self.target,
                                                             expected=self._left)

    def undo_change(self) -> None:
        self._left = self.library.speakers.unmerge(self.snapshot)
