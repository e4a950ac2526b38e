"""Build the article's cast: every person named outside quotations, with roles and the
places they are mentioned, so short names and pronouns can be resolved later.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass

from .lexicon import EN_VERBS, ID_POST_VERBS, ID_SUBJECT_VERBS
from .names import People, Phrase, parse_backward, parse_forward, split_phrase, tokens

_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
_CAP = rf"(?:[{_UP}][\w'’.\-]*|\([{_UP}][\w.\-]*\))"
_RUN = re.compile(
    rf"{_CAP}(?:[ \t]+(?:(?:bin|binti|van|von|de|der|da|al|el|ibn|abu|of)[ \t]+)?{_CAP})*"
)
_SPEECH = EN_VERBS | ID_SUBJECT_VERBS | ID_POST_VERBS
_WORD = re.compile(r"[^\W\d_]+")
_CAP_WORD = re.compile(rf"[{_UP}][\w'’\-]*")


@dataclass
class Event:
    """Somebody is reported as speaking at ``pos`` (an indirect or direct attribution)."""

    pos: int
    speaker: str
    role: str


class Regions:
    """Sorted, non-overlapping (start, end) regions, e.g. quotations, for fast membership."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.starts = [a for a, _ in spans]
        self.ends = [b for _, b in spans]

    def inside(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]


def _headline(text: str, lo: int, hi: int) -> bool:
    """A title-case line without a full stop (headline, byline, credit)."""
    words = text[lo:hi].split()
    if text[hi - 1 : hi] in ".!?\"”’»" or not words:
        return False
    return sum(w[:1].isupper() for w in words) >= 0.6 * len(words)


def build_cast(
    text: str, quoted: Regions, aliases: dict[str, str], paras: list[tuple[int, int]]
) -> tuple[People, list[Event]]:
    """Names, roles, mentions and speech events found outside quotations."""
    people = People(aliases={k.lower(): v for k, v in (aliases or {}).items()})
    for lo, hi in paras:
        if _headline(text, lo, hi):
            continue
        for m in _RUN.finditer(text, lo, hi):
            if quoted.inside(m.start()):
                continue
            piece: list[tuple[str, int, int]] = []
            for tok in [*tokens(text, m.start(), m.end()), (".", 0, 0)]:
                if tok[0] != ".":
                    piece.append(tok)
                    continue
                phrase = split_phrase(piece)
                if 2 <= len(phrase.name.split()) <= 4:
                    people.add_person(phrase.name, phrase.role)
                piece = []
    spoken: list[tuple[int, Phrase]] = []
    for m in _WORD.finditer(text):
        if m.group().lower() not in _SPEECH or quoted.inside(m.start()):
            continue
        verb = m.group()
        if verb.lower() in ID_POST_VERBS:
            phrase = parse_forward(text, m.end() + 1, len(text)) if verb.islower() else None
        else:
            phrase = parse_backward(text, m.start(), max(0, m.start() - 200))
            if not phrase.name and verb.lower() in EN_VERBS:
                phrase = parse_forward(text, m.end() + 1, len(text))
        if phrase and phrase.name:
            spoken.append((m.start(), phrase))
    for _, phrase in spoken:
        people.add_person(phrase.name, phrase.role)
    _trim_names(text, people, {p.name for _, p in spoken if " " not in p.name})
    for _, phrase in spoken:
        people.add_person(people.renamed.get(phrase.name, phrase.name), phrase.role, True)
    _mentions(text, quoted, people)
    events = []
    for pos, phrase in spoken:
        speaker, role = people.resolve(phrase, pos)
        if speaker:
            people.mention(pos, speaker, salient=True)
            events.append(Event(pos, speaker, role))
    return people, events


def _trim_names(text: str, people: People, short_refs: set[str]) -> None:
    """Cut organisation words glued to a name ("Kapten Persib Marc Klok" → "Marc Klok"):
    a later short reference ("ujar Yuli") marks where the name starts, and a leading word
    the article also uses on its own ("Persib") is not part of the name."""
    counts = Counter(_CAP_WORD.findall(text))
    for full in list(people.roles):
        toks = full.split()
        if len(toks) < 3:
            continue
        cut = next((k for k in range(1, len(toks) - 1) if toks[k] in short_refs), 0)
        while (
            len(toks) - cut >= 3
            and toks[cut] not in short_refs
            and counts[toks[cut]] - text.count(f"{toks[cut]} {toks[cut + 1]}") >= 2
        ):
            cut += 1
        if cut:
            new = " ".join(toks[cut:])
            role = " ".join(filter(None, [people.roles[full], *toks[:cut]]))
            del people.roles[full]
            people.roles.setdefault(new, role)
            people.renamed[full] = new
            people._index_size = -1


def _sentence_initial(text: str, pos: int) -> bool:
    """Is the mention at pos the subject phrase opening its sentence?"""
    lo = max(text.rfind("\n", 0, pos) + 1, pos - 120)
    head = text[lo:pos]
    for stop in (". ", "! ", "? ", ", "):
        k = head.rfind(stop)
        if k >= 0:
            head = head[k + 2 :]
    words = head.split()
    return len(words) <= 5 and all(w[:1].isupper() or w in ("of", "for", "dan") for w in words)


def _mentions(text: str, quoted: Regions, people: People) -> None:
    keys: dict[str, str] = {}
    owners: Counter[str] = Counter()
    for full in people.roles:
        parts = full.split()
        keys.setdefault(full, full)
        if len(parts) >= 2:
            for part in set(parts):
                if len(part) >= 3 and part[:1].isupper():
                    owners[part] += 1
                    keys.setdefault(part, full)
    for part, n in owners.items():
        if n > 1 and part not in people.roles:
            keys.pop(part, None)
    if not keys:
        return
    pattern = re.compile(
        r"\b(?:" + "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True)) + r")\b"
    )
    for m in pattern.finditer(text):
        if not quoted.inside(m.start()):
            salient = _sentence_initial(text, m.start())
            people.mention(m.start(), people.canonical(keys[m.group()]), salient)
