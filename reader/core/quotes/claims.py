"""Claim candidates: sentences outside quotations that report an assertion or carry a
figure, date or comparison — the statements a fact-checker would want to look at."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import Final

from ..messages import Message, joined
from ..models import Suggestion
from .attribution import sentence_ends
from .lexicon import EN_CLAIM_VERBS, ID_CLAIM_VERBS
from .names import LetterRuns, indexed, letter_runs

_WORD: Final = re.compile(r"[^\W\d_][^\W\d_]*")
# \b(?:19|20)\d\d\b|\b\d{1,2}/\d{1,2}\b, opening with its first digit (a search skips to the
# digits; a pattern opening with \b is tried at every offset)
_YEAR_OR_DAY: Final = re.compile(r"\d(?<!\w\d)(?:(?<=1)9\d\d\b|(?<=2)0\d\d\b|\d?/\d{1,2}\b)")
_PERCENT_WORDS: Final = frozenset("persen percent".split())
_NUMBER_WORDS: Final = frozenset(
    "juta jutaan miliar triliun ribu ribuan ratusan puluhan million millions billion billions "
    "trillion thousand thousands hundreds dozens setengah separuh half twice".split()
)
_NUMERALS: Final = frozenset(
    "dua tiga empat lima enam tujuh delapan sembilan sepuluh two three four five six seven "
    "eight nine ten".split()
)
_UNITS = frozenset(
    "minggu hari bulan tahun kali orang week weeks day days month months year years times "
    "people".split()
)
_MONTHS: Final = frozenset(
    "januari februari maret april mei juni juli agustus september oktober november desember "
    "january february march june july august october december".split()
)
_COMPARE_WORDS: Final = frozenset(
    "terbesar tertinggi terendah terbanyak terburuk terbaik tercepat terkecil largest highest "
    "lowest biggest fastest smallest worst record naik turun meningkat menurun melonjak anjlok "
    "rose fell increased decreased doubled tripled surged plunged jumped dropped "
    "dibandingkan".split()
)
_COMPARE_PAIRS: Final = frozenset(
    [("lebih", "dari"), ("kurang", "dari"), ("more", "than"), ("less", "than"),
     ("fewer", "than"), ("compared", "with"), ("compared", "to")]
)
_ASSERT: Final = ID_CLAIM_VERBS | EN_CLAIM_VERBS


# a sentence can make a comparison only if it has one of these words
_COMPARE_TRIGGERS: Final = (_COMPARE_WORDS | {a for a, _b in _COMPARE_PAIRS}
                            | {"than", "lebih"})


def _comparison(words: list[str]) -> str:
    for k, w in enumerate(words):
        if w in _COMPARE_WORDS:
            return w
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if (w, nxt) in _COMPARE_PAIRS or (nxt == "than" and w.endswith("er")):
            return f"{w} {nxt}"
        if w == "lebih" and k + 2 < len(words) and words[k + 2] in ("dari", "daripada"):
            return f"lebih {nxt} {words[k + 2]}"
    return ""


def _sentences(text: str, lo: int, hi: int) -> Iterator[tuple[int, int]]:
    pos = lo
    ends = sentence_ends(text, lo, hi)
    while pos < hi:
        end = next(ends, hi)
        a, b = pos, end
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            yield a, b
        pos = end


_DIGIT: Final = re.compile(r"[\d¹²³⁴-⁹⁰]")  # what str.isdigit() counts (“m²” too)


def _reasons(sentence: str, raw: list[str] | None = None) -> tuple[list[str], float]:
    reasons: list[str] = []
    score = 0.0
    if raw is None:
        raw = _WORD.findall(sentence)
    words = [w.lower() for w in raw]
    present = set(words)
    # (set tests by isdisjoint: no set is made for a yes or no)
    verb = (next((w for w in raw if w.lower() in _ASSERT), None)
            if not present.isdisjoint(_ASSERT) else None)
    if verb:
        reasons.append(Message("why.assertion", "reported assertion: '{verb}'", verb=verb))
        score = 0.6
    has_digit = _DIGIT.search(sentence) is not None
    dated = not present.isdisjoint(_MONTHS) or (
        has_digit and _YEAR_OR_DAY.search(sentence) is not None
    )
    if "%" in sentence or not present.isdisjoint(_PERCENT_WORDS):
        reasons.append(Message("why.percentage", "contains a percentage"))
        score = max(score, 0.55)
    elif (
        (has_digit and _DIGIT.search(_YEAR_OR_DAY.sub(" ", sentence)) is not None)
        or not present.isdisjoint(_NUMBER_WORDS)
        or (not present.isdisjoint(_NUMERALS) and not present.isdisjoint(_UNITS) and any(
            a in _NUMERALS and b in _UNITS for a, b in zip(words, words[1:], strict=False)))
    ):
        reasons.append(Message("why.figure", "contains a figure"))
        score = max(score, 0.55)
    if dated:
        reasons.append(Message("why.date", "contains a date"))
        score = max(score, 0.35)
    compared = _comparison(words) if not present.isdisjoint(_COMPARE_TRIGGERS) else ""
    if compared:
        reasons.append(Message("why.comparison", "makes a comparison: '{compared}'",
                               compared=compared))
        score = max(score, 0.5)
    if len(reasons) > 1:
        score = min(0.85, score + 0.1 * (len(reasons) - 1))
    return reasons, score


def _runs_inside(runs: LetterRuns, a: int, b: int) -> list[str] | None:
    """``_WORD.findall(text[a:b])`` from the text's runs of letters (``_WORD``'s matches in
    the whole text): the runs from a to b, or None when one runs over a or b (cut there, a
    run would read as a shorter word)."""
    i = bisect.bisect_left(runs.starts, a)  # (the runs starting at a or after)
    j = bisect.bisect_left(runs.starts, b, i)  # (and before b: i..j-1)
    if (i and runs.ends[i - 1] > a) or (j > i and runs.ends[j - 1] > b):
        return None
    return runs.words[i:j]


def find_claims(
    text: str, paras: list[tuple[int, int]], quoted: list[tuple[int, int]], language: str = ""
) -> list[Suggestion]:
    """One claim suggestion per sentence with a reason, skipping quotation sentences.

    ``language`` is accepted for future per-language lists; both languages' words are used.
    """
    out = []
    qi = 0
    # (the article's runs of letters, when the cast's token index holds them: no pass over
    # each sentence's characters again)
    runs = letter_runs(text) if indexed(text) else None
    for lo, hi in paras:
        for a, b in _sentences(text, lo, hi):
            while qi < len(quoted) and quoted[qi][1] <= a:
                qi += 1
            if qi < len(quoted) and quoted[qi][0] < b:
                continue
            sentence = text[a:b]
            raw = _runs_inside(runs, a, b) if runs is not None else None
            if raw is None:
                raw = _WORD.findall(sentence)
            if len(raw) < 5 or (len(raw) < 8 and sentence[-1:] not in ".!?"):
                continue
            reasons, score = _reasons(sentence, raw)
            if reasons:
                out.append(Suggestion("claim", a, b, sentence, reason=joined(reasons),
                                      confidence=round(score, 2)))
    return out
