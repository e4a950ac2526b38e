"""Cheap language guess from stopword counts: enough to pick word lists, not a classifier."""

from __future__ import annotations

import re
from functools import lru_cache

_ID = frozenset(
    "yang dan di ke dari ini itu dengan untuk tidak akan pada adalah dalam juga atau "
    "bahwa mereka kami kita saya sudah telah oleh karena bisa harus ada sebagai tersebut "
    "kata ujar namun menjadi lebih".split()
)
_EN = frozenset(
    "the and of to in is that for on with was said it as by he she be are at from this "
    "have has had not but which will would were they their an who been".split()
)
_WORD = re.compile(r"[a-z]+")
# Share of a text's words that its language's stop words make at least: 0.14 and up in every
# English dev article, 0.09 and up in every Indonesian one; German, Dutch, French, Spanish
# or Czech pages, which share a few short words with the lists (“in”, “an”, “was”, “die”,
# “di”), reach 0.01–0.08 of either (bench/pages.json) and are neither language.
_EN_SHARE = 0.1
_ID_SHARE = 0.07


@lru_cache(maxsize=4)  # asked by suggest() and again by the speaker scorer, per text
def detect_language(text: str) -> str:
    """Return "id", "en" or "" when the text is too short or too mixed to tell."""
    id_hits = en_hits = 0
    words = _WORD.findall(text[:20000].lower())
    for word in words:
        if word in _ID:
            id_hits += 1
        elif word in _EN:
            en_hits += 1
    total = id_hits + en_hits
    if total < 3:
        return ""
    if id_hits >= 2 * en_hits and id_hits > en_hits and id_hits >= _ID_SHARE * len(words):
        return "id"
    if en_hits >= 2 * id_hits and en_hits > id_hits and en_hits >= _EN_SHARE * len(words):
        return "en"
    return ""
