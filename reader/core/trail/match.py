"""Is this the same statement? Word-level alignment of two quotations with rapidfuzz.

Two quotations are the same statement when, after folding (``text.keys``):

- they are identical; or
- the shorter one (at least ``MIN_PART`` words) lies inside the longer one as one
  contiguous run, allowing a few small edits; or
- they are the same words with a few small edits: a word changed, dropped or added.

A typo (one or two letters off in a long enough word) is not counted as an edit. How many
edits are allowed grows with the length of the shorter quotation (``allowed_edits``): none
below seven words, so "Kami tidak ingin berperang" and "Kami tidak ingin berdamai" stay
apart, one up to ten words, two up to fourteen, and so on. A part cut from a longer
quotation gets a little more: one edit of a function word from four to six words
(``PART_EDITED``), half an edit more from seven to ten when it drops no word
(``PART_LOOSE``).

The edits allowed are counted in words, and function words ("kami", "tidak", "dengan",
"we", "will", "not") carry most of a sentence: "Kami tidak ingin berperang dengan Ukraina dan
kami tidak akan menyerang siapa pun di kawasan itu" and "Kami tidak ingin berunding dengan
NATO dan kami tidak akan menerima siapa pun di kawasan itu" are three words apart in
sixteen, and a different statement (R13-9). So an edited pair must also keep at least
``CONTENT_KEPT`` of each side's content words (``text.FUNCTION_WORDS``: every other word;
there one in four). A synonym or a slip among several content words stays within it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel, Levenshtein

from .text import FUNCTION_WORDS

MIN_WORDS = 3  # quotations shorter than this are never grouped (a word or two is no statement)
MIN_PART = 4  # a partial quotation must have at least this many words
INDEL = 0.5  # a word dropped or added costs half a changed word: outlets trim and pad
# the share of each side's content words an edited pair must match (equal or a typo apart):
# the lowest among the labelled same pairs (real coverage, development and held-out) is
# 0.73; different statements that share their function words keep 0.25–0.6 of them
CONTENT_KEPT = Fraction(3, 5)  # (exact: 3 of 5 is enough)
_ROUGH_FLOOR = 55.0  # partial_ratio (0–100) below which no alignment can be good enough
#: verbs of knowing, thinking, saying and wanting that, with function words alone, make the
#: stock phrases of talk ("I don't know", "What do you think?", "What do you mean?", "Saya
#: juga tidak tahu"): as keys, the forms that occur (``stock_phrase``)
STOCK_VERBS = frozenset((
    "know knew known knows think thought thinks mean meant means say said says saying see "
    "saw seen sees want wants wanted need needs guess believe care mind feel felt hope "
    "agree understand remember tell told ask asked "
    "tahu tau kira pikir rasa bilang lihat ingat setuju paham mengerti tanya"
).split())


def allowed_edits(words: int) -> int:
    """Word edits (changed, dropped or added words) allowed for a quotation this long."""
    return max(0, (words - 3) // 4)


#: keys: a part of another quotation this short (and at least ``MIN_PART``) may have one
#: edit that leaves every one of its content words matched: a function word changed,
#: dropped or added ("briefed to / by Congress", "amounts [instead] to a vast judicial
#: overreaching", "[It] could be other people also"). Such a link joins two quotations
#: in a trail only where their speakers allow (``edited_part``, ``cluster.by_speaker``):
#: a short phrase of the news with a word changed is as often another person's
#: ("The State of the Union Is …" / "… on the morning of the State of the Union")
PART_EDITED = 6
#: negations (keys): an edit of a short part must leave them as they are, nor may one stand
#: just before the part (``_negations_kept``: "had communications with the Russians" is cut
#: from "I did not have communications …"; "This election is [not] being rigged"). ``diff``
#: flags them.
NEGATION = frozenset({
    "tidak", "bukan", "belum", "jangan", "tiada", "tanpa", "takkan", "enggan",
    "not", "no", "never", "nor", "neither", "without", "none", "nothing", "nobody",
})


#: keys: a part of another quotation longer than ``PART_EDITED`` and at most this long may
#: have half an edit more than ``allowed_edits``: a word changed and another dropped or added
#: ("detained until they are removed from / out of our country", "a serious threat to
#: [our] national security, domestic programs / priorities"), where it is cut from the
#: longer one and adds no word it lacks (``_trimmed``), and no negation is edited or
#: stands just before it (``_negations_kept``). Outlets trim a statement and smooth the
#: words at the cut
PART_LOOSE = 10


def _part_budget(short: Sequence[str], long: Sequence[str]) -> float:
    """The edits ``_compare`` allows ``short`` laid along ``long``: ``allowed_edits``, or
    one for a part of ``MIN_PART`` to ``PART_EDITED`` words (``PART_EDITED``), or half an
    edit more for a part of up to ``PART_LOOSE`` words."""
    if len(short) < len(long):
        if MIN_PART <= len(short) <= PART_EDITED:
            return 1
        if len(short) <= PART_LOOSE:
            return allowed_edits(len(short)) + INDEL
    return allowed_edits(len(short))


CLITICS = ("nya", "lah", "kah", "pun")  # Indonesian enclitics: "khususnya" is "khusus"
PREFIXES = ("di", "ke")  # written apart or joined: "di masukkan" is "dimasukkan"


def joined(a: Sequence[str], i: int, a_end: int, b: Sequence[str], j: int, b_end: int) -> bool:
    """``a[i]`` and ``a[i + 1]`` (before ``a_end``) are ``b[j]`` (before ``b_end``) written
    apart: a prefix or preposition written apart from its word, or joined to it
    ("di masukkan", "dirumah")."""
    return (i + 1 < a_end and j < b_end and a[i] in PREFIXES
            and len(b[j]) > len(a[i]) + 2 and b[j] == a[i] + a[i + 1])


PREFIX_SET = frozenset(PREFIXES)


def _merged(words: Sequence[str], other: Sequence[str]) -> tuple[list[str], list[int]]:
    """``words`` with each prefix written apart joined to its word where ``other`` has the
    two as one word, and where each merged word starts in ``words`` (one more: the end)."""
    found = set(other)
    out: list[str] = []
    starts: list[int] = []
    i = 0
    while i < len(words):
        starts.append(i)
        if words[i] in PREFIXES and i + 1 < len(words) and words[i] + words[i + 1] in found:
            out.append(words[i] + words[i + 1])
            i += 2
        else:
            out.append(words[i])
            i += 1
    starts.append(len(words))
    return out, starts


def is_typo(a: str, b: str) -> bool:
    """Two keys that are one word misspelt: one letter off from 5 letters (or a letter
    left out of 4), two from 9; or the same word with an Indonesian enclitic."""
    a, b = (a, b) if len(a) <= len(b) else (b, a)
    shorter = len(a)
    if shorter >= 4 and b.startswith(a) and b[shorter:] in CLITICS:
        return True
    if shorter < 4 or len(b) - shorter > 2:
        return False
    if shorter == 4:  # only a dropped letter: "alus"/"halus", never "kami"/"kamu"
        return len(b) == 5 and Levenshtein.distance(a, b, score_cutoff=1) <= 1
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
    edits: float  # words changed (1) or dropped or added (INDEL) inside the window
    long_len: int = 0

    @property
    def partial(self) -> bool:
        return self.window != (0, self.long_len)


@dataclass(frozen=True)
class Match:
    """Why two quotations are the same statement: "identical", "edited" or "part"."""

    how: str
    edits: float
    matched: int


def _ops(short: Sequence[str], long: Sequence[str], lo: int, hi: int
         ) -> tuple[list[Op], int, float]:
    """Align ``short`` with ``long[lo:hi]``: rapidfuzz's LCS alignment (``Indel``), then
    each run between equal words is read as typos, changed words and dropped or added ones.
    """
    ops: list[Op] = []
    matched, edits = 0, 0.0
    pending: list[Any] = []  # rapidfuzz Opcodes  # the non-equal opcodes since the last equal run

    def flush(edge: bool) -> None:
        nonlocal matched, edits
        if not pending:
            return
        s0, s1 = pending[0].src_start, pending[-1].src_end
        l0, l1 = pending[0].dest_start + lo, pending[-1].dest_end + lo
        block, typos, changed = _block(short, long, s0, s1, l0, l1)
        ops.extend(block)
        matched += typos
        # (a word written apart is one word: "di masukkan" is no word added)
        dropped = sum(o.s1 - o.s0 for o in block if o.tag == "delete")
        added = sum(o.l1 - o.l0 for o in block if o.tag == "insert")
        extra = dropped - added
        # words of the short one hanging over an end of the long one are no drop: they
        # are not in the other statement at all. A word dropped and another added in the
        # same run (around a typo: "tujuh xxx kemarin" / "tujuh kemarim yyy") are a word
        # changed, not nothing
        edits += (changed + min(dropped, added)
                  + (1.0 if edge and extra > 0 else INDEL) * abs(extra))
        pending.clear()

    for o in Indel.opcodes(short, long[lo:hi]):
        if o.tag == "equal":
            flush(edge=not ops)
            ops.append(Op("equal", o.src_start, o.src_end, o.dest_start + lo, o.dest_end + lo))
            matched += o.src_end - o.src_start
        else:
            pending.append(o)
    flush(edge=True)
    return ops, matched, edits


def _block(short: Sequence[str], long: Sequence[str], s0: int, s1: int, l0: int, l1: int
           ) -> tuple[list[Op], int, int]:
    """Words ``short[s0:s1]`` where ``long[l0:l1]`` stands: pair typos in order, then pair
    what is left as changed words; the rest was dropped or added.
    Returns (ops, typos, changed words)."""
    ops: list[Op] = []
    typos = changed = 0
    i, j = s0, l0
    while i < s1 or j < l1:
        if joined(short, i, s1, long, j, l1):
            ops.append(Op("typo", i, i + 2, j, j + 1))
            typos += 1
            i, j = i + 2, j + 1
            continue
        if joined(long, j, l1, short, i, s1):
            ops.append(Op("typo", i, i + 1, j, j + 2))
            typos += 1
            i, j = i + 1, j + 2
            continue
        if i < s1 and j < l1 and is_typo(short[i], long[j]):
            ops.append(Op("typo", i, i + 1, j, j + 1))
            typos += 1
            i, j = i + 1, j + 1
            continue
        # a typo further on? then what comes before it on the other side was added/dropped
        ahead_long = next((k for k in range(j + 1, l1) if i < s1 and is_typo(short[i], long[k])),
                          None)
        ahead_short = next((k for k in range(i + 1, s1) if j < l1 and is_typo(short[k], long[j])),
                           None)
        if ahead_long is not None:
            ops.append(Op("insert", i, i, j, ahead_long))
            j = ahead_long
        elif ahead_short is not None:
            ops.append(Op("delete", i, ahead_short, j, j))
            i = ahead_short
        elif i < s1 and j < l1:
            ops.append(Op("replace", i, i + 1, j, j + 1))
            changed += 1
            i, j = i + 1, j + 1
        elif i < s1:
            ops.append(Op("delete", i, s1, j, j))
            i = s1
        else:
            ops.append(Op("insert", i, i, j, l1))
            j = l1
    return ops, typos, changed


def align(short: Sequence[str], long: Sequence[str], wide: bool = False) -> Alignment | None:
    """The best placement of ``short`` inside ``long`` (None if nothing lines up at all).

    rapidfuzz's ``partial_ratio_alignment`` finds where the short one sits; the window's
    ends are then moved a few words either way to the placement with the fewest words
    apart (``Indel``), so a dropped or added word near an end is an edit, not a cut.

    With ``wide`` the ends move at least ``WIDE_PAD`` words either way, and of the
    ``WIDE_TRIED`` closest windows (at most ``WIDE_SLACK`` words further apart than the
    closest) the one with the fewest edits is taken: a word changed near an end is a word
    dropped and one added to ``Indel``, as far apart as a cut of two words, so the closest
    window can cut it off ("would bring [this case]" in "would bring such a case": two
    words hanging over its end, 2 edits, where a word changed and one added are 1.5), or
    leave out a changed word's neighbours ("[I will vote] to confirm" in "I'll be voting to
    confirm": 3 edits for 1.5). Asked only where that can matter (``_wider_worth``).
    """
    if not short or not long:
        return None
    # the window is chosen with a prefix written apart joined where the other side joins it
    # (its ends then mapped back): "di masukkan" lines up with "dimasukkan"
    merged_short, merged_long = short, long
    starts: list[int] | None = None
    if not PREFIX_SET.isdisjoint(short) or not PREFIX_SET.isdisjoint(long):
        merged_short = _merged(short, long)[0]
        merged_long, starts = _merged(long, short)
    pad = max(2, len(merged_short) // 4)
    if wide:
        pad = max(pad, WIDE_PAD)
    if len(merged_short) == len(merged_long):
        candidates = [(0, len(merged_long))]
    else:
        rough = fuzz.partial_ratio_alignment(merged_short, merged_long,
                                             score_cutoff=_ROUGH_FLOOR)
        if rough is None:
            return None
        window_lo, window_hi = rough.dest_start, rough.dest_end
        size = len(merged_long)
        candidates = [(lo, hi)
                      for lo in range(max(0, window_lo - pad), min(size, window_lo + pad) + 1)
                      for hi in range(max(lo + 1, window_hi - pad), min(size, window_hi + pad) + 1)]
    distances = ((Indel.distance(merged_short, merged_long[lo:hi]), -(hi - lo), lo, hi)
                 for lo, hi in candidates)
    if not wide:
        scored = [min(distances)]
    else:
        scored = sorted(distances)[:WIDE_TRIED]
        scored = [s for s in scored if s[0] <= scored[0][0] + WIDE_SLACK]
    best: Alignment | None = None
    for _, _, lo, hi in scored:
        if starts is not None:
            lo, hi = starts[lo], starts[hi]
        found = _placed(short, long, lo, hi, pad)
        if best is None or (found.edits, -found.matched) < (best.edits, -best.matched):
            best = found
    return best


WIDE_PAD = 4  # words: how far at least ``align(wide=True)`` moves a window's ends
WIDE_SLACK = 3  # words apart more than the closest window's that ``align(wide=True)`` tries
WIDE_TRIED = 3  # the closest windows ``align(wide=True)`` aligns (each costs an ``_ops``)
#: edits over ``_part_budget`` from which no wider search is tried (``_wider_worth``): a changed
#: word cut off or its neighbours missed cost 0.5–1.5 more ("I will [vote]": 3.0 for 1.5)
WIDE_OVER = 1.5


def _placed(short: Sequence[str], long: Sequence[str], lo: int, hi: int, pad: int
            ) -> Alignment:
    """``short`` aligned with the window ``long[lo:hi]`` (``align``'s choice), or with the
    whole of ``long`` where that has fewer edits and ``long`` is nearly as short; the words
    of ``long`` hanging at the window's ends trimmed (cuts, not edits)."""
    ops, matched, edits = _ops(short, long, lo, hi)
    if (lo, hi) != (0, len(long)) and len(long) - len(short) <= 2 * pad:
        # nearly as long: the whole of the other may line up better than the best part
        whole = _ops(short, long, 0, len(long))
        if (whole[2], -whole[1]) < (edits, -matched):
            (ops, matched, edits), lo, hi = whole, 0, len(long)
    # trim words of the long side hanging at the window's ends: those are cuts, not edits
    while ops and ops[0].tag == "insert":
        edits -= INDEL * (ops[0].l1 - ops[0].l0)
        lo = ops.pop(0).l1
    while ops and ops[-1].tag == "insert":
        edits -= INDEL * (ops[-1].l1 - ops[-1].l0)
        hi = ops.pop().l0
    return Alignment((lo, hi), tuple(ops), matched, edits, len(long))


def _hangs_over(alignment: Alignment) -> bool:
    """Whether words of the short side hang over an end of ``alignment``'s window (a
    "delete" first or last): there the closest window may have cut off a changed word."""
    ops = alignment.ops
    return bool(ops) and (ops[0].tag == "delete" or ops[-1].tag == "delete")


def _wider_worth(short: Sequence[str], long: Sequence[str], alignment: Alignment) -> bool:
    """Whether ``align(wide=True)`` may find a placement with fewer edits than the closest
    one, ``alignment``, that matters: its edits are more than ``short`` may have
    (``allowed_edits``), at most ``WIDE_OVER`` over its budget (``_part_budget``), and
    words of ``short`` hang over an end of its window (``_hangs_over``)."""
    return (allowed_edits(len(short)) < alignment.edits
            <= _part_budget(short, long) + WIDE_OVER and _hangs_over(alignment))


def placement(short: Sequence[str], long: Sequence[str]) -> Alignment | None:
    """``align``, or the wider search's placement (``align(wide=True)``) where it has fewer
    edits and it is worth asking (``_wider_worth``): the differences a trail shows."""
    found = align(short, long)
    if found is None or not _wider_worth(short, long, found):
        return found
    wider = align(short, long, wide=True)
    if wider is not None and (wider.edits, -wider.matched) < (found.edits, -found.matched):
        return wider
    return found


def stock_phrase(words: Sequence[str]) -> bool:
    """Whether a quotation's keys are function words (``FUNCTION_WORDS``) and at most one
    other word, one of ``STOCK_VERBS``: a phrase anyone says ("i do not know", "what do you
    think", "saya juga tidak tahu"), no statement of its own."""
    other = None
    for word in words:
        if word not in FUNCTION_WORDS:
            if other is not None or word not in STOCK_VERBS:
                return False
            other = word
    return True


def compare(a: Sequence[str], b: Sequence[str]) -> Match | None:
    """The reason ``a`` and ``b`` (lists of keys) are the same statement, or None."""
    if len(a) < MIN_WORDS or len(b) < MIN_WORDS:
        return None
    if len(a) != len(b) and stock_phrase(a if len(a) < len(b) else b):
        # a part of many statements by many people: it joins none (R14-1); its copies (as
        # long as it) still join it: "We got her! We got her!" quoted twice is one statement
        return None
    if a == b:
        return Match("identical", 0, len(a))
    if len(a) == len(b):  # each laid along the other: the answer must not depend on which
        # is asked about first (the incremental trail and a rebuild ask in other orders)
        found = [m for m in (_compare(a, b), _compare(b, a)) if m is not None]
        return min(found, key=lambda m: (m.edits, -m.matched)) if found else None
    return _compare(a, b) if len(a) < len(b) else _compare(b, a)


def inside(short: Sequence[str], long: Sequence[str]) -> bool:
    """``short`` is one contiguous run of ``long``'s words."""
    size, first = len(short), short[0]
    at = -1
    while True:
        try:
            at = long.index(first, at + 1, len(long) - size + 1)
        except ValueError:
            return False
        if long[at:at + size] == short:
            return True


def _typo_in(word: str, long: Sequence[str]) -> bool:
    """Whether ``is_typo(word, x)`` for some word ``x`` of ``long``. A typo is within three
    letters (Levenshtein: two, or an enclitic of three added), so one rapidfuzz call over
    ``long`` rules most words out before ``is_typo`` is asked."""
    return len(word) >= 4 and any(is_typo(word, other) for other, _, _ in process.extract(
        word, long, scorer=Levenshtein.distance, score_cutoff=3, limit=None))


def _hopeless(short: Sequence[str], long: Sequence[str]) -> bool:
    """Whether ``short`` laid along ``long`` surely fails ``_compare``'s tests, from the
    words of ``short`` that no alignment can match: neither in ``long``, nor a typo of one
    of its words (``is_typo``), nor a prefix written apart or joined (``joined``). Each
    such word is a changed or dropped word in any alignment, ≥ ``INDEL`` of edits (a
    run's edits are ``changed + min(dropped, added) + INDEL or 1 × |dropped − added|``
    ≥ ``changed + INDEL × dropped``, and the inserts trimmed at a window's end take back
    only what they added), and it is no matched word. So more than ``allowed_edits / INDEL``
    of them, or so many that fewer than ``min(MIN_PART, len(short))`` words are left to
    match, and ``_compare`` answers None. Most pairs the signature gate keeps are two
    short quotations a word apart (none allowed below seven words): ``align`` cost
    ≈ 30 µs each, this ≈ 5."""
    # (``PART_LOOSE``'s half edit more is for a part that drops no word: there each word
    # missing is a word changed, a whole edit, so it leaves no more of them to spare)
    allowed = _part_budget(short, long) if len(short) <= PART_EDITED else allowed_edits(
        len(short))
    spare = min(int(allowed / INDEL), len(short) - min(MIN_PART, len(short)))
    edited_part = allowed > allowed_edits(len(short))  # (its content words all matched)
    found = set(long)
    missing = 0
    before = ""
    for word in short:
        if not (word in found or word in PREFIX_SET or (before in PREFIX_SET
                                                        and before + word in found)
                or _typo_in(word, long)
                or (word.startswith(PREFIXES) and any(
                    word.startswith(p) and word[len(p):] in found for p in PREFIXES))):
            missing += 1
            if missing > spare or (edited_part and word not in FUNCTION_WORDS):
                return True
        before = word
    return False


def _compare(short: Sequence[str], long: Sequence[str]) -> Match | None:
    """``compare`` with ``short`` laid along ``long``."""
    if len(short) < MIN_PART and len(long) > len(short):
        return None
    if (len(short) < len(long) and PREFIX_SET.isdisjoint(short)
            and PREFIX_SET.isdisjoint(long) and inside(short, long)):
        # what ``align`` finds for a part word for word (a coder's part of its passage):
        # its placement scores 100, no other as well, every word equal, nothing to trim.
        # (With a prefix written apart the words are merged first: left to ``align``.)
        return Match("part", 0.0, len(short))
    if _hopeless(short, long):
        return None
    alignment = align(short, long)
    if alignment is None:
        return None
    found = _judged(short, long, alignment)
    if found is None and _wider_worth(short, long, alignment):
        # (only where the closest placement is refused: a wider one with as few edits can
        # take in a word the closest leaves out, "What [the hell] do you have to lose?")
        wider = align(short, long, wide=True)
        if wider is not None:
            found = _judged(short, long, wider)
    return found


def _judged(short: Sequence[str], long: Sequence[str], alignment: Alignment) -> Match | None:
    """``_compare``'s answer for ``short`` laid along ``long`` at ``alignment``."""
    if alignment.matched < min(MIN_PART, len(short)):
        return None
    if alignment.edits > allowed_edits(len(short)) and not (
            alignment.edits <= _part_budget(short, long)
            and (content_kept(short, long, alignment, everything=True)
                 if len(short) <= PART_EDITED else _trimmed(alignment))
            and _negations_kept(short, long, alignment)):
        return None
    if alignment.edits and not content_kept(short, long, alignment):
        return None
    return Match("part" if alignment.partial else "edited", alignment.edits, alignment.matched)


def _trimmed(alignment: Alignment) -> bool:
    """Whether ``alignment`` is of a part cut from the longer quotation (``partial``) that
    has no word the longer one lacks where it stands (no "delete"): the longer one's words
    dropped, or changed, as an outlet trims a statement (``PART_LOOSE``). A part that adds
    a word is as often the statement said again in other words (two translations: "We
    will also not allow our interests to be ignored" / "we won't allow our interests to be
    flagrantly stepped on and ignored")."""
    return alignment.partial and all(op.tag != "delete" for op in alignment.ops)


def content_kept(short: Sequence[str], long: Sequence[str], alignment: Alignment,
                 everything: bool = False) -> bool:
    """Whether the alignment matches at least ``CONTENT_KEPT`` of the content words (keys
    not in ``FUNCTION_WORDS``) of ``short`` and of the run of ``long`` it covers (with
    ``everything``: every content word of ``short``). A side without content words keeps
    them all."""
    lo, hi = alignment.window
    content_short = sum(word not in FUNCTION_WORDS for word in short)
    content_long = sum(word not in FUNCTION_WORDS for word in long[lo:hi])
    kept_short = kept_long = 0
    for op in alignment.ops:
        if op.tag == "equal" or op.tag == "typo":
            kept_short += sum(word not in FUNCTION_WORDS for word in short[op.s0:op.s1])
            kept_long += sum(word not in FUNCTION_WORDS for word in long[op.l0:op.l1])
    if everything and kept_short < content_short:
        return False
    return (kept_short >= CONTENT_KEPT * content_short
            and kept_long >= CONTENT_KEPT * content_long)


def _negations_kept(short: Sequence[str], long: Sequence[str], alignment: Alignment) -> bool:
    """Whether no edit of the alignment drops, adds or changes a negation (``NEGATION``)
    and none stands just before the run of ``long`` it covers, or before the words of
    ``short`` hanging over that edge ("[had] communications" in "did not have
    communications")."""
    lo, ops = alignment.window[0], alignment.ops
    over = ops[0].s1 if ops and ops[0].tag == "delete" and ops[0].s0 == 0 else 0
    if not NEGATION.isdisjoint(long[max(0, lo - 1 - over):lo]):
        return False
    return not any(op.tag not in ("equal", "typo") and (
        not NEGATION.isdisjoint(short[op.s0:op.s1])
        or not NEGATION.isdisjoint(long[op.l0:op.l1])) for op in alignment.ops)


def edited_part(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether ``compare`` joins ``a`` and ``b`` (keys) only as a part of ``PART_EDITED``
    words or fewer with an edit (``PART_EDITED``): a link the trail keeps only where the
    two quotations' speakers can be one person (``cluster.by_speaker``)."""
    if min(len(a), len(b)) > PART_EDITED or len(a) == len(b):
        return False
    found = compare(a, b)
    return found is not None and found.edits > 0


def same_statement(a: str, b: str) -> bool:
    """``compare`` for two texts (handy in tests and the evaluation)."""
    from .text import keys

    return compare(keys(a), keys(b)) is not None
