"""Cheap language guess from stopword counts: enough to pick word lists, not a classifier."""

from __future__ import annotations

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
# A text's words as ``[a-z]+`` reads them in its lower-case form, found without a pattern
# (≈ 260 instructions a character on a text with curly quotes, a twentieth of a speaker's
# analysis): every character but a-z (non-ASCII ones as "?") made a blank, then split, as
# bytes; the stop words as bytes too
_ONLY_A_TO_Z = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
_ID_BYTES = frozenset(w.encode() for w in _ID)
_EN_BYTES = frozenset(w.encode() for w in _EN)
# Share of a text's words that its language's stop words make at least: 0.14 and up in every
# English dev article, 0.09 and up in every Indonesian one; German, Dutch, French, Spanish
# or Czech pages, which share a few short words with the lists (“in”, “an”, “was”, “die”,
# “di”), reach 0.01–0.08 of either (bench/pages.json) and are neither language.
_EN_SHARE = 0.1
_ID_SHARE = 0.07


@lru_cache(maxsize=4)  # asked by suggest() and again by the speaker scorer, per text
def detect_language(text: str) -> str:
    """Return "id", "en" or "" when the text is too short or too mixed to tell."""
    words = text[:20000].lower().encode("ascii", "replace").translate(_ONLY_A_TO_Z).split()
    id_hits = sum(map(_ID_BYTES.__contains__, words))
    en_hits = sum(map(_EN_BYTES.__contains__, words))  # (no word is in both lists)
    total = id_hits + en_hits
    if total < 3:
        return ""
    if id_hits >= 2 * en_hits and id_hits > en_hits and id_hits >= _ID_SHARE * len(words):
        return "id"
    if en_hits >= 2 * id_hits and en_hits > id_hits and en_hits >= _EN_SHARE * len(words):
        return "en"
    return ""
