"""When two speaker names are one person: spellings, short forms, nicknames and initials.

Outlets write one person's name differently: a transliteration ("Sergey" / "Sergei Lavrov",
"Volodymyr" / "Wolodymyr Selenskyj"), the old Indonesian spelling ("Soeharto" / "Suharto"),
the surname alone ("Lavrov"), a nickname made of the name's first syllables ("Jokowi" for
"Joko Widodo") or its initials ("SBY" for "Susilo Bambang Yudhoyono"). ``same_person`` says
which of these (if any) makes two names one person; ``likely_variants`` finds, among a
library's speakers, the pairs worth offering to merge; ``persons`` groups the names a quote
trail's outlets gave into people, so only different *people* are called a disagreement.

Two names with the same surname but other given names ("Joko Widodo", "Iriana Widodo") are
different people; a given name is the same when it is spelled alike (rapidfuzz's ratio on
the names' transliteration keys) or one is the other's initial.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

#: how alike two given names' keys must be (rapidfuzz ratio, 0-100) to be one spelling
GIVEN_ALIKE = 80
#: the same for surnames, which carry the most weight (and must be 5 letters or more)
SURNAME_ALIKE = 86

# Transliteration and old-spelling pairs read as one sound (applied in order, both sides).
_SOUNDS = (("dzh", "j"), ("dj", "j"), ("tch", "ch"), ("tsch", "ch"), ("sch", "sh"),
           ("kh", "h"), ("ks", "x"), ("ck", "k"), ("ph", "f"), ("tj", "c"), ("oe", "u"),
           ("ou", "u"), ("iy", "i"), ("yi", "i"), ("ij", "i"), ("y", "i"), ("w", "v"),
           ("j", "i"), ("z", "s"))
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")

#: why two names are one person (``same_person``), for people to read
REASONS = {"same": "the same name", "spelling": "spelled differently",
           "short": "a shorter form", "nickname": "a nickname",
           "initials": "initials"}


@lru_cache(maxsize=8192)
def _plain(word: str) -> str:
    """Lower case, accents and apostrophes gone: "Müller" → "muller"."""
    folded = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in folded if c.isalpha())


@lru_cache(maxsize=8192)
def key(word: str) -> str:
    """A name word as it sounds, the same for its usual spellings: "Sergey", "Sergei" →
    "sergei"; "Soeharto", "Suharto" → "suharto"; doubled letters are one."""
    text = _plain(word)
    for written, sound in _SOUNDS:
        text = text.replace(written, sound)
    return re.sub(r"(.)\1+", r"\1", text)


def words(name: str) -> list[str]:
    """The words of a name, without initials' full stops ("S. Lavrov" → ["S", "Lavrov"])."""
    return _WORD.findall(name)


def _given_alike(a: str, b: str, exact: bool = False) -> bool:
    """Two given names (or middle names) that are one: alike (with ``exact``, the same
    key: a name said alone must be the name, "Jokowi" is not "Joko"), or one is the other's
    initial."""
    ka, kb = key(a), key(b)
    if ka == kb:
        return True
    if len(a) == 1 or len(b) == 1:
        return _plain(a)[:1] == _plain(b)[:1]
    if exact:
        return False
    from rapidfuzz import fuzz  # (here: only a comparison of names needs it)

    return ka[:1] == kb[:1] and fuzz.ratio(ka, kb) >= GIVEN_ALIKE


def _surname_alike(a: str, b: str) -> bool:
    ka, kb = key(a), key(b)
    if ka == kb:
        return True
    from rapidfuzz import fuzz

    return min(len(ka), len(kb)) >= 5 and ka[:1] == kb[:1] and fuzz.ratio(ka, kb) >= SURNAME_ALIKE


def _in_order(short: list[str], full: list[str]) -> bool:
    """Every word of ``short`` matches a word of ``full``, in order: alike as a surname
    with the full name's last word, as a given name (or its initial) with the others. Two
    words or more must end on the surname ("Jessica Chastain" is not "J.C. Chandor")."""
    if len(short) > 1:
        if not _surname_alike(short[-1], full[-1]):
            return False
        short, full = short[:-1], full[:-1]
    j = 0
    for word in short:
        while j < len(full) and not (_surname_alike(word, full[j]) if j == len(full) - 1
                                     else _given_alike(word, full[j], exact=len(short) == 1)):
            j += 1
        if j == len(full):
            return False
        j += 1
    return True


def _nickname(nick: str, full: list[str]) -> bool:
    """"Jokowi" of "Joko Widodo": the first letters of one word, then of a later one (two
    or more of each); "Jokowi" is no nickname of "Joko Anwar"."""
    text = _plain(nick)
    if len(text) < 4 or len(full) < 2:
        return False
    parts = [_plain(w) for w in full]
    for i in range(len(parts) - 1):
        first = parts[i]
        for k in range(2, min(len(first), len(text) - 2) + 1):
            if text[:k] != first[:k]:
                break
            rest = text[k:]
            if any(len(rest) >= 2 and later.startswith(rest) for later in parts[i + 1:]):
                return True
    return False


def _initials(acronym: str, full: list[str]) -> bool:
    """"SBY" of "Susilo Bambang Yudhoyono": an upper-case word of every word's initial."""
    return (2 <= len(acronym) <= 5 and acronym.isupper() and len(full) == len(acronym) >= 2
            and all(_plain(w)[:1] == c.lower() for w, c in zip(full, acronym, strict=True)))


def same_person(a: str, b: str) -> str:
    """Why names ``a`` and ``b`` are one person (a key of ``REASONS``), or "" when nothing
    says so. Aliases are not known here: resolve them first (``persons``)."""
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return ""
    if [_plain(w) for w in wa] == [_plain(w) for w in wb]:
        return "same"
    if len(wa) == len(wb) == 1:  # one word alone: only as it sounds ("Soeharto" /
        # "Suharto"), not merely alike: "Suharto" and "Suhartoyo" are two people
        return "spelling" if key(wa[0]) == key(wb[0]) and len(wa[0]) > 1 else ""
    if len(wa) == len(wb) and _surname_alike(wa[-1], wb[-1]) and all(
            _given_alike(x, y) for x, y in zip(wa[:-1], wb[:-1], strict=True)):
        if all(len(x) > 1 and len(y) > 1 for x, y in zip(wa, wb, strict=True)):
            return "spelling"
        return "short"  # "S. Lavrov": an initial for a given name
    short, full = (wa, wb) if len(wa) < len(wb) else (wb, wa)
    if len(short) < len(full) and _in_order(short, full):
        return "short"
    if len(short) == 1 and _initials(short[0], full):
        return "initials"
    if len(short) == 1 and _nickname(short[0], full):
        return "nickname"
    return ""


def fullness(name: str) -> tuple[int, int, str]:
    """A sort key putting a person's fullest name first: more words, then more of them
    spelled out ("Sergey Lavrov" before "S. Lavrov" before "Lavrov"), then by name."""
    parts = words(name)
    return -len(parts), -sum(len(w) > 1 for w in parts), name


def persons(names: Iterable[str], aliases: Mapping[str, str] | None = None) -> list[list[str]]:
    """``names`` grouped into people: two names are one person when one is the other's alias
    (``aliases``: lower-case name or alias → the speaker's name) or ``same_person`` says so.
    A person is named by their fullest name, placed first (longer names first, initials
    after names spelled out); a name joins a person when it is one with that name ("Jokowi"
    and "Widodo" are both "Joko Widodo") and with nobody else's: "Lavrov" beside "Sergey"
    and "Mikhail Lavrov", or "Widodo" beside "Joko" and "Iriana Widodo", could be either,
    and stays apart. Groups come in the order of their first name given, each in the order
    given."""
    aliases = aliases or {}
    given = list(dict.fromkeys(n for n in names if n))
    canonical = {n: aliases.get(n.lower(), n) for n in given}

    def one(a: str, b: str) -> bool:
        return canonical[a].lower() == canonical[b].lower() or bool(
            same_person(canonical[a], canonical[b]))

    groups: list[list[str]] = []
    for name in sorted(given, key=lambda n: fullness(canonical[n])[:2]):
        touched = [g for g in groups if any(one(name, other) for other in g)]
        if len(touched) == 1 and one(name, touched[0][0]):  # (its fullest name, first)
            touched[0].append(name)
        else:  # nobody's, or it could be either of two people ("Widodo" with "Joko"
            groups.append([name])  # and "Iriana Widodo"): a person of its own
    place = {name: i for i, name in enumerate(given)}
    ordered = [sorted(group, key=place.__getitem__) for group in groups]
    return sorted(ordered, key=lambda group: place[group[0]])


@dataclass(frozen=True)
class Variant:
    """Two speakers that look like one person: ``name`` could be merged into ``into``."""

    name: str
    into: str
    reason: str  # a key of ``REASONS``


def likely_variants(speakers: Mapping[str, int]) -> list[Variant]:
    """Pairs of ``speakers`` (name → how many annotations name them) that look like one
    person, each to be merged into the full name (of a short form, nickname or initials) or
    the spelling more annotations use.

    A single word (a surname, initials, a one-word name spelled two ways) is offered only
    when what it fits is one person; a name is compared only with names sharing a surname,
    a word, a nickname's first letters or (one word with another) its first sounds, so a
    library of thousands of speakers is looked through in moments."""
    by_surname: dict[str, list[str]] = defaultdict(list)
    by_word: dict[str, list[str]] = defaultdict(list)
    by_letters: dict[tuple[str, str], list[str]] = defaultdict(list)
    by_single: dict[str, list[str]] = defaultdict(list)  # one-word names, by their sound
    split = {name: words(name) for name in speakers}
    for name, parts in split.items():
        if not parts:
            continue
        if len(parts) == 1:
            by_single[key(parts[0])[:3]].append(name)
        by_surname[key(parts[-1])[:3]].append(name)
        for n, word in enumerate(parts):
            by_word[key(word)].append(name)
            for later in parts[n + 1:]:
                by_letters[(_plain(word)[:2], _plain(later)[:2])].append(name)
    found: dict[tuple[str, str], str] = {}

    def consider(a: str, b: str) -> None:
        pair = (a, b) if a < b else (b, a)
        if a == b or pair in found:
            return
        reason = same_person(a, b)
        if reason and reason != "same":
            found[pair] = reason
        elif reason == "same":  # only case or accents differ: one person for sure
            found[pair] = "spelling"

    for name, parts in split.items():
        if len(parts) > 1:
            for other in by_surname[key(parts[-1])[:3]]:
                if len(split[other]) > 1:
                    consider(name, other)
            continue
        if not parts:
            continue
        # a single word: a surname, a given name, its other spelling ("Soeharto" /
        # "Suharto"), a nickname or initials, offered only when what it fits is one person
        # ("Widodo" with two Widodos is nobody's for sure): merged into that person's
        # fullest name ("Lavrov" beside "Sergey" and "Sergei Lavrov": into the full name
        # more annotations use)
        text = _plain(parts[0])
        candidates = set(by_word[key(parts[0])])
        candidates.update(by_single[key(parts[0])[:3]])
        for k in range(2, len(text) - 1):
            candidates.update(by_letters.get((text[:2], text[k:k + 2]), ()))
        if parts[0].isupper():
            candidates.update(o for o, p in split.items() if len(p) == len(parts[0]))
        candidates.discard(name)
        fitting = sorted(o for o in candidates if same_person(name, o))
        if fitting and all(same_person(a, b) for i, a in enumerate(fitting)
                           for b in fitting[i + 1:]):
            consider(name, max(fitting, key=lambda o: (len(split[o]), speakers[o], len(o), o)))
    variants = []
    for (a, b), reason in sorted(found.items()):
        if reason == "spelling":  # the spelling more annotations use
            into, name = sorted((a, b), key=lambda n: (speakers[n], len(n), n), reverse=True)
        else:  # the full name: the short form, nickname or initials become its alias
            into, name = sorted((a, b), key=lambda n: (len(words(n)), len(n), n), reverse=True)
        variants.append(Variant(name, into, reason))
    return variants


def spelled(names: Iterable[str]) -> list[str]:
    """A person's spellings, most used first (ties in the order given)."""
    counts = Counter(names)
    return [name for name, _ in counts.most_common()]
