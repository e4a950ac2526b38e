"""What an annotation is and may say: its kinds, a claim's verdicts, where it stands.

Plain enums and tuples with no other import, so that the command line can offer them as
choices without loading the models (``reader.core.models`` re-exports every name here).
"""

from __future__ import annotations

from enum import StrEnum

#: the kinds the quote engine suggests (``library.suggestions``)
SUGGESTION_KINDS = ("quote", "claim")


class Kind(StrEnum):
    """What an annotation marks."""

    QUOTE = "quote"
    CLAIM = "claim"
    HIGHLIGHT = "highlight"


class Verdict(StrEnum):
    """A claim's fact-check verdict (only claims have one)."""

    UNCHECKED = "unchecked"
    TRUE = "true"
    FALSE = "false"
    MISLEADING = "misleading"
    UNVERIFIABLE = "unverifiable"


class AnchorState(StrEnum):
    """Where an annotation stands in its article's (possibly changed) text."""

    ANCHORED = "anchored"  # on its words
    REANCHORED = "reanchored"  # found again after an edit: the user should check it
    ORPHAN = "orphan"  # its words are gone; kept with its quote and context


# the values in order, for menus, command-line choices and checks
KINDS: tuple[str, ...] = tuple(k.value for k in Kind)
VERDICTS: tuple[str, ...] = tuple(v.value for v in Verdict)
ANCHOR_STATES: tuple[str, ...] = tuple(s.value for s in AnchorState)
