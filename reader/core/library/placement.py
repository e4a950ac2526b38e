"""Where a stored annotation belongs in a (new) text: a pure function, no database.

Used by re-anchoring (a replaced text) and by undo (a restored annotation whose
article changed meanwhile).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..anchoring import reanchor

SAME_SIDE = 0.9
"""A quote found elsewhere is in its old place if one side's context is at least this similar…"""
SAME_CONTEXT = 0.75
"""… or both sides together (mean similarity) are at least this similar."""


def place(text: str, note: Mapping[str, Any]) -> tuple[str, int | None, int | None]:
    """Where a stored annotation belongs in ``text``: (state, start, end)."""
    exact, prefix, suffix = note["exact"], note["prefix"], note["suffix"]
    old_start = note["start"] if note["start"] is not None else 0
    old_end = note["end"] if note["end"] is not None else old_start + len(exact)
    found = reanchor(text, exact, prefix, suffix, old_start, old_end)
    if found.state == "orphan" or found.start is None or found.end is None:
        return "orphan", None, None
    start, end = found.start, found.end
    if found.state == "anchored" and (start, end) != (note["start"], note["end"]):
        state = judge_move(text, exact, prefix, suffix, start, end)
        if state == "orphan":
            return "orphan", None, None
        return state, start, end
    if not text[start:end].strip():
        return "orphan", None, None
    return found.state, start, end


def fit_to_text(row: dict[str, Any], text: str) -> None:
    """A stored annotation's row put back on ``text`` (undo): where the text changed since,
    its span placed again (never offsets that now point at other words)."""
    if row["anchor"] == "orphan":
        return
    start, end = row["start"], row["end"]
    if start is not None and end is not None and text[start:end] == row["exact"]:
        return
    from ..anchoring import make_selector

    state, placed_start, placed_end = place(text, row)
    row.update(anchor=state, start=placed_start, end=placed_end)
    if placed_start is not None and placed_end is not None:  # (not an orphan)
        row.update(make_selector(text, placed_start, placed_end))


def judge_move(text: str, exact: str, prefix: str, suffix: str, start: int, end: int) -> str:
    """The same words found elsewhere: is it the same place?

    Context that agrees (one side intact, or both close) -> "anchored". A lone
    occurrence in a changed context is probably it -> "reanchored" (to check). One
    of several occurrences needs both sides to agree; with one side intact it is
    "reanchored", with neither it is a guess, and a guess is never attached.
    """
    before, after = context_similarity(text, prefix, suffix, start, end)
    mean = (before + after) / 2
    one_side = max(before, after) >= SAME_SIDE
    if text.count(exact) == 1:
        return "anchored" if one_side or mean >= SAME_CONTEXT else "reanchored"
    if mean >= SAME_CONTEXT and min(before, after) >= 0.5:
        return "anchored"
    return "reanchored" if one_side else "orphan"


def context_similarity(text: str, prefix: str, suffix: str, start: int, end: int
                        ) -> tuple[float, float]:
    from rapidfuzz import fuzz  # here: reading commands load no scorer (issue 12)

    def similar(old: str, new: str) -> float:
        return 1.0 if not old else fuzz.ratio(old, new) / 100.0

    return (similar(prefix, text[max(0, start - len(prefix)) : start]),
            similar(suffix, text[end : end + len(suffix)]))
