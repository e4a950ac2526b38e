"""Is this the same statement? Word-level alignment of two quotations with rapidfuzz.

Two quotations are the same statement when, after folding (``text.keys``):

- they are identical; or
- the shorter one (at least ``MIN_PART`` words) lies inside the longer one as one
  contiguous run, allowing a few small edits; or
- they are the same words with a few small edits: a word changed, dropped or added.

A typo (one or two letters off in a long enough word) is not counted as an edit. How many
edits are allowed grows with the length of the shorter quotation (``allowed_edits``): none
below seven words, so "Kami tidak ingin berperang" and "Kami tidak ingin berdamai" stay
apart, one up to ten words, two up to fourteen, and so on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

MIN_WORDS = 3  # quotations shorter than this are never grouped (a word or two is no statement)
MIN_PART = 4  # a partial quotation must have at least this many words
_ROUGH_FLOOR = 55.0  # partial_ratio (0–100) below which no alignment can be good enough


def allowed_edits(words: int) -> int:
    """Word edits (changed, dropped or added words) allowed for a quotation this long."""
    return max(0, (words - 3) // 4)


def is_typo(a: str, b: str) -> bool:
    """Two keys that are one word misspelt: one letter off from 5 letters, two from 9."""
    shorter = min(len(a), len(b))
    if shorter < 5 or abs(len(a) - len(b)) > 2:
        return False
    limit = 2 if shorter >= 9 else 1
    return Levenshtein.distance(a, b, score_cutoff=limit) <= limit


@dataclass(frozen=True)
class Op:
    """One step of an alignment: ``tag`` is "equal", "typo", "replace", "delete" (words only
    in the short side) or "insert" (words only in the long side); ranges are in each side."""

    tag: str
    s0: int
    s1: int
    l0: int
    l1: int


@dataclass(frozen=True)
class Alignment:
    """How the short quotation sits in the long one: ``window`` is the run of the long one it
    covers; ``ops`` align ``short`` with ``long[window]`` (long positions are absolute)."""

    window: tuple[int, int]
    ops: tuple[Op, ...]
    matched: int  # words equal or a typo apart
    edits: int  # words changed, dropped or added inside the window
    long_len: int = 0

    @property
    def partial(self) -> bool:
        return self.window != (0, self.long_len)


@dataclass(frozen=True)
class Match:
    """Why two quotations are the same statement: "identical", "edited" or "part"."""

    how: str
    edits: int
    matched: int


def _ops(short: Sequence[str], long: Sequence[str], lo: int, hi: int) -> tuple[list[Op], int, int]:
    ops: list[Op] = []
    matched = edits = 0
    for o in Levenshtein.opcodes(short, long[lo:hi]):
        s0, s1, l0, l1 = o.src_start, o.src_end, o.dest_start + lo, o.dest_end + lo
        if o.tag == "equal":
            ops.append(Op("equal", s0, s1, l0, l1))
            matched += s1 - s0
        elif o.tag == "replace":
            pairs = min(s1 - s0, l1 - l0)
            for k in range(pairs):
                tag = "typo" if is_typo(short[s0 + k], long[l0 + k]) else "replace"
                ops.append(Op(tag, s0 + k, s0 + k + 1, l0 + k, l0 + k + 1))
                if tag == "typo":
                    matched += 1
                else:
                    edits += 1
            if s1 - s0 > pairs:
                ops.append(Op("delete", s0 + pairs, s1, l0 + pairs, l0 + pairs))
            if l1 - l0 > pairs:
                ops.append(Op("insert", s0 + pairs, s0 + pairs, l0 + pairs, l1))
            edits += abs((s1 - s0) - (l1 - l0))
        else:
            ops.append(Op(o.tag, s0, s1, l0, l1))
            edits += max(s1 - s0, l1 - l0)
    return ops, matched, edits


def align(short: Sequence[str], long: Sequence[str]) -> Alignment | None:
    """The best placement of ``short`` inside ``long`` (None if nothing lines up at all).

    rapidfuzz's ``partial_ratio_alignment`` finds where the short one sits; the window's
    ends are then moved a few words either way to the placement with the fewest edits, so
    a dropped or added word near an end is an edit, not a cut.
    """
    if not short or not long:
        return None
    if len(short) == len(long):
        window_lo, window_hi = 0, len(long)
        candidates = [(0, len(long))]
    else:
        rough = fuzz.partial_ratio_alignment(short, long, score_cutoff=_ROUGH_FLOOR)
        if rough is None:
            return None
        window_lo, window_hi = rough.dest_start, rough.dest_end
        pad = max(2, len(short) // 4)
        candidates = [(lo, hi)
                      for lo in range(max(0, window_lo - pad), min(len(long), window_lo + pad) + 1)
                      for hi in range(max(lo + 1, window_hi - pad),
                                      min(len(long), window_hi + pad) + 1)]
    best = None
    for lo, hi in candidates:
        distance = Levenshtein.distance(short, long[lo:hi])
        key = (distance, -(hi - lo))
        if best is None or key < best[0]:
            best = (key, lo, hi)
    _, lo, hi = best
    ops, matched, edits = _ops(short, long, lo, hi)
    # trim words of the long side hanging at the window's ends: those are cuts, not edits
    while ops and ops[0].tag == "insert":
        edits -= ops[0].l1 - ops[0].l0
        lo = ops.pop(0).l1
    while ops and ops[-1].tag == "insert":
        edits -= ops[-1].l1 - ops[-1].l0
        hi = ops.pop().l0
    return Alignment((lo, hi), tuple(ops), matched, edits, len(long))


def compare(a: Sequence[str], b: Sequence[str]) -> Match | None:
    """The reason ``a`` and ``b`` (lists of keys) are the same statement, or None."""
    if len(a) < MIN_WORDS or len(b) < MIN_WORDS:
        return None
    if a == b:
        return Match("identical", 0, len(a))
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < MIN_PART and len(long) > len(short):
        return None
    alignment = align(short, long)
    if alignment is None:
        return None
    if alignment.matched < min(MIN_PART, len(short)):
        return None
    if alignment.edits > allowed_edits(len(short)):
        return None
    return Match("part" if alignment.partial else "edited", alignment.edits, alignment.matched)


def same_statement(a: str, b: str) -> bool:
    """``compare`` for two texts (handy in tests and the evaluation)."""
    from .text import keys

    return compare(keys(a), keys(b)) is not None
