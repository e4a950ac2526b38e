"""Guess Indonesian or English from common function words; enough to label a story."""

from __future__ import annotations

import re

_ID = {"yang", "dan", "di", "itu", "dengan", "untuk", "tidak", "ini", "dari", "akan", "pada",
       "juga", "kata", "bahwa", "dalam", "kami", "mereka"}
_EN = {"the", "and", "of", "to", "in", "is", "that", "was", "for", "said", "on", "with", "it",
       "he", "she", "they", "we", "are"}
_WORD = re.compile(r"[^\W\d_]+")


def guess_language(text: str) -> str:
    """Return "id", "en" or "" when unsure."""
    words = [w.lower() for w in _WORD.findall(text[:20000])]
    ind = sum(w in _ID for w in words)
    eng = sum(w in _EN for w in words)
    if max(ind, eng) < 5:
        return ""
    if ind >= 2 * eng:
        return "id"
    if eng >= 2 * ind:
        return "en"
    return ""
