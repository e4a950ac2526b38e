"""Build the article's cast: every person named outside quotations, with roles and the
places they are mentioned, so short names and pronouns can be resolved later.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .lexicon import EN_VERBS, ID_POST_VERBS, ID_SUBJECT_VERBS
from .names import People, parse_backward, parse_forward, split_phrase, tokens

_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
_CAP = rf"(?:[{_UP}][\w'’.\-]*|\([{_UP}][\w.\-]*\))"
_RUN = re.compile(rf"{_CAP}(?:\s+(?:(?:bin|binti|van|von|de|der|da|al|el|ibn|abu|of)\s+)?{_CAP})*")
_VERBS = re.compile(
    r"\b(?:" + "|".join(sorted(EN_VERBS | ID_SUBJECT_VERBS | ID_POST_VERBS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)


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


def build_cast(
    text: str, quoted: Regions, aliases: dict[str, str]
) -> tuple[People, list[Event]]:
    """Names, roles, mentions and speech events found outside quotations."""
    people = People(aliases={k.lower(): v for k, v in (aliases or {}).items()})
    for m in _RUN.finditer(text):
        if quoted.inside(m.start()):
            continue
        phrase = split_phrase(tokens(text, m.start(), m.end()))
        if len(phrase.name.split()) >= 2:
            people.add_person(phrase.name, phrase.role)
    spoken = []
    for m in _VERBS.finditer(text):
        if quoted.inside(m.start()):
            continue
        verb = m.group()
        if verb.lower() in ID_POST_VERBS:
            phrase = parse_forward(text, m.end() + 1, len(text)) if verb.islower() else None
        else:
            phrase = parse_backward(text, m.start(), max(0, m.start() - 200))
            if not phrase.name and verb.lower() in EN_VERBS:
                phrase = parse_forward(text, m.end() + 1, len(text))
        if phrase and phrase.name:
            people.add_person(phrase.name, phrase.role, single_ok=True)
            spoken.append((m.start(), phrase))
    _mentions(text, quoted, people)
    events = []
    for pos, phrase in spoken:
        speaker, role = people.resolve(phrase, pos)
        if speaker:
            people.mention(pos, speaker)
            events.append(Event(pos, speaker, role))
    return people, events


def _mentions(text: str, quoted: Regions, people: People) -> None:
    keys: dict[str, str] = {}
    for full in people.roles:
        keys.setdefault(full, full)
        last = full.split()[-1]
        if len(last) >= 3 and len(full.split()) >= 2:
            keys.setdefault(last, full)
    if not keys:
        return
    pattern = re.compile(
        r"\b(?:" + "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True)) + r")\b"
    )
    for m in pattern.finditer(text):
        if not quoted.inside(m.start()):
            people.mention(m.start(), people.canonical(keys[m.group()]))
