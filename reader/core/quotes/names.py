"""Read speaker phrases (“Menlu Rusia Sergey Lavrov”) into a name and a role, and resolve
short names (“Lavrov”), roles (“Menlu Rusia”) and pronouns to one canonical person.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from .lexicon import (
    GEO_WORDS,
    HONORIFICS,
    NAME_PARTICLES,
    NOT_NAME_WORDS,
    ORG_WORDS,
    PORTFOLIO_WORDS,
    ROLE_WORDS,
)

TOKEN = re.compile(r"[^\W_][\w'’.\-]*|[(),:;]")
_ABBREV = re.compile(
    r"^(?:[A-Z]\.)+$|^(?:dr|prof|gen|col|lt|sen|rep|gov|mr|mrs|ms|st|jr|sr)\.$", re.I
)
_CONNECTORS = frozenset("of for the dan and untuk bidang urusan".split())
_ARTICLES = frozenset("a an the".split())


@dataclass
class Phrase:
    """A speaker phrase split into its personal name and its role description."""

    name: str = ""
    role: str = ""
    start: int = -1
    end: int = -1


def tokens(text: str, lo: int, hi: int) -> list[tuple[str, int, int]]:
    """Word tokens in text[lo:hi] with offsets; a sentence-final period is cut off."""
    out = []
    for m in TOKEN.finditer(text, lo, hi):
        word, a, b = m.group(), m.start(), m.end()
        if word.endswith(".") and not _ABBREV.match(word):
            word, b = word.rstrip("."), b - (len(word) - len(word.rstrip(".")))
            out.append((word, a, b))
            out.append((".", b, b + 1))
            continue
        out.append((word, a, b))
    return out


def is_cap(word: str) -> bool:
    return word[:1].isupper()


def is_nameish(word: str) -> bool:
    """Could be part of a personal name (not a role, place, organisation or acronym)."""
    low = word.lower().rstrip(".")
    if not is_cap(word) or low in ROLE_WORDS or low in GEO_WORDS or low in ORG_WORDS:
        return False
    if low in NOT_NAME_WORDS or low in PORTFOLIO_WORDS:
        return False
    letters = word.replace(".", "").replace("-", "")
    return not (len(letters) >= 2 and letters.isupper())


def _is_initial(word: str) -> bool:
    """A middle initial such as the "A" in "Rivan A Purwantono"."""
    return len(word.rstrip(".")) == 1 and word[:1].isupper()


def _phrase_word(word: str) -> bool:
    return is_cap(word) or word.lower() in ROLE_WORDS or word in "()"


def split_phrase(toks: list[tuple[str, int, int]]) -> Phrase:
    """Trailing run of name-like words is the name; what comes before it is the role."""
    while toks and (toks[0][0].lower() in NOT_NAME_WORDS or toks[0][0].lower() in _CONNECTORS):
        if toks[0][0].lower() in HONORIFICS:
            break
        toks = toks[1:]
    while toks and (toks[-1][0].lower() in _CONNECTORS or toks[-1][0] == "("):
        toks = toks[:-1]
    if not toks:
        return Phrase()
    i = len(toks)
    while i > 0 and (
        is_nameish(toks[i - 1][0])
        or (_is_initial(toks[i - 1][0]) and i < len(toks) and i - 1 > 0)
        or (toks[i - 1][0] in NAME_PARTICLES and i < len(toks) and i - 1 > 0)
    ):
        i -= 1
    while i < len(toks) and (toks[i][0] in NAME_PARTICLES or _is_initial(toks[i][0])):
        i += 1
    for j in range(len(toks) - 2, 0, -1):
        if toks[j][0] in ("of", "from", "dari") and is_nameish(toks[j - 1][0]):
            head = split_phrase(toks[:j])
            if head.name:
                head.role = " ".join(filter(None, [head.role, _join(toks[j:])]))
                head.end = toks[-1][2]
                return head
    name_toks = toks[i:]
    role_toks = [t for t in toks[:i] if t[0].lower() not in HONORIFICS]
    name = " ".join(t[0] for t in name_toks)
    role = ""
    if role_toks:
        role = _join(role_toks)
        if role.lower() in NOT_NAME_WORDS:
            role = ""
    return Phrase(name, role, toks[0][1], toks[-1][2])


def _join(toks: list[tuple[str, int, int]]) -> str:
    out = ""
    for w, _a, _b in toks:
        if not out or w == ")" or out.endswith("("):
            out += w
        else:
            out += " " + w
    return out


def parse_forward(text: str, pos: int, hi: int) -> Phrase:
    """Speaker phrase starting at pos, as in “… kata Menlu Rusia Sergey Lavrov, …”."""
    toks = tokens(text, pos, min(hi, pos + 120))
    taken: list[tuple[str, int, int]] = []
    for k, (w, a, b) in enumerate(toks):
        low = w.lower()
        if _phrase_word(w) or (not taken and low in _ARTICLES):
            taken.append((w, a, b))
        elif low in NAME_PARTICLES and taken and k + 1 < len(toks) and is_cap(toks[k + 1][0]):
            taken.append((w, a, b))
        elif low in _CONNECTORS and taken and k + 1 < len(toks) and _phrase_word(toks[k + 1][0]):
            taken.append((w, a, b))
        else:
            break
    phrase = split_phrase(taken)
    if phrase.name and not phrase.role:
        phrase.role = _apposition(text, phrase.end, hi)
    return phrase


def _apposition(text: str, pos: int, hi: int) -> str:
    """Role given after a comma: “said John Smith, a spokesman for the ministry.”"""
    age = re.match(r"(?:,\s*\d{1,3}\b|\s*\(\d{1,3}\))", text[pos : pos + 8])
    if age:
        pos += age.end()
    m = re.match(r",\s+", text[pos : pos + 3])
    if not m:
        return ""
    start = pos + m.end()
    toks = tokens(text, start, min(hi, start + 160))
    if not toks:
        return ""
    first = toks[0][0].lower()
    if first not in _ARTICLES and first not in ROLE_WORDS:
        return ""
    taken = []
    for w, a, b in toks[:14]:
        if w in ",.;:":
            break
        taken.append((w, a, b))
    if taken and taken[0][0].lower() in _ARTICLES:
        taken = taken[1:]
    return _join(taken)


_DESCRIBED = re.compile(r"(?<!\w)(?:[Aa]n?|[Tt]he)\s+([^,.;:“”\"«»]{1,60}?)\s*$")


def describe_backward(text: str, lo: int, pos: int) -> Phrase:
    """An unnamed speaker before a verb: “A spokesperson for the group said: …”."""
    m = _DESCRIBED.search(text, max(lo, pos - 80), pos)
    if not m or not any(w.lower() in ROLE_WORDS for w in m.group(1).split()):
        return Phrase()
    return Phrase("", m.group(1), m.start(1), m.end(1))


_SKIP_BACK = frozenset(
    "juga pun kemudian lalu telah sudah pernah sebelumnya kembali also later earlier "
    "previously has had have would will then again once".split()
)


def parse_backward(text: str, pos: int, lo: int) -> Phrase:
    """Speaker phrase ending at pos, as in “Asisten Menlu AS Karen Donfried mengatakan”."""
    toks = tokens(text, max(lo, pos - 120), pos)
    while toks and toks[-1][0].lower() in _SKIP_BACK:
        toks.pop()
    if toks and toks[-1][0] == ",":
        toks.pop()
    if len(toks) >= 3 and toks[-1][0] == ")" and toks[-2][0].isdigit() and toks[-3][0] == "(":
        del toks[-3:]
    if len(toks) >= 2 and toks[-1][0] == "," and toks[-2][0].isdigit():
        del toks[-2:]
    if toks and toks[-1][0] == ",":
        toks.pop()
    taken: list[tuple[str, int, int]] = []
    crossed_comma = False
    k = len(toks) - 1
    while k >= 0:
        w = toks[k][0]
        low = w.lower()
        if _phrase_word(w):
            taken.insert(0, toks[k])
        elif low in NAME_PARTICLES and taken and is_cap(taken[0][0]):
            taken.insert(0, toks[k])
        elif low in _CONNECTORS and taken and k > 0 and _phrase_word(toks[k - 1][0]):
            taken.insert(0, toks[k])
        elif w == "," and not crossed_comma and taken and not split_phrase(taken).name:
            crossed_comma = True
            role_part = taken
            taken = []
            k -= 1
            while k >= 0 and (is_cap(toks[k][0]) or toks[k][0].lower() in NAME_PARTICLES):
                taken.insert(0, toks[k])
                k -= 1
            head = split_phrase(taken)
            if head.name:
                head.role = head.role or _join(role_part)
                return head
            return split_phrase(role_part)
        elif low in _ARTICLES and taken and k > 0 and toks[k - 1][0] == "," and not crossed_comma:
            # “Mike Lee, a Utah Republican, said”: the article opens an apposition.
            taken.insert(0, toks[k])
            k -= 1
            continue
        else:
            break
        k -= 1
    return split_phrase(taken)


@dataclass
class People:
    """Who the article names, where, and how the user's aliases map onto them."""

    aliases: dict[str, str] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)  # full name -> first role seen
    mention_pos: list[int] = field(default_factory=list)
    mention_who: list[str] = field(default_factory=list)
    mention_salient: list[bool] = field(default_factory=list)
    renamed: dict[str, str] = field(default_factory=dict)
    _canon: list[str] | None = None
    _seen: dict[str, str] = field(default_factory=dict)  # canonical() cache
    _index: dict[str, list[str]] = field(default_factory=dict)
    _index_size: int = -1

    def add_person(self, name: str, role: str = "", single_ok: bool = False) -> None:
        """Register a person; a lone word only when a speech verb vouches for it."""
        if len(name.split()) < 2:
            if not single_ok or self._full_name(name, -1) != name:
                return
        if name not in self.roles:
            self.roles[name] = role
            self._index_size = -1
        elif role and not self.roles[name]:
            self.roles[name] = role

    def mention(self, pos: int, who: str, salient: bool = False) -> None:
        i = bisect.bisect(self.mention_pos, pos)
        self.mention_pos.insert(i, pos)
        self.mention_who.insert(i, who)
        self.mention_salient.insert(i, salient)

    def last_before(self, pos: int, window: int = 1500) -> str:
        """Who a pronoun points to: the last subject or speaker named, else the last name."""
        i = bisect.bisect_left(self.mention_pos, pos)
        for k in range(i - 1, -1, -1):
            if pos - self.mention_pos[k] > window:
                break
            if self.mention_salient[k]:
                return self.mention_who[k]
        return self.mention_who[i - 1] if i else ""

    def resolve(self, phrase: Phrase, pos: int = -1) -> tuple[str, str]:
        """(canonical speaker, role) for a parsed phrase; ("", "") when there is nobody."""
        name, role = phrase.name, phrase.role
        for key in (f"{role} {name}".strip(), name, role):
            hit = self.aliases.get(key.lower()) if key else None
            if hit:
                return hit, role or self.roles.get(hit, "")
        if name:
            full = self._full_name(name, pos)
            canon = self.canonical(full)
            if name in self.renamed:
                role = self.roles.get(full, "") or role
            return canon, role or self.roles.get(full, "") or self.roles.get(canon, "")
        if role:
            for person, person_role in self.roles.items():
                if not person_role or len(role.split()) < 2:
                    continue
                if fuzz.token_set_ratio(role.lower(), person_role.lower()) >= 90:
                    return self.canonical(person), role
            return role, role
        return "", ""

    def _full_name(self, name: str, pos: int) -> str:
        name = self.renamed.get(name, name)
        if name in self.roles and len(name.split()) >= 2:
            return name
        parts = name.split()
        if self._index_size < 0:
            self._index = {full: full.split() for full in self.roles}
            self._index_size = len(self.roles)
        candidates = [
            full for full, split in self._index.items()
            if len(split) > len(parts) and split[-len(parts):] == parts
            or (len(parts) == 1 and parts[0] in split)
        ]
        if not candidates:
            return name
        if len(candidates) > 1 and pos >= 0:
            i = bisect.bisect_left(self.mention_pos, pos)
            for who in reversed(self.mention_who[:i]):
                if who in candidates:
                    return who
        return candidates[0]

    def canonical(self, name: str) -> str:
        """The user's canonical spelling for a name (alias or close variant), else the name."""
        hit = self.aliases.get(name.lower()) or self._seen.get(name)
        if hit:
            return hit
        if self._canon is None:
            self._canon = sorted(set(self.aliases.values()))
        best = process.extractOne(
            name.lower(), self._canon, scorer=fuzz.ratio, processor=str.lower, score_cutoff=88
        )
        found = best[0] if best else name
        self._seen[name] = found
        return found
