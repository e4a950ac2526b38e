"""Claim candidates: sentences outside quotations that report an assertion or carry a
figure, date or comparison — the statements a fact-checker would want to look at."""

from __future__ import annotations

import re

from ..models import Suggestion
from .attribution import sentence_end
from .lexicon import EN_CLAIM_VERBS, ID_CLAIM_VERBS

_WORD = re.compile(r"[^\W\d_]+")
_PERCENT = re.compile(r"\d\s?%|\b(?:persen|percent|per cent|percentage points?)\b", re.I)
_FIGURE = re.compile(
    r"\d|\b(?:juta|jutaan|miliar|triliun|ribu|ribuan|ratusan|puluhan|million|millions|billion|"
    r"billions|trillion|thousands?|hundreds|dozens|setengah|separuh|half|twice|dua kali lipat)\b|"
    r"\b(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|two|three|four|five|six|"
    r"seven|eight|nine|ten)\s+(?:minggu|hari|bulan|tahun|kali|orang|weeks?|days?|months?|"
    r"years?|times|people)\b",
    re.I,
)
_DATE = re.compile(
    r"\b(?:19|20)\d\d\b|\b\d{1,2}/\d{1,2}\b|\b(?:januari|februari|maret|april|mei|juni|juli|"
    r"agustus|september|oktober|november|desember|january|february|march|june|july|august|"
    r"october|december)\b",
    re.I,
)
_COMPARE = re.compile(
    r"\b(?:lebih\s+\w+\s+(?:dari|daripada|ketimbang)|lebih dari|kurang dari|more than|"
    r"less than|fewer than|\w+er than|ter(?:besar|tinggi|rendah|banyak|buruk|baik|cepat|kecil)|"
    r"(?:larg|high|low|bigg|fast|small)est|worst|record|naik|turun|meningkat|menurun|"
    r"melonjak|anjlok|rose|fell|increased|decreased|doubled|tripled|surged|plunged|"
    r"jumped|dropped|compared with|dibandingkan)\b",
    re.I,
)
_ASSERT = ID_CLAIM_VERBS | EN_CLAIM_VERBS


def _sentences(text: str, lo: int, hi: int):
    pos = lo
    while pos < hi:
        end = sentence_end(text, pos, hi)
        a, b = pos, end
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            yield a, b
        pos = end


def _reasons(sentence: str) -> tuple[list[str], float]:
    reasons, score = [], 0.0
    verb = next((w for w in _WORD.findall(sentence) if w.lower() in _ASSERT), None)
    if verb:
        reasons.append(f"reported assertion: '{verb}'")
        score = 0.6
    if _PERCENT.search(sentence):
        reasons.append("contains a percentage")
        score = max(score, 0.55)
    elif _FIGURE.search(_DATE.sub(" ", sentence)):
        reasons.append("contains a figure")
        score = max(score, 0.55)
    if _DATE.search(sentence):
        reasons.append("contains a date")
        score = max(score, 0.35)
    m = _COMPARE.search(sentence)
    if m:
        reasons.append(f"makes a comparison: '{m.group()}'")
        score = max(score, 0.5)
    if len(reasons) > 1:
        score = min(0.85, score + 0.1 * (len(reasons) - 1))
    return reasons, score


def find_claims(
    text: str, paras: list[tuple[int, int]], quoted: list[tuple[int, int]], language: str = ""
) -> list[Suggestion]:
    """One claim suggestion per sentence with a reason, skipping quotation sentences.

    ``language`` is accepted for future per-language lists; both languages' words are used.
    """
    out = []
    qi = 0
    for lo, hi in paras:
        for a, b in _sentences(text, lo, hi):
            while qi < len(quoted) and quoted[qi][1] <= a:
                qi += 1
            if qi < len(quoted) and quoted[qi][0] < b:
                continue
            sentence = text[a:b]
            n_words = len(_WORD.findall(sentence))
            if n_words < 5 or (n_words < 8 and sentence[-1:] not in ".!?"):
                continue
            reasons, score = _reasons(sentence)
            if reasons:
                out.append(Suggestion("claim", a, b, sentence, reason="; ".join(reasons),
                                      confidence=round(score, 2)))
    return out
