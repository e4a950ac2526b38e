"""Control characters the engine reads through (R13-4).

A stored story keeps every character it was imported with (annotations are anchored by its
offsets), so a bidi override, an isolate or a stray control character can sit inside a name
("Retno\\u202e Marsudi\\u202c"): read as it is, it cuts the name in two and the speaker
suggested is "Retno". The engine reads the text without them; every offset it gives is
mapped back to the stored text (``Reading.old``), as for the paragraph breaks ``unglue``
puts in.

Only characters that are nothing to a reader are left out: C0 controls that are not
whitespace, DEL, bidi marks, embeddings, overrides and isolates. Whitespace controls (tab,
line and page breaks) are read as whitespace, as before; C1 controls stay (in scraped text
they are most often cp1252 punctuation decoded as Latin-1: "don\\x92t").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import NamedTuple

from .unglue import Unglued

#: what the engine does not read
UNREAD = re.compile("[\x00-\x08\x0e-\x1b\x7f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


class Reading(NamedTuple):
    """The text the engine reads for a stored text that holds ``UNREAD`` characters:
    ``text``; ``removed``, the stored text's offsets of the characters left out, ascending;
    ``glued``, the paragraph breaks ``unglue`` put in after that (or None)."""

    text: str
    removed: list[int]
    #: removed[i] - i: where each left-out character was, in the text without them
    shifted: list[int]
    glued: Unglued | None = None

    def new(self, pos: int, end: bool = False) -> int:
        """``pos`` of the stored text in ``text``."""
        pos -= bisect_left(self.removed, pos)
        return self.glued.new(pos, end) if self.glued is not None else pos

    def old(self, pos: int) -> int:
        """``pos`` of ``text`` in the stored text."""
        if self.glued is not None:
            pos = self.glued.old(pos)
        return pos + bisect_right(self.shifted, pos)


def without_unread(text: str) -> Reading | None:
    """``text`` without its ``UNREAD`` characters, or None when it has none."""
    removed = [m.start() for m in UNREAD.finditer(text)]
    if not removed:
        return None
    return Reading(UNREAD.sub("", text), removed, [q - i for i, q in enumerate(removed)])
