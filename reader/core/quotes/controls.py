"""Control and invisible format characters the engine reads through (R13-4, R15-9).

A stored story keeps every character it was imported with (annotations are anchored by its
offsets), so a bidi override, an isolate, a stray control character, a soft hyphen or a
zero-width character can sit inside a name ("Retno\\u202e Marsudi\\u202c", "Sergey
Lav\\u00adrov"): read as it is, it cuts the name in two and the speaker suggested is "Retno"
or "Sergey Lav". The engine reads the text without them; every offset it gives is mapped
back to the stored text (``Reading.old``), as for the paragraph breaks ``unglue`` puts in.

Only characters that are nothing to a reader are left out: C0 controls that are not
whitespace, DEL, and the default-ignorable format characters (Unicode category Cf) that
may sit inside a word: soft hyphen, the Arabic letter mark, the Mongolian vowel separator,
zero width space, non-joiner and joiner, left-to-right and right-to-left marks,
embeddings, overrides and isolates, word joiner and the invisible operators (U+2060 to
U+2064), the deprecated format characters (U+206A to U+206F) and the zero width no-break
space (BOM). A browser shows none of them (a soft hyphen only where it breaks a line), so
"Lavrov\\u200bsaid" reads "Lavrovsaid", as it is seen. Whitespace controls (tab, line and
page breaks) are read as whitespace, as before; C1 controls stay (in scraped text they are
most often cp1252 punctuation decoded as Latin-1: "don\\x92t"); so do the visible format
characters (Arabic number signs, U+0600 to U+0605) and the astral ones (emoji tags).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import NamedTuple

from .unglue import Unglued

#: what the engine does not read
UNREAD = re.compile("[\x00-\x08\x0e-\x1b\x7f\xad\u061c\u180e\u200b-\u200f\u202a-\u202e"
                    "\u2060-\u2064\u2066-\u206f\ufeff]")


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
