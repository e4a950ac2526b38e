"""Build the article's cast: every person named outside quotations, with roles and the
places they are mentioned, so short names and pronouns can be resolved later.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass

from .lexicon import EN_VERBS, ID_POST_VERBS, ID_SUBJECT_VERBS, NAME_PARTICLES, ROLE_WORDS
from .names import (
    People,
    Phrase,
    _body_phrase,
    is_cap,
    parse_backward,
    parse_forward,
    role_words,
    split_phrase,
    tokens,
    unglue_name,
)

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


_FURNITURE = re.compile(r"(?:[A-Z][A-Z ]{2,}|Baca [Jj]uga|Simak [Jj]uga|Lihat [Jj]uga):")


def _headline(text: str, lo: int, hi: int) -> bool:
    """A title-case line without a full stop (headline, byline, credit), or a link line
    such as “RELATED: …”, “WATCH: …”, “Baca juga: …”."""
    words = text[lo:hi].split()
    if not words:
        return False
    if _FURNITURE.match(text, lo, hi) and text[hi - 1 : hi] not in "\"”’»":
        return True
    if text[hi - 1 : hi] in ".!?\"”’»":
        return False
    return sum(w[:1].isupper() for w in words) >= 0.6 * len(words)


def build_cast(
    text: str, quoted: Regions, aliases: dict[str, str], paras: list[tuple[int, int]]
) -> tuple[People, list[Event]]:
    """Names, roles, mentions and speech events found outside quotations."""
    people = People(aliases={k.lower(): v for k, v in (aliases or {}).items()})
    people.words = Counter(_WORD.findall(text))
    people.names = _vouched_names(text, quoted)
    para_tokens = [tokens(text, lo, hi) for lo, hi in paras]
    for (lo, hi), toks in zip(paras, para_tokens, strict=True):
        if not _headline(text, lo, hi):
            _scan_names(text, toks, quoted, people)
    spoken: list[tuple[int, Phrase]] = []
    for m in _WORD.finditer(text):
        if m.group().lower() not in _SPEECH or quoted.inside(m.start()):
            continue
        verb = m.group()
        if verb.lower() in ID_POST_VERBS:
            phrase = None
            if verb.islower():
                phrase = parse_forward(text, m.end(), len(text), people.words)
        else:
            phrase = parse_backward(text, m.start(), max(0, m.start() - 200))
            if not phrase.name and verb.lower() in EN_VERBS:
                phrase = parse_forward(text, m.end(), len(text), people.words)
        if phrase and phrase.name:
            spoken.append((m.start(), phrase))
    for _, phrase in spoken:
        people.add_person(phrase.name, phrase.role)
    _trim_names(text, people, {p.name for _, p in spoken if " " not in p.name})
    for _, phrase in spoken:
        people.add_person(people.renamed.get(phrase.name, phrase.name), phrase.role, True)
    _mentions(text, quoted, people, para_tokens)
    people.para_starts = [lo for lo, _ in paras]
    events = []
    for pos, phrase in spoken:
        speaker, role = people.resolve(phrase, pos)
        if speaker:
            people.mention(pos, speaker, salient=True)
            events.append(Event(pos, speaker, role))
            if not people.role_sets.get(speaker) and (
                _body_phrase(speaker) or speaker not in people.roles or len(speaker.split()) > 1
            ):
                people.add_body(pos, speaker)  # a speaker with no personal role, for
                # “the company said” later on
    people.event_pos = [e.pos for e in events]
    people.event_who = [e.speaker for e in events]
    return people, events


_PUNCT = frozenset(",.;:()")
_ALIAS_WORDS = frozenset("atau alias aka".split())
_AFTER_PREPOSITION = frozenset("of from in at near di ke".split())


_VOUCHED = re.compile(
    r"\b(?:" + "|".join(sorted(ID_POST_VERBS)) + rf")\s+([{_UP}][a-zà-ÿ]+)\b(?=\s*[,.]|\s+[a-z])"
)


def _vouched_names(text: str, quoted: Regions) -> set[str]:
    """Capitalised words right after a speech verb and before a comma or full stop
    (“…,” ujar Lalu.): names, even when they are also common words (“lalu”)."""
    return {m.group(1) for m in _VOUCHED.finditer(text) if not quoted.inside(m.start())}


def _runs(text: str, toks: list[tuple[str, int, int]]) -> list[tuple[int, int]]:
    """(first, last+1) token indexes of capitalised runs (particles and initials inside,
    and a bracketed short form after a title: “Menteri Luar Negeri (Menlu) Rusia …”)."""

    def joined(j: int) -> bool:  # nothing but blanks between token j-1 and token j
        return not text[toks[j - 1][2] : toks[j][1]].strip()

    out, k = [], 0
    while k < len(toks):
        if not (toks[k][0][:1].isupper() and toks[k][0] not in _PUNCT):
            k += 1
            continue
        j = k + 1
        while j < len(toks):
            w = toks[j][0]
            if w[:1].isupper() and w not in _PUNCT and joined(j):
                j += 1
            elif (
                w in NAME_PARTICLES and j + 1 < len(toks) and is_cap(toks[j + 1][0])
                and joined(j)
            ):
                j += 1
            elif (
                w == "(" and j + 3 < len(toks) and toks[j + 2][0] == ")"
                and is_cap(toks[j + 1][0]) and is_cap(toks[j + 3][0])
                and split_phrase(toks[k:j]).role and not split_phrase(toks[k:j]).name
            ):
                j += 3
            else:
                break
        out.append((k, j))
        k = j
    return out


def _lower_role_before(toks: list[tuple[str, int, int]], k: int) -> list[tuple[str, int, int]]:
    """Lower-case role words just before a name: “pelatih Borneo FC Joaquin Gomez”."""
    j = k
    while j > 0 and k - j < 4 and toks[j - 1][0].islower() and toks[j - 1][0] not in _PUNCT:
        j -= 1
    words = toks[j:k]
    while words and words[0][0] not in ROLE_WORDS:
        words = words[1:]
    return words


def _scan_names(text: str, para_toks, quoted: Regions, people: People) -> None:
    """Register the people a paragraph names, with the roles written around them and the
    aliases it gives (“Joko Widodo (Jokowi)”, “Saifullah Yusuf atau Gus Ipul”)."""
    toks = [t for t in para_toks if not quoted.inside(t[1])]
    runs = _runs(text, toks)
    found: list[tuple[int, int, Phrase]] = []  # (first, last+1, phrase) of each run
    for a, b in runs:
        phrase = split_phrase(toks[a:b], people.names)
        found.append((a, b, phrase))
    for n, (a, b, phrase) in enumerate(found):
        name, role = phrase.name, phrase.role
        if not name or (a and toks[a - 1][0] in _AFTER_PREPOSITION):
            continue  # “Frank Pallone Jr. of New Jersey”: a place, not a person
        nxt = found[n + 1] if n + 1 < len(found) else None
        if (
            nxt and nxt[0] == b + 1 and toks[b][0] == "," and nxt[2].name
            and toks[a][0].lower() in ROLE_WORDS
        ):
            continue  # “Pelatih Persib, Bojan Hodak”: this run is the next one's role
        extra = _lower_role_before(toks, a)
        prev = found[n - 1] if n else None
        if prev and prev[1] == a - 1 and toks[a - 1][0] == "," and (
            not prev[2].name or toks[prev[0]][0].lower() in ROLE_WORDS
        ):
            extra = extra or toks[prev[0] : prev[1]]
        after = []
        if nxt and nxt[0] == b + 1 and toks[b][0] == "," and toks[nxt[0]][0].lower() in ROLE_WORDS:
            after = toks[nxt[0] : nxt[1]]  # “Deny Tjia, Managing Director Green SM”
        role = " ".join(filter(None, [" ".join(t[0] for t in extra), role,
                                       " ".join(t[0] for t in after)]))
        first = name.split()[0]
        if (len(name.split()) >= 2 and first.lower() in people.words
                and (a == 0 or toks[a - 1][0] in ".:;")):
            name = name.split(" ", 1)[1]  # “Makam Nausan berjarak …”: a common word opens
        size = len(name.split())
        common = sum(w.lower() in people.words for w in name.split())
        if size >= 2 and common >= 2 and 2 * common >= size:
            continue  # “Eliminasi Malaria Global”, “Human Rights Campaign”: not a person
        if 2 <= size <= 4:
            people.add_person(name, role)
        elif size == 1 and role_words(role):
            people.add_person(name, role, single_ok=True)
    _scan_aliases(toks, found, people)


def _scan_aliases(toks, found, people: People) -> None:
    for n, (_a, b, phrase) in enumerate(found):
        if not phrase.name or n + 1 >= len(found):
            continue
        na, nb, nphrase = found[n + 1]
        between = [t[0].lower() for t in toks[b:na]]
        if between == ["("] and nb < len(toks) and toks[nb][0] == ")" and nb - na == 1:
            alias = toks[na][0]  # “Joko Widodo (Jokowi)”
        elif between and between[0] in _ALIAS_WORDS and len(between) <= 4 and nphrase.name:
            alias = nphrase.name  # “Saifullah Yusuf atau Gus Ipul”, “atau akrab disapa Bro Ron”
        elif between[-2:] == ["nama", "lengkap"] and nphrase.name:
            people.add_alias(phrase.name, nphrase.name)  # “Bro Ron … nama lengkap Ronald …”
            continue
        else:
            continue
        if len(phrase.name.split()) >= 2 and alias != phrase.name:
            people.add_alias(unglue_name(alias, people.words), phrase.name)


def _trim_names(text: str, people: People, short_refs: set[str]) -> None:
    """Cut organisation words glued to a name ("Kapten Persib Marc Klok" → "Marc Klok"):
    a later short reference ("ujar Yuli") marks where the name starts, and a leading word
    the article also uses on its own ("Persib") is not part of the name."""
    counts = Counter(_CAP_WORD.findall(text))
    defined, companies = _body_words(text)
    for full in list(people.roles):
        toks = full.split()
        if len(toks) < 3:
            continue
        cut = 0
        while len(toks) - cut >= 3 and (
            toks[cut] in defined
            or (toks[cut] in companies and toks[cut] not in short_refs)
            or (
                toks[cut] not in short_refs
                and counts[toks[cut]] - text.count(f"{toks[cut]} {toks[cut + 1]}") >= 2
            )
        ):
            cut += 1
        if cut:
            new = " ".join(toks[cut:])
            role = " ".join(filter(None, [people.roles[full], *toks[:cut]])).strip()
            del people.roles[full]
            people.roles.setdefault(new, role)
            people.renamed[full] = new
            people._index_size = -1


_BODY = re.compile(
    rf"\(([{_UP}][\w.&\-]*)\)|\b(?:PT|CV|Tbk|Persero)\.?\s+((?:[{_UP}][\w&\-]*\s*){{1,3}})"
)


def _body_words(text: str) -> tuple[set[str], set[str]]:
    """Words the article uses as the name of a body: abbreviations it defines in brackets
    (“Relawan Pro-Jokowi (Projo)”), and words after “PT” (which may run into a name)."""
    defined: set[str] = set()
    companies: set[str] = set()
    for m in _BODY.finditer(text):
        if m.group(1):
            defined.add(m.group(1))
        else:
            companies.update(m.group(2).split())
    return defined, companies


def _sentence_initial(text: str, pos: int) -> bool:
    """Is the mention at pos the subject phrase opening its sentence (after at most a
    short connective such as “Sementara itu,” or “Meanwhile,”)?"""
    lo = max(text.rfind("\n", 0, pos) + 1, pos - 160)
    head = text[lo:pos]
    for stop in (". ", "! ", "? ", ".” ", ".\" ", "?” ", "!” "):
        k = head.rfind(stop)
        if k >= 0:
            head = head[k + len(stop) :]
    if ", " in head:
        lead, _, head = head.rpartition(", ")
        opener = lead.split()[0].lower() if lead.split() else ""
        if len(lead.split()) > 6 and opener not in _CLAUSE_OPENERS:
            return False  # “… salah satunya adalah Menteri Perindustrian, Agus Gumiwang”
    words = head.split()
    return len(words) <= 5 and all(
        w[:1].isupper() or w in ("of", "for", "dan") or w in ROLE_WORDS for w in words)


_CLAUSE_OPENERS = frozenset(
    "when while after as although though because since if before once saat ketika setelah "
    "sebelum meski meskipun karena jika sementara".split()
)


def _mentions(text: str, quoted: Regions, people: People, para_tokens) -> None:
    """Every place the article names a cast member (full name, a part of it that only
    one member has, or an alias), found on glue-split words."""
    keys: dict[tuple[str, ...], str] = {}
    owners: Counter[str] = Counter()
    for full in people.roles:
        parts = full.split()
        keys.setdefault(tuple(parts), full)
        if len(parts) >= 2:
            for part in set(parts):
                if len(part) >= 3 and part[:1].isupper():
                    owners[part] += 1
                    keys.setdefault((part,), full)
    for part, n in owners.items():
        if n > 1 and part not in people.roles:
            keys.pop((part,), None)
    for alias, full in people.local_aliases.items():
        keys.setdefault(tuple(alias.split()), full)
    if not keys:
        return
    longest = max(len(k) for k in keys)
    firsts = {k[0] for k in keys}
    unglued: dict[str, str] = {}
    for toks in para_tokens:
        words = []
        for t in toks:
            w = t[0]
            if is_cap(w) and w not in firsts:
                if w not in unglued:
                    unglued[w] = unglue_name(w, people.words)
                w = unglued[w]
            words.append(w)
        k = 0
        while k < len(toks):
            if words[k] not in firsts:
                k += 1
                continue
            for size in range(min(longest, len(toks) - k), 0, -1):
                key = tuple(words[k : k + size])
                if key in keys and not quoted.inside(toks[k][1]):
                    pos = toks[k][1]
                    full = people._full_name(keys[key], pos)
                    people.mention(pos, people.canonical(full), _sentence_initial(text, pos))
                    k += size - 1
                    break
            k += 1
