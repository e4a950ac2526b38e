"""Code point <-> UTF-16 offset conversion for one text.

The model counts Python code points; Qt (``QTextCursor``, ``QString``) counts
UTF-16 code units.  Characters outside the Basic Multilingual Plane (emoji,
some CJK, historic scripts) take one code point but two UTF-16 units.

:class:`OffsetMap` converts between the two.  Texts without astral characters
(the common case) need no table at all; otherwise only the positions of the
astral characters are kept, and a conversion is one ``bisect``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units."""
    return len(text) + sum(1 for _ in _ASTRAL.finditer(text))


class OffsetMap:
    """Converts offsets into one text between code points and UTF-16 units."""

    __slots__ = ("_cp", "_u16", "_ends", "cp_len", "u16_len")

    def __init__(self, text: str) -> None:
        # Code point indices of the astral characters, ascending.  (Encoding is
        # ~15x faster than the regex scan and tells whether there are any.)
        astral = len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)
        self._cp: list[int] = [m.start() for m in _ASTRAL.finditer(text)] if astral else []
        # UTF-16 start of each astral character, and its UTF-16 end.
        self._u16: list[int] = [p + k for k, p in enumerate(self._cp)]
        self._ends: list[int] = [u + 2 for u in self._u16]
        self.cp_len = len(text)
        self.u16_len = len(text) + len(self._cp)

    @property
    def identity(self) -> bool:
        """True when both counts agree everywhere (no astral characters)."""
        return not self._cp

    def to_utf16(self, cp: int) -> int:
        """UTF-16 offset of code point offset ``cp`` (clamped to the text)."""
        cp = min(max(cp, 0), self.cp_len)
        if not self._cp:
            return cp
        return cp + bisect_left(self._cp, cp)

    def to_cp(self, u16: int, *, round_up: bool = False) -> int:
        """Code point offset of UTF-16 offset ``u16`` (clamped to the text).

        An offset in the middle of a surrogate pair is moved to the start of
        that character, or past it when ``round_up`` is true.
        """
        u16 = min(max(u16, 0), self.u16_len)
        if not self._cp:
            return u16
        before = bisect_right(self._ends, u16)  # astral characters wholly before u16
        cp = u16 - before
        if before < len(self._u16) and self._u16[before] < u16:
            # Inside the surrogate pair of astral character number `before`.
            cp = self._cp[before] + (1 if round_up else 0)
        return cp
