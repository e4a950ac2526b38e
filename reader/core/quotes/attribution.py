"""Who said a quotation: the speech-verb patterns around it, in Indonesian and English.

Order of evidence: attribution right after the closing mark (“…,” kata Lavrov / "…," she
said), then attribution right before the opening mark (Lavrov mengatakan, “…” / According
to X, "…"); -nya forms and pronouns point back to the last person named.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Final

from .language import detect_language
from .lexicon import (
    ADVERBS,
    ANONYMOUS_WORDS,
    BODY_ANAPHORS,
    DOCUMENT_VERBS,
    DOCUMENT_WORDS,
    EN_ADVERBS,
    EN_COLOUR_VERBS,
    EN_DEMONYM_NOUNS,
    EN_EPITHETS,
    EN_FRAMING_ING,
    EN_FRAMING_VERBS,
    EN_KIN_WORDS,
    EN_PARTY_NOUNS,
    EN_POSTS,
    EN_PRONOUNS,
    EN_QUOTE_VERBS,
    EN_STATEMENTS,
    EN_VERBS,
    FIRST_PERSON,
    GEO_WORDS,
    GROUP_NOUNS,
    ID_ADVERBS,
    ID_FRAMING_VERBS,
    ID_NYA_SUFFIX,
    ID_PASSIVE_VERBS,
    ID_POST_VERBS,
    ID_PRONOUNS,
    ID_SUBJECT_VERBS,
    LOWER_TITLES,
    NOT_NAME_WORDS,
    ORG_WORDS,
    PERSON_NOUNS,
    PREPOSITIONS,
    ROLE_WORDS,
    SUBORDINATORS,
    UNNAMED_WORDS,
    US_STATES,
)
from .marks import DOUBLE, SINGLE
from .names import (
    AGE_WORD,
    BALINESE_SECOND,
    BODY_KINDS,
    EPITHET_NOUNS,
    GLUED_STOP_AFTER,
    HANDLE_AFTER,
    OFFICE_LETTERS,
    OWNED_ACCOUNT,
    POSSESSIVE,
    POST_NOMINALS,
    SHORT_GIVEN_NAMES,
    TITLE_GENDER,
    People,
    Phrase,
    describe_backward,
    epithet_nouns,
    escorted_host,
    is_cap,
    listed_given_name,
    lowercase_adverb,
    offices_meant,
    parse_backward,
    parse_forward,
    role_kin,
    role_then_name,
    role_words,
    split_phrase,
    tokens,
)

# a mark that ends a sentence before a blank or a quote mark, or a full stop glued to the
# next sentence (names.GLUED_STOP); written to open with the marks, so that a search skips
# to them (a pattern whose alternatives open otherwise is tried at every offset: so the
# bracket of the third alternative is among them, and each alternative checks its own
# mark behind it)
_SENT_END = re.compile(rf"[.!?…(](?:(?=[\s\"“”’'»]|$)(?<=[.!?…])|(?<=\.){GLUED_STOP_AFTER}"
                       # an embedded post's signature ends its sentence: “… — Kemi Badenoch
                       # (@KemiBadenoch) May 19, 2025  Nigel Farage, leader of …, said”
                       r"|(?<=\()@\w{1,30}\)[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},[ \t]+\d{4}\b)")
_ABBR_TAIL: Final = re.compile(
    r"(?:\b[A-Z]|\b(?:Dr|Drs|Dra|Drg|Mr|Mrs|Ms|Prof|Gen|Sen|Rep|Gov|St|Jr|Sr|Lt|Col|No|Jl|H|Hj|Ir|Pol"
    # titles written with a full stop before a name (“Cmdr. Jane Holt said”; names._ABBREV)
    r"|Sgt|Capt|Cpl|Maj|Det|Adm|Brig|Cmdr|Cdr|Supt|Insp|Atty|Pvt|Cpt|Msgr|Amb"
    # (Nigerian press: “Engr. Ann Lee”, “Rt. Hon. Tom Vale”)
    r"|Engr|Surv|QS|Rt|Hon"
    # (Indonesian given names written short: “Moh. Mahfud MD”; those of four letters or
    # fewer, as the search looks four characters back)
    rf"|{'|'.join(w for w in SHORT_GIVEN_NAMES if len(w) <= 4)})"
    # a dotted degree after a name (“Ahmad Yani, M.Pd., mengatakan …”), no sentence's end
    r"|\.(?:Sos|Si|Pd|Sc|Kom|Kes|Ag|Hum|Psi|Ked|Kep|Gz|Sn|Ak|Kn))$"
)
_LEAD = re.compile(r"[\s,;—–\-]*")
_PRONOUN_WORDS: Final = EN_PRONOUNS | ID_PRONOUNS
_SPEECH_AFTER_SUBJECT: Final = EN_VERBS | ID_SUBJECT_VERBS
_MARKS = DOUBLE + SINGLE
_MARK = re.compile(f"[{re.escape(_MARKS)}]")
_CLOSING = "’'”\""
# a quote mark after a blank: what the character walk ``str.isspace`` did, in one search
# (``\s`` is what ``str.isspace`` says; the look-behind sees before the search's start)
_MARK_AFTER_BLANK = re.compile(rf"(?<=\s)[{re.escape(_MARKS)}]")
# What may follow “Smith said” when the attribution is a sentence of its own.
_TAIL = frozenset(
    ". , in on at to during after before via kepada di dalam saat usai seusai ketika "
    "reporters wartawan".split()
)
# Participles that report speech: “Ash explaining to Pikachu that …, ‘…’”, “dengan
# mengatakan”; the one before them speaks.
_PARTICIPLES: Final = frozenset(
    "explaining saying adding noting writing insisting warning arguing telling"
    # the other reporting verbs' (“… came out against the bill, stating, ‘…’”); not those
    # whose quotation is often another's words: recalling (a saying), answering or asking
    # (the question put), posting or tweeting (a caption, a post shared)
    " stating declaring asserting stressing emphasising emphasizing replying responding"
    " remarking reiterating announcing conceding admitting acknowledging complaining"
    " lamenting pleading urging vowing promising predicting cautioning quipping joking".split()
)
_WITH_VERB: Final = frozenset("dengan seraya sambil sembari".split())
_PREPOSITION_WORDS = PREPOSITIONS | {"by", "oleh"}
# Verbs whose following name is the one spoken to: “… and tells fiancé Marshall, ‘…’”.
_OBJECT_VERBS = frozenset("told tells tell asked asks ask urged urges".split())


@dataclass
class Attribution:
    speaker: str = ""
    role: str = ""
    cue: str = ""  # the words that gave the speaker away, for the reason text
    explicit: bool = False  # a speech verb sits right next to the quotation
    confidence: float = 0.0  # how sure the speaker is (0–1)
    how: str = ""  # name, short, role, library, pronoun, subject
    source: int = -1  # where the article named the speaker, when the cue only points back


def sentence_end(text: str, pos: int, hi: int) -> int:
    """Offset just past the sentence that contains pos, or hi."""
    for end in sentence_ends(text, pos, hi):
        return end
    return hi


def sentence_ends(text: str, pos: int, hi: int) -> Iterator[int]:
    """Offsets just past each sentence end from pos on, before hi (in one pass: what
    calling sentence_end again from each end would find)."""
    for m in _SENT_END.finditer(text, pos, hi):
        if m.group() == "." and _abbreviation_stop(text, m.start()):
            continue
        yield m.end()


def _abbreviation_stop(text: str, at: int) -> bool:
    """Does the full stop at ``at`` end an abbreviation or an initial (``_ABBR_TAIL`` in the
    four characters before it), not a sentence? (Each form of the pattern has a capital in
    it: four characters in lower case, before most stops, need no search.)"""
    lo = max(0, at - 4)
    if text[at + 1 : at + 2] == " " and text[at + 2 : at + 3].isupper():
        k = at  # (“kata Kepala RS Harapan, dr. Budi Santoso”: a title in lower case)
        while k > lo and text[k - 1].isalpha():
            k -= 1
        if text[k:at] in LOWER_TITLES and (k == 0 or not text[k - 1].isalnum()):
            return True
    return not text[lo:at].islower() and _ABBR_TAIL.search(text, lo, at) is not None


def sentence_start(text: str, pos: int, lo: int) -> int:
    """Offset where the sentence that ends at pos begins (not before lo).

    Read backwards from pos in windows that grow fourfold (review R16-12: reading forwards from
    lo, the paragraph's start, made a paragraph of n words cost n² — a pasted transcript of
    130k words in one paragraph took 19 s). The same answer: a sentence end is one
    character judged by its neighbours alone, so the last one found in a window that
    begins well before it is the last one from lo."""
    width = _BACK_WINDOW
    while True:
        begin = max(lo, pos - width)
        start = -1
        for m in _SENT_END.finditer(text, begin, pos):
            if m.group() == "." and _abbreviation_stop(text, m.start()):
                continue
            start = m.end()
        if begin == lo:
            return lo if start < 0 else start
        if start - 1 >= begin + _BACK_MARGIN:
            return start
        width *= 4


_BACK_WINDOW = 400  # characters sentence_start reads back first
_BACK_MARGIN = 8  # an end this near a window's first character is looked at again, wider


# Bare English roles any office holder or quoted source may be called by (“The expert
# said:” in a feature where each source is the expert; “the executive continued” of a
# studio president; “the government spokesman said” of a minister).
_ANY_HOLDER_ROLES = frozenset(
    "expert experts executive official spokesman spokeswoman spokesperson leader chief".split())


_SPOKES = frozenset("spokesman spokeswoman spokesperson".split())
# offices whose holder may be the one speaking for a government (“Communications Minister
# Ann Kerr” … “the government spokesman said”)
_SPEAKING_OFFICES = frozenset("minister secretary".split())


def _fits_role(role: str, their_role: str) -> bool:
    """Can a bare English role (“the analyst”) point back at the one whose role in the
    cast is their_role (“Finance Minister”)? Yes when the cast gives them no role, when it
    is that role (minister ~ minister) or one any holder goes by (“the official”); a
    different occupation (“the analyst”, “the economist”) is somebody the article does not
    name (review R11-9)."""
    words = role_words(role)
    theirs = role_words(their_role)
    if not words:  # (“the Arsenal boss”: a manager, a coach or a chief; not a striker)
        return not theirs or bool(offices_meant(role) & theirs)
    if words & _SPOKES and theirs and not theirs & (_SPOKES | _SPEAKING_OFFICES):
        return False  # (“Governor Ann Kerr …” … “the spokesman said”: hers, not her)
    # (“Sen. Bill Cassidy” … “the Louisiana senator”: the title's short form, ``role_kin``)
    return not theirs or bool((words | role_kin(words)) & (theirs | _ANY_HOLDER_ROLES))


def _not_theirs(people: People, role: str, who: str, pos: int) -> bool:
    """English: a role that cannot point back at ``who``, the last speaker or subject: a
    body's (“the state health department said”, “the country's foreign ministry said”: the
    body's words, no person's), or an office held of something a possessive names (“the
    team's coach said”, “the paper's editor said” after “Tom Vale runs the agency.”) when the
    cast gives them no such office and neither the office's word nor the owner's is written
    near a mention of them (“Tom Vale, the team's coach, …”, “Tom Vale runs the agency. …
    the agency's director said” are theirs)."""
    words = role.lower().split()
    if not words:
        return False
    if words[-1] in ORG_WORDS:
        return True
    owners = {w[: -len(end)] for w in words[:-1] for end in POSSESSIVE if w.endswith(end)}
    if not owners:
        return False
    posts = role_words(role)
    if posts & role_words(people.roles.get(who, "")):
        return False
    return not _written_near(people, posts | owners, who, pos)


_POST_WINDOW = 200  # characters either side of a mention read for the post's word


def _post_of(people: People, role: str, who: str, pos: int) -> bool:
    """Can a bare post (“the governor”, ``EN_POSTS``) at pos be ``who``, the last
    speaker or subject? Yes unless it is a post and ``who`` holds none in the cast (or only
    a person's noun: “a local farmer”) and no mention of them before pos has the post's
    word near it: “Tom Vale runs the agency. “…,” the governor said.” is somebody unnamed;
    “Tom Vale, who has been mayor since 2019, …” … “the mayor said” is Tom Vale."""
    posts = role_words(role) & EN_POSTS
    if not posts:
        return True
    theirs = role_words(people.roles.get(who, ""))
    if theirs - PERSON_NOUNS - UNNAMED_WORDS:
        return True  # (an office of theirs: ``_fits_role`` tells)
    return _written_near(people, posts, who, pos)


def _written_near(people: People, words: set[str] | frozenset[str], who: str, pos: int) -> bool:
    """Is one of ``words`` written near a mention of ``who`` before pos?"""
    text = people.text
    for at, named in zip(people.mention_pos, people.mention_who, strict=True):
        if at >= pos:
            break
        if named == who:
            near = text[max(0, at - _POST_WINDOW) : min(at + _POST_WINDOW, pos)].lower()
            if any(word in near for word in words):
                return True
    return False


def _resolve(people: People, phrase: Phrase, pos: int, cue: str,
             definite: bool = False, english: bool = False) -> Attribution:
    if phrase.name.endswith(POSSESSIVE):
        # “…,” Elton John's publicist retorted: somebody of his, unnamed; not Elton John
        return Attribution(cue=cue, explicit=True)
    if phrase.name.lower() in GROUP_NOUNS:
        # “Critics said: “…””, “Analysts warned …”: a group at the sentence's start, its
        # capital no name's; attributed, to nobody named
        return Attribution(cue=cue, explicit=True)
    if not phrase.name and role_words(phrase.role) and role_words(phrase.role) <= ANONYMOUS_WORDS:
        # “tambah sumber itu”, “a source said”: attributed, to nobody named
        return Attribution(cue=cue, explicit=True)
    if not phrase.name and phrase.role in _GENERIC_BODIES:
        # “Court says … ‘…’”, “Police said”: an institution left unnamed (a headline's
        # way of writing “a court”), nobody named
        return Attribution(cue=cue, explicit=True)
    found = people.resolve_detail(phrase, pos)
    if not found.speaker and definite and role_words(phrase.role) - UNNAMED_WORDS:
        # “kata pakar kedokteran komunitas itu”, “the executive continued”: the one who
        # just spoke, though the article gave them another title (a guess)
        who, at = people.last_speaker(pos)
        if not who:  # nobody spoke yet: the person the last sentences are about
            who, at = people.last_subject(pos)
        if english and who and (not _fits_role(phrase.role, people.roles.get(who, ""))
                                or not _post_of(people, phrase.role, who, pos)
                                or _not_theirs(people, phrase.role, who, pos)):
            # “The analyst said:” after Finance Minister Tom Vale: an unnamed analyst,
            # not the minister
            who = ""
        if who and not any(w.lower() in ORG_WORDS for w in who.split()):
            # (“juru bicara perusahaan itu”: not the company that spoke last)
            return Attribution(who, people.roles.get(who, ""), cue, True, 0.6, "role", at)
    if not found.speaker:
        # “a spokesperson said”, “kata seorang warga”: attributed, to nobody named
        unnamed = bool(phrase.role) and not phrase.name
        return Attribution(cue=cue if unnamed else "", explicit=unnamed)
    return Attribution(found.speaker, found.role, cue, True, found.confidence, found.how,
                       found.source)


_THE_BEFORE = re.compile(r"(?<![\w’'])[Tt]he[ \t]+$")


def _the_role(text: str, phrase: Phrase, lo: int) -> bool:
    """Is phrase a bare role after “the” (“The expert said: “…””, “according to the
    expert”)? Such a role points back at somebody the article has met, like “the expert
    said” after the quotation (“…,” said the expert was tried too: it cost a quotation of
    a never-tuned set, so it is left as it was); a possessive role (“the company's
    spokesman”) does not, and a qualified one (“The communications minister said”) is
    somebody new the article does not name."""
    if phrase.name or len(phrase.role.split()) != 1 or "'" in phrase.role or "’" in phrase.role:
        return False
    return bool(_THE_BEFORE.search(text, max(lo, phrase.start - 5), phrase.start))


# heads of an epithet that are mostly somebody unnamed (“the Israeli official said”)
_UNNAMED_HEADS_EN = UNNAMED_WORDS | frozenset(
    "official officials spokesman spokeswoman spokesperson aide aides officer officers analyst "
    "analysts expert experts staffer employee worker member diplomat".split())


def _epithet(text: str, phrase: Phrase, lo: int) -> bool:
    """Is phrase an epithet for somebody the article has named: “the”, capitalised words
    (a country, a body, a film or a show, an award, a seat) and a role (“the U.S.
    president said”, “said the Airlift actor”, “the American Horror Story actress wrote”,
    “the National Award-winning actor said”, “the Belfast East MP”)? Somebody new comes
    with “a” (“a NATO official said”); a role qualified in lower case (“the communications
    minister”) may be new too (``_the_role``), and so may an official or a spokesman."""
    words = phrase.role.split()
    if phrase.name or not 2 <= len(words) <= 5 or "'" in phrase.role or "’" in phrase.role:
        return False
    head = words[-1]
    if ((head.lower() not in ROLE_WORDS and head not in OFFICE_LETTERS)
            or head.lower() in _UNNAMED_HEADS_EN
            or head.lower() in ORG_WORDS or not (head.islower() or head.isupper())):
        return False  # (“the Work and Pensions Secretary”: an office's own title)
    if not all(w[:1].isupper() for w in words[:-1]):
        return False
    return bool(_THE_BEFORE.search(text, max(lo, phrase.start - 5), phrase.start))


# a qualifier's other spellings, for ``_qualified``: a country's name for its demonym where
# the two share no first five letters, and the short forms of a few
_QUALIFIER_FORMS = {
    "US": ("US", "U.S.", "United States", "America"), "UK": ("UK", "U.K.", "Britain", "British"),
    "UN": ("UN", "U.N.", "United Nations"), "French": ("French", "France"),
    "Dutch": ("Dutch", "Netherlands"), "British": ("British", "Britain", "UK"),
    "Chinese": ("Chinese", "China"), "Turkish": ("Turkish", "Turkey", "Türkiye"),
    "Swiss": ("Swiss", "Switzerland"), "Greek": ("Greek", "Greece"),
    "Spanish": ("Spanish", "Spain"), "Irish": ("Irish", "Ireland"),
    "Scottish": ("Scottish", "Scotland"), "Welsh": ("Welsh", "Wales"),
    "Japanese": ("Japanese", "Japan"), "Lebanese": ("Lebanese", "Lebanon"),
    "Polish": ("Polish", "Poland"), "Swedish": ("Swedish", "Sweden"),
    # a party's other names (“the Tory MP” of “Conservative MP Tom Vale”), as the party
    # nouns of ``lexicon.EN_PARTY_NOUNS`` tie them
    "Tory": EN_PARTY_NOUNS["Tory"][0], "GOP": EN_PARTY_NOUNS["Republican"][0],
}
_EPITHET_WINDOW = 60  # characters before a mention read for its qualifiers
# offices held for somebody else: no country's or body's leader or chief
_SERVING_ROLES = frozenset(
    "ambassador envoy representative spokesman spokeswoman spokesperson adviser advisor aide "
    "deputy".split())


def _title_before(text: str, at: int) -> str:
    """The title written right before a name at ``at`` (“Former Israeli Prime Minister”,
    “Labour leader”, “Israeli PM”): capitalised words and role words back to anything
    else; "" unless it ends in a role word or an abbreviation in capitals."""
    words = text[max(0, at - _EPITHET_WINDOW) : at].split(" ")
    if not words or words[-1] != "":
        return ""  # (no blank right before the name: a mark, a line break)
    title: list[str] = []
    for word in reversed(words[:-1]):
        if not word or not (word[:1].isupper() or word.lower() in ROLE_WORDS
                            or word.lower() in ("former", "then", "acting")) or any(
                                ch in word for ch in ",.;:!?\n“”\"()") and word != "U.S.":
            break
        title.append(word)
    if not title or not (title[0].lower() in ROLE_WORDS or (
            title[0].isupper() and len(title[0]) >= 2)):
        return ""
    return " ".join(reversed(title))


def _qualified(text: str, people: People, who: str, qualifiers: list[str]) -> bool:
    """Does the article tie every qualifier of an epithet (“Ukrainian”, “UN”, “Labour”) to
    ``who``: written in their role in the cast or in a title right before their name?"""
    near = [people.roles.get(who, "")]
    for at, named in zip(people.mention_pos, people.mention_who, strict=True):
        if named == who:  # (the title right before the name: “Ukrainian President
            # Volodymyr Zelensky”, “UN chief Antonio Guterres”, “Israeli PM Benjamin …”)
            title = _title_before(text, at)
            if title:
                near.append(title)
    for word in qualifiers:
        bare = word.replace(".", "")
        forms = _QUALIFIER_FORMS.get(bare) or _QUALIFIER_FORMS.get(word) or (
            (word,) if word.isupper() or len(word) <= 5 else (word[:5],))
        found = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(f) for f in forms) + ")")
        if not any(found.search(part) for part in near):
            return False
    return True


#: the nouns US copy calls an elected official by after the state (“the Ohio Democrat”)
_LAWMAKERS = frozenset(
    "senator congressman congresswoman representative lawmaker legislator governor "
    "republican democrat independent".split())


#: lawmakers in the plural: others of the kind are in the story, unnamed (“Several
#: Republicans have signalled unease”, “Democrats called the move political”)
_OTHER_LAWMAKERS = re.compile(
    r"\b(?:[Ss]enators|[Cc]ongressmen|[Cc]ongresswomen|[Rr]epresentatives|[Ll]awmakers|"
    r"[Ll]egislators|[Gg]overnors|Republicans|Democrats)\b")


#: a party's letter and a state after a lawmaker's name (“Cruz, R-Texas”, “(D-N.Y.)”, “R-TX”)
_PARTY_STATE = re.compile(r"\b[RDI]-[A-Z][A-Za-z.]*")
#: a US state's name (``US_STATES``) as a whole word
_US_STATE = re.compile(r"(?<!\w)(?:" + "|".join(sorted(US_STATES, key=lambda s: (-len(s), s)))
                       + r")(?!\w)")


def _tied_to_a_state(text: str, people: People, who: str) -> bool:
    """Does the article write a US state, or a party's letter and a state, at a mention of
    ``who`` (“Sen. Ted Cruz of Texas”, “Texas Sen. Ted Cruz”, “Cruz, R-Texas”)? Then an
    epithet of another state is somebody else's, not this member's."""
    for a, n in zip(people.mention_pos, people.mention_who, strict=True):
        if n != who:
            continue
        window = text[max(0, a - 20) : a + len(who) + 30]
        if _PARTY_STATE.search(window) or _US_STATE.search(window):
            return True
    return False


def _resolve_epithet(people: People, phrase: Phrase, pos: int, cue: str, text: str
                     ) -> Attribution:
    """The one an epithet (``_epithet``) stands for: as a role the cast gives somebody, else
    the person the article named last before it whom the article ties to every
    capitalised word of the epithet (``_qualified``: “the Ukrainian president” is not the
    Dutch prime minister who spoke last, “the Airlift actor” is the one the film is
    named beside) and whose role in the cast is no other occupation; a guess (marked)."""
    found = _resolve(people, phrase, pos, cue)  # (a role the cast gives somebody)
    if found.speaker:
        return found
    qualifiers = phrase.role.split()[:-1]
    head = phrase.role.split()[-1].lower()
    # (the epithet's own words tie nobody to it)
    text = text[: phrase.start] + " " * (phrase.end - phrase.start) + text[phrase.end :]
    i = bisect.bisect_left(people.mention_pos, pos)
    order = [people.mention_who[k] for k in range(i - 1, -1, -1)]
    tried: set[str] = set()
    fitting: list[str] = []
    for who in order:
        if not who or who in tried:
            continue
        tried.add(who)
        if (not role_words(people.roles.get(who, "")) or people.is_body(who)
                or any(w.lower() in ORG_WORDS for w in who.split())
                or not _fits_role(phrase.role, people.roles.get(who, ""))
                or (head in _ANY_HOLDER_ROLES
                    and role_words(people.roles.get(who, "")) & _SERVING_ROLES)):
            continue  # (one the article gave an office: a person, not a place or a body;
            # “the Israeli leader” is not Israel's ambassador)
        if _qualified(text, people, who, qualifiers):
            at = max((a for a, n in zip(people.mention_pos, people.mention_who, strict=True)
                      if n == who and a < pos), default=-1)
            return Attribution(who, people.roles.get(who, ""), cue, True, 0.6, "role", at)
        fitting.append(who)
    if (len(fitting) == 1 and " ".join(qualifiers) in US_STATES and head in _LAWMAKERS
            and re.search(rf"(?<![\w.]){' '.join(qualifiers)}(?!\w)", text) is None
            and not _tied_to_a_state(text, people, fitting[0])
            and _OTHER_LAWMAKERS.search(text) is None):
        # “Sen. Bill Cassidy, the Republican chair of the Senate health committee, …” then
        # “…,” the Louisiana senator wrote: the one senator the article names, the epithet
        # telling what it never said (a state written nowhere else ties nobody else to it);
        # a guess, marked (not a team's place: “the Carlow boss” is the other side's)
        who = fitting[0]
        at = max((a for a, n in zip(people.mention_pos, people.mention_who, strict=True)
                  if n == who and a < pos), default=-1)
        return Attribution(who, people.roles.get(who, ""), cue, True, 0.5, "role", at)
    return found


# a name's words from a mention on (a particle inside: “Alex de Minaur”)
_NAME_AT = re.compile(r"[A-Z][\w’'\-]*(?:[ \t]+(?:[A-Z][\w’'\-]*|de|da|van|von|al|bin|dos|del))*")
# an apposition after a name: “, a Spaniard,”, “, 24, the Spanish midfielder,”; or where
# the person is from: “ of Spain”, “ from Ohio”, “ (Spain)”
_APPOSED = re.compile(r",[ \t]+(?:\d{1,3},[ \t]+)?(?:a|an|the)[ \t]+([^,.;:!?“”\"\n]{1,50})"
                      r"|(?:[ \t]+(?:of|from)[ \t]+|[ \t]*\()"
                      r"([A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*)*)")
# a capitalised word, then one lower-case noun right before a name (“Spanish star ”)
_ONE_NOUN_BEFORE = re.compile(r"(?<![\w’'])([A-Z][\w.’'\-]*)[ \t]+([a-z][a-z\-]+)[ \t]+$")
# pasts that end in no “-ed” (“The Spanish team beat Tom Vale”: no noun of his)
_UNMARKED_PASTS = frozenset("beat met led won lost saw hit left took gave made sent held".split())
# countries that end as their people's word does (“the Serbian”, not “the Japan”)
_COUNTRIES_AS_DEMONYMS = frozenset("japan iran sudan oman taiwan bhutan azerbaijan".split())


def _demonym_word_forms(word: str) -> tuple[str, ...]:
    """The words that tie a person to a nationality word used as a noun: the lexicon's
    (``EN_DEMONYM_NOUNS``), else, for a people's word of ``GEO_WORDS`` (“Serbian”,
    “Kenyan”, “Israeli”, “Senegalese”), the word and its country's opening letters
    (“Serbia”, “Kenya”, “Israel”, “Senegal”); () for any other word."""
    forms = EN_DEMONYM_NOUNS.get(word)
    if forms:
        return forms
    low = word.lower()
    if not is_cap(word) or low not in GEO_WORDS or low in _COUNTRIES_AS_DEMONYMS or (
            low.endswith("stan")):
        return ()
    if low.endswith("ese"):
        return word, word[:-3]
    if low.endswith(("an", "i")) and len(word) > 4:
        return word, word[:-1]
    return ()


def _demonym_forms(text: str, phrase: Phrase, lo: int) -> tuple[str, ...]:
    """The words that tie a person to a nationality written as a noun after “the” (“the
    Spaniard said”, “said the Argentine”: ``EN_DEMONYM_NOUNS``); () for any other phrase."""
    word = phrase.role if not phrase.name else phrase.name if not phrase.role else ""
    forms = _demonym_word_forms(word) if " " not in word else ()
    if forms and _THE_BEFORE.search(text, max(lo, phrase.start - 5), phrase.start):
        return forms
    return ()


def _described_as(text: str, at: int, forms: tuple[str, ...]) -> bool:
    """Is the person named at ``at`` written with one of ``forms`` (a nationality) in the
    words right before the name (“Spaniard Carlos Vale”, “Spanish coach Tom Vale”) or in an
    apposition after it (“Tom Vale, a Spaniard,”, “Tom Vale, 24, the Spanish midfielder,”)?
    Not a nationality elsewhere in the sentence (“The Spanish government fined Tom Vale”)."""
    found = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(f) for f in forms) + r")(?!\w)")
    title: list[str] = []
    # (within the name's own line: not “… 18:14, UK\nOns Jabeur has …”, a dateline's zone)
    lo = max(0, at - _EPITHET_WINDOW, text.rfind("\n", 0, at) + 1)
    words = text[lo:at].split()
    for n in range(len(words) - 1, -1, -1):
        word = words[n]
        if word.isdigit() and n and words[n - 1] in ("No", "No."):
            continue  # (“British No 1 Jack Draper”: a ranking in the title)
        low = word.lower()
        stop = word.endswith(".") and len(word) > 4 and not word.replace(".", "").isupper()
        if stop or not (word[:1].isupper() or low in ROLE_WORDS or low in EN_EPITHETS) or (
                low in PREPOSITIONS or low in _ARTICLE_LEADS) or any(
                    ch in word for ch in ",;:!?\n“”\"()"):
            break  # (“… in Spain. Tom Vale said”: the sentence before, past a full stop)
        title.append(word)
    if title and found.search(" ".join(title)):
        return True
    described = _ONE_NOUN_BEFORE.search(text, lo, at)
    if described and found.search(described.group(1)) and not _verb_like(
            described.group(2)) and described.group(2) not in _NOT_DESCRIPTORS and (
                described.group(2) not in _UNMARKED_PASTS):
        return True  # (“Spanish star Carlos Vale”; not “The Spanish team beat Tom Vale”)
    name = _NAME_AT.match(text, at)
    apposed = _APPOSED.match(text, name.end()) if name else None
    return apposed is not None and found.search(apposed.group(1) or apposed.group(2)) is not None


def _demonym_speaker(people: People, phrase: Phrase, pos: int, cue: str, text: str,
                     forms: tuple[str, ...]) -> Attribution | None:
    """The one “the Spaniard”, “the Argentine” stands for: the person named last before
    pos whom the article wrote with that nationality (``_described_as``: “Spanish coach Tom
    Vale … “…,” the Spaniard said.”), marked; None when the article so describes nobody
    (the nationality alone ties no one: the other rules go on). Two people so described
    (“Spanish coach Tom Vale … Spanish striker Carlos Ruiz scored. “…,” the Spaniard
    said.”): somebody, neither of them (a wrong name is worse than none)."""
    i = bisect.bisect_left(people.mention_pos, pos)
    tried: set[str] = set()
    found: Attribution | None = None
    for k in range(i - 1, -1, -1):
        who = people.mention_who[k]
        if who in tried or not who or who not in people.roles or people.is_body(who):
            continue
        tried.add(who)
        if any(named == who and _described_as(text, at, forms)
               for at, named in zip(people.mention_pos[:i], people.mention_who[:i],
                                    strict=True)):
            if found is not None:
                return Attribution(cue=cue, explicit=True)
            found = Attribution(who, people.roles.get(who, ""), cue, True, 0.6, "role",
                                people.mention_pos[k])
    return found


# a US party's tag right after a name: “ (R-Texas)”, “ (D)”, “, D-N.Y.,”
_PARTY_TAG_AFTER = re.compile(r"[ \t]*\(([DRI])(?:-([A-Z][A-Za-z. ]{0,14}))?\)"
                              r"|,[ \t]+([DRI])-([A-Z][A-Za-z.]{0,12}(?: [A-Z][a-z]{1,12})?),")


def _party_forms(text: str, phrase: Phrase, lo: int) -> tuple[tuple[str, ...], str, str]:
    """A party member written as a noun after “the” (``EN_PARTY_NOUNS``): the words that tie
    a person to the party, its tag's letter, and the place before the noun (“the Texas
    Republican”: Texas; "" for “the Tory”); ((), "", "") for any other phrase."""
    written = phrase.role if not phrase.name else phrase.name if not phrase.role else ""
    words = written.split()
    if not words or words[-1] not in EN_PARTY_NOUNS or len(words) > 3 or not all(
            is_cap(w) and w.lower() not in ROLE_WORDS for w in words[:-1]) or not (
                _THE_BEFORE.search(text, max(lo, phrase.start - 5), phrase.start)):
        return (), "", ""
    forms, letter = EN_PARTY_NOUNS[words[-1]]
    return forms, letter, " ".join(words[:-1])


def _tagged(tag: re.Match[str] | None, letter: str, place: str) -> tuple[bool, bool]:
    """Does a party's tag after a name (“(R-Texas)”, “, D-N.Y.,”) give the party's letter,
    and the place (its letters in order, from the first: “Kan.” of Kansas, “N.Y.” of New
    York)?"""
    if tag is None or not letter:
        return False, False
    party = (tag.group(1) or tag.group(3)) == letter
    short = (tag.group(2) or tag.group(4) or "").replace(".", "").replace(" ", "").lower()
    full = place.replace(" ", "").lower()
    it = iter(full)
    return party, bool(short and full and short[0] == full[0] and all(c in it for c in short))


def _party_speaker(people: People, phrase: Phrase, pos: int, cue: str, text: str,
                   party: tuple[tuple[str, ...], str, str]) -> Attribution | None:
    """The one “the Texas Republican”, “the Democrat”, “the Tory” stands for: the person
    named last before pos whom the article tied to the party (“Republican Sen. Ann Lee”,
    “Tom Vale, a Democrat,”, a tag: “Sen. Ann Lee (R-Texas)”) and to the place, if one is
    written (“Texas Sen. Ann Lee”, “Tom Vale, a Texas Republican,”, “(R-Texas)”), marked;
    None when the article so ties nobody (“the Republican Party said” is no member)."""
    forms, letter, place = party
    i = bisect.bisect_left(people.mention_pos, pos)
    tried: set[str] = set()
    for k in range(i - 1, -1, -1):
        who = people.mention_who[k]
        if who in tried or not who or who not in people.roles or people.is_body(who):
            continue
        tried.add(who)
        member, placed = False, not place
        for at, named in zip(people.mention_pos[:i], people.mention_who[:i], strict=True):
            if named != who:
                continue
            name = _NAME_AT.match(text, at)
            tag = _PARTY_TAG_AFTER.match(text, name.end()) if name else None
            by_tag = _tagged(tag, letter, place)
            member = member or by_tag[0] or _described_as(text, at, forms)
            placed = placed or by_tag[1] or _described_as(text, at, (place,))
        if member and placed:
            return Attribution(who, people.roles.get(who, ""), cue, True, 0.6, "role",
                               people.mention_pos[k])
    return None


def _affiliated(people: People, phrase: Phrase, pos: int, cue: str, text: str,
                lo: int) -> Attribution | None:
    """A person written as their nationality or party after “the” (“the Spaniard”, “the
    Texas Republican”): the one the article so described (``_demonym_speaker``,
    ``_party_speaker``), or None."""
    forms = _demonym_forms(text, phrase, lo)
    if forms:
        return _demonym_speaker(people, phrase, pos, cue, text, forms)
    party = _party_forms(text, phrase, lo)
    if not party[0]:
        return None
    found = _party_speaker(people, phrase, pos, cue, text, party)
    if found is None and phrase.name:
        # (“…,” the Tory said. of nobody so tied: somebody, not a speaker named “Tory”)
        return Attribution(cue=cue, explicit=True)
    return found


# a lower-case noun between a capitalised word and a name (“Chelsea star Cole Palmer”)
_DESCRIPTOR = re.compile(r"[a-z]+(?:-[a-z]+)*")
_DESCRIPTOR_THEN_CAPITAL = re.compile(r"[ \t]+[a-z]+(?:-[a-z]+)*[ \t]+[A-Z]")
_NOT_DESCRIPTORS = PREPOSITIONS | SUBORDINATORS | frozenset(
    "and or but to told says said who which that than with about alongside beside besides "
    "against versus vs like via among between behind beyond without toward towards".split())


def _verb_like(word: str) -> bool:
    """Is a lower-case word after a name a verb, no describing noun: a speech verb, a past
    (“…,” Nirupa Esau asked Tom Vale. / warned, assured: the one before speaks, to the one
    after), a participle (“quoting”) or a present (“reminds”; not “boss”)?"""
    return word in _SPEECH_AFTER_SUBJECT or word.endswith(("ed", "ing")) or (
        word.endswith("s") and not word.endswith("ss"))


def _past_descriptor(text: str, phrase: Phrase, stop: int, people: People) -> Phrase | None:
    """“Chelsea star Cole Palmer”, “Love Island star Ann Kerr”, “Tory grandee Tom Vale”: a
    name read first (a club, a show, a party), a lower-case noun that describes and is no
    office word, then a name of two words or more that reads as no body: that name, the
    words before it its role; None when the words after ``phrase`` are not so."""
    if _DESCRIPTOR_THEN_CAPITAL.match(text, phrase.end, stop) is None:
        return None  # (a cheap look first: most names go on with a verb or a comma)
    rest = tokens(text, phrase.end, stop)
    if not (len(rest) >= 3 and _DESCRIPTOR.fullmatch(rest[0][0])
            and rest[0][0] not in _NOT_DESCRIPTORS and is_cap(rest[1][0])
            and not _verb_like(rest[0][0])):  # (not “said Kerr quoting Tom Vale”)
        return None
    known = people.known(phrase.name, phrase.start)
    if known and people.person_named(known):
        return None  # (“said Kerr about Tom Vale” after “Ann Kerr”: a person, no club)
    later = parse_forward(text, rest[0][2], stop, people.words)
    if (later.name and " " in later.name and later.start == rest[1][1] and not later.role
            and not people.is_body(later.name)):
        return Phrase(later.name, f"{phrase.name} {rest[0][0]}", phrase.start, later.end)
    return None


_GENERIC_BODIES = frozenset("Court Police Government Army Military Prosecutors".split())
# words after a speaker's name that end the attribution (“said Tom Vale in a statement”)
_TAIL_WORDS = frozenset("in on at during after before while when as and but who which of from "
                        "for".split())  # (“said Anna Lee of the Center for American Progress”)
_GENDERED = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}


#: a company's legal form after its name (“Guaranty Trust Bank Ltd.”), not said as its name
#: (“Acme Corp” is: the article says it so)
_COMPANY_TAILS = frozenset(("Ltd",))


def _pronoun(people: People, pos: int, cue: str) -> Attribution:
    words = cue.lower().split()
    if set(words) & FIRST_PERSON:
        # “What we said: …”, “kata kami”: the writer or a group speaks, nobody named
        return Attribution(cue=cue, explicit=True)
    if "mereka" in words or "they" in words or "it" in words:
        # “tegas mereka”: a plural, never one person; “…,” it says: never a person either;
        # the body that spoke lately, if any
        body, at = people.last_body(pos)
        k = bisect.bisect_left(people.it_pos, pos)
        if "it" in words and k and people.it_pos[k - 1] > at:
            body, at = people.it_who[k - 1], people.it_pos[k - 1]
        if body and "mereka" not in words and people.person_named(body):
            body = ""  # (“Tom Vale said …” then “…,” they said.: no body spoke; a person
            # who spoke is kept as a body for “the company said”, not for “it” or “they”)
        if "it" in words and not (body and people.near(at, pos)) and (
                detect_language(people.text) == "en"):
            # “The Ministry of Works denied the claim. “…,” it said.”: no body heard
            # speaking lately; the body the article named last, in this paragraph or the
            # one before, marked
            named, where = people.last_named_body(pos, frozenset())
            if named and people.near(where, pos, 1) and not people.person_named(named):
                named = " ".join(w for w in named.split() if w.rstrip(".,") not in _COMPANY_TAILS)
                return Attribution(named, "", cue, True, 0.5, "pronoun", where)
        if not body or not people.near(at, pos):
            return Attribution(cue=cue, explicit=True)
        return Attribution(body, "", cue, True, 0.6, "pronoun", at)
    gender = next((_GENDERED[w] for w in cue.lower().split() if w in _GENDERED), "")
    who, at, sure = people.pronoun(pos, gender)
    if not gender and "@" in people.text[max(0, at, pos - 400) : pos]:
        # “Pengguna X @ana mengeluhkan macet itu. “…,” tulisnya.”: an account named as the
        # subject after the pronoun's pick speaks (a handle is no member of the cast)
        handle = _handle_subject(people.text, max(0, at, pos - 400), pos)
        if handle:
            return Attribution(handle[0], "", cue, True, 0.7, "pronoun", handle[1])
    if not who:
        return Attribution(cue=cue, explicit=True)
    other = _answerer(people, pos, cue, who, gender)
    if other:
        return Attribution(other[0], people.roles.get(other[0], ""), cue, True, 0.6, "pronoun",
                           other[1])
    return Attribution(who, people.roles.get(who, ""), cue, True, sure, "pronoun", at)


#: “quoted Ahmed Ali as saying”: the verbs of a medium that reports somebody's words
_QUOTED_BY = frozenset(("quoted", "cited"))
_AS_DOING = frozenset("saying telling stating adding writing".split())
_BE_FORMS = frozenset("was is were are been being".split())
_OWNER_PREPOSITIONS = frozenset("for of to at from with".split())
_INDEFINITE_ROLE = re.compile(r"[ \t]*(?:an?|one|two|three|several|some|other)[ \t]")


def _quoted_as(text: str, toks: list[tuple[str, int, int]], people: People, anchor: int,
               before: bool) -> Attribution | None:
    """English wire copy's “X quoted Y as saying”: “…,” IRNA quoted Ahmed Ali as saying. /
    “…,” Ahmed Ali was quoted as saying by IRNA. / “…,” state media quoted him as saying. /
    Reuters quoted Ahmed Ali as saying, “…”: the one quoted speaks, not the medium. None
    when the words are no such report (``before``: the words before a quotation, which
    must end with “as saying” and a comma, a colon or “that”)."""
    words = [_low(t[0]) for t in toks]
    k = next((i for i, w in enumerate(words[:16]) if w in _QUOTED_BY), -1)
    if k < 1 or any(w in EN_VERBS for w in words[:k]):
        return None  # (“…,” Tom Vale said, adding that he was quoted as saying …: his)
    a = next((j for j in range(k + 1, min(len(words) - 1, k + 10))
              if words[j] == "as" and words[j + 1] in _AS_DOING), -1)
    if a < 0 or (before and not all(w in (",", ":", "that") for w in words[a + 2 :])):
        return None
    cue = text[toks[0][1] : toks[a + 1][2]]
    phrase = Phrase()
    if a == k + 1 or words[k + 1] == "by":  # (passive: “Ahmed Ali was quoted (by IRNA) as”)
        be = k - 1 if words[k - 1] in _BE_FORMS else -1
        if be >= 1 and words[be] == "been" and words[be - 1] in ("has", "had", "have"):
            be -= 1
        if be < 1:
            return None
        lo, hi, alone = toks[0][1], toks[be][1], words[be - 1]
        if before:  # (the subject ends before “was”; where it starts, parse_backward says)
            phrase = parse_backward(text, toks[be][1], toks[0][1])
            lo = phrase.start
    else:  # (active: “IRNA quoted Foreign Minister Ahmed Ali as saying”)
        lo, hi = toks[k][2], toks[a][1]
        alone = words[k + 1] if a == k + 2 else ""
    if alone in _GENDERED:
        return _pronoun(people, anchor, cue)  # (“quoted him as saying”, “he was quoted”)
    if not phrase.name:
        phrase = parse_forward(text, lo, hi, people.words)
    if not phrase.name and phrase.role and _INDEFINITE_ROLE.match(text, lo, hi):
        return Attribution(cue=cue, explicit=True)  # (“quoted a senior official as saying”)
    if phrase.name and (phrase.name.endswith(POSSESSIVE) or (
            phrase.role and phrase.role.split()[-1].lower() in _OWNER_PREPOSITIONS)):
        # “quoted a spokeswoman for Vale as saying”, “A lawyer for Vale was quoted as
        # saying”, “quoted Vale's lawyer as saying”: somebody of the name's, unnamed
        return Attribution(cue=cue, explicit=True)
    if not phrase.name or phrase.end < text.rfind(" ", lo, hi):
        return None  # (not one name filling the slot: “quoted a source close to him”)
    return _resolve(people, phrase, anchor, cue)


# an answer's verb (“jawabnya”, “she replied”): its speaker is not the one who asked
_ANSWER_WORDS = frozenset("jawabnya jawab replied replies answered answers responded".split())
# a question's cue right after it (“…?” tanya Rina. / “…?” Rowe asked him.): the asker, and
# whom the question was put to when written
_QUESTION_CUE = re.compile(
    r"\?[”\"][ \t]*(?:(?:tanya|asked)[ \t]+([A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,3})"
    r"|([A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,3})[ \t]+(?:asked|asks)"
    r"(?:[ \t]+(him|her|[A-Z][\w’'.-]*))?)")


def _answerer(people: People, pos: int, cue: str, who: str, gender: str
              ) -> tuple[str, int] | None:
    """For a pronoun cue that answers the question just before (“…?” tanya Rina. “…,”
    jawabnya. / “…?” Rowe asked him. “…,” he said.), when the pronoun's pick is the one
    who asked: the last other person of the pronoun's gender the article named before the
    question, and where. Only an answer's verb or a question put to somebody says so: a
    speaker's own question (“Who will pay?” Kerr asked. “Not us,” she said.) goes on
    being theirs. None when nothing changes."""
    text = people.text
    lo = max(0, pos - 400)
    at = max(text.rfind("?”", lo, pos), text.rfind('?"', lo, pos))
    if at < 0 and _ANSWER_WORDS & set(cue.lower().split()):
        return _asked_one(people, pos, who, gender)
    if at < 0 or "“" in text[at + 2 : pos] or '"' in text[at + 2 : pos]:
        return None  # (no question, or another quotation between)
    m = _QUESTION_CUE.match(text, at)
    if not m:
        return None
    put_to = bool(m.group(3))
    if not put_to and not _ANSWER_WORDS & set(cue.lower().split()):
        return None
    asker = people.known((m.group(1) or m.group(2)).split()[-1].rstrip("."), m.start())
    if not asker or people.canonical(asker) != people.canonical(who):
        return None
    for k in range(bisect.bisect_left(people.mention_pos, at) - 1, -1, -1):
        named = people.mention_who[k]
        if (people.canonical(named) != people.canonical(who) and not people.is_body(named)
                and people._fits(people.canonical(named), gender)):
            return people.canonical(named), people.mention_pos[k]
    return None


# a question told, not quoted, and whom it was put to (“Andi bertanya kepada Budi soal …”,
# “Andi menanyakan proyek itu kepada Budi”, “Lee asked Vale about …”): the one named next
_TOLD_QUESTION = re.compile(
    r"\b(?:(?:bertanya|menanyakan|mempertanyakan)\b[^.?!“”\"\n]{0,80}?\b(?:kepada|pada)"
    r"|(?<!was )(?<!were )(?<!been )(?<!being )(?<!is )(?<!be )asked)[ \t]+")


def _asked_one(people: People, pos: int, who: str, gender: str) -> tuple[str, int] | None:
    """For an answer's pronoun cue (“jawabnya”, “she replied”) after a question told in the
    sentence before the quotation (“Andi Pratama bertanya kepada Budi Santoso soal proyek
    itu. “Sudah selesai,” jawabnya.”), when the pronoun's pick is not the one asked: the
    person named right after “kepada” / “asked” (within 60 characters, past nothing but an
    office's words), and where. None when no such question, or the asked one is the pick."""
    text = people.text
    lo = max(0, pos - 300)
    stop = max(text.rfind("”", lo, pos), text.rfind('"', lo, pos), text.rfind("\n\n", lo, pos))
    found = None
    for m in _TOLD_QUESTION.finditer(text, max(lo, stop + 1), pos):
        found = m  # (the last question told before the quotation)
    if found is None:
        return None
    k = bisect.bisect_left(people.mention_pos, found.end())
    if k == len(people.mention_pos) or people.mention_pos[k] > min(pos, found.end() + 60):
        return None
    if not all(w[0].isupper() or w in ROLE_WORDS
               for w in _LETTERS_RE.findall(text[found.end() : people.mention_pos[k]])):
        return None  # (“asked whether Ann Lee …”: not whom the question was put to)
    named = people.canonical(people.mention_who[k])
    if (named == people.canonical(who) or people.is_body(named)
            or not people._fits(named, gender)):
        return None
    if not found.group().rstrip().endswith("asked") and people.no_person(named):
        return None  # (“bertanya pada Rapat Paripurna soal …”: “pada” is when or where too)
    return named, people.mention_pos[k]


# what may open a sentence before the handle that is its subject (“Pengguna Twitter @ana
# mengeluh …”, “Seorang warganet, @ana, menulis …”, “Pemilik akun @ana mengunggah …”)
_HANDLE_OPENERS = frozenset(
    "pengguna akun warganet netizen pemilik seorang salah satu dengan resmi media sosial "
    "medsos".split())
_SENTENCE_STOP = re.compile(r"[.!?][ \t]+(?=[A-Z])")
_HANDLE_IN = re.compile(r"(?<![\w@])@[A-Za-z0-9_.]*[A-Za-z0-9_]")


def _handle_subject(text: str, lo: int, pos: int) -> tuple[str, int] | None:
    """The last handle written in text[lo:pos] as its sentence's subject or as the agent
    of a passive (“Pengguna Twitter @ana mengeluhkan macet itu. “…,” cuitnya.”, “Hal yang
    sama diungkap akun @ana. “…,” ujarnya.”), and where; None when there is none (“Polisi
    memeriksa pemilik akun @ana.”: the account is the object)."""
    found = None
    for m in _HANDLE_IN.finditer(text, lo, pos):
        floor = max(0, m.start() - 120)
        start = max(floor - 1, *(text.rfind(ch, floor, m.start()) for ch in "\n“”\""))
        for stop in _SENTENCE_STOP.finditer(text, max(floor, start + 1), m.start()):
            start = stop.start()  # (not “… kuliah luring! @ana”: an account's name)
        words = text[start + 1 : m.start()].replace(",", " ").split()
        k = len(words)
        while k and (words[k - 1].lower() in _HANDLE_OPENERS or (
                k >= 2 and words[k - 1][:1].isupper() and words[k - 2].lower() in _HANDLE_OPENERS)):
            k -= 1  # (“akun TikTok”, “pengguna X”: the platform's name; not a person's
            # name before their handle: “Budi Santoso @budi menulis …” is Budi)
        if k == 0 or ((words[k - 1] in ("oleh", "dari") or (
                words[k - 1].startswith("di") and len(words[k - 1]) > 4
                and words[k - 1].islower()))
                and k <= 5 and not any(w[:1].isupper() for w in words[1 : k - 1])
                and not any(w.lower() in ID_SUBJECT_VERBS or w.lower() in SUBORDINATORS
                            for w in words[: k - 1])):
            # (the agent of a sentence that opens with its passive verb's object: not
            # “Budi mengatakan video itu diunggah akun @ana”, a clause Budi reports, nor
            # “Video itu viral setelah diunggah akun @ana”, a clause of its own)
            found = (m.group(), m.start())
    return found


# “…,” a source close to the star told Us. / “…,” a person familiar with the talks said.:
# somebody unnamed, described by whom they are close to (not that one).
_UNNAMED_CLOSE_TO = re.compile(
    r"(?:[Aa]n?|[Oo]ne|[Aa]nother)[ \t]+(?:source|insider|person|friend|pal|confidant)s?[ \t]+"
    r"(?:close[ \t]+to|familiar[ \t]+with|with[ \t]+knowledge[ \t]+of|connected[ \t]+to)\b"
    r"[^.!?;“”\"]{0,80}?\b(?:" + "|".join(sorted(EN_VERBS, key=len, reverse=True)) + r")\b")


# Present-tense English speech verbs also read as nouns or other verbs (“Badenoch's
# Partygate remarks”): speech verbs only straight after a quotation, before a name or
# “the” (“…,” comments Robin Biesbroek of the CDF.), read as their past tense.
_INVERTED_VERBS = {
    "comments": "commented", "observes": "observed", "remarks": "remarked",
    "announces": "announced", "responds": "responded", "confirms": "confirmed",
    "emphasises": "emphasised", "emphasizes": "emphasized", "testifies": "testified",
    "bemoans": "bemoaned", "shouts": "shouted", "yells": "yelled", "tweets": "tweeted",
    "counters": "countered", "predicts": "predicted",
    # (whose past tense is no speech verb anywhere else: read as “said” here only)
    "asserts": "said", "interrupts": "said", "marvels": "said", "reflects": "said",
    "demands": "said",
}


#: an aside between dashes (or spaced hyphens) right after a closing mark or the name after
#: it: “…,” – speaking on Monday – Lopez said. / “…,” Lopez – who took office last year – said.
_ASIDE_AFTER = re.compile(
    r"[ \t](?:[—–]|--?)[ \t](?:(?!--?[ \t])[^—–.!?;:\n\"“”])*?[^—–.!?;:\n\"“” \t][ \t]"
    r"(?:[—–]|--?)[ \t]")


#: after a closing mark, a full stop, then a capitalised word and at most a few more before
#: the sentence ends (“”. Katanya”, “”. Ujar Bupati”): a cue cut off by a stray stop
_STOP_THEN_CUE = re.compile(
    r"[ \t]*\.[ \t]+([A-Za-z][a-z]+)(?:[ \t]+[A-Z][\w.]*){0,3}[ \t]*(?:[.\n]|$)")
#: after a speech verb, somebody one of many and unnamed (“kata seorang warga”, “tulis salah
#: satu netizen”, “ujar salah seorang pedagang”, “komentar lainnya”, “kata pedagang lain”:
#: another of the trade, not the one the article named with it)
_ID_UNNAMED = re.compile(
    r"(?:seorang|salah[ \t]+(?:satu|seorang)(?:[ \t]+dari)?|sejumlah|beberapa|para|sebagian)"
    r"[ \t]+[a-z]"
    r"|(?:[a-z]+[ \t]+)?lain(?:nya)?\b")
#: nouns for what an online reader wrote, standing where a speech verb would
_COMMENT_NOUNS = frozenset("komentar cuitan".split())
_OTHER_ONE = re.compile(r"[ \t]+(?:[a-z]+[ \t]+)?lain(?:nya)?\b")
#: a comma then a capitalised name: “kata seorang warga, Budi Santoso”
_NAME_AFTER_COMMA = re.compile(r",[ \t]*[A-Z][a-z]")
_NAMED_AS = re.compile(r"\b(?:bernama|berinisial)[ \t]+(?=[A-Z])")
#: a subject of many or of others right before the verb: “Para pengungsi (juga) berteriak”,
#: “Sebagian warga mengaku”, “Warga lain mengatakan”
_ID_UNNAMED_SUBJECT = re.compile(
    r"(?<![\w-])(?:(?:[Pp]ara|[Ss]ebagian|[Bb]eberapa|[Ss]ejumlah)[ \t]+[a-z]+"
    r"|[A-Za-z][a-z]+[ \t]+lain(?:nya)?)[ \t]+(?:(?:juga|pun|lalu|kemudian)[ \t]+)?$")
#: lower-case words that may follow a speech verb whose subject was left out (“ucap saat
#: ditemui”), and the marks that end it (“….” Jelas)
_DROPPED_SUBJECT_NEXT = frozenset(". , ; saat ketika usai seusai sambil kepada".split())


def _post_verb(word: str) -> bool:
    """An Indonesian speech verb written after the quotation, alone or with “-nya”."""
    low = word.lower()
    return low in ID_POST_VERBS or (
        low.endswith(ID_NYA_SUFFIX) and low[: -len(ID_NYA_SUFFIX)] in ID_POST_VERBS)


_CITING = re.compile(r",[ \t]+(?:citing|quoting)[ \t]+")
_REPORTED = re.compile(r"\b(?:reported|reports|reporting)\b")


_SOURCE_WORDS = ROLE_WORDS | UNNAMED_WORDS | PERSON_NOUNS


def _cites_no_source(text: str, lo: int, hi: int) -> bool:
    """Do the words after “citing” (lo) up to a preposition name no source, only data or
    a paper (“figures from March”, “a survey of members”; not “two officials”, “a
    witness”)?"""
    for word in _LETTERS_RE.findall(text, lo, min(hi, lo + 60))[:6]:
        low = word.lower()
        if low in _PREPOSITION_WORDS:
            break
        if low in _SOURCE_WORDS or (low.endswith("s") and low[:-1] in _SOURCE_WORDS):
            return False
    return True


#: “According to” opening a sentence, its source, a comma and the sentence going on
_ACCORDING_OPENS = re.compile(r"[ \t]*According[ \t]+to[ \t]+[^.!?\n“”\"]{1,120}?,[ \t]+\w")


def after_quote(text: str, pos: int, hi: int, people: People, anchor: int) -> Attribution:
    """Attribution in the words following a closing mark, up to the end of the sentence."""
    if (text[pos - 2 : pos - 1] in (".", "!", "?") and "According" in text[pos : pos + 12]
            and _ACCORDING_OPENS.match(text, pos, hi)):
        # “We will review every contract.” According to the audit office, the agency
        # overspent.: a full stop closed the quotation; “According to” opens the next
        # sentence and cites the source of that one, not of the quotation
        return Attribution()
    found = _after_quote(text, pos, hi, people, anchor)
    if found.speaker and found.how in ("name", "short", "body"):
        citing = _CITING.search(text, pos, min(hi, pos + 80))
        if citing and not any(ch in ".!?;\n\"“”" for ch in text[pos + 1 : citing.start()]) and (
                _REPORTED.search(text, pos, citing.start())):
            # “…,” Haaretz reported, citing an Israeli military spokeswoman.: the one cited
            # said it (nobody named, or the name after “citing”), not the outlet
            stop = sentence_end(text, citing.end(), hi)
            phrase = parse_forward(text, citing.end(), stop, people.words)
            cue = text[citing.start() + 1 : phrase.end if phrase.end > 0 else citing.end()]
            if phrase.name or phrase.role:
                return _resolve(people, phrase, anchor, cue.strip())
            if _cites_no_source(text, citing.end(), stop) and found.how != "body" and (
                    " " in found.speaker and not people.is_body(found.speaker)):
                # “…,” Tom Vale reported to the board, citing figures from March.: a
                # person who reports what data or a paper say speaks (an outlet, or one
                # who cites a source, “citing two officials”, passes the words on)
                return found
            return Attribution(cue=cue.strip(), explicit=True)
    if not (found.speaker or found.explicit):
        stray = _STOP_THEN_CUE.match(text, pos, hi)
        if stray and _post_verb(stray.group(1)) and detect_language(people.text) != "en":
            # “…”. Katanya / “…”. Ujar Bupati: a full stop the writer put between the
            # quotation and its cue (which then ends its sentence): read as if not there
            dot = text.find(".", pos, stray.start(1))
            bare = text[:dot] + " " + text[dot + 1 :]
            found = _after_quote(bare, pos, hi, people, anchor)
    if not (found.speaker or found.explicit):
        aside = _ASIDE_AFTER.search(text, pos, min(hi, pos + 260))
        if aside and aside.start() - pos <= 40 and not any(
                c in ".!?;:\n" for c in text[pos : aside.start()]) and \
                aside.end() - aside.start() >= 8:
            # read as if the aside were not there (blanks keep every offset)
            bare = text[: aside.start()] + " " * (aside.end() - aside.start()) + text[aside.end():]
            again = _after_quote(bare, pos, hi, people, anchor)
            if again.speaker:
                return replace(again, cue=" ".join(again.cue.split()))
    if not found.speaker:
        aged = _AGED.match(text, pos, hi)
        if aged and (aged["verb"] or aged["after"]) and detect_language(people.text) == "en":
            return _aged_speaker(text, aged, anchor, people)  # “…,” the 35-year-old said.
        parent = _PARENT.match(text, pos, hi)
        if parent and (parent["verb"] or parent["after"]) and (
                detect_language(people.text) == "en"):
            # “…,” says the mother of four. / “…,” the father-of-two said.
            return _the_one_just_told(text, anchor, people,
                                      _AGED_GENDER.get(parent["noun"], ""),
                                      parent.group().strip())
    if found.speaker and found.how in ("name", "short", "role"):
        via = _through(text, pos, hi, people, found.speaker)
        if via:
            # (and the cue's event is theirs: the next “jelasnya” is the one quoted)
            people.retell(pos, via[1], found.speaker, via[0])
            return replace(found, speaker=via[0], role=people.roles.get(via[0], ""),
                           source=via[1])
    if found.speaker or found.explicit:
        return found
    statement = _STATEMENT_LEAD.match(text, pos, hi)
    if statement:
        # “…,” demikian pernyataan resmi kementerian.: the body of that kind named last;
        # “…,” demikian bunyi amar putusan tersebut. / “…,” begitu isi dokumen itu.: a
        # document, or an owner the article does not name: nobody, not the last speaker
        toks = tokens(text, statement.start(1), sentence_end(text, statement.start(1), hi))
        after = next((t[0].lower() for t in toks if t[1] >= statement.end(1)), "")
        if after in _DEMONSTRATIVES or after in _STATEMENT_WORDS:
            return found  # (“demikian pernyataan tersebut”: the statement just named, whose
            # owner the sentences before tell)
        if any(toks[k][0] == "," and is_cap(toks[k + 1][0])
               and toks[k + 1][0].lower() not in NOT_NAME_WORDS for k in range(len(toks) - 1)):
            return found  # (“bunyi pernyataan pihak kepolisian, Guardia Civil.”: named after
            # a comma, as the sentences around may tell)
        found = _body_after_verb(text, toks, statement.start(1), toks[-1][2], people, anchor)
        if found.speaker:
            return found
        return Attribution(cue=statement.group(1), explicit=True)
    if not found.explicit:
        return _unread_subject(text, pos, hi, people)
    return found


_THROUGH = re.compile(r"[ \t,]melalui[ \t]+")


def _through(text: str, pos: int, hi: int, people: People, who: str) -> tuple[str, int] | None:
    """“…,” ujar Kepala Dinas Perhubungan, Yuliarso, melalui Kepala UPT Parkir, Radinal.:
    the head speaks through the one named after “melalui”, who is the one quoted: that
    person and where, when the cast names a person (not ``who``) within 80 characters
    after “melalui”, in the sentence of the cue (“melalui keterangan tertulis”: nobody)."""
    end = sentence_end(text, pos, hi)
    m = _THROUGH.search(text, pos, min(end, pos + 120))
    if m is None:
        return None
    i = bisect.bisect_left(people.mention_pos, m.end())
    while i < len(people.mention_pos) and people.mention_pos[i] < min(end, m.end() + 80):
        named, at = people.mention_who[i], people.mention_pos[i]
        gap = _LETTERS_RE.findall(text[m.end() : at])
        plain = [w for w in gap if w.islower() and w not in ROLE_WORDS]
        if not gap or gap[0].lower() not in ROLE_WORDS or len(plain) > 2 or set(
                plain) & _NOT_OFFICE_WORDS:
            return None  # (“melalui keterangan tertulis yang diterima …”: no office; an
            # office's own lower-case words pass: “juru bicara dinas”)
        if named != who and not people.is_body(named):
            return named, at
        i += 1
    return None


_LETTERS_RE = re.compile(r"[^\W\d_]+")
_NOT_OFFICE_WORDS = frozenset("yang kepada di ke dari untuk dan oleh dengan pada".split())


# whose relative or whose office, then the one named: “said her mother, Shatha Aziz”,
# “said Mhaouek’s lawyer in Canada, Andrew Barbacki”, “her husband, John, said”
_RELATION = re.compile(
    r"(?:[Hh]is|[Hh]er|[Tt]heir|(?:[Tt]he[ \t]+)?[\w.-]+(?:[ \t]+[A-Z][\w.-]*){0,3}[’']s)[ \t]+"
    r"(?:[a-z][\w-]*[ \t]+){0,2}?([a-z][\w-]*)"
    r"(?:[ \t]+(?:in|at|for|from)[ \t]+(?:the[ \t]+)?[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,3})?"
    r",?[ \t]+(?=[A-Z])")
#: titles before a possessive (“Mr. Vale's spokesman”): the gendered ones and a few more
_OWNER_TITLES = frozenset(TITLE_GENDER) | frozenset("Dr Prof Sen Rep Gov Gen Lord".split())
_THUS = ("demikian", "begitu")  # (“…,” demikian kata Budi. / “…,” demikian Budi.)
# “…” Hal itu disampaikan …: the words just quoted, named as a thing said
_THAT_THING = frozenset("hal pernyataan ucapan penegasan penjelasan keterangan".split())
_THIS_THAT = frozenset("itu ini tersebut".split())
_RELATION_WORDS = EN_KIN_WORDS | frozenset(
    "partner fiancé fiance fiancée fiancee girlfriend boyfriend widow widower stepmother "
    "stepfather grandson granddaughter sibling friend neighbour neighbor".split())


def _relation_then_name(text: str, pos: int, stop: int, people: People) -> Phrase | None:
    """At ``pos`` (English): somebody's relative or office (“her mother”, “Mhaouek’s lawyer
    in Canada”) and the name that follows it, with or without a comma; None when no name
    follows (“said her mother.”: an unnamed relative) or the words are something else."""
    m = _RELATION.match(text, pos, stop)
    if not m or not (m[1] in _RELATION_WORDS or m[1] in ROLE_WORDS):
        return None
    phrase = parse_forward(text, m.end(), stop, people.words)
    if not phrase.name or phrase.role or phrase.name.endswith(POSSESSIVE):
        return None
    if people.is_body(phrase.name):
        return None
    return Phrase(phrase.name, text[pos : m.end()].strip(" ,"), pos, phrase.end)


# a statement's lead and its noun after a closing mark (“…,” demikian pernyataan …,
# “…,” begitu kesimpulan …, “…,” bunyi keterangan …)
_STATEMENT_LEAD = re.compile(
    r"[,.]?[ \t]*((?:[Dd]emikian|[Bb]egitu|[Bb]unyi)[ \t]+(?:bunyi[ \t]+|isi[ \t]+)?"
    r"(?:pernyataan|keterangan|kesimpulan|penjelasan|rilis|siaran|isi|bunyi|amar))\b")


def _after_quote(text: str, pos: int, hi: int, people: People, anchor: int) -> Attribution:
    if (0 < pos < hi and text[pos] in _CLOSING and text[pos - 1] in _CLOSING
            and (pos + 1 == hi or not text[pos + 1].isalnum())):
        pos += 1  # (a doubled closing ’’ or '': the cue starts after its second mark; not
        # the next quotation's opening glued on: “The Indispensables,""Beyond Valor,"”)
    lead = _LEAD.match(text, pos, hi)
    pos = lead.end() if lead else pos
    stop = sentence_end(text, pos, hi)
    mark = _MARK_AFTER_BLANK.search(text, pos + 1, stop)  # (another quotation opening)
    if mark:
        stop = mark.start()
    toks = tokens(text, pos, stop)
    if not toks:
        return Attribution()
    unnamed = _UNNAMED_CLOSE_TO.match(text, pos, stop)
    if unnamed:
        return Attribution(cue=unnamed.group(), explicit=True)
    owned = _OWNED_PAPER_AFTER.match(text, pos, stop) if (
        "'" in text[pos:stop] or "’" in text[pos:stop]) else None
    if owned is not None and detect_language(people.text) == "en":
        # “…,” Fontaine's statement reads. / “…,” Acme’s letter said.: whose paper it is
        phrase = parse_forward(text, owned.start("n"), owned.end("n"), people.words)
        if phrase.name and not phrase.role:
            paper_owner = _resolve(people, phrase, anchor, owned.group().strip())
            if paper_owner.speaker:
                return paper_owner
        elif people.is_body(owned["n"]) and not any(
                w.lower() in GEO_WORDS for w in owned["n"].split()):
            # (“…,” Acme Corp’s statement said.; not a country's or a place's, “Kenya's
            # statement said”: whose government, the words do not tell)
            return Attribution(people.canonical(owned["n"]), "", owned.group().strip(), True,
                               0.8, "body")
    if ("quoted" in text[pos:stop] or "cited" in text[pos:stop]) and (
            detect_language(people.text) == "en"):
        reported = _quoted_as(text, toks, people, anchor, False)
        if reported is not None:  # “…,” IRNA quoted Ahmed Ali as saying.
            return reported
    first, _a, first_end = toks[0]
    low = _low(first)
    nxt = _low(toks[1][0]) if len(toks) > 1 else ""
    if (low in _THUS and (nxt in ID_POST_VERBS or nxt == "bunyi")
            and detect_language(people.text) != "en"
            and not text[first_end : toks[1][1]].strip()):
        # “…,” demikian kata Budi. / “…,” demikian bunyi Pasal 2 aturan itu.: the verb's
        # reading (“kata Budi”: Budi; “bunyi Pasal 2”: a document, nobody)
        return _after_quote(text, toks[1][1], hi, people, anchor)
    if (low in _THAT_THING and nxt in _THIS_THAT and len(toks) > 3
            and detect_language(people.text) != "en"):
        j = 3 if toks[2][0].lower() in ("juga", "pun") else 2
        passive = toks[j][0].lower()
        if passive.endswith("nya") and passive[:-3] in ID_PASSIVE_VERBS:
            # “…” Pernyataan itu disampaikannya …: the one a “katanya” would be
            return _pronoun(people, anchor, text[pos : toks[j][2]])
        if passive in ID_PASSIVE_VERBS:
            # “…” Hal itu disampaikan (oleh) Kepala BNPB Suharyanto di Jakarta.: the agent
            # spoke, as in “demikian disampaikan …”
            k = j + 2 if j + 1 < len(toks) and toks[j + 1][0] == "oleh" else j + 1
            phrase = parse_forward(text, toks[k - 1][2], stop, people.words) if (
                k < len(toks) and is_cap(toks[k][0])) else Phrase()  # (not “disampaikan
            # kepada Presiden”: to whom)
            if phrase.name or phrase.role:
                return _resolve(people, phrase, anchor, text[pos : phrase.end].strip())
    if (low not in _PRONOUN_WORDS and low != "it" and len(toks) > 2
            and detect_language(people.text) == "en"):
        kind = _KIND_THEN_BODY[low in EN_VERBS].match(text, pos, stop)
        if kind:
            # “…,” rights group Amnesty International said. / “…,” said the campaign group
            # Save Our River.: the body the noun before it says what kind of
            body = kind["body"]
            if body.endswith(".") and body[-2:-1].islower():
                body = body[:-1]  # (the sentence's full stop)
            return Attribution(people.canonical(body), "", kind.group().strip(), True, 0.8,
                               "body")
        state = _state_body_after(text, pos, stop, low in EN_VERBS)
        if state is not None:
            return Attribution(state["body"], "", state.group().strip(), True, 0.8, "body")
    if low in EN_VERBS and nxt in _ARTICLE_LEADS and detect_language(people.text) == "en":
        so_named = _described_name(text, toks, 1, stop, people, anchor, pos)
        if so_named is not None:  # “…,” said a visibly shaken Tom Vale.
            return so_named
    if (low in _UNNAMED_LEADS or (low in EN_VERBS and nxt in _UNNAMED_LEADS)) and (
            detect_language(people.text) == "en"):
        found = _unnamed_after(text, toks, pos, stop, people, anchor)
        if found is not None:
            return found
    if low == "bunyi" and nxt in DOCUMENT_WORDS:
        # “…,” bunyi deklarasi tersebut. / “…,” bunyi UU itu.: a document is quoted,
        # nobody speaks (not whoever the sentences before name)
        return Attribution(cue=text[pos : toks[1][2]], explicit=True)
    if low in _STATEMENT_LEADS:
        found = _statement_of(text, toks, pos, stop, people, anchor)
        if found.speaker or found.explicit:
            return found

    read = _READ_FROM.match(text, pos, stop) if low in ("read", "reads") else None
    if read:  # “…,” reads a post from Ann Leeds's Facebook account.: whose post it is
        found = _written_by(text, read.end(), stop, people, anchor, text[pos : read.end()])
        if found.speaker or found.explicit:
            return found
    if (low in EN_VERBS or low in _PAPER_VERBS_EN) and nxt in _DETERMINERS:
        paper = _PAPER_AFTER_VERB.match(text, first_end, stop)
        if paper:
            # “…,” said a statement from the ministry. / “…,” read the statement.: a
            # paper is quoted; whose it is, where the words after it or before it tell
            return _paper_of(text, paper, pos, stop, people, anchor)
    if low in _INVERTED_VERBS and len(toks) > 1 and (nxt == "the" or is_cap(toks[1][0])):
        low = _INVERTED_VERBS[low]  # “…,” comments Robin Biesbroek: as “commented”
    elif low in EN_QUOTE_VERBS:
        low = "said"  # “…,” mentioned Renuke Coswatte: right after the quotation
    elif (low in EN_COLOUR_VERBS and len(toks) > 1 and is_cap(toks[1][0])
          and _colour_cue(text, first_end, stop, anchor)):
        low = "said"  # “…,” speculates Dan Ott, 55, a management consultant.
    elif (_PARTICLE_VERBS.get(low) == nxt and len(toks) > 2 and is_cap(toks[2][0])
          and not text[toks[1][2] : toks[2][1]].strip()
          and detect_language(people.text) == "en"
          and _colour_cue(text, toks[1][2], stop, anchor)):
        # “…,” pointed out Tom Vale. / “…,” shot back Ann Kerr.: a verb of two words
        toks = [(f"{first} {toks[1][0]}", toks[0][1], toks[1][2]), *toks[2:]]
        first, first_end, low, nxt = toks[0][0], toks[0][2], "said", _low(toks[1][0])
    if low in _PRONOUN_WORDS and (nxt in EN_QUOTE_VERBS or (
            (nxt in EN_COLOUR_VERBS or (len(toks) > 2 and _PARTICLE_VERBS.get(nxt) == toks[2][0]))
            and len(toks) <= (3 if nxt in EN_COLOUR_VERBS else 4)
            and all(t[0] in ".,;!?" for t in toks[(2 if nxt in EN_COLOUR_VERBS else 3):]))):
        nxt = "said"  # “…,” he reiterated. / “…,” she pointed out. / “…,” he sighed.
    if low in _MEDIUM_VERBS:
        medium = _medium_after(text, first_end, stop, anchor)
        if medium is not None:
            return medium
    if (first.islower() and low not in ID_POST_VERBS and low not in EN_VERBS
            and low not in _PREPOSITION_WORDS and detect_language(people.text) != "en"):
        handle = HANDLE_AFTER.match(text, first_end, stop)
        if handle and not handle.group(2) and _HANDLE_ENDS.match(text, handle.end(), stop):
            # “…,” doa @fallingyu. / prediksi @ekayuliAji / komentar @SiswantoGP: a handle
            # right after the one word after the quotation is who wrote it, whatever the word
            return Attribution(handle.group(1), "", text[pos : handle.end()], True, 0.8,
                               "name")
    if low in _COMMENT_NOUNS and _OTHER_ONE.match(text, first_end, stop) and (
            detect_language(people.text) != "en"):
        # “…,” komentar lainnya. / komentar netizen lainnya: another comment, nobody named
        return Attribution(cue=text[pos:stop].rstrip(" .,;"), explicit=True)
    if low in ID_POST_VERBS or low in EN_VERBS:
        handle = HANDLE_AFTER.match(text, first_end, stop)
        if handle:
            # “…,” kata @strootsys. / “…,” tulis akun Instagram @davidherson_off: the
            # account speaks (a handle is no word of the article, so no name is read);
            # one written masked (“tulis akun @yan****”) is somebody unnamed
            if handle.group(2):
                return Attribution(cue=text[pos : handle.end()], explicit=True)
            return Attribution(handle.group(1), "", text[pos : handle.end()], True, 0.8,
                               "name")
        if (low in ID_POST_VERBS and len(toks) > 1 and _ID_UNNAMED.match(text, toks[1][1], stop)
                and not _NAME_AFTER_COMMA.search(text, toks[1][1], stop)
                and detect_language(people.text) != "en"):
            # “…,” kata seorang warga. / tulis salah satu netizen / ujar salah seorang
            # pedagang / komentar lainnya: somebody unnamed (not the one who spoke before;
            # “kata seorang warga, Budi Santoso” names them, read below)
            named = _NAMED_AS.search(text, toks[1][1], stop)
            phrase = parse_forward(text, named.end(), stop, people.words) if named else Phrase()
            if phrase.name:  # “kata seorang ibu bernama Siti Aminah”: the one so named
                return _resolve(people, phrase, anchor, text[pos : phrase.end])
            return Attribution(cue=text[pos:stop].rstrip(" .,;"), explicit=True)
        if (low in ID_POST_VERBS and (len(toks) == 1 or toks[1][0] in _DROPPED_SUBJECT_NEXT)
                and text[first_end : first_end + 1] in ("", " ", "\t", "\n", ".", ",", ";")
                and detect_language(people.text) != "en"):
            # “…,” ucap saat ditemui di lokasi. / “….” Jelas: the verb with its subject left
            # out, as “ucapnya” (a scraper's or a writer's slip): the one a pronoun points to
            return _pronoun(people, anchor, first)
        if (nxt in _PRONOUN_WORDS or (nxt == "it" and low in EN_VERBS)) and not (
                toks[1][0] in ("I", "Ni") and len(toks) > 2 and toks[2][0] in BALINESE_SECOND):
            # (not “kata I Wayan Koster”, “ujar Ni Luh Putu …”: a Balinese name's first word)
            return _pronoun(people, anchor, f"{first} {toks[1][0]}")
        if nxt in _DESCRIBED_PERSONS and any(t[0].lower() in _DEMONSTRATIVES for t in toks[2:]):
            return _described_person(people, anchor, text[pos : toks[-1][2]], nxt)
        if (nxt in _PARENTS and len(toks) > 4 and _COUNT_WORD.fullmatch(toks[2][0].lower())
                and toks[3][0].lower() in _CHILDREN and toks[4][0].lower() in _DEMONSTRATIVES
                and low in ID_POST_VERBS):
            # “…,” ucap ayah dua anak itu. / “…,” kata ibu tiga anak tersebut.: the one the
            # article was just about, described as a parent (as “kata pria itu”)
            return _described_person(people, anchor, text[pos : toks[4][2]], _PARENTS[nxt])
        if low in ID_POST_VERBS and (nxt == "sang" or nxt.endswith("nya")):
            kin = _KIN_CUE.match(text, toks[1][1], stop)
            if kin:
                return _kin_named(text, people, anchor, kin)
        if nxt in DOCUMENT_WORDS and low in ID_POST_VERBS:
            # “…,” tulis Pasal 2 aturan tersebut / “…,” bunyi UU itu: a document is quoted,
            # nobody speaks
            return Attribution(cue=text[pos : toks[1][2]], explicit=True)
        if nxt in _STATEMENT_NOUNS and low in ID_POST_VERBS:
            stated = _statement_owner(text, toks, stop, people)
            if stated.name:  # “…,” kata pernyataan Honda Team Asia.: whose statement
                return Attribution(stated.name, "", text[pos : stated.end], True, 0.7, "body",
                                   stated.start)
        related = (_relation_then_name(text, toks[1][1], stop, people)
                   if low in EN_VERBS and len(toks) > 1 else None)
        if related is not None:  # “…,” said her mother, Shatha Aziz.
            return _resolve(people, related, anchor, text[pos : related.end])
        phrase = parse_forward(text, first_end, stop, people.words)
        if low in EN_VERBS and phrase.name and " " not in phrase.name and not phrase.role:
            rest = tokens(text, phrase.end, stop)
            if (rest and rest[0][0].islower() and rest[0][0] in ROLE_WORDS
                    and (len(rest) == 1 or rest[1][0] in ".,;")):
                # “…” says Cedros councillor: a place's (or a body's) office, no name
                phrase = Phrase("", f"{phrase.name} {rest[0][0]}", phrase.start, rest[0][2])
        affiliated = _affiliated(people, phrase, anchor, text[pos : phrase.end], text,
                                 pos) if low in EN_VERBS else None
        if affiliated is not None:  # “…,” said the Spaniard.
            return affiliated
        if low in EN_VERBS and _epithet(text, phrase, pos):  # “…,” said the Airlift actor.
            return _resolve_epithet(people, phrase, anchor, text[pos : phrase.end], text)
        whose = _owner_words(phrase)
        if whose and low in EN_VERBS:
            # “…,” said Acme Networks managing director Tom Vale.: the body only says
            # whose director; the name after the role speaks (also a firm read as a role:
            # “…,” said Leeds Capital Ltd transport analyst Jo Reed.)
            rest = tokens(text, phrase.end, stop)
            owner = role_then_name(rest[:8]) if (
                rest and rest[0][0].islower() and rest[0][0] not in _TAIL_WORDS) else None
            if owner is not None and owner.name and owner.start == rest[0][1]:
                owner.role = f"{whose} {owner.role}"
                owner.start = phrase.start
                phrase = owner
            elif phrase.name:
                phrase = _past_descriptor(text, phrase, stop, people) or phrase
            else:
                body = Phrase(phrase.role, "", phrase.start, phrase.end)
                phrase = _past_descriptor(text, body, stop, people) or phrase
        elif low in EN_VERBS and phrase.role[:1].isupper() and phrase.role[-1:].isalpha():
            # (“said TV star Ann Kerr”, “said Labour grandee Tom Vale”: an acronym or a
            # party, read as a body's role)
            body = Phrase(phrase.role, "", phrase.start, phrase.end)
            phrase = _past_descriptor(text, body, stop, people) or phrase
        if phrase.name and phrase.role[:1].islower() and _POINTED.match(text, phrase.end):
            # “ungkap mahasiswa Desain Komunikasi Visual (DKV) ini”: what the one just
            # named studies or leads, pointed back at, not a name
            phrase = Phrase("", f"{phrase.role} {phrase.name}", phrase.start, phrase.end)
        if not (phrase.name or phrase.role) and low in ID_POST_VERBS:
            found = _body_after_verb(text, toks, pos, stop, people, anchor)
            if found.speaker:
                return found
        definite = not phrase.name and any(t[0].lower() in _DEMONSTRATIVES for t in toks[1:12])
        if not (phrase.name or phrase.role) and len(toks) > 1 and is_cap(toks[1][0]):
            # “kata Lalu”, “tutup Burhanuddin”: a short name that is also a common word
            known = people.known(toks[1][0], anchor)
            if known:
                phrase = Phrase(toks[1][0], "", toks[1][1], toks[1][2])
        cue = text[pos : phrase.end] if phrase.end > 0 else first
        if definite and phrase.role and not phrase.name:
            phrase.role += " tersebut"  # the one just introduced (“pelatih … tersebut”)
        return _resolve(people, phrase, anchor, cue, definite)
    if low.endswith(ID_NYA_SUFFIX) and low[: -len(ID_NYA_SUFFIX)] in ID_POST_VERBS:
        return _pronoun(people, anchor, first)
    if (low in _THUS and len(toks) > 1 and is_cap(toks[1][0])
            and nxt not in DOCUMENT_WORDS and nxt not in _STATEMENT_NOUNS
            and detect_language(people.text) != "en"):
        # “…,” demikian Budi.: “demikian kata Budi” with the verb left out (not “demikian
        # Pasal 2 …”, a document's words; “demikian pernyataan …”, read above)
        phrase = parse_forward(text, first_end, stop, people.words)
        then = _LETTERS_RE.match(text, phrase.end + 1) if phrase.name else None
        if phrase.name and (text[phrase.end : stop].lstrip(" \t")[:1] in ("", ",", ".", ";") or (
                text[phrase.end : phrase.end + 1] == " " and then is not None
                and (then.group().lower() in ID_SUBJECT_VERBS
                     or then.group().lower() in ID_POST_VERBS))):
            # (the name ends the sentence or its clause, or a speech verb follows it: not
            # “…!” Begitu Budi tiba, semua bergegas. — “as soon as Budi arrived”)
            return _resolve(people, phrase, anchor, text[pos : phrase.end])
    if low == "menurut" or (low == "according" and nxt == "to"):
        start = toks[1][2] if low == "according" else first_end
        return _according_to(text, toks, 2 if low == "according" else 1, start, stop, anchor,
                             people)
    if (first.islower() and nxt in _SPEECH_AFTER_SUBJECT and low not in _PRONOUN_WORDS
            and low != "it"):
        # “…,” prosecutors wrote. / “…,” officials said.: attributed, to nobody named
        return _resolve(people, Phrase("", first, toks[0][1], first_end), anchor,
                        f"{first} {toks[1][0]}")
    if low in _PRONOUN_WORDS and len(toks) > 2 and adverb_between(nxt, toks[1][0]):
        # “…,” he also said. / “…,” she later added.: past the adverbs to the verb
        m = next((i for i in range(2, len(toks)) if not adverb_between(toks[i][0].lower(),
                                                                  toks[i][0])), len(toks))
        if m < len(toks) and toks[m][0].lower() in _SPEECH_AFTER_SUBJECT:
            toks = [toks[0], *toks[m:]]
            nxt = _low(toks[1][0])
    if (low in _PRONOUN_WORDS or low == "it") and nxt in _SPEECH_AFTER_SUBJECT:
        if (first[:1].isupper() and _closed_sentence(text, pos) and len(toks) > 2
                and (toks[2][0].lower() not in _TAIL or _reports_that(toks[2:]))
                and not _told_listener(toks[1:])):
            return Attribution()  # “… from here.” She said it was a cover-up: a new sentence
        found = _pronoun(people, anchor, f"{first} {toks[1][0]}")
        if low == "it" and not found.speaker:
            found = _body_before(text, anchor, people, found)
        if nxt in ("asked", "asks") and found.speaker and low in _GENDERED:
            # issue class 5: “…?” she asked. in an interview is the one who asks, not the
            # one who last answered
            asker, at = _last_asker(text, anchor, people, _GENDERED[low])
            if asker and asker != found.speaker:
                return Attribution(asker, people.roles.get(asker, ""), found.cue, True, 0.6,
                                   "pronoun", at)
        if found.speaker and found.speaker == _addressee(text, toks, stop, people, anchor):
            # “…,” he told the king. / “…,” he shouted at the monarch.: the one spoken to
            # is not the one speaking; “he” is somebody the cast does not hold
            return Attribution(cue=found.cue, explicit=True)
        return found
    government = _GOVERNMENT_OF.match(text, pos, stop)
    if government and government[3].lower() in _SPEECH_AFTER_SUBJECT:
        # “…,” a statement from the government of India said. / “…,” the embassy of Japan
        # said.: that body, named as the text names it (no person of the cast)
        body = f"{government[1][:1].upper()}{government[1][1:]} of {government[2]}"
        return Attribution(body, "", text[pos : government.end(3)], True, 0.7, "body")
    statement = _STATEMENT_FROM.match(text, pos, stop)
    if statement:  # “…,” a statement from Microsoft said.
        phrase = parse_forward(text, statement.end() - 1, stop, people.words)
        if phrase.name or phrase.role:
            found = _resolve(people, phrase, anchor, text[pos : phrase.end])
            if found.speaker:
                return found
    apposed = _apposed_speaker(text, pos, stop, people, anchor)
    if apposed.speaker:
        return apposed
    the_statement = _THE_STATEMENT.match(text, pos, stop)
    if the_statement and detect_language(people.text) == "en":
        # “…,” the statement read.: whose statement the sentences before tell
        return _statement_owner_before(text, anchor, people, the_statement[1])
    described = _described_subject(toks)
    if described is not None:  # “…,” the outlook said. / “…,” the company said.
        verb = len(described.role.split()) + 1
        if first[:1].isupper() and _closed_sentence(text, pos) and _own_sentence(toks[verb:]):
            # “… on day one with a shovel.” The king insisted on continuing the visit: a
            # new sentence about the king, not the quotation's attribution
            return Attribution()
        cue_end = toks[verb][2]
        if toks[0][0].lower() in ("a", "an", "one", "another"):
            # “…,” a spokesperson said.: somebody unnamed, not the spokesperson the article
            # names elsewhere
            return Attribution(cue=text[pos:cue_end], explicit=True)
        definite = toks[0][0].lower() in ("the", "this", "that")
        return _resolve(people, described, anchor, text[pos:cue_end], definite, True)
    related = _relation_then_name(text, pos, stop, people) if (
        low in ("his", "her", "their") or (first.endswith(POSSESSIVE) and first[:1].isupper())
        or (first.rstrip(".") in _OWNER_TITLES and len(toks) > 1
            and toks[1][0].endswith(POSSESSIVE))  # (“…,” Mr. Vale's spokesman, Ann Kerr,)
    ) and not _closed_sentence(text, pos) else None
    if related is not None:  # “…,” her husband, John Aziz, said. (“… ruins.” Her sister,
        # Umm Kareem, said she …: a new sentence, no attribution); “…,” Vale’s wife,
        # Mary, said.: the relative of one the article names
        rest = tokens(text, related.end, stop)
        k = 1 if rest and rest[0][0] == "," else 0
        if k < len(rest) and rest[k][0].lower() in _SPEECH_AFTER_SUBJECT:
            return _resolve(people, related, anchor, text[pos : rest[k][2]])
    if low in _ARTICLE_LEADS and detect_language(people.text) == "en":
        so_named = _described_name(text, toks, 0, stop, people, anchor, pos)
        if so_named is not None:  # “…,” a tearful Nirupa told reporters.
            return so_named
    phrase = parse_forward(text, pos, stop, people.words)
    if phrase.end <= 0 and _DIGIT_LED.fullmatch(first) and len(toks) > 1:
        # “…,” 5G Networks managing director Joe Demase said. / 3M chief executive …: a
        # firm whose name opens with a digit, read as the capitalised words it opens
        after = parse_forward(text, first_end, stop, people.words)
        if after.name and after.start == toks[1][1]:
            phrase = (Phrase(after.name, f"{first} {after.role}", toks[0][1], after.end)
                      if after.role else  # (“3M Australia chief executive Joe Demase”)
                      Phrase(f"{first} {after.name}", "", toks[0][1], after.end))
        elif toks[1][0].lower() in _SPEECH_AFTER_SUBJECT:  # (“…,” 3M said.)
            phrase = Phrase(first, "", toks[0][1], first_end)
    if phrase.name and not phrase.role and detect_language(people.text) == "en":
        # “…,” Chelsea star Cole Palmer told reporters.: the name after the noun
        phrase = _past_descriptor(text, phrase, stop, people) or phrase
    if phrase.end > 0:
        rest = _skip_apposition(
            [t for t in tokens(text, phrase.end, stop)
             if t[0].lower() not in _SKIP_AFTER_NAME and not lowercase_adverb(t[0])]
        )
        if len(rest) > 1 and (rest[0][0] in POST_NOMINALS or rest[0][0] in OFFICE_LETTERS
                              ) and " " in phrase.name:
            rest = rest[1:]  # (“…,” Lynn Boylan MEP said.: the letters of her seat)
        if phrase.name.endswith(POSSESSIVE) and any(
                t[0].lower() in _SPEECH_AFTER_SUBJECT for t in rest[:4]):
            # “…,” Elton John's publicist retorted: somebody of his, unnamed
            return Attribution(cue=text[pos : rest[0][2]], explicit=True)
        appended = bool(rest) and rest[0][0] == "," and not any(
            t[0].lower() in _SPEECH_AFTER_SUBJECT for t in rest)
        # “…” — Ranil Wickremesinghe at the party convention: a dash, the name, where or when
        # they said it (a pull quote's signature line: no comma, no verb, the paragraph's end;
        # not “…” — Tom Vale at the convention was not convinced.)
        appended = appended or (
            lead is not None and any(c in lead.group() for c in "—–-") and " " in phrase.name
            and bool(rest) and rest[0][0] in _SIGNED_AT and len(rest) <= 8
            and text[stop:].lstrip(" \t.")[:1] in ("", "\n")
            and not any(t[0].lower() in _SPEECH_AFTER_SUBJECT for t in rest))
        if phrase.name and (not rest or rest[0][0] == "." or appended) and not _closed_sentence(
                text, pos) and not _bare_close(text, pos, phrase):
            # “…,” Gary Colemasan, project manager with Paul Davis Restoration.
            found = _resolve(people, phrase, anchor, text[pos : phrase.end])
            if found.speaker:
                found.confidence = min(found.confidence, 0.75)
                return found
        held = _office_of_body_after(phrase, rest) if phrase.name else None
        if held is not None:  # “…,” Karachi Chamber of Commerce president Ahmed Ali said.
            k = next(i for i, t in enumerate(rest) if t[1] >= held.end)
            return _resolve(people, held, anchor, text[pos : rest[k][2]])
        if phrase.name and len(rest) > 2 and (
                (rest[0][0] == "," and rest[1][0] in ("a", "an"))
                or (rest[0][0] == "," and len(rest) > 4 and _office_at(rest[1:])
                    and len(phrase.name.split()) >= 2 and not _closed_sentence(text, pos))
                or (rest[0][0] in ("of", "from", "at", "with") and (
                    is_cap(rest[1][0] if rest[1][0] != "the" else rest[2][0])
                    # (“…,” Ann Kerr of the agency said.: a body the story named before)
                    or (rest[1][0] == "the" and len(phrase.name.split()) >= 2)) and (
                        len(phrase.name.split()) >= 2 or _known_person(people, phrase.name,
                                                                       anchor)))
        ) and any(t[0].lower() in _SPEECH_AFTER_SUBJECT for t in rest[2:]):
            # “…,” Erik van Sebille, a physical oceanographer at … in Sydney told Reuters.
            # (the apposition's closing comma left out), “…,” Wray Grimaldi of the
            # University of Otago in Dunedin, New Zealand, said: the name speaks
            return _resolve(people, phrase, anchor, text[pos : phrase.end])
        if (phrase.name and len(rest) > 2 and rest[0][0] in _ASIDE_OPENERS
                and not _closed_sentence(text, pos) and (
                    " " in phrase.name or _known_person(people, phrase.name, anchor))):
            # “…,” Ann Kerr at a press conference said. / “…,” Ann Kerr on Monday told
            # reporters.: past where, when or in what (no comma, no other verb) to the verb
            k = next((i for i, t in enumerate(rest[:9])
                      if t[0] in ",.;:" or t[0].lower() in _SPEECH_AFTER_SUBJECT), 0)
            if k >= 2 and rest[k][0].lower() in _SPEECH_AFTER_SUBJECT:
                return _resolve(people, phrase, anchor, text[pos : rest[k][2]])
        if (phrase.name and len(rest) > 1 and epithet_nouns(rest[0][0]) == {rest[0][0]}
                and rest[1][0].lower() in _SPEECH_AFTER_SUBJECT
                and _THE_BEFORE.search(text, max(pos, phrase.start - 5), phrase.start)):
            # “…,” the Arsenal boss said.: whose, then an epithet's noun (``EN_EPITHETS``),
            # after “the”: the one the article described so, else somebody unnamed
            epithet = Phrase("", f"{phrase.name} {rest[0][0]}", phrase.start, rest[0][2])
            return _resolve_epithet(people, epithet, anchor, text[pos : rest[1][2]], text)
        whose = _owner_words(phrase)
        if whose and len(rest) > 2 and rest[0][0].islower() and not any(
                t[0].lower() in _SPEECH_AFTER_SUBJECT for t in rest[:2]):
            # “…,” Sanders campaign counsel Brad Deutsch wrote: the first name only says
            # whose counsel; the name after the role speaks (also a firm read as a role:
            # “…,” Leeds Capital Ltd transport analyst Jo Reed commented.)
            owner = role_then_name(rest[:8])
            if owner is not None and owner.name:
                k = next((i for i, t in enumerate(rest) if t[1] >= owner.end), len(rest))
                if k < len(rest) and rest[k][0].lower() in _SPEECH_AFTER_SUBJECT:
                    owner.role = f"{whose} {owner.role}"
                    return _resolve(people, owner, anchor, text[pos : rest[k][2]])
        heard = _HEARD.match(" ".join(t[0].lower() for t in rest[:4])) if phrase.name else None
        if heard:
            # “…?” Dujana is heard asking the officer. / “…,” he can be heard saying: a
            # recording's speaker
            k = len(heard.group().split())
            return _resolve(people, phrase, anchor, text[pos : rest[k - 1][2]])
        if rest and (rest[0][0].lower() in _SPEECH_AFTER_SUBJECT
                     or rest[0][0] in EN_QUOTE_VERBS
                     or (rest[0][0] in EN_COLOUR_VERBS and (
                         len(rest) == 1 or rest[1][0] in ".,;!?"))):  # (“…,” Fong suggested.)
            if (_closed_sentence(text, pos) and len(rest) > 1 and (
                    rest[1][0].lower() not in _TAIL or _reports_that(rest))
                    and not (len(rest) <= 4 and rest[-1][0] == "." and rest[1][0].islower())
                    and not _told_listener(rest)):
                # “… sentiment.” President Biden says MAGA Republicans …: a new sentence
                # (but “…!” Sanders recently told supporters.: a short tail is the cue; so
                # is a listener named, “…!” Mr. Calderón told CNBC.)
                return Attribution()
            affiliated = _affiliated(people, phrase, anchor, text[pos : rest[0][2]], text, pos)
            if affiliated is not None:  # “…,” the Argentine said. / the Texas Republican said.
                return affiliated
            if _epithet(text, phrase, pos):  # “…,” the Homeland actress wrote.
                return _resolve_epithet(people, phrase, anchor, text[pos : rest[0][2]], text)
            return _resolve(people, phrase, anchor, text[pos : rest[0][2]])
    return Attribution()


_ARTICLE_LEADS = frozenset("a an the".split())
_BODY_NAME_JOINS = frozenset("of and for the &".split())


def _office_of_body_after(phrase: Phrase, rest: list[tuple[str, int, int]]) -> Phrase | None:
    """“…,” Karachi Chamber of Commerce president Ahmed Ali said. / “…,” Federation of
    Pakistan Chambers of Commerce and Industry President Ann Lee told APP.: the words read
    as a name (“Karachi Chamber”) open a body's name that goes on past “of”, then an office
    and its holder right before the speech verb: the holder, the body and office their role
    (not “…,” Ann Kerr of the agency said.: no office and name after the body)."""
    if len(rest) < 4 or rest[0][0] != "of":
        return None
    verb = next((k for k, t in enumerate(rest[:16]) if t[0].lower() in _SPEECH_AFTER_SUBJECT
                 and t[0].islower()), -1)
    run = verb
    while run > 1 and is_cap(rest[run - 1][0]) and rest[run - 1][0].lower() not in ROLE_WORDS:
        run -= 1
    if not 2 < run < verb or rest[run - 1][0].lower() not in ROLE_WORDS:
        return None
    office = run - 1
    while office > 1 and rest[office - 1][0].lower() in ROLE_WORDS:
        office -= 1  # (“vice president”, “chief executive”)
    if not all(is_cap(t[0]) or t[0] in _BODY_NAME_JOINS for t in rest[1:office]) or not any(
            is_cap(t[0]) for t in rest[1:office]) or verb - run < 2:
        return None  # (not “Ann Kerr of the State Department told”: no body's name before
    # the office word, nor a holder of two words or more after it)
    role = " ".join([phrase.name, *(t[0] for t in rest[:run])])
    return Phrase(" ".join(t[0] for t in rest[run:verb]), role, phrase.start, rest[verb - 1][2])


def _owner_words(phrase: Phrase) -> str:
    """Whose a role after a phrase may be: its name, or a body's name the phrase read as a
    role (capitalised, holding no office: “Leeds Capital Ltd”, “McLeod Young Weir Ltd”,
    before “transport analyst Jo Reed said”); "" otherwise."""
    if phrase.name:
        return phrase.name
    role = phrase.role
    return role if role and is_cap(role.split()[-1]) and not role_words(role) else ""


def _described_name(text: str, toks: list[tuple[str, int, int]], k: int, stop: int,
                    people: People, anchor: int, pos: int) -> Attribution | None:
    """“…,” a tearful Nirupa told reporters. / an emotional Tony Hine said / the 45-year-old
    Ann Kerr said / said a visibly shaken Tom Vale.: an article (``toks[k]``) and up to three
    words telling how the one named felt or how old they are, then their name: the name
    speaks (not somebody unnamed: “a tearful mother told reporters” has no name). None when
    the words are not so (a role's words, “a lot of Americans”), or no speech verb follows
    the name (“a former Tony Hine aide said”) or, after the verb, the sentence goes on."""
    j = k + 1
    while j < len(toks) and j <= k + 3 and (
            (toks[j][0].isalpha() and toks[j][0].islower() and toks[j][0] not in ROLE_WORDS
             and toks[j][0] not in _NOT_DESCRIBING) or AGE_WORD.fullmatch(toks[j][0])):
        j += 1
    if j == k + 1 or j >= len(toks) or not is_cap(toks[j][0]) or text[
            toks[j - 1][2] : toks[j][1]].strip():
        return None
    phrase = parse_forward(text, toks[j][1], stop, people.words)
    if not phrase.name or phrase.start != toks[j][1]:
        return None
    rest = tokens(text, phrase.end, stop)
    if k == 0:  # (the name, then its verb)
        if not rest or rest[0][0].lower() not in _SPEECH_AFTER_SUBJECT:
            return None
        cue_end = rest[0][2]
    else:  # (the verb, then the name: the sentence ends there)
        if rest and rest[0][0] not in ".,;":
            return None
        cue_end = phrase.end
    if " " not in phrase.name and not _known_person(people, phrase.name, anchor):
        return None  # (a lone capitalised word nobody in the article bears)
    return _resolve(people, phrase, anchor, text[pos:cue_end])


def _unread_subject(text: str, pos: int, hi: int, people: People) -> Attribution:
    """“…,” the Israeli military said. / “…,” police in Lagos said. / “…,” the sheriff's
    office said.: a speech verb after a subject no rule above read, in the quotation's own
    sentence: the quotation is attributed, to nobody named (English), not handed to whoever
    the paragraphs before were about. (The last of ``after_quote``'s readings.)"""
    if detect_language(people.text) != "en":
        return Attribution()
    lead = _LEAD.match(text, pos, hi)
    pos = lead.end() if lead else pos
    toks = tokens(text, pos, sentence_end(text, pos, hi))
    if (not toks or any(c in ".!?;:" for c in text[pos : toks[0][1]])
            or (_closed_sentence(text, pos) and not toks[0][0][:1].islower())):
        return Attribution()  # (“…”.Akshay said …: a new sentence, the next one's cue)
    for k, (word, _a, end) in enumerate(toks[:8]):
        if word in ",.;:!?()" or word in _MARKS or (
                word[:1].isupper() and people.known(word, pos)):
            return Attribution()  # (“…,” Yang said.: a name the cast holds, read elsewhere)
        if k and word.lower() in _SPEECH_AFTER_SUBJECT:
            return Attribution(cue=text[pos:end], explicit=True)
    return Attribution()


def _known_person(people: People, name: str, pos: int) -> bool:
    """Is a one-word name the short form of a person the article names in full (“Vale of
    the Civic Trust concluded” after “Analyst Tom Vale”), not a body's word?"""
    full = people.known(name, pos)
    return bool(full) and " " in full and not people.is_body(full)


_DIGIT_LED = re.compile(r"\d{1,4}-?[A-Z][A-Za-z]*")  # “3M”, “5G”, “7-Eleven”, “1MDB”
_EN_SPEECH = "|".join(sorted(EN_VERBS, key=len, reverse=True))
# what kind of body a name is, in lower case before it: “rights group Amnesty International”,
# “the union Unite”, “news agency Reuters”, “think tank Chatham House”
_BODY_KIND = (r"(?:[A-Za-z][a-z-]*[ \t]+){0,2}(?:group|organi[sz]ation|union|agency|charity|"
              r"watchdog|coalition|alliance|network|newspaper|broadcaster|tank|lobby|"
              r"movement|company|firm|NGO)")
_BODY_NAME = (r"(?P<body>[A-Z][\w’'&.-]*(?:[ \t]+(?:(?:of|for|and|the|on)[ \t]+){0,2}"
              r"[A-Z][\w’'&.-]*){0,5})")
_KIND_THEN_BODY = (
    re.compile(rf"(?:the[ \t]+)?{_BODY_KIND}[ \t]+{_BODY_NAME}[ \t]+(?:{_EN_SPEECH})\b"),
    re.compile(rf"(?:{_EN_SPEECH})[ \t]+(?:the[ \t]+)?{_BODY_KIND}[ \t]+{_BODY_NAME}"
               r"[ \t]*(?=[.,;]|$)"))
# a state's body as wire copy names it in lower case, after its country or people's word
# (“Pakistan's foreign ministry”, “Israel's military”, “the Chinese foreign ministry”,
# “Japan's central bank”); the words of an office (“spokesman”) are no body
_STATE_KINDS = (r"(?:foreign|defen[cs]e|health|interior|finance|justice|home|economy|trade|"
                r"education|energy|agriculture|environment|transport|information|culture|"
                r"labou?r|war|state|national|central|federal|armed|election|electoral|"
                r"presidential|military|civil|disaster|weather|meteorological|space|"
                r"statistics)[ \t]+")
# a body's noun alone or after its kind (“Israel's military”, “foreign ministry”); one that
# many a firm's name ends with only after its kind (“central bank”, “foreign office”; not “a
# Swiss bank”, “the BBC Russian service”)
_STATE_BODY = (
    r"(?P<body>(?P<land>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)(?:’s|'s)?[ \t]+"
    rf"(?:(?:{_STATE_KINDS}){{0,2}}(?:ministry|military|army|navy|government|police|embassy|"
    rf"cabinet|presidency|parliament|junta)|(?:{_STATE_KINDS}){{1,2}}(?:office|bank|forces|"
    r"service|agency|commission|guard)))")
# “…,” Pakistan's foreign ministry said. / “…,” said the Chinese foreign ministry.: a state's
# body in lower case (``_STATE_BODY_BEFORE``'s words), its country or people's word known
_STATE_BODY_AFTER = (
    re.compile(rf"(?:the[ \t]+)?{_STATE_BODY}[ \t]+(?:{_EN_SPEECH})\b"),
    re.compile(rf"(?:{_EN_SPEECH})[ \t]+(?:the[ \t]+)?{_STATE_BODY}[ \t]*(?=[.,;]|$)"))
# “…,” the 35-year-old told the BBC. / “…,” said the 36-year-old. / “…,” the now 40-year-old
# told fans.: the one the article just told of, described by their age (the comma may
# follow the closing mark: “…”, the 35-year-old said.)
_AGED = re.compile(
    rf"[ \t]*,?[ \t]*(?:(?P<verb>said|says|added|adds|told|tells)[ \t]+)?the[ \t]+(?:now[ \t]+)?"
    rf"(?P<age>\d{{1,3}})-year-old\b(?:[ \t]+(?P<noun>(?:[a-z]+[ \t]+){{0,2}}?"
    # (a nationality last: “the 21-year-old Spaniard said”)
    rf"(?:[A-Z][a-z]+[ \t]+)?)"
    rf"(?P<after>{_EN_SPEECH})\b)?")
# “…,” says the mother of four. / “…,” the father-of-two said.: the one just told of, by
# their children
_PARENT = re.compile(
    rf"[ \t]*,?[ \t]*(?:(?P<verb>said|says|added|adds|told|tells)[ \t]+)?the[ \t]+"
    rf"(?P<noun>mother|father|grandmother|grandfather|mum|mom|dad)(?:[ \t]+of[ \t]+|-of-)"
    rf"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{{1,2}})\b"
    rf"(?:[ \t]+(?P<after>{_EN_SPEECH})\b)?")
_CAPS = r"[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,3}"  # up to four capitalised words
_PRONOUN_OPENING = re.compile(r"[\s\"“”]*(?:(?:He|She|His|Her)\b|The[ \t]+[a-z])")
_AGED_GENDER = {"man": "m", "woman": "f", "father": "m", "mother": "f", "boy": "m",
                "girl": "f", "mum": "f", "mom": "f", "dad": "m", "grandmother": "f",
                "grandfather": "m", "actress": "f", "actor": "m"}


def _aged_speaker(text: str, aged: re.Match[str], anchor: int, people: People) -> Attribution:
    """Who “the 35-year-old” after a quotation is: the one the article gave that age
    before (“Mithun Jayawardana, 28, …”, “28-year-old Mithun Jayawardana”), else the one a
    pronoun would point to (“she”, “he” when a noun says which: “the 29-year-old woman”)."""
    cue = aged.group().strip()
    age = aged["age"]
    lo = max(0, anchor - 1500)
    given = re.compile(rf"(?P<a>{_CAPS}),[ \t]+(?:aged[ \t]+)?{age}(?![\w-])"
                       rf"|\b{age}-year-old[ \t]+(?:[a-z]+[ \t]+){{0,3}}?(?P<b>{_CAPS})")
    ages = list(given.finditer(text, lo, anchor))
    if ages:
        m = ages[-1]
        group = "a" if m["a"] else "b"
        # (the run may open with an office or an epithet: “Farmer Tom Vale, 45, …”)
        phrase = split_phrase(tokens(text, m.start(group), m.end(group)))
        if not phrase.name:
            phrase = Phrase(m[group], "", m.start(group), m.end(group))
        found = people.resolve_detail(phrase, anchor)
        if found.speaker and not people.is_body(found.speaker):
            return Attribution(found.speaker, found.role, cue, True, 0.8, "role", m.start())
    noun = (aged["noun"] or "").split()
    forms = _demonym_word_forms(noun[-1]) if noun and noun[-1][:1].isupper() else ()
    if noun and noun[-1][:1].isupper():
        # “the 21-year-old Spaniard said”: the one the article wrote with that nationality,
        # else nobody (a capitalised word that is no nationality is no noun of this)
        tied = _demonym_speaker(people, Phrase(), anchor, cue, text, forms) if forms else None
        return tied or Attribution(cue=cue, explicit=True)
    return _the_one_just_told(text, anchor, people,
                              _AGED_GENDER.get(noun[-1], "") if noun else "", cue)


def _the_one_just_told(text: str, anchor: int, people: People, gender: str, cue: str
                       ) -> Attribution:
    """Whom an epithet after a quotation points back to (“the 33-year-old”, “the mother of
    four”): the one a pronoun of ``gender`` would, or the person the sentence before names;
    nobody named when there is none."""
    who, at, sure = people.pronoun(anchor, gender)
    p = bisect.bisect_right(people.para_starts, anchor) - 1
    own = sentence_start(text, anchor, people.para_starts[p] if p >= 0 else 0)
    before = sentence_start(text, own - 1, max(0, own - 600)) if own > 0 else own
    if at < before and not _PRONOUN_OPENING.match(text, before):
        # “… the world of Ukrainian fencer Olga Kharlan was turned upside down. “…,” the
        # 33-year-old told CNN.”: the person the sentence before names, not one a pronoun
        # would reach further back (unless that sentence goes on about them: “He …”, “The
        # senior Democrat …”)
        i = bisect.bisect_left(people.mention_pos, before)
        while i < len(people.mention_pos) and people.mention_pos[i] < anchor:
            person = people.mention_who[i]
            if " " in person and person in people.roles and not people.is_body(person):
                who, at, sure = person, people.mention_pos[i], 0.6
                break
            i += 1
    if not who:
        return Attribution(cue=cue, explicit=True)
    return Attribution(who, people.roles.get(who, ""), cue, True, min(sure, 0.6), "pronoun", at)


# Words that open somebody unnamed after a quotation (“…,” a real estate agent in Dubai told
# Al Jazeera. / “…,” said another student leader. / “…,” said authorities in the city.)
_INDEFINITE_LEADS = frozenset("a an another one some several two three four many".split())
_UNNAMED_LEADS = _INDEFINITE_LEADS | GROUP_NOUNS | frozenset("local senior other".split())


# “…,” the statement read. / the statement said / the press release added: whose statement
_THE_STATEMENT = re.compile(
    r"[ \t]*(the[ \t]+(?:press[ \t]+)?(?:statement|release)[ \t]+(?:read|reads|said|says|"
    r"stated|states|added|adds|continued|continues|noted|notes))\b")
_STATEMENT_MENTION = re.compile(r"\bstatement\b")
_STATEMENT_BACK = 1200  # how far back a statement's mention is looked for (characters)


def _statement_owner_before(text: str, anchor: int, people: People, cue: str) -> Attribution:
    """“The Dutch Defence Ministry said in a statement that … / “…,” the statement read.”:
    whose statement the last sentence before the quotation that mentions one tells (“X
    said in a statement”, “In a statement, X said”: the speaker beside the mention, else the
    subject that speaks in it), else a body the article knows opening the sentence right
    before (“The TNPF urged Tamils to abstain. / “…,” the statement read.”); nobody when
    neither tells (a guess: marked)."""
    lo = max(0, anchor - _STATEMENT_BACK)
    p = bisect.bisect_right(people.para_starts, anchor) - 1
    if p >= 0:
        lo = max(lo, people.para_starts[max(p - 2, 0)])
    mentions = [m.start() for m in _STATEMENT_MENTION.finditer(text, lo, anchor)
                if not _STATEMENT_SAYS_AFTER.match(text, m.end())]  # (“the statement said”
    # itself says nothing of whose it is)
    who, start = "", -1
    if mentions:
        at = mentions[-1]
        start = sentence_start(text, at, lo)
        end = sentence_end(text, at, anchor)
        owner = _statement_maker(text, start, at, end, people)
        if owner is not None:
            return (Attribution(owner, people.roles.get(owner, ""), cue, True, 0.6, "role", at)
                    if owner else Attribution(cue=cue, explicit=True))
        i = bisect.bisect_left(people.event_pos, max(start, at - _STATEMENT_NEAR))
        if (i < len(people.event_pos) and people.event_pos[i] < min(end, at + _STATEMENT_NEAR)
                and not _BY_NAME.search(text, start, people.event_pos[i])):
            # (“In a statement, X said”; not “The Committee, chaired by X, said”)
            who = _without_article(people.event_who[i])
            return Attribution(who, people.roles.get(who, ""), cue, True, 0.6, "role",
                               people.event_pos[i])
        j = bisect.bisect_left(people.event_pos, start)
        while j < len(people.event_pos) and people.event_pos[j] < at:
            # (“said UN Resident Coordinator in Sri Lanka Marc-André Franche in a
            # statement”: the speaker's name, not the verb, right before the mention)
            k = bisect.bisect_left(people.mention_pos, at - _STATEMENT_NEAR)
            if any(people.mention_who[m] == people.event_who[j]
                   for m in range(k, bisect.bisect_left(people.mention_pos, at))):
                who = _without_article(people.event_who[j])
                return Attribution(who, people.roles.get(who, ""), cue, True, 0.6, "role",
                                   people.event_pos[j])
            j += 1
        who = _known_subject(text, start, at, people, speaking=True)
    else:
        end = sentence_start(text, anchor, lo)
        start = sentence_start(text, end - 1, lo) if end > lo else end
        who = _known_subject(text, start, end, people, speaking=False) if end > start else ""
    if who:
        who = _without_article(who)
        return Attribution(who, people.roles.get(who, ""), cue, True, 0.6, "subject", start)
    return Attribution(cue=cue, explicit=True)


# “X said in a statement”, “X, in a statement, said”: the verb right before the mention
_VERB_IN_A = re.compile(
    r"([a-z]+),?[ \t]+in[ \t]+(?:a|an|its|their|his|her)[ \t]+(?:[a-z-]+[ \t]+)?$")
_STATEMENT_FROM_AFTER = re.compile(r"[ \t]+(?:from|by|of)[ \t]+")
_BY_BEFORE = re.compile(r"\bby[ \t]+$")
_BY_NAME = re.compile(r"\b(?:chaired|led|headed|signed|issued)[ \t]+by[ \t]+[A-Z][^.,;]*,[ \t]*$")


def _statement_maker(text: str, start: int, at: int, end: int, people: People) -> str | None:
    """Who made the statement mentioned at ``at``, from the words around the mention: the
    subject of “X said in a statement” or the owner of “a statement from X” (None when they
    do not tell; "" for one the article does not name: “a statement from his office”)."""
    verb = _VERB_IN_A.search(text, max(start, at - 40), at)
    if verb and verb[1] in _SPEECH_AFTER_SUBJECT:
        phrase = parse_backward(text, verb.start(1), start)
        if _BY_BEFORE.search(text, max(start, phrase.start - 4), max(start, phrase.start)):
            return None  # (“The Committee, chaired by Prime Minister X, said in a
            # statement”: X only chairs it)
    else:
        after = _STATEMENT_FROM_AFTER.match(text, at + len("statement"), end)
        if not after:
            return None
        phrase = parse_forward(text, after.end(), end, people.words)
        if len(phrase.role.split()) > 3:
            return None  # (“That statement from the student groups was released …”)
        if phrase.name.endswith(POSSESSIVE):
            return ""  # (“a statement from Prime Minister X's media office”)
    if not (phrase.name or phrase.role):
        return None
    return _without_article(people.resolve(phrase, at)[0]) or None


def _without_article(name: str) -> str:
    """“The TNPF”, “An International Monetary Fund”: the name without an article opening
    the sentence it was read from."""
    for article in ("The ", "An ", "A "):
        name = name.removeprefix(article)
    return name


_STATEMENT_NEAR = 60  # a speaker this close to “in a statement” made it (characters)
_STATEMENT_SAYS_AFTER = re.compile(
    r"[ \t]+(?:read|reads|said|says|stated|states|added|adds|continued|noted|notes)\b")
_SUBJECT_SPEAKS = re.compile(r"[ \t]+(?:(?:has|have|had|also|[a-z]+ly)[ \t]+)?([a-z]+)")


def _known_subject(text: str, start: int, end: int, people: People, speaking: bool) -> str:
    """The body or person opening the sentence from start, when it speaks there (a speech
    verb right after it: “The Dutch Defence Ministry said …”) or, unless ``speaking``, is a
    body the article knows by a fuller name or as a speaker (“The TNPF urged …” →
    “Tamil National People's Front” after “Tamil National People's Front (TNPF)”); else ""."""
    found = sentence_subject(text, start, end, people, bodies=True)
    who = _without_article(found.speaker)
    if not who or not found.cue:
        return ""
    at = text.find(found.cue, start, end)
    verb = _SUBJECT_SPEAKS.match(text, at + len(found.cue)) if at >= 0 else None
    speaks = verb is not None and verb[1] in _SPEECH_AFTER_SUBJECT
    # (a body's short form reads as a role word: “TNPF”, as in “…,” the TNPF said.)
    phrase = Phrase("", who, start, end) if " " not in who else Phrase(who, "", start, end)
    full = people.resolve(phrase, start)[0]
    if speaks:
        return full or who
    if speaking or not people.is_body(who):
        return ""
    return full if full and (full != who or full in people.event_who) else ""


def _unnamed_after(text: str, toks: list[tuple[str, int, int]], pos: int, stop: int,
                   people: People, anchor: int) -> Attribution | None:
    """English: somebody unnamed speaks after the quotation, before or after the verb
    (“…,” a Russian-speaking real estate agent in Dubai told Al Jazeera. / “…,” said
    another student leader. / “…,” said a resident of Macau. / “…,” said authorities in
    the city, who …): nobody named, and not the last speaker by inheritance nor the place
    or the outlet named after them. An apposition names them (“…,” said one of the
    organisers, Ana Ruiz.). None: not such an attribution."""
    verb = next((k for k, t in enumerate(toks[:10]) if t[0].lower() in EN_VERBS), -1)
    if verb < 0:
        return None
    if verb == 0:  # “said another student leader”
        subject = toks[1:]
    else:  # “a real estate agent in Dubai told”: the subject runs up to the verb
        if verb < 2 or (toks[0][0][:1].isupper() and _closed_sentence(text, pos)):
            return None  # (“… it.” A man told police …: a sentence of its own)
        subject = toks[:verb]
    comma = next((k for k, t in enumerate(subject) if t[0] in ",;—–("), len(subject))
    if any(t[0] in EN_STATEMENTS for t in subject[:comma]):
        return None  # (“a statement from his office said”: whose statement, elsewhere)
    if comma < len(subject) - 1 and is_cap(subject[comma + 1][0]):
        if any(is_cap(t[0]) for t in subject[1:comma]):
            return None  # (“one user on Douyin, China’s TikTok”: no apposition of theirs)
        if verb:
            return None  # (“one of them, Ana Ruiz, said”: left to the name rules)
        phrase = parse_forward(text, subject[comma + 1][1], stop, people.words)
        if phrase.name:  # “said one of the organisers, Ana Ruiz”
            return _resolve(people, phrase, anchor, text[pos : phrase.end])
        return None
    lead = subject[0][0]
    if lead.lower() not in _INDEFINITE_LEADS:
        if verb or parse_forward(text, subject[0][1], stop, people.words).name:
            return None  # (“said senior official Tom Vale”: a name)
    elif verb and not lead.islower() and lead not in ("A", "An", "Another", "One", "Some"):
        return None
    # the subject's own words, before any place or body it is in, of or at
    head = subject[: next((k for k, t in enumerate(subject) if t[0] in _OF_WORDS), comma)]
    if any(is_cap(t[0]) and "-" not in t[0] for t in head[1:]):
        return None  # (“a Tom Vale spokesman”, “One Direction said”: left as they were)
    end = toks[verb][2] if verb else subject[min(len(head), len(subject)) - 1][2]
    return Attribution(cue=text[pos:end], explicit=True)


_OF_WORDS = frozenset("of in at from for with on near".split())
# where unnamed people are, for ``_according_to`` (“according to police in Lagos”, “officials
# at Acme”): ``_OF_WORDS`` without “on”, with “outside” and “across”
_WHERE_OF = (_OF_WORDS - {"on"}) | {"outside", "across"}
# (“a lot of Americans said”, “the rest of Europe”: words of a quantity or a place, not of how
# the one named felt)
_NOT_DESCRIBING = _OF_WORDS | frozenset("and or to by as than lot number".split())


# “… is heard asking”, “… can be heard saying”: the speaker of a recording
_HEARD = re.compile(r"(?:is|was|can be|could be) heard (?:saying|asking|telling|shouting)\b")


# “…,” its chairwoman, Jennifer Carnahan, said: a role, then the name in an apposition
# (capitalised words before the role's own: “the Republican leader, Michael Thibodeau,”)
# (or the office of a place or a body: “the mayor of Lviv, Andriy Sadovyi, said”)
_ROLE_APPOSED = re.compile(
    r"(?:(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Aa]n?)[ \t]+)?((?:[A-Za-z][\w’'-]*[ \t]+){0,3}?"
    r"(?:[a-z][\w’'-]*|[A-Z]{2,4})(?:[ \t]+(?:of|for|in|at)[ \t]+(?:the[ \t]+)?"
    r"[A-Za-z][\w’'-]*(?:[ \t]+[A-Za-z][\w’'-]*){0,3})?),[ \t]+(?=[A-Z])")  # (“its CEO, …”,
# “a local member of parliament, …”, “the head of the regional council, …”)


#: the words after an apposed office's preposition (“a spokesman for| the governor”)
_APPOSED_INNER = re.compile(r"[ \t](?:of|for|to|with|in|at)[ \t]+(?:the[ \t]+)?(.*)$")
#: a person (not a body or a place) after it: the name apposes that one
_PERSON_AFTER_OF = re.compile(
    r"\b(?:victims?|accused|defendants?|suspects?|deceased|late|dead|slain|murdered|missing|"
    r"boy|girl|man|woman|men|women|teen(?:ager)?s?|child(?:ren)?|baby|couple|pair|family|"
    r"singer|actor|actress|star|rapper|player|officer|owner|pupil|student)\b")


def _names_the_inner_one(office: str) -> bool:
    """Is a name apposed to ``office`` the name of whom the words after its preposition
    written in lower case mean (“a spokesman for the governor, Gavin Newsom”, “an aide to
    the president, Joe Biden”, “a lawyer for the accused, Ahmed Khan”): an office or a
    person there? (Not a body or a place written with capitals: “a spokesman for the
    Ministry of Defence, Tom Vale”; nor “the head of the regional council, Eric Ciotti”.)"""
    inner = _APPOSED_INNER.search(office)
    if inner is None or not inner.group(1)[:1].islower():
        return False
    words = inner.group(1).split()
    return bool(role_words(" ".join(w for w in words if w.islower()))) or (
        _PERSON_AFTER_OF.search(inner.group(1)) is not None)


def _office_at(toks: list[tuple[str, int, int]]) -> bool:
    """An apposition's office without its article, then where it is held (“economist at
    securities house …”, “chief analyst with …”, “senior economist of …”): one to three
    lower-case words, the last an office word, then a preposition of affiliation."""
    for k in range(min(3, len(toks) - 2)):
        w = toks[k][0]
        if not (w.isalpha() and w.islower()):
            return False
        if w in ROLE_WORDS and toks[k + 1][0] in ("at", "with", "of", "for", "from"):
            return True
    return False


def _apposed_speaker(text: str, pos: int, stop: int, people: People, anchor: int
                     ) -> Attribution:
    """“…,” its chairwoman, Jennifer Carnahan, said in a statement. → the name, whose role
    the words before it give (English)."""
    m = _ROLE_APPOSED.match(text, pos, stop)
    if m is None or not role_words(m.group(1)) or _names_the_inner_one(m.group(1)):
        return Attribution()
    phrase = parse_forward(text, m.end(), stop, people.words)
    if not phrase.name or phrase.role:
        return Attribution()
    rest = tokens(text, phrase.end, stop)
    if len(rest) < 2 or rest[0][0] != "," or rest[1][0].lower() not in EN_VERBS:
        return Attribution()
    return _resolve(people, Phrase(phrase.name, m.group(1), phrase.start, phrase.end), anchor,
                    text[pos : rest[1][2]])


#: what may open the words between a quotation and the cue closing its sentence: a
#: preposition (“… with these viruses, said …”, “… in the footsteps of …, said …”)
_RUN_ON_OPENERS: Final = frozenset(
    "with on in at for from about after before during over to as of among across within "
    "without amid despite under into through toward towards against beyond".split())
#: a verb's helper or a copula: the words after the quotation say something of it (“… was
#: the message from the union, said …”, “… has become a meme, said …”)
_FINITE_HELPERS: Final = frozenset(
    "is was are were be been being has have had became become becomes remains remained "
    "will would can could may might shall should must".split())


def _adjunct_only(toks: list[tuple[str, int, int]]) -> bool:
    """Are the words between a quotation and a cue an adjunct of it, no clause of their
    own: a preposition first, then no verb's helper and no participle in -ed (“printed on
    every poster”)?"""
    words = [t[0].lower() for t in toks if t[0].isalpha()]
    return bool(words) and words[0] in _RUN_ON_OPENERS and not any(
        w in _FINITE_HELPERS or (w.endswith("ed") and len(w) > 4) for w in words)


def _cap_runs(toks: list[tuple[str, int, int]]) -> list[list[str]]:
    """The runs of capitalised words among ``toks``."""
    runs: list[list[str]] = []
    for k, (w, _a, _b) in enumerate(toks):
        if is_cap(w):
            if k and runs and is_cap(toks[k - 1][0]):
                runs[-1].append(w)
            else:
                runs.append([w])
    return runs


def _no_person_run(run: list[str], people: People) -> bool:
    """Capitalised words no person's name is: one with an acronym, a place's or a body's
    word (“… in the footsteps of Henan AMC …”)."""
    return any((w.isupper() and len(w) >= 2) or w.lower() in GEO_WORDS or w.lower() in ORG_WORDS
               for w in run) or people.is_body(" ".join(run))


def sentence_tail(text: str, pos: int, hi: int, people: People, anchor: int) -> Attribution:
    """An English attribution closing the sentence after a partial quotation and more of
    the sentence: “…won’t” be struck down by a court, he told reporters. → he; “…” in
    its report, Lee said. → Lee. Only the last clause after a comma, and only a pronoun or
    a name with a speech verb: words in between are the quotation's own sentence."""
    if _closed_sentence(text, pos):
        # “… Washington, D.C.” Smith will be an excellent senator, Franken said.: the
        # quotation ended its sentence; the next sentence's speaker says its own words
        return Attribution()
    stop = sentence_end(text, pos, hi)
    toks = tokens(text, pos, stop)
    commas = [k for k, t in enumerate(toks) if t[0] == ","]
    if not commas:
        return Attribution()
    inverted = next((k for k in commas if k + 2 < len(toks) and (
        toks[k + 1][0] in EN_VERBS or toks[k + 1][0] in EN_QUOTE_VERBS) and (
        is_cap(toks[k + 2][0]) or toks[k + 2][0] in _DETERMINERS)), -1)
    if inverted >= 0 and not _QUOTING_MARK.search(text, pos, stop) and _adjunct_only(
            toks[:inverted]) and not any(
            not _no_person_run(run, people) for run in _cap_runs(toks[:inverted])):
        # “I think we’re on the cusp of curing patients” with these viruses, said Dr.
        # Howard Kaufman, chief surgical officer …: the verb, then who, closing the sentence
        # (not after a name in between: ““…” was Vale's verdict, said Kerr”, whose words
        # they may be)
        found = _after_quote(text, toks[inverted + 1][1], hi, people, anchor)
        if found.speaker:
            found.confidence = min(found.confidence, 0.75)
            return found
    clause = toks[commas[-1] + 1 :]
    while clause and clause[-1][0] == ".":
        clause = clause[:-1]
    verbs = [k for k, t in enumerate(clause) if t[0] in EN_VERBS]
    if (_QUOTING_MARK.search(text, pos, stop) or not verbs or verbs[0] == 0
            or len(clause) - verbs[0] > 4):
        # “… in “attack mode all night” on offense, Lue said, while also guarding …”: a
        # clause of a subject and its speech verb alone between two commas, before any
        # other quotation mark of the sentence
        inner = [toks[a + 1 : b] for a, b in zip(commas, commas[1:], strict=False)
                 if b - a >= 3 and toks[b - 1][0] in EN_VERBS]
        if not inner or _QUOTING_MARK.search(text, pos, inner[0][-1][2]):
            return Attribution()  # (or another quotation in the same sentence)
        clause = inner[0]
        verbs = [len(clause) - 1]
    v = verbs[0]
    subject = clause[:v]
    while len(subject) > 1 and subject[-1][0] in _AUXILIARIES:
        subject = subject[:-1]  # (“…, the Welsh government has said.”)
    cue = text[subject[0][1] : clause[v][2]]
    if subject[0][0].lower() in _UNNAMED_OWNERS and len(subject) <= 3 and (
            subject[-1][0].lower() in _UNNAMED_HEADS_EN):
        # “Tom Vale will “cut taxes” next year, his spokesman said.”: somebody unnamed
        return Attribution(cue=cue, explicit=True)
    body = _STATE_BODY_BEFORE.search(text, subject[0][1], subject[-1][2])
    if body is not None and _known_land(body) and body.start() == subject[0][1]:
        # “…, the Welsh government has said.”: a state's body speaks
        return Attribution(body["body"], "", cue, True, 0.7, "body")
    if len(subject) == 1 and subject[0][0] in _PRONOUN_WORDS - FIRST_PERSON:
        found = _pronoun(people, anchor, f"{subject[0][0]} {clause[v][0]}")
    elif _named_subject(subject):
        phrase = split_phrase(subject, people.names)
        if not phrase.name and not (len(subject) == 1 and _acronym_word(phrase.role)):
            return Attribution()  # (a body by its letters speaks: “…” as it was sent
            # inadvertently, SIAM said.)
        found = _resolve(people, phrase, anchor, cue)
    else:
        return Attribution()
    if found.speaker:
        found.confidence = min(found.confidence, 0.75)
    return found


_AUXILIARIES = frozenset("has have had was is".split())
#: a quotation mark, not an apostrophe inside a word (“Bohlin’s trial”)
_QUOTING_MARK = re.compile(r"[“”\"«»„]|(?<!\w)[‘’']|[‘’'](?!\w)")
_UNNAMED_OWNERS = frozenset("his her their a an one".split())


def _named_subject(subject: list[tuple[str, int, int]]) -> bool:
    """Up to four capitalised words (“Lue”, “Tyronn Lue”, “Coach Tyronn Lue”), after at most
    two lower-case office words (“coach Tyronn Lue”, “head coach Tyronn Lue”)."""
    k = 0
    while k < min(2, len(subject) - 1) and subject[k][0] in ROLE_WORDS:
        k += 1
    return 0 < len(subject) - k <= 4 and all(is_cap(t[0]) for t in subject[k:])


# “kata pria yang menjabat sebagai Presiden Direktur … ini”, “ujar perempuan asal Medan
# itu”: a person described, not named, and pointed back at (their gender, if it says).
_PARENTS = {"ayah": "pria", "bapak": "pria", "ibu": "wanita", "bunda": "wanita"}
_CHILDREN = frozenset("anak cucu putra putri".split())
_COUNT_WORD = re.compile(r"\d{1,2}|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh")
_DESCRIBED_PERSONS = {"pria": "m", "lelaki": "m", "laki-laki": "m", "pemuda": "m",
                      "wanita": "f", "perempuan": "f", "gadis": "f", "sosok": ""}


# Indonesian: a relative as the speaker, with no name after (“…,” ujar sang ibu bangga. /
# “…,” kata ayahnya.), and where the article named that relative (“didampingi sang ibu, Rima
# Ekawati”, “ayahnya, Budi Hartono,”, “sang ayah Budi Hartono”)
_KIN_NOUNS = "ibu|ayah|ibunda|ayahanda|istri|suami|kakak|adik|kakek|nenek|paman|bibi"
_KIN_CUE = re.compile(rf"(?:sang[ \t]+({_KIN_NOUNS})|({_KIN_NOUNS})nya)\b(?!,?[ \t]+[A-Z])")
_KIN_NAMED = {k: re.compile(rf"\b(?:sang[ \t]+{k}|{k}nya),?[ \t]+"
                            r"([A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,3})")
              for k in _KIN_NOUNS.split("|")}
_KIN_WINDOW = 1500


def _kin_named(text: str, people: People, anchor: int, kin: re.Match[str]) -> Attribution:
    """“…,” ujar sang ibu: the relative the article last named so before the quotation
    (the fullest form of the name the cast holds); nobody when it named none."""
    noun = kin.group(1) or kin.group(2)
    cue = kin.group()
    last = None
    for m in _KIN_NAMED[noun].finditer(text, max(0, anchor - _KIN_WINDOW), anchor):
        last = m
    if last is None:
        return Attribution(cue=cue, explicit=True)
    who = people.fuller_in_text(last.group(1))
    return Attribution(who, noun, cue, True, 0.7, "role", last.start(1))


def _described_person(people: People, pos: int, cue: str, noun: str) -> Attribution:
    """“…,” kata pria … ini: the one the article was just about, as for “katanya”."""
    who, at, sure = people.pronoun(pos, _DESCRIBED_PERSONS[noun])
    if not who:
        return Attribution(cue=cue, explicit=True)
    return Attribution(who, people.roles.get(who, ""), cue, True, min(sure, 0.7), "pronoun", at)


# “…,” demikian pernyataan Kemlu RI. / “…,” bunyi pernyataan pihak klub. / “…,” demikian
# kata Lavrov.: the statement's owner follows the words naming the statement.
_STATEMENT_LEADS = frozenset("demikian begitu bunyi".split())
_STATEMENT_WORDS = frozenset(
    "pernyataan keterangan penjelasan siaran pers rilis resmi tertulis pihak tim isi manajemen "
    "kesimpulan bunyi "
    "disampaikan dikatakan diungkapkan disebutkan ditegaskan dijelaskan".split()
) | ID_POST_VERBS


_STATEMENT_NOUNS = frozenset("pernyataan keterangan rilis siaran".split())


def _statement_owner(text: str, toks: list[tuple[str, int, int]], stop: int,
                     people: People) -> Phrase:
    """The body a statement noun after a speech verb names (“kata pernyataan Honda Team
    Asia”, “tulis keterangan resmi Kementerian Luar Negeri”), when it reads as a body of two
    words or more; an empty Phrase otherwise (a person's statement is read as before)."""
    k = 2
    while k < len(toks) and toks[k][0].lower() in _STATEMENT_WORDS:
        k += 1
    if k >= len(toks) or not is_cap(toks[k][0]):
        return Phrase()
    owner = parse_forward(text, toks[k - 1][2], stop, people.words)
    body = owner.name or owner.role  # (a body's words read as a role: “Honda Team Asia”)
    if (" " in body and all(is_cap(w) for w in body.split()) and people.is_body(body)
            and not role_words(body)):
        return Phrase(body, "", owner.start, owner.end)
    return Phrase()


def _statement_of(text: str, toks: list[tuple[str, int, int]], pos: int, stop: int,
                  people: People, anchor: int) -> Attribution:
    k = 1
    while k < len(toks) and toks[k][0].lower() in _STATEMENT_WORDS:
        k += 1
    if k == 1 or k >= len(toks):
        return Attribution()
    word = toks[k][0]
    if word.lower() in BODY_ANAPHORS:  # “bunyi pernyataan pihak klub”: the body named last
        return _resolve(people, Phrase("", word, toks[k][1], toks[k][2]), anchor,
                        text[pos : toks[k][2]])
    phrase = parse_forward(text, toks[k - 1][2], stop, people.words)
    if not (phrase.name or phrase.role):
        return Attribution()
    return _resolve(people, phrase, anchor, text[pos : phrase.end])


#: the Indonesian days of the week (“Senin (3/3)”)
_ID_DAY = r"(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)"
# where a statement was made, between a subject and its verb (“KPK dalam keterangan
# tertulisnya menyebut”, “Microsoft, in a statement, said”)
_INTERPOSED = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:dalam|melalui|lewat|in)[ \t]+(?:an?[ \t]+|sebuah[ \t]+)?"
    r"(?:written[ \t]+)?"
    r"(?:keterangan|pernyataan|siaran[ \t]+pers|rilis|statement)(?:nya)?"
    r"(?:[ \t]+(?:resmi|tertulis|pers)(?:nya)?)?)?"
    # (and the day it was said: “Budi Santoso, dalam keterangan pers pada Senin (3/3),
    # mengatakan …”, “Budi Santoso pada Senin (3/3) mengatakan …”)
    rf"(?:[ \t]*,?[ \t]*(?:pada[ \t]+)?{_ID_DAY}"
    r"(?:[ \t]*\([\d/ ]{3,12}\))?)?[ \t]*,?[ \t]*$"
)
# “…,” a statement from Microsoft said.: the body whose statement it is
_STATEMENT_FROM = re.compile(
    r"(?:an?|the)[ \t]+(?:(?:written|joint|brief)[ \t]+)?(?:statement|release|press[ \t]+release)"
    r"[ \t]+(?:from|by)[ \t]+"
)


# “…,” the government of India said. / “…,” a statement from the embassy of Japan said.
_GOVERNMENT_OF = re.compile(
    r"[ \t]*(?:an?[ \t]+(?:(?:written|joint|brief)[ \t]+)?statement[ \t]+from[ \t]+)?the[ \t]+"
    r"(government|ministry|embassy|consulate|parliament)[ \t]+of[ \t]+((?:the[ \t]+)?[A-Z][\w’'-]+"
    r"(?:[ \t]+[A-Z][\w’'-]+){0,3})[ \t]+(?:(?:also|later|then|had|has)[ \t]+)?([a-z]+)\b"
)
# “…,” read a statement from Ann Leeds. / “…,” reads a post on his Facebook page.
_READ_FROM = re.compile(
    r"[ \t]*(?:read|reads)[ \t]+(?:an?|the)[ \t]+(?:(?:written|joint|brief|short|official)"
    r"[ \t]+)?(?:statement|release|press[ \t]+release|post|message|note|letter|tweet)"
    r"[ \t]+(?:from|by|on|of)[ \t]+"
)
_OWNER_PRONOUNS = frozenset("his her their its".split())
# “Ann Leeds's Facebook account”, “BNP Secretary General Mirza Alamgir’s verified X page”
_ACCOUNT_OF = re.compile(
    r"([^\n“”\"]{1,80}?)(?:'s|’s|'|’)[ \t]+(?:(?:official|verified|personal)[ \t]+)?"
    r"(?:(?:Facebook|Instagram|X|Twitter|TikTok|YouTube|LinkedIn|Telegram|Threads)[ \t]+)?"
    r"(?:account|page|profile|feed|channel|handle|website|blog)\b"
)


def _written_by(text: str, start: int, stop: int, people: People, anchor: int,
                cue: str) -> Attribution:
    """Who wrote the statement or post named from ``start`` on: a name (its possessive's
    account or page: “Ann Leeds's Facebook account”), a body, or “his”/“her”: the one the
    pronoun points back to."""
    toks = tokens(text, start, stop)
    if not toks:
        return Attribution()
    if toks[0][0].lower() in _OWNER_PRONOUNS:
        return _pronoun(people, anchor, cue + toks[0][0])
    owner = _ACCOUNT_OF.match(text, start, stop)
    # (the owner of an account or a page: parse_forward alone reads “Halvard Brothers'
    # Lund” as the name after a body's possessive)
    phrase = parse_forward(text, start, owner.end(1) if owner else stop, people.words)
    if not phrase.name:  # (“a statement from the ministry”: left to the other rules)
        return Attribution()
    return _resolve(people, phrase, anchor, cue + text[start : phrase.end])


def _body_after_verb(text: str, toks: list[tuple[str, int, int]], pos: int, stop: int,
                     people: People, anchor: int) -> Attribution:
    """A body after an Indonesian speech verb: “tulis keterangan TikTok”, “tulis lembaga
    nonprofit WALHI yang …” (its name), “kata perusahaan itu”, “tulis bank sentral” (the
    body of that kind named last)."""
    k = 1
    while k < len(toks) and toks[k][0].lower() in _STATEMENT_WORDS:
        k += 1
    if k >= len(toks):
        return Attribution()
    word = toks[k][0]
    if word.islower() and (word in BODY_ANAPHORS or word in BODY_KINDS):
        j = k + 1
        while j < len(toks) and j <= k + 2 and toks[j][0].islower() and (
                toks[j][0] not in _DEMONSTRATIVES):
            j += 1
        named = toks[j][0] if j < len(toks) else ""
        if _acronym_word(named) or (is_cap(named) and people.is_body(named)):
            # “lembaga nonprofit WALHI”: the body is named
            phrase = parse_forward(text, toks[j - 1][2], stop, people.words)
            if phrase.name or phrase.role:  # (an acronym reads as a role: “KPK”)
                return _resolve(people, phrase, anchor, text[pos : phrase.end])
        return _resolve(people, Phrase("", word, toks[k][1], toks[k][2]), anchor,
                        text[pos : toks[k][2]])
    if k > 1 and is_cap(word):  # “tulis keterangan TikTok”: whose statement
        phrase = parse_forward(text, toks[k - 1][2], stop, people.words)
        if phrase.name or phrase.role:
            return _resolve(people, phrase, anchor, text[pos : phrase.end])
    return Attribution()


# A medium an Indonesian speech verb makes speak (“ucap kanal YouTube Info Bansos Terkini”,
# “kata kantor berita negara Iran, Fars”, “tulis laman BPBD Bogor”, “lapor stasiun televisi
# pemerintah Iran, IRIB”): its kind, in lower case, then the platform or “resmi”
_MEDIUM_VERBS = ID_POST_VERBS | {"lapor", "cuit"}
_MEDIUM = re.compile(
    r"(?:[ \t]+unggahan)?[ \t]+(?:kanal|channel|akun|laman|situs|portal(?:[ \t]+berita)?"
    r"|kantor[ \t]+berita|stasiun[ \t]+(?:televisi|TV|radio)|televisi|harian"
    r"|surat[ \t]+kabar|majalah|media)"
    r"(?:[ \t]+(?:YouTube|Youtube|Instagram|TikTok|Tiktok|X|Twitter|Facebook|Threads|resmi"
    r"|berita|daring|online))*")
# lower-case words that may stand between the kind and the name without a comma
_MEDIUM_PLAIN = frozenset("asing lokal setempat nasional internasional".split())
_MEDIUM_NAME_STOP = frozenset("dalam pada di lewat melalui via saat ketika yang dan".split())
# what may follow a handle that wrote the quotation: the sentence's end or a lower-case word
_HANDLE_ENDS = re.compile(r"[ \t]*(?:[.,;:!?)\n]|$|[a-z])")
# a handle named before, for “tulis akun tersebut”
_ACCOUNT_BEFORE = re.compile(r"\bakun\b[^.@\n“”\"]{0,40}?@?(@[A-Za-z0-9_.]*[A-Za-z0-9_])")


def _medium_after(text: str, pos: int, stop: int, anchor: int) -> Attribution | None:
    """A channel, account, site, paper or news agency right after an Indonesian speech verb
    at ``pos``: it speaks, named as the article writes it (the label rules: the article names
    it as the one speaking; a person speaking in it is named before it: “kata Jokowi dalam
    kanal YouTube …”). “akun tersebut/itu” is the account named before (its handle); None
    when no medium is named there (“kata media pemerintahnya”, “tulis Susi di akunnya”)."""
    m = _MEDIUM.match(text, pos, stop)
    if not m or HANDLE_AFTER.match(text, m.end(), stop):
        return None  # (“tulis akun @smkn4_samarinda dikutip detikcom, Rabu”: the handle's)
    toks = tokens(text, m.end(), stop)
    if not toks:
        return None
    if toks[0][0] in _DEMONSTRATIVES and "akun" in m.group().split():
        before = list(_ACCOUNT_BEFORE.finditer(text, max(0, anchor - 3000), max(0, anchor)))
        if not before:
            return None  # (an account not named by its handle: somebody unnamed, as before)
        return Attribution(before[-1].group(1), "", text[pos - len(_word_before(text, pos)) :
                                                     toks[0][2]], True, 0.7, "body")
    k = 0
    while k < len(toks) and k < 3 and toks[k][0].islower() and toks[k][0].isalpha():
        k += 1
    caps = k
    while caps < len(toks) and caps < k + 2 and _capital(toks[caps][0]):
        caps += 1
    if caps > k and caps < len(toks) and toks[caps][0] == "," and caps + 1 < len(toks) and (
            _capital(toks[caps + 1][0])):
        first = caps + 1  # “kantor berita negara Iran, Fars”: the name after the comma
    elif k == 0 or all(t[0] in _MEDIUM_PLAIN for t in toks[:k]):
        first = k  # “kanal Cek Bansos”, “media asing Reuters”
    else:
        return None
    end = first
    while (end < len(toks) and end < first + 6 and (_capital(toks[end][0]) or (
            end > first and toks[end][0][:1].isdigit()))):
        end += 1
    if end == first or toks[first][0].lower() in NOT_NAME_WORDS:
        return None  # (no name; or a date: “…, Rabu (6/5/2026)”)
    name = text[toks[first][1] : toks[end - 1][2]]
    if end < len(toks) and toks[end][0].islower() and toks[end][0] not in _MEDIUM_NAME_STOP:
        return None  # a name running on into a sentence: not one read here
    return Attribution(name, "", text[pos - len(_word_before(text, pos)) : toks[end - 1][2]],
                       True, 0.8, "body")


def _capital(word: str) -> bool:
    return word[:1].isupper() and word[:1].isalpha() and not word.lower().endswith("-nya")


def _word_before(text: str, pos: int) -> str:
    """The word that ends at ``pos`` (the speech verb, for the reason's cue)."""
    start = pos
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:pos]


def _acronym_word(word: str) -> bool:
    return len(word) >= 2 and word.isalpha() and word.isupper()


_DETERMINERS = frozenset("the a an this that its their his her one another".split())
_DEMONSTRATIVES = frozenset("itu tersebut ini".split())
_POINTED = re.compile(r"(?:[ \t]*\([^()]{1,40}\))?[ \t]+(?:ini|itu|tersebut)\b")


# papers a quotation may be read from, and the verbs that quote them only (“…,” the
# complaint alleges. / “…,” the notice read.): a document, nobody who speaks
_PAPERS_EN = frozenset(
    "complaint lawsuit suit filing indictment ruling judgment order notice sign letter memo "
    "affidavit motion petition warrant summons verdict document report".split())
_PAPER_VERBS_EN = frozenset("read reads alleges alleged".split())


# a paper after an inverted verb (“said a statement from the ministry”, “read the
# statement”, “says the lawsuit”), and what follows it: whose it is, or the clause's end
_PAPER_AFTER_VERB = re.compile(
    r"[ \t]+(?:an?|the)[ \t]+(?:(?:written|joint|brief|short|official|court)[ \t]+)?"
    r"(statement|release|" + "|".join(sorted(_PAPERS_EN)) + r")"
    r"(?:[ \t]+(from|by|of)[ \t]+|[ \t]*(?=[.,;]|$))")


def _paper_of(text: str, paper: re.Match[str], pos: int, stop: int, people: People,
              anchor: int) -> Attribution:
    """Who speaks in “…,” said a statement from the ministry. (``_PAPER_AFTER_VERB``):
    the one named after “from”/“by” where the cast knows them (“a statement from Acme
    Corp”), else nobody (a ministry left unnamed, a lawsuit); for a bare “statement” or
    “release”, whose statement the sentences before tell (``_statement_owner_before``,
    as “the statement read”)."""
    cue = text[pos : paper.end()].strip()
    if paper.group(2):
        phrase = parse_forward(text, paper.end(), stop, people.words)
        if phrase.name or phrase.role:
            found = _resolve(people, phrase, anchor, text[pos : phrase.end])
            if found.speaker:
                return found
            body = phrase.name or phrase.role
            if body[:1].isupper() and people.is_body(body):  # (“… from Acme Corp”)
                return Attribution(people.canonical(body), "", text[pos : phrase.end], True,
                                   0.7, "body")
        return Attribution(cue=text[pos : max(paper.end(), phrase.end)].strip(), explicit=True)
    if paper.group(1) in ("statement", "release"):
        return _statement_owner_before(text, anchor, people, cue)
    return Attribution(cue=cue, explicit=True)


def _described_subject(toks: list[tuple[str, int, int]]) -> Phrase | None:
    """“the outlook said”, “the company stated”, “a spokesperson said”: a described,
    unnamed subject right before a speech verb (or a paper before a verb that quotes a
    paper: “the complaint alleges”, “the notice read”)."""
    if not toks or toks[0][0].lower() not in _DETERMINERS:
        return None
    for k in range(1, min(len(toks), 5)):
        w = toks[k][0]
        if k > 1 and (w.lower() in _SPEECH_AFTER_SUBJECT or (
                w.lower() in _PAPER_VERBS_EN and toks[k - 1][0].lower() in _PAPERS_EN)):
            words = [t[0] for t in toks[1:k]]
            if all(x.islower() or x in "-" for x in words):
                return Phrase("", " ".join(words), toks[1][1], toks[k - 1][2])
            return None
        if not w.islower():
            return None
    return None


_ONE_UNNAMED = frozenset("seorang salah a an one".split())  # (“salah satu/seorang”)


_ACCORDING_PRONOUNS = frozenset("dia ia beliau mereka him her".split())


def _according_to(text: str, toks: list[tuple[str, int, int]], k: int, start: int,
                  stop: int, at: int, people: People) -> Attribution:
    """“According to NOAA”, “according to nonprofit PEN America”, “menurut Lavrov”; and
    “according to court documents”: a source that names nobody (no speaker)."""
    if k < len(toks) and toks[k][0].lower() in _ACCORDING_PRONOUNS and (
            k + 1 == len(toks) or toks[k + 1][0] == ",") and not any(
            t[0].lower() in _SPEECH_AFTER_SUBJECT or t[0].lower() in ID_POST_VERBS
            for t in toks[k + 1 :]):
        # “Menurut dia, …”, “According to her, …”: the one the pronoun points to, as
        # “menurutnya” (“menurut mereka”: a body, or nobody named; not when somebody's
        # speech verb follows: “According to her, Tom Vale told the board …”)
        return _pronoun(people, at, text[toks[0][1] : toks[k][2]])
    phrase = parse_forward(text, start, stop, people.words)
    if phrase.name and not phrase.role and detect_language(people.text) == "en":
        # “according to Chelsea star Cole Palmer, …”: the name after the noun
        phrase = _past_descriptor(text, phrase, stop, people) or phrase
    cue_from = toks[0][1]
    if (phrase.name and k < len(toks) and toks[k][0].lower() in _ONE_UNNAMED
            and "," not in text[start : phrase.end]):
        # “Menurut seorang mantan karyawan Acme yang enggan disebut namanya, …”,
        # “according to a Acme official”: one unnamed source; the name is the body or the
        # place they belong to, nobody who speaks (not a name after a comma: “menurut
        # seorang pengamat, Budi”, “according to an Acme spokesman, Ann Kerr”; the phrase
        # starts with its role, so the comma is looked for up to the name's end)
        return Attribution(cue=text[cue_from : phrase.end], explicit=True)
    if phrase.name or phrase.role:
        return _resolve(people, phrase, at, text[cue_from : max(phrase.end, start)],
                        _the_role(text, phrase, cue_from), True)
    statement = _STATEMENT_FROM.match(text, toks[k][1]) if k < len(toks) else None
    if statement:  # “according to a statement from Microsoft”
        phrase = parse_forward(text, statement.end() - 1, stop, people.words)
        if phrase.name or phrase.role:
            found = _resolve(people, phrase, at, text[cue_from : phrase.end])
            if found.speaker:
                return found
    j = k
    while j < len(toks) and j < k + 2 and toks[j][0].islower():
        j += 1
    if k < j < len(toks) and is_cap(toks[j][0]) and toks[j - 1][0] not in _WHERE_OF:
        # “according to nonprofit PEN America” (not “according to police in Lagos”,
        # “according to officials at Acme”: unnamed people of a place or a body)
        run = toks[j : j + 1]
        while j + len(run) < len(toks) and is_cap(toks[j + len(run)][0]):
            run.append(toks[j + len(run)])
        after = j + len(run)
        if (toks[k][0].lower() in _ONE_UNNAMED and after < len(toks)
                and toks[after][0] in _PERSON_HEADS):
            # “according to a former Acme employee who asked not to be named”: one
            # unnamed person of the body, not the body
            return Attribution(cue=text[cue_from : toks[after][2]], explicit=True)
        name = " ".join([t[0] for t in run])
        found = _resolve(people, Phrase(name, "", run[0][1], run[-1][2]), at,
                         text[cue_from : run[-1][2]])
        if found.speaker:
            return found
    if k < len(toks) and toks[k][0].islower():  # “according to court documents”
        cue_to = toks[min(j, len(toks) - 1)][2]
        return Attribution(cue=text[cue_from:cue_to], explicit=True)
    return Attribution()


_ASKED = re.compile(r"([A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){0,2})[ \t]+(?:asked|asks)\b")


def _last_asker(text: str, anchor: int, people: People, gender: str) -> tuple[str, int]:
    """The person of that gender who last asked a question in the article (“…?”
    Winfrey asked.) before anchor, and where (English); ("", -1) if nobody did."""
    last, at = "", -1
    for m in _ASKED.finditer(text, max(0, anchor - 2000), anchor):
        full = people.known(m.group(1).split()[-1], m.start(1))
        if full and people._fits(people.canonical(full), gender):
            last, at = people.canonical(full), m.start(1)
    return last, at


def _body_before(text: str, anchor: int, people: People, found: Attribution) -> Attribution:
    """“Amnesty International Iran called for an inquiry. “…,” it said.”: “it” is what
    the sentence before the quotation is about, when no body spoke lately and that is no
    person of the cast (English)."""
    para = bisect.bisect_right(people.para_starts, anchor) - 1
    lo = people.para_starts[para] if para >= 0 else 0
    end = sentence_start(text, anchor, lo)
    if end <= lo and para > 0 and detect_language(people.text) == "en":
        # (the quotation opens its paragraph: the last sentence of the one before)
        lo, end = people.para_starts[para - 1], len(text[:lo].rstrip())
    if end <= lo:
        return found
    toks = tokens(text, sentence_start(text, end - 1, lo), end)
    k = 1 if toks and toks[0][0] == "The" else 0
    j = k
    while j < len(toks) and is_cap(toks[j][0]):
        j += 1
    if j - k < 2 or j >= len(toks) or not toks[j][0].islower() or toks[j][0] in _PREPOSITION_WORDS:
        return found
    name = " ".join([t[0] for t in toks[k:j]])
    if name.endswith(POSSESSIVE) or (people.known(name, toks[k][1]) and not people.is_body(
            people.known(name, toks[k][1]))):
        return found
    return Attribution(people.canonical(name), "", found.cue, True, 0.6, "pronoun", toks[k][1])


def _addressee(text: str, toks: list[tuple[str, int, int]], stop: int, people: People,
               anchor: int) -> str:
    """Who “he told the king”, “she shouted at Ruiz” (toks: pronoun, verb, …) speaks to,
    if the cast knows them (English)."""
    verb = toks[1][0].lower()
    k = 2
    if verb not in _OBJECT_VERBS:
        if len(toks) < 4 or toks[2][0] != "at":
            return ""
        k = 3
    if k >= len(toks):
        return ""
    start = toks[k][1]
    if toks[k][0].lower() == "the" and k + 1 < len(toks):
        start = toks[k + 1][1]
    phrase = parse_forward(text, start, stop, people.words)
    if not phrase.name and not phrase.role:
        return ""
    if not phrase.name:
        phrase = Phrase("", phrase.role + " tersebut", phrase.start, phrase.end)
    return people.resolve_detail(phrase, anchor).speaker


def _own_sentence(rest: list[tuple[str, int, int]]) -> bool:
    """After a quotation that ended its sentence, do the words from the speech verb on
    (rest[0]) make a sentence of their own (“insisted on continuing the visit”, “told
    reporters that …”) rather than close an attribution (“said on Tuesday.”)?"""
    if len(rest) < 2:
        return False
    nxt = rest[1][0].lower()
    if _told_listener(rest):
        return False
    if nxt not in _TAIL or _reports_that(rest):
        return True
    return len(rest) > 2 and nxt in ("on", "to", "in", "at") and rest[2][0].endswith("ing")


def _told_listener(rest: list[tuple[str, int, int]]) -> bool:
    """“…!” he told CNBC. / “…?” Ana Ruiz told Reuters on Monday.: the speech verb, a
    listener named, and the sentence's end or a tail (“on”, “in” …), no “that” clause: the
    quotation's attribution, after a quotation that ended its own sentence too."""
    return (len(rest) >= 2 and rest[0][0].lower() in ("told", "tells")
            and rest[1][0][:1].isupper() and (len(rest) == 2 or rest[2][0] in _TAIL)
            and not _reports_that(rest))


def _bare_close(text: str, pos: int, phrase: Phrase) -> bool:
    """“… had ‘harmed Israeli war aims’ The Israeli prime minister, Benjamin Netanyahu, is
    …”: a quotation closed with no punctuation, then a capitalised phrase that opens a
    sentence of its own (a standfirst glued to the text): no attribution."""
    k = pos - 1
    while k > 0 and (text[k].isspace() or text[k] in _MARKS):
        k -= 1
    return text[k].isalnum() and phrase.start >= 0 and text[phrase.start : phrase.start + 1
                                                             ].isupper() and (
        text[phrase.start : phrase.start + 4] in ("The ", "A ", "An "))


def _reports_that(rest: list[tuple[str, int, int]]) -> bool:
    """“…” Smith told reporters at the news conference that she will …: after a quotation
    that ended its sentence, a speech verb with its own “that” clause starts a sentence
    of reported speech, not the quotation's attribution."""
    return any(t[0] == "that" for t in rest[1:])


def _closed_sentence(text: str, pos: int) -> bool:
    """Does the quotation that closes just before pos end its own sentence (“… it.”)?"""
    k = pos - 1
    while k > 0 and (text[k].isspace() or text[k] in _MARKS):
        k -= 1
    return text[k] in ".!?…"


def _skip_apposition(rest: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Words after an apposition or a bracket: “Shu Jueting, a spokeswoman at the
    ministry, said”, “Rep. Angie Craig (D-Minn.) said”; with the place that ends an
    apposition after its own comma (“Maurice Obstfeld, a professor at the University of
    California, Berkeley, said”, “…, an economist in Austin, Texas, said”: R15-4) and any
    apposition after it (“Ivar Dale, a senior policy adviser with the Norwegian Helsinki
    Committee, a rights watchdog, told Al Jazeera”)."""
    if rest and rest[0][0] in ",(":
        close = "," if rest[0][0] == "," else ")"
        for k in range(1, min(len(rest), 30)):
            if rest[k][0] == close:
                after = rest[k + 1 :]
                return _past_more_apposition(after) if close == "," else after
            if rest[k][0] == "." and close == "," and not (
                    k + 1 < len(rest) and rest[k + 1][0] == ","):
                break  # (a full stop before a comma ends no sentence: “Chuck Schumer,
                # D-N.Y., said”, “Tom Vale, of Acme Inc., said”)
    return rest


def _past_more_apposition(after: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The words after an apposition's closing comma, past what a chain of them adds before
    the speech verb: a place of one to three capitalised words (“…, Berkeley, said”) or
    another apposition opened by a/an/the (“…, a rights watchdog, told”), each closed by a
    comma; unchanged unless a speech verb follows the last of them."""
    for _ in range(3):
        comma = next((m for m in range(1, min(len(after), 13)) if after[m][0] in ",."), 0)
        if not comma or after[comma][0] != "," or comma + 1 >= len(after):
            break
        part = after[:comma]
        place = comma <= 3 and all(t[0][:1].isupper() for t in part)
        apposed = part[0][0] in ("a", "an", "the") and len(part) > 1 and part[1][0][:1].islower()
        if not (place or apposed):
            break
        after_it = after[comma + 1 :]
        if after_it[0][0].lower() in _SPEECH_AFTER_SUBJECT:
            return after_it
        after = after_it
    return after


# what follows the verb “states” (“The report states: …”, “Smith states that …”); any other
# word after it makes it the noun (“EU states will meet”, “member states have …”)
_AFTER_STATES = frozenset(", : that".split())


# words read past between a name and its verb after a quotation (“…,” Rahman further said.)
_SKIP_AFTER_NAME = ADVERBS | EN_ADVERBS


def adverb_between(low: str, word: str) -> bool:
    """Is ``word`` (``low``: in lower case) an adverb between a subject and its speech verb
    (“also”, “further”, “later”, “repeatedly”; “juga”, “sempat”, “kemudian”)?"""
    return low in EN_ADVERBS or low in ID_ADVERBS or lowercase_adverb(word)


#: after a quotation, a name's paper and its verb (“…,” Fontaine's statement reads.)
_OWNED_PAPER_AFTER = re.compile(
    r"[ \t]*(?P<n>[A-Z][\w.\-]*(?:[ \t]+[A-Z][\w.\-]*){0,3})['’]s[ \t]+"
    r"(?:(?:written|official|own|latest|brief|joint|prepared)[ \t]+)?"
    r"(?:statement|letter|post|message|tweet|email|note|memo)[ \t]+"
    r"(?:reads|read|said|says|stated|states|added|continued|went[ \t]+on)\b")


def _opens_sentence(text: str, at: int) -> bool:
    """Does the quotation opening at ``at`` open its sentence (nothing but blanks after a
    line break, a stop, or a quotation that ended with one)?"""
    k = at - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    while k >= 1 and text[k] in _CLOSING and text[k - 1] in ".!?…":
        k -= 1
    return k < 0 or text[k] in "\n.!?…"


def _colour_cue(text: str, pos: int, stop: int, anchor: int) -> bool:
    """After a colour verb (``EN_COLOUR_VERBS``) or a verb of two words at pos: does the
    quotation open its sentence, and a name closing the clause follow (“…,” speculates
    Dan Ott, 55, … / fumed Ann Kerr.), not an object (“demanded Judge Kerr step down”,
    “went on Morning Joe to …”)?"""
    if not _opens_sentence(text, anchor):
        return False
    end = min([k for k in (text.find(",", pos, stop), text.find(";", pos, stop)) if k >= 0]
              or [stop])
    words = _LETTERS_RE.findall(text, pos, end)
    # (the clause closes on the name, with no article, preposition or other verb in it:
    # “summed up UC Davis law professor Ash Bhagwat.”; not “… Rolling Stone on Instagram”)
    return bool(words) and is_cap(words[-1]) and not any(
        w in _PREPOSITION_WORDS or w in ("a", "an") or w in _FINITE_HELPERS for w in words)


def _low(word: str) -> str:
    """A word as the verb lists hold it: lower case, but “States” keeps its capital, so
    that “the United States “…”” is no speech verb “states” (nor “…,” States …)."""
    return word if word == "States" else word.lower()


#: “shot back”, “fired back”, “hit back”: an answer's verb of two words (“Barack Obama shot
#: back: “…””)
_BACK_VERBS: Final = frozenset(("shot", "fired", "hit"))
#: verbs of saying with their particle, read before a name after the quotation
_PARTICLE_VERBS: Final = {"pointed": "out", "went": "on", "called": "out", "shot": "back",
                          "fired": "back", "hit": "back", "chimed": "in", "piped": "up",
                          "summed": "up", "cut": "in", "spoke": "up"}


_HANDLE_BEFORE = re.compile(r"(?<![\w@])(@[A-Za-z0-9_]*[A-Za-z0-9_])[ \t]+$")
_PROGRESSIVE = frozenset("is was are were".split())
_OWNED_NOUNS = (r"(?:statement|claim|remarks?|comments?|words|assertion|argument|promise|"
                r"pledge|warning|boast|quip|tweet|description|characteri[sz]ation|message|"
                r"response|reply|answer|verdict|retort|plea|post)")
# a person's words named right before the quotation: “Buffett's statement that "…"”,
# “Vale’s message was simple: "…"”, “Vale’s verdict? "…"”
_OWNED_WORDS = re.compile(
    rf"(?P<s>'s|’s)[ \t]+(?:(?:recent|earlier|latest|own|widely[ \t-]shared|now-famous|famous)"
    rf"[ \t]+)?{_OWNED_NOUNS}(?:[ \t]+(?:that|as|of|said|says|added|adds|read|reads|stated"
    rf"|states|continued|continues)|[ \t]+(?:was|is|were|are)(?:[ \t]+[a-z]+)?(?=[ \t]*:))?"
    rf"[ \t]*[,:?]?[ \t]*$")
# “His message was simple: "…"”, “Her reply: "…"”: the words of the one “his”/“her” is,
# opening the sentence before the quotation
_PRONOUN_OWNED = re.compile(
    rf"(?P<p>His|Her)[ \t]+(?:(?:recent|earlier|latest|own)[ \t]+)?{_OWNED_NOUNS}"
    r"(?:[ \t]+(?:was|is|were|are)(?:[ \t]+[a-z]+)?)?[ \t]*:[ \t]*$")
# an answer to the words owned after it: “Kerr responded to Vale’s message: "…"”, “Kerr’s
# reply to Vale’s post: "…"” are Kerr's answer, not Vale's message
_ANSWER_TO = re.compile(r"\b(?:respon\w*|repl\w*|answer\w*|react\w*|retort\w*)[ \t]+to[ \t]+$")
# a sentence opening with whose account it reports, then a comma (“According to Kerr’s
# account, …”, “In Kerr's own words, …”, “Per Rocos's recollections, …”: the cast reads
# no “Per Rocos”, cast._per_opener): the name before the possessive.
_SOURCE_OPENERS = frozenset(("according", "in", "per"))
_OWNED_SOURCE = re.compile(
    r"(?:According[ \t]+to|In|Per)[ \t]+(?P<n>[A-Z][\w.\-]*(?:[ \t]+[A-Z][\w.\-]*){0,2})"
    + OWNED_ACCOUNT)
# “In the words of the Crown prosecutor, Mark Tedeschi, QC, "…"”: whose words they are
_IN_THE_WORDS = re.compile(r"\b[Ii]n[ \t]+the[ \t]+words[ \t]+of[ \t]+")


def _the_epithet_before(text: str, toks: list[tuple[str, int, int]], words: list[str], j: int,
                        people: People, vend: int) -> Attribution | None:
    """English: the subject of a speech verb before a quotation is “the”, then an age or an
    epithet's noun, as after one (“…,” the 34-year-old said.: ``_aged_speaker``; “…,” the
    pollster said.): “The 34-year-old said: “…””, “The epidemiologist told reporters: “…””,
    “The Zanfold boss added: “…””. None for any other subject (the rules below read it)."""
    if j < 1:
        return None
    if AGE_WORD.fullmatch(words[j]) and words[j - 1] in ("the", "now"):
        aged = _AGED.match(f"the {words[j]}")
        if aged is not None:
            return _aged_speaker(text, aged, toks[j][1], people)
    if words[j] not in EPITHET_NOUNS:
        return None
    i = j - 1
    while i > 0 and i > j - 4 and toks[i][0][:1].isupper() and words[i] != "the":
        i -= 1  # (whose: “the Zanfold boss”)
    if words[i] != "the":
        return None
    phrase = Phrase("", text[toks[i + 1][1] : toks[j][2]], toks[i + 1][1], toks[j][2])
    cue = text[toks[i][1] : vend]
    if i == j - 1:
        found = _resolve(people, phrase, toks[j][1], cue)
    else:
        found = _resolve_epithet(people, phrase, toks[j][1], cue, text)
    return found if found.speaker else Attribution(cue=cue, explicit=True)


def _other_named(people: People, lo: int, hi: int, who: str) -> bool:
    """Is somebody other than ``who`` named between lo and hi? (“In Kerr’s words, Vale had
    called the offer "…"”: the words are Vale's, Kerr's account reports them.)"""
    i = bisect.bisect_left(people.mention_pos, lo)
    j = bisect.bisect_left(people.mention_pos, hi)
    return any(w != who for w in people.mention_who[i:j])


#: a name alone before a comma and an opening mark, opening its paragraph (“Rishi Niranjan,
#: “The Jharkhand protests raise questions …””): the name signs the words that follow
_NAME_COMMA_OPENING = re.compile(r"[ \t]*,[ \t]*$")
#: a line signing the quotation paragraph above it, as vox pops are laid out: a name of two
#: to four words, then its age and what the person is, after commas (“Mahak Pandey, 20,
#: student”, “Khushi Rathore, student”, “Pujita Arora”)
_NAME_RUN = r"[A-Z][\w’'.\-]+(?:[ \t]+[A-Z][\w’'.\-]+){1,3}"  # (two to four capitalised words)
_SIGNATURE = (rf"[ \t]*({_NAME_RUN})"
              r"(?:,[ \t]*\(?\d{1,3}\)?)?(?:,[ \t]*[a-z][a-z &,\-]{0,40})?[ \t]*")
_SIGNATURE_LINE = re.compile(_SIGNATURE + r"(?=\n|$)")
#: a quotation paragraph and the line breaks after it
_QUOTATION_PARAGRAPH = r"(?m)^[ \t]*[“\"][^\n]*[”\"][ \t.,]*\n+"


#: a quotation paragraph, then a signature line (``_SIGNATURE_LINE``) under it
_SIGNED_BELOW = re.compile(_QUOTATION_PARAGRAPH + _SIGNATURE_LINE.pattern)
#: a signature-shaped line between a paragraph that is no quotation and a quotation paragraph
#: under it: the names are written above their words (an interview's, a list's layout)
_SIGNED_ABOVE = re.compile(r"(?m)^[^\n]*[^”\"\s][ \t]*\n+" + _SIGNATURE + r"\n+[ \t]*[“\"]")
#: a paragraph opening with a name of two to four words, a comma and an opening mark
_NAME_COMMA_PARAGRAPH = re.compile(rf"(?m)^[ \t]*{_NAME_RUN}[ \t]*,[ \t]*[“\"]")


#: a signature line under a quotation paragraph with an age or an occupation after the name
_TAILED_BELOW = re.compile(
    _QUOTATION_PARAGRAPH + rf"[ \t]*{_NAME_RUN},[ \t]*(?:\(?\d{{1,3}}\)?|[a-z])")


@lru_cache(maxsize=4)
def _tailed_signature(text: str) -> bool:
    """Does some signature line under a quotation paragraph give an age or an occupation
    (“Meera Joshi, 20, student”): the article lays out a vox pop, bare lines too?"""
    return _TAILED_BELOW.search(text) is not None


@lru_cache(maxsize=4)
def _signed_below(text: str) -> bool:
    """Does the article lay out quotations signed below (a vox pop): two or more quotation
    paragraphs each with a signature line under it, and no signature line above one?"""
    return (len(_SIGNED_BELOW.findall(text)) >= 2 and _SIGNED_ABOVE.search(text) is None)


@lru_cache(maxsize=4)
def _name_comma_openings(text: str) -> int:
    """How many paragraphs open with a name, a comma and an opening mark (a panel's
    answers: “Rishi Niranjan, “…””)."""
    return len(_NAME_COMMA_PARAGRAPH.findall(text))


def signed_quotation(text: str, open_at: int, close_at: int, lo: int, hi: int,
                     people: People) -> tuple[Attribution, str]:
    """A quotation paragraph signed by a name with no speech verb: the name opening the
    paragraph before a comma and the opening mark (“Rishi Niranjan, “…””), or a line of its
    own right below (a vox pop: “…” then “Mahak Pandey, 20, student”). The name must be
    read as a person's whole name, and the article must lay its quotations out so twice or
    more (one such line is a caption, a credit, a byline or the next story's headline as
    often: a fresh review's probes, /work/s44/review.md); (Attribution(), "") where nothing
    signs it."""
    before = text[lo:open_at]
    comma = _NAME_COMMA_OPENING.search(before)
    whole = close_at >= 0 and not text[close_at + 1 : hi].strip(" \t.,")
    if comma is not None and comma.start() > 0 and whole and _name_comma_openings(text) >= 2:
        phrase = parse_forward(text, lo, lo + comma.start(), people.words)
        if (phrase.name and not phrase.role and phrase.end == lo + comma.start()
                and 2 <= len(phrase.name.split()) <= 4):
            found = _resolve(people, phrase, lo, text[lo : open_at].strip())
            if found.speaker:
                return replace(found, explicit=True), "before"
    if not whole or text[lo:open_at].strip() or not _signed_below(text):
        return Attribution(), ""  # (the quotation is not the whole paragraph, or the
        # article lays out no series of quotations signed below)
    if text[:lo].rstrip().endswith(":"):
        return Attribution(), ""  # (introduced by the paragraph before: “… said:”)
    nxt = hi
    while nxt < len(text) and text[nxt] in "\r\n":
        nxt += 1
    line = _SIGNATURE_LINE.match(text, nxt)
    if nxt == hi or line is None:
        return Attribution(), ""
    phrase = parse_forward(text, line.start(1), line.end(1), people.words)
    if not phrase.name or phrase.role or phrase.end != line.end(1) or len(
            phrase.name.split()) < 2:
        return Attribution(), ""
    if line.end(1) == line.end() and (
            phrase.start != line.start(1)
            or not (listed_given_name(phrase.name.split()[0].lower()) or _tailed_signature(text))):
        return Attribution(), ""  # (a bare line of words that opens with no given name the
        # engine lists, where no signature line of the article gives an age or an occupation,
        # is a crosshead or a headline: “High Street”, “Markets Rally Again”, “Baca Juga
        # Cuaca Ekstrem”)
    if line.end(1) == line.end() and any(people.words[w.lower()] for w in phrase.name.split()):
        return Attribution(), ""  # (a bare line of words the article also writes in lower
        # case is a crosshead, “Election Night Drama”, not a name signing the quotation)
    found = _resolve(people, phrase, line.start(1), line.group().strip())
    return (replace(found, explicit=True), "after") if found.speaker else (Attribution(), "")


def before_quote(text: str, lo: int, pos: int, people: People) -> Attribution:
    """Attribution in the words of the same sentence before an opening mark."""
    toks = tokens(text, lo, pos)
    if not toks:
        return Attribution()
    words = [_low(t[0]) for t in toks]
    if words[0] in DOCUMENT_WORDS and any(w in DOCUMENT_VERBS for w in words):
        # “Pasal tersebut berbunyi, "…"”, “Ketentuan dalam Statuta FIFA … menyebutkan
        # bahwa, "…"”: a document is quoted, nobody speaks
        return Attribution(cue=text[toks[0][1] : toks[-1][2]], explicit=True)
    source = _OWNED_SOURCE.match(text, toks[0][1], pos) if words[0] in _SOURCE_OPENERS else None
    if source is not None and not any(
            w in EN_VERBS for t, w in zip(toks, words, strict=True) if t[1] >= source.end()):
        # “According to Kerr’s account, the crew spent the day "…"”, “In Kerr’s own words,
        # the plan was "…"”: no speech verb after it; the one whose account it is
        phrase = parse_forward(text, source.start("n"), source.end("n"), people.words)
        if phrase.name and not phrase.role:
            found = _resolve(people, phrase, source.start("n"),
                             text[source.start() : source.end("n") + 2])
            if found.speaker and not _other_named(people, source.end(), pos, found.speaker):
                return found
    if words[0] == "menurut" or words[:2] == ["according", "to"]:
        start = toks[1][2] if words[0] == "according" else toks[0][2]
        found = _according_to(text, toks, 2 if words[0] == "according" else 1, start, pos,
                              lo, people)
        if found.speaker or found.explicit:
            return found
    words_of = _IN_THE_WORDS.search(text, lo, pos) if "words of" in text[lo:pos] else None
    if words_of is not None:
        phrase = parse_forward(text, words_of.end() - 1, pos, people.words)
        if phrase.name or phrase.role:
            found = _resolve(people, phrase, words_of.start(),
                             text[words_of.start() : phrase.end])
            if found.speaker:
                return found
    owned = _OWNED_WORDS.search(text, lo, pos)
    if owned is not None:
        # “… to fact-check Buffett's statement that "…"”: the one whose words they are
        phrase = parse_backward(text, owned.start("s"), lo)
        if phrase.name and not phrase.name.endswith(POSSESSIVE) and not _ANSWER_TO.search(
                text, max(lo, phrase.start - 30), phrase.start):
            found = _resolve(people, phrase, owned.start("s"),
                             text[phrase.start : owned.end()].strip())
            if found.speaker:
                return found
    if words[0] in ("his", "her") and detect_language(people.text) == "en":
        mine = _PRONOUN_OWNED.match(text, toks[0][1], pos)
        if mine is not None:
            found = _pronoun(people, toks[0][1], mine["p"].lower())
            if found.speaker:
                return found
    tail = len(words) - 1 if words[-1] not in (":", ",") else len(words) - 2
    if tail >= 1 and words[tail] in _DOCUMENT_SAYS and words[tail - 1] in _EN_DOCUMENTS:
        # “FCC guidelines state: “…””, “The sign read, “…””: a document, nobody speaks
        return Attribution(cue=text[toks[tail - 1][1] : toks[tail][2]], explicit=True)
    if ("quoted" in words or "cited" in words) and detect_language(people.text) == "en":
        reported = _quoted_as(text, toks, people, toks[0][1], True)
        if reported is not None:  # Reuters quoted Ahmed Ali as saying, “…”
            return reported
    if _unnamed_colon(text, toks, words, pos):
        # “A spokesperson for the FCC issued a statement: “…””: somebody unnamed
        return Attribution(cue=text[toks[0][1] : toks[-1][2]], explicit=True)
    for k in range(len(toks) - 1, -1, -1):
        w = words[k]
        if w == "states" and k + 1 < len(toks) and words[k + 1] not in _AFTER_STATES:
            continue  # “top diplomats from EU states will meet to “…””: the noun
        if (w == "menurutnya" or (w.endswith(ID_NYA_SUFFIX) and w[:-3] in _PASSIVE_SAYS)) \
                and not any(later in DOCUMENT_VERBS for later in words[k + 1:]):
            # “Menurutnya, kedua gerakan "…"”, “sapu lidi disebutnya sebagai simbol "…"”:
            # the view, or what is said by “-nya”, of the one a “katanya” would be (not a
            # document quoted in it: “Menurutnya, … Pasal 32, yang berbunyi, "…"”)
            return _pronoun(people, toks[k][1], toks[k][0])
        if w in _PARTICIPLES or (k and words[k - 1] in _WITH_VERB and w in _SPEECH_AFTER_SUBJECT):
            found = _participle(text, lo, toks, k, people)
            if found.speaker or found.how == "unnamed":
                return found
        framing = w in EN_FRAMING_VERBS or w in ID_FRAMING_VERBS
        if w in EN_FRAMING_ING and k >= 2 and words[k - 1] in _PROGRESSIVE:
            # “in what President Tom Vale is calling a “new wave of …””: the one before
            # “is” frames it
            phrase = parse_backward(text, toks[k - 1][1], lo)
            if phrase.name:
                found = _resolve(people, phrase, toks[k][1], text[phrase.start : toks[k][2]])
                if found.speaker:
                    return found
        if framing and k + 2 < len(toks) and words[k + 1] in ("by", "oleh"):
            # passive: “was described by Jobs as "…"”, “disebut oleh Jokowi sebagai "…"”
            phrase = parse_forward(text, toks[k + 1][2], pos, people.words)
            if phrase.name:
                return _resolve(people, phrase, toks[k][1], text[toks[k][1] : phrase.end])
        if w in ID_POST_VERBS and k + 1 < len(toks) and len(toks) - k <= 8:
            if words[k + 1] in _PRONOUN_WORDS:
                return _pronoun(people, toks[k][1], f"{toks[k][0]} {toks[k + 1][0]}")
            phrase = parse_forward(text, toks[k][2], pos, people.words)
            if phrase.name or phrase.role:
                return _resolve(people, phrase, toks[k][1], text[toks[k][1] : phrase.end])
        if w in _SPEECH_AFTER_SUBJECT or framing or (
                w in EN_QUOTE_VERBS and all(x in (",", ":") for x in words[k + 1:])) or (
                w in _BACK_VERBS and words[k + 1 : k + 2] == ["back"]):
            vend = toks[k + 1][2] if w in _BACK_VERBS and words[k + 1 : k + 2] == ["back"] \
                else toks[k][2]
            handle = _HANDLE_BEFORE.search(text, max(lo, toks[k][1] - 60), toks[k][1])
            if handle and w in EN_VERBS:
                # “Twitter user @S_H_Gillani wrote: “…””: the account speaks
                return Attribution(handle[1], "", text[handle.start() : vend], True, 0.8,
                                   "name")
            j = k - 1
            while j > 0 and adverb_between(words[j], toks[j][0]):
                j -= 1  # “He also said, “…””, “She later told reporters: “…””
            if k > 0 and words[j] in _PRONOUN_WORDS:
                return _pronoun(people, toks[k][1], f"{toks[j][0]} {toks[k][0]}")
            described = _the_epithet_before(text, toks, words, j, people, vend) if (
                k > 1 and detect_language(people.text) == "en") else None
            if described is not None:
                return described
            who = k - 1
            while who > 2 and (words[who] in ADVERBS or lowercase_adverb(toks[who][0])):
                who -= 1  # “Tester, who recently said …”
            if who > 1 and words[who] == "who" and words[who - 1] == ",":
                # “… and House Speaker Paul Ryan, who called it the “textbook …””: the
                # one the relative clause hangs on; “But the senator, who recently said
                # that he brings a “…””: the senator the article named
                phrase = parse_backward(text, toks[who - 1][1], lo)
                if phrase.name:
                    return _resolve(people, phrase, toks[k][1],
                                    text[phrase.start : vend])
                if phrase.role and _the_role(text, phrase, lo):
                    found = _resolve(people, phrase, toks[k][1], text[phrase.start : vend])
                    if found.speaker:
                        return found
            relative = _relative_clause_owner(text, lo, toks, words, k)
            if relative.name:
                # “Matt Fowler, whose father, Ian, died of Covid, said: “…””: the one the
                # relative clause hangs on, not a name inside it
                return _resolve(people, relative, toks[k][1],
                                text[relative.start : vend])
            # (“The ministry on Sunday said”, “Apple late Monday said”: the subject
            # before a phrase of time, as if it were not there)
            end = toks[k][1]
            if detect_language(people.text) == "en":
                timed = _before_time(text, lo, end)
                if timed != end and _opens_subject(text, lo, timed):
                    end = timed
            else:  # (“Dewi Lestari pada Juni lalu mengatakan”, “Budi Santoso Mei 2024
                # menyatakan”: the subject before a phrase of time)
                dated = _ID_TIME_BEFORE_VERB.search(text, max(lo, end - 40), end)
                if dated is not None and _opens_subject(text, lo, dated.start()):
                    end = dated.start()
            if (k >= 2 and words[k - 1] == "," and w in EN_VERBS and w not in _OBJECT_VERBS
                    and detect_language(people.text) == "en"):
                ahead = parse_forward(text, toks[k][2], pos, people.words)
                if ahead.name and _COMMA_NEXT.match(text, ahead.end) and not (
                        _opens_subject(text, lo, toks[k - 1][1])):
                    # (not after a subject and its apposition: “Tom Vale, 45, said Ann
                    # Kerr, the mayor, had “…””: Tom Vale speaks of Ann Kerr)
                    # “The paradox of Nancy, says Carl Anthony, historian at …, is that
                    # she was “…””: the name the interjected verb brings in speaks, not the
                    # one before its comma
                    return _resolve(people, ahead, toks[k][1], text[toks[k][1] : ahead.end])
            phrase = escorted_host(text, parse_backward(text, end, lo), lo)
            if not phrase.name and phrase.role and _INDEFINITE_BEFORE.search(
                    text, max(lo, phrase.start - 9), phrase.start):
                # “But a spokesperson says ‘…’”: somebody unnamed, not the spokesperson
                # the article names elsewhere
                return Attribution(cue=text[phrase.start : vend], explicit=True)
            if phrase.role and not any(ch.isalpha() for ch in phrase.role):
                phrase = Phrase()  # (a bracket's mark read as the role: “Senin (3/3)”)
            between = None if phrase.name or phrase.role else _INTERPOSED.search(
                text, lo, end)
            if between and between.group().strip(" \t,"):  # “Pertamina dalam keterangannya
                # menyatakan”: the subject before
                phrase = parse_backward(text, between.start(), lo)
            if not (phrase.name or phrase.role) and detect_language(people.text) == "en":
                phrase = _name_before_aside(text, toks, words, k, lo, people)
                body = Phrase() if phrase.name or phrase.role else _country_body_before(
                    text, lo, end)
                if body.name:  # (“Pakistan's foreign ministry said”: the body speaks)
                    return Attribution(body.name, "", text[body.start : vend], True, 0.8,
                                       "body")
            if not (phrase.name or phrase.role):
                phrase = describe_backward(text, lo, end)
            if not (phrase.name or phrase.role):
                phrase = _body_anaphor_before(text, lo, end)
            plural = None if phrase.name or phrase.role else _ID_UNNAMED_SUBJECT.search(
                text, max(lo, toks[k][1] - 60), toks[k][1])
            if plural is not None and detect_language(people.text) != "en":
                # “Warga lain mengatakan, …”, “Para pengungsi berteriak, …”: others, or
                # many, nobody named (not the one who spoke before)
                return Attribution(cue=text[plural.start() : vend], explicit=True)
            affiliated = _affiliated(people, phrase, toks[k][1], text[phrase.start : vend],
                                     text, lo)
            if affiliated is not None:  # “The Spaniard said: “…””
                return affiliated
            if _epithet(text, phrase, lo):  # “The U.S. president said …”
                return _resolve_epithet(people, phrase, toks[k][1],
                                        text[phrase.start : vend], text)
            if phrase.name or phrase.role:
                return _resolve(people, phrase, toks[k][1], text[phrase.start : vend],
                                _the_role(text, phrase, lo), True)
            if w in _OBJECT_VERBS or (k and words[k - 1] in ("and", "dan") and (
                    w in _SPEECH_AFTER_SUBJECT)):
                # “… and tells fiancé Marshall, ‘…’”, “Sun Yeli expressed support for the
                # policy and said "…"”: the subject of the coordinated verbs speaks
                subject = sentence_subject(text, lo, toks[k][1], people)
                if subject.speaker:
                    return Attribution(subject.speaker, subject.role, subject.cue, True, 0.7,
                                       "subject")
            if w in EN_VERBS and w not in _OBJECT_VERBS and k + 1 < len(toks):
                phrase = parse_forward(text, toks[k][2], pos, people.words)
                if phrase.name:
                    return _resolve(people, phrase, toks[k][1], text[toks[k][1] : phrase.end])
    return Attribution()


_COMMA_NEXT = re.compile(r"[ \t]*,")


# passive speech and framing verbs whose agent “-nya” names (“disebutnya”, “dikatakannya”)
_PASSIVE_SAYS = ID_PASSIVE_VERBS | frozenset("disebut dinilai digambarkan dijuluki".split())


# public bodies named by their kind (``names.BODY_KINDS``), one of a kind in most articles
_PUBLIC_BODY_KINDS = frozenset(
    "ministry department council bureau commission committee institute authority embassy "
    "association union foundation board".split())
_THE_BODY_BEFORE = re.compile(r"(?<![\w’'])([Tt]he[ \t]+([a-z]+))[ \t]+$")


_DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|March|April|May|June|July|Aug(?:ust)?|Sept?(?:ember)?"
          r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
#: a phrase of time between a subject and its speech verb, as wire copy writes it (“The
#: ministry on Sunday said”, “Apple late Monday said”, “Ana Ruiz earlier this week said”,
#: “The WHO on March 3 warned”)
_TIME_BEFORE_VERB = re.compile(
    r"(?<=[\w.’'])(?<!\bMail)[ \t]+(?:"
    rf"(?:(?:on|late|early|earlier|later|last)[ \t]+)?{_DAY}"
    r"(?:[ \t]+(?:morning|afternoon|evening|night))?"
    rf"|(?:on[ \t]+)?{_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?(?:,[ \t]*\d{{4}},?)?"
    rf"|(?:on[ \t]+)?\d{{1,2}}[ \t]+{_MONTH}(?:[ \t]+\d{{4}})?"
    r"|(?:earlier|later|late|early)[ \t]+(?:this|last|that|in[ \t]+the)[ \t]+"
    r"(?:week|month|year|morning|afternoon|evening|weekend)"
    r"|(?:last|this)[ \t]+(?:week|month|year|morning|weekend)"
    r"|yesterday|today|tonight)[ \t]+$")


_ID_MONTH = (r"(?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober"
             r"|November|Desember)")
#: a phrase of time between a subject and its speech verb in Indonesian copy (“Dewi pada
#: Juni lalu mengatakan”, “Budi Mei 2024 menyatakan”, “Ani, Senin (3/3), mengatakan”)
_ID_TIME_BEFORE_VERB = re.compile(
    r"(?<=[\w.])[ \t]*,?[ \t]+(?:pada[ \t]+)?(?:"
    # (a month alone may be a name's word, “Dewi Juni”: a year, “lalu” or “pada” with it)
    rf"(?:bulan[ \t]+)?{_ID_MONTH}(?:[ \t]+\d{{4}}|[ \t]+(?:lalu|ini|kemarin))+"
    rf"|(?<=pada[ \t]){_ID_MONTH}"
    rf"|(?:tanggal[ \t]+)?\d{{1,2}}[ \t]+{_ID_MONTH}(?:[ \t]+\d{{4}})?"
    rf"|{_ID_DAY}(?:[ \t]*\([\d/ ]{{3,12}}\))?(?:[ \t]+(?:lalu|pagi|siang|sore|malam))?"
    r"|(?:pekan|minggu|bulan|tahun)[ \t]+lalu|kemarin|hari[ \t]+ini)[ \t]*,?[ \t]*$")


def _opens_subject(text: str, lo: int, at: int) -> bool:
    """Does the phrase that ends at ``at`` open its sentence (after “the”, or after a
    phrase closed by a comma: “In a statement, Apple …”)? Not the object of a word before
    it (“Workers at Amazon”, “Rebels fighting Assad”, “A complaint by Ann Lee against
    Meta”, “Critics of Israel's military”)."""
    phrase = parse_backward(text, at, lo)
    if not (phrase.name or phrase.role):
        phrase = _country_body_before(text, lo, at)  # (“Pakistan's foreign ministry”)
    first = phrase.start if phrase.name or phrase.role else at
    return _subject_start(text, lo, first)


def _subject_start(text: str, lo: int, first: int) -> bool:
    """Is ``first`` where its sentence's subject starts: nothing before it but “the” or an
    opening phrase closed by a comma?"""
    head = text[lo:first].strip()
    if head.lower().endswith("the") and (len(head) == 3 or not head[-4].isalnum()):
        head = head[:-3].rstrip()
    return not head or head.endswith(",")


def _before_time(text: str, lo: int, at: int) -> int:
    """Where the subject before the speech verb at ``at`` ends: before a phrase of time
    right before the verb (``_TIME_BEFORE_VERB``), else ``at``."""
    found = _TIME_BEFORE_VERB.search(text, max(lo, at - 48), at)
    return found.start() if found else at


#: a state's body (``_STATE_BODY``) right before a speech verb
_STATE_BODY_BEFORE = re.compile(rf"(?<![\w’'])(?:[Tt]he[ \t]+)?{_STATE_BODY}[ \t]*$")


def _country_body_before(text: str, lo: int, end: int) -> Phrase:
    """A state's body in lower case (``_STATE_BODY_BEFORE``) right before ``end``, its
    country or people's word known (``GEO_WORDS``): the body, as the article writes it."""
    found = _STATE_BODY_BEFORE.search(text, max(lo, end - 72), end)
    if found is None or not _known_land(found) or not _subject_start(text, lo, found.start()):
        return Phrase()  # (“Ann Lee of Israel's military said”: hers; “A Swiss bank”)
    return Phrase(found["body"], "", found.start("body"), found.end("body"))


def _state_body_after(text: str, pos: int, stop: int, verb_first: bool) -> re.Match[str] | None:
    """``_STATE_BODY_AFTER``'s match at ``pos`` (the verb first or the body first), its
    country or people's word known (``GEO_WORDS``), or None."""
    found = _STATE_BODY_AFTER[verb_first].match(text, pos, stop)
    return found if found is not None and _known_land(found) else None


def _known_land(found: re.Match[str]) -> bool:
    """Is the country or people's word of a ``_STATE_BODY`` match one ``GEO_WORDS`` holds?"""
    return all(w.lower() in GEO_WORDS for w in found["land"].split())


_ASIDE_OPENERS = frozenset("in at on during".split())
_SIGNED_AT = _ASIDE_OPENERS | frozenset("to speaking addressing via".split())


def _name_before_aside(text: str, toks: list[tuple[str, int, int]], words: list[str], k: int,
                       lo: int, people: People) -> Phrase:
    """“Ann Kerr at a press conference said, “…””, “Ann Kerr on Monday said”, “Tom Vale,
    recently in a public programme said”: a name, then a phrase of a few words saying
    where, when or in what (opened by in, at, on, during; no comma, no verb in it) before
    the verb at k: the name, when it has two words or the cast knows it (an empty phrase
    when the words are not so shaped)."""
    for j in range(k - 1, max(0, k - 9), -1):
        if words[j] in (",", ";", ":") or words[j] in EN_VERBS:
            return Phrase()
        if words[j] not in _ASIDE_OPENERS:
            continue
        i = j - 1
        while i > 0 and lowercase_adverb(toks[i][0]):
            i -= 1  # (“Tom Vale, recently in …”)
        if i > 0 and words[i] == ",":
            i -= 1
        if i < 0 or not is_cap(toks[i][0]):
            continue  # (“Ann Kerr in a statement on Monday said”: an earlier one opens it)
        phrase = parse_backward(text, toks[i][2], lo)
        if " " in phrase.name or (phrase.name and people.known(phrase.name, toks[i][1])):
            return phrase  # (a person's name, not “People at the rally said”)
        return Phrase()
    return Phrase()


def _body_anaphor_before(text: str, lo: int, pos: int) -> Phrase:
    """“The ministry added the attack was retaliation for … “…””: a public body's anaphor
    right before the verb, for the body the article named (``_resolve`` finds it, or
    nobody)."""
    m = _THE_BODY_BEFORE.search(text, max(lo, pos - 40), pos)
    if not m or m[2] not in _PUBLIC_BODY_KINDS:
        return Phrase()  # (“The company said …”: which of the companies named, a guess)
    return Phrase("", m[1], m.start(1), m.end(1))


def _relative_clause_owner(text: str, lo: int, toks: list[tuple[str, int, int]],
                           words: list[str], k: int) -> Phrase:
    """The name before “, who …,” or “, whose …,” when that clause ends right before the
    speech verb at k (English); also before an aside opened by a participle (“Al
    Jazeera's Hamdah Salhut, reporting from Amman, said: …”, “Tom Vale, speaking in London
    on Monday, said: …”, “Mr. Reyes, asked if he backed impeaching Mr. Tramp, said …”),
    whose place or name is not the speaker; and before an apposition opened
    by an article (“Maurice Obstfeld, a former IMF chief economist who now teaches at the
    University of California, Berkeley, has warned that …”: R15-4, the place that ends the
    apposition is not the subject), the outermost one of a chain (“Tom Vale, the mayor of
    Maple, a town of 3,000, said”), unless a name follows the verb (“…, a local man, said
    Inspector Ana Ruiz” is inverted; “…, told Reuters” is not) or a preposition comes before
    the name (“In July, the boss of Sainsbury's, Simon Roberts, said”)."""
    end = k - 1
    while end > 3 and (words[end] in _AUXILIARIES or adverb_between(words[end], toks[end][0])):
        end -= 1  # “…, has warned”, “…, also said”
    if k < 4 or words[end] != ",":
        return Phrase()
    owner = Phrase()
    for j in range(end - 1, 1, -1):
        participle = toks[j][0].islower() and words[j].endswith("ing") and len(words[j]) > 5
        if (words[j] in ("who", "whose") or participle) and words[j - 1] == ",":
            return parse_backward(text, toks[j - 1][1], lo)
        if words[j] in _ASKED_ASIDE and toks[j][0].islower() and words[j - 1] == ",":
            found = parse_backward(text, toks[j - 1][1], lo)
            if found.name and not _OF_BEFORE.search(text, max(lo, found.start - 40),
                                                    found.start):
                return found  # (not “…, a founder of the House Freedom Caucus, asked if
                # …, said”: the body ends an apposition; the name before it speaks)
        if (words[j] in _APPOSITION_OPENERS and words[j - 1] == "," and j + 1 < end
                and toks[j][0].islower() and _described(toks[j + 1][0])
                and not (k + 1 < len(toks) and toks[k + 1][0][:1].isupper()
                         and words[k] not in _OBJECT_VERBS)):
            found = parse_backward(text, toks[j - 1][1], lo)
            if found.name and not _LEADING_PREPOSITION.search(text, max(lo, found.start - 12),
                                                              found.start):
                owner = found  # (an apposition before it may hang on a name further back)
        if words[j] in _SPEECH_AFTER_SUBJECT:
            break
    return owner


_AUXILIARIES = frozenset("has have had".split())
# “Mr. Reyes, asked if he supported impeaching Mr. Tramp, said …”: an aside opened by a
# participle of being asked, whose last name is not the speaker
_ASKED_ASIDE = frozenset("asked pressed questioned reached contacted".split())
# a name that ends a description (“a founder of the conservative House Freedom Caucus”)
_OF_BEFORE = re.compile(r"\b(?:of|the|for|at|in|from|with|by)[ \t]+(?:[A-Za-z]+[ \t]+){0,2}$")
# “In July, the boss of Sainsbury's, Simon Roberts, said”: a name after a preposition is no
# subject that an apposition hangs on
_LEADING_PREPOSITION = re.compile(
    r"(?<![\w’'])(?:[Ii]n|[Oo]n|[Aa]t|[Ff]rom|[Ss]ince|[Aa]fter|[Bb]efore|[Dd]uring|[Bb]y|"
    r"[Ff]or|[Ww]ith|[Tt]o|[Oo]f)[ \t]+$")
_APPOSITION_OPENERS = frozenset("a an the".split())


def _described(word: str) -> bool:
    """Could open what an apposition says a person is (“a former …”, “the BBC's …”)?"""
    return word[:1].islower() or word.endswith(POSSESSIVE)


_INDEFINITE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)[ \t]+$")
# an English document that “says” what follows (label rules: documents are nobody)
_EN_DOCUMENTS = frozenset(
    "guidelines guideline guidance rules rule regulations regulation law laws statute "
    "statutes bill act ruling order indictment filing complaint lawsuit petition sign signs "
    "caption policy memo constitution treaty agreement contract document documents "
    "resolution verdict judgment warrant transcript notice manual handbook report letter "
    "website".split())
_DOCUMENT_SAYS = frozenset("state states stated says said read reads declare declares "
                           "declared".split())
# who an indefinite subject may be: “A spokesperson for the FCC issued a statement: …”
_UNNAMED_HEADS = frozenset(
    "spokesperson spokesman spokeswoman official officials source person man woman "
    "representative aide adviser advisor friend colleague classmate".split()) | UNNAMED_WORDS
# … and any word for a person, an office or a relative: after “a” or “an” one unnamed
# person (“A lawyer for Ann Kerr said: …”, “according to a former Acme employee”)
_PERSON_HEADS = _UNNAMED_HEADS | EN_KIN_WORDS | ROLE_WORDS | PERSON_NOUNS


def _unnamed_colon(text: str, toks: list[tuple[str, int, int]], words: list[str],
                   pos: int) -> bool:
    """Does an indefinite, unnamed subject (“A spokesperson for the FCC …”, “One local
    resident …”, “A lawyer for Ann Kerr said”), or a relative of the one named (“The
    daughter of Ann Kerr said”), open the sentence that introduces the quotation with a
    colon (English)?"""
    if len(toks) < 3 or toks[-1][0] != ":":
        return False
    if toks[0][0] == "The":
        # “The daughter of Ann Kerr, meanwhile, said: …”: a relative of the one named, not
        # that one (a relative named with a comma speaks: see below)
        if not (len(toks) > 3 and words[1] in _RELATION_WORDS and words[2] == "of"):
            return False
    elif toks[0][0] not in ("A", "An", "One", "Another"):
        return False
    if any(toks[k][0] == "," and is_cap(toks[k + 1][0]) for k in range(len(toks) - 1)):
        # “A spokesperson for Ruiz, Ana Diaz, said: …”, “A judge, Tom Vale, put it plainly:
        # …”: a name in apposition speaks, with a speech verb or without
        return False
    for k in range(1, min(len(toks) - 1, 5)):
        if not toks[k][0].islower():
            return False
        if words[k] in _PERSON_HEADS:
            # (“A lawyer for Ann Kerr said: …”, “A friend of Tom Vale told the paper: …”:
            # the one they speak for or of is not who speaks)
            return True
    return False


def _is_subject_of(toks: list[tuple[str, int, int]], k: int, j: int) -> bool:
    """Is the capitalised run toks[k:j] a body acting as the subject (“UNESCO telah …”,
    “Microsoft has …”): an acronym or a known body word, not after a preposition, followed
    by a lower-case word that is not a preposition?"""
    nxt = toks[j][0]
    before = toks[k - 1][0].lower() if k else ""
    run = [t[0] for t in toks[k:j]]
    body = any(len(w) > 1 and w.isupper() for w in run) or any(
        w.lower() in ORG_WORDS for w in run)
    return (body and nxt.islower() and nxt not in _PREPOSITION_WORDS
            and before not in _PREPOSITION_WORDS)


def _participle(text: str, lo: int, toks: list[tuple[str, int, int]], k: int,
                people: People) -> Attribution:
    """“… with Wang explaining that …”: the name right before the participle, else the
    subject of the sentence (“UNESCO telah menempatkan …, dengan mengatakan, …”)."""
    at = toks[k - 1][1] if toks[k - 1][0].lower() in _WITH_VERB else toks[k][1]
    after_comma = toks[k - 1][0] == ","  # “Trump wrote of Bragg, adding, …”: the subject
    phrase = Phrase() if after_comma else parse_backward(text, at, lo)
    if phrase.name:
        found = _resolve(people, phrase, at, text[phrase.start : toks[k][2]])
        if found.speaker:
            return found
    with_ = next((j for j in range(k - 1, max(k - 9, 0), -1) if toks[j][0] == "with"), -1)
    if with_ > 0 and not phrase.name and toks[with_ - 1][0] == "," and not any(
            is_cap(t[0]) or t[0] in ",;:" for t in toks[with_ + 1 : k]):
        # “…, with a source close to him saying: “…””, “with an ally adding”: the one
        # after “with” speaks, not the sentence's subject: a pronoun's person, an office
        # the article gave somebody, else nobody named
        cue = text[toks[with_ + 1][1] : toks[k][2]]
        if k == with_ + 2 and toks[with_ + 1][0].lower() in ("him", "her"):
            return _pronoun(people, toks[with_ + 1][1], cue)
        if phrase.role:
            found = _resolve(people, phrase, at, cue)
            if found.speaker:
                return found
        return Attribution(cue=cue, explicit=True, how="unnamed")
    if after_comma:
        # “Under attack from rival Hillary Clinton, Barack Obama fired back, stating: …”:
        # the clause's own subject, after the comma that ends a fronted phrase, not the
        # sentence's first name
        j = next((j for j in range(k - 2, 0, -1) if toks[j][0] == ","), -1)
        if j > 0:
            clause = parse_forward(text, toks[j][2], toks[k - 1][1], people.words)
            if clause.name and clause.start == toks[j + 1][1]:
                found = _resolve(people, clause, clause.start, text[clause.start : toks[k][2]])
                if found.speaker:
                    return found
    subject = sentence_subject(text, lo, at, people, bodies=True)
    if subject.speaker:
        return Attribution(subject.speaker, subject.role, subject.cue, True, 0.7, "subject")
    if subject.how == "unnamed":
        return subject
    return _clause_subject(text, toks, k, people)


def _clause_subject(text: str, toks: list[tuple[str, int, int]], k: int, people: People
                    ) -> Attribution:
    """English: “So, with just a few days to go before the first caucuses in Iowa, and …,
    Christie quit, telling a town hall meeting “…””: the subject of the participle's clause
    stands past the first words where the sentence's subject is looked for; the nearest
    person before the participle whose name a lower-case verb follows (not after a
    preposition, not a possessive), marked."""
    if detect_language(people.text) != "en":
        return Attribution()
    j = k - 1
    while j > 0:
        if not (is_cap(toks[j][0]) and toks[j + 1][0][:1].islower()
                and toks[j + 1][0] not in _PREPOSITION_WORDS
                and toks[j + 1][0] not in _TAIL_WORDS and toks[j + 1][0] not in _CONNECTS):
            j -= 1
            continue
        i = j
        while i > 0 and is_cap(toks[i - 1][0]):
            i -= 1
        phrase = split_phrase(toks[i : j + 1])
        before = toks[i - 1][0].lower() if i else ""
        if (phrase.name and not phrase.name.endswith(POSSESSIVE)
                and before not in _PREPOSITION_WORDS and before not in _OF_WORDS):
            full = people.known(phrase.name, toks[i][1])
            if full and not people.is_body(full):
                who = people.canonical(full)
                return Attribution(who, people.roles.get(full, ""),
                                   text[toks[i][1] : toks[k][2]], True, 0.5, "subject")
        j = i - 1
    return Attribution()


_CONNECTS = frozenset("and or but nor with".split())


_PASSIVE = re.compile(r"di[a-z]{4,}")


def _passive_after(toks: list[tuple[str, int, int]], j: int) -> bool:
    """Is the verb after the name at toks[j] an Indonesian passive (“dijatuhi”,
    “ditangkap”), past an apposition between commas (“Zhang Zhan, 42 tahun, …”)?"""
    if j < len(toks) and toks[j][0] == ",":
        close = next((i for i in range(j + 1, min(len(toks), j + 8)) if toks[i][0] == ","),
                     None)
        j = close + 1 if close is not None else j
    while j < len(toks) and toks[j][0].lower() in ADVERBS:
        j += 1
    return j < len(toks) and bool(_PASSIVE.fullmatch(toks[j][0]))


# English prepositions opening a sentence with a phrase before its subject.
_OPENING_PREPOSITIONS = frozenset("In On At During Following Amid Despite Throughout".split())


# verbs whose object is asked to do what follows (“called on X to”, “urged X to”)
_DIRECTIVES = frozenset("urged urging urges asked asking pressed pressing told telling invited "
                        "challenged implored ordered directed begged".split())


def _directed(toks: list[tuple[str, int, int]], k: int) -> bool:
    """Is the name at toks[k] the object of a directive verb (“called on”, “urged”)?"""
    if k >= 2 and toks[k - 1][0] == "on" and toks[k - 2][0] in ("called", "calling", "calls"):
        return True
    return k >= 1 and toks[k - 1][0] in _DIRECTIVES


def sentence_subject(
    text: str, lo: int, pos: int, people: People, bodies: bool = False
) -> Attribution:
    """The person a sentence is about, for a quotation woven into it: “Lue credited this
    win to a bench that ‘changed the game for us’” → the coach named Lue."""
    toks = tokens(text, lo, pos)
    if people.credits and toks:  # “(Daniel Ceng/Anadolu via Getty Images)Chinese Foreign
        # Ministry spokesperson Mao Ning slammed …”: a caption's credit ends it; the
        # sentence opens after it (after a link's headline, nobody can tell where)
        after = [b for a, b in people.credits if lo <= a < pos]
        if after:
            toks = [t for t in toks if t[1] >= max(after)]
            if toks and toks[0][0] == "Related":  # “Related article Israelis fear …”
                return Attribution()
    if toks and (toks[0][0].lower() in SUBORDINATORS or toks[0][0] in _OPENING_PREPOSITIONS):
        # “While Rep. Jamie Raskin gave a speech, Ocasio-Cortez said …”, “In a letter to
        # Debbie Wasserman Schultz, Sanders complained …”: skip the clause
        comma = next((i for i, t in enumerate(toks) if t[0] == ","), None)
        toks = toks[comma + 1 :] if comma is not None else toks
    if not toks:
        return Attribution()
    if toks[0][0].lower() in _PRONOUN_WORDS:
        if toks[0][0].lower() in FIRST_PERSON:
            return Attribution()  # “I was surprised to read (‘…’)”: the writer
        return _pronoun(people, toks[0][1], toks[0][0])
    if toks[0][0] in ("A", "An"):  # “A UK foreign office spokesperson stressed …”,
        # “A spokesperson for the UK foreign office …”: somebody unnamed, not “A UK”
        for m in range(1, min(7, len(toks))):
            w = toks[m][0]
            if not w.isalpha():
                break
            if w.islower() and w in ROLE_WORDS:
                return Attribution(cue=text[toks[0][1] : toks[m][2]], explicit=True,
                                   how="unnamed")
    k = 0
    while k < len(toks) and k < 12:
        if not is_cap(toks[k][0]):
            k += 1
            continue
        j = k
        while j < len(toks) and is_cap(toks[j][0]):
            j += 1
        phrase = split_phrase(toks[k:j])
        possessive = toks[j - 1][0].endswith(POSSESSIVE)
        if _directed(toks, k):
            # “…, called on Mr. Barr to “publicly testify …””: the one asked to do what the
            # quotation says is not the one saying it
            k = j
            continue
        if phrase.name and not possessive and not people.is_body(phrase.name):
            if _passive_after(toks, j) and detect_language(people.text) != "en":
                # “Zhang Zhan, 42 tahun, dijatuhi hukuman atas tuduhan "…"”: the one the
                # sentence is about did not say it, and nobody named did (Indonesian:
                # “Tom Vale dismissed the report, saying “…”” is no passive)
                return Attribution(cue=text[toks[k][1] : toks[j - 1][2]], explicit=True)
            full = people.known(phrase.name, toks[k][1])
            if full:
                if " " not in full:
                    # (“the case of Betty Dukes … ¶ Dukes said she …”: the cast kept the
                    # surname apart, a name after “of” read as a place; as a cue reads it)
                    full = people.fuller_in_text(full)
                return Attribution(people.canonical(full), people.roles.get(full, ""),
                                   text[toks[k][1] : toks[j - 1][2]], False, 0.6, "subject")
        if bodies and j < len(toks) and _is_subject_of(toks, k, j):
            if k and toks[k - 1][0] in ("a", "an"):
                # “a UK foreign office spokesperson stressed …, adding that they “…””:
                # somebody unnamed of that body
                return Attribution(cue=text[toks[k - 1][1] : toks[j - 1][2]], explicit=True,
                                   how="unnamed")
            if (j + 1 < len(toks) and toks[j][0] in ROLE_WORDS and is_cap(toks[j + 1][0])
                    and toks[j][0] not in UNNAMED_WORDS):
                # “Chinese Foreign Ministry spokesperson Mao Ning slammed …, saying, “…””:
                # the body only says whose spokesperson; the name after the role is the
                # subject
                k = j
                continue
            name = " ".join([t[0] for t in toks[k:j]])
            return Attribution(people.canonical(name), "", name, False, 0.6, "subject")
        k = j
    return Attribution()
