"""Read speaker phrases (“Menlu Rusia Sergey Lavrov”) into a name and a role, and resolve
short names (“Lavrov”), roles (“Menlu Rusia”) and pronouns to one canonical person.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Container, Iterable, Sequence, Set
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain
from typing import Final, NamedTuple

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from .gazetteer import PROVINCE_SHORT_FORMS, gazetteer, region_at
from .language import detect_language
from .lexicon import (
    ADDRESS_WORDS,
    ADVERBS,
    BODY_ANAPHORS,
    EN_ADVERBS,
    EN_DEMONYM_NOUNS,
    EN_EPITHETS,
    EN_FACILITY_WORDS,
    EN_KIN_WORDS,
    EN_MONTHS,
    EN_PLACE_KINDS,
    EN_PLACE_OF,
    EN_VERBS,
    FACILITY_WORDS,
    GEO_WORDS,
    GIVEN_NAME_ROLES,
    GROUP_NOUNS,
    HONORIFICS,
    ID_FUNCTION_WORDS,
    ID_MONTHS,
    ID_NYA_SUFFIX,
    ID_OPENING_WORDS,
    ID_PASSIVE_VERBS,
    ID_PLACE_HEADS,
    ID_POST_VERBS,
    ID_SUBJECT_VERBS,
    KIN_WORDS,
    LOWER_TITLES,
    MEDIUM_WORDS,
    NAME_PARTICLES,
    NOT_NAME_WORDS,
    ORG_WORDS,
    PLACE_PREFIXES,
    PLACE_PREPOSITIONS,
    PORTFOLIO_WORDS,
    PREPOSITIONS,
    RANK_WORDS,
    ROLE_SHORT_FORMS,
    ROLE_WORDS,
    UNIT_WORDS,
    UNNAMED_WORDS,
    US_STATES,
)
from .vocabulary import derived, roots

_LETTERS: Final = re.compile(r"[^\W\d_][^\W\d_]*")
# “pelatih asal Spanyol tersebut”: the one just introduced, not the last who spoke
_POINTERS = frozenset("tersebut itu ini".split())
# words before where somebody comes from (“pedagang asal Garut”, “pemain kelahiran Medan”)
ORIGIN_WORDS = frozenset("asal dari kelahiran from".split())
_ORIGIN = re.compile(r"\b(?:" + "|".join(sorted(ORIGIN_WORDS)) + r")\b")
_FORMER = frozenset("mantan eks former".split())  # (an office held before)
# the same written in the few words before a holder's name (“former President Barack Obama”)
_FORMER_WRITTEN = re.compile(
    r"\b(?:[Ff]ormer|[Ee]x-|[Rr]etired|[Oo]netime|[Oo]ne-time)[ \t\w-]*$")
#: words that make an office another one than the same office without them
_OTHER_OFFICE = frozenset("prime vice deputy wakil assistant associate shadow acting".split())
#: an office's short forms, as titles write them (“Sen. Maria Cantwell”, “Lt. Gov. …”)
_OFFICE_SHORT = {"sen": "senator", "gov": "governor", "lt": "lieutenant",
                 "rep": "representative", "congressman": "representative",
                 "congresswoman": "representative", "pres": "president", "supt": "superintendent",
                 "cllr": "councillor", "councilor": "councillor", "cmdr": "commander"}
#: words of rank an office may carry or not (“the head coach” is “Coach Graham Arnold”)
_OFFICE_RANK = frozenset("head top senior".split())
TOKEN: Final = re.compile(r"[^\W_][a-zA-Z0-9\w'’.\-]*|[(),:;]")
_MARK_TOKENS: Final = frozenset("(),:;")  # (TOKEN's marks)
# a full stop between two sentences a scraper glued together: “terang ADS.Mantan …”
# (the full stop first, then the look-behind: a pattern that opens with a look-behind is
# tried at every offset of a long text, ten times slower)
GLUED_STOP_AFTER = r"(?<=[a-z]{2}\.|[A-Z]{2}\.)(?=[A-Z][a-z]|[A-Z]{2,5}\b)"  # (after the stop)
GLUED_STOP = r"\." + GLUED_STOP_AFTER
_GLUED_STOP: Final = re.compile(GLUED_STOP)
# a word that puts what follows somewhere, right before a name (``People.placed``): “in”,
# “around”, “the City of”, “di daerah”, “warga Kecamatan” (not “di”, “from”, “dari”: “di
# hadapan Budi”'s kind of reading put people there as often as places)
_PLACING = re.compile(
    r"\b(?:(?:in|into|at|near|around|across|throughout|outside|inside|daerah|wilayah|kawasan"
    r"|(?:university|" + "|".join(sorted(EN_PLACE_OF)) + r") of|"
    + "|".join(sorted(ID_PLACE_HEADS)) + r")) $", re.I)


def word_opening(words: list[str]) -> str:
    """``\\b(?:w1|w2|…)`` written so that the pattern opens with the words themselves: each
    word is followed by a look-behind saying no word character comes before it, which is
    what the leading ``\\b`` said. A pattern that opens with ``\\b`` is tried at every
    offset of the text; one that opens with literals is found by the regex engine's fast
    scan for their first letters (often tens of times quicker on a whole article)."""
    return "(?:" + "|".join(rf"{re.escape(w)}(?<!\w{re.escape(w)})" for w in words) + ")"


#: the possessive and the noun of whose account a sentence opens with, then its comma
#: (“Kerr's own account,”, “Kerr’s recollections,”): ``attribution._OWNED_SOURCE`` and
#: ``cast._per_opener``
OWNED_ACCOUNT = (r"(?:'s|’s)[ \t]+(?:own[ \t]+)?(?:account|recollections?|telling|words|version"
                 r"|memory|memories|retelling|description)[ \t]*,")
#: Indonesian given names written short with a full stop (“Moh. Mahfud MD”, “Muh. Aris”,
#: “Abd. Rahman”): a name's first word, no sentence's end (``_ABBREV``, and
#: ``attribution._ABBR_TAIL`` for sentence ends)
SHORT_GIVEN_NAMES = ("Moh", "Muh", "Moch", "Mochd", "Mohd", "Muhd", "Mhd", "Abd", "Ach", "Ign")
_ABBREV: Final = re.compile(
    r"^(?:[A-Z]\.)+$|^(?:dr|drs|dra|drg|ir|prof|gen|col|lt|sen|rep|gov|mr|mrs|ms|st|jr|sr|pt|hj|coun|cllr"
    r"|sgt|capt|cpl|maj|det|hon|rev|adm|brig|cmdr|cdr|supt|insp|fr|atty|pvt|cpt|amb|msgr"
    r"|const|pres|spc|pfc|ens|engr|surv|qs|rt"  # (Nigerian press: “Engr. Ann Lee”)
    r"|(?-i:Md))\.$"  # (“Md. Yunus”; “Mahfud MD.”: a name's end)
    rf"|^(?-i:{'|'.join(SHORT_GIVEN_NAMES)})\.$",
    re.I
)
# Role words written with a full stop that does not end the sentence (“Kombes Pol.”).
_ABBREVIATED_ROLES = frozenset("pol".split())
_CONNECTORS: Final = frozenset("of for the dan and untuk bidang urusan".split())
# church offices that are also surnames (“Tessa Bishop”): an office only before a name of
# two words or more (“Bishop Rolando Santos”)
_TITLES_BEFORE: Final = frozenset("bishop cardinal deacon chaplain".split())
# a head of state's consort's title, two words that read as a name (“First Lady Jill Biden”)
_CONSORT_TITLES: Final = frozenset({("First", "Lady"), ("First", "Gentleman"),
                                     ("Ibu", "Negara")})
_CONSORT = "consort"  # the office those titles name, one of ROLE_WORDS
_CONSORT_SECONDS = frozenset(b for _, b in _CONSORT_TITLES)
_CONSORT_LOW = frozenset(b.lower() for b in _CONSORT_SECONDS)
_ARTICLES = frozenset("a an the sang".split())  # “tulis sang hakim”: the judge
# Lower-case words opening a role before capitalised ones: “former New York Mayor Rudy
# Giuliani said”, “acting Attorney General Sally Yates said”.
# capitalised office words that need a noun after them (“Chief Observer”, “Deputy Registrar”,
# “Senior Associate”): the capitalised word after them is the office's, not a given name
_OFFICE_HEADS = frozenset(
    "Chief Deputy Vice Senior Junior Assistant Associate Acting Interim Principal".split())
# countries and continents a body's name may end with (“Statistics South Africa”, “Public
# Health England”, “Tourism Ireland”, “Cricket Australia”): the demonyms' countries and more
_COUNTRY_WORDS: Final = frozenset(
    w.lower() for words in EN_DEMONYM_NOUNS.values() for w in words if " " not in w
) | frozenset("africa england scotland wales ireland kenya nigeria ghana uganda tanzania "
              "zimbabwe zambia canada australia india pakistan bangladesh malaysia "
              "singapore europe asia".split())
# words before a country that make a person's office or title, not a body (“Team GB
# sprinter”, “Mr England”)
_NO_BODY_WORDS = HONORIFICS | RANK_WORDS | EN_EPITHETS | frozenset(
    "former ex new old young late miss mister king queen prince princess".split())
# how the noun of an office after “Chief” ends (“Chief Observer”, “Chief Registrar”, “Chief
# Economist”, “Chief Librarian”, “Chief Steward”, “Chief Marshal”): “Chief” is also a
# title of address before a full name in West African copy (“Chief Gabriel Bamidele
# Adeniyi”, “Chief Olusegun Bode George”), whose given names end otherwise
_OFFICE_NOUN_ENDS = ("er", "or", "ar", "ist", "ian", "ant", "ent", "ive", "al", "ee", "ard",
                     "ate", "ary")
# (“Chief Guest”, “Chief Pilot”, “Chief Umpire”: offices of event reports and crews)
_OFFICE_NOUNS = frozenset(
    "whip clerk scout nurse rabbi judge constable guest pilot umpire".split())
# what a lower-case word before a name may say of the person: “said then-coach …”, “said
# former Sen. …”, “said physicist Ann Lee”, “says rookie Jo Kim” (lexicon.EN_EPITHETS)
_ROLE_MODIFIERS = EN_EPITHETS | {"then"}
# lower-case words naming whose office it is before capitalised ones (“said city Historic
# Preservation Planner Sarah Quinn”, “county Commissioner …”), and places or bodies written
# with a number (“District 3 Councilperson”, “Ward 12 councillor”, “Zone 1 Commander”)
_LOCAL_MODIFIERS = frozenset("city county state borough township district".split())
_NUMBERED_PLACES = frozenset("district ward zone local region precinct division unit "
                             "station area sector".split())

#: an article's words: a set, or a Counter of how often each occurs
Words = Set[str] | Counter[str]


@dataclass
class Phrase:
    """A speaker phrase split into its personal name and its role description."""

    name: str = ""
    role: str = ""
    start: int = -1
    end: int = -1

    # written out, not left to @dataclass: mypyc compiles this one, while the generated
    # __init__ runs as interpreted Python (≈ 1,300 phrases an analysis of 5,000 words)
    def __init__(self, name: str = "", role: str = "", start: int = -1, end: int = -1) -> None:
        self.name, self.role, self.start, self.end = name, role, start, end


_GLUE: Final = re.compile(
    r"(?<=[a-zà-ÿ])(?=[A-Z][a-zà-ÿ]|[A-Z]{2,}\b)|(?<=[A-Z]{2})(?=[A-Z][a-z]{2})")


def _unglue(word: str, a: int, text: str = "") -> list[tuple[str, int, int]]:
    """Split words a scraper glued where a link was: "kataWali" → "kata", "Wali";
    "RusiaVladimir" → "Rusia", "Vladimir". Short heads stay ("McDonald", "YouTube"), and
    so does a word of a name's shape (“WhatsApp”, “BlackRock”, “LinkedIn”, “OpenAI”) unless
    something shows the glue: ``_glued_at``."""
    rest = word[1:]
    if rest == rest.lower():
        return [(word, a, a + len(word))]
    parts, start = [], 0
    cuts = [m.start() for m in _GLUE.finditer(word)]
    for n, q in enumerate(cuts):
        head = word[start:q]
        if head.isupper() or (len(head) >= 2 if head[:1].islower() else len(head) >= 4 and (
                _glued_at(word[cuts[n - 1] if n else 0 : q],
                          word[q : cuts[n + 1] if n + 1 < len(cuts) else None], text,
                          opens=not n))):
            parts.append((head, a + start, a + q))
            start = q
    parts.append((word[start:], a + start, a + len(word)))
    return parts


# Two-letter words that show a glue when they end a word of a name's shape (“JakartaDi”),
# unlike “In”, “On”, “At” (“LinkedIn”, “MoveOn”: a brand's own end)
_SHORT_OPENERS = frozenset("di ke ia".split())


# offices a scraper glues to the body before them (“State DepartmentSpokesperson Matthew
# Miller”): never a brand's second half
_GLUED_OFFICES = frozenset(
    "spokesperson spokesman spokeswoman secretary minister director chairman chairwoman "
    "commissioner president governor ambassador".split())


def _camel(word: str) -> bool:
    """A word with a capital after a lower-case letter: a name's shape (“BlackRock”)."""
    return _GLUE.search(word) is not None


def _glued_at(head: str, tail: str, text: str, opens: bool = True) -> bool:
    """Is a capitalised word of a name's shape, a run of lower-case letters after its
    capital, then a capital (“WhatsApp”, “BlackRock”, “ByteDance”, “OpenAI”), two words a
    scraper glued, ``head`` then ``tail``? Only when something shows it: the tail is a
    word that opens sentences (“ReutersThe”, “JakartaSementara”) or a given name of the
    gazetteer; the head, opening the word (``opens``), an office, a place or such a word
    (“PresidenDonald”, “DepokSupian”, “RusiaVladimir”, “DilansirAFP”); the text writes the
    two apart (“Jacinda Ardern” … “JacindaArdern”), or the head is an ordinary Indonesian
    word and the text writes the tail on its own as a name (a headline's last word glued to
    the next sentence's subject: “Baca juga: … Dibunuh PacarJonlys menyebutkan …” after
    “Ketua PAC Jonlys Purba”; not “DeepStateMap” beside “State Protection Department”).
    Else it is one name, as a brand's is (issue 9, review R16-1)."""
    low, first = tail.lower(), head.lower()
    if (low in NOT_NAME_WORDS and (len(low) >= 3 or low in _SHORT_OPENERS)) or (
            tail[1:].islower() and gazetteer().given_name(low)) or (
            low in _GLUED_OFFICES and tail[1:].islower()):
        return True
    if opens and (first in ROLE_WORDS or first in GEO_WORDS or first in NOT_NAME_WORDS
                  or first in gazetteer().one_word):
        return True
    if not text:
        return False
    return f"{head} {tail}" in text or (
        len(tail) >= 3 and tail[1:].islower() and (first in roots() or bool(derived(first)))
        and _written_alone(text, tail))


# the last text asked, and whether each word is written there on its own as a name (one
# pair, read once: a thread that asks about another text makes its own)
_alone: tuple[str | None, dict[str, bool]] = (None, {})


def _written_alone(text: str, word: str) -> bool:
    """Does ``text`` write the capitalised ``word`` on its own (not inside another word)
    and never in lower case (“Jonlys” … “Jonlys Purba”, not “App” beside “the app”)?"""
    global _alone
    held = _alone
    if held[0] is not text:
        held = _alone = (text, {})
    found = held[1].get(word)
    if found is None:
        found = held[1][word] = _on_its_own(text, word) and not _on_its_own(text, word.lower())
    return found


def listed_given_name(low: str) -> bool:
    """Is ``low`` (lower case) a given name the engine lists: one whose gender it knows, or
    one of the gazetteer's Indonesian given names?"""
    return low in GIVEN_GENDER or gazetteer().given_name(low)


def brand_shaped(name: str) -> bool:
    """Does ``name`` open with a word in a brand's shape, lower case then a capital
    (“iPhone”, “eBay”, “iPad”): no person's name?"""
    first = name.split(" ", 1)[0]
    return first[:1].islower() and any(c.isupper() for c in first[1:])


def _count_alone(text: str, words: str) -> int:
    """How many times ``text`` writes ``words`` with no letter, digit, hyphen or apostrophe
    on either side."""
    count, at, size = 0, text.find(words), len(words)
    while at >= 0:
        before, after = text[at - 1 : at] if at else "", text[at + size : at + size + 1]
        if not (before.isalnum() or before in "_'’-" and before) and not (
                after.isalnum() or after in "_'’-" and after):
            count += 1
        at = text.find(words, at + 1)
    return count


def _on_its_own(text: str, word: str) -> bool:
    """Is ``word`` in ``text`` with no letter, digit, hyphen or apostrophe on either side?
    (``str.find``: a pattern opening with a look-behind is tried at every offset.)"""
    at, size = text.find(word), len(word)
    while at >= 0:
        before, after = text[at - 1 : at] if at else "", text[at + size : at + size + 1]
        if not (before.isalnum() or before in "_'’-" and before) and not (
                after.isalnum() or after in "_'’-" and after):
            return True
        at = text.find(word, at + 1)
    return False


def tokens(text: str, lo: int, hi: int) -> list[tuple[str, int, int]]:
    """Word tokens in text[lo:hi] with offsets; a sentence-final period is cut off.

    For the text ``index_tokens`` was last given (the article under analysis), a slice
    of its tokens: the cast and the attribution read the same words again and again, in
    windows of a few hundred characters around each speech verb and quotation."""
    index = _index
    if index is None or index.text is not text:
        return _tokenize(text, lo, hi)
    return index.window(lo, hi)


def _tokenize(text: str, lo: int, hi: int, starts: list[int] | None = None,
              firsts: list[int] | None = None, ends: list[int] | None = None,
              odd: list[tuple[int, str]] | None = None) -> list[tuple[str, int, int]]:
    """``tokens`` worked out from the characters; with ``starts``, ``firsts``, ``ends``
    and ``odd``, where each match of ``TOKEN`` starts, the index of its first token and
    where it ends are noted there, and with ``odd`` (given with ``ends``) the number and
    the characters of each match that is not one plain word (``_TokenIndex.letter_words``)."""
    out: list[tuple[str, int, int]] = []
    # (handles and hashtags are rare: look behind each word only when the text has them)
    tagged = text.find("@", max(0, lo - 1), hi) >= 0 or text.find("#", max(0, lo - 1), hi) >= 0
    # the matches' words, without match objects (in the compiled engine they cost more
    # than the pattern's work): a match starts at the first character from the last one's
    # end that is its word's first, for a match opens with a character of ``[^\W_]`` or
    # ``(),:;`` and the pattern passes over no such character between two matches
    words: list[str] = TOKEN.findall(text, lo, hi)
    end = lo  # (where the last match ended)
    for word in words:
        a, first = end, word[0]
        while text[a] != first:
            a += 1
        b = end = a + len(word)
        if starts is not None and firsts is not None and ends is not None:
            starts.append(a)
            ends.append(b)
            firsts.append(len(out))
        if tagged and a and text[a - 1] in "@#":
            if odd is not None:
                odd.append((len(ends) - 1 if ends is not None else -1, word))
            continue  # “akun twitternya @SBYudhoyono”: a handle or a hashtag, not a name
        if word.isalpha() and (word.islower() or word.istitle()):
            out.append((word, a, b))  # a plain word (most of them): nothing to cut or unglue
            continue
        if odd is not None:
            odd.append((len(ends) - 1 if ends is not None else -1, word))
        if "." in word and len(word) > 4:
            glued = _GLUED_STOP.search(word)
            if glued:  # two sentences a scraper glued: “terang Erick.Sementara”
                out.extend(_tokenize(text, a, a + glued.start()))
                out.append((".", a + glued.start(), a + glued.end()))
                out.extend(_tokenize(text, a + glued.end(), b))
                continue
        if word[-1] in "’'" and (word[-2:-1] in ("s", "S", "") or not (
                text[b : b + 1] == " " and text[b + 1 : b + 2].isupper())):
            # “DeSantis’ (R) …”: a possessive mark, not part of the name (but “Mohamad
            # Syafi' Alielha”: the name's own mark, for Syafi'i, before its next word)
            word, b = word[:-1], b - 1
        dot = word[-1:] == "." and not _ABBREV.match(word)
        if dot:
            word, b = word.rstrip("."), b - (len(word) - len(word.rstrip(".")))
        rest = word[1:]
        if rest.islower() or rest == rest.lower():
            out.append((word, a, b))
        else:
            out.extend(_unglue(word, a, text))
        if dot:
            out.append((".", b, b + 1))
    return out


class LetterRuns(NamedTuple):
    """A text's runs of letters (``[^\\W\\d_]+``) in order, and where each starts and ends."""

    words: list[str]
    starts: list[int]
    ends: list[int]


class _TokenIndex:
    """Every token of one text, and where each match of ``TOKEN`` starts, so that the
    tokens of a window are a slice. The tokens of a match depend only on its own
    characters and the one before it, and a window's matches are the text's matches
    inside it, except for a match the window cuts: those (at most one at each end) are
    worked out from the window's characters, as ``_tokenize`` would. (A match ends where
    ``TOKEN`` matching at its start ends: it has no look-behind.)"""

    __slots__ = ("text", "starts", "firsts", "ends", "toks", "odd", "runs")

    def __init__(self, text: str) -> None:
        self.text = text  # (held: the identity ``tokens`` compares can't be reused)
        self.starts: list[int] = []
        self.firsts: list[int] = []
        self.ends: list[int] = []
        self.odd: list[tuple[int, str]] = []
        self.toks = _tokenize(text, 0, len(text), self.starts, self.firsts, self.ends,
                              self.odd)
        self.firsts.append(len(self.toks))
        self.runs: LetterRuns | None = None

    def letter_runs(self) -> LetterRuns:
        """``_LETTERS``' matches in the text (``letter_runs``), from the tokens; worked out
        once. Every letter of the text lies in a match of ``TOKEN`` (a letter opens one,
        and one goes on over letters), and no run of letters goes on from one match into
        the next (a match ends before a letter): the runs are those of each match in turn.
        A plain word's match (``_tokenize``'s first case: all letters) is one run, its
        token, which is the match; the others' (``odd``: marks, words with digits, dots,
        hyphens or apostrophes, acronyms, handles) are read again, but for a mark
        (``(),:;``), which has no letters."""
        if self.runs is not None:
            return self.runs
        toks, firsts = self.toks, self.firsts
        words: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        plain = 0  # (the first match after the last odd one: plain matches from here on)
        for n, word in self.odd:  # (n: the match's number)
            # (the plain matches before it, one token each: their spans are the matches')
            words += [tok[0] for tok in toks[firsts[plain] : firsts[n]]]
            starts += self.starts[plain:n]
            ends += self.ends[plain:n]
            if word not in _MARK_TOKENS:
                at, off = self.starts[n], 0
                for run in _LETTERS.findall(word):  # (where each starts in the word: its
                    off = word.find(run, off)  # first letter from where the last one ended)
                    words.append(run)
                    starts.append(at + off)
                    off += len(run)
                    ends.append(at + off)
            plain = n + 1
        words += [tok[0] for tok in toks[firsts[plain] :]]
        starts += self.starts[plain:]
        ends += self.ends[plain:]
        self.runs = LetterRuns(words, starts, ends)
        return self.runs

    def window(self, lo: int, hi: int) -> list[tuple[str, int, int]]:
        starts, ends = self.starts, self.ends
        i = bisect.bisect_left(starts, lo)  # the first match starting at lo or after
        out: list[tuple[str, int, int]] = []
        if i and ends[i - 1] > lo:  # a match the window's start cuts: its tail
            end = ends[i - 1]
            out = _tokenize(self.text, lo, min(end, hi))
            if end >= hi:
                return out
        j = bisect.bisect_left(starts, hi, i)  # the matches starting in the window: i..j-1
        if j > i and ends[j - 1] > hi:  # the last one the window's end cuts: its head
            out += self.toks[self.firsts[i] : self.firsts[j - 1]]
            out += _tokenize(self.text, starts[j - 1], hi)
        else:
            out += self.toks[self.firsts[i] : self.firsts[j]]
        return out


_index: _TokenIndex | None = None


def index_tokens(text: str) -> None:
    """Tokenize the whole text once; ``tokens`` on it then slices (see there)."""
    global _index
    if _index is None or _index.text is not text:
        _index = _TokenIndex(text)


def letter_words(text: str) -> Iterable[str]:
    """The runs of letters of ``text`` (``[^\\W\\d_]+``) in order: from the token index
    when ``index_tokens`` was given the text (no second pass over its characters)."""
    if _index is None or not indexed(text):
        return _LETTERS.findall(text)
    return _index.letter_runs().words


def indexed(text: str) -> bool:
    """Did ``index_tokens`` last tokenize ``text`` (``letter_runs`` of it costs no pass)?"""
    return _index is not None and _index.text is text


def letter_runs(text: str) -> LetterRuns:
    """The runs of letters of ``text`` (``[^\\W\\d_]+``: ``letter_words``) in order, with
    where each starts and ends: from the token index when ``index_tokens`` was given the
    text (no second pass over its characters), else from the pattern."""
    if _index is not None and indexed(text):
        return _index.letter_runs()
    found = list(_LETTERS.finditer(text))
    return LetterRuns([m.group() for m in found], [m.start() for m in found],
                      [m.end() for m in found])


def forget_words() -> None:
    """Drop the token index and what is remembered of words read before (a first
    analysis of a text then does all its reading again)."""
    global _index
    _index = None
    is_nameish.cache_clear()
    _token_match.cache_clear()


def _reduplicated(word: str) -> bool:
    """A Batak-style doubled surname: “Butar-butar”, “Sitompul-tompul” is not one."""
    head, _, tail = word.partition("-")
    return len(head) >= 3 and head.lower() == tail.lower()


# a Korean given name written with a hyphen (“Shin Tae-yong”, “Park Jun-seok”): two
# syllables, the second in lower case; not a prefix before a common word (“Non-blok”)
_HYPHENED_GIVEN: Final = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{2,5}")
_HYPHEN_PREFIXES = frozenset("non pra pro pre sub co ex re anti semi bi de multi".split())
# nor a name or a place made an adjective (“the Hamas-run health ministry”, “a Saudi-led
# coalition”, “Paris-based”, “Kyiv-born”)
_HYPHEN_PARTICIPLES = frozenset(
    "run led based backed born owned made held linked funded allied bred style like".split())


def _hyphened_given(word: str) -> bool:
    head, _, tail = word.partition("-")
    return (bool(_HYPHENED_GIVEN.fullmatch(word)) and (
        head.lower() not in _HYPHEN_PREFIXES and tail not in _HYPHEN_PARTICIPLES)) or (
        _JOINED_BY_PARTICLE.fullmatch(word) is not None)


# a surname joined by a lower-case particle between hyphens (“Chan-o-cha”,
# “Ruiz-del-Castillo”, “Al-ul-Haq”): the parts a name's, not a prefix and a common word
_JOINED_BY_PARTICLE: Final = re.compile(
    r"[A-Z][a-z]{1,12}-(?:o|e|y|de|del|della|di|da|la|le|al|el|ul|ud|ur|bin|van|von|der|den)"
    r"-[A-Za-z][a-z]{1,12}")


def is_cap(word: str) -> bool:
    """Capitalised, as a name is: “Budi”, “KPK”, and a brand's one lower-case letter before
    a capitalised word (“eBay”, “iPhone”; issue 9, review R16-1)."""
    return word[:1].isupper() or (word[1:2].isupper() and word[2:3].islower()
                                  and word[:1].islower())


_RELIGIOUS_TITLES = frozenset("habib syekh syeikh buya kiai kyai ustaz ustadz".split())
# an Arabic article written in lower case before a capitalised name: “al-Habsyi”, “el-Sisi”
ARTICLE_NAME = re.compile(r"(?:al|el|ad|an|ar|as|asy|at|az|ash)-[A-Z][a-z]+")
_ARTICLE_HEAD: Final = re.compile(r"(?:[Aa]l|[Ee]l)-(?=[A-Z])")


# Indonesian forms of address that open a name in English copy (“Kang Shao Pin”, “Artur
# Mas”; the Korean surname “Bang Jun Ho”; the Burmese “Nyi Nyi Aung”)
_SURNAME_ADDRESS = frozenset(("Kang", "Mas", "Bang", "Nyi"))


def _article_stem(word: str) -> str:
    """A name's word without the Arabic article before it (“al-Assad”, “Al-Sudani” →
    “Assad”, “Sudani”), which English copy writes or leaves out (“Assad said”)."""
    head = _ARTICLE_HEAD.match(word)
    return word[head.end():] if head else word


# Balinese names open with “I” (a man) or “Ni” (a woman), then a birth-order or caste word:
# “I Gusti Nyoman Jaya Widura”, “I Made Wira Hady”, “Ni Luh Putu Wiratmi”
BALINESE_SECOND = frozenset(
    "Wayan Putu Gede Made Kadek Nengah Nyoman Komang Ketut Gusti Dewa Ngurah Luh Kade".split())


def balinese_opening(words: list[str]) -> int:
    """Where “I” or “Ni” opens a Balinese name of three words or more in ``words``, or -1."""
    for k in range(len(words) - 2):
        if words[k] in ("I", "Ni") and words[k + 1] in BALINESE_SECOND:
            return k
    return -1


@lru_cache(maxsize=1 << 16)  # (the same words come back: read each once; see forget_words)
def is_nameish(word: str) -> bool:
    """Could be part of a personal name (not a role, place, organisation or acronym)."""
    low = word.lower().rstrip(".")
    if word in _FIRST_NAMES or (word[:1] in "ae" and ARTICLE_NAME.fullmatch(word)):
        return True
    if _LOWER_HYPHEN.search(word) and not _reduplicated(word) and not _hyphened_given(word):
        return False  # “E-commerce”, “ke-7”: not part of a name (but “Butar-butar” is)
    if not is_cap(word) or low in ROLE_WORDS or low in GEO_WORDS or low in ORG_WORDS:
        return False
    if (low in UNIT_WORDS or low in KIN_WORDS or low in EN_KIN_WORDS or low in PLACE_PREFIXES
            or low in FACILITY_WORDS):
        return False
    if "-" in low and any(part.lower() in GEO_WORDS for part in word.split("-")
                          if part[:1].isupper()):
        return False  # “Asia-Pasifik”, “Indo-Pacific”: a region, not a double name (but
        # “Kim Jong-un”: a given name's lower-case part is no place, nor the UN)
    if "-" in low and all(part in ROLE_WORDS for part in low.split("-")):
        return False  # “Vice-President Kamala Harris”: an office, not a double name
    if low in NOT_NAME_WORDS or low in PORTFOLIO_WORDS:
        return False
    if _degree(word):
        return False  # “dr Aru Ariyanto, SpPD-KGEH, menjelaskan …”: a degree, no name
    if _id_noun(low):
        return False  # “Pengukuhan Prabowo dilakukan …”, “PDI Perjuangan”: a noun, not a name
    if low.endswith("nya") and len(low) >= 7:
        # “Awalnya Pandu menjelaskan …”, “Dulunya Murati dan Altman …”: a word with the
        # suffix -nya opening a sentence (names that end so are short: Sonya, Tanya)
        return False
    letters = word.replace(".", "").replace("-", "")
    if _DIGIT.search(letters):
        return False  # “Rp1”, “G20”, “Covid-19”: an amount or a code, not a name
    return not (len(letters) >= 2 and letters.isupper())


# Words that open the name of a body: “Partai Kebangkitan Bangsa”, “Bank Mandiri”.
BODY_TYPES: Final = frozenset(
    "pt cv persero "
    "partai bank universitas institut yayasan perusahaan komunitas organisasi lembaga klub "
    "badan perum kementerian komisi dewan majelis kelompok paguyuban asosiasi himpunan "
    "perhimpunan ikatan persatuan perkumpulan koperasi sanggar serikat gabungan "
    "party university institute foundation company club".split()
)
# Words after which a capitalised word is a place: “Wali Kota Depok Supian Suri”.
_PLACE_BEFORE: Final = frozenset(
    "kota kabupaten provinsi kecamatan desa kelurahan warga".split()) | FACILITY_WORDS
# Offices held over a district, a village or a police or army area, whose place follows
# them: before a name of two or three words, the word after them is that place (“Camat
# Tigaraksa Rudi Hartono”, “Kades Cikupa Ahmad Fauzi”, “Kapolsek Cisauk Budi Santoso”);
# before one word, it is the name (“Camat Rudi Hartono”); a longer run is left to the
# name's other mentions (“Kades Kasang Kumpeh Anna Widya Putri”: a place of two words).
_PLACE_OFFICES: Final = frozenset(
    "camat lurah kades kadus sekcam sekdes kapolsek kapolres kapolresta kapolrestabes dandim "
    "danramil".split())
def _village_office(toks: list[tuple[str, int, int]], k: int) -> bool:
    """“Kepala Desa”, “Sekretaris Kelurahan” end at ``k``: an office over a village, whose
    name follows it unless the word after it is a given name (“Kepala Desa Cikupa Ahmad
    Fauzi”, “Kepala Desa Sukamaju Budi”; but “Kepala Desa Budi Santoso” is Budi Santoso)."""
    return (k >= 1 and toks[k][0] in ("Desa", "Kelurahan")
            and toks[k - 1][0].lower() in ("kepala", "sekretaris"))


def _text_before(pos: int) -> str:
    """The thirty characters before ``pos`` in the text being read (the token index's),
    trailing blanks stripped; "" with no index."""
    return _index.text[max(0, pos - 30) : pos].rstrip() if _index is not None else ""


def _name_slot_before(pos: int) -> bool:
    """Does a comma, an office's word, a speech verb, “menurut” or “oleh” stand right before
    ``pos`` (blanks aside) in the text being read (the token index's): a name may open at
    ``pos`` (not after “zona”, “grup”, “kelas”: “Grup A”)?"""
    before = _text_before(pos)
    if before.endswith(","):
        return True
    last = before.rsplit(None, 1)[-1].lower() if before else ""
    return last in ROLE_WORDS or last in ID_POST_VERBS or last in ("menurut", "oleh")


def _company_md(toks: list[tuple[str, int, int]], k: int) -> bool:
    """Is toks[k] “MD” between a company's word and a full name in English copy (“Vyoma MD
    Prashant Chiranjive Jain”, “Tata Motors MD Girish Wagh”): the managing director, no
    initials (not “Mahfud MD”, nor “Election Commissioner MD Alamgir”, Mohammad)?"""
    return (toks[k][0] == "MD" and k >= 1 and len(toks) - k >= 3 and is_nameish(toks[k - 1][0])
            and toks[k - 1][0].lower() not in ROLE_WORDS and _english_index())


def _sasak_lalu(toks: list[tuple[str, int, int]], k: int) -> bool:
    """“pasangan Lalu Muhammad Iqbal dan …”, “Sekda NTB, Lalu Gita Ariadi”: Sasak nobility's
    “Lalu” opening a name of two or three more words inside a sentence (the common word
    “lalu”, then, is capitalised only where it opens one)."""
    return (k == 0 and toks[0][0] == "Lalu" and 3 <= len(toks) <= 4
            and all(is_nameish(t[0]) for t in toks[1:]) and _inside_sentence(toks[0][1]))


def _inside_sentence(pos: int) -> bool:
    """Does a lower-case letter or a comma stand right before ``pos`` (blanks aside) in the
    text being read: the word at ``pos`` goes on a sentence, opens none?"""
    before = _text_before(pos)
    if before[-1:] == ",":  # (after a comma, an office's or a place's capitalised word:
        # “Gubernur NTB, Lalu Muhammad Iqbal”; not “… motor itu, Lalu Budi curiga”, the
        # adverb miscapitalised)
        words = before[:-1].split()
        return bool(words) and words[-1][:1].isupper()
    return before[-1:].islower()


def _written_as_place(word: str, text: str | None = None) -> bool:
    """Does ``text`` (the token index's when not given) write ``word`` after a village's or a
    district's word or “warga” (“Desa Bojongsari, Karangsambung dan …” is no such spot;
    “warga Karangsambung”, “Desa Karangsambung” are): a place, so “Kades Karangsambung
    Kosim” is Kosim, the head of that village."""
    if text is None:
        text = _index.text if _index is not None else ""
    if not text or not word.replace(" ", "").isalpha():
        return False
    return re.search(rf"\b(?:[Ww]arga|[Dd]esa|[Kk]elurahan|[Kk]ecamatan|[Dd]usun)[ \t]+{word}\b",
                     text) is not None


def place_head(toks: Sequence[tuple[str, int, int]], k: int) -> bool:
    """Is ``toks[k]`` a word a place's name follows: an office over a district, a village
    or a police area (“Lurah”, “Camat”, “Kapolsek”), “warga”, or “Kepala Desa”?"""
    low = toks[k][0].lower()
    return low in _PLACE_OFFICES or low == "warga" or (
        k >= 1 and low in ("desa", "kelurahan") and toks[k - 1][0].lower() in ("kepala",
                                                                            "sekretaris"))


def _village_then_name(toks: list[tuple[str, int, int]], i: int) -> int:
    """Where the name starts when a place of two words lies between a place's head and a
    name, the name split at ``i`` taking the place's second word: “Lurah Pondok Labu Joko
    Susilo”, “warga Sungai Bambu Siti Aminah” (a kelurahan's name, which the gazetteer does
    not list, opening as its regions do: “pondok”, “sungai”, “kebon”), the word after the
    place a given name of the lists or a name of two words following; else ``i``."""
    for h in (i - 2, i - 1):
        n = h + 3  # (the name's first word)
        if h < 0 or n >= len(toks) or len(toks) - n > 3 or not place_head(toks, h):
            continue
        g = gazetteer()
        if (toks[h + 1][0].lower() in g.openers and is_nameish(toks[h + 2][0])
                and not g.given_name(toks[h + 2][0].lower())
                and (g.given_name(toks[n][0].lower()) or len(toks) - n == 2)
                and all(is_nameish(t[0]) for t in toks[n:])):
            return n
    return i


# words a village's or a district's name follows where the article writes it as a place
_PLACE_LEAD = _PLACE_OFFICES | _PLACE_BEFORE | frozenset(
    "di ke dari nagari gampong polsek koramil wilayah kawasan daerah".split())


def village_alone(text: str, role: str, name: str) -> bool:
    """“ujar warga Cilandak”, “kata Camat Cilandak”, “kata Lurah Pondok Labu”: the one or
    two words after a place's head (``place_head``) are the place the office or the
    resident is of, no person: no word of them a given name of the lists (“Camat Budi”),
    two words opening as a region's do (not “Lurah Hendra Wijaya”), and the article writes
    them nowhere but after such a head or a place's word (“Kecamatan Cilandak”, “di
    Cilandak”; not “kata Sapuan” after “Kades Sapuan”); one word at least once after a
    place's word or “warga”, not only after an office (“kata Kades Suparman.” alone is a
    person, test_quotes_place18)."""
    toks = [(w, 0, 0) for w in role.split()]
    if not toks or name.count(" ") > 1:
        return False
    if place_head(toks, len(toks) - 1):
        place = name.split()
    elif " " not in name and len(toks) >= 2 and toks[-2][0].lower() == "warga" and (
            is_cap(toks[-1][0])):
        place = [toks[-1][0], name]  # (“warga Pondok” + “Labu”; not an office's: “Kepala
        # Desa Sukamaju Suparman”, its place, then its holder)
    else:
        return False
    g = gazetteer()
    if any(g.given_name(w.lower()) for w in place) or (
            len(place) == 2 and place[0].lower() not in g.openers):
        return False
    placed = len(place) == 2  # (a word written as a place's, not only after an office)
    for m in _whole_word(" ".join(place)).finditer(text):
        before = text[max(0, m.start() - 24) : m.start()].split()
        if not before or before[-1].lower() not in _PLACE_LEAD:
            return False
        placed = placed or before[-1].lower() not in _PLACE_OFFICES
    return placed


def _resident_named(toks: list[tuple[str, int, int]], k: int) -> bool:
    """“Warga Budi Santoso mengatakan …”: “warga” at ``k`` before a given name and a word
    more is a resident and their name, not the people of a place called Budi (“warga
    Cikupa Ahmad Fauzi”: the village, then the name). So too “Wali Kota Budi Santoso”,
    “Wali Kota Bobby Nasution”: the mayor's given name after “Kota”, when no region of the
    lists is called so (“Wali Kota Bogor Bima Arya”, “Wali Kota Cimahi Ngatiyana”: the
    city, then the name)."""
    given = toks[k + 1][0].lower() if k + 2 < len(toks) else ""
    if not given or not listed_given_name(given):
        return False  # (a given name of the lists, or one whose gender the engine knows:
    # “Wali Kota Bobby Nasution”)
    low = toks[k][0].lower()
    return low == "warga" or (
        low == "kota" and k >= 1 and toks[k - 1][0].lower() == "wali"
        and not region_at([t[0].lower() for t in toks], k + 1))


# Indonesian-only openers, kinds of place and speech verbs: given names in English text
# (“said Hanya Yanagihara”, “said Candi Staton”, “Tanya Plibersek, the environment
# minister”), where the Indonesian word lists do not apply
EN_ID_NAMES = frozenset(w.capitalize() for w in (
    ID_OPENING_WORDS | FACILITY_WORDS | ID_POST_VERBS | ID_FUNCTION_WORDS))
_LOWER_HYPHEN: Final = re.compile(r"-[a-z]")
# Indonesian nouns made with pe(N)-/per-/ke- … -an (“pengukuhan”, “perjuangan”,
# “kebakaran”): capitalised at a sentence start or in a title, never a personal name;
# but English surnames may look alike (“Pearlman”, “Kerrigan”, “Kernighan”).
_ID_NOUN = re.compile(r"(?:pe(?:m|n|ng|ny|r|l)?|ke)[a-z]{3,}an")
_NOT_ID_NOUN = re.compile(r"man$|[aeiou]gan$|gh")


def _id_noun(word: str) -> bool:
    if word[-2:] not in ("an", "AN") or word[:2].lower() not in ("pe", "ke"):
        return False
    low = word.lower()
    return bool(_ID_NOUN.fullmatch(low)) and not _NOT_ID_NOUN.search(low)
_DIGIT: Final = re.compile(r"\d")
# a lower-case letter then a capital inside a word: camel case (“VietJet”, “PayPal”), which
# personal names have only after a prefix (“McDonald”, “DeSantis”, “DiCaprio”, “LeBron”)
_CAMEL = re.compile(r"[a-z][A-Z]")
# sites whose users the news quotes, written before the user's name (“pengguna Twitter
# Ani Lestari”, “akun Instagram Budi”): no word of the person's name
_PLATFORMS: Final = frozenset(
    "Twitter X Instagram Facebook YouTube Youtube TikTok Tiktok Threads Telegram LinkedIn "
    "WhatsApp Reddit".split())
# Malay styles after “Yang” (English news of Malaysia and Brunei: “Yang Berhormat …”, “the
# Yang di-Pertuan Agong”) and the titles that may follow them: the style, not a name
_MALAY_STYLES = frozenset(
    "berhormat amat mulia terutama teramat di-pertuan dipertuan agong besar negeri arif "
    "tuanku tun datuk dato datin seri".split())
# the words before such a site's name that make the name after it its user's (not
# “Twitter Support said”, “YouTube Kids said”: the site's account or product)
_PLATFORM_USERS = frozenset("pengguna akun warganet netizen user users kreator".split())
_USER_OF = re.compile(r"(?:.*?\b)?(?i:{})[ \t]+(?:{})[ \t]".format(
    "|".join(sorted(_PLATFORM_USERS)), "|".join(sorted(_PLATFORMS))))


def _site_of_user(text: str, at: int, site: str) -> bool:
    """Is the site's name ``site`` at ``at`` written after a user's word (“pengguna
    Instagram …”), so that the name after it is its user's?"""
    return _USER_OF.match(text, max(0, at - 12), at + len(site) + 1) is not None
_CAMEL_NAME = re.compile(r"(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|St)[A-Z][a-z]")
# Capitalised first names that are also common lower-case words of the other language.
_FIRST_NAMES: Final = frozenset(["Dan", "Hal"])
# Capitalised function words that are parts of foreign names between two name words.
_MID_NAME_WORDS: Final = frozenset(["Sang", "Dan"])


POSSESSIVE = ("’s", "'s")  # (a possessive’s endings: “MSNBC’s”, “Vale's”)
# Capitalised runs that may spell out an acronym: “Bank Indonesia”, “Badan Pusat Statistik”,
# “Komisi Pemberantasan Korupsi”, “Department of Justice”.
_SPELLED_RUN = re.compile(
    r"[A-Z][a-z]+(?:[ \t]+(?:(?:of|for|and|dan|the)[ \t]+){0,2}[A-Z][a-z]+)+"
)
_GLUE_WORDS: Final = frozenset("of for and dan the".split())
# “the Security Service of Ukraine (SBU)”: a body's name and the short form the article
# gives it in brackets, whatever its initials (an English text's foreign acronyms)
_DEFINED_SHORT = re.compile(
    r"([A-Z][a-z]+(?:['’]s)?(?:[ \t]+(?:(?:of|for|and|the|on)[ \t]+){0,2}[A-Z][a-z]+(?:['’]s)?)+)"
    r"[ \t]+\(([A-Z][A-Za-z]{1,5})\)")


# “PT Hutama Karya (Persero)”, “PT Waskita Karya Tbk”: a company's name
_PT = re.compile(word_opening(["PT"]) + r"\.?[ \t]+")
_COMPANY_AFTER = re.compile(r"(?:[A-Z][\w&\-]*[ \t]+){0,3}[A-Z][\w&\-]*")
_COMPANY_BEFORE = re.compile(r"(?<![\w&\-])((?:[A-Z][\w&\-]*[ \t]+){1,3})$")
# (two scans, each a literal the regex engine finds by a quick search, where one alternation
# of the two tests a class at every character; the names found make a set: order is moot)
_COMPANY_MARK_SCANS = (re.compile(r"\(Persero\)"), re.compile(word_opening(["Tbk"]) + r"\b"))


def _company_names(text: str) -> set[str]:
    """Names the article gives companies: after “PT”, before “(Persero)” or “Tbk”."""
    found: set[str] = set()
    for m in _PT.finditer(text):
        run = _COMPANY_AFTER.match(text, m.end())
        if run:
            found.add(" ".join(run.group().split()))
    for m in chain.from_iterable(p.finditer(text) for p in _COMPANY_MARK_SCANS):
        run = _COMPANY_BEFORE.search(text, max(0, m.start() - 80), m.start())
        if run:
            found.add(" ".join(run.group(1).split()))
    return found
# “a store called Delos Antiques”, “The group, named Free Voices, …”: the name a thing
# is given (a shop, a firm, a group, a show), never a person a pronoun points to
_CALLED = re.compile(r"[ \t]+((?:[A-Z][\w’'&\-]*[ \t]+){0,3}[A-Z][\w’'&\-]*)")
_THING_BEFORE = re.compile(
    r"\b(?:shop|store|stores|company|firm|business|group|band|restaurant|cafe|café|bar|pub|"
    r"project|campaign|organisation|organization|charity|app|programme|program|show|series|"
    r"film|book|album|song|club|team|school|church|party|movement|initiative|network|"
    r"platform|website|brand|hotel|farm|boat|ship|startup|start-up|outfit|venture|event|"
    r"festival|fund|foundation|centre|center|clinic|salon|market|bakery|studio|label)s?"
    r"(?:,|[ \t]+(?:is|was|are|were|now|also|aptly|simply|fittingly)){0,3}[ \t]+$")


def _called_names(text: str) -> set[str]:
    """Names the article gives things: after “called”, “named” or “dubbed” right after a
    thing's noun (“a store called Delos Antiques”, “the group is named Free Voices”); not
    a person's (“a man called Tom Vale”)."""
    found: set[str] = set()
    for word in (" called", " named", " dubbed"):  # (each found with ``str.find``)
        p = text.find(word)
        while p >= 0:
            m = _CALLED.match(text, p + len(word))
            if m and _THING_BEFORE.search(text, max(0, p - 40), p + 1):
                found.add(" ".join(m.group(1).split()))
            p = text.find(word, p + len(word))
    for word in _TITLE_PREPOSITIONS:
        p = text.find(word)
        while p >= 0:
            m = _CALLED.match(text, p + len(word))
            if m and p and text[p - 1].islower():
                found.add(" ".join(m.group(1).split()))
            p = text.find(word, p + len(word))
    return found


# a preposition capitalised inside a sentence opens a title, not a person's name (“her
# Beyond Zero initiative”, “said Into the Wild …”): the capitalised words after it name a
# thing (not “Under Secretary …”, an office)
_TITLE_PREPOSITIONS = tuple(f" {w}" for w in (
    "Beyond Into Without Across Against Toward Towards Through Behind Beneath Upon Within".split()))


#: Indonesian words a thing's or a body's name follows, never a person's: a product's kind
#: or brand, a measure or a price of it, a stop or a service of a transport line, an app, a
#: society (“BBM jenis Pertalite”, “dua liter Pertamax”, “Halte Trans Siginjai”)
THING_WORDS_ID: Final = frozenset(
    "jenis merek merk produk liter harga tarif halte aplikasi layanan maskapai perkumpulan".split())
_THING_RUN = re.compile(r"[ \t]+((?:[A-Z][\w’'\-]*[ \t]+){0,2}[A-Z][\w’'\-]*)")


def _thing_names(text: str) -> set[str]:
    """The names an (Indonesian) article writes right after a word only a thing's or a
    body's name follows (``THING_WORDS_ID``): “BBM jenis Pertalite”, “Halte Trans Siginjai
    sudah dibangun”, “perkumpulan Boedi Oetomo”; each run of capitalised words there and its
    first words. (Each word is found with ``str.find`` in the lower-cased text: one pass
    each, no pattern tried at every character.)"""
    found: set[str] = set()
    low = text.lower()
    if len(low) != len(text):  # (a letter whose lower case is longer: offsets would shift)
        return found
    for word in THING_WORDS_ID:
        p = low.find(word)
        while p >= 0:
            end = p + len(word)
            if p == 0 or not low[p - 1].isalnum():
                m = _THING_RUN.match(text, end)
                if m:
                    words = m.group(1).split()
                    found.update(" ".join(words[:k]) for k in range(1, len(words) + 1))
            p = low.find(word, end)
    return found


_WORD_BEFORE = re.compile(r"(?:\b|(?<=\s))([A-Z][a-z]+|(?:[A-Z]\.){1,3})[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+(?:(?:-[a-z]+)+(?![\w-]))?)\b")  # (“Sam-yeong”)
# two capitals right after a name, a speech verb after them (“Mahfud MD mengatakan”)
_INITIALS_AFTER = re.compile(r"[ \t]([A-Z]{2})(?![\w’'\-])")
_SUBJECT_VERB_AFTER = re.compile(
    r"[ \t]+(?:" + "|".join(sorted(ID_SUBJECT_VERBS)) + r"|said|says|told|added)\b")
_LAST_WORD = re.compile(r"(\w+)[ \t]+$")


def _office_before(text: str, at: int) -> bool:
    """Is the word right before ``at`` an office's (“Menko Polhukam Mahfud MD”)?"""
    before = _LAST_WORD.search(text, max(0, at - 30), at)
    return before is not None and before.group(1).lower() in ROLE_WORDS


#: words a title-case headline writes before a one-word name (“Strategi Super App Ala Grab
#: …”, “Santai Bahlil Tanggapi …”, “Meet Vale, …”): capitalised there as every word is, no
#: given names (the word before a surname in a headline mostly is one: “Why Taylor Swift …”)
_HEADLINE_WORDS = frozenset(
    "ala gaya soal kata profil cerita sosok kisah strategi santai sengit momen aksi respons "
    "tanggapan curhat jawaban pesan janji ucapan versi era rekor duel heboh viral "
    "meet watch inside exclusive why how".split())


def _title_line(text: str, pos: int) -> bool:
    """Is pos on a line of four words or more, most of them capitalised, that does not end
    with a full stop or a quote mark (a headline in title case)?"""
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    line = text[lo : hi if hi >= 0 else len(text)].rstrip()
    if line.endswith((".", "\"", "”")):
        return False
    words = line.split()
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.6 * len(words)


def written(text: str, name: str) -> bool:
    """The text writes this name as whole words (“Lavrov” is not written in “Lavrova”)."""
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


def _sentence_opening(text: str, pos: int) -> bool:
    """Does the word at pos open a sentence (“Apabila Gunawan tidak …”)?"""
    head = text[max(0, pos - 3) : pos].rstrip(" \t")
    return not head or head[-1] in ".!?\n\"“”"


def _short_of_body(word: str) -> bool:
    """Capitals only, or two or more with lower-case letters between (“MoH”, “DfE”)."""
    return word.isupper() or (word[:1].isupper() and sum(c.isupper() for c in word) >= 2)


def _initials(run: str) -> str:
    return "".join(w[0] for w in run.split() if w not in _GLUE_WORDS)
# Organisation words that are also common surnames (“Kelli White”, but “White House”).
_SURNAME_ORG_WORDS: Final = frozenset("white house".split())
# a word of a body's or a place's name (``People.is_body``)
_BODY_OR_PLACE_WORDS: Final = GEO_WORDS | ORG_WORDS | EN_FACILITY_WORDS
# place and people words that are also common surnames (“Mark Cuban”, “Jack London”)
_GEO_SURNAMES: Final = frozenset("cuban french welsh irish english washington london".split())
# last words of an English place's or a facility's name of two words or more (not of a
# person's: no “Hall”, “Park”, “Bay”, “Lake”, “Tower”, which are surnames too)
_PLACE_TAIL_WORDS: Final = EN_PLACE_KINDS | frozenset(
    "station centre center plaza clinic settlement township precinct terminal depot "
    "library highway interchange theater theatre weekly caucus show policy".split())
# (“Shelton Weekly”, “Civic Theater”, “House Freedom Caucus”, “Late Show”; a page's
# “Privacy Policy”, “Cookie Policy”)
#: a hospital's short head, written before its name (“RS Islam Ar-Rasyid”, “RSUD Dr
#: Soetomo”)
_HOSPITAL_HEADS: Final = frozenset("rs rsud rsu rsup rsia rsj rsab rsi rspad".split())
_CLUB_CODES = frozenset("fc ac sc cf tv pd dc pr hr it ai ui ux ok cv ud".split())


# two-letter Roman numerals, which number units and regions (“Kepala KPPU Wilayah II Wahyu
# Bekti Anggoro”, “Regional IV”): no person's initials
_ROMAN_PAIRS = frozenset("II IV VI IX XI XV XX".split())


def _given_and_two_capitals(run: list[tuple[str, int, int]]) -> bool:
    """A given name and two capitals (“Fariz RM”, “Mahfud MD”): a person's whole name
    where a speech verb or an office stands before it, not a body called so."""
    return (len(run) == 2 and _two_initials(run[1][0]) and is_nameish(run[0][0])
            and run[0][0].lower() not in ROLE_WORDS)


def _two_initials(word: str) -> bool:
    low = word.lower()
    return (len(word) == 2 and word.isupper() and word not in _ROMAN_PAIRS and low not in GEO_WORDS
            and low not in ORG_WORDS and low not in NOT_NAME_WORDS and low not in _CLUB_CODES
            and low not in ("mp", "pm"))  # (“SNP MP Joanna Cherry”, “Tory MP David Davis”,
    # “PM Rahman menggantikan …”: an office; “Andrew RT Davies”: initials)


_INITIALS = re.compile(r"[A-Z](?:\.[A-Z])+\.?")


def _name_initials(word: str) -> bool:
    """Two or three capitals that may be a name's initials (“AK”, “ANM”): no country,
    body or office word (“UN”, “MP”, “CEO”)."""
    return (_two_initials(word) or (
        len(word) == 3 and word.isalpha() and word.isupper()
        and word.lower() not in ORG_WORDS and word.lower() not in GEO_WORDS
        and word.lower() not in NOT_NAME_WORDS and word.lower() not in ROLE_WORDS))


def _english_index() -> bool:
    """Is the text being read (the token index's) English?"""
    return _index is not None and detect_language(_index.text) == "en"


def _is_initial(word: str) -> bool:
    """A middle initial such as the "A" in "Rivan A Purwantono", or initials with full
    stops ("Agus D.W. Martowardojo")."""
    return (len(word.rstrip(".")) == 1 and word[:1].isupper()) or (
        "." in word and bool(_INITIALS.fullmatch(word)) and word.rstrip(".") not in _DOTTED_BODIES)


# a country's or a body's letters written with full stops (“the U.N. Gilad Erdan”): no
# initials of a name (“A.S.” stays: Indonesian names write initials so, “Muhammad A.S. Hikam”)
_DOTTED_BODIES = frozenset("U.N U.S U.K E.U U.S.A U.A.E".split())


# Academic and professional degrees written after a name (“Ivan Rizal Sini SpOG”, “Budi
# Santoso SH MH”, “Ratna Dewi M.Kes”, “H. Ahmad Sudrajat, S.Sos., M.Si.”, “Hj. Siti Aminah,
# S.Pd.I”: government and campus newsrooms write them after every name): no part of it.
_DEGREES = frozenset(
    "sh mh st mt mm mba phd msc se msi spd mpd mkes mds skom sip ssos map mhum sag mag skm "
    "skep mba llm bsc ba ma mkn sked mphil spdi mpdi ssi sik mik sthi shi sei mei spsi mpsi "
    "sfarm sgz sikom ssn sn ap mep msm mak sak ak mepid mph"
    # (health and applied masters: “dr. Erna Purbasari, MKk”, “…, MARS”, “…, M.Kep”)
    " mkk mkm mkep mkom mars mpp mtr".split())
# English medical, nursing and law degrees after a name and a comma (“Ulrich Laufs, MD,
# PhD, director of …”; not Indonesian text, where “Mahfud MD” is a name)
_EN_DEGREES = frozenset(
    "MD MPH DDS DMD RN DNP DVM MBBS FACC FACP FRCP PharmD EdD PsyD JD MSW MSN BSN NP".split())
# The letters of a seat, a rank at the bar or an order after a full name (“William Duma
# MP”, “Judge Peter Lodder QC”, “Sarah McLeod OBE”): no part of it. (Not after one word:
# “The Clacton MP said” is an office, no person named “Clacton”.)
POST_NOMINALS: Final = frozenset(
    "MP MEP MLA MPP MS QC KC SC OBE MBE CBE KBE DBE GBE CMG KCMG GCMG OAM LVO CVO".split())
# The letters of an English seat or rank at the bar, as an office (“the Fine Gael MEP said”,
# “the Labour MSP”, “the Fianna Fáil TD”, “the Likud MK”, “the Bradford West MP said”,
# “The KC said”): a person the article names, never a body (an acronym) nor, undotted, a
# degree (the Indonesian degrees hold “MEP”, “AP” dotted: “M.E.P”)
OFFICE_LETTERS: Final = frozenset(
    "MP MPs MEP MEPs MSP MSPs MLA MLAs MPP MPPs TD TDs MK MKs MHA MHAs KC QC".split())
_SPECIALIST = re.compile(r"Sp\.?[A-Z][A-Za-z.]{0,4}(?:-[A-Z]+)?")


def _degree(word: str) -> bool:
    if word in OFFICE_LETTERS:
        return False  # (“the Fine Gael MEP said”: an office, not the degree M.E.P)
    if word.islower() or (word.istitle() and word[:2] != "Sp" and "." not in word[1:-1]):
        return False  # (most words: a quick no; “S.Sos”, “M.Pd” are title-cased too)
    plain = word.replace(".", "")
    return (plain.lower() in _DEGREES and not plain.islower() and not plain.istitle()
            or bool(_SPECIALIST.fullmatch(word)))


def _phrase_word(word: str) -> bool:
    return (is_cap(word) or word.lower() in ROLE_WORDS or word in "()"
            or (word[:1] in "ae" and ARTICLE_NAME.fullmatch(word) is not None)  # (“said
            # al-Sudani”)
            or _lower_title(word))  # (“kata dr. Ani Lestari”)


def _lower_title(word: str) -> bool:
    """A title written in lower case with its full stop (“dr.”, “drg.”, “ir.”)?"""
    return word[-1:] == "." and word[:-1] in LOWER_TITLES


_ADVERB_ENDINGS = ("ally", "ently", "antly", "ately", "ously", "ively", "edly", "arly",
                   "ably", "ibly", "ngly", "fully")


def lowercase_adverb(word: str) -> bool:
    """“recently”, “repeatedly”: a manner or time adverb between a name and its verb."""
    return word.islower() and _adverb(word)


def _adverb(word: str) -> bool:
    """“Apparently”, “Eventually”, “Reportedly”: a sentence adverb, not a given name
    (“Kelly”, “Beverly”, “Kimberly” do not end so)."""
    return len(word) >= 7 and word.lower().endswith(_ADVERB_ENDINGS)


# (“a Virginia Democrat said”: a state's party member, not a woman named Virginia)
_NOT_SURNAMES = frozenset("democrat democrats republican republicans independent "
                          "conservative liberal senator".split())


def _surname_word(given: str, word: str) -> bool:
    """Is word, a capitalised role or place word (“Legend”, “West”, “Major”), a surname
    because an English given name stands before it?"""
    low = word.lower()
    return (given[:1].isupper() and given.lower() in GIVEN_GENDER and word[:1].isupper()
            and word[1:].islower() and word.isalpha() and (low in ROLE_WORDS or low in GEO_WORDS)
            and low not in _NOT_SURNAMES)


# Office words that only follow another (“Direktur Utama”, “Perdana Menteri”'s first word
# only before “Menteri”, “Majelis Hakim”), and Indonesian names' last words too: after a
# given name they end the name (“Virdika Rizky Utama”, “Arya Perdana”, “Lukman Hakim”)
_NAME_ENDING_OFFICES: Final = frozenset("Utama Perdana Hakim".split())


def _name_ending_office(toks: list[tuple[str, int, int]], k: int,
                        names: frozenset[str] | set[str] = frozenset()) -> bool:
    """Is the word at k one of those office words ending a personal name: after a given
    name the gazetteer knows, after a word the article calls someone by (“Corporate
    Secretary MIND ID Pria Utama … kata Pria”), or after two words of a name (“Djaka Budhi
    Utama”)?"""
    if toks[k][0] not in _NAME_ENDING_OFFICES or k < 1 or not is_nameish(toks[k - 1][0]):
        return False
    return gazetteer().given_name(toks[k - 1][0].lower()) or toks[k - 1][0] in names or (
        k >= 2 and is_nameish(toks[k - 2][0]))


#: the particles a European surname keeps when the article writes it alone, lower-case
_SURNAME_PARTICLES: Final = frozenset("van von de der den da la le du dos".split())


def _epithet(low: str) -> bool:
    """An English word for what someone is (``EN_EPITHETS``), or one made so: “dietitian”,
    “nutritionist”, “epidemiologist”, “statistician” (not a surname that ends alike:
    “Lindqvist”, “Ahlquist”)."""
    return low in EN_EPITHETS or (len(low) >= 7 and low.isalpha() and (
        low.endswith(("ologist", "itian", "ician"))
        or (low.endswith("ist") and not low.endswith(("quist", "qvist")))))


def split_phrase(
    toks: list[tuple[str, int, int]], names: frozenset[str] | set[str] = frozenset()
) -> Phrase:
    """Trailing run of name-like words is the name; what comes before it is the role.

    ``names`` are words the article itself uses as names (“ujar Lalu”) though they are
    also common words."""
    field = False  # (the run opened with “Bidang”: its field comes first, then the name)
    the = False  # (the run opened with “the”: “the Fine Gael MEP” is an office)
    while toks and toks[0][0] not in names and (_adverb(toks[0][0]) or not (
        # “Hal Finney”, “Dan Rather”: a given name that is a common word of the other
        # language, when a name follows it
        toks[0][0] in _FIRST_NAMES and len(toks) > 1 and is_nameish(toks[1][0])
    ) and not (
        # “Yang Moo-jin”, “Ko Eun-ji”: a surname before a hyphened Korean given name
        len(toks) > 1 and _hyphened_given(toks[1][0]) and toks[0][0].istitle()
        and 2 <= len(toks[0][0]) <= 4 and toks[0][0].lower() not in ROLE_WORDS
    ) and (
        (toks[0][0].lower() in NOT_NAME_WORDS
         # (not the “I” of a Balinese name: “I Nyoman Juniarta menyampaikan …”)
         and not (toks[0][0] == "I" and len(toks) >= 3 and toks[1][0] in BALINESE_SECOND)
         and not (toks[0][0] == "A" and _muhammad_initial(toks, 0))
         and not _sasak_lalu(toks, 0)
         and not _acronym_word_at(toks, 0))
        or toks[0][0].lower() in _CONNECTORS
        or toks[0][0].lower() in ID_POST_VERBS
    )):
        if toks[0][0].lower() in HONORIFICS:
            break
        field = toks[0][0].lower() in _FIELD_WORDS
        the = toks[0][0].lower() == "the"
        toks = toks[1:]
    if len(toks) > 1 and toks[0][0] == "Yang" and toks[1][0].lower() in _MALAY_STYLES:
        k = 1  # “Yang Berhormat Datuk Seri Anwar Ibrahim”, “the Yang di-Pertuan Agong”: a
        while k < len(toks) and toks[k][0].lower() in _MALAY_STYLES:  # Malay style, no name
            k += 1
        if k == len(toks):  # (“retorted the Yang Berhormat”: an office, its holder unnamed)
            return Phrase("", _join(toks), toks[0][1], toks[-1][2])
        toks = toks[k:]
    if field and toks:
        k = _field_end(toks, 0)  # “(Menko) Bidang Pangan Zulkifli Hasan”
        if k < len(toks) and is_nameish(toks[k][0]):
            toks = toks[k:]
    while toks and (toks[-1][0].lower() in _CONNECTORS or toks[-1][0] == "("
                    or (len(toks) >= 2 and _degree(toks[-1][0])
                        and any(is_nameish(t[0]) for t in toks[:-1]))
                    or (len(toks) >= 3 and toks[-1][0] in POST_NOMINALS and not the
                        and is_nameish(toks[-2][0]) and (is_nameish(toks[-3][0])
                                                         or toks[-3][0] in NAME_PARTICLES))):
        toks = toks[:-1]  # (“dr Ivan Rizal Sini SpOG”, “Rabendra Alamin ST MDs”: degrees)
    if len(toks) >= 3 and toks[-1][0].lower() in _SHOW_WORDS and all(
            is_nameish(t[0]) for t in toks[:-1]):
        toks = toks[:-1]  # “The Joe Rogan Experience”, “the Kelly Clarkson Show”: a show
        # named after its host, whose name it is (no person called “… Experience”)
    if not toks:
        return Phrase()
    i = len(toks)
    while i > 0 and not (i >= 2 and (
            toks[i - 2][0].lower() in _PLACE_BEFORE and not _village_office(toks, i - 2)
            and not _resident_named(toks, i - 2)
            or (toks[i - 2][0].lower() in _PLACE_OFFICES and 2 <= len(toks) - i <= 3)
            or (toks[i - 2][0].lower() in _PLACE_OFFICES and len(toks) - i == 1
                and not listed_given_name(toks[i - 1][0].lower())
                and _written_as_place(toks[i - 1][0]) and not _written_as_place(
                    f"{toks[i - 1][0]} {toks[i][0]}"))  # (not “Lurah Pondok Labu”, nor
            # “Kades Agus Salim” beside “rumah warga Agus”)
            or (_village_office(toks, i - 2) and len(toks) - i <= 3
                and not gazetteer().given_name(toks[i - 1][0].lower())))
                         and toks[i - 2][0] not in names) and not (
        i < len(toks) and toks[i - 1][0].endswith(POSSESSIVE)  # “MSNBC’s Ari Melber”
    ) and not (toks[i - 1][0].lower() in _TITLES_BEFORE and len(toks) - i >= 2) and not (
        i < len(toks) and toks[i - 1][0] in _PLATFORMS  # “pengguna Twitter Ani Lestari”
        and i >= 2 and toks[i - 2][0].lower() in _PLATFORM_USERS
    ) and not (
        i >= 2 and toks[i - 1][0] == "Agung" and toks[i - 2][0].lower() in _SUPREME
        # “Jaksa Agung ST Burhanuddin”, “Juru Bicara Mahkamah Agung Yanto”: the attorney
        # general, the supreme court, not a given name
    ) and (
        is_nameish(toks[i - 1][0])
        or (i == len(toks) and i >= 2 and toks[i - 1][0] in _NAME_ENDS
            and is_nameish(toks[i - 2][0]))
        or (i + 1 == len(toks) and i >= 2 and toks[i][0] in _SUFFIXES
            and toks[i - 1][0].istitle() and is_nameish(toks[i - 2][0]))
        # “Martin Luther King Jr.”: an office's word before a suffix is the surname
        # “Kim Jong Un”, “Hun Sen”: a name's last word, not the UN nor a senator
        or (i == len(toks) and i >= 2 and _ORDINAL_SUFFIX.fullmatch(toks[i - 1][0]) is not None
            and toks[i - 2][0].istitle() and is_nameish(toks[i - 2][0]))
        # “Tom Vale III”, “Pope Leo XIV”: a generation's or a reign's numeral ends the name
        or (toks[i - 1][0] in _NAME_PART_OFFICES and i >= 2 and i < len(toks)
            and is_nameish(toks[i - 2][0]) and is_nameish(toks[i][0]))
        # “Lukman Hakim Saifuddin”, “Abdul Hakim Mahfudz”: an office's word between two
        # name words is the name's
        or (i == len(toks) and i >= 2 and toks[i - 1][0].lower() in _SURNAME_ORG_WORDS
            and is_nameish(toks[i - 2][0]))
        or toks[i - 1][0] in names
        or (_is_initial(toks[i - 1][0]) and i < len(toks)
            and (i - 1 > 0 or "." in toks[i - 1][0][:-1]))  # “C.K. Walker”
        or (toks[i - 1][0] in NAME_PARTICLES and i < len(toks) and i - 1 > 0)
        or (toks[i - 1][0] == "I" and i < len(toks) - 1 and toks[i][0] in BALINESE_SECOND)
        or (i == 1 and _muhammad_initial(toks, 0))  # (“M Tauhid Soleman mengatakan …”)
        or (i == 1 and _sasak_lalu(toks, 0))
        or (i >= 2 and toks[i - 1][0] == "Lalu" and 2 <= len(toks) - i <= 3
            and toks[i][0] != "Lintas" and all(is_nameish(t[0]) for t in toks[i:]))
        # “Sekda Lombok Tengah Lalu Firman Wijaya”: Sasak nobility's “Lalu” opens the name
        # after an office and its region (the common word is capitalised only where it
        # opens a sentence; “Lalu Lintas”, traffic, is an office's field)
        or (toks[i - 1][0].lower() in GIVEN_NAME_ROLES and toks[i - 1][0].istitle()
            and 2 <= len(toks) - i <= 3 and not _english_index())
        # “Kepala Dinas …, Imam Rudy Kurnianto”: a title that is also a given name, before
        # a name of two or three words (“Imam Besar Masjid Istiqlal Nasaruddin Umar”: the
        # mosque's words end the name first)
        or (toks[i - 1][0] in _MID_NAME_WORDS and i < len(toks) and i >= 2
            and is_nameish(toks[i - 2][0]))  # “Dennis Jang Sang Kyu”
        or (i < len(toks) and i >= 2 and _two_initials(toks[i - 1][0])
            and is_nameish(toks[i - 2][0]) and (i == 2 or not is_nameish(toks[i - 3][0]))
            and not _company_md(toks, i - 1))
        # “Nixon LP Napitupulu”: initials after a one-word given name (not after a run of
        # names: “Universitas Gadjah Mada AB Widyanta”)
        or (i == len(toks) and i >= 3 and _two_initials(toks[i - 1][0])
            and is_nameish(toks[i - 2][0]) and (not is_nameish(toks[i - 3][0])
                                                or toks[i - 3][0] in SHORT_GIVEN_NAMES))
        # “Menko Polhukam Mahfud MD”: two capitals after a role and a one-word name end it
        # (not “Hati NR pun …”: a sentence's first word before someone's initials)
        or (i >= 2 and i == len(toks) and _surname_word(toks[i - 2][0], toks[i - 1][0]))
        # “John Legend”, “Samuel West”, “John Major”: a common word after a given name,
        # ending the run (before a name it is an office: “Virginia Governor Tom Vale”,
        # “Victoria Premier Tom Vale”, a state that is a given name too)
        or (i == len(toks) and _name_ending_office(toks, i - 1, names))
        or (i == len(toks) and i >= 3 and toks[i - 1][0].lower() in PORTFOLIO_WORDS
            and toks[i - 1][0].istitle() and is_nameish(toks[i - 3][0])
            and gazetteer().given_name(toks[i - 2][0].lower()))
        # “Zulkifli Surya Negara”: a portfolio's word ending a name after a given name
        or (toks[i - 1][0] == "Di" and i == len(toks) - 1 and i >= 2
            and is_nameish(toks[i - 2][0]) and is_nameish(toks[i][0]))
        # “Justin Di Ciano”: an Italian particle between a given name and the surname
        # (in Indonesian “di” is “in”: only so placed, and only capitalised)
        or (i < len(toks) and _HYPHENED_GIVEN.fullmatch(toks[i][0]) is not None
            and toks[i - 1][0].isalpha() and 2 <= len(toks[i - 1][0]) <= 4
            and toks[i - 1][0].istitle() and toks[i - 1][0].lower() not in ROLE_WORDS)
        # “police officer Son Je-han”: a Korean family name before a hyphenated given name,
        # also one that is an English word
    ):
        i -= 1
    if i == 0 and len(toks) >= 3 and _epithet(toks[0][0].lower()) and is_nameish(
            toks[1][0]) and not _body_phrase(_join(toks[1:])):
        i = 1  # “Physicist Ann Lee said”, “Former Tom Vale told …”: what the person is or
        # was, written before the name (capitalised where it opens the sentence); a name of
        # two words after it, so a body named by such a word stays whole (“Comic Relief”,
        # “Victim Support”, “Anchor Brewing Company”)
    elif len(toks) - i >= 4:
        for k in range(len(toks) - 3, i, -1):
            if (_epithet(toks[k][0].lower()) and toks[k][0].istitle()
                    and not _body_phrase(_join(toks[k + 1 :]))):
                i = k + 1  # “Nyamira Boys Principal George Onkundi said”: the same epithet
                break  # after the body it is held in (the body is the role's)
    if i >= 2 and i < len(toks) and toks[i - 1][0] == "San" and is_nameish(toks[i - 2][0]):
        i -= 2  # “Aung San Suu Kyi”: a word of the name before “San”, no place's
    elif 0 < i < len(toks) and toks[i - 1][0].lower() in PLACE_PREFIXES:
        # “Santa Barbara”, “San Diego”: a place, not a person named Barbara; but “San
        # Francisco Unified School District”: a body named after its place, whole
        i += -1 if toks[-1][0].lower() in _PLACE_NAMED_HEADS else 1
    lead = 0
    while lead < min(2, len(toks) - 1) and toks[lead][0] in _SURNAME_PARTICLES:
        lead += 1
    # the whole phrase is a surname with its particles (“After the talks, von der Leyen
    # said”, “de la Cruz told”): the particles are the name's, not a role before it (not
    # Arabic ones: “bin Salman said” is the short form of “Mohammed Bin Salman”)
    whole = bool(lead) and i <= lead and all(is_nameish(t[0]) for t in toks[lead:])
    if whole:
        i = 0
    while not whole and i < len(toks) and (toks[i][0] in NAME_PARTICLES
                                           or _is_initial(toks[i][0])):
        if i == 0 and "." in toks[i][0][:-1]:
            break  # “C.K. Walker”: initials opening the name
        if _bare_initials(toks, i) or _spaced_initials(toks, i):
            break  # “Attorney General K K Venugopal”, “Justice D Y Chandrachud”, “C. S.
            # Lewis”
        if toks[i][0] in ("I", "Ni") and len(toks) - i >= 3 and not (
                toks[i][0] == "I" and i and toks[i - 1][0].lower() in ROLE_WORDS
                and toks[i + 1][0] not in BALINESE_SECOND):
            break  # “Gubernur Bali I Wayan Koster”: a Balinese name opens with I or Ni (not
            # the numeral of an office: “Asisten I Teguh Jaya”)
        if _muhammad_initial(toks, i):
            break  # “Wali Kota Ternate, M Tauhid Soleman”: Muhammad, written as its initial
        if (len(toks[i][0]) == 1 and toks[i][0] not in "AI" and len(toks) - i >= 2
                and all(is_nameish(t[0]) and len(t[0]) > 1 for t in toks[i + 1:])
                and _english_index()):
            break  # “lactation consultant R Baby Shree”, “Minister S Jaishankar”: Indian
            # and Malaysian copy writes the initial of a father's or a village's name,
            # undotted, before the given name (in English no such letter is a word)
        if (i > 0 and toks[i - 1][0].lower() in ROLE_WORDS and len(toks[i][0]) == 2
                and toks[i][0][1] == "." and toks[i][0] not in ("H.",) and i + 1 < len(toks)
                and is_nameish(toks[i + 1][0])):
            break  # “AARP CEO A. Barry Rand”: the initial opens the name after the office
        i += 1
    i = _past_region(toks, i)
    i = _past_inner_region(toks, i)
    if 0 < i < len(toks) - 1:
        i = _village_then_name(toks, i)
    i = _past_field(toks, i)
    i = _past_portfolio(toks, i)
    i = _past_unit(toks, i)
    i = _past_ticket(toks, i)
    i = _past_consort(toks, i)
    for k in range(len(toks) - 2, i - 1, -1):
        if toks[k][2] == toks[k + 1][1] and _glued(toks, k) and is_nameish(toks[k + 1][0]):
            i = k + 1  # “… Saya di PSI SajalahTamliha mengatakan”: a link's last word glued
            break  # to the sentence after it; the name starts after the glue
    if 0 < i < len(toks) and _two_initials(toks[i - 1][0]) and not (
            i >= 2 and (toks[i - 2][0].lower() in ROLE_WORDS  # (“Ketua MK Saldi Isra”,
                        or toks[i - 2][0].lower() in ORG_WORDS)) and not (  # “Dinas PU …”)
            _company_md(toks, i - 1)) and not (
            i == 1 and len(toks) - i >= 2 and toks[0][0].isalpha()):  # (“OG Kelly Clarkson”:
        # a tag before a full name; not the initial of “D. Joshua Taylor”)
        i -= 1  # “Sosiolog UGM AB Widyanta”: two capitals before the name are initials
    elif (1 < i == len(toks) - 1 and toks[i - 2][0].lower() in ROLE_WORDS
          and _name_initials(toks[i - 1][0]) and _english_index()):
        i -= 1  # “Maj Gen ANM Muniruzzaman”, “Economist AK Azad”: the initials of a one-word
        # name after an office (South Asian press; not “Ketua MK Saldi Isra”, a body
        # before a full name)
    office_body = _past_office_body(toks)
    if office_body:
        i = max(i, office_body)  # (“Governor of the Bank of England Tom Hale”: no person
        # before “of”; “President of the United States Ann Lee”: the place read as one)
    for j in range(len(toks) - 2 if not office_body else 0, 0, -1):
        if toks[j][0] in ("of", "from", "dari") and (is_nameish(toks[j - 1][0]) or (
                j >= 2 and _surname_word(toks[j - 2][0], toks[j - 1][0]))):
            if toks[j - 1][0].lower() in _BODY_HEADS and (any(
                    t[0].lower() in ROLE_WORDS for t in toks[j + 1 :])
                    or (j == 1 and _place_of_words(toks[2:]))):
                continue  # “City of Pittsburgh Chief of Staff Jake Wheatley”, “Pittsburgh
                # Bureau of Fire Assistant Chief Thomas Cook”: a body before “of”, no
                # person; an office and its holder after it
            if j + 1 < i < len(toks) and toks[i - 1][0].lower() in ROLE_WORDS and (
                    toks[j][0] == "of" and _english_index()):
                continue  # “Karachi Chamber of Commerce president Ahmed Ali”: a body's
                # office and its holder, named right after the office; no person “Karachi
                # Chamber” before “of”
            head = split_phrase(toks[:j])
            if head.name:
                head.role = " ".join(filter(None, [head.role, _join(toks[j:])]))
                head.end = toks[-1][2]
                return head
    b = i
    while b > 1 and _id_noun(toks[b - 1][0]):
        b -= 1  # (“Partai Kebangkitan Bangsa”: a noun inside the body's name)
    if 0 < b and len(toks) - b <= 2 and toks[b - 1][0].lower() in BODY_TYPES:
        i = len(toks)  # “Partai Kebangkitan Bangsa”, “Bank Mandiri”: a body, not a person
    else:
        i = _past_body_name(toks, i)
    if i == 1 and len(toks) == 2 and toks[0][0].lower() in GEO_WORDS and is_cap(toks[0][0]):
        i = 0  # “Menteri Pertahanan Israel, Israel Katz”: a country word as a first name
    if len(toks) - i >= 3 and toks[i][0].lower() in ADDRESS_WORDS and not (
            i and toks[i - 1][0].rstrip(".") in TITLE_GENDER) and not (  # (“Mr Kang Shao Pin”)
            toks[i][0] in _SURNAME_ADDRESS and _english_index()):
        i += 1  # “KH Yahya Cholil Staquf”: a form of address before a full name (in
        # English copy “Kang Shao Pin”, “Mas Artur” are a surname first)
    elif len(toks) - i == 2 and toks[i][0] in _HAJI and is_nameish(toks[i + 1][0]):
        i += 1  # “Kabid PHU Kanwil Kemenag Lampung, H. Ansori”: Haji, a title before a
        # one-word name (not a middle initial: “Tonny H. Gultom”; nor “H. Ross Perot”)
    for j in range(i, len(toks) - 2):
        if (toks[j][0].endswith(".") and toks[j][0].replace(".", "").lower() in ADDRESS_WORDS
                or (j > i and toks[j][0].lower() in _RELIGIOUS_TITLES)):
            i = j + 1  # “Majelis Taklim Hj. Siti Aminah”, “K.H. Matoya …”: written with full
            # stops, the form of address ends what comes before and opens the name; so
            # does a religious title inside the run (“Pendakwah Habib Muhammad bin …”)
            break
    if (0 < i and len(toks) - i >= 3 and toks[i - 1][0] in _OFFICE_HEADS
            and toks[i][0].isalpha() and toks[i][0].lower() not in GIVEN_GENDER
            and (toks[i - 1][0] != "Chief" or _office_noun(toks[i][0])
                 or toks[i + 1][0].lower() in GIVEN_GENDER)  # (a given name after it)
            and all(is_nameish(t[0]) for t in toks[i + 1:])):
        i += 1  # “Chief Observer Ivars Ijabs”: the word after “Chief” ends the office
    if 3 <= i < len(toks) and toks[i - 1][0] in _BODY_JOINS and _body_of_fields(
            [t[0] for t in toks]):
        # “Department of Health and Human Services”: a body, no person “Human Services”
        return Phrase("", _join(toks), toks[0][1], toks[-1][2])
    if _office_of_place(toks, i):
        # “the Mayor of Pittsburgh”, “Governor of Ohio”: an office and where it is held;
        # its holder is whom the article names so (or nobody), never the place
        return Phrase("", _join(toks), toks[0][1], toks[-1][2])
    if i == 2 < len(toks) and toks[1][0] == "of" and toks[0][0].lower() in EN_PLACE_OF and (
            _place_of_words(toks[2:])):
        # “the City of Cape Town”, “County of Marin”: a government, one body's name
        return Phrase(_join(toks), "", toks[0][1], toks[-1][2])
    if i == len(toks) - 1 and _body_ending_in_place(toks) and _english_index():
        # “Statistics South Africa”, “Public Health England”, “Tourism Ireland”: no office
        # before a one-word name that is a country; one body's name, not “Africa”
        return Phrase(_join(toks), "", toks[0][1], toks[-1][2])
    if 1 <= i == len(toks) - 2 and (toks[i][0], toks[i + 1][0]) in _SOCIETY_NAMES and (
            _english_index()):
        # “Kenya Red Cross”, “Syrian Arab Red Crescent”: a national society's name takes
        # the capitalised words of its country before it (not an office: “the Red Cross
        # spokeswoman”, “Secretary General”)
        while i and is_cap(toks[i - 1][0]) and toks[i - 1][0].isalpha() and (
                toks[i - 1][0].lower() not in ROLE_WORDS
                and toks[i - 1][0].lower() not in NOT_NAME_WORDS):
            i -= 1
    name_toks = toks[i:]
    if len(name_toks) >= 2 and name_toks[-1][0] in _ROMAN_STOPPED:
        # “kata Sultan Hamengku Buwono X.”: a numeral ends the name, the full stop the
        # sentence (an initial never ends a name; the phrase still ends after the stop)
        name_toks = [*name_toks[:-1], (name_toks[-1][0][:-1], *name_toks[-1][1:])]
    role_toks = [t for t in toks[:i] if t[0].lower() not in HONORIFICS]
    while (role_toks and role_toks[0][0].lower() in NOT_NAME_WORDS
           and not _acronym_word_at(role_toks, 0)):
        role_toks = role_toks[1:]
    if len(name_toks) == 1 and role_toks and role_toks[-1][0] == "Sheikh" and (
            role_toks[-1][2] + 1 == name_toks[0][1]):
        # “Prime Minister Sheikh Hasina”: a name of two words, the first of which is
        # also a title (“Sheikh Mohammed bin Zayed” keeps the title apart)
        name_toks, role_toks = [role_toks[-1], *name_toks], role_toks[:-1]
    name = " ".join([t[0] for t in name_toks])
    role = ""
    if role_toks:
        role = _join(role_toks)
        if role.lower() in NOT_NAME_WORDS and not _acronym_word_at(role_toks, 0):
            role = ""
    return Phrase(name, role, toks[0][1], toks[-1][2])


# the last word of a show named after its host (“The Joe Rogan Experience”)
_SHOW_WORDS = frozenset("experience show podcast hour tonight".split())


def _acronym_word_at(toks: list[tuple[str, int, int]], k: int) -> bool:
    """Is token k a body's acronym that is also a word of the language (“the WHO said”,
    “kata WHO”), not a crosshead in capitals (“WHAT HAPPENS NEXT”: more words so)?"""
    word = toks[k][0]
    return len(word) >= 3 and word.isupper() and not (
        k + 1 < len(toks) and toks[k + 1][0].isupper())


# the roles of a squad's people, written before their club and their name (“Bek Chelsea
# Antonio Rudiger”, “pelatih Persikota Carlos Mendez”)
_SQUAD_ROLES = frozenset(
    "bek gelandang penyerang kiper striker winger pemain kapten pelatih manajer".split())
# an office word before a body and its holder's name (“Dirut Pertamina Nicke Widyawati”);
# not a rank nor a title, written right before the name (“AKBP Titus Yudho Uly”)
_OFFICE_BEFORE = ROLE_WORDS - RANK_WORDS - frozenset("dr drs dra drg ir prof".split())
# words before a body's name written on its own (“PT Delta”, “di Delta”)
_BODY_BEFORE = BODY_TYPES | {"di", "ke"}
_ROMAN_STOPPED: Final = frozenset(("I.", "V.", "X.", "Sen."))  # (and “said Hun Sen.”: no title
# ends a name)


# the Red Cross and Red Crescent movement's national societies (``split_phrase``)
_SOCIETY_NAMES = frozenset({("Red", "Cross"), ("Red", "Crescent")})


def _past_office_body(toks: list[tuple[str, int, int]]) -> int:
    """“Chancellor of the Exchequer Nigel Lawson”, “Governor of the Bank of England Tom
    Hale”: an office “of the” body, then its holder; where the holder's name starts (0 when
    the words are not so shaped). The body is its first word, an “of X” after it and up to
    its last body word (“the National Security Agency”); the name keeps two words or more."""
    n = len(toks)
    for j in range(2, n - 3):
        if not (toks[j][0] == "the" and toks[j - 1][0] == "of" and is_cap(toks[j - 2][0])
                and toks[j - 2][0].lower() in ROLE_WORDS):
            continue
        if not all(is_cap(t[0]) or t[0] == "of" for t in toks[j + 1:]):
            return 0
        k = j + 2
        while k < n - 2 and toks[k][0] == "of" and is_cap(toks[k + 1][0]):
            k += 2  # (“the Bank of England”)
        for m in range(k, n - 2):
            if toks[m][0].lower() in ORG_WORDS:
                k = m + 1  # (“the National Security Agency”)
        if n - k >= 2 and all(is_nameish(t[0]) for t in toks[k:]):
            return k
        return 0
    return 0


def _place_of_words(toks: list[tuple[str, int, int]]) -> bool:
    """A place's name after “of” (“Pittsburgh”, “New York”): one capitalised word, or two
    whose first opens a place's name, neither a given name nor an office's field; not an
    office and its holder's surname (“Secretary of Defense Mattis”, “Chief of Staff
    Priebus”) nor a person (“Mayor of London Sadiq Khan”)."""
    if not 0 < len(toks) <= 2 or toks[0][0].lower() in PORTFOLIO_WORDS | _FIELDS_AFTER_OF:
        return False
    if len(toks) == 2 and toks[0][0].lower() not in _PLACE_OPENERS:
        return False
    return all(is_cap(t[0]) and not gazetteer().given_name(t[0].lower())
               and t[0].lower() not in GIVEN_GENDER for t in toks)


# what an office is “of” besides a place (“Chief of Staff”, “Chief of Police”) and the words
# that open a two-word place's name (“New York”, “Cape Town”, “San Diego”)
_FIELDS_AFTER_OF = frozenset("staff police state defense defence operations".split())
_PLACE_OPENERS = PLACE_PREFIXES | frozenset(
    "new north south east west upper lower great greater fort port saint st mount lake "
    "cape el la le de des".split())


def _office_of_place(toks: list[tuple[str, int, int]], i: int) -> bool:
    """Is ``toks[i:]`` the place where the office before “of” is held (“Mayor of
    Pittsburgh”)?"""
    return (2 <= i < len(toks) and toks[i - 1][0] == "of" and _place_of_words(toks[i:])
            and toks[i - 2][0].lower() in ROLE_WORDS
            and toks[i - 2][0].lower() not in _BODY_HEADS
            # (not “Rep. Steve King of Iowa”: an office word as a surname after a given name)
            and not (i >= 3 and _surname_word(toks[i - 3][0], toks[i - 2][0])))


# words that end the name of a place or a body (“City of …”, “Bureau of Fire”, “Department
# of …”): before “of” they are no person's name (“Brian Mendelssohn of the …” is)
_BODY_HEADS = EN_PLACE_OF | EN_PLACE_KINDS | frozenset(
    "bureau department office division council board commission authority agency ministry "
    "police university college society association union institute club government "
    "administration service services borough township commonwealth".split())


# a body's last word after a place of “San”, “Los” …: the place is the body's name's
_PLACE_NAMED_HEADS = _BODY_HEADS | frozenset("district schools".split())  # (“… School District”)


# “H.” and “Hj.” (Haji, Hajah) opening an Indonesian name: a title, like “KH” or “Dr”
_HAJI: Final = frozenset(["H.", "Hj."])
_FIELD_WORDS: Final = frozenset("bidang urusan".split())
_AND_WORDS = frozenset("dan &".split())


def _past_portfolio(toks: list[tuple[str, int, int]], i: int) -> int:
    """Where the name starts after an office held “for” or “of” something written in
    capitals: “Minister for Human Rights Shireen Mazari”, “Secretary of Foreign Affairs
    Enrique Manalo”, “High Commissioner for Human Rights Volker Türk”: the run after the
    office's word is its portfolio and then the name, its last two words."""
    if (i >= 2 and toks[i - 1][0] in ("for", "of") and toks[i - 2][0].lower() in ROLE_WORDS
            and toks[i - 2][0].lower() not in ("center", "centre", "state", "guard")
            and len(toks) - i >= 3):
        # with a particle, the given name before it opens the name (“Head of Research Tom
        # Van der Berg”, “Minister of Foreign Affairs Faisal bin Farhan”)
        p = next((k for k in range(i + 1, len(toks) - 1)
                  if toks[k][0].lower() in NAME_PARTICLES), -1)
        if p - 1 > i:
            return p - 1
        if not any(t[0] in NAME_PARTICLES for t in toks[i:]):
            return len(toks) - 2  # (“Head of Music Van Morrison”: a given name, no particle)
    return i


# English words of units, desks and kinds of firm in an office written in capitals (“Head of
# Masterbrand & Future Innovation Frisian Flag Kanya Ramyacitta”, “VP Corporate
# Communications & Social Responsibility Abdullah Fahmi”, “Direktur Research and Investment
# Pilarmas Investindo Sekuritas Maximilianus Nico Demus”): never a word of a person's name
EN_UNIT_WORDS: Final = frozenset(
    """
    investment investments innovation division medical school aviation consulting
    consultancy diagnostics consultation responsibility sustainability portfolio
    development strategic strategy research relations relation communications communication
    corporate public affairs marketing sales planning operations operation technology
    digital products product masterbrand customer experience capital resources legal
    compliance risk management partnership partnerships engagement solutions services
    business sekuritas securities advisory analytics insights treasury procurement
    logistics governance transformation infrastructure
    """.split()
)


# two names joined by a hyphen (“Prabowo-Gibran”, “Ganjar-Mahfud”): an election's ticket
_TICKET = re.compile(r"[A-Z][a-z]{2,}-[A-Z][a-z]{2,}")
#: words a ticket of two candidates follows (“pasangan Anies Baswedan-Muhaimin Iskandar”)
_TICKET_WORDS = frozenset("pasangan paslon".split())
# right before the name, with “calon”, an office and a number between (“pasangan calon
# Bupati Bogor …”, “Paslon nomor urut 2 …”; not “pasangan suami istri …”, “calon pengantin
# …”: one person's words)
_TICKET_BEFORE_NAME = (r"(?i:\b(?:" + "|".join(sorted(_TICKET_WORDS)) + r")\b)(?:[ \t]+calon)?"
                       r"(?:[ \t]+(?:[A-Z]\w*|nomor|urut|\d+)){0,4}[ \t]+")
# words of a campaign team's name a ticket follows (“Tim Pemenangan Nasional Ganjar-Mahfud”)
_CAMPAIGN_WORDS = frozenset("tim timnas nasional pemenangan kampanye relawan".split())
_TICKET_BEFORE = _CAMPAIGN_WORDS | ORG_WORDS


def _past_ticket(toks: list[tuple[str, int, int]], i: int) -> int:
    """Past a ticket that a campaign team's name ends with, when a name of two words or
    more follows it: “Ketua TKN Prabowo-Gibran Rosan Roeslani” (not “Jean-Claude Van
    Damme”: nothing of a body's name before it)."""
    for j in range(max(i, 1), len(toks) - 2):
        if "-" in toks[j][0] and _TICKET.fullmatch(toks[j][0]) and (
                toks[j - 1][0].isupper() and len(toks[j - 1][0]) >= 2
                or toks[j - 1][0].lower() in _TICKET_BEFORE):
            return j + 1
    return i


def _past_consort(toks: list[tuple[str, int, int]], i: int) -> int:
    """Past a head of state's consort's title (“First Lady Jill Biden”, “the First Lady”,
    “Ibu Negara Iriana”): two capitalised words that read as a name but are an office."""
    for j in range(i + 1, len(toks)):
        if toks[j][0] in _CONSORT_SECONDS and (toks[j - 1][0], toks[j][0]) in _CONSORT_TITLES:
            return j + 1
    return i


def _past_unit(toks: list[tuple[str, int, int]], i: int) -> int:
    """Where the name starts after the last word of a unit or a firm (``EN_UNIT_WORDS``) in
    the run, when two name words or more follow it (one may be a firm's: “Kiwoom Sekuritas
    Liza” is left as it was)."""
    n_toks = len(toks)
    last = next((k for k in range(n_toks - 2, i - 1, -1)
                 if toks[k][0].lower() in EN_UNIT_WORDS), -1)
    if last < 0 or n_toks - last < 3 or not all(is_nameish(t[0]) for t in toks[last + 1 :]):
        return i
    return last + 1


def _body_ending_in_place(toks: list[tuple[str, int, int]]) -> bool:
    """“Statistics South Africa”, “Public Health England”: capitalised words that hold no
    role, rank, title or epithet, then a country or a continent (the place a body serves)."""
    last = toks[-1][0].lower()
    if last not in _COUNTRY_WORDS and last not in GEO_WORDS:
        return False
    return all(t[0][:1].isupper() and t[0].isalpha() and t[0].lower() not in ROLE_WORDS
               and t[0].lower() not in _NO_BODY_WORDS for t in toks[:-1])


def _office_noun(word: str) -> bool:
    """“Observer”, “Registrar”, “Whip”: the noun an office after “Chief” ends with."""
    low = word.lower()
    return low.endswith(_OFFICE_NOUN_ENDS) or low in _OFFICE_NOUNS


def _past_body_name(toks: list[tuple[str, int, int]], i: int) -> int:
    """Where the name starts when a body's name, opened by its type's word
    (``BODY_TYPES``), runs into it: “Ekonom Bank Mandiri Faisal Rachman”, “Ketua Yayasan
    Cahaya Hati Tomi Hartawan”, “Ketua Serikat Petani Merdeka Budi Santoso”. With the
    type's word at the run's start or up to three words before it, the name starts at the
    first given name on the list; with the type's word right before the run or opening it,
    else after the ordinary words of the language that open the run (the body's: “Cahaya
    Hati”, “Mandiri”) while two words are left (“Yayasan Lentera Agung Laksono” keeps
    “Agung”: a name of one word after the body is not guessed). Not in English text."""
    n = len(toks)
    t = min(i, n - 4)  # (three words at least after the type's word)
    while t >= 0 and t >= i - 3 and toks[t][0].lower() not in BODY_TYPES:
        t -= 1
    if t < 0 or t < i - 3 or _english_index() or any(
            tok[0].lower() in _WIVES_BODIES for tok in toks[t + 1 :]):
        return i  # (not an officers' wives' body: see _past_inner_region)
    b = max(i, t + 1)
    given = gazetteer().given
    k = next((k for k in range(b, n - 1) if toks[k][0].lower() in given), -1)
    if k >= 0:
        return k
    if t < i - 1:
        return i  # (“Ketua Serikat Petani Merdeka Tomi …”: the ordinary words may be an
        # office's inside the body's name; only a given name tells)
    k = b
    while (k < n - 2 and toks[k][0].lower() not in given
           and (toks[k][0].lower() in roots() or derived(toks[k][0]))):
        k += 1
    if k > b and all(t[0].lower() in roots() or derived(t[0]) for t in toks[k:]):
        return i  # (“kata PT Sinar Jaya Abadi”: ordinary words to the end, the body's)
    return k


def _past_field(toks: list[tuple[str, int, int]], i: int) -> int:
    """Where the name starts when an office's field runs into it: the words after
    “Bidang” or “Urusan” name the field, not the person (“Menko Bidang Pangan Zulkifli
    Hasan”, “Wakil Kepala BGN Bidang Komunikasi Publik dan Investigasi Nanik Sudaryati
    Deyang”): the field's first word, and every word joined to it by “dan”, belong to the
    office, while a person's name follows."""
    n_toks = len(toks)
    j = next((k for k in range(n_toks - 2, max(0, i - 4) - 1, -1)
              if toks[k][0].lower() in _FIELD_WORDS), -1)
    if j < 1:
        return i  # (no field; or “Bidang” opening the run: no office before it)
    k = _field_end(toks, j + 1)
    return k if i < k < n_toks and is_nameish(toks[k][0]) else i


def _field_end(toks: list[tuple[str, int, int]], k: int) -> int:
    """Where the field that opens at toks[k] (“Komunikasi Publik dan Investigasi”) ends:
    its first word, words joined by “dan”, and words that are no name."""
    k += 1
    while k < len(toks) - 1 and (
            toks[k][0].lower() in _AND_WORDS or toks[k - 1][0].lower() in _AND_WORDS
            or toks[k + 1][0].lower() in _AND_WORDS or not is_nameish(toks[k][0])):
        k += 1
    return k


def _region_word(word: str) -> bool:
    """A kabupaten/kota or province of one word that is no given name (“Cimahi”)."""
    low = word.lower()
    return low in gazetteer().one_word and not gazetteer().given_name(low)


def _muhammad_initial(toks: list[tuple[str, int, int]], i: int) -> bool:
    """“M” or “M.” at toks[i], then two or three name words ending the run: Muhammad
    written as its initial, the first part of the name (“Wali Kota Ternate, M Tauhid
    Soleman”, “Kombes M. Rendra Salipu”). In Indonesian text another letter so written
    opens the name too where the run opens with it or an office comes right before it
    (“Ketua LP Ma'arif NU PBNU, Z Arifin Junaidi”, “Sekretaris Jenderal, T Ahmad Yani”; not
    “Grup B Persib Bandung”). Other single letters stay out: “H” is Haji, a title; “R”
    (Raden) the labels leave out too; “I” opens a Balinese name; “A”, “O”, “U” are words or
    honorifics elsewhere; one name word after it is _bare_initials'."""
    letter = toks[i][0].rstrip(".")
    if not (3 <= len(toks) - i <= 4
            and all(is_nameish(t[0]) and len(t[0]) > 1 for t in toks[i + 1:])):
        return False
    if letter == "M" and len(toks[i][0]) - len(letter) <= 1:
        return True
    if (letter == "A" and toks[i][0] == "A" and i == 0 and len(toks) == 3
            and not _english_index() and _name_slot_before(toks[i][1])):
        return True  # “Kepala KUA …, A Fajri Kurniawan”: an undotted initial opening the
        # run of a given name and a surname after a comma (in English copy the article “A”;
        # not “zona A Budi Santoso”, “Grup A”)
    return (len(letter) == 1 and letter.isupper() and letter not in "AHIORU"
            and len(toks[i][0]) - len(letter) <= 1
            and (i == 0 or toks[i - 1][0].lower() in ROLE_WORDS or (
                i >= 2 and toks[i - 2][0].lower() in ROLE_WORDS and toks[i - 1][0].isalpha()
                and toks[i - 1][0].istitle() and toks[i - 1][0].lower() not in ROLE_WORDS))
            and not _english_index())  # (and after an office's one-word place: “Plt Wali
    # Kota Madiun F Bagus Panuntun”, 2058)


def _bare_initials(toks: list[tuple[str, int, int]], i: int) -> bool:
    """Two or three capitals without full stops, then a name word, at toks[i]: a person's
    initials opening their name, as Indian English news writes them (“K K Venugopal”,
    “M S Dhoni”), not words to skip before the name."""
    k = i
    while k < len(toks) and len(toks[k][0]) == 1 and toks[k][0].isupper():
        k += 1
    if k - i == 1 and toks[i][0] not in "AIOH" and k == len(toks) - 1 and len(toks[k][0]) > 3:
        return is_nameish(toks[k][0])  # “S Jaishankar”, “P Chidambaram”: one initial, then
        # the surname that ends the run (not “A Jaishankar”: an article; nor Indonesian
        # “H Sofrayani”: Haji, a title)
    return 2 <= k - i <= 3 and k < len(toks) and is_nameish(toks[k][0]) and len(toks[k][0]) > 1


def _spaced_initials(toks: list[tuple[str, int, int]], i: int) -> bool:
    """Two or three initials, each with its full stop, then a name word, at toks[i] in
    English: a person's initials opening their name (“C. S. Lewis”, “J. R. R. Tolkien”,
    “Sen. J. D. Vance”), not words to skip before it (Indonesian “H. M. Yusuf”: Haji)."""
    k = i
    while k < len(toks) and len(toks[k][0]) == 2 and toks[k][0][1] == "." and (
            toks[k][0][0].isupper()):
        k += 1
    return (2 <= k - i <= 3 and k < len(toks) and len(toks[k][0]) > 1
            and is_nameish(toks[k][0]) and _english_index()
            and "".join(t[0] for t in toks[i:k])[:-1] not in _DOTTED_PLACES)


# a country's or a capital's letters written with spaced full stops (“Washington, D. C. Ann
# Lee said”): no initials of the name after them
_DOTTED_PLACES = frozenset("U.S U.K U.N E.U D.C U.S.A".split())


def _glued(toks: list[tuple[str, int, int]], k: int) -> bool:
    """Was toks[k] glued to the next word where a link was (“BanyuwangiIbnu pun …”)?"""
    return k + 1 < len(toks) and toks[k][2] == toks[k + 1][1] and toks[k][0].isalpha() \
        and toks[k + 1][0][:1].isupper()


_CAMPUS_WORDS = frozenset("universitas institut politeknik".split())


def _past_region(toks: list[tuple[str, int, int]], i: int) -> int:
    """Where the name starts when a region opens (or straddles the start of) the run of
    name words: “Bupati Sleman Kustini Sri Purnomo”, “Ketua PAC Medan Helvetia Jonlys
    Purba”, “Deli Serdang Asri Ludin”, a link's last word glued to the name
    (“BanyuwangiIbnu”). The regions are the country's provinces, kabupaten/kota and
    kecamatan (``gazetteer``); one word of them counts only after a role or a body's name
    (not “Sleman” opening a sentence) or glued to the next word, and never when it is a
    given name too unless two words of the name follow (“Bupati Bima Indah Dhamayanti”).
    Parties and mass organisations count too (“Sekjen Gerindra Ahmad Muzani”), and a
    university's name after “Universitas” (“Rektor Universitas Airlangga Mohammad Nasih”)."""
    n_toks = len(toks)
    if i >= n_toks - 1 or not toks[i][0][:1].isupper():
        return i
    base = max(0, i - 3)
    if i and toks[i - 1][0].lower() in _CAMPUS_WORDS:
        # “Rektor Universitas Gadjah Mada Ova Emilia”: the university's name, then the name
        lows = [t[0].lower() for t in toks[i:]]
        n = gazetteer().campus_at(lows, 0)
        if n and i + n < n_toks and is_nameish(toks[i + n][0]):
            return i + n
    firsts = gazetteer().first_words
    lows = []
    for s in range(base, i + 1):
        if toks[s][0].lower() not in firsts:
            continue
        lows = lows or [t[0].lower() for t in toks[base : i + 5]]
        n = region_at(lows, s - base)
        end = s + n
        if not n or end <= i or end >= n_toks or not is_nameish(toks[end][0]):
            continue
        if n == 1 and s == i:
            if not (s > 0 or _glued(toks, s)):
                continue
            if gazetteer().given_name(lows[s - base]) and n_toks - end < 2:
                continue
        k = end - base  # (a province's short form or a region after a party: “Ketua DPD
        # Golkar Jabar Ace Hasan Syadzily”, “Gerindra Sumut Ahmad Fauzi”: the party's branch
        # there, then the name of two words or more; not a given name: “Golkar Bima Arya”)
        m = region_at(lows, k) if k < len(lows) else 0
        if (m and end + m < n_toks - (lows[k] not in PROVINCE_SHORT_FORMS)
                and is_nameish(toks[end + m][0])
                and not (m == 1 and gazetteer().given_name(lows[k]))):
            return end + m
        return end
    return i


def _past_inner_region(toks: list[tuple[str, int, int]], i: int) -> int:
    """Where the name starts when a province or kabupaten/kota of one word stands inside
    the run, after a body's name the office belongs to: “Kepala Departemen Eksternal Walhi
    Sulsel Rahmat Kottir” (the office, its body, the body's region, then the name); two or
    three name words must follow it. Not in the officers' wives' bodies (“Ketua Yayasan
    Kemala Bhayangkari Cabang Mojokerto Fika Ihram”), whose chairs are named by their own
    and their husband's given name: “terang Ihram” is the husband."""
    for s in range(max(i + 1, len(toks) - 4), len(toks) - 2):
        if _region_word(toks[s][0]) and all(
                is_nameish(t[0]) for t in toks[s + 1:]):
            if any(t[0].lower() in _WIVES_BODIES for t in toks[:s]):
                break
            return s + 1
    return i


# the bodies of officers' and officials' wives (police, army, navy, air force, prosecutors,
# civil servants, the family-welfare movement)
_WIVES_BODIES = frozenset(
    "bhayangkari persit jalasenastri garini dharmakarini wanita pkk".split())


def _join(toks: list[tuple[str, int, int]]) -> str:
    out = ""
    for w, _a, _b in toks:
        if not out or w == ")" or out.endswith("("):
            out += w
        else:
            out += " " + w
    return out


_LOOKAHEAD_STOP = frozenset(
    "saat ketika kepada di dalam usai sambil seusai sebelum setelah pada dengan melalui lewat "
    "dikutip dilansir mengutip untuk yang bahwa karena sebab agar when after in at to on "
    "during while before from with as who which that about because told said says".split()
)


AGE_WORD = re.compile(r"\d{1,3}-year-old")
#: Haji (Hajjah) before a name of two words or more: “H. Ahmad Dahlan”, “H Herman Deru”,
#: “H.Herman Deru”, “Hj Siti Aminah”
_HAJI_BEFORE: Final = re.compile(r"(?:Hj?(?:\. ?| )|Haji )(?=[A-Z][a-z][\w'’\-]* [A-Z])")
_WEEKDAYS: Final = frozenset("Senin Selasa Rabu Kamis Jumat Sabtu Minggu Monday Tuesday Wednesday "
                             "Thursday Friday Saturday Sunday".split())
#: what may follow a day that ends a speaker's name with no comma: “kata Ani Senin malam.”,
#: “said Tom Hale Friday evening.”
_PART_OF_DAY = frozenset("malam pagi siang sore dini lalu kemarin ini pekan night morning "
                         "afternoon evening".split())
#: months, written with a capital: one ends a speaker's name when a number or “lalu” /
#: “ini” follows it (“kata Ani Desember lalu.”, “said Tom Hale December 5.”); alone it may be
#: a name's word (Juni, April)
MONTH_NAMES: Final = frozenset(m.capitalize() for m in EN_MONTHS | ID_MONTHS)
_AFTER_MONTH = frozenset("lalu ini depan kemarin".split())
_DATED = re.compile(rf"[ \t]+(?:\d|(?:{'|'.join(sorted(_AFTER_MONTH))})\b)")  # (in text)


def month_then_date(toks: Sequence[tuple[str, int, int]], k: int) -> bool:
    """Token k is a month and the next one dates it (“Mei lalu”, “December 5”): a time, no
    word of the name before it (“kata Budi Santoso Mei lalu”, Mei a given name too)."""
    return (toks[k][0] in MONTH_NAMES and k + 1 < len(toks)
            and (toks[k + 1][0][:1].isdigit() or toks[k + 1][0] in _AFTER_MONTH))


def parse_forward(text: str, pos: int, hi: int, words: Words | None = None) -> Phrase:
    """Speaker phrase starting at pos, as in “… kata Menlu Rusia Sergey Lavrov, …”.

    Nothing but blanks may separate pos from the phrase: a full stop or a quote mark in
    between means the words belong to another sentence (“…,” he asked. “It’s …”).
    """
    phrase = _office_of_name(text, _parse_forward(text, pos, hi, words))
    if phrase.end > 0 and text.startswith(" bern", phrase.end):
        named = _NAMED_NEXT.match(text, phrase.end, hi)
        after = _parse_forward(text, named.end(), hi, words) if named else Phrase()
        if after.name:  # “tulis pengguna TikTok bernama Rina Amelia”: the one so named
            role = f"{phrase.role} {phrase.name}".strip()
            return Phrase(after.name, role, phrase.start, after.end)
    return phrase


# “bernama”, “berinisial” (“named”) after a speaker phrase, then the name
_NAMED_NEXT = re.compile(r"[ \t]+(?:bernama|berinisial)[ \t]+(?=[A-Z])")


def _parse_forward(text: str, pos: int, hi: int, words: Words | None) -> Phrase:
    toks = tokens(text, pos, min(hi, pos + 160))
    if not toks or text[pos : toks[0][1]].strip():
        return Phrase()
    if toks[0][0] in KIN_WORDS and len(toks) > 1 and is_cap(toks[1][0]):
        # “kata adik Figha, Fara Jane”: the relative named after the comma, else a
        # relative of someone (nobody named)
        run = _cap_run(toks, 1)
        after = _after_comma(toks, 1 + len(run))
        if after is not None:
            after.role = _join(toks[: 1 + len(run)])
            return after
        return Phrase("", _join(toks[: 1 + len(run)]), toks[0][1], toks[len(run)][2])
    taken: list[tuple[str, int, int]] = []
    owner = 0  # (how many words of ``taken`` name a body whose possessive ends them)
    listed = 0  # (where the fields an office's name lists end: see _office_fields)
    for k, (w, a, b) in enumerate(toks):
        low = w.lower()
        if k < listed:
            continue
        if w == "," and taken and (listed := _office_fields(toks, k, taken)):
            taken.extend(toks[k:listed])  # “Kepala Pusat Data, Informasi, dan Komunikasi
            continue  # Kebencanaan BNPB Abdul Muhari”: one office, then its holder
        if k and text[toks[k - 1][2] : a].strip():
            if (taken and not owner and text[toks[k - 1][2] : a].strip() in ("'", "’")
                    and taken[-1][0].endswith("s") and is_cap(taken[-1][0])
                    and is_nameish(w) and text[a - 1] == " "):
                owner = len(taken)  # “said Halvard Brothers' Lund”: the body's possessive
                # says whose; the name after it speaks (as “MSNBC’s Ari Melber”)
            else:
                break  # a mark or a dash between words ends the phrase
        if w == "." and taken and taken[-1][0].lower() in _ABBREVIATED_ROLES:
            continue  # “kata Kombes Pol. Djoko Wienartono”: the rank's full stop
        if w == "." and taken and taken[-1][0] == "No" and k + 1 < len(toks) and (
                toks[k + 1][0].isdigit()):
            continue  # “IAFF Local No. 1 President Ralph Sicuro”: a numbered body
        if (w.isdigit() and len(w) <= 4 and taken
                and taken[-1][0].lower() in _NUMBERED_PLACES | {"no"}):
            taken.append((w, a, b))  # “District 3 Councilperson”, “Ward 12 councillor”
            continue
        if (w.isdigit() and len(w) <= 4 and len(taken) >= 2 and is_cap(taken[-1][0])
                and taken[0][0].lower() in ROLE_WORDS and _comma_after_caps(toks, k + 1)
                and detect_language(text) != "en"):
            # “kata Ketua Sektor 3 Daerah Kerja Makkah, Ikbal Ismail”, “Kepala SMKN 1 Teluk
            # Kuantan, Hurdisman”: a numbered unit inside the office (the name after the
            # comma), not the name's end
            taken.append((w, a, b))
            continue
        if (w.isdigit() and len(w) <= 2 and len(taken) >= 2 and is_cap(taken[-1][0])
                and taken[0][0].lower() in ROLE_WORDS and k + 2 < len(toks)
                and is_cap(toks[k + 1][0]) and is_cap(toks[k + 2][0])
                and detect_language(text) != "en"):
            # “ujar Direktur Operasi 2 PP Properti Arso Anggoro”, “kata Wakil Ketua 1 Partai
            # Salak Budi Santoso”: a numbered post, then its body and holder
            taken.append((w, a, b))
            continue
        if (not taken and AGE_WORD.fullmatch(w) and k + 1 < len(toks)
                and is_cap(toks[k + 1][0])):
            taken.append((w, a, b))  # “says 27-year-old Yusuf Toefy”: an age, then the name
            continue
        if (not taken and low in _LOCAL_MODIFIERS and k + 1 < len(toks)
                and is_cap(toks[k + 1][0]) and not text[b : toks[k + 1][1]].strip()):
            taken.append((w, a, b))  # “said city Historic Preservation Planner Sarah Quinn”
            continue
        if w == "(" and split_phrase(taken).name and not _short_form_at(toks, k):
            break  # “Rep. Angie Craig (D-Minn.) said”: the bracket follows the name
        if (taken and w in _WEEKDAYS and (k + 1 == len(toks) or toks[k + 1][0] in ("(", ",", ".")
                                          or toks[k + 1][0].lower() in _PART_OF_DAY)
                and text[b : b + 1] in ("", " ", "\t", ",", ".", "\n")):
            break  # “kata HD Sabtu (18/1).”, “said Tom Hale Monday.”, “kata Ani Senin malam”,
            # “said Tom Hale Friday Night”: the day, not the name
        if taken and k + 1 < len(toks) and (
                w in MONTH_NAMES and month_then_date(toks, k)
                or w in ("Hari", "hari") and toks[k + 1][0] in _WEEKDAYS):
            break  # “kata Ani Desember lalu”, “said Tom Hale December 5”, “kata Ani Hari Senin”
        if words and taken and is_cap(w) and unglue_name(w, words) != w:
            taken.append((unglue_name(w, words), a, b))  # “ujarAnies Baswedandi Kabupaten”
            break
        if _phrase_word(w) or (not taken and (low in _ARTICLES or w in _ROLE_MODIFIERS)) or (
                taken and taken[-1][0] == "Yang" and low in _MALAY_STYLES) or (  # (“di-Pertuan”)
                len(taken) == 1 and taken[0][0].lower() in _ARTICLES and w in _ROLE_MODIFIERS
                and k + 1 < len(toks) and is_cap(toks[k + 1][0])):  # (“the former Prime
            # Minister said”, “the former First Lady said”: the office held before)
            taken.append((w, a, b))
        elif low in NAME_PARTICLES and particle_before_name(toks, k) and (
                taken or w.islower()):  # “said van Sebille”, “said Ana de la Cruz”
            taken.append((w, a, b))
        elif low in _CONNECTORS and taken and k + 1 < len(toks) and _phrase_word(toks[k + 1][0]):
            if low == "of" and len(taken) >= 2 and all(is_nameish(t[0]) for t in taken):
                break  # “said Anna Lee of the Center for American Progress”: hers
            taken.append((w, a, b))
        elif (w.endswith(POSSESSIVE) and w[:1].islower() and w[:-2].isalpha()
              and k + 1 < len(toks) and toks[k + 1][0].lower() in ROLE_WORDS):
            taken.append((w, a, b))  # “said the club’s chairman, Tom Reed”
        elif (w.endswith(POSSESSIVE) and w[:1].islower() and w[:-2].isalpha()
              and k + 2 < len(toks) and toks[k + 1][0] in _LEAD_WORDS
              and toks[k + 2][0] in ROLE_WORDS):
            taken.extend([(w, a, b), toks[k + 1]])  # “said the study’s lead author, Dr.
            listed = k + 2  # Hugh Sampson”: a modifier of the office, then the office
        else:
            break
    if owner:
        whose = split_phrase(taken[owner:],
                             EN_ID_NAMES if detect_language(text) == "en" else frozenset())
        return whose if whose.name else Phrase()
    n = len(taken)
    if (n and n + 4 < len(toks) and toks[n][0] == "of" and toks[n + 1][0] == "the"
            and is_cap(taken[-1][0]) and taken[-1][0].lower() in ROLE_WORDS):
        # “said Chancellor of the Exchequer Tom Hale”: the office “of the” body, then its
        # holder (split_phrase keeps the body's words out of the name)
        office = taken + toks[n : n + 2] + _cap_run(toks, n + 2)
        while (len(office) + 1 < len(toks) and toks[len(office)][0] == "of"
               and is_cap(toks[len(office) + 1][0])):  # (``taken`` opens ``toks``)
            office += [toks[len(office)], *_cap_run(toks, len(office) + 1)]  # (“Bank of
            # England”)
        if _past_office_body(office):
            taken = office
    also = _also_office(toks, len(taken)) if taken else 0
    if also and role_words(_join(taken)) and detect_language(text) != "en":
        # “ujar Direktur RSUD Salak yang juga anggota Gugus Tugas Salak, dr Eka Putri”,
        # “kata Ketua DPRD Salak sekaligus Ketua Partai Salak, Budi Santoso”: a second
        # office the same person holds, then (after a comma) the holder's name
        second = toks[also][1]
        comma = text.find(",", second, min(hi, second + 160))
        at = comma + 1
        while 0 < at < hi and text[at] in " \t":
            at += 1
        if comma > 0 and not any(c in text[second:comma] for c in ".\n\"“”"):
            person = _parse_forward(text, at, hi, words)
            if person.name and is_nameish(person.name.split()[0]):
                return Phrase(person.name, " ".join(filter(None, (
                    text[taken[0][1] : comma], person.role))), taken[0][1], person.end)
    phrase = split_phrase(taken, EN_ID_NAMES if detect_language(text) == "en" else frozenset())
    back = _points_back(toks, len(taken)) if phrase.name else 0
    if back and role_words(phrase.role) and detect_language(text) != "en":
        # “ucap Wakil Ketua DPR RI Periode 2014-2019 itu”, “kata Menteri Kabinet Indonesia
        # Maju itu”: an office described, then “itu”: the one named before who held it
        # (the capitalised words are the office's term or cabinet, nobody's name)
        return Phrase("", _join(toks[:back]), taken[0][1], toks[back - 1][2])
    if (not phrase.name and taken and len(taken) + 2 < len(toks) and toks[len(taken)][0] in _HELD
            and taken[-1][0].lower() in ROLE_WORDS and detect_language(text) == "en"):
        held = _held_then_name(text, toks, len(taken))
        if held is not None:
            held.role = _join(taken + toks[len(taken) : len(taken) + 1]) + " " + held.role
            held.start = taken[0][1]
            return held
    if (phrase.name and phrase.role and _phrase_closes(toks, len(taken))
            and detect_language(text) != "en"
            and (region_at(lows := phrase.name.lower().split(), 0) == len(lows)
                 or _jurisdiction(text, phrase) or village_alone(text, phrase.role, phrase.name))
            and _after_comma(toks, len(taken)) is None):
        # “kata Kapolres Bogor di Cibinong”, “ujar Bupati Garut.”, “disampaikan Badan
        # Penanggulangan Bencana Daerah (BPBD) Garut.”: an office or a body and the region
        # it serves (its holder, if the article names one), not a person called “Garut”
        return Phrase("", f"{phrase.role} {phrase.name}", phrase.start, phrase.end)
    if not phrase.name and _given_and_two_capitals(taken):
        # “kata Fariz RM.”, “tegas Mahfud MD.”: after a speech verb, a given name and two
        # capitals are a person's whole name (not an office called “Fariz RM”)
        phrase = Phrase(_join(taken), "", taken[0][1], taken[1][2])
    after = _after_comma(toks, len(taken)) if taken and _role_or_body(taken) else None
    if after is not None and phrase.name and _ranked_person(phrase) and role_words(after.role):
        # “kata AKP Rokani, Kasat Narkoba Polres Blitar”: a rank and a name, then the
        # holder's office after the comma (no office called “AKP Rokani” held by “Blitar”)
        phrase.role = " ".join(filter(None, (after.role, after.name)))
        after = None
    if after is not None:
        # “kata Wakil Ketua DPR RI, Adi Nugroho”: the role, a comma, then the name.
        after.role = _join(taken)
        after.start = taken[0][1]
        return after
    if phrase.name and taken[0][0].lower() in _REPRESENTING:
        # “kata perwakilan SPPG Pudakpayung melalui …”: whom they represent, nobody named
        return Phrase("", _join(taken), taken[0][1], taken[-1][2])
    if (not phrase.name and len(taken) >= 3 and (
            len(taken) == len(toks) or toks[len(taken)][0] in ".;"
            or toks[len(taken)][0] in EN_VERBS)
            and _office_of_place(taken, len(taken) - (2 if taken[-2][0] != "of" else 1))):
        return phrase  # “said the Mayor of Pittsburgh.”: the office, nobody named in it
    if not phrase.name or _field_word_before(phrase, toks, len(taken)):
        found = _role_lookahead(toks)
        if found is not None and found.name and village_alone(text, found.role, found.name):
            found = Phrase("", f"{found.role} {found.name}", found.start, found.end)  # (“ujar
            # warga Cilandak.”: the resident of a place, nobody named)
        if found is not None and (found.name or not phrase.name):
            return found
    if phrase.name and not phrase.role:
        phrase.role = _apposition(text, phrase.end, hi)
    return phrase


# words between a name and an office the same person holds (“Karno yang juga Ketua …”,
# “Budi selaku Ketua …”, “Rina, yang merupakan Kepala …”)
_LINKS = frozenset("selaku sekaligus merangkap".split())
_LINKS_AFTER_YANG = frozenset("juga merupakan sekaligus merangkap".split())


def linked_before(toks: Sequence[tuple[str, int, int]], k: int) -> int:
    """Where the words before an office at ``toks[k]`` end when a link joins them to it
    (“selaku”, “sekaligus”, “merangkap”, or “yang” and “juga”, “merupakan”, …; a comma
    before the link or not): the index of the last word before the link, or -1."""
    k -= 1
    if k >= 1 and toks[k][0] in _LINKS_AFTER_YANG and toks[k - 1][0] == "yang":
        k -= 2
    elif k >= 0 and toks[k][0] in _LINKS:
        k -= 1
    else:
        return -1
    if k >= 0 and toks[k][0] == ",":
        k -= 1
    return k


def _also_office(toks: list[tuple[str, int, int]], n: int) -> int:
    """Where a second office opens after the words at ``n`` (“yang juga”, “yang
    sekaligus”, “sekaligus”, “merangkap” before a capitalised or role word); 0 if none."""
    k = n
    if k + 1 < len(toks) and toks[k][0] == "yang" and toks[k + 1][0] in _ALSO:
        k += 2
    elif k < len(toks) and toks[k][0] in ("sekaligus", "merangkap"):
        k += 1
    else:
        return 0
    return k if k < len(toks) and toks[k][0].lower() in ROLE_WORDS else 0


_ALSO = frozenset("juga sekaligus merangkap".split())
_LIST_ENDS = frozenset("dan serta".split())
# offices' words that are also common parts of Indonesian names (“Lukman Hakim”)
_NAME_PART_OFFICES: Final = frozenset(("Hakim", "Imam"))
# short words that end names though they read as a body's or a title's elsewhere
_NAME_ENDS = frozenset(("Un", "Sen", "Sen."))
_SUFFIXES = frozenset(("Jr.", "Jr", "Sr.", "Sr"))
# a Roman numeral of two letters or more, II to XXXIX (“Tom Vale II”, “Charles III”; not
# “I”, “V” or “X”, initials and a social network too)
_ORDINAL_SUFFIX = re.compile(r"(?=[IVX]{2})X{0,3}(?:IX|IV|VI{0,3}|I{1,3})")
# words “Agung” (“supreme”, also a given name) follows in an office's or a body's name
_SUPREME = frozenset("jaksa hakim mahkamah kejaksaan".split())


def _office_fields(toks: list[tuple[str, int, int]], k: int,
                   taken: list[tuple[str, int, int]]) -> int:
    """Where the fields an office's name lists end, when a comma at ``k`` opens them:
    ordinary capitalised words between commas, then “dan” and the last field (“Kepala
    Pusat Data, Informasi, dan Komunikasi Kebencanaan”, “Menteri Koordinator Bidang
    Politik, Hukum, dan Keamanan”): the index of the last field's first word; 0 where the
    words after the comma may be a name (“Kepala Dinas, Budi, dan stafnya”)."""
    if not taken[0][0][:1].isupper() or not _role_or_body(taken):
        return 0
    while True:
        run = _cap_run(toks, k + 1)
        if not run or not all(_ordinary_words(t[0]) and not t[0].isupper()
                              and not gazetteer().given_name(t[0].lower()) for t in run):
            return 0
        j = k + 1 + len(run)
        if j + 1 < len(toks) and toks[j][0] == "," and toks[j + 1][0] not in _LIST_ENDS:
            k = j  # another field
            continue
        j += j < len(toks) and toks[j][0] == ","
        if j + 1 < len(toks) and toks[j][0] in _LIST_ENDS and is_cap(toks[j + 1][0]):
            return j + 1
        return 0


def _comma_after_caps(toks: list[tuple[str, int, int]], k: int) -> bool:
    """Do capitalised words from ``toks[k]`` on (perhaps none) end at a comma?"""
    while k < len(toks) and is_cap(toks[k][0]):
        k += 1
    return k < len(toks) and toks[k][0] == ","


_TERM = re.compile(r"\d{4}(?:[-–/]\d{2,4})?")


def _points_back(toks: list[tuple[str, int, int]], k: int) -> int:
    """Where a pointer (“itu”, “tersebut”, “ini”) right after toks[:k] ends, past a year
    or a term written between (“… Periode 2014-2019 itu”); 0 when none follows."""
    if k < len(toks) and _TERM.fullmatch(toks[k][0]):
        k += 1
    return k + 1 if k < len(toks) and toks[k][0].lower() in _POINTERS else 0


def _phrase_closes(toks: list[tuple[str, int, int]], k: int) -> bool:
    """Does the speaker phrase end at ``toks[k]``: the tokens end, or “di”, a comma, a full
    stop or another lower-case word follows (“ujar Gubernur Sumsel saat membuka acara”)?"""
    if k >= len(toks):
        return True
    w = toks[k][0]
    return w in ("di", ",", ".", ";", ")") or w.islower()


# local offices whose holder is named after the place they serve (“Camat Sukarami”, “Kades
# Sukamaju”, “Kapolsek Betung”): a one-word place the gazetteer cannot list (kecamatan,
# desa, kelurahan share their names with people)
_LOCAL_OFFICES = frozenset("camat lurah kades kadus kapolsek danramil kapolres dandim".split())
_PLACE_HEAD = re.compile(r"\b(?:[Kk]ecamatan|[Dd]esa|[Kk]elurahan|[Kk]ampung|[Nn]agari"
                         r"|[Gg]ampong|[Dd]usun|Polsek|Koramil|[Dd]i|[Kk]e)[ \t]+$")


def _jurisdiction(text: str, phrase: Phrase) -> bool:
    """“kata Camat Sukarami”: one word after a local office, which the article also writes
    as a place (“Kecamatan Sukarami”, “di Sukarami”): where the office is held, no name."""
    name = phrase.name
    if " " in name or not phrase.role or phrase.role.split()[-1].lower() not in _LOCAL_OFFICES:
        return False
    for m in _whole_word(name).finditer(text):
        if _PLACE_HEAD.search(text, max(0, m.start() - 12), m.start()) is not None:
            return True  # (the pattern ends where the word starts)
    return False


# where an office is held, before its holder's name: “said British High Commissioner to Sri
# Lanka Andrew Patrick”, “said UN Resident Coordinator in Sri Lanka Marc-André Franche”
_HELD = frozenset("to in".split())


def _held_then_name(text: str, toks: list[tuple[str, int, int]], k: int) -> Phrase | None:
    """After an office and ``toks[k]`` (“to”, “in”): the place or body it is held at, then
    its holder's name of two words or more (the place needs a word before the name)."""
    run: list[tuple[str, int, int]] = []
    for j in range(k + 1, len(toks)):
        w = toks[j][0]
        if text[toks[j - 1][2] : toks[j][1]].strip():
            break  # a mark or a dash between words ends the phrase
        if is_cap(w) or (w in ("the", "of") and run and j + 1 < len(toks)
                         and is_cap(toks[j + 1][0])) or (w == "the" and not run):
            run.append(toks[j])
        else:
            break
    words = [t for t in run if t[0] != "the"]
    if len(words) < 3:
        return None
    person = split_phrase(words)
    size = len(person.name.split())
    if size < 2 or size >= len(words) or not all(is_nameish(w) for w in person.name.split()):
        return None
    place = run[: len(run) - size]
    return Phrase(person.name, _join(place), toks[k][1], run[-1][2])


def _field_word_before(phrase: Phrase, toks: list[tuple[str, int, int]], end: int) -> bool:
    """“Kepala Strategi di Wealth Club, Susannah Streeter”, “Kepala Petugas Medis di …,
    Dr Joseph Vassalotti”: one ordinary Indonesian word after an office, then “di” or a
    comma, is the office's field (the vocabulary's root or derived word, no given name)."""
    name = phrase.name
    if not phrase.role or " " in name or end >= len(toks) or toks[end][0] not in ("di", ","):
        return False
    low = name.lower()
    return ((low in roots() and len(low) >= 4) or bool(derived(name))) and not (
        listed_given_name(low))


def _ranked_person(phrase: Phrase) -> bool:
    """A name after a rank or a form of address alone (“AKP Rokani”, “Kombes Pol Budi
    Santoso”): a person, not an office."""
    role = [w.rstrip(".").lower() for w in phrase.role.split()]
    return bool(role) and all(w in RANK_WORDS or w in HONORIFICS for w in role) and is_nameish(
        phrase.name.split()[0])


def _role_or_body(toks: list[tuple[str, int, int]]) -> bool:
    """Does a phrase describe a position or a body (“Dirreskrimum Polda Jateng”)?"""
    return _starts_with_role(toks) or any(
        t[0].lower() in ORG_WORDS or t[0].lower() in GEO_WORDS or t[0].lower() in _BODY_HEADS
        for t in toks
    ) or any(t[0].lower() in _PLACE_BEFORE for t in toks[1:-1])  # “Pokmasi Desa Mandrajaya”


def _short_form_at(toks: list[tuple[str, int, int]], k: int) -> bool:
    """A bracketed short form inside a title: “Dinas Penanggulangan Kebakaran (Gulkarmat)
    Jakarta Barat”, as opposed to “Angie Craig (D-Minn.) said”."""
    return (
        k + 3 < len(toks)
        and toks[k + 2][0] == ")"
        and is_cap(toks[k + 1][0])
        and is_cap(toks[k + 3][0])
    )


def _starts_with_role(toks: list[tuple[str, int, int]]) -> bool:
    """A position opens the phrase (not an unnamed source: after “akun”, “sumber” a
    capitalised word is a platform or an outlet, not the speaker's name)."""
    return any(
        t[0].lower() in ROLE_WORDS and t[0].lower() not in _NOT_BEFORE_NAME for t in toks[:3]
    )


# unnamed sources after which a capitalised word is no speaker's name (“akun Instagram”,
# “sumber Reuters”); but a resident or a witness may be named (“said local resident Ann
# Kerr”, “said witness Tom Vale”)
_NOT_BEFORE_NAME = UNNAMED_WORDS - frozenset("resident residents witness".split())


def particle_before_name(toks: Sequence[tuple[str, int, int]], k: int) -> bool:
    """Does the particle at k (“de”, “van”) open the rest of a name: a capitalised word
    next, or one more particle and then one (“Ana de la Cruz”, “Tim van der Berg”)?"""
    n = len(toks)
    return k + 1 < n and (is_cap(toks[k + 1][0]) or (
        toks[k + 1][0] in NAME_PARTICLES and k + 2 < n and is_cap(toks[k + 2][0])))


def _cap_run_before(toks: list[tuple[str, int, int]], j: int) -> list[tuple[str, int, int]]:
    """The capitalised words (and name particles) that end at ``toks[j]``."""
    i = j
    while i > 0 and (is_cap(toks[i - 1][0]) or toks[i - 1][0].lower() in NAME_PARTICLES):
        i -= 1
    return list(toks[i : j + 1])


def _cap_run(toks: list[tuple[str, int, int]], k: int) -> list[tuple[str, int, int]]:
    run: list[tuple[str, int, int]] = []
    while k < len(toks) and (
        is_cap(toks[k][0])
        or (toks[k][0] in NAME_PARTICLES and run and particle_before_name(toks, k))
    ):
        run.append(toks[k])
        k += 1
    return run


def _after_comma(toks: list[tuple[str, int, int]], k: int) -> Phrase | None:
    """A name right after the comma that closes a role: “Direktur X, Budi Santoso, …”."""
    if k >= len(toks) or toks[k][0] != ",":
        return None
    first = k + 1
    while first < len(toks) - 1 and _lower_title(toks[first][0]):
        first += 1  # “kata Kepala RS Harapan, dr. Budi Santoso”: a physician's title
    run = _cap_run(toks, first)
    if run and _PARTY_PLACE.fullmatch(run[0][0]):
        return None  # “said state Sen. Maria Lopez, D-Austin.”: her party and town
    phrase = split_phrase(run) if run else Phrase()
    end = first + len(run)
    if (len(run) == 1 and end + 1 < len(toks) and toks[end][0] == ","
            and toks[end + 1][0].islower() and _english_index()):
        # “says University of California, Berkeley, economist Barry Eichengreen”: the
        # campus's place between two commas, then the holder, described
        stop = next((j for j in range(end + 1, len(toks)) if toks[j][0] in ".,;:()"),
                    len(toks))
        described = split_phrase(toks[end + 1 : stop])
        if described.name and role_words(described.role) | epithet_nouns(described.role):
            return described
    if (len(run) == 1 and run[0][0] in US_STATES and end + 1 < len(toks)
            and toks[end][0] == "," and is_cap(toks[end + 1][0]) and _english_index()):
        later = _after_comma(toks, end)  # “said the mayor of Springfield, Ohio, Rob Rue”:
        if (later is not None and " " in later.name  # the town's state, then the holder
                and later.name.rsplit(None, 1)[-1].lower() not in _BODY_HEADS):
            return later  # (not “Marietta, Georgia, Cobb County”: a place again)
    if (not phrase.name and len(run) >= 3 and _id_noun(run[-1][0])
            and all(is_nameish(t[0]) for t in run[:-1])
            and (end == len(toks) or toks[end][0] in ".,")):
        # “kata Kepala BPBD Salak, Bergas Catursari Penanggungan.”: after the office and
        # its comma, a word shaped like a noun (pe-…-an) ends a full name as a surname
        phrase = Phrase(_join(run), "", run[0][1], run[-1][2])
    if not phrase.name or (phrase.role and not role_words(phrase.role)):
        return None
    return phrase


_THEN = frozenset("saat kala ketika waktu".split())
_REPRESENTING = frozenset(["perwakilan"])
# words that open the name of a place, a building or a street (“di Gedung Sate, Bandung”,
# “…, Jalan Proklamasi”): after “<role> di <place>,” no person's name
_VENUE_WORDS = _PLACE_BEFORE | frozenset(
    "jalan jl gedung kantor balai aula pendopo mapolres mapolda mako kampus hotel".split())


def role_then_name(toks: list[tuple[str, int, int]]) -> Phrase | None:
    """A role in lower case, then the name (``_role_lookahead``), for a phrase that does
    not open where a speaker phrase would: “Sanders campaign counsel Brad Deutsch”."""
    return _role_lookahead(toks)


_OF_THE = frozenset("of the for in at".split())


_AFFILIATION: Final = frozenset("at with of for from in".split())
#: what kind of the office, written before it after a possessive (“the study’s lead author”)
_LEAD_WORDS: Final = frozenset("lead principal main first joint corresponding".split())


def _epithet_opening(toks: list[tuple[str, int, int]], then: Container[str] = ()) -> bool:
    """English: lower-case words and an epithet's noun open the phrase (“said retina
    specialist Wai Wong”, “said child psychiatrist Ann Lee”), then a capitalised word (or
    one of ``then``: “…, child psychiatrist at the Oxford University Hospital, says”)."""
    for k, (w, _a, _b) in enumerate(toks[:3]):
        if not (w.isalpha() and w.islower()):
            return False
        if _epithet(w) and k + 1 < len(toks) and (
                is_cap(toks[k + 1][0]) if not then else toks[k + 1][0] in then):
            return True
    return False


def _role_lookahead(toks: list[tuple[str, int, int]]) -> Phrase | None:
    """A role in lower case, a few describing words, then the name: “kata ketua majelis
    hakim Rosihan Juhriah Rangkuti”, “ujar ahli gizi dan konsultan nutrisi, Jamie Johnson”."""
    if not (_starts_with_role(toks) or _epithet_opening(toks)):
        return None
    commas = 0
    skip = 0
    located = False
    body_end = -1  # (where the body's name skipped last ends)
    reach = 12  # (words read, and those of a body's name skipped besides)
    for k, (w, _a, _b) in enumerate(toks[:20]):
        low = w.lower()
        if k >= reach:
            break
        if skip:
            skip -= 1
            continue
        if low in _THEN and k + 1 < len(toks) and toks[k + 1][0].lower() == "itu":
            skip = 1  # “kata jubir KPK saat itu, Tessa Mahardhika”
            continue
        if low in _POINTERS or w == ".":
            return None  # “kata pemain internasional Wales itu.”: the one named before
        if is_cap(w):
            run = _cap_run(toks, k)
            end = k + len(run)
            if located and not commas:
                skip = len(run) - 1  # “kata Kapolres di Mapolres Bogor, …”: the place
                continue
            if not commas and toks[0][0].lower() in _REPRESENTING:
                # “kata perwakilan SPPG Pudakpayung melalui …”: whom they represent; the
                # representative is named only after a comma (“perwakilan TAUD, Alghiffari
                # Aqsa”)
                skip = len(run) - 1
                continue
            if located and (len(run) == 1 and run[0][0].lower() in NOT_NAME_WORDS
                            or run[0][0].lower() in _VENUE_WORDS
                            or region_at([t[0].lower() for t in run], 0) == len(run)
                            or (len(run) == 1 and end < len(toks) and toks[end][0] == ","
                                and end + 1 < len(toks) and is_cap(toks[end + 1][0])
                                and toks[end + 1][0].lower() not in NOT_NAME_WORDS)):
                return None  # “… di Gedung Sate, Bandung.”, “…, Senin”, “…, Jalan Proklamasi”,
                # “ujar Menkeu di Gedung DPR, Senayan, Jakarta”: a chain of places
            if end < len(toks) and toks[end][0].lower() in _POINTERS:
                # “tutur mantan Presiden Inter Milan itu”: a description of someone named
                # before; the capitalised words say where they held the role
                return Phrase("", _join(toks[: end + 1]), toks[0][1], toks[end][2])
            if (k and toks[0][0].lower() in _ARTICLES and end < len(toks)
                    and toks[end][0].islower() and toks[end][0] in ROLE_WORDS):
                # “said the Airlift actor”, “the Congress leader”: capitalised words
                # between the article and a role describe the role (a film, a party),
                # nobody's name; unless a name follows in an apposition (“said the
                # Democratic leader of the Senate, Justin Alfond”)
                j = end + 1
                while j < len(toks) and (toks[j][0] in _OF_THE or is_cap(toks[j][0])):
                    j += 1
                after = _after_comma(toks, j) if j < len(toks) and toks[j][0] == "," else None
                if after is not None and after.name and not after.role:
                    after.role = _join(toks[:j])
                    after.start = toks[0][1]
                    return after
                return None
            if not commas and end < len(toks) and toks[end][0] in (",", "atau") and (
                    _kind_before(toks, k) or (toks[k - 1][0] == "atau" and body_end == k - 1)):
                # “kata Ketua komunitas Sahabat Laut, Dodi Marwan”, “ujar kuasa hukum
                # maskapai PT Angkasa Aviation atau Raya Air, Dodi Marwan”: after a lower-case
                # kind of body, the capitalised words are its name (and the name it also
                # goes by); the person follows the comma
                skip, body_end, reach = len(run) - 1, end, reach + len(run)
                continue
            phrase = split_phrase(run)
            if not phrase.name and _given_and_two_capitals(run):
                # “kata cawapres nomor urut 3 Mahfud MD”
                phrase = Phrase(_join(run), "", run[0][1], run[1][2])
            if not phrase.name or _field_word_before(phrase, toks, end):
                skip = len(run) - 1  # a body's whole name (“Partai Kebangkitan Bangsa”),
                continue  # an office's field (“Kepala Strategi di Wealth Club, …”)
            in_run = run[: len(run) - len(phrase.name.split())]
            phrase.role = _join([t for t in toks[:k] if t[0] != ","] + in_run)
            phrase.start = toks[0][1]
            after = _after_comma(toks, end) if not commas and toks[k - 1][0] != "," else None
            if after is not None and not after.role and (
                    located or end + 1 + len(after.name.split()) >= len(toks)
                    or toks[end + 1 + len(after.name.split())][0] in ".;"):
                # “ujar salah satu kuasa hukum Fariz, Anita.”: whose lawyer, then the one
                # who spoke, closing the sentence
                after.role = _join([t for t in toks[:end] if t[0] != ","])
                after.start = toks[0][1]
                return after
            lows = phrase.name.lower().split()
            if (role_words(phrase.role) and region_at(lows, 0) == len(lows)
                    and _phrase_closes(toks, end)):
                # “kata mantan Bupati Bogor.”: an office and the region it serves (its
                # holder, if the article names one), as parse_forward reads “Bupati Bogor”
                return Phrase("", f"{phrase.role} {phrase.name}", phrase.start, toks[end - 1][2])
            return phrase
        if w == ",":
            commas += 1
            if commas > 1:
                return None
            continue
        if low == "di" and k and (toks[k - 1][0].lower() in ROLE_WORDS
                                  or (k <= 4 and not commas and is_cap(toks[k - 1][0]))
                                  or (k <= 4 and not commas and _described_role(toks, k))):
            # “kata satu pemandu di kawasan Geopark Ciletuh, Galing”, “kata Ketua PPI di
            # Inggris Raya, Ahmad Umar.”: where the role (or the body of an office written
            # in capitals) is held, then (after a comma) the name; also after a role's
            # lower-case words (“kata pedagang sayur di Pasar Minggu, Rina”)
            located = True
            continue
        if low in _LOOKAHEAD_STOP or not (w.isalpha() or w.isdigit() or "-" in w):
            return None
    return None


# lower-case kinds of body written before the body's name in a speaker's office (besides
# ``BODY_TYPES``): “direktur maskapai Garuda”, “peneliti lembaga survei Indikator”
_BODY_KIND_WORDS = BODY_TYPES | frozenset("maskapai survei".split())


def _described_role(toks: list[tuple[str, int, int]], k: int) -> bool:
    """Are the words before ``toks[k]`` a lower-case role and the lower-case words that say
    what kind (“pedagang sayur”, “pengemudi ojek daring”), with no pointer or stop word
    among them?"""
    return any(t[0] in ROLE_WORDS for t in toks[:k]) and all(
        t[0].isalpha() and t[0].islower() and t[0] not in _LOOKAHEAD_STOP
        and t[0] not in _POINTERS for t in toks[:k])


def _kind_before(toks: list[tuple[str, int, int]], k: int) -> bool:
    """Is the capitalised run at ``toks[k]`` written right after a lower-case kind of body
    (“komunitas”, “maskapai penerbangan”, “lembaga survei”): the run is that body's name?"""
    return k > 0 and toks[k - 1][0] in _BODY_KIND_WORDS or (
        k > 1 and toks[k - 1][0].islower() and toks[k - 2][0] in _BODY_KIND_WORDS)


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


def _whole_word(word: str) -> re.Pattern[str]:
    """``\\b{word}\\b`` as a pattern that opens with the word itself when that is the same
    (the word opens with a word character): found by the quick scan for its first
    letters, not tried at every offset (see word_opening)."""
    if word[:1].isalnum():
        return re.compile(word_opening([word]) + r"\b")
    return re.compile(rf"\b{re.escape(word)}\b")


_DESCRIBED = re.compile(r"(?<!\w)(?:[Aa]n?|[Tt]he)\s+([^,.;:“”\"«»]{1,60}?)\s*$")
# a finite verb or “but” in what precedes a speech verb: a clause of its own, no description
# (“the Fed is independent but”); “who is …” / “that was …” hang on the one described
_CLAUSE_IN = re.compile(r"(?<!who )(?<!that )(?<!which )\b(?:is|are|was|were)\b|\bbut\b")


def describe_backward(text: str, lo: int, pos: int) -> Phrase:
    """An unnamed speaker before a verb: “A spokesperson for the group said: …”."""
    m = _DESCRIBED.search(text, max(lo, pos - 80), pos)
    if not m or not any(w.lower() in ROLE_WORDS for w in m.group(1).split()):
        return Phrase()
    if _CLAUSE_IN.search(m.group(1)):
        # “Scott Bessent said the Fed is independent but added that …”: a clause, not
        # somebody described (“independent” is a role word); the verb's subject is earlier
        return Phrase()
    return Phrase("", m.group(1), m.start(1), m.end(1))


_SKIP_BACK = ADVERBS | EN_ADVERBS | frozenset(
    "telah sudah pernah sebelumnya today yesterday".split())


_RELATIVES = frozenset("yang who which".split())


# Indonesian “one of …” opening an apposition (“salah satu”, “salah seorang”, “seorang”)
_ONE_OF = frozenset("salah seorang satu".split())


def _capital_office(toks: list[tuple[str, int, int]], k: int) -> bool:
    """From ``k``: an office written with capitals, one to four words ending in a role word
    (“CEO”, “Chief Executive Officer”, “Managing Director”, “Senior Vice President”), then
    where it is held (of/at/for)."""
    for m in range(k, min(k + 4, len(toks) - 1)):
        if not is_cap(toks[m][0]):
            return False
        if toks[m][0].lower() in ROLE_WORDS and toks[m + 1][0] in ("of", "at", "for"):
            return True
    return False


_OFFICE_WORDS = ROLE_WORDS | {"magistrate"}


def _drop_office_place(toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """“Yogesh Kumar, District Magistrate, Amethi told”, “Ana Ruiz, Superintendent of Police,
    Amethi said”: a name, its office in capitals between commas, then the place the office
    is held, right before the verb (Indian English): the name, not the place."""
    k, place = len(toks) - 1, 0
    while k >= 0 and place < 2 and is_cap(toks[k][0]):
        k, place = k - 1, place + 1
    if not place or k < 2 or toks[k][0] != ",":
        return toks
    j = k - 1
    while j >= 0 and k - j <= 4 and (is_cap(toks[j][0]) or toks[j][0] == "of"):
        j -= 1
    if j == k - 1 or j < 1 or toks[j][0] != "," or not is_cap(toks[j - 1][0]):
        return toks
    if not any(t[0].lower() in _OFFICE_WORDS for t in toks[j + 1 : k]):
        return toks
    return toks[:j]


_ASIDE_OWNERS = frozenset("a an his her their its".split())
# words before a place in an apposition that a town may follow (“… at Maple College,
# Fayetteville, said”)
_PLACE_BEFORE_TOWN = frozenset("at in of from".split())


#: a place's adjective opening an apposition: “Alberta-based”, “Toronto-born”
_PLACE_BASED = re.compile(r"[A-Z][\w.]*-(?:based|born|area|raised)")


def _list_tail(toks: list[tuple[str, int, int]]) -> bool:
    """Are the words after a comma the last items of a list of capitalised fields (“Science
    and Economic Development”, “Education and Welfare”): capitals joined by “and” or “&”?"""
    words = [t[0] for t in toks]
    return (len(words) >= 3 and any(w in ("and", "&") for w in words[1:-1])
            and all(is_cap(w) or w in ("and", "&", "of") for w in words))


def _drop_apposition(toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """“Shu Jueting, a spokeswoman at the ministry of commerce, said”: drop the part
    between the commas when it opens with an article or a role, keeping the name."""
    for j in range(len(toks) - 1, max(-1, len(toks) - 40), -1):
        w = toks[j][0]
        if w in ".;:":
            break
        if w == "," and j + 1 < len(toks) and j > 0:
            first = toks[j + 1][0]
            last = toks[-1][0]
            if _list_tail(toks[j + 1 :]):
                continue  # “Navdeep Bains, Minister of Innovation, Science and Economic
                # Development, said”: the office's list of fields, read on to its start
            if _PLACE_BASED.fullmatch(first) and any(
                    t[0] in ROLE_WORDS for t in toks[j + 2 : j + 6]):
                return toks[:j]  # “Lee Finell, Alberta-based health education manager
                # with Dairy Farmers of Canada, said”
            if (first.islower() and (
                first in _ARTICLES or first in _RELATIVES or first in ("of", "from")
                or first in _ONE_OF  # “Indah (34), salah seorang orang tua siswa, …”
                or (first in ("in", "on") and j + 2 < len(toks)  # (“Pastor Lance Lewis,
                    and toks[j + 2][0] in _ASIDE_OWNERS)  # in an immediate reaction, said”)
                or any(t[0] in ROLE_WORDS for t in toks[j + 1 : j + 4])
                or (is_cap(toks[j - 1][0]) and _epithet_opening(toks[j + 1 :], _AFFILIATION))
                # (“Mina Fazel, child psychiatrist at the Oxford University Hospital, says”)
            )) or (  # “Mark Oaten, Liberal Democrat home affairs spokesman, said”
                last.islower() and last in ROLE_WORDS and len(toks) - j <= 9
                and is_cap(toks[j - 1][0])
            ) or (  # “Tang Jian, CTO at Tiangong’s lab, said”, “Tom Vale, President of
                # Acme, said”: an office written with a capital, then where it is held
                is_cap(toks[j - 1][0]) and _capital_office(toks, j + 1)
            ):  # “Jim Somoza, managing director of Industry City, said”, “SBY, yang …,”
                kept = toks[:j]
                if len(kept) >= 3 and kept[-1][0] == ")" and kept[-3][0] == "(":
                    kept = kept[:-3]  # “Susilo Bambang Yudhoyono (SBY), yang hadir …”
                return kept
            if 2 <= len(toks) - j <= 4 and is_cap(toks[j - 1][0]) and all(
                    t[0].isalpha() and t[0].islower() for t in toks[j + 1 :]):
                return toks[:j]  # “Ann Kerr, however, said”, “…, for her part, said”: an
                # aside of a few words in lower case after the name
            if len(toks) - j == 2 and is_cap(toks[j + 1][0]) and is_cap(toks[j - 1][0]) and any(
                    t[0] in _PLACE_BEFORE_TOWN for t in toks[max(0, j - 6) : j]):
                kept = _drop_apposition(toks[:j])
                if len(kept) < j:
                    # “Ann Kerr, director of exhibits at Maple College, Fayetteville, said”:
                    # a town of one word after the apposition's place ends it (not a name
                    # of two: “…, a teacher at Maple College, Ann Kerr, said”)
                    return kept
            return _drop_office_and_body(toks, j)
    return toks


_OFFICE_JOINERS = frozenset("& – — - of and for the".split())


def _drop_office_and_body(toks: list[tuple[str, int, int]], j: int
                          ) -> list[tuple[str, int, int]]:
    """“Tom Vale, Chief Executive Officer, Acme Holdings, said”: a name, its office in
    capitals (ending in a role word, at most five words) and the body (capitalised words
    only, at most five) between commas: the name. ``j``: the comma before the body."""
    body = toks[j + 1 :]
    if not 1 <= len(body) <= 5 or not all(is_cap(t[0]) or t[0] == "&" for t in body):
        return toks
    for i in range(j - 1, max(0, j - 7), -1):
        if toks[i][0] != ",":
            continue
        office = toks[i + 1 : j]
        if (i > 0 and is_cap(toks[i - 1][0]) and 1 <= len(office) <= 5
                and all(is_cap(t[0]) or t[0] in _OFFICE_JOINERS for t in office)
                and any(t[0].lower() in ROLE_WORDS for t in office)
                and not any(t[0].lower() in ROLE_WORDS for t in body)):
            return toks[:i]
        break
    return toks


def _apposition_owner(toks: list[tuple[str, int, int]]) -> Phrase | None:
    """“Lisa Power, head of policy at Aids charity the Terrence Higgins Trust said”: the
    person whose role the words before the body describe (the closing comma left out)."""
    for k in range(len(toks) - 1, max(0, len(toks) - 14), -1):
        w = toks[k][0]
        if w in ".;:" or (w == "," and k < len(toks) - 1 and toks[k + 1][0] not in ROLE_WORDS
                          and toks[k + 1][0] not in ("a", "an")):
            return None  # (“Erik van Sebille, a physical oceanographer at … told”)
        if w == ",":
            j = k
            while j > 0 and (is_cap(toks[j - 1][0]) or toks[j - 1][0] in NAME_PARTICLES):
                j -= 1
            person = split_phrase(toks[j:k])
            if person.name and len(person.name.split()) >= 2:
                return person
            return None
    return None


def _person_before_preposition(text: str, phrase: Phrase, lo: int) -> Phrase:
    """“Dr. Angela Kade Goepferd with Children's Minnesota said”: the person before the
    preposition speaks, not the body after it."""
    toks = tokens(text, max(lo, phrase.start - 100), phrase.start)
    article = len(toks) > 2 and toks[-1][0].lower() in _ARTICLES
    if article:
        toks = toks[:-1]  # “… for the British Casino Association”
    words = [t[0].lower() for t in toks[-3:]]
    if words[-2:] == ["atas", "nama"]:  # “Pastor Bob Roberts atas nama Multi-Faith …”
        toks = toks[:-1]
    elif words == ["on", "behalf", "of"]:
        toks = toks[:-2]
    elif len(toks) < 2 or words[-1] not in PREPOSITIONS:
        return (_apposition_owner(toks) if article else None) or phrase
    k = len(toks) - 2
    if k >= 1 and toks[k][0] in ROLE_WORDS and toks[k - 1][0].lower() in _ARTICLES:
        # “A spokesman for the British Casino Association said”: nobody named
        return Phrase("", toks[k][0], toks[k][1], toks[k][2])
    run: list[tuple[str, int, int]] = []
    while k >= 0 and (is_cap(toks[k][0]) or toks[k][0] in NAME_PARTICLES):
        run.insert(0, toks[k])
        k -= 1
    person = split_phrase(run) if run else Phrase()
    if person.name and (len(person.name.split()) >= 2 or (
            toks[-1][0] == "dari" and k >= 0 and toks[k][0] == "," and not person.role)):
        # (“Salah satu peserta, Erwin dari Destana Desa Maja, mengaku”: one word, set off
        # by the comma before it, is the name of the one from there)
        return person
    owner = _apposition_owner(toks) or _person_before_chain(toks)
    if owner is None and _place_after(words, phrase):
        return Phrase()  # (“Residents in Maple said”, “… from the town of Maple said”)
    return owner or phrase


def _place_after(words: list[str], phrase: Phrase) -> bool:
    """Is the phrase after these (lower-case) words a place, not the speaker: after an
    English preposition of place (“residents in Maple said”, “at the office in Gulshan,
    confirmed …”) or after “the town of” (“a woman from the town of Maple said”)? A body
    stays (“officials in the Ministry of Defence said”: whose officials)."""
    if words[-1] == "of":
        if len(words) < 2 or words[-2] not in EN_PLACE_OF:
            return False
    elif words[-1] not in PLACE_PREPOSITIONS or (
            words[-1] == "from" and " " in phrase.name):
        return False  # (“a message from Mike Tyson, who wrote …”: a person after “from”)
    if role_words(phrase.role):
        return False  # (“a message from President Alexander Lukashenko, who wrote …”)
    said = f"{phrase.role} {phrase.name}".split()
    return not any(w.lower() in ORG_WORDS or _acronym(w) for w in said)


def _person_before_chain(toks: list[tuple[str, int, int]]) -> Phrase | None:
    """“Wray Grimaldi of the University of Otago in Dunedin said”: the person before a
    chain of places and bodies joined by prepositions."""
    for k in range(len(toks) - 1, max(0, len(toks) - 16), -1):
        w = toks[k][0]
        if w in ".;:!?":
            return None
        if w in ("of", "from", "at", "with") and is_cap(toks[k - 1][0]):
            j = k
            while j > 0 and (is_cap(toks[j - 1][0]) or toks[j - 1][0] in NAME_PARTICLES):
                j -= 1
            person = split_phrase(toks[j:k])
            if (person.name and len(person.name.split()) >= 2 and not person.role
                    and all(is_nameish(t) for t in person.name.split())):
                return person
    return None


# an aside between dashes right before the verb (“Jibran Nasir — who is part of the legal
# team — also confirmed”), an adverb allowed after it; a dash typed as two hyphens too
# (“Rahman, sitting under portraits of his late parents -- Ziaur Rahman and Khaleda Zia --
# said”)
_DASH_ASIDE = re.compile(
    r"[ \t](?:[—–]|--)[ \t](?:(?!--)[^—–.!?;:\n]){3,200}[ \t](?:[—–]|--)[ \t]+"
    r"(?:also[ \t]+|[a-z]+ly[ \t]+)?$")


# “X didampingi (oleh) Y mengatakan”: Y accompanies X, who speaks; “X yang hadir mewakili
# Y mengatakan”: X stands in for Y, and speaks
_ESCORTED = re.compile(
    r"[ \t]+(?:didampingi(?:[ \t]+oleh)?|(?:yang[ \t]+(?:hadir[ \t]+)?)?mewakili)[ \t]+$")


def escorted_host(text: str, phrase: Phrase, lo: int) -> Phrase:
    """“Bupati Bogor Ade Yasin didampingi Kapolres Bogor AKBP Harun mengatakan”: the
    subject before the verb is the one accompanied (Ade Yasin), not the one accompanying,
    whose name stands right before it; “Asisten I Teguh Jaya yang hadir mewakili Bupati
    Muara Enim mengatakan”: the one standing in for the office speaks; else ``phrase``."""
    before = text[max(lo, phrase.start - 30) : phrase.start]
    if not (phrase.name or phrase.role) or ("didampingi" not in before
                                            and "mewakili" not in before):
        return phrase
    escort = _ESCORTED.search(text, max(lo, phrase.start - 30), phrase.start)
    if escort is None:
        return phrase
    host = parse_backward(text, escort.start(), max(lo, escort.start() - 200))
    return host if host.name else phrase


# a US party's tag after a name: “(D)”, “(R-Texas)”, “(D-Calif.)”, “(I-Vt.)”
_PARTY_TAG = re.compile(r"[DRI](?:-[A-Z][A-Za-z]{1,12}\.?)?")
# … and written between commas, with a state or a home town: “Chuck Schumer, D-N.Y.,”,
# “state Sen. Maria Lopez, D-Austin,”, “Rep. Tom Vale, R-San Antonio,”
_PARTY_PLACE = re.compile(r"[DRI]-[A-Z][A-Za-z.]{0,12}(?: [A-Z][a-z]{1,12})?")


def _party_place_at(text: str, toks: list[tuple[str, int, int]]) -> int:
    """Where the comma stands that opens a party-and-town tag closing the tokens (“Maria
    Lopez, D-Austin”: her party and town, no part of the name), or -1."""
    comma = next((j for j in range(len(toks) - 2, max(0, len(toks) - 6), -1)
                  if toks[j][0] == ","), -1)
    if comma > 0 and is_cap(toks[comma - 1][0]) and _PARTY_PLACE.fullmatch(
            text, toks[comma + 1][1], toks[-1][2]):
        return comma
    return -1


def parse_backward(text: str, pos: int, lo: int) -> Phrase:
    """Speaker phrase ending at pos, as in “Asisten Menlu AS Karen Donfried mengatakan”."""
    phrase = _office_of_name(text, _parse_backward(text, pos, lo))
    if phrase.name and not _body_with_of(phrase.name):
        return phrase  # (a person: no body's post before the verb to look for)
    return _post_holder_before(text, pos, lo) or phrase


def _post_holder_before(text: str, pos: int, lo: int) -> Phrase | None:
    """The holder of a post in the body whose name ends right before the speech verb at
    pos (“Darshin Perera, Assistant General Manager, Sampath Bank PLC stated”,
    ``_holder_of_post_in``), or None."""
    last = text[max(lo, pos - 40) : pos].rstrip(" \t,").rsplit(None, 1)
    if not last or not last[-1][:1].isupper():
        return None  # (no capitalised word before the verb: no body's name; most verbs)
    run = _BODY_BEFORE_VERB.search(text, max(lo, pos - 120), pos)
    if run is None or text[run.start() - 1 : run.start()] not in (" ", "\t"):
        return None
    # (where the body's name starts: the run's start, or after an “of” or “the” in it:
    # “Head of CSR of the John Keells Group commented”)
    for start in [run.start()] + [m.end() for m in _OF_THEN_CAPITAL.finditer(
            text, run.start(), run.end("body"))]:
        body = text[start : run.end("body")]
        if _body_with_of(body):
            holder = _holder_of_post_in(text, start, body, lo)
            if holder is not None:
                return holder
    return None


#: “of”, “for” or “the” before a capitalised word, inside a run of a body's words
_OF_THEN_CAPITAL = re.compile(r"[ \t](?:of|for|the)[ \t]+(?=[A-Z])")


def _body_with_of(name: str) -> bool:
    """A body's name, also one joined by “of”, “for”, “the” (“Bank of Ceylon”)."""
    return _body_phrase(" ".join(w for w in name.split() if w not in _BODY_OF))


#: a body's capitalised name right before a speech verb (“Bank of Ceylon stated”)
_BODY_BEFORE_VERB = re.compile(
    r"(?P<body>[A-Z][\w&'’.-]*(?:[ \t]+(?:[A-Z&][\w&'’.-]*|of|for|and|the))*?)[ \t]*,?[ \t]*$")
_BODY_OF = frozenset(("of", "for", "the"))


#: before a body that a speech verb follows: a person, a comma, their post in it and a comma
#: or “of (the)” (“Darshin Perera, Assistant General Manager, Sampath Bank PLC stated”,
#: “Carmeline Jayasuriya, Head of CSR of the John Keells Group commented”)
_POST_BEFORE_BODY = re.compile(
    r"(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,3}),[ \t]+"
    r"(?P<post>[A-Z][\w&'’.-]*(?:[ \t]+(?:[A-Z&][\w&'’.-]*|of|for|and|the|[–-]))*?)"
    r"(?:,|[ \t]+of(?:[ \t]+the)?)[ \t]+$")


def _holder_of_post_in(text: str, start: int, body: str, lo: int) -> Phrase | None:
    """Press releases write “Name, Post, Body said, “…””: the one who holds the post
    speaks, not the body (the comma after the post hid the person from the parse); None
    when the words before the body at ``start`` are no such name and post."""
    m = _POST_BEFORE_BODY.search(text, max(lo, start - 160), start)
    if m is None or "\n" in m.group() or not role_words(m["post"]):
        return None
    name = m["name"].rsplit(". ", 1)[-1]  # (“… on Monday. Darshin Perera, …”)
    words = name.split()
    before = text[max(lo, m.end("name") - len(name) - 12) : m.end("name") - len(name)].split()
    if before and before[-1].lower() in _ARTICLES:
        before = before[:-1]
    if before and before[-1].lower() in PREPOSITIONS:
        return None  # (“Speaking to Daily Mirror, Chairman, Sri Lanka Ports Authority
        # said”: an outlet, a place, where the post's holder is unnamed)
    if len(words) < 2 or _body_phrase(name) or not all(
            (is_nameish(w) or _is_initial(w)) and w.lower() not in ROLE_WORDS for w in words):
        return None
    return Phrase(name, f"{m['post']} {body}", m.end("name") - len(name), start + len(body))


#: lower-case words of an office's tenure before its word (“former minister”)
_OFFICE_TENURE = frozenset("former then acting interim outgoing incoming retired".split())


def _parse_backward(text: str, pos: int, lo: int) -> Phrase:
    start = max(lo, pos - 260)
    window = text[start:pos]  # the aside is looked for only here: the whole text's dashes
    if "—" in window or "–" in window or " -- " in window:  # (the whole text: superlinear)
        aside = _DASH_ASIDE.search(text, start, pos)
        if aside:
            return parse_backward(text, aside.start(), lo)
    toks = tokens(text, max(lo, pos - 220), pos)
    while toks and (toks[-1][0].lower() in _SKIP_BACK or lowercase_adverb(toks[-1][0])):
        toks.pop()  # (“Sanders recently told supporters”)
    if len(toks) >= 3 and toks[-1][0] in MONTH_NAMES and _DATED.match(text, toks[-1][2], pos):
        toks.pop()  # (“Dewi Lestari Juni lalu mengatakan”: the month of the words, no name)
    k = len(toks)
    while k >= 3 and (_degree(toks[k - 1][0]) or toks[k - 1][0] in ",."):
        k -= 1  # (“Ahmad Yani, S.H., M.H. mengatakan”: the degrees after the name)
    if k < len(toks) and any(_degree(t[0]) for t in toks[k:]) and is_nameish(toks[k - 1][0]):
        del toks[k:]
    elif toks and toks[-1][0] == ",":
        toks.pop()
        comma = _party_place_at(text, toks)  # “Maria Lopez, D-Austin, said”
        if comma < 0:
            toks = _drop_apposition(toks)
            while (len(toks) >= 4 and toks[-2][0] == "," and (
                    _degree(toks[-1][0]) or toks[-1][0] in _EN_DEGREES)
                   and detect_language(text) == "en"):
                del toks[-2:]  # “Ulrich Laufs, MD, PhD, director of …, added”: the degrees
                # between the name and the apposition
            comma = _party_place_at(text, toks)  # “Sen. Debbie Stabenow, D-Mich., a member
            # of the leadership team, said”: the apposition, then her party and state
        if comma >= 0:
            del toks[comma:]
    elif len(toks) >= 6 and toks[-1][0][:1].isupper():
        toks = _drop_office_place(toks)
    if len(toks) >= 3 and toks[-1][0] == ")" and toks[-2][0].isdigit() and toks[-3][0] == "(":
        del toks[-3:]
    elif len(toks) >= 4 and toks[-1][0] == ")":
        # “Maria Lopez (D-Calif.) said:”, “Rep. Tom Vale (R) said”: a party's and a state's
        # tag (capitals only, a few tokens) between the name and the verb
        opening = next((j for j in range(len(toks) - 2, max(0, len(toks) - 7), -1)
                        if toks[j][0] == "("), -1)
        if opening > 0 and is_cap(toks[opening - 1][0]) and _PARTY_TAG.fullmatch(
                text, toks[opening][2], toks[-1][1]):
            del toks[opening:]
        elif (opening == len(toks) - 3 and opening >= 2 and is_cap(toks[opening - 1][0])
              and toks[opening + 1][0].isupper() and 2 <= len(toks[opening + 1][0]) <= 8
              and toks[opening - 1][0].lower() not in ROLE_WORDS and _english_index()
              and not text[toks[-1][2] : pos].strip()):  # (the verb right after it; not
            # an apposition's end: “Ann Lee, fellow at the Centre for Policy Dialogue (CPD),”)
            # “Nick Marro of the Economist Intelligence Unit (EIU) said”: a body's short
            # form after its name, as if not there (not an office's: “Chief Executive
            # Officer (CEO)”)
            del toks[opening:]
    if len(toks) >= 2 and toks[-1][0] == "," and toks[-2][0].isdigit():
        del toks[-2:]
    if toks and toks[-1][0] == ",":
        toks.pop()
    if len(toks) >= 3 and toks[-1][0].isdigit() and len(toks[-1][0]) <= 3 and toks[-2][0] == ",":
        del toks[-2:]  # “Jane Doe, 45, a nurse from Leeds, said”: her age, after the role
    taken: list[tuple[str, int, int]] = []
    crossed_comma = False
    k = len(toks) - 1
    while k >= 0:
        w = toks[k][0]
        low = w.lower()
        if taken and (text[toks[k][2] : taken[0][1]].strip()
                      or "\n" in text[toks[k][2] : taken[0][1]]):
            break  # “… for our Country?” Trump wrote: the mark (or a line break) ends it
        if taken and toks[k][2] == taken[0][1] and w.isalpha() and w[-1].islower():
            break  # “… Saya di PSI SajalahTamliha mengatakan”: a link glued to the sentence
        if _phrase_word(w):
            taken.insert(0, toks[k])
        elif low in PORTFOLIO_WORDS and taken and taken[0][0].lower() in ROLE_WORDS:
            taken.insert(0, toks[k])  # “the communications minister said”
        elif low in _OFFICE_TENURE and any(t[0].lower() in ROLE_WORDS for t in taken):
            taken.insert(0, toks[k])  # “a Conservative former minister wrote”, “an
            # outgoing Labour councillor”
        elif low in NAME_PARTICLES and taken and (is_cap(taken[0][0]) or (
                taken[0][0].lower() in NAME_PARTICLES and len(taken) > 1
                and is_cap(taken[1][0]))):
            taken.insert(0, toks[k])  # (“Marieke de Vries”, “Ana de la Cruz”)
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
            opener = bool(taken) and taken[0][0].lower() in PREPOSITIONS  # “In Manchester, …”
            head = split_phrase(taken[1:] if opener else taken)
            at = k - 1 if k >= 1 and toks[k][0].lower() in _ARTICLES else k
            if head.name and taken and (opener or at >= 0 and toks[at][0].lower() in PREPOSITIONS):
                # “… of the University of Otago in Dunedin, New Zealand, said”: a place;
                # the person before the chain of places speaks, or nobody named (so too
                # “In Manchester, the MP said”, “Speaking in the Commons, the MP said”: not
                # the place; the role is read as an epithet from there)
                owner = _person_before_preposition(text, head, lo)
                return owner if owner is not head else Phrase()
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
    j = linked_before(toks, k + 1) if taken and taken[0][0].lower() in ROLE_WORDS else -1
    if j >= 0 and is_cap(toks[j][0]) and detect_language(text) != "en":
        # “Budi Santoso yang juga Ketua RT Cikupa mengatakan”: the office is the name's
        # before the link, not a person “Cikupa”
        run = _cap_run_before(toks, j)
        holder = split_phrase(run)
        if holder.name:
            return Phrase(holder.name, _join(taken), holder.start, taken[-1][2])
    phrase = split_phrase(taken)
    if _body_of_fields([t[0] for t in taken]):
        # “the Department of Health and Human Services said”: the body (was the person
        # “Human Services”), or one of it named before it (“Tom Vale of the …”)
        return _person_before_preposition(
            text, Phrase("", _join(taken), taken[0][1], taken[-1][2]), lo)
    if not phrase.name:
        phrase = _name_before_role(taken) or phrase
    if phrase.name or (phrase.role and (_body_phrase(phrase.role) or any(
            w.lower() in _PLACE_BEFORE for w in phrase.role.split()[1:]))):
        # (“Erwin dari Destana Desa Maja, mengaku”: a unit named after its village)
        phrase = _person_before_preposition(text, phrase, lo)
    role_end = phrase.role.split()[-2:] if phrase.name else []
    if len(role_end) == 2 and role_end[1] == "of" and role_end[0].lower() in ORG_WORDS:
        # “The Republican Party of Minnesota said”: one body, not a person “Minnesota”
        phrase = Phrase(f"{phrase.role} {phrase.name}", "", phrase.start, phrase.end)
    elif (role_end and role_end[-1] in _BODY_JOINS
          and _body_phrase(whole := f"{phrase.role} {phrase.name}")
          and not role_words(phrase.role.split()[0])):
        # “the Bill and Melinda Gates Foundation said”: one body's name, joined by “and”,
        # not a person “Melinda Gates Foundation” (one joined by “of”, “the Department of
        # Health and Human Services said”, is read above: _body_of_fields; by “for” not yet)
        phrase = Phrase("", whole, phrase.start, phrase.end)
    return phrase


def _office_of_name(text: str, phrase: Phrase) -> Phrase:
    """“said the mayor of Maple Grove”, “the chairman of Acme Holdings said”: an office
    “of” the name read after it (a place, a body) is the whole phrase's role, nobody named
    in it (its holder, if the article names one so); not the place or the body. (Not an
    apposition after a name: “said Tom Vale, director of … and president of the …”.)"""
    role = phrase.role
    if not (phrase.name and role.endswith((" of", " of the")) and role_words(role)) or (
            text.startswith(phrase.name, phrase.start)):
        return phrase
    words = role.split()
    while words and words[0].lower() in _ARTICLES:
        words = words[1:]
    whole = " ".join([*words, phrase.name])
    if len(words) >= 2 and words[-1] == "of" and words[-2].lower() in ORG_WORDS:
        return Phrase(whole, "", phrase.start, phrase.end)  # (“said the Republican Party
        # of Minnesota”: one body)
    return Phrase("", whole, phrase.start, phrase.end)


def _name_before_role(toks: list[tuple[str, int, int]]) -> Phrase | None:
    """“Nixon LP Napitupulu Direktur Utama Bank BTN menyebut”: a name of two words or more
    with its office after it, no comma between (the office alone ends in no name)."""
    j = 0
    while j < len(toks) and (is_nameish(toks[j][0]) or (
            0 < j and j + 1 < len(toks) and (_is_initial(toks[j][0])
                                             or _two_initials(toks[j][0])))):
        j += 1
    if j < 2 or j >= len(toks) or toks[j][0].lower() not in ROLE_WORDS:
        return None
    return Phrase(_join(toks[:j]), _join(toks[j:]), toks[0][1], toks[-1][2])


# a name's clause that describes it: a copula or “punya”/“memiliki” before any comma or
# sentence end (see ``People._described``)
_DESCRIBED_AFTER = re.compile(
    r"[^.,;:!?\"“”\n]{0,40}?\b(?:adalah|merupakan|ialah|punya|memiliki|mempunyai)\b")
# a sentence opening with what a pronoun says (“Ia mengatakan …”, “Dia lantas menambahkan
# bahwa …”, “Menurutnya, …”) or somebody's view (“Menurut Oki, …”), read up to a name in it
# (see ``People._described``)
_PRONOUN_SAID = re.compile(
    r"\s*(?:(?:Ia|Dia|Beliau)\s+(?:[a-z]+\s+){0,2}?(?:"
    + "|".join(sorted(ID_SUBJECT_VERBS, key=len, reverse=True))
    + r")\b|Menurut(?:nya|\s+(?:dia|beliau|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s*,)))"
    r"[^.!?\n]*")
# a sentence opening with “Ia”/“Dia”/“Beliau” and a speech verb, perhaps after a few words
# (“Ia menyampaikan apresiasi …”, “Saat itu ia mengaku …”; see ``People._before_pronoun``)
_PRONOUN_SPEAKS = re.compile(
    r"(?:Ia|Dia|Beliau|[A-Z][a-z]+(?:\s+[a-z]+){0,2},?\s+(?:ia|dia|beliau))\s+"
    r"(?:[a-z]+\s+){0,2}?(?:" + "|".join(sorted(ID_SUBJECT_VERBS, key=len, reverse=True))
    + r")\b")
_STOP_THEN_CAPITAL = re.compile(r"[.!?][\"”’]?\s+(?=[A-Z])")
# who a sentence brings in to speak next (``People._brought_in``): after a passive verb of
# saying, feeling or owning up (“Hal senada disampaikan”, “Hal itu juga dirasakan oleh”),
# “datang dari” (“Keluhan serupa datang dari”) or “halnya dengan” (“Lain halnya dengan”),
# a few words between (“pedagang sayur di Pasar Minggu, ”); not “dihadiri”, “didampingi”:
# who was there, not who speaks next
_BROUGHT_IN = re.compile(
    r"\b(?:(?:" + "|".join(sorted(ID_PASSIVE_VERBS)) + r"|dirasakan|dialami|diakui|dibenarkan"
    r"|diamini|dikeluhkan)(?:[ \t]+(?:pula|juga))?(?:[ \t]+oleh)?|datang[ \t]+dari"
    r"|halnya[ \t]+dengan)[ \t]+((?:[\w.()/-]+,?[ \t]+){0,8})$")
# the words between that make the name the one spoken to, not the one speaking (“Keluhan
# itu disampaikan kepada Lurah Rina Marlina.”: the one complaining speaks on)
_TO_WHOM = frozenset("kepada terhadap bagi untuk".split())
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*")


def _name_end(text: str, at: int) -> int:
    """Where the capitalised words that open at ``at`` end (a name as written)."""
    m = _CAPITALISED_RUN.match(text, at)
    return m.end() if m else at


# a word of that sentence before them that goes on about somebody named earlier (“Ia
# didampingi …”, “Kunjungannya disambut …”; not “Lain halnya dengan …”, “Sebelumnya, …”)
_GOES_BACK = re.compile(r"\b(?:[Ii]a|[Dd]ia|[Bb]eliau|[Mm]ereka|(\w{3,}nya))\b")
_NOT_BACK = frozenset("halnya lainnya".split())


def _spoken_to(between: str) -> bool:
    """Do the words between a bridge's verb and its name make the name the one spoken to
    (“disampaikan kepada Lurah …”), not who spoke (“disampaikan kepada wartawan oleh …”)?"""
    for w in reversed(between.lower().split()):
        if w == "oleh":
            return False
        if w in _TO_WHOM:
            return True
    return False


def _goes_back(text: str, lo: int, hi: int) -> bool:
    """Does text[lo:hi] hold a pronoun or a word with “-nya” that points back (not an
    adverb of the lexicon's openers, “halnya”, “lainnya”, nor a “se-…-nya” word)?"""
    for m in _GOES_BACK.finditer(text, lo, hi):
        low = m.group().lower()
        if not m.group(1) or not (low in NOT_NAME_WORDS or low in _NOT_BACK
                                  or low.startswith("se")):
            return True
    return False


# what may follow them to the sentence's end: an age, an apposition after a comma
_CLOSES_SENTENCE = re.compile(r"(?:[ \t]*\(\d{1,3}\))?(?:,[ \t]*([^.!?\"“”\n]*))?[.!?]")
# an office written alone as a subject (``People._office_subject``): “Bupati Salak Utara ini
# pun memanggil”, “Kapolres juga mengimbau”, “tambah Bupati, …” (the head is checked to be
# a role word; the next word lower case, or a comma after a speech verb)
_OFFICE_SUBJECT = re.compile(
    r"(?<![\w.])(?P<role>(?:Wakil[ \t]+)?[A-Z][a-z]{2,}(?:[ \t]+[A-Z][A-Za-z]+){0,4})"
    r"(?:[ \t]+(?:ini|itu|tersebut))?(?:[ \t]+(?P<next>[a-z]\w*)|(?P<comma>,))")
_MARKS = "\"“”‘’"
# Indonesian offices a regional article writes alone for their holder (“kata Bupati”,
# “tambah Wabup”): never a one-word name
_OFFICE_ALONE = frozenset(
    "bupati wabup gubernur wagub walikota wawali camat lurah kapolres kapolda kapolsek "
    "dandim danrem kajari kajati sekda kadis kadishub kades".split())
# a sentence that goes on about the one before: its own pronoun subject (“Dia juga meminta
# …”, “Menurutnya, …”, “Menurut Roy, …”) or an office pointed back at (“Ketua DPP NasDem ini
# meminta …”, “Namun Wakil Ketua Komisi D DPRD Sulsel ini berharap …”)
_GOES_ON = re.compile(r"(?:[A-Z][a-z]+(?:\s+itu)?,?\s+)?(?:[Ii]a|[Dd]ia|[Bb]eliau|Menurut)\b")
_REFERS_BACK = re.compile(
    r"(?:Namun|Sementara|Selain|Kemudian|Lalu|Adapun)?[\s,]*(?:itu,?\s+)?"
    r"(?:[A-Z][\w.-]*\s+){1,8}(?:ini|itu|tersebut)\b")
# the agent of a passive just before a name: “… oleh Kepala SMKN 1, Hurdisman”, “disampaikan
# Kepala BGN Dadan Hindayana” (the last such word before the name, with only capitalised
# words, numbers and commas between)
_AGENT_BEFORE = re.compile(r"\b(?:oleh|di[a-z]{4,})\s+(?:[A-Z0-9][\w.-]*,?\s+)*$")
_SAME_PRONOUN = {"m": re.compile(r"\b(?:he|his|him|He|His)\b"),
                 "f": re.compile(r"\b(?:she|her|hers|She|Her)\b")}


_UMLAUTS = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "Ä": "A", "Ö": "O", "Ü": "U",
                          "ß": "ss", "é": "e", "è": "e", "á": "a", "í": "i", "ó": "o",
                          "ú": "u", "ñ": "n", "ç": "c"})


@lru_cache(maxsize=4096)
def _fold(word: str) -> str:
    """A name word without its accents, and German “ue/oe/ae” read as “ü/ö/ä”: “Müller”,
    “Mueller” and “Muller” all fold to “muller”."""
    low = word.lower()
    for pair, single in (("ue", "u"), ("oe", "o"), ("ae", "a")):
        low = low.replace(pair, single)
    return low.translate(_UMLAUTS)


#: the spellings of Indonesian names before 1972 (Soewandi, 1947: “oe”, “dj”, “tj”, “nj”, “sj”,
#: “ch”) and a final “y” for “i” (“Budy”, “Andy”, “Hendry”), each read as today's
_EJAAN = (("oe", "u"), ("dj", "j"), ("tj", "c"), ("nj", "ny"), ("sj", "sy"), ("ch", "kh"))
# (the old spellings that change a first letter)
_OLD_OPENINGS: Final = frozenset(("Dj", "Tj", "Ch"))


def _ejaan(word: str) -> str:
    """A name word as today's Indonesian spelling writes it: “Soetrisno”, “Djoko”, “Budy”
    fold to “sutrisno”, “joko”, “budi”."""
    low = word.lower()
    for old, new in _EJAAN:
        low = low.replace(old, new)
    return low[:-1] + "i" if low.endswith("y") and len(low) > 3 else low


@lru_cache(maxsize=1 << 16)  # (a short name is matched against the same names again and again)
def _token_match(part: str, full: str) -> int:
    """How well a word of a short name matches a word of a full name: 3 the same, 1 a
    shortening ("Awal" of "Awaluddin"), a misspelling ("Erdman") or another spelling
    ("Budi" of "Budy": ``_ejaan``), 0 no match."""
    if part == full or part.rstrip(".") == full.rstrip("."):
        return 3
    if full in NAME_PARTICLES and part == full.capitalize():
        return 3  # “De Silva said” for Harsha de Silva: the particle opening a sentence
    if "-" in full or "-" in part:
        stem = _article_stem(full)
        if (stem != full or _article_stem(part) != part) and _article_stem(part) == stem:
            return 3  # “Assad said”, “Al-Sudani said” for Bashar al-Assad, … al-Sudani
    if (part[:1] == full[:1] and not (part.isascii() and full.isascii())
            and _fold(part) == _fold(full)):
        return 3  # “Mueller”, “Muller” for “Müller”
    if len(part) >= 4 and full.startswith(part):
        return 1
    if len(part) >= 5 and part[0] == full[0] and fuzz.ratio(part, full) >= 85:
        return 1
    if (len(part) >= 4 and abs(len(full) - len(part)) <= 2
            and (part[0].lower() == full[0].lower() or part[:2] in _OLD_OPENINGS
                 or full[:2] in _OLD_OPENINGS)
            and is_cap(part) and _ejaan(part) == _ejaan(full)):
        return 1  # “kata Budi” for Darma Budy, “Joko” for Djoko Santoso: one name, spelled
        # the old way or the new (as a misspelling: “Budi Santoso” takes “Budi” first);
        # the fold reads case alike too (a word written in another case, as a particle
        # opening a sentence). Only words of near length and the same first letter, or an
        # old opening, are folded: most pairs are neither
    return 0


def _subsequence_score(parts: list[str], full: list[str]) -> int:
    """Sum of word matches when parts match an ordered subsequence of full, else 0; a
    short form that ends on the full name's last word (its surname) scores one more."""
    score, j, n = 0, 0, len(full)
    for part in parts:
        while j < n:
            match = _token_match(part, full[j])  # (once per pair: it is the score too)
            j += 1
            if match:
                score += match
                break
        else:
            return 0
    return score + (j == n)


_SHORT_TAILS = frozenset(
    "di ke dan yang akan dari pada untuk saat dalam juga itu ini tak telah sudah masih "
    "usai lewat via tengah sambil dengan tersebut ternyata baru pun kini sempat sedang "
    "lagi pasrah kembali justru bahkan hanya".split()
)
_LONG_TAILS: Final = frozenset("sebagai kepada bersama ketika sebelum setelah seusai".split())
# a social-media account right after a speech verb: “kata @strootsys”, “tulis akun
# Instagram @davidherson_off”, “kata pengguna Twitter @yoyoktea9988”, masked “@yan****”
HANDLE_AFTER = re.compile(
    r"[ \t]*(?:(?:pemilik[ \t]+)?(?:akun|pengguna|warganet|netizen)"  # (“kata pemilik
    r"(?:[ \t]+(?:resmi|[A-Z][A-Za-z]*))?[ \t]+"  # akun Instagram @ana”: the account)
    # (“…” wrote Twitter user @S_H_Gillani, “Instagram account @ana”, “tweep @x”)
    r"|(?:[A-Z][A-Za-z]*[ \t]+)?(?:user|account|[Tt]weep|[Tt]weeter)[ \t]+)?"
    r"@?(@[A-Za-z0-9_.]*[A-Za-z0-9_])(\*+)?")  # (“kata @@eclairapple22”: one handle)
# Common words a scraper glues to the end of a name (“Kimberly Ryderbuka suara”).
_GLUED_WORDS = frozenset(
    "buka minta ingin mau bisa harus belum pernah datang hadir tiba pulang ikut punya "
    "akui ucap bilang tak enggan siap tetap terus selalu langsung resmi turut tampil "
    "adalah merupakan menjadi mengaku akhirnya pun lantas kemudian juga sempat masih "
    "kini kerap sering biasa baru mulai lebih makin semakin sudah telah tengah".split()
)
_VERB_ENDINGS = ("kan", "an", "i", "a", "ah", "ut", "ap", "at", "ik", "ir", "ng")
# Ends of Indonesian and Javanese names that read like a verb with a prefix (“Rahadiansyah”
# is no “Raha” + “diansyah”, “Wedyodiningrat” no “Wedyo” + “diningrat”, “Simadibrata”,
# “Danadiputra” no “Dana” + “diputra”) or like a word glued to a given name (“Hariyanto”
# is no “Hari” + “yanto”)
_NAME_ENDINGS = ("syah", "sjah", "sah", "ningrat", "ngrat", "brata", "putra", "putri",
                 "yanto", "yanti", "wanto", "wanti")
_AFFIXED = re.compile(r"(?:me|ber|di|ter|se|ke|mem|men|meng|meny)[a-z]{3,}")
# capitals a scraper glued to the lower-case word after them: “Fariz RMmelaporkan”
_CAPS_GLUED = re.compile(r"([A-Z]{2,5})([a-z]{4,})")


def unglue_name(name: str, words: Words) -> str:
    """Cut lower-case text a scraper glued to a name: "Putinmenyerahkan" → "Putin" when
    the article also has "Putin" on its own, "Subiantosebagai" → "Subianto"."""
    out = []
    parts = name.split()
    for n, w in enumerate(parts):
        cut = False
        caps = _CAPS_GLUED.fullmatch(w) if n else None
        if caps and n == len(parts) - 1 and _count(words, w) <= 1 and _count(words, caps[1]):
            # “Musisi Fariz RMmelaporkan …” … “Fariz RM memperlihatkan”: the capitals the
            # article writes on their own end the name, the verb was glued to them
            w, cut = caps[1], True
        elif w[:1].isupper() and len(w) >= 6:
            # a word seen once, ending the name, whose head the article uses on its own
            # (“Kimberly Ryderbuka”); not “Wiradarma Harefa” next to “kata Wira”
            lone_end = n == len(parts) - 1 and _count(words, w) <= 1
            for i in range(3, len(w) - 1):
                head, tail = w[:i], w[i:]
                if not tail.islower() or not head[-1].islower():
                    continue
                # (a tail of three letters is too often a name's own end: “Simanjuntak”)
                glued = lone_end and len(head) >= 4 and len(tail) >= 4 and tail in _GLUED_WORDS
                if tail in _LONG_TAILS or glued or (
                    head in words
                    and (tail in _SHORT_TAILS or tail in words
                         or (len(tail) >= 6 and _AFFIXED.fullmatch(tail))
                         or (lone_end and tail in _GLUED_WORDS))
                ) or (
                    lone_end and len(tail) >= 7 and _AFFIXED.fullmatch(tail)
                    and tail.endswith(_VERB_ENDINGS) and len(head) >= 4
                    and not tail.endswith(_NAME_ENDINGS)
                ) or (
                    # “Purbaya Yudhi Sadewamemuji kinerja …”: a short active verb (meN- and
                    # a root of three letters or more) glued once to a name's last word
                    lone_end and len(tail) == 6 and tail.startswith(("mem", "men", "meny"))
                    and len(head) >= 4 and not tail.endswith(_NAME_ENDINGS)
                    and not _english_index()
                ) or (
                    # “Kylian Mbappeproduktif mencetak …” … “kata Mbappe”, “dikemas Mbappe”:
                    # the head written on its own twice or more, a word glued once after it
                    lone_end and n and len(head) >= 4 and len(tail) >= 5
                    and _count(words, head) >= 2 and not tail.endswith(_NAME_ENDINGS)
                ):
                    w, cut = head, True
                    break
            if cut and (parts[n].lower() in PORTFOLIO_WORDS or _ordinary_words(parts[n])):
                w, cut = parts[n], False  # a word of the language (“Menteri
                # Ketenagakerjaan” is no “Ketenaga” who spoke); asked only of a cut word
        if cut and n + 1 < len(parts) and is_nameish(parts[n + 1]) and not region_at(
                [p.lower() for p in parts[n + 1 : n + 3]], 0):
            w, cut = parts[n], False  # “dr Wismandari Wisnu” (… “ujar dr Wisman”): a name
            # goes on after it, so “dari” was no glued word
        out.append(w)
        if cut:  # the glued word ended the name: “Anies Baswedandi Kabupaten …”
            break
    return " ".join(out)


# role words that also name a ministry's or a department's field
_FIELD_ROLES = frozenset("justice state foreign interior finance defence defense economy "
                         "trade prime press".split())


def _office_of_body(role: str) -> bool:
    """A person's office in a body, the office word first (“Kepala Dinas Pertanian
    Banyuasin”, “Ketua DPRD Garut”), not a body's own name (“Kementerian Keuangan”)."""
    words = role.split()
    first = words[0].lower() if words else ""
    return (len(words) >= 2 and _body_phrase(role) and first in ROLE_WORDS
            and first not in ORG_WORDS and not _acronym(words[0])
            # (not a body named by its field: “Justice Department”, “State Department”)
            and first not in PORTFOLIO_WORDS and first not in _FIELD_ROLES)


def _body_phrase(phrase: str) -> bool:
    """A capitalised name of a body: an acronym (“KPK”, “ONE HUNDRED”) or words such as
    “Kementerian”, “Bank”, “Police”, with no lower-case word in it."""
    words = phrase.split()
    if not words or not is_cap(words[0]) or not is_cap(words[-1]) or not all(
            is_cap(w) or w in _BODY_JOINS for w in words):
        return False  # (joined: “Food and Drug Administration”, “Procter & Gamble”)
    if not _BODY_JOINS.isdisjoint(words):
        # a body's name goes on over “and” to the body's word that ends it (not an
        # acronym): two names joined (“Tom Vale and KPK”, “Sweden and NATO”) are no body
        return words[-1].lower() in ORG_WORDS and not _acronym(words[-1])
    return any(_acronym(w) for w in words) or any(w.lower() in ORG_WORDS for w in words)


# words that join the capitalised words of an English body's name
_BODY_JOINS = frozenset(("and", "&"))


def _body_of_fields(words: list[str]) -> bool:
    """A body's name in capitals (“U.S. Department”, “Bureau”), “of”, then the fields it
    serves, two or more joined by “and” or “&” (“Department of Health and Human Services”,
    “Ministry of Ports and Aviation”, “Bureau of Fisheries and Aquatic Resources”): one
    body, not a person “Human Services”. (One field, “Department of Health”, is read so
    already.)"""
    if "of" not in words or _BODY_JOINS.isdisjoint(words):
        return False
    i = words.index("of")
    head, fields = words[:i], words[i + 1 :]
    if not (head and head[-1].lower() in ORG_WORDS and all(is_cap(w) for w in head)
            and len(fields) >= 3 and is_cap(fields[0]) and is_cap(fields[-1])
            and all(is_cap(w) or w in _BODY_JOINS for w in fields)):
        return False
    last = max(k for k, w in enumerate(fields) if w in _BODY_JOINS)
    # (not “the Department of Health and Tom Vale said”: a body and a person; nor
    # “Department of Health and Human Services Secretary Tom Vale said”: an office in the
    # body and its holder)
    return not (fields[last + 1].lower() in GIVEN_GENDER and len(fields) - last >= 3) and not any(
        w.lower() in ROLE_WORDS for w in fields[last + 1 : -1])


# What kind of body an anaphor points back at, by the words its name holds: “perusahaan
# itu” is a company (“PT …”, “… Tbk”, “… Corp”), “the club” a club (“… FC”).
_COMPANY_MARKS = frozenset("pt cv tbk persero inc corp corporation ltd llc plc co group "
                           "grup holding company".split())
BODY_KINDS: dict[str, frozenset[str]] = {
    **{w: _COMPANY_MARKS for w in ("perusahaan perseroan company firm developer startup "
                                   "produsen manufacturer retailer emiten").split()},
    **{w: frozenset("fc cf ac sc afc klub club".split()) for w in ("klub", "club")},
    **{w: frozenset(["bank"]) for w in ("bank",)},
    **{w: frozenset(["kementerian", "ministry", "department"])
       for w in ("kementerian", "ministry", "department")},
    **{w: frozenset(["partai", "party"]) for w in ("partai", "party")},
    # (English bodies named by their kind: “the council said” of the “National Sports
    # Council”; see cast._EN_BODY_NAMED)
    **{w: frozenset([w]) for w in ("bureau council commission committee institute authority "
                                   "embassy association union foundation board").split()},
}


COMPANY_TYPES = frozenset(["PT", "CV"])


def company_phrase(phrase: Phrase) -> bool:
    """“PT Sinar Jaya Abadi”: a company's name and nothing else (no office before it,
    as in “Direktur PT Duta Mas Indah Heri Sukamto”)."""
    return bool(phrase.role) and set(phrase.role.replace(".", "").split()) <= COMPANY_TYPES


_ANAPHOR_LEADS = frozenset("the this that pihak sang".split())


def _anaphor_head(role: str) -> str:
    """The word an unnamed body is called by, when it heads the phrase (“perusahaan
    itu”, “pihak klub”, “bank sentral”, “the company”; not “juru bicara perusahaan”,
    somebody of the company); else ""."""
    if role_words(role) or "'" in role or "’" in role:
        return ""  # “a company spokesman”, “the company's spokesman”: somebody of it
    words = [w for w in _LETTERS.findall(role.lower()) if w not in _ANAPHOR_LEADS]
    return words[0] if words and (words[0] in BODY_ANAPHORS or words[0] in BODY_KINDS) else ""


def _body_fits(body: str, anaphors: Set[str]) -> bool:
    """Is this body of the kind the anaphor's words say (any body for “lembaga”)?"""
    marks = [BODY_KINDS[w] for w in anaphors if w in BODY_KINDS]
    if not marks:
        return True
    words = {w.lower().rstrip(".") for w in body.split()}
    return any(words & m for m in marks)


def _ordinary_words(word: str) -> bool:
    """Is a capitalised word (or each part of a hyphenated one: “Pulau-Pulau”) an ordinary
    Indonesian word (``vocabulary``)?"""
    parts = [p for p in word.lower().split("-") if p]
    words = roots()
    return bool(parts) and all(p in words or derived(p) for p in parts)


_PERSON_TITLES = frozenset("haji hajah dek".split())  # (“Haji Suli”, “Dek Gam”)


def _reads_as_no_person(name: str, role: str) -> bool:
    """Do a cast member's words say it is no person? A kind of place opens it (“Distrik
    Heram”, “Jalan Flamboyan Raya”, “Jl Majapahit”); or, with no office held and no given
    name, form of address or name particle among them, two words or more that are all
    ordinary words (“Ritel Tradisional”, “Momentum Reformasi”, “Tim Gegana”; not “Bunga
    Citra Lestari”, “Bung Hatta”, “Abu Janda”), or a region of the gazetteer, whole or
    after an ordinary or a body's word (“Bandar Lampung”, “Muara Enim”; “Jaya Kalteng”,
    “Semen Padang”)."""
    words = name.split()
    if len(words) < 2:
        return False
    low = [w.lower() for w in words]
    if low[0].rstrip(".") in ID_PLACE_HEADS:
        return True
    places = gazetteer()
    if role_words(role) or any(map(places.given_name, low)) or any(
            w in ADDRESS_WORDS or w in HONORIFICS or w in NAME_PARTICLES or w in _PERSON_TITLES
            for w in low):
        return False  # (“Kiai Muna”, “Bung Hatta”, “Abu Janda”: a person)
    if all(map(_ordinary_words, words)):
        return True
    return places.region_at(low, 0) == len(low) or (
        (_ordinary_words(words[0]) or low[0] in ORG_WORDS)
        and any(places.region_at(low, k) == len(low) - k for k in range(1, len(low))))


#: English: the last word of an event's name (“Sri Lanka Economic Summit”, “Easter
#: Masses”), no person's
_EVENT_ENDS = frozenset(
    "summit conference festival awards games cup expo olympics championship "
    "championships masses marathon tournament convention congress symposium".split())


def _ends_as_no_person(name: str) -> bool:
    """English: does a cast member's name end in an event's word or a people's plural
    (“Economic Summit”, “Easter Masses”, “Sri Lankans”): no one a pronoun points to?"""
    words = name.split()
    if len(words) < 2:
        return False
    last = words[-1].lower()
    if last.endswith("s") and last[:-1] in GEO_WORDS:
        return True  # (“Sri Lankans”, though “Sri” is a given name too)
    return last in _EVENT_ENDS and not listed_given_name(words[0].lower())
    # (not “Lisa Games”: a given name, then a surname; a second review)


def _acronym(word: str) -> bool:
    """“KPK”, “NASA”, “U.S.”: two or more capital letters (not an initial such as “S.”)."""
    letters = word.replace(".", "").replace("-", "")
    return len(letters) >= 2 and letters.isupper()


def _count(words: Words, word: str) -> int:
    return words.get(word, 0) if isinstance(words, Counter) else int(word in words)


def _role_letters(role: str) -> list[str]:
    """The words of a role, with short forms of offices written out (“Menkeu” →
    menteri keuangan) so that either way of writing it matches the other."""
    words = _LETTERS.findall(role.lower())
    consort = [_CONSORT for a, b in zip(words, words[1:], strict=False)
               if (a.title(), b.title()) in _CONSORT_TITLES  # “the First Lady”
               ] if not _CONSORT_LOW.isdisjoint(words) else []
    return (words + consort
            + [x for w in words if w in ROLE_SHORT_FORMS for x in ROLE_SHORT_FORMS[w].split()])


# what an epithet says a person is (“epidemiologist”, “pollster”, “barrister”), not when or
# how they hold it (“former”, “acting”): the words of ``EN_EPITHETS`` a role may be
EPITHET_NOUNS = EN_EPITHETS - frozenset(
    "former acting interim outgoing incoming retired longtime fellow".split())


def epithet_nouns(role: str) -> set[str]:
    """The words of a role that are ``EPITHET_NOUNS`` (“the epidemiologist” → epidemiologist)."""
    return {w for w in _LETTERS.findall(role.lower()) if w in EPITHET_NOUNS}


def role_words(role: str) -> set[str]:
    letters = _role_letters(role)
    found = {w for w in letters if w in ROLE_WORDS}
    if "under" in found and "secretary" not in letters:
        # “the group under Ador”, “the economy under Biden”: a preposition, not the office
        # of an Under Secretary (a body so held no office and may be “the company” later)
        found.discard("under")
    return found


# English offices written as a title before a name and as a noun after “the” (“Rep. Blake
# Farenthold …” then “the four-term congressman said”; “Sen.” / “the senator”; “Gov.” /
# “the governor”): the noun finds whoever the article gave the title
_HOUSE = ("rep", "representative", "congressman", "congresswoman", "congressperson")
_SENATE = ("sen", "senator")
_ROLE_KIN: dict[str, tuple[str, ...]] = {
    **{w: _HOUSE for w in _HOUSE}, **{w: _SENATE for w in _SENATE},
    "gov": ("governor",), "governor": ("gov",),
    "lawmaker": _HOUSE + _SENATE, "legislator": _HOUSE + _SENATE,
    # the press's short words for an office (“Arsenal manager Mikel Vale” … “the boss
    # said”; “Captain Ann Kerr” … “the skipper said”; “Prime Minister Ann Kerr” … “the
    # premier said”)
    "boss": ("manager", "coach", "chief", "ceo", "chairman", "chairwoman"),
    "skipper": ("captain",), "premier": ("prime",),
}


def role_kin(words: set[str]) -> set[str]:
    """The other words an office goes by (``_ROLE_KIN``: “senator” → “sen”, “gov” →
    “governor”)."""
    return {kin for w in words for kin in _ROLE_KIN.get(w, ())}


def offices_meant(role: str) -> set[str]:
    """The offices an epithet's noun stands for (``_ROLE_KIN``: “the Arsenal boss” → manager,
    coach, chief, …; “the skipper” → captain); empty for any other role."""
    return {kin for w in epithet_nouns(role) for kin in _ROLE_KIN.get(w, ())}


@dataclass
class Resolved:
    """A speaker found for a phrase: how (``name``, ``short`` for a short form or alias,
    ``role``, ``library``), how sure (0–1), and where the article named them (or -1)."""

    speaker: str
    role: str
    how: str
    confidence: float
    source: int = -1


#: a title before a surname tells the person's gender (“Ms. Clinton”, “Mr Flynn”)
TITLE_GENDER = {"Mr": "m", "Sir": "m", "Mrs": "f", "Ms": "f", "Miss": "f", "Lady": "f",
                "Dame": "f"}
# Common English given names that tell the gender when the article never titles or
# pronouns the person apart from others (“she said” after Hillary and Bill Clinton are both
# named; “Ms. Clinton” when both are in the article). Names used for both are left out.
GIVEN_GENDER = {w: "f" for w in (
    "abigail adele alice alicia allison amanda amber amy andrea angela angelina ann anna "
    "anne ariana ashley barbara betsy betty beverly beyonce brenda brittany carol caroline "
    "catherine charlotte chelsea cheryl christina christine claire condoleezza cynthia "
    "debbie deborah debra denise diana diane dianne donna doris dorothy elaine elizabeth "
    "ellen emily emma evelyn gina gloria grace hannah heather heidi helen hillary hope "
    "huma isabella ivanka jacqueline janet janice jennifer jessica jill joan joyce judith "
    "judy julia julie karen katherine kathleen kathryn kathy katie katy kelly kellyanne "
    "kimberly kirsten kristen laura lauren linda lisa loretta lorraine madeleine margaret "
    "maria marie marilyn martha mary maxine megan meghan megyn melania melissa michelle "
    "miley nancy natalie nicole nikki olivia oprah pamela patricia rachel rebecca rihanna "
    "rose ruth sally samantha sandra sara sarah selena sharon sheryl shirley sophia "
    "stephanie susan taylor? teresa theresa tina valerie victoria virginia").split()
    if not w.endswith("?")}
GIVEN_GENDER.update({w: "m" for w in (
    "aaron adam alan albert alexander andrew angus anthony arthur barack barney ben "
    "benjamin bernard bernie bill billy bob bobby boris brad bradley brandon brian bruce "
    "bryan carl charles chuck colin craig dan daniel dannel david dennis dick donald doug "
    "douglas ed edward elon emmanuel eric frank fred gary george gerald gregory greg harold "
    "harry henry ian jack jacob james jared jason jeb jeff jeffrey jeremy jerry jim jimmy joe "
    "john johnny jon jonathan joseph josh joshua justin keith ken kenneth kevin kyle larry "
    "lawrence louis luke marco mark matt matthew michael mike mitch mitt nathan neil newt "
    "nicholas nick patrick paul peter phil philip ralph randy raymond reince rex richard "
    "rick robert roger ronald roy rudy russell ryan samuel scott sean stephen steve steven "
    "ted terry thomas tim timothy todd tom tony tyler vincent vladimir walter wayne william "
    "willie").split()})
# South Asian titles that open a name and tell the gender (“Begum Khaleda Zia”)
GIVEN_GENDER.update({"begum": "f", "smt": "f", "shrimati": "f"})


# a relative named right before a name, in the same clause (“his wife, Jennifer”, “his late
# parents -- former Bangladesh leaders Ziaur Rahman and”)
_KIN_BEFORE_NAME = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir)[ \t]+(?:late[ \t]+)?(?:wife|husband|son|daughter|father"
    r"|mother|parents|brother|sister|sons|daughters|widow|nephew|niece|uncle|aunt|cousin"
    r"|grandson|granddaughter|grandfather|grandmother)\b[^.;:!?“”\"]*$")
#: the words of a clause before a name, back to a sentence's end or a quotation mark
_CLAUSE_BEFORE = re.compile(r"[^.;:!?“”\"]*$")
# after a body's name: somebody of it (“Bank of America analysts”), or a document of its
# quoted (“The Department of Defense noted last year in its document … that “…””)
_NOT_THE_BODY = re.compile(
    r"[ \t]+(?:analysts|officials|economists|researchers|experts|executives|staff|lawyers"
    r"|sources)\b|[^“”\"\n]{0,60}?\bin[ \t]+(?:its|their|a|the)[ \t]+(?:\w+[ \t]+)?"
    r"(?:document|report|study|paper|assessment|filing|review|note)\b")
# a name written as a clause's subject: its words, then a verb in lower case (not “Mr
# Biden’s strategy”, a possessive; “Mr Netanyahu defied”, “Swift took”)
_SUBJECT_AFTER = re.compile(r"(?:Mr\.? |Mrs\.? |Ms\.? |Dr\.? )?(?:[A-Z][\w.\-]*[ \t]+){0,3}"
                            r"[A-Z][\w\-]*[ \t]+(?:also[ \t]+|then[ \t]+)?[a-z]+(?:ed|s)\b")
_SENTENCE_BREAK = re.compile(r"[.!?]+[\"'”’)\]]*(?:\s|$)|\n")
# a name, an aside in brackets (“(R-Fla.)”), then a verb that makes it a clause's subject
_CLAUSE_SUBJECT = re.compile(r"(?<!and )(?<!or )(?:[A-Z][\w.’'\-]*[ \t]+){0,3}[A-Z][\w’'\-]*"
                             r"(?:[ \t]+\([^()\n]{1,20}\))?(?:,?[ \t]+who)?[ \t]+"
                             r"(?:also[ \t]+|then[ \t]+)?(?:said|says|told|tells)\b"
                             r"|(?<!and )(?<!or )(?:[A-Z][\w.’'\-]*[ \t]+){0,3}[A-Z][\w’'\-]*"
                             r"(?:[ \t]+\([^()\n]{1,20}\))?[ \t]+(?:also[ \t]+|then[ \t]+)?"
                             r"[a-z]{3,}ed\b")


_THE = ("the ", "The ")


def _own_role(role: str) -> str:
    """A role read before a name, unless it ends in “of” or “of the”: then the name is
    what the role is of, not its holder (“a member of the Cape Town mayoral committee”)."""
    return "" if role.endswith((" of", " of the")) else role


def _elisions(text: str) -> list[int]:
    """Where an apostrophe (“’” or “'”) opens a word that starts with “M”, at the text's
    start or after a blank (“’Mamello Phoofolo”), in order: ``People.elided``'s places."""
    found = []
    for mark in ("’M", "'M"):
        at = text.find(mark)
        while at >= 0:
            if at == 0 or text[at - 1].isspace():
                found.append(at)
            at = text.find(mark, at + 1)
    return sorted(found)


def _name_goes_on(char: str) -> bool:
    """Does ``char`` carry a word on (a letter, a digit, “_”, an apostrophe, a hyphen)?"""
    return char.isalnum() or char in "_’'-"


# a one-word name, a comma, then a lower-case word (an office or what the person does:
# “Taufik, pengemudi ojek online, …”)
_INTRODUCED = re.compile(r"[A-Z][\w'’\-]*,[ \t]+([a-z]+)\b")


#: a third person in a quotation (“She did an extraordinary job”, “His generosity …”): its
#: speaker is not the one it speaks of, so not the person the paragraph just brought in
_THIRD_PERSON = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b")


def _quotation_end(text: str, pos: int) -> int:
    """Where the quotation opening at ``pos`` closes (at most 600 characters on)."""
    ends = [k for k in (text.find("”", pos + 1, pos + 600), text.find('"', pos + 1, pos + 600))
            if k >= 0]
    return min(ends) if ends else min(len(text), pos + 600)


#: “, a child psychiatrist”, “, an economist”, “, the paper's lead author”
_APPOSED_DESCRIPTION = re.compile(r",[ \t]+(?:a|an|the)[ \t]+([a-z]+)")
_REPORTING_NOUNS: Final = frozenset(
    "reporter journalist correspondent columnist editor writer photographer".split())


@dataclass
class People:
    """Who the article names, where, and how the user's aliases map onto them."""

    aliases: dict[str, str] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)  # full name -> first role seen
    role_sets: dict[str, set[str]] = field(default_factory=dict)  # full name -> role words
    role_text: dict[str, set[str]] = field(default_factory=dict)  # full name -> role's words
    local_aliases: dict[str, str] = field(default_factory=dict)  # "Jokowi" -> "Joko Widodo"
    guessed: set[str] = field(default_factory=set)  # local aliases that are a guess ("Ana")
    words: Counter[str] = field(default_factory=Counter)  # every word of the article
    names: set[str] = field(default_factory=set)  # common words the article uses as names
    para_starts: list[int] = field(default_factory=list)
    body_pos: list[int] = field(default_factory=list)  # where a body is named
    body_who: list[str] = field(default_factory=list)
    # English bodies heard speaking by their name while the quotations are attributed
    # (“…,” CXC assured.), in order: who “…,” it stated. right after means
    it_pos: list[int] = field(default_factory=list)
    it_who: list[str] = field(default_factory=list)
    event_pos: list[int] = field(default_factory=list)  # where somebody is said to speak
    event_who: list[str] = field(default_factory=list)
    # who the cast has heard speak so far, in order (filled while the speech verbs are
    # resolved, so a shared surname can go to the one who already spoke)
    spoke_pos: list[int] = field(default_factory=list)
    spoke_who: list[str] = field(default_factory=list)
    mention_pos: list[int] = field(default_factory=list)
    mention_who: list[str] = field(default_factory=list)
    # whether each mention is a subject opening its sentence; None: not worked out yet
    # (most are never asked: ``salient`` works one out when first asked)
    mention_salient: list[bool | None] = field(default_factory=list)
    salient_source: Callable[[int], bool] | None = None  # a mention's flag, from its place
    quoted_at: Callable[[int], bool] | None = None  # is a place inside a quotation?
    named_in_full: set[int] = field(default_factory=set)  # mentions of two words or more
    body_names: dict[str, str] = field(default_factory=dict)  # "Sinclair" -> its full name
    renamed: dict[str, str] = field(default_factory=dict)
    gender: dict[str, str] = field(default_factory=dict)  # full name -> "m" / "f"
    gender_source: Callable[[], None] | None = None  # fills ``gender`` when first needed
    unnamed_pos: list[int] = field(default_factory=list)  # “A spokesman said” (nobody named)
    # the gender an unnamed one at a position is told by (“A man …”, “… she heard …”)
    unnamed_gender: dict[int, str] = field(default_factory=dict)
    # English narration “he said”, “she also told” outside quotations: (where “he”/“she”
    # stands, "m"/"f"), for an uncued quotation after it (``engine._add_pronoun_speech``)
    pronoun_said: list[tuple[int, str]] = field(default_factory=list)
    lone_pos: list[int] = field(default_factory=list)  # one-word subjects not in the cast
    lone_who: list[str] = field(default_factory=list)
    lone_source: Callable[[], None] | None = None  # fills ``lone_pos`` when first needed
    # bodies the article names outside quotations (“PT Sinar Jaya Abadi”, “Acme Corp”),
    # speaking or not, for “kata perusahaan itu”, “the company said”
    named_body_pos: list[int] = field(default_factory=list)
    named_body_who: list[str] = field(default_factory=list)
    named_body_source: Callable[[], None] | None = None  # fills them when first needed
    # bodies named only inside quotations (“"Liverpool FC sangat berduka …"”)
    quoted_body_pos: list[int] = field(default_factory=list)
    quoted_body_who: list[str] = field(default_factory=list)
    party_names: set[str] = field(default_factory=set)  # “Gerindra”: a party by its name
    text: str = ""  # the article, for spelling out an acronym when one speaks
    credits: list[tuple[int, int]] = field(default_factory=list)  # photo credits (English)
    _acronyms: dict[str, str] = field(default_factory=dict)
    _fuller: dict[str, str] = field(default_factory=dict)
    _bare: dict[str, bool] = field(default_factory=dict)  # ``_written_bare``'s answers
    _haji: bool | None = None  # (see _haji_titled)
    _no_person: dict[str, bool] | None = None  # (see no_person)
    _placed: dict[str, bool] | None = None  # (see placed)
    _with_the: dict[str, tuple[int, int]] | None = None  # (see the_named)
    _indonesian: bool = False
    _companies: set[str] | None = None
    _called: set[str] | None = None  # (see _called_names)
    _things: set[str] | None = None  # (see _thing_names)
    _canon: list[str] | None = None
    _by_last_word: dict[str, int] | None = None  # library speakers a word ends (_shared_name)
    _seen: dict[str, str] = field(default_factory=dict)  # canonical() cache
    _written_as: dict[str, str] = field(default_factory=dict)  # written_as() cache
    _index: dict[str, list[str]] = field(default_factory=dict)
    _index_size: int = -1
    _by_initial: dict[str, set[str]] = field(default_factory=dict)
    _full_cache: dict[str, list[str]] = field(default_factory=dict)
    # (short name, full name) -> ``_subsequence_score``: kept when ``_full_cache`` is
    # emptied (a name added to the cast), since a pair's score depends on the two names only
    _subsequence: dict[tuple[str, str], int] = field(default_factory=dict)
    _unglued: dict[str, str] = field(default_factory=dict)
    _firm_cut: dict[str, str] = field(default_factory=dict)  # _after_firm_words() cache
    _elisions: list[int] | None = None  # (see elided)
    relatives: set[str] = field(default_factory=set)  # named as someone's kin (“putra X”)
    # whether the last ``_full_name`` took, of several cast members sharing the name, the
    # last one named with nothing else deciding between them (a guess: see ``_full_name``)
    shared_guess: bool = False

    def add_person(self, name: str, role: str = "", single_ok: bool = False) -> None:
        """Register a person; a lone word only when a speech verb vouches for it."""
        name = self._after_company(self.unglue(name), role)
        if _HAJI_BEFORE.match(name) and self._haji_titled():
            name = _HAJI_BEFORE.sub("", name, count=1)  # (see resolve_detail)
        if name.endswith(POSSESSIVE):
            name = name[:-2]  # “Ari Melber's show”: the person, not the possessive
        parts = name.split()
        if (len(parts) >= 3 and parts[0].endswith("s") and parts[0][:1].isupper()
                and parts[0][:-1].lower() in ROLE_WORDS):
            # “Senators Ann Lee and Tom Vale wrote …”: a plural office before two names is
            # no word of the first one's name
            parts = parts[1:]
            name = " ".join(parts)
        if self._wordy(name):
            return  # “Eliminasi Malaria Global”, “Human Rights Campaign”: not a person
        if len(parts) >= 3 and self._indonesian_text() and self._ticket(parts):
            return  # “pasangan Prabowo Subianto-Gibran Rakabuming Raka”: two candidates
            # joined by a hyphen, a ticket, no one person (not “Siti Nur-Aini Rahmawati”,
            # one woman; a double-barrelled surname ends the name: “Ann Lee-Vale”; in
            # English copy a hyphened middle word is an Arabic name's: “Hassan Abdel-Rahman
            # Ali”)
        if brand_shaped(name):
            return  # “typed into her iPhone notes app”, “eBay says”: no person
        if len(parts) >= 2 and parts[-1].lower() in EN_PLACE_KINDS:
            return  # “Harbour Street”, “Japan National Stadium”: a place, not a person
        if any(len(w) >= 8 and w.endswith(ID_NYA_SUFFIX) and w[-4].islower() for w in parts):
            return  # “akun resmi Twitternya”: a possessive, not a name
        if role and set(_LETTERS.findall(role.lower())) & MEDIUM_WORDS:
            return  # “unggahan Instagram”: where something was posted, not who
        if "." in name and name not in self.roles:
            plain = name.replace(".", "")
            if any("." in full and full.replace(".", "") == plain for full in self.roles):
                return  # “Agus D.W Martowardojo” after “Agus D.W. Martowardojo”
        if self._village_only(name, role):
            return  # “Camat Cilandak meninjau lokasi.”: the office's place, nobody's name
        if len(parts) < 2:
            if not single_ok or self._full_name(name, -1) != name or self._common_word(name):
                return
            if name.endswith("s") and name[:-1].lower() in ROLE_WORDS:
                return  # “King, an independent who caucuses with Democrats, said”
            if name.lower() in GROUP_NOUNS:
                return  # “Critics warned …”: a group, nobody a later “she said” means
            if self._indonesian_text() and name.lower() in _OFFICE_ALONE:
                return  # “…,” kata Bupati.: an office written alone, its holder speaks
        if name not in self.roles:
            self.roles[name] = role
            self._index_size = -1
        elif role and not self.roles[name]:
            self.roles[name] = role
        if role:
            self.role_sets.setdefault(name, set()).update(role_words(role))
            self.role_text.setdefault(name, set()).update(_role_letters(role))

    def _ticket(self, parts: list[str]) -> bool:
        """Is a name with a hyphened middle word (“Prabowo Subianto-Gibran Rakabuming
        Raka”) a ticket of two candidates: “pasangan” or “paslon” right before it (with
        “calon”, an office and a number between), or the article naming the first
        candidate in full alone, or the second's first word (“Gibran”) alone more often
        than after the hyphen (not “Siti Nur-Aini Lestari” … “kata Aini”: one woman)?"""
        text = self.text
        for k, w in enumerate(parts[1:-1], 1):
            if not _TICKET.fullmatch(w) or not text:
                continue
            first, _, second = w.partition("-")
            if (parts[0].lower() in _TICKET_WORDS
                    or _count_alone(text, " ".join(parts[:k] + [first]))
                    or _count_alone(text, second) > text.count(f"-{second}")
                    or re.search(_TICKET_BEFORE_NAME + re.escape(" ".join(parts)), text)):
                return True
        return False

    def _village_only(self, name: str, role: str) -> bool:
        """``village_alone``, unless the article names someone so (a cast member with a
        fuller name, a word after a speech verb: “kata Sapuan”). Indonesian only."""
        return (bool(name) and bool(role) and self._indonesian_text()
                and village_alone(self.text, role, name) and name not in self.names
                and name not in self.roles and self._full_name(name, -1) == name)

    def _after_company(self, name: str, role: str = "") -> str:
        """“PT. Sokonindo Automobile Achmad Rofiqi”: without the company the article
        names elsewhere (“PT. Sokonindo Automobile (DFSK Indonesia)”), the person; without
        a brand written in camel case before the name (“VietJet Nguyen Thanh Hung”,
        “TikTok Hilmi Adrianto”)."""
        words = name.split()
        if len(words) >= 3 and _CAMEL.search(words[0]) and not _CAMEL_NAME.match(words[0]):
            return " ".join(words[1:])
        if len(words) >= 2 and words[0] in _PLATFORMS and (set(
                role.lower().split()) & _PLATFORM_USERS or self._user_named(name)):
            return " ".join(words[1:])  # (“pengguna TikTok Kimmy”: see split_phrase)
        if len(words) < 2 or not self.text:
            return name
        if len(words) == 2:
            office = role.split()[-1:]
            if office and office[0].lower() in _OFFICE_BEFORE and name not in self._firm_cut:
                self._firm_cut[name] = self._cut_brand(words, name)  # (after an office only)
            return self._firm_cut.get(name, name)
        if len(words) == 3:
            return self._after_firm_words(words, name)
        if self._companies is None:
            self._companies = _company_names(self.text)
        for k in (2, 3):
            if len(words) - k >= 2 and " ".join(words[:k]) in self._companies:
                return " ".join(words[k:])
        return self._after_firm_words(words, name)

    def _user_named(self, name: str) -> bool:
        """Does the article write ``name`` (a site's name, then more) after a user's word
        (“pengguna Instagram Kimmy”), not as the site's own account (“Twitter Support”)?"""
        text, site = self.text, name.split()[0]
        at = text.find(name)
        while at >= 0:
            if _site_of_user(text, at, site):
                return True
            at = text.find(name, at + 1)
        return False

    def _after_firm_words(self, words: list[str], name: str) -> str:
        """“Dirut Pertamina Patra Niaga Alfian Nasution … lanjut Alfian”, “Kepala Riset Monex
        Investindo Ariston Tjendra … Menurut Ariston”: a firm or unit the article names
        nowhere else, run into its officer's name. When the article writes a later word of
        the run without the word before it (the person's short form) and two words or more
        run from it to the end, the words before it are the firm's, unless one of them is a
        given name or not a name's word (a person's long name: “Yoga Hendra Dirga Laksana …
        kata Dirga” stays whole)."""
        if len(words) == 2:
            return self._firm_cut.get(name, name)  # (``_after_company`` read it, if at all)
        if len(words) < 3 or not self.text:
            return name
        cut = self._firm_cut.get(name)
        if cut is None:
            cut = (self._cut_firm(words, name) if len(words) >= 4
                   else self._cut_club(words, name))
            if cut == name:
                cut = self._cut_body(words, name)
            self._firm_cut[name] = cut
        return cut

    def _cut_brand(self, words: list[str], name: str) -> str:
        """“Founder Lentera Febriyana … Lentera menutup gerainya … ujar Febriyana”: a body
        of one word between an office and a holder of one name, read as a two-word name.
        Cut when the pair comes with an office (its last word ``_cut_body``'s; read by
        ``_after_company`` as the cast is built), its first word is no given name on the
        list, and the article writes the second word on its own (the person's) and the
        first again after an office word (“ujar Febriyana, Founder Lentera.”). Indonesian
        text only; “Aktris Kirana Ryder … kata Ryder … Kirana tertawa” stays whole
        (“Kirana” never follows an office alone)."""
        first = words[0]
        text = self.text
        if (not first.isalpha() or len(first) <= 2  # (“Presiden Xi Jinping … Presiden
                # Xi”: a Chinese surname of two letters, Xi, Li, Wu, no brand's word)
                or first in _FIRST_NAMES or not self._indonesian_text()
                or gazetteer().given_name(first.lower()) or not is_nameish(first)
                or not is_nameish(words[1])):
            return name
        if _count_alone(text, words[1]) <= _count_alone(text, name):
            return name
        at = text.find(first)
        while at >= 0:  # the body's word alone after an office: “…, Founder Lentera.”
            before = text[max(0, at - 20) : at].split()
            if (before and before[-1].lower() in _OFFICE_BEFORE
                    and not text.startswith(f"{first} {words[1]}", at)
                    and _count_alone(text[at - 1 : at + len(first) + 1], first)):
                return words[1]
            at = text.find(first, at + 1)
        return name

    def _written_after(self, name: str, heads: frozenset[str]) -> bool:
        """Is ``name`` written somewhere right after one of ``heads`` (lower case)?"""
        at = self.text.find(name)
        while at > 0:
            before = self.text[max(0, at - 20) : at].split()
            if before and before[-1].lower() in heads:
                return True
            at = self.text.find(name, at + 1)
        return False

    def _called_by_second(self, words: list[str]) -> bool:
        """Does the article write the run's second word without the first before it (the
        person called by it: “Dirut Pertamina Nicke Widyawati … kata Nicke”)?"""
        return _count_alone(self.text, words[1]) > _count_alone(
            self.text, f"{words[0]} {words[1]}")

    def _body_alone(self, words: list[str]) -> bool:
        """Does the article write the run's first word elsewhere as a body's name: without
        the name's next word, after a body's type word or “di”, “ke” (“saham PT Delta …”,
        “bekerja di Delta”)?"""
        first, text, size = words[0], self.text, len(words[0])
        at = text.find(first)
        while at > 0:
            after = text[at + size : at + size + 1]
            if (text[at - 1].isspace() and not (after.isalnum() or after in "_'’-" and after)
                    and not text.startswith(words[1], at + size + 1)):
                before = text[max(0, at - 15) : at].split()
                if before and before[-1].lower() in _BODY_BEFORE:
                    return True
            at = text.find(first, at + 1)
        return False

    def _cut_body(self, words: list[str], name: str) -> str:
        """“Dirut Pertamina Nicke Widyawati”, “Ekonom Indef Esther Sri Astuti”, “Pemred
        Tempo Setri Yasra”: a body written in title case between an office and its
        holder, read as the name's first word. Cut when the run follows an office word
        (not a rank nor a title: “AKBP Titus Yudho Uly” is a name after its rank), its
        first word is no given name on the list, and the article tells where the name
        starts: it calls the person by the second word (“… kata Nicke”) or writes the
        first as a body's (“harga di Pertamina”, “PT Pertamina”). A three-word name
        called by its first or last word (“Yoga Hendra Laksana … kata Yoga”) stays whole.
        Indonesian text only."""
        first = words[0]
        if (not first.isalpha() or not first[:1].isupper() or first in _FIRST_NAMES
                or gazetteer().given_name(first.lower()) or not is_nameish(first)
                or not self._indonesian_text() or not self._written_after(name, _OFFICE_BEFORE)
                or not (self._called_by_second(words) or self._body_alone(words))):
            return name
        return " ".join(words[1:])

    def _cut_club(self, words: list[str], name: str) -> str:
        """“Bek Chelsea Antonio Rudiger”, “Gelandang Persikota Budi Santoso”: a player's or
        a coach's club run into the name after the position. Three words after a squad's
        role word (``_SQUAD_ROLES``), the first no given name on the list and never written
        on its own in the article (a player called by it, “Egy Maulana Vikri … kata Egy”,
        keeps it): the club's, not the name's. Indonesian text only."""
        first = words[0]
        if not first.isalpha() or not first[:1].isupper():
            return name
        if not self._written_after(name, _SQUAD_ROLES) or not self._indonesian_text() or (
                gazetteer().given_name(first.lower())) or not is_nameish(first) or (
                _count_alone(self.text, first) > _count_alone(self.text, f"{first} {words[1]}")):
            return name
        if not (gazetteer().given_name(words[1].lower()) or self._called_by_second(words)
                or _count_alone(self.text, words[2]) > _count_alone(
                    self.text, f"{words[1]} {words[2]}")):
            return name  # “kata penyerang Witan Sulaeman Putra.”, called by none of the
            # words after the first, the second no given name on the list: a name of three
        return " ".join(words[1:])

    def _cut_firm(self, words: list[str], name: str) -> str:
        given = gazetteer().given
        for k in range(2, len(words) - 1):
            word = words[k]
            if not word.isalpha() or not word[:1].isupper():
                continue
            head = " ".join(words[:k])
            if (head in self.roles and self.is_body(head) and all(is_nameish(w) for w in words[k:])
                    and _count_alone(self.text, head) > _count_alone(self.text, name)):
                # “Direktur Utama Waskita Karya Muhammad Hanugroho” where the article names
                # “PT Waskita Karya (Persero)”: the body the cast knows, then its officer
                return " ".join(words[k:])
            if _count_alone(self.text, word) <= _count_alone(self.text, f"{words[k - 1]} {word}"):
                continue  # (never written without the word before it)
            if any(w.lower() in given or w in _FIRST_NAMES or not is_nameish(w)
                   for w in words[:k]):
                return name
            rest = " ".join(words[k:])
            if not self._indonesian_text() and (
                    _count_alone(self.text, rest) <= _count_alone(
                        self.text, f"{words[k - 1]} {rest}")
                    or (_count_alone(self.text, words[-1]) <= _count_alone(self.text, rest)
                        and _count_alone(self.text, " ".join(words[:k])) <= _count_alone(
                            self.text, name))):
                # English: the person's short form is the run's tail written on its own
                # (“Bond actor … James Bond David Harewood … David Harewood said”); a
                # word of the tail met elsewhere (“Mirza Fakhrul Islam Alamgir … the
                # Islam of …”, “Amir Khasru Mahmud Chowdhury … Sultan Mahmud”) is no cut;
                # nor is a tail of a surname of two words, its last word never written
                # apart from it, after words the article writes nowhere apart from the
                # run (“Andrés Manuel López Obrador … López Obrador said”, “Mary Kay Le
                # Fevre … Le Fevre said”: the given names)
                continue
            return rest
        return name

    def add_alias(self, alias: str, full: str) -> None:
        if alias and full and alias != full:
            self.local_aliases[alias] = full

    def mention(self, pos: int, who: str, salient: bool | None = False) -> None:
        """A mention of ``who`` at pos; ``salient`` None: worked out when first asked."""
        i = bisect.bisect(self.mention_pos, pos)
        self.mention_pos.insert(i, pos)
        self.mention_who.insert(i, who)
        self.mention_salient.insert(i, salient)

    def salient(self, k: int) -> bool:
        """Is the k-th mention a subject opening its sentence?"""
        flag = self.mention_salient[k]
        if flag is None:
            assert self.salient_source is not None
            flag = self.mention_salient[k] = self.salient_source(self.mention_pos[k])
        return flag

    def pronoun(self, pos: int, gender: str = "") -> tuple[str, int, float]:
        """Who “ujarnya”, “katanya”, “he said” at pos points to, where the article named
        them, and how sure that is: the last speaker named in the same paragraph (sure),
        else the last person who was a subject or a speaker (less so). “he”/“she”
        (``gender`` "m"/"f") skip people the article speaks of the other way, and an
        unnamed speaker in between (“A spokesman said …”) takes the pronoun: nobody."""
        who, at, sure = self._pronoun(pos, gender)
        if who and " " not in who and not self.is_body(who):
            who = self.fuller_in_text(who)  # “Chandor” of “J.C. Chandor’s film”
        if not gender and self._indonesian_text():
            holder, where = self._office_subject(pos, at)
            if holder and holder != who:
                return holder, where, 0.7
        u = bisect.bisect_left(self.unnamed_pos, pos) - 1
        if u >= 0 and self.unnamed_pos[u] > at and (
            at >= 0 or pos - self.unnamed_pos[u] < 1500
        ) and not (who and self._subject_since(who, self.unnamed_pos[u], pos)) and (
            not gender or self.unnamed_gender.get(self.unnamed_pos[u], gender) == gender
        ):  # (not “A neighbour said she heard a bang.” for “he said”)
            lone = self._lone_before(pos)
            if lone[1] > self.unnamed_pos[u]:
                # “A source told the publication …” then “on Friday, Iggy took to
                # Instagram …”: “she wrote” is the one named since, not the source
                return lone
            return "", self.unnamed_pos[u], 0.0
        if not who:  # nobody in the cast: a one-word subject just before (“Jackelina has …”)
            return self._lone_before(pos)
        return who, at, sure

    def _office_subject(self, pos: int, since: int) -> tuple[str, int]:
        """For “ujarnya” at pos (a quotation's start) after narration: the one person the
        cast gives an office that the narration right before names by that office alone,
        as a subject, after ``since`` (the pronoun's pick): “Menanggapi keluhan itu, Bupati
        Salak Utara ini pun memanggil …” / “Sementara itu, Kapolres juga mengimbau …” /
        “… tambah Bupati, …” then “…,” ujarnya. Only in the paragraph before the quotation
        or its own, with no quotation between; ("", -1) when there is none."""
        text = self.text
        p = bisect.bisect_right(self.para_starts, pos) - 1
        lo = max(since + 1, self.para_starts[max(p - 1, 0)] if p >= 0 else 0, pos - 1200)
        if lo >= pos:
            return "", -1
        found: tuple[str, int] = ("", -1)
        for m in _OFFICE_SUBJECT.finditer(text, lo, pos):
            head = m.group("role").split()[0]
            if head.lower() not in ROLE_WORDS or any(c in text[m.end():pos] for c in _MARKS):
                continue
            k = bisect.bisect_left(self.mention_pos, m.start("role"))
            if k < len(self.mention_pos) and self.mention_pos[k] < m.end("role"):
                continue  # (a name with the office: “Bupati Salak Darmawan mengatakan”)
            before = text[max(0, m.start() - 30) : m.start()].rstrip(" \t")
            lead = before.split()[-1].lower() if before.split() else ""
            if m.group("comma"):
                if lead not in ID_POST_VERBS:
                    continue  # (“…, tambah Bupati, …”: only after a speech verb)
            elif not (not before or before[-1] in ".!?,\n" or lead in ID_POST_VERBS):
                continue  # (the office opens its sentence or its clause)
            holder, _at = self.by_role(m.group("role"), m.start())
            if not holder:  # (“Bupati Tanjung Jabung Timur” of the “Bupati Tanjab Timur”:
                # the office alone, when one person holds it)
                alone = self.role_holders(" ".join(
                    w for w in m.group("role").split() if w.lower() in ROLE_WORDS))
                holder = min(alone) if len(alone) == 1 else ""
            if holder and holder in self.roles and not self.is_body(holder):
                found = (holder, m.start("role"))
        return found

    def _subject_since(self, who: str, unnamed: int, pos: int) -> bool:
        """Is ``who`` the subject of a sentence between an unnamed speaker (“…,” one of the
        staff told me.) and the pronoun at pos (“In a press conference, Mr Netanyahu
        defied …” … “…,” he said.)? Then the pronoun is theirs, not the unnamed one's."""
        k = bisect.bisect_left(self.mention_pos, pos) - 1
        lo = max(unnamed, pos - 3000)  # (a bounded walk back: one pronoun, few mentions)
        while k >= 0 and self.mention_pos[k] > lo:
            if self.mention_who[k] == who and (
                    self.salient(k) or _SUBJECT_AFTER.match(self.text, self.mention_pos[k])):
                return True  # (“In a press conference, Mr Netanyahu defied …”)
            k -= 1
        return False

    def _lone_before(self, pos: int) -> tuple[str, int, float]:
        """The one-word subject the cast does not hold, just before pos (or nobody)."""
        if self.lone_source is not None:
            source, self.lone_source = self.lone_source, None
            source()
        k = bisect.bisect_left(self.lone_pos, pos) - 1
        if k >= 0 and pos - self.lone_pos[k] < 800:
            return self.fuller_in_text(self.lone_who[k]), self.lone_pos[k], 0.5
        return "", -1, 0.0

    def _fits(self, who: str, gender: str) -> bool:
        """Can “he” / “she” (gender "m" / "f"; "" for “dia”, “they”) be this one?"""
        if not gender:
            return True
        if self.gender_source is not None:
            source, self.gender_source = self.gender_source, None
            source()
        known = self.gender.get(who)
        if known is None:
            # a given name tells (“Sandra Day O'Connor”, also when only “said O'Connor”
            # is in the cast and the full name is inside a quotation)
            known = self._given_gender(who)
        return (known or gender) == gender and not self.is_body(who) and not (
            self.the_named(who) and self._given_gender(who) is None)  # (not “Tom Vale …
        # the Vale plan …”: a person written after “the” as a modifier)

    def person_named(self, who: str) -> bool:
        """Does ``who`` read as a person: a given name the lexicon knows, then more words,
        and nothing of a body (“Tom Vale”; not “Acme Corp”, “Morgan Stanley Bank”)?"""
        return self._given_gender(who) is not None and not self.is_body(who)

    def _given_gender(self, who: str) -> str | None:
        full = who if " " in who else self.fuller_in_text(who)
        return GIVEN_GENDER.get(full.split()[0].lower()) if " " in full else None

    def the_named(self, name: str) -> bool:
        """A member the article writes after “the” in half its mentions or more (“the
        Philippines agreed”, “the Gulf state”, “told the Weekend Argus”): a place, a body or
        an outlet, never who “he” or “she” is (a person's name goes without it). Only the
        whole name counts after “the”: a person's surname there is a modifier (“Kwame Vale
        … the Vale administration”)."""
        counts = self._with_the
        if counts is None:
            counts = self._with_the = {}
            for pos, who in zip(self.mention_pos, self.mention_who, strict=True):
                n, the = counts.get(who, (0, 0))
                counts[who] = (n + 1, the + (self.text[max(0, pos - 4) : pos] in _THE
                                             and self.text.startswith(who, pos)))
        n, the = counts.get(name, (0, 0))
        return the > 0 and 2 * the >= n

    def _pronoun(self, pos: int, gender: str) -> tuple[str, int, float]:
        p = bisect.bisect_right(self.para_starts, pos) - 1
        lo = self.para_starts[p] if p >= 0 else 0
        earlier = self.para_starts[max(p - 2, 0)] if p >= 0 else 0
        i = bisect.bisect_left(self.event_pos, pos)
        while i and not self._fits(self.event_who[i - 1], gender):
            i -= 1
        if not gender and self._indonesian_text():
            named, where = self._before_pronoun(pos, max(lo, self.event_pos[i - 1] if i else 0))
            if named:
                # “…,” lanjutnya. Kegiatan ini disambut baik oleh Kepala SMKN 1, Hurdisman.
                # Ia menyampaikan apresiasi … “…,” ungkapnya.: the quotation follows a
                # sentence whose “Ia” speaks, and that “Ia” is who the sentence before it
                # is about, not the last speaker (one paragraph: nothing else tells)
                return named, where, 0.75
            named, where = self._brought_in(pos, self.event_pos[i - 1] if i else (
                self.para_starts[max(p - 1, 0)] if p >= 0 else 0))
            if named:
                return named, where, 0.75
        who, at, sure = self._last_mention(pos, gender=gender)
        if i and self.event_pos[i - 1] >= lo:
            if who and sure >= 0.7 and at > self.event_pos[i - 1] and (
                    pos - at < 600 and who != self.event_who[i - 1]
                    and (at in self.named_in_full or who in self.event_who[: i - 1]
                         or self._introduced_at(at)
                         or self._in_full_since(who, self.event_pos[i - 1], at))
                    and not self._reported_in(self.event_pos[i - 1], at)
                    and not self._described(at)):
                # “Presiden Persiba Gede Widiade meminta … "…," kata dia.”: a new subject
                # after the last speaker, in a paragraph that runs on (no line breaks);
                # or one who spoke before and is the subject again (“kata Deolipa. Meski
                # demikian, Fariz tidak menutup … "…," ujarnya.”)
                return who, at, 0.75
            return self.event_who[i - 1], self.event_pos[i - 1], 0.85
        if (i and who and lo <= at and at > self.event_pos[i - 1] and gender
                and self._first_introduced(who, at) and not _THIRD_PERSON.search(
                    self.text, pos, _quotation_end(self.text, pos))):
            # “A comment …, written by Dr. Jon Jureidini, a child psychiatrist at …, goes
            # even further. “…,” he writes.”: a new person the quotation's paragraph brings
            # in, in full and described, after the last speaker's paragraph
            return who, at, 0.7
        if i and self.event_pos[i - 1] >= earlier and not (
            who and sure >= 0.7 and at > self.event_pos[i - 1]
            and not self._described(at)
        ):  # the last speaker, unless a person became the subject after they spoke (one
            # the narration describes, “Reda merupakan sosok yang tegas”, speaks no more
            # than before)
            return self.event_who[i - 1], self.event_pos[i - 1], 0.75
        if i and self._indonesian_text() and (
                sure < 0.7 or (who != self.event_who[i - 1] and self._described(at))):
            # “…,” katanya. after paragraphs of narration since the last speaker (“Dia lantas
            # mempertanyakan keputusan Presiden Prabowo Subianto …”): a person the narration
            # only names, no sentence's subject, or one it describes (“Ia menambahkan, Wawan
            # juga adalah mantan karyawan …”), is not who goes on speaking; the last speaker
            # is (a guess)
            return self.event_who[i - 1], self.event_pos[i - 1], 0.5
        return who, at, sure

    def _in_full_since(self, who: str, since: int, at: int) -> bool:
        """Was ``who`` named in full as a sentence's subject after ``since`` and before
        the mention at ``at`` (“Sementara striker Manchester City Sergio Aguero yakin …
        Aguero percaya …”)?"""
        k = bisect.bisect_left(self.mention_pos, at) - 1
        while k >= 0 and self.mention_pos[k] > since:
            if (self.mention_who[k] == who and self.mention_pos[k] in self.named_in_full
                    and self.salient(k)):
                return True
            k -= 1
        return False

    def _first_introduced(self, who: str, at: int) -> bool:
        """Is the mention at ``at`` the article's first of ``who``, written in full and
        followed by an apposition that says what they are (“Jon Jureidini, a child
        psychiatrist at …”)?"""
        k = self.mention_who.index(who) if who in self.mention_who else -1
        described = _APPOSED_DESCRIPTION.match(self.text, at + len(who))
        return (k >= 0 and self.mention_pos[k] == at and " " in who
                and self.text.startswith(who, at) and described is not None
                and described[1] not in _REPORTING_NOUNS)  # (not “by Ben Hart, a reporter
        # at the Boston Globe”: who reported it, not who speaks next)

    def _introduced_at(self, at: int) -> bool:
        """Is the mention at ``at`` a one-word name the article introduces there with an
        apposition (“Taufik, pengemudi ojek online, yang dijumpai di …”)? Then it is a new
        subject as a full name is."""
        m = _INTRODUCED.match(self.text, at)
        return m is not None and m.group(1) in ROLE_WORDS

    def _before_pronoun(self, pos: int, since: int) -> tuple[str, int]:
        """For a quotation at pos: when the sentence right before it opens with “Ia”,
        “Dia” or “Beliau” and a speech verb (``_PRONOUN_SPEAKS``), the person that pronoun
        points to, from the sentence before that one (both after ``since``, the last
        speaker, and holding no quotation): its subject (“Zainudin mundur dari jabatan
        …”), or the one person it brings in as the agent of a passive (“… disambut baik
        oleh Kepala SMKN 1 Teluk Kuantan, Hurdisman.”). Nobody when that sentence goes on
        about the one before (“Dia juga meminta …”, “Ketua DPP NasDem ini meminta …”) or
        names somebody only in passing (“untuk hakim agung Sudrajad, …”)."""
        text = self.text
        end = pos
        while end > since and text[end - 1] in " \"“'‘\n":
            end -= 1  # back over the quotation's opening mark to the sentence's end
        if end <= since or text[end - 1] not in ".!?:,":
            return "", -1
        stops = list(_STOP_THEN_CAPITAL.finditer(text, max(since, end - 800), end - 1))
        if len(stops) < 2:
            return "", -1
        s0, s1 = stops[-2].end(), stops[-1].end()
        if _PRONOUN_SPEAKS.match(text, s1) is None or any(c in text[s1:end] for c in "\"“”"):
            return "", -1
        back = _REFERS_BACK.match(text, s0)
        if (any(c in text[s0:s1] for c in "\"“”\n") or _GOES_ON.match(text, s0) or (
                back and role_words(back.group()))):
            return "", -1
        lo = bisect.bisect_left(self.mention_pos, s0)
        hi = bisect.bisect_left(self.mention_pos, s1)
        persons = [k for k in range(lo, hi) if not self.is_body(self.mention_who[k])
                   and not self.no_person(self.mention_who[k])
                   and self.mention_who[k] not in self.party_names]
        subjects = [k for k in persons if self.salient(k)]
        if subjects:
            return self.mention_who[subjects[0]], self.mention_pos[subjects[0]]
        agents = [k for k in persons if _AGENT_BEFORE.search(text, s0, self.mention_pos[k])]
        if len({self.mention_who[k] for k in agents}) == 1 and len(persons) == len(agents):
            return self.mention_who[agents[0]], self.mention_pos[agents[0]]
        if not persons:
            lone, at, _sure = self._lone_before(s1)
            if lone and at >= s0:
                return lone, at  # “Zainudin mundur dari jabatan …”: a one-word subject
            return self._office_holder_in(s0, s1)
        return "", -1

    def _brought_in(self, pos: int, since: int) -> tuple[str, int]:
        """For a quotation at pos: the one person the sentence right before it (after
        ``since``, the last speaker) brings in to speak next (``_BROUGHT_IN``), named in full
        and closing that sentence, alone or with an apposition that opens with a role, when
        nobody else is named there and nothing in it points back (no “ia”, “dia”, “-nya”):
        “Keluhan serupa datang dari pedagang sayur, Rina Marlina.”, “Hal itu juga dirasakan
        oleh Rina Marlina, pedagang sayur di Pasar Minggu.”, “Lain halnya dengan Rina
        Marlina.”. Nobody otherwise (“Acara itu dihadiri Camat Tebet Rina Marlina.”)."""
        text = self.text
        end = pos
        while end > since and text[end - 1] in " \t\"“'‘\n":
            end -= 1  # back over the quotation's opening mark to the sentence's end
        if end <= since or text[end - 1] not in ".!?":
            return "", -1
        head = max(since, end - 400)
        stops = list(_STOP_THEN_CAPITAL.finditer(text, head, end - 1))
        s0 = max(stops[-1].end() if stops else head, text.rfind("\n", head, end) + 1)
        if s0 <= since or any(c in text[s0:end] for c in "\"“”"):
            return "", -1
        lo = bisect.bisect_left(self.mention_pos, s0)
        hi = bisect.bisect_left(self.mention_pos, end)
        persons = [k for k in range(lo, hi) if not self.is_body(self.mention_who[k])
                   and not self.no_person(self.mention_who[k])
                   and self.mention_who[k] not in self.party_names]
        if len({self.mention_who[k] for k in persons}) != 1 or len(persons) > 2:
            return "", -1
        who, at = self.mention_who[persons[-1]], self.mention_pos[persons[-1]]
        if at not in self.named_in_full or _goes_back(text, s0, end):
            return "", -1  # (a short form, “ASF” of a disease's name; or the sentence goes
            # on about somebody: “Soal tugas yang diberikan Rina Marlina, dirinya menyebut …”)
        bridge = _BROUGHT_IN.search(text, s0, at)
        if bridge is None or _spoken_to(bridge.group(1)):
            return "", -1
        tail = _CLOSES_SENTENCE.fullmatch(text, _name_end(text, at), end)
        first = (tail.group(1) or "").split()[:1] if tail else []
        if tail is None or (first and first[0] not in ROLE_WORDS):
            return "", -1  # (an apposition opens with a role: “, pedagang sayur di …”)
        return who, at

    def _office_holder_in(self, lo: int, hi: int) -> tuple[str, int]:
        """The one person a sentence brings in after “oleh” or a passive verb, an office
        and a comma (“… disambut baik oleh Kepala SMKN 1 Teluk Kuantan, Hurdisman.”),
        whom the cast need not hold (a one-word name nobody heard speak); else nobody."""
        found: tuple[str, int] = ("", -1)
        end = lo
        for w, a, _b in tokens(self.text, lo, hi):
            if a < end or not (is_cap(w) and w.lower() in ROLE_WORDS):
                continue
            phrase = parse_forward(self.text, a, hi)
            end = max(end, phrase.end)
            if not phrase.name or not phrase.role or self.is_body(phrase.name):
                continue
            if not _AGENT_BEFORE.search(self.text, lo, phrase.start):
                return "", -1  # named in passing, not brought in to act
            who = self.canonical(phrase.name)
            if found[0] and who != found[0]:
                return "", -1  # two people: no telling which
            found = (who, phrase.start)
        return found

    def _described(self, at: int) -> bool:
        """In Indonesian, is the person named at ``at`` the subject of a description
        (“Anwar Usman adalah ipar Presiden”, “Ganjar Mahfud juga tidak punya latar belakang
        …”) or named in a sentence that reports what “ia”/“dia” said: somebody spoken of,
        not somebody who goes on to speak?"""
        if not self._indonesian_text():
            return False
        if _DESCRIBED_AFTER.match(self.text, at) is not None:
            return True
        # (“Dia menambahkan bahwa Perdana Menteri Inggris, Sir Keir Starmer, telah …”,
        # “Menurut dia, Prabowo ingin bertemu …”)
        lo = max(self.text.rfind(c, max(0, at - 400), at) for c in ".!?\n") + 1
        return _PRONOUN_SAID.match(self.text, lo, at) is not None

    def _indonesian_text(self) -> bool:
        """Is the article Indonesian (as ``no_person`` tells it)?"""
        if self._no_person is None:
            self.no_person("")
        return self._indonesian

    def _reported_in(self, spoke: int, at: int) -> bool:
        """Is the mention at ``at`` inside what the speaker at ``spoke`` is reported to say:
        in the same sentence, after the cue (“Sementara itu, lanjut Mutiara, Presiden
        Prabowo Subianto tidak kunjung …” … “pungkasnya”: Mutiara's, not the president's)?"""
        return bool(self.text) and 0 <= at - spoke < 300 and not any(
            ch in ".!?\n" for ch in self.text[spoke:at])

    def last_speaker(self, pos: int) -> tuple[str, int]:
        """The last speaker named in this paragraph or the two before, and where."""
        p = bisect.bisect_right(self.para_starts, pos) - 1
        lo = self.para_starts[max(p - 2, 0)] if p >= 0 else 0
        i = bisect.bisect_left(self.event_pos, pos)
        if i and self.event_pos[i - 1] >= lo:
            return self.event_who[i - 1], self.event_pos[i - 1]
        return "", -1

    def last_subject(self, pos: int) -> tuple[str, int]:
        """The last person opening a sentence as its subject, in this paragraph or the two
        before, and where."""
        who, at, sure = self._last_mention(pos)
        return (who, at) if who and sure >= 0.7 and self.near(at, pos) else ("", -1)

    def no_person(self, name: str) -> bool:
        """In Indonesian text, a member a pronoun must not point to: one whose words read
        as no person (``_reads_as_no_person``) and who never spoke (“kata Tim Media Persis
        Solo”, “papar Firman” for Firman Nugraha: a body or a person that speaks is a
        speaker, whatever its words)."""
        if self._no_person is None:
            self._no_person = {}
            self._indonesian = bool(self.text) and detect_language(self.text) != "en"
        found = self._no_person.get(name)
        if found is None:
            found = self._no_person[name] = (
                _reads_as_no_person(name, self.roles.get(name, "")) if self._indonesian
                else _ends_as_no_person(name))
        return found and name not in self.event_who

    def placed(self, name: str) -> bool:
        """A member the article writes as a place, not a person: twice or more right after
        a word that puts somewhere (“in Salt River”, “around Cape Town”, “di daerah
        Baturetno Wonogiri”, “warga Kecamatan Baturetno”: ``_PLACING``), with no office
        held and no speech of its own. A pronoun never points to it (a suburb the story
        walks through is its sentences' subject: “Salt River is changing.”)."""
        placed = self._placed
        if placed is None:
            placed = self._placed = {}
        found = placed.get(name)
        if found is None:
            found = False
            if name not in self.event_who and not role_words(
                    _own_role(self.roles.get(name, ""))):
                at = [self.mention_pos[k] for k, who in enumerate(self.mention_who)
                      if who == name]
                n = sum(1 for a in at if _PLACING.search(self.text, max(0, a - 24), a))
                # (“Tom Vale lives in Maple Town. Maple Town is growing.”: once placed
                # among few mentions, a name of two words)
                found = n >= 2 or (
                    n == 1 and " " in name and len(at) <= 3 and not self._indonesian_text()
                    and name.split()[0].lower() not in GIVEN_GENDER
                    and not any(self.text.startswith(POSSESSIVE, a + len(name)) for a in at))
                # (not “In Tom Vale's view, …”: a person's possessive after a preposition)
            placed[name] = found
        return found

    def is_body(self, name: str) -> bool:
        """A name that reads as a company, a place or an institution, not a person."""
        words = name.split()
        if len(words) >= 2 and words[-1].lower() in _SURNAME_ORG_WORDS and is_nameish(
                words[-2]):
            words = words[:-1]  # “Kelli White”, not “White House”
        elif len(words) >= 2 and _two_initials(words[-1]) and is_nameish(words[-2]) and not (
                _acronym(words[-2])):
            words = words[:-1]  # “Fariz RM”, “Mahfud MD”: a person's initials, no body's
        elif (len(words) == 2 and _name_initials(words[0]) and is_nameish(words[1])
              and role_words(self.roles.get(name, ""))):
            words = words[1:]  # “Maj Gen ANM Muniruzzaman”: initials after an office
        if (len(words) == 2 and words[1].lower() in _GEO_SURNAMES
                and words[0].lower() in GIVEN_GENDER):
            return False  # “Mark Cuban”, “Jack London”, “Mary Welsh”: a given name the
            # lexicon knows, then a surname that is also a place's or a people's word
        if any(w.lower() in _BODY_OR_PLACE_WORDS or _acronym(w) for w in words):
            return True
        if len(words) >= 2 and words[-1].lower() in _PLACE_TAIL_WORDS:
            return True  # “Cape Town Station”, “Harbour Street”, “Site C Clinic”: a place
        if len(words) >= 2 and words[-1] == "Day" and words[0].lower() not in GIVEN_GENDER:
            return True  # “It's Youth Day and …”, “Election Day”: a day (not “Doris Day”)
        if self.text and self._indonesian_text():
            if len(words) >= 2 and words[0].lower() in THING_WORDS_ID:
                return True  # “Harga Pertamax naik …”, “Halte Trans Siginjai”: a sentence's
                # first word glued to a thing's name
            role = self.roles.get(name, "")
            if role and (role.rsplit(None, 1)[-1].lower() in _HOSPITAL_HEADS
                         or role.lower().endswith("rumah sakit")):
                return True  # “Hendra Wijaya, Humas RS Islam Ar-Rasyid mengatakan”: the
                # words after “RS” name the hospital, no person with the office “Humas RS”
            if self._things is None:
                self._things = _thing_names(self.text)
            if name in self._things:
                return True  # “BBM jenis Pertalite”: a thing the article names
        if self.text:
            # “a store called Delos Antiques”: a thing the article names
            if self._called is None:
                self._called = _called_names(self.text)
            if name in self._called:
                return True
        if len(words) >= 2 and self.text:
            # “PT Hutama Karya (Persero)”: a company, whatever it is called later
            if self._companies is None:
                self._companies = _company_names(self.text)
            return name in self._companies
        return False

    def last_before(self, pos: int, window: int = 1500) -> str:
        """Who a pronoun points to: the last subject or speaker named, else the last name."""
        return self._last_mention(pos, window)[0]

    def _last_mention(self, pos: int, window: int = 1500,
                      gender: str = "") -> tuple[str, int, float]:
        i = bisect.bisect_left(self.mention_pos, pos)
        if gender and self.para_starts:
            # “… supported by the committee’s leading Democrat, Frank Pallone Jr. “…,” he
            # said.”: “he” or “she” is first the one the paragraph names (a subject, else
            # whoever it names last), before a subject of an earlier paragraph
            lo = self.para_starts[max(0, bisect.bisect_right(self.para_starts, pos) - 1)]
            # (read back only to the first subject: the whole paragraph, read for every
            # pronoun, made a transcript in one paragraph cost n², review R16-12)
            first = -1
            for k in range(i - 1, -1, -1):
                if self.mention_pos[k] < lo:
                    break
                if not self.is_body(self.mention_who[k]) and self._fits(
                        self.mention_who[k], gender) and not self.placed(self.mention_who[k]) and (
                        not self.no_person(self.mention_who[k])):
                    if self.salient(k) or _CLAUSE_SUBJECT.match(self.text, self.mention_pos[k]):
                        # (or the subject of a clause: “… came when Rep. Gus Bilirakis
                        # (R-Fla.) highlighted the story of a teenager named Chase Nasca …”,
                        # “… drew the ire of Justice Antonin Scalia, who said …”)
                        return self.mention_who[k], self.mention_pos[k], 0.7
                    if first < 0:
                        first = k
            if first >= 0 and not _SAME_PRONOUN[gender].search(self.text, lo,
                                                              self.mention_pos[first]):
                # (unless “she” already spoke of someone else before that name: “she
                # acquiesced …, agreeing with Tim Flesher … “…,” she said.”)
                return self.mention_who[first], self.mention_pos[first], 0.6
        for k in range(i - 1, -1, -1):
            if pos - self.mention_pos[k] > window:
                break
            who = self.mention_who[k]
            if (self.salient(k) and not self.is_body(who) and not self.no_person(who)
                    and self._fits(who, gender) and not self.placed(who)):
                return who, self.mention_pos[k], 0.7
        for k in range(i - 1, -1, -1):
            who = self.mention_who[k]
            if (not self.is_body(who) and not self.no_person(who) and self._fits(who, gender)
                    and not self.placed(who)):
                return who, self.mention_pos[k], 0.5
        return "", -1, 0.0

    def resolve(self, phrase: Phrase, pos: int = -1) -> tuple[str, str]:
        """(canonical speaker, role) for a parsed phrase; ("", role) when there is nobody."""
        found = self.resolve_detail(phrase, pos)
        return found.speaker, found.role

    def resolve_detail(self, phrase: Phrase, pos: int = -1) -> Resolved:
        """The speaker a phrase names, with how it was found and how sure that is."""
        name, role = phrase.name, phrase.role
        if _HAJI_BEFORE.match(name) and self._haji_titled():
            # “Ketua panitia, H. Ahmad Dahlan”, “Gubernur Sumsel H Herman Deru”, “H.Herman
            # Deru”: Haji, a title in Indonesian (two words of the name after it at least)
            name = _HAJI_BEFORE.sub("", name, count=1)
        if not name and " " not in role and is_cap(role) and (
                role in self.local_aliases or role in self.roles or self._person_part(role)):
            # “White said” after “Kelli White”, “kata SBY”: a person, not a body
            name, role = role, ""
        if not name and " of " in role:
            head, _of, tail = role.rpartition(" of ")
            if is_cap(tail) and (tail in self.local_aliases or tail in self.roles
                                 or self._person_part(tail)):
                # “the Mayor of Pittsburgh” is an office and its place, but “… of Kerry”
                # where the article names a Kerry: that person, as the words say
                name, role = tail, head
        for key in (f"{role} {name}".strip(), name, role):
            hit = self.aliases.get(key.lower()) if key else None
            if hit and not (key == name and self._names_another(name, hit, pos)):
                # a one-word name two library speakers end with ("Trump": Eric and Donald),
                # the article naming neither in full: the alias's pick is a guess (R15-7)
                sure = 0.6 if key == name and self._shared_name(name) else 0.95
                return Resolved(hit, role or self.roles.get(hit, ""), "library", sure)
        if name and not role and self.text and name.split()[0].lower() in EN_PLACE_OF and (
                name.split()[0][:1].isupper()):
            government = self._government(name, pos)
            if government:
                # “the City said”, “the City of Cape Town said”: the city's government, by
                # the name the article gives it (“City of Cape Town”), never a person
                return Resolved(self.canonical(government), "", "body", 0.8)
        if name and (self._common_word(name) or self._wordy(name) or name.lower() in GROUP_NOUNS):
            name = ""  # “Investigators concluded …”, “Critics warned …”: a plural noun, not a
            # name (nor a speaker a later “she said” points to)
        if (name and not role and " " not in name and not name.isupper() and _short_of_body(name)
                and (body := self.spelled_out(name)) != name):
            # “the Ministry of Health (MoH) … “…,” MoH says”: the body its short form stands
            # for (capitals only are a role's words: “MOH” is read as one)
            return Resolved(self.canonical(body), "", "body", 0.8)
        if name and company_phrase(phrase):  # “kata PT Sinar Jaya Abadi”: a company
            return Resolved(self.canonical(f"{role} {name}"), "", "body", 0.8)
        if (name and " " not in name and role and all(is_cap(w) for w in role.split())
                and _body_phrase(role) and not role_words(role)
                and role.split()[-1].rstrip(".") not in TITLE_GENDER):
            # (not “in the U.S. Mr. Grant said”: a sentence's last word, then a title)
            return Resolved(self.canonical(f"{role} {name}"), "", "body", 0.8)  # Union Pacific
        if name:
            name = self._after_firm_words(name.split(), name)  # (as add_person registered it)
            address = role.split()[-1].rstrip(".") if role else ""
            title = TITLE_GENDER.get(address, "")
            bare = False  # (the surname written alone, no title: ``_full_name``)
            if not title and " " not in name and 0 <= phrase.start < phrase.end and self.text:
                # “Mr Simons said” (the title is no part of the role): he, not his wife
                address = self.text[phrase.start:phrase.end].split(None, 1)[0].rstrip(".")
                title = TITLE_GENDER.get(address, "")
                bare = not title and address == name
            full = self._full_name(name, pos, title, address if title else "", bare)
            if role and " " not in name and full != name:
                full = self._holder_named(name, role, full)
            guess = name in self.guessed or self.shared_guess
            if full == name and " " not in name:
                full = self.fuller_in_text(name)
            canon = self.canonical(full)
            if name in self.renamed:
                role = self.roles.get(full, "") or role
            role = role or self.roles.get(full, "") or self.roles.get(canon, "")
            if canon != name:
                return Resolved(canon, role, "short", 0.6 if guess else 0.9,
                                self._first_mention(canon))
            sure = 0.95 if len(name.split()) >= 2 or name in self.roles else 0.8
            return Resolved(canon, role, "name", sure)
        if role:
            who, at = self.by_role(role, pos)
            if who:
                return Resolved(self.canonical(who), role, "role", 0.75, at)
            if _office_of_body(role):
                # “kata Kepala Dinas Pertanian Banyuasin”, “kata Kepala BPBD Sumsel”: the
                # head of a body, whom the article does not name so: nobody, not the body
                return Resolved("", role, "", 0.0)
            last = role.split()[-1]
            if (last in OFFICE_LETTERS or (last.isupper() and last.lower() in ROLE_WORDS
                                           and " " in role)) and not self._haji_titled():
                # “The MSP added:”, “the Bradford West MP said”, “the Zanfold CEO said”: an
                # office the article gave no one so, not a body of that acronym (English:
                # “kata MK” is the Indonesian constitutional court)
                return Resolved("", role, "", 0.0)
            if _body_of_fields(role.split()):  # (“the Department of Health and Human
                # Services said”: the body, by its whole name)
                return Resolved(self.canonical(role), "", "body", 0.8)
            if _body_phrase(role):  # “kata KPK”, “ungkap ONE HUNDRED”: a body speaks
                body = self.body_names.get(role) or self.spelled_out(role)
                return Resolved(self.canonical(body), "", "body", 0.8)
            words = set(_LETTERS.findall(role.lower()))
            head = _anaphor_head(role)
            if words & BODY_ANAPHORS or head:
                body, at = self.last_body(pos) if words & BODY_ANAPHORS else ("", -1)
                if head:  # “kata perusahaan itu”: also a body named, not yet speaking
                    named, named_at = self.last_named_body(pos, {head})
                    if named and named_at > at:
                        body, at = named, named_at
                if body:
                    return Resolved(self.canonical(body), "", "role", 0.6, at)
            if is_cap(role) and not self._haji_titled() and self._names_body(role) and not (
                    phrase.end > 0 and _NOT_THE_BODY.match(self.text, phrase.end)):
                # “The Ministry of Defence said the strike hit “…””: a body the article
                # names, though its words read as an office (“defence”); English (not
                # “said Bank of America analysts”, “noted in its document that “…””)
                return Resolved(self.canonical(role), "", "body", 0.8)
        return Resolved("", role, "", 0.0)

    def _holder_named(self, name: str, role: str, full: str) -> str:
        """Of the cast members a one-word name stands for, the one the article gave the
        office written before it (“Senator Ann Lee …, her rival Tom Lee …” then “Senator
        Lee said”: Ann Lee, though Tom Lee was named last), else ``full``."""
        given = self.role_holders(role)
        if full in given:
            return full
        parts = name.split()
        holders = [who for who in given if who != name and _subsequence_score(parts, who.split())]
        if len(holders) != 1:
            return full
        self.shared_guess = False
        return holders[0]

    def _shared_name(self, name: str) -> bool:
        """Whether two or more of the library's speakers end with the one word ``name``."""
        if " " in name:
            return False
        if self._by_last_word is None:
            counts: dict[str, int] = {}
            for full in set(self.aliases.values()):
                if " " in full:
                    last = full.rsplit(None, 1)[1].casefold()
                    counts[last] = counts.get(last, 0) + 1
            self._by_last_word = counts
        return self._by_last_word.get(name.casefold(), 0) >= 2

    def _names_another(self, name: str, hit: str, pos: int) -> bool:
        """Whether the article itself names in full someone other than the library's
        ``hit`` for the one-word ``name`` (“President Donald Trump …” then “Trump said”,
        with “Trump” → Eric Trump in the library): the article's own cast outranks a
        library alias, which completes only a name the article does not give in full
        (review R15-7). A fuller form the library spells otherwise (“Sergei Lavrov” for
        the library's “Sergey Lavrov”) is the same person: the library's name stands."""
        if " " in name or not self.text:
            return False
        full = self._full_name(name, pos)
        if full == name:
            full = self.fuller_in_text(name)
        return " " in full and self.canonical(full) != hit

    def _names_body(self, role: str) -> bool:
        """Is role, as written, a body the article names outside quotations?"""
        if self.named_body_source is not None:
            source, self.named_body_source = self.named_body_source, None
            source()
        return role in self.named_body_who

    def fuller_in_text(self, name: str) -> str:
        """A one-word name's only two-word form anywhere in the article, quotations
        included (“Investor Advocate Rick Fleming said …” quoted, then “said Fleming”;
        “of Sir Keith Joseph” after a preposition, then “Sir Keith said”); else the name."""
        if not self.text or not name[:1].isupper() or self.is_body(name):
            return name
        if name not in self._fuller:
            forms: set[str] = set()
            text = self.text
            for m in _whole_word(name).finditer(text):
                before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
                after = _WORD_AFTER.match(text, m.end(), m.end() + 40)
                if before and before.group(1) in _HAJI and self._haji_titled():
                    before = None  # “H. Ansori” … “Ansori menjelaskan”: Haji, no given name
                first = before and _WORD_BEFORE.search(text, max(0, before.start(1) - 30),
                                                       before.start(1))
                if first and before and region_at(
                        [first.group(1).lower(), before.group(1).lower()], 0) == 2:
                    before = None  # “REPNAS Indonesia Maju Anggawira”: the body's or the
                    # region's last word (“Indonesia Maju”, “Jawa Barat”), no given name
                if before and not _sentence_opening(text, before.start(1)) and not (
                        before.group(1).lower() in _HEADLINE_WORDS and _title_line(
                            text, m.start())) and not _region_word(
                        before.group(1)) and not (before.group(1) in _PLATFORMS and _site_of_user(
                            text, before.start(1), before.group(1))) and not (first and (
                            first.group(1).lower() in _PLACE_BEFORE
                            or (first.group(1).lower() in _PLACE_OFFICES
                                and _written_as_place(before.group(1), text))
                            or first.group(1).lower() in _FIELD_WORDS)):
                    # (not “Wali Kota Cimahi Ngatiyana”, “Kepala Puskesmas Cibeber Suryadi”,
                    # “Kepala Desa Tejo Ponedi”, “Kades Karangsambung Kosim”: the town, the
                    # place a facility is named after, the village; nor “Kepala Bidang
                    # Angkutan Khairul”: the field after “Bidang”: as ``split_phrase`` reads
                    # them)
                    given = before.group(1)
                    if (first and first.group(1).lower() in GIVEN_GENDER
                            and not _sentence_opening(text, first.start(1))):
                        given = f"{first.group(1)} {given}"  # “Sandra Day O'Connor”
                    self._fuller_form(before.group(1), given + " " + name, forms)
                if after and not _title_line(text, m.start()) and not (
                        after.group(1) in MONTH_NAMES
                        and _DATED.match(text, after.end(), after.end() + 12)):
                    # (not in a headline's title case: “Duplantis Breaks World Pole Vault
                    # Record …” gave “Duplantis Breaks”; nor “kata Dewi April 2024 lalu”,
                    # “ujar Rudi Juni lalu”: the month of the words, though a given name
                    # too, as month_then_date reads it)
                    self._fuller_form(after.group(1), name + " " + after.group(1), forms)
                elif not after:
                    initials = _INITIALS_AFTER.match(text, m.end(), m.end() + 4)
                    if initials and _two_initials(initials.group(1)) and not _degree(
                            initials.group(1)) and _count_alone(
                                text, initials.group(1)) == _count_alone(
                                text, f"{name} {initials.group(1)}") and (
                            _SUBJECT_VERB_AFTER.match(text, initials.end())
                            or _office_before(text, m.start())):
                        # “Cawapres nomor urut 3 Mahfud MD mengatakan …”, then “kata
                        # Mahfud”: two capitals after the name, written nowhere else, are
                        # the person's initials (not “Anwar MK”: the court, named alone;
                        # only as a speech verb's subject or after an office: not “pesan
                        # Yanto WA”, “Slamet RT 03”, “Sopir truk, Sugeng AB asal Klaten”)
                        forms.add(f"{name} {initials.group(1)}")
            self._fuller[name] = forms.pop() if len(forms) == 1 else name
        return self._fuller[name]

    def _haji_titled(self) -> bool:
        """Is “H.” before a name a title here (Haji: any text not detected as English), not
        an initial?"""
        if self._haji is None:
            self._haji = detect_language(self.text) != "en"  # (a short snippet too)
        return self._haji

    def _fuller_form(self, other: str, form: str, forms: set[str]) -> None:
        if form.count(" ") == 1 and self._firm_cut.get(form, form) != form:
            return  # (“Founder Lentera Febriyana”: the body's word, cut off, is no given name)
        if _INITIALS.fullmatch(other):  # “J.C. Chandor’s film”
            forms.add(form)
        elif (is_nameish(other) and other.lower() not in HONORIFICS
                and other.lower() not in self.words):  # not “Buat Deni”
            forms.add(form)

    def spelled_out(self, name: str) -> str:
        """The body an acronym stands for, spelt out where the article does so (even
        inside a quotation): “jelas BI” → “Bank Indonesia”; else the name unchanged."""
        if not (2 <= len(name) <= 6 and name.isalpha() and _short_of_body(name)) or not self.text:
            return name
        if not self._acronyms:  # one pass over the article for every acronym
            by_initials: dict[str, set[str]] = {}
            tails: dict[str, set[str]] = {}
            for m in _SPELLED_RUN.finditer(self.text):
                run = " ".join(m.group().split())
                if run.startswith("The "):  # (“The Office of Disaster Preparedness and
                    run = run[4:]  # Management issued …”: a sentence's “The”, no initial)
                if any(w.lower() in ORG_WORDS for w in run.split()):
                    # a body (“Bank Indonesia”), not a place (“Taman Ismail Marzuki”)
                    by_initials.setdefault(_initials(run), set()).add(run)
                    words = run.split()
                    for k in range(1, len(words) - 2):
                        # “the University of the West Indies Seismic Research Centre”,
                        # later “the SRC”: the initials of its last three words or more
                        if words[k] not in _GLUE_WORDS and words[k - 1] not in _GLUE_WORDS:
                            tails.setdefault(_initials(" ".join(words[k:])), set()).add(run)
            self._acronyms = {k: v.pop() for k, v in tails.items() if len(v) == 1}
            self._acronyms.update(
                {k: v.pop() for k, v in by_initials.items() if len(v) == 1})
            if "(" in self.text and detect_language(self.text) == "en":
                for m in _DEFINED_SHORT.finditer(self.text):
                    run = " ".join(m.group(1).split()).removeprefix("The ")
                    short = m.group(2)
                    if not short.isupper():  # (“MoH”: the words its capitals are the
                        # initials of, not “Yesterday Ministry of Health”)
                        caps, words = "".join(c for c in short if c.isupper()), run.split()
                        run = next((" ".join(words[k:]) for k in range(len(words))
                                    if words[k][:1].isupper()
                                    and _initials(" ".join(words[k:])) == caps), "")
                    if run and short not in self._acronyms and _short_of_body(short):
                        self._acronyms[short] = run
            self._acronyms[""] = ""  # scanned
        return self._acronyms.get(name, name)

    def last_body(self, pos: int) -> tuple[str, int]:
        """The body (company, agency) named last before pos, for “the company said”."""
        i = bisect.bisect_left(self.body_pos, pos)
        return (self.body_who[i - 1], self.body_pos[i - 1]) if i else ("", -1)

    def last_named_body(self, pos: int, anaphors: Set[str]) -> tuple[str, int]:
        """The body of the kind an anaphor says (“perusahaan itu”: a company; “the club”:
        a club) the article named last before pos, in this paragraph or the three
        before; ("", -1) when none."""
        if self.named_body_source is not None:
            source, self.named_body_source = self.named_body_source, None
            source()
        i = bisect.bisect_left(self.named_body_pos, pos)
        while i:
            i -= 1
            at = self.named_body_pos[i]
            if not self.near(at, pos, 3):
                break
            who = self.named_body_who[i]
            if _body_fits(who, anaphors) or (who in self.party_names
                                             and anaphors & {"partai", "party"}):
                return who, at
        # none outside quotations: one of that kind the paragraph's quotations name
        # (“"Liverpool FC sangat berduka …," demikian pernyataan klub.”)
        k = bisect.bisect_right(self.para_starts, pos) - 1
        lo = self.para_starts[k] if k >= 0 else 0
        hi = self.para_starts[k + 1] if 0 <= k + 1 < len(self.para_starts) else len(self.text)
        kinds = [BODY_KINDS[w] for w in anaphors if w in BODY_KINDS]
        for at, who in zip(self.quoted_body_pos, self.quoted_body_who, strict=True):
            if lo <= at < hi and kinds and _body_fits(who, anaphors):
                return who, at
        return "", -1

    def near(self, at: int, pos: int, paragraphs: int = 2) -> bool:
        """Is at within the paragraph of pos or the few just before it?"""
        k = bisect.bisect_right(self.para_starts, pos) - 1
        return at >= 0 and (k < 0 or at >= self.para_starts[max(0, k - paragraphs)])

    def add_event(self, pos: int, who: str) -> None:
        """Somebody is named as speaking at pos (unless an event is already there)."""
        i = bisect.bisect_left(self.event_pos, pos)
        if i < len(self.event_pos) and self.event_pos[i] - pos < 80:
            return  # the cast already holds this attribution
        if i and pos - self.event_pos[i - 1] < 80:
            return
        self.event_pos.insert(i, pos)
        self.event_who.insert(i, who)

    def retell(self, lo: int, hi: int, who: str, instead: str) -> None:
        """The event of ``who`` from lo to hi is ``instead``'s, named at hi (“ujar Kepala
        Dinas X melalui Kepala UPT Y”: Y speaks, and is the one named last)."""
        i = bisect.bisect_left(self.event_pos, lo)
        while i < len(self.event_pos) and self.event_pos[i] < hi:
            if self.event_who[i] == who:
                del self.event_pos[i], self.event_who[i]
                self.add_event(hi, instead)
                return
            i += 1

    def add_body(self, pos: int, name: str) -> None:
        i = bisect.bisect(self.body_pos, pos)
        self.body_pos.insert(i, pos)
        self.body_who.insert(i, name)

    def _government(self, name: str, pos: int) -> str:
        """For “City” or “City of Cape Town” (an English kind of place, capitalised, alone
        or with “of” and its place): the fullest “City of …” the article writes, the last
        before ``pos`` (or the first at all); "" when it writes none."""
        head, _, rest = name.partition(" ")
        if rest and not rest.startswith("of "):
            return ""
        best = ""
        for m in re.finditer(rf"\b{re.escape(head)} of((?: [A-Z][\w’'.-]*){{1,3}})", self.text):
            place: list[str] = []
            for w in m[1].split():
                if w.lower() in ROLE_WORDS:
                    break  # “City of Cape Town Mayor Dan Plato”
                if w.endswith(POSSESSIVE):
                    place.append(w[:-2])  # “the City of Pittsburgh’s Fourth of July”
                    break
                place.append(w)
            whole = f"{head} of {' '.join(place)}" if place else ""
            if not whole or (rest and not whole.startswith(name)):
                continue
            if not best or pos < 0 or m.start() < pos:
                best = whole
            if pos >= 0 and m.start() >= pos:
                break
        return best

    def _wordy(self, name: str) -> bool:
        """A name made mostly of words the article also writes in lower case."""
        parts = [w for w in name.split() if w not in NAME_PARTICLES]  # (“Ana de la Cruz”)
        # (a word a speech verb vouched for is a name's: “ucap Mbah Waji” beside a photo's
        # caption “bakso mbah waji”)
        common = sum([w.lower() in self.words and w not in self.names for w in parts])
        return len(parts) >= 2 and common >= 2 and 2 * common >= len(parts)

    def _common_word(self, name: str) -> bool:
        """A lone capitalised word that is a common noun: the article also writes it in
        lower case, or it reads as a plural of people (“Investigators”, “Officials”)."""
        if " " in name or name in self.roles or self._candidates(name) or _camel(name):
            return False  # (“PricewaterhouseCoopers”: a name's shape, no plural noun)
        if name in self.names:
            return False  # (a speech verb vouched for it: “ucap Mbah Waji”, though a
            # photo's caption writes “bakso mbah waji”)
        low = name.lower()
        return low in self.words or low.endswith(("ers", "ors", "ists", "ians", "ants",
                                                   "ents", "als"))

    def _person_part(self, word: str) -> bool:
        """Is word the last or first name of somebody in the cast?"""
        if self._index_size != len(self.roles):
            self._full_name(word, -1)  # builds the index
        return any(word in (split[0], split[-1]) and len(split) >= 2
                   for split in self._index.values())

    def _first_mention(self, who: str) -> int:
        try:
            return self.mention_pos[self.mention_who.index(who)]
        except ValueError:
            return -1

    def known(self, name: str, pos: int = -1) -> str:
        """The cast member a name refers to, or "" when the article names nobody so."""
        full = self._full_name(name, pos)
        return full if full in self.roles else ""

    def role_holders(self, role: str) -> set[str]:
        """Everyone the article gave this role (a deputy's, “wakil”, only for a deputy's).
        A role of no office but an epithet's noun (“the epidemiologist said”) is whoever the
        article described with that noun (“Epidemiologist Ann Lee”, “Ann Lee, an
        epidemiologist at Oxford, …”), never a guess."""
        wanted = role_words(role)
        sets = self.role_sets
        if not wanted:
            wanted = epithet_nouns(role)
            sets = self.role_text
            if not wanted:
                return set()
        wanted |= {kin for w in wanted for kin in _ROLE_KIN.get(w, ())}
        portfolio = {w for w in _role_letters(role) if w in PORTFOLIO_WORDS}
        # “mantan Presiden Inter Milan itu”: where the role was held must match too (not
        # where the person comes from: “pelatih asal Spanyol tersebut”)
        held = _ORIGIN.split(role, maxsplit=1)[0]
        portfolio |= {w.lower() for w in _LETTERS.findall(held)
                      if w[:1].isupper() and w.lower() not in ROLE_WORDS}
        deputy = "wakil" in wanted
        shared = {
            who: len(words & wanted) for who, words in sets.items()
            if words & wanted and portfolio <= self.role_text.get(who, set())
            # (a member the cast dropped keeps no office: “kata pedagang asal Garut itu”
            # read “Garut” as a trader, then dropped it as an ordinary word)
            and (who in self.roles or who in self.renamed or who in self.local_aliases)
            and ("wakil" in words) == deputy  # (a deputy is not the head, nor the reverse)
        }
        # a former holder (“mantan Bupati Bogor Iwan Setiawan”) for a former office only,
        # a present one for the office (“kata Bupati Bogor”), when the article has both
        former = bool(_FORMER & set(_role_letters(role)))
        kept = {who: n for who, n in shared.items()
                if bool(_FORMER & self.role_text.get(who, set())) == former}
        if former and not kept and self.text and not self._indonesian_text():
            # English: “the former Prime Minister said” with only the present one named is
            # nobody; a holder written after “former” is one (“President Joe Biden and former
            # President Barack Obama”: the role read for him may lack the word)
            kept = {who: n for who, n in shared.items() if self._written_former(who)}
            if not kept:
                return set()
        shared = kept or shared
        # those whose office shares the most of its words: “kata Plt wali kota” is the Plt
        # Wali Kota Madiun's, not the Ketua DPRD Kota Madiun's (“kota” of a place, 2058)
        most = max(shared.values(), default=0)
        return {who for who, n in shared.items() if n == most}

    def _written_former(self, who: str) -> bool:
        """Does the article write “former” or “ex-” in the few words before a mention of
        ``who``?"""
        text = self.text
        return any(_FORMER_WRITTEN.search(text, max(0, at - 40), at)
                   for at, named in zip(self.mention_pos, self.mention_who, strict=True)
                   if named == who)

    def by_role(self, role: str, pos: int = -1) -> tuple[str, int]:
        """The person the article gave this role, last mentioned before pos, and where:
        “kata pelatih asal Spanyol tersebut” → the coach named earlier. ("", -1) when
        nobody has it."""
        holders = self.role_holders(role)
        if not holders:
            return "", -1
        j = bisect.bisect_left(self.event_pos, pos) if pos >= 0 else len(self.event_pos)
        pointing = bool(set(_LETTERS.findall(role.lower())) & _POINTERS)
        for k in range(j - 1, max(j - 8, -1), -1) if not pointing else ():
            if self.event_who[k] in holders:  # “ujar hakim”: the judge who spoke last
                return self.event_who[k], self.event_pos[k]
        i = bisect.bisect_left(self.mention_pos, pos) if pos >= 0 else len(self.mention_pos)
        for k in range(i - 1, -1, -1):
            who = self.mention_who[k]
            if who in holders or self.renamed.get(who) in holders:
                return who, self.mention_pos[k]
        if len(holders) != 1:
            return "", -1
        # the one holder, named only after pos (a headline's or a lead's “says Cedros
        # councillor”), unless their office lacks a word that makes this one another
        # office (“The prime minister said …” is not “Former minister Sir John Hayes”
        # named later), or theirs was held before and this one is not (“kata menteri” is
        # not “Mantan Menteri Perhubungan Ignasius Jonan”)
        who = min(holders)
        asked, held = role_words(role), self.role_sets.get(who, set())
        if not self._indonesian_text():
            # English: every word of the office theirs, in its short form or its long one
            # (“the finance minister” is not “Health Minister Jane Holloway”, “the chief
            # executive” not the chief financial officer; “says senator” is “Sen. Maria
            # Cantwell”, “the head coach” “Coach Graham Arnold”)
            asked = {_OFFICE_SHORT.get(w, w) for w in asked} - _OFFICE_RANK
            held = {_OFFICE_SHORT.get(w, w) for w in held}
            if not asked <= held:
                return "", -1
        elif (asked - held) & _OTHER_OFFICE:
            return "", -1
        if (held - asked) & _OTHER_OFFICE or (
                _FORMER & self.role_text.get(who, set())
                and not _FORMER & set(_role_letters(role))):
            return "", -1  # (nor a deputy's, an assistant's office for the office itself:
            # “the premier said” is not the deputy premier named later)
        return who, -1

    def unglue(self, name: str) -> str:
        """``unglue_name`` over the article's words, remembered per name."""
        found = self._unglued.get(name)
        if found is None:
            found = unglue_name(name, self.words)
            head, _, last = found.rpartition(" ")
            if head.count(" ") >= 1 and head.endswith(" " + last) and self.text and (
                    self.text.count(head) > self.text.count(found)):
                # “Stuart Young Young said …”: a caption's name run into the sentence's
                # surname (the name is written without the repeat elsewhere)
                found = head
            self._unglued[name] = found
        return found

    def _full_name(self, name: str, pos: int, gender: str = "", address: str = "",
                   bare: bool = False) -> str:
        """The cast member a name stands for (the last one named before ``pos`` when
        several have it; with ``gender``, from a title, one that can be so; with the title
        as written, ``address``, the one the article first called so: ``_addressed_as``;
        ``bare``, the surname written alone: not one the article titles so, ``_not_titled``).
        When two or more of them were named before ``pos`` and the last one named is not
        also the last of them who spoke, the pick is a guess: ``shared_guess`` (“Senator
        Ted Kennedy … His nephew, John Kennedy, … “…,” Kennedy said”: either; R13-12)."""
        self.shared_guess = False
        name = self.unglue(name)
        name = self.renamed.get(name, name)
        name = self.local_aliases.get(name, name)
        if self._index_size != len(self.roles):
            self._index = {full: full.split() for full in self.roles}
            self._index_size = len(self.roles)
            self._by_initial = {}
            for full, split in self._index.items():
                for w in split:
                    self._by_initial.setdefault(w[:1], set()).add(full)
                    if w in NAME_PARTICLES:  # “De Silva said” opening a sentence: the
                        # particle of “Harsha de Silva”, capitalised there
                        self._by_initial.setdefault(w[:1].upper(), set()).add(full)
                    elif w[:1] in "aAeE" and _article_stem(w) != w:  # “Assad”, “Al-Assad”
                        self._by_initial.setdefault(_article_stem(w)[:1], set()).add(full)
                        self._by_initial.setdefault(w[:1].upper(), set()).add(full)
                if "Dj" in full or "Tj" in full or "Ch" in full:  # (“Joko” for “Djoko”,
                    for w in split:  # “Khairul” for “Chairul”: by today's first letter too)
                        if w[:2] in _OLD_OPENINGS:
                            self._by_initial.setdefault(_ejaan(w)[:1].upper(), set()).add(full)
            self._full_cache = {}
        candidates = self._full_cache.get(name)
        if candidates is None:
            candidates = self._candidates(name)
            head, _, rest = name.partition(" ")
            if not candidates and rest and head.lower() in ADDRESS_WORDS:
                # “Gus Yahya” → Yahya Cholil Staquf
                candidates = self._candidates(rest, exclude=name)
            if not candidates and " " not in name and len(name) >= 5:
                candidates = self._misspelt(name)
            self._full_cache[name] = candidates
        if not candidates:
            return self.body_names.get(name, name) if name not in self.roles else name
        if len(candidates) > 1 and gender:
            candidates = [c for c in candidates if self.gender.get(
                c, GIVEN_GENDER.get(c.split()[0].lower(), gender)) == gender] or candidates
        if (len(candidates) > 1 and pos >= 0 and bare and self.text
                and not self._haji_titled()):  # (English copy titles so)
            candidates = self._not_titled(name, pos, candidates)
        elif len(candidates) > 1 and pos >= 0 and address and self.text and (
                not self._haji_titled()) and (
                bound := self._addressed_as(address, name, pos, candidates)):
            return bound
        if len(candidates) > 1 and pos >= 0:
            i = bisect.bisect_left(self.mention_pos, pos)
            at = next((k for k in range(i - 1, -1, -1) if self.mention_who[k] in candidates),
                      -1)
            if at >= 0 and not gender and self.text and not self.salient(at) and (
                    _KIN_BEFORE_NAME.search(self.text, max(0, self.mention_pos[at] - 60),
                                            self.mention_pos[at])
                    or self._in_passing(at, pos)):
                # “Tarique Rahman said …”, then “portraits of his late parents Ziaur Rahman
                # and Khaleda Zia”; “Shea McMahon, a police officer, …” then “with his
                # wife, Jennifer”: “said Rahman”, “McMahon said” are the one whose kin
                # was named last in passing: the last of the others who spoke, else who
                # was last a subject (not with a title: “told her husband, Philip Simons”,
                # then “Mr Simons said”); so too one named in passing who never spoke
                # (“Tarique Rahman dilantik … putra dari … presiden yang terbunuh, Ziaur
                # Rahman. …” then “ujar Rahman”: the subject, not the father)
                j = bisect.bisect_left(self.spoke_pos, pos)
                kin = self.mention_who[at]
                spoke = [who for who in self.spoke_who[:j] if who in candidates and who != kin]
                if spoke:
                    return spoke[-1]
                for k in range(at - 1, -1, -1):
                    if self.mention_who[k] in candidates and self.mention_who[k] != kin and (
                            self.salient(k)):
                        return self.mention_who[k]
            if at >= 0:
                self.shared_guess = self._undecided(candidates, at, i, pos)
                return self.mention_who[at]
        return max(candidates, key=lambda f: (len(f.split()), len(f), f))

    def _addressed_as(self, address: str, name: str, pos: int, candidates: list[str]) -> str:
        """The member a title and a surname stand for throughout (“Her mother Janet Skelton
        said … Mrs Skelton told BBC Radio Cumbria”, then, after “Helen and Gorka would be
        performing”, “Mrs Skelton added”): copy that titles people calls one person so all
        along. The member last named before the article's first “Mrs Skelton”, when none of
        the others sharing the name is first named between that use and ``pos``; else ""."""
        uses = re.finditer(rf"(?<!\w){re.escape(address)}\.?[ \t]+{re.escape(name)}(?!\w)",
                           self.text)
        first = next((m for m in uses if self.quoted_at is None
                      or not self.quoted_at(m.start())), None)  # (not a quoted “Mr. Chen”)
        if first is None or first.start() >= pos or not self._written_bare(name):
            return ""
        i = bisect.bisect_left(self.mention_pos, first.start())
        at = next((k for k in range(i - 1, -1, -1) if self.mention_who[k] in candidates), -1)
        if at < 0:
            return ""
        bound = self.mention_who[at]
        if any(first.start() < self._first_mention(c) < pos for c in candidates if c != bound):
            return ""  # (another of the name brought in since: either may be so called now)
        # (as sure as the pick at the first use: a guess there stays one)
        self.shared_guess = self._undecided(candidates, at, i, first.start())
        return bound

    def _written_bare(self, name: str) -> bool:
        """Does the copy write the surname alone somewhere outside quotations, after no title
        and in no longer name (“Skelton thanked viewers”)? Copy that titles everyone so
        (“Mr Jones” for a father and his son) tells nobody apart by the title."""
        known = self._bare.get(name)
        if known is None:
            known = self._bare[name] = self._find_bare(name)
        return known

    def _find_bare(self, name: str) -> bool:
        for m in re.finditer(rf"(?<![\w’'.\-]){re.escape(name)}(?![\w’'\-])", self.text):
            if self.quoted_at is not None and self.quoted_at(m.start()):
                continue
            before = self.text[max(0, m.start() - 12) : m.start()].split()
            after = self.text[m.end() : m.end() + 3].lstrip()
            if before and (before[-1].rstrip(".") in TITLE_GENDER
                           or (is_cap(before[-1]) and not before[-1].endswith((".", ",", ":")))):
                continue  # (“Mrs Skelton”, “Helen Skelton”)
            if after[:1].isupper():
                continue  # (“Skelton Road”)
            return True
        return False

    def untitled_member(self, name: str, pos: int) -> str:
        """The one member a surname written alone at ``pos`` stands for when several share
        it and the article titles one of them so (``_not_titled``); else ""."""
        self._full_name(name, -1)  # (builds the index)
        candidates = self._candidates(name)
        if len(candidates) < 2 or not self.text:
            return ""
        left = self._not_titled(name, pos, candidates)
        return left[0] if len(left) == 1 else ""

    def _not_titled(self, name: str, pos: int, candidates: list[str]) -> list[str]:
        """``candidates`` for a surname written alone, without the member the article calls
        by a title and that surname (``_addressed_as``) when that member is not the first
        of them it names and the other is the one its headline names: “Strictly star Helen
        Skelton … Her mother Janet Skelton … Mrs Skelton said …”, then “Skelton thanked
        viewers”: the star, whom the copy never titles (not the first named: an article that
        titles its subject now and then)."""
        for address in TITLE_GENDER:
            if f"{address} {name}" not in self.text and f"{address}. {name}" not in self.text:
                continue
            bound = self._addressed_as(address, name, pos, candidates)
            firsts = sorted((self._first_mention(c), c) for c in candidates)
            if bound and firsts[0][1] != bound and firsts[0][0] >= 0:
                left = [c for c in candidates if c != bound]
                end = self.text.find("\n")
                headline = self.text if end < 0 else self.text[:end]
                # (only the one the headline names: the story's subject, whom the copy
                # calls by the surname alone, its kin by a title; not “Mark Jones … his
                # father Peter Jones … Mr Jones said … Jones, who has farmed the land for
                # 40 years”, copy that titles and does not title the same man)
                return left if len(left) == 1 and left[0] in headline else candidates
        return candidates

    def _in_passing(self, k: int, pos: int) -> bool:
        """Is the k-th mention (before pos, no subject opening its sentence) one in passing:
        not after a speech verb in its clause (“said her predecessor, Tom Vale”), nor
        joined to another by “and” (“Tom Okafor and Grace Okafor run the bakery”: either
        may speak), but somebody's relation (“of”, “dari” shortly before, no “by”, “oleh”),
        of somebody who did not speak before pos?"""
        if self.mention_who[k] in self.spoke_who[: bisect.bisect_left(self.spoke_pos, pos)]:
            return False
        at = self.mention_pos[k]
        clause = _CLAUSE_BEFORE.search(self.text, max(0, at - 80), at)
        words = clause.group().lower().split() if clause else []
        near = words[-12:]  # (“putra dari … presiden yang terbunuh, Ziaur Rahman”, “the son
        # of the assassinated president, Ziaur Rahman”: somebody's relation, not a source
        # brought in to speak: “handled by Detective Sarah Smith”, a second review)
        return not (words[-1:] and words[-1] in ("and", "dan", "serta", "&")) and not any(
            w in EN_VERBS or w in ID_POST_VERBS for w in words) and any(
            w in ("of", "dari") for w in near) and not any(w in ("by", "oleh") for w in near)

    def _undecided(self, candidates: list[str], at: int, i: int, pos: int) -> bool:
        """Is the at-th mention (the last of candidates named before the i-th mention, at
        pos) a guess for a name they share? Not when none of the others was named before
        it (nor another spelling of it: “Antonio”/“António Guterres”, a typo), nor when it is
        the one of them who spoke last, nor when it names them in full in pos's sentence
        (“Union health secretary CK Mishra said”), nor when it opens its sentence as the
        subject (“Clinton, who …, stood at the center of it all”); but a subject
        introduced as somebody's kin (“His nephew, John Kennedy, sat …”) or one of a pair
        (“Tom Smith and Anna Smith run the bakery”) is no more likely than the others."""
        if self._haji_titled():
            return False  # (English only: an Indonesian short form is mostly a given name)
        last = self.mention_who[at]
        folded = {" ".join(map(_fold, w.split())) for w in set(self.mention_who[:i])
                  if w in candidates}
        if len(folded) < 2 or (len(folded) == 2 and Levenshtein.distance(*folded) <= 1):
            return False  # (the others are named only later: “Kadyrov said” is Ramzan)
        j = bisect.bisect_left(self.spoke_pos, pos)
        if next((w for w in reversed(self.spoke_who[:j]) if w in candidates), "") == last:
            return False
        named = self.mention_pos[at]
        if named in self.named_in_full and not _SENTENCE_BREAK.search(self.text, named, pos):
            return False
        kin = _KIN_BEFORE_NAME.search(self.text, max(0, named - 60), named) if self.text else None
        return kin is not None or not self.salient(at)

    def _misspelt(self, name: str) -> list[str]:
        """The one cast member a short name misspells by one letter (“Memet” for Mamet,
        “Irwin” for Irwan Lubis), when the name has no role of its own."""
        if self.roles.get(name):
            return []
        found = {
            full for full, split in self._index.items() if full != name and any(
                len(part) == len(name) and part[0] == name[0]
                and Levenshtein.distance(part, name) == 1 for part in (split[0], split[-1]))
        }
        return list(found) if len(found) == 1 else []

    def _candidates(self, name: str, exclude: str = "") -> list[str]:
        """Cast members whose full name contains this name, best matches only."""
        parts = name.split()
        if not parts:
            return []
        pool = set.intersection(*(self._by_initial.get(p[:1], set()) for p in parts))
        scored = []
        known = self._subsequence
        for full in pool:
            split = self._index[full]
            if full in (name, exclude) or len(split) < len(parts):
                continue
            score = known.get((name, full))
            if score is None:
                score = known[name, full] = _subsequence_score(parts, split)
            if score:
                scored.append((score, full))
        if not scored:
            return []
        if self.relatives and (name in self.roles or any(
                full not in self.relatives for _, full in scored)):
            # “Reza Pahlavi, putra Shah Iran Mohammad Reza Pahlavi”: the father's longer
            # name does not swallow the son's, nor take his short name
            scored = [(score, full) for score, full in scored if full not in self.relatives]
            if not scored:
                return []
        if len(parts) == 1 and len(scored) > 1 and self._haji_titled():
            # “kata Prabowo” beside Prabowo Subianto and Listyo Sigit Prabowo: an Indonesian
            # short form is mostly the given name that opens a name (no surname by
            # convention), so a member it opens outranks one it only ends (a member of name
            # words: not “Lin Sayuran”, a sentence glued on, beside Hillary Lin)
            opened = [(score, full) for score, full in scored if self._index[full][0] == name]
            if any(not any(_ordinary_words(w) for w in self._index[full][1:])
                   for _, full in opened) and name.lower() not in GIVEN_GENDER:
                # (not a Western given name: “striker Juventus Jonathan David … kata David”
                # beside David Moyes is the player, called by his surname as his own
                # language's news calls him)
                scored = opened
        best = max(score for score, _ in scored)
        return [full for score, full in scored if score == best]

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

    def elided(self, speaker: str, opens: Container[int] = ()) -> str:
        """The speaker as the article writes a Sesotho name with its elided “’M” (“’Mamello
        Phoofolo”: the apostrophe opens the name; the cast's words never start with one),
        else the speaker. ``opens``: where quotations open; a straight mark there opens a
        quotation, not a name (“'Maria Lopez is the best teacher,' said a parent.”; a curly
        one opening a name is read as a quotation's opening too, and is the elision)."""
        if not speaker.startswith("M"):
            return speaker
        if self._elisions is None:  # (once per article: asked for every speaker)
            self._elisions = _elisions(self.text)
        for at in self._elisions:
            if at in opens and self.text[at] == "'":
                continue
            end = at + 1 + len(speaker)
            if self.text.startswith(speaker, at + 1) and not (
                    end < len(self.text) and _name_goes_on(self.text[end])):
                return self.text[at] + speaker
        return speaker

    def written_as(self, speaker: str) -> str:
        """How the article itself writes a speaker whose name ``canonical`` took from the
        user's library because the article spells it otherwise (“Sergei Lavrov” for the
        library's “Sergey Lavrov”): its fullest such spelling, or "" when the article
        writes the speaker's own name or none of it (the hover must be true about the
        article)."""
        if not speaker or not self.aliases or not self.text:
            return ""  # without a library, every speaker is spelled as the article does
        found = self._written_as.get(speaker)
        if found is None:
            forms = [] if written(self.text, speaker) else [
                name for name, canon in self._seen.items()
                if canon == speaker and name != speaker and written(self.text, name)]
            found = max(forms, key=lambda f: (len(f.split()), len(f), f), default="")
            self._written_as[speaker] = found
        return found
