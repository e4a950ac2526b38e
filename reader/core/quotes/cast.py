"""Build the article's cast: every person named outside quotations, with roles and the
places they are mentioned, so short names and pronouns can be resolved later.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass
from typing import Final

from .attribution import _ABBR_TAIL, _OF_BEFORE
from .gazetteer import BODIES, gazetteer
from .language import detect_language
from .lexicon import (
    ADDRESS_WORDS,
    BODY_ANAPHORS,
    COMPANY_TAIL_WORDS,
    EN_ADVERBS,
    EN_MONTHS,
    EN_POSTS,
    EN_PRONOUNS,
    EN_STATEMENTS,
    EN_VERBS,
    GEO_WORDS,
    GIVEN_NAME_ROLES,
    HONORIFICS,
    ID_PASSIVE_VERBS,
    ID_POST_VERBS,
    ID_SUBJECT_VERBS,
    KIN_WORDS,
    MEDIUM_WORDS,
    NAME_PARTICLES,
    NOT_NAME_WORDS,
    ORG_WORDS,
    PERSON_NOUNS,
    RANK_WORDS,
    ROLE_SHORT_FORMS,
    ROLE_WORDS,
    SUBORDINATORS,
    UNNAMED_WORDS,
    US_STATES,
)
from .names import (
    _PARTY_PLACE,
    _SURNAME_ADDRESS,
    ARTICLE_NAME,
    BODY_TYPES,
    EN_ID_NAMES,
    EN_UNIT_WORDS,
    GIVEN_GENDER,
    GLUED_STOP,
    HANDLE_AFTER,
    MONTH_NAMES,
    ORIGIN_WORDS,
    OWNED_ACCOUNT,
    POSSESSIVE,
    TITLE_GENDER,
    People,
    Phrase,
    _body_phrase,
    _count_alone,
    _region_word,
    balinese_opening,
    brand_shaped,
    company_phrase,
    epithet_nouns,
    escorted_host,
    index_tokens,
    is_cap,
    is_nameish,
    letter_runs,
    letter_words,
    linked_before,
    listed_given_name,
    month_then_date,
    parse_backward,
    parse_forward,
    particle_before_name,
    role_words,
    split_phrase,
    tokens,
    unglue_name,
    word_opening,
)
from .vocabulary import derived, roots

_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
_CAP = rf"(?:[{_UP}][\w'’.\-]*|\([{_UP}][\w.\-]*\))"
_RUN = re.compile(
    rf"{_CAP}(?:[ \t]+(?:(?:bin|binti|van|von|de|der|da|al|el|ibn|abu|of)[ \t]+)?{_CAP})*"
)
_SPEECH: Final = EN_VERBS | ID_SUBJECT_VERBS | ID_POST_VERBS | ID_PASSIVE_VERBS
_ACCORDING_ID = re.compile(r"Menurut[ \t]+")  # (a sentence's source: build_cast)
_WORD: Final = re.compile(r"[^\W\d_][^\W\d_]*")
_HANDLE_THEN = re.compile(r"[ \t]+@[A-Za-z0-9_.]*[A-Za-z0-9_][ \t]*")
_HANDLE_OR_LINK = re.compile(r"@[\w.]+|\bhttps?://\S+")
_CAP_WORD = re.compile(rf"[{_UP}][\w'’\-]*")


def _cap_words(text: str) -> list[tuple[int, str]]:
    """(offset, word) of each match of ``_CAP_WORD``: the text's capitalised words, read once
    for the brands (``_brands``), the names' words used on their own (``_trim_names``) and
    the lone sentence openers."""
    return [(m.start(), m.group()) for m in _CAP_WORD.finditer(text)]


#: a word and its (start, end) offsets, as ``names.tokens`` gives them
Token = tuple[str, int, int]
#: a capitalised run of a paragraph's tokens: (first, last + 1, the phrase it reads as)
_Run = tuple[int, int, Phrase]


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
        # (regions in order, none reaching into the next: ``outside`` may cut slices)
        self._apart = all(b <= a for b, a in zip(self.ends, self.starts[1:], strict=False)) \
            and all(a <= b for a, b in spans)

    def inside(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]

    def outside(self, toks: list[Token]) -> list[Token]:
        """The tokens (in order) that start outside every region: one walk, no search
        (for regions apart, the tokens between the regions among them, as slices)."""
        if not toks:
            return []
        if self._apart:
            return self._between(toks)
        i = max(0, bisect.bisect_right(self.starts, toks[0][1]) - 1)
        starts, ends, n = self.starts, self.ends, len(self.starts)
        out = []
        for t in toks:
            pos = t[1]
            while i < n and ends[i] <= pos:
                i += 1
            if i < n and starts[i] <= pos:
                continue
            out.append(t)
        return out

    def _between(self, toks: list[Token]) -> list[Token]:
        starts, ends = self.starts, self.ends
        first, last = toks[0][1], toks[-1][1]
        r = max(0, bisect.bisect_right(starts, first) - 1)
        pos: list[int] = []
        out: list[Token] = []
        k = 0  # the tokens before k are taken or dropped
        while r < len(starts) and starts[r] <= last:
            if ends[r] > first:
                pos = pos or [t[1] for t in toks]
                a = bisect.bisect_left(pos, starts[r], k)
                b = bisect.bisect_left(pos, ends[r], a)
                out += toks[k:a]
                k = max(k, b)
            r += 1
        out += toks[k:]
        return out


_FURNITURE: Final = re.compile(r"(?:[A-Z][A-Z ]{2,}|Baca [Jj]uga|Simak [Jj]uga|Lihat [Jj]uga):")


def _furniture(text: str, lo: int, hi: int) -> bool:
    """A link or label line (“RELATED: Stillwater declares state of emergency”, “WATCH:
    Tom Vale speaks”, “Baca juga: …”), but not a dateline opening a paragraph of prose
    (“KARACHI: Sindh Chief Minister Murad Ali Shah said on Monday that the rains had
    ended and the roads would open.”): a paragraph of eight words or more that ends in a
    full stop is the article's own text after its dateline."""
    if not _FURNITURE.match(text, lo, hi):
        return False
    return not (text[hi - 1 : hi] == "." and text.count(" ", lo, hi) >= 8
                and text[lo:lo + 1].isupper() and text[lo + 1 : lo + 2].isupper()
                and not _ABBREVIATION_END.search(text, max(lo, hi - 6), hi))


# A link to another story written inside a paragraph, its headline glued to the next
# sentence where the link was (“… Jumat (6/6).Baca juga: Berburu Caketum PPPTamliha
# mengatakan …”) or ending the sentence (“… Saya Tindak! Untuk memudahkan …”).
_INLINE_LINK = re.compile(r"(?:Baca|Simak|Lihat|Tonton)[ \t]+[Jj]uga(?:[ \t]+[Vv]ideo)?[ \t]*:")
_LINK_END = re.compile(
    r"(?<=[a-z0-9)!?])(?=[A-Z][a-z])|(?<=[A-Z]{2})(?=[A-Z][a-z]{2})|[.!?][ \t]|\n"
    r"|\xa0|[ \t]{2,}|[ \t](?=[\"“][A-Z])"  # (a scraper's gap after the headline, or a
)  # quotation the next sentence opens with: “… Lebak Nihil Positif\xa0 Ganjar mengaku …”)


_LINK_WORD = re.compile(r"\S+")
_LINK_WORDS = 14


#: a form of address or a title before a name (“Mbah”, “Pak”, “Gus”, “Dr”)
_ADDRESS_OR_TITLE: Final = ADDRESS_WORDS | HONORIFICS
#: the words of the page's furniture a scraper leaves inside a body (engine reads them too)
PAGE_FURNITURE_WORDS: Final = (
    r"ADVERTISEMENT|(?i:scroll to (?:continue|resume)(?: with)?(?: content)?)")
#: the page's furniture inside a paragraph, between two sentences (a body stored as one line):
#: its words are no part of a name
_INLINE_FURNITURE = re.compile(
    rf"(?<=[^\n])(?:{PAGE_FURNITURE_WORDS}"
    r"|(?<=[.!?\"”] )Advertisement"
    # a video's teaser (“… untuk Blaugrana. Video Hansi Flick: Lamine Yamal Pasti …”)
    r"|(?<=[.!?\"”] )Video(?=[ \t]+[A-Z][^:\n.]{0,80}:))(?=[ \t\xa0]+\S)")


def _inline_links(text: str) -> list[tuple[int, int]]:
    """(start, end) of each “Baca juga: …” link inside a paragraph, up to where the
    headline meets the next sentence (a glue, a stop and a blank, the line's end, two
    lower-case words in a row or the fifteenth word); a link that opens its line is
    furniture already (``_FURNITURE``)."""
    spans: list[tuple[int, int]] = []
    found = [p for p in (text.find("juga"), text.find("Juga")) if p >= 0]
    if not found:  # (“Baca Juga:” too: Sindonews writes it so)
        return spans
    p = min(found)
    for m in _INLINE_LINK.finditer(text, max(0, p - 8)):
        a = m.start()
        if a == 0 or text[a - 1] == "\n":
            continue
        h = m.end()
        while text[h : h + 1] in (" ", "\t", "\xa0"):  # (“Baca juga:  \xa0 Cegah …”)
            h += 1
        end = _LINK_END.search(text, h + 2, min(len(text), m.end() + 240))
        b = end.start() if end else min(len(text), m.end() + 240)
        b, whole = _headline_end(text, m.end(), b)
        # a box of links: its headlines glued to each other as well, the last one to the
        # next sentence (“Baca Juga:2.460 Warga Ciledug Terima BLT Covid-19 Rp600 RibuTak
        # Pakai Masker, Pemotor Dihukum Pushup di Pinggir Jalan CikupaBerdasarkan data …”):
        # a title-case stretch ending in another glue is the box's next headline
        for _more in range(_LINK_HEADLINES):
            if not whole or end is None or end.start() != b or not text[b : b + 1].isupper():
                break
            end = _BOX_END.search(text, b + 2, min(len(text), b + 240))
            if end is None or not (text[end.start() : end.start() + 1].isupper()
                                   or text[end.start() : end.start() + 1] in "\"“"):
                break
            nxt, whole = _headline_end(text, b, end.start())
            if not whole or len(_LINK_WORD.findall(text, b, nxt)) < 2:
                break
            b = nxt
        spans.append((a, b))
    return spans


_LINK_HEADLINES = 4  # headlines of one box after its first
# where a box's next headline ends: as a link's (``_LINK_END``), or glued to the opening
# mark of the quotation the next paragraph opens with (“… bagi Philippe Coutinho"Jika …”)
_BOX_END = re.compile(r"(?<=[a-z0-9)!?])(?=[A-Z][a-z]|[\"“][A-Z])"
                      r"|(?<=[A-Z]{2})(?=[A-Z][a-z]{2})|[.!?][ \t]|\n")


# capitalised words up to a comma, after “Menurut” (see _headline_end)
_VIEW_OF = re.compile(rf"(?:[ \t]+[{_UP}][\w'’.\-]*){{1,7}},")


def _headline_end(text: str, a: int, b: int) -> tuple[int, bool]:
    """Where a link's headline written from ``a`` up to a glue at ``b`` ends, and whether
    all of it up to ``b`` reads as a headline."""
    words = list(_LINK_WORD.finditer(text, a, b))
    for n, w in enumerate(words):
        # a headline is title case and short: two lower-case words in a row, or a
        # fifteenth word, are the story again (“… Pangan Murah Selain itu, Dinas KPKP
        # juga berencana …”, where the scraper kept a blank after the link)
        if n >= _LINK_WORDS or (w[0][:1].islower() and n + 1 < len(words)
                                and words[n + 1][0][:1].islower()):
            return w.start(), False
        if n and w[0][:1].islower() and w[0].endswith(","):
            # “… Pangan Murah Selain itu, …”: the sentence's opening word before a
            # lower-case word and a comma
            return words[n - 1].start(), False
        if n >= 2 and w[0] == "Menurut" and _VIEW_OF.match(text, w.end()):
            # “… Dua Pelatih saling Puji Menurut Bupati Bantul Abdul Halim Muslih, …”:
            # somebody's view opens the sentence after the headline (“Menurut” and a
            # capitalised run up to a comma; a headline gives no view so)
            return w.start(), False
    return b, True


# A photo credit written inside the text where the caption was (CNN, AP and Fox News
# pages as scraped): “… Yon Pomrenze/CNN”, “Jack Guez/AFP/Getty Images”, “(AP Photo/Yousef
# Murad)”, “(Daniel Ceng/Anadolu via Getty Images)”, “REUTERS/Sofiia Gatilova”. The
# photographer and the agency say nothing in the article: no cast members, no speakers.
# One of the parts joined by slashes must be an agency or an outlet's name (“I/O”,
# “Dallas/Fort Worth” are no credits).
_AGENCIES = (
    "AP|AP Photo|AFP|Reuters|REUTERS|Getty Images|Getty|CNN|EPA|EPA-EFE|Anadolu|Anadolu Agency"
    "|VCG|NurPhoto|Bloomberg|Shutterstock|Alamy|Sipa|Sipa USA|SOPA Images|LightRocket"
    "|WireImage|FilmMagic|Pool|Pool Photo|Xinhua|Future Publishing|Ukrinform|Zuma|ZUMA"
    "|Zuma Press|Sputnik|TASS|Kyodo|Yonhap|Abaca|Imago|PA|PA Images|PA Wire|BBC|Fox News")
_CREDIT_PART = r"[A-Z][\w'’.\-]*(?:[ \t\xa0]+(?:[A-Z][\w'’.\-]*|de|van|von|al|el|bin))*"
_CREDIT = re.compile(
    rf"(?<![\w/])(?:{_CREDIT_PART})(?:[ \t]?/[ \t]?(?:{_CREDIT_PART}))+"
    rf"(?:[ \t]+via[ \t]+(?:{_CREDIT_PART}))?")
_AGENCY = re.compile(rf"(?:{_AGENCIES})(?![a-z’'])")  # (“Getty ImagesFlorida Sen. …”: glued)
_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z])")
_AGENCY_ALONE = re.compile(
    rf"(?:\((?:(?:Credit|Photo|Image)s?:[ \t]*)?|\bvia[ \t]+)((?:{_AGENCIES}))(?:\)|(?![a-z’']))")
_CREDIT_NAME_WORDS = 4


def _credits(text: str) -> list[tuple[int, int]]:
    """(start, end) of each photo credit in an English text: parts joined by slashes (and
    a “via …” tail), one of them an agency (``_AGENCIES``; the last part ends with its
    agency: “Maya Alleruzzo/AP Israeli Prime Minister …” is the credit and the caption's
    next sentence), or the whole of a bracket (“(K.M. Cannon/Las Vegas Review-Journal)”).
    The photographer's name is up to four capitalised words before the first slash, after
    any sentence's end (“… of Ukraine", Kyiv. Eugen Kotenko/Ukrinform/…”)."""
    spans: list[tuple[int, int]] = []
    for m in _CREDIT.finditer(text) if "/" in text else ():
        start, end = m.start(), m.end()
        last = max(m[0].rfind("/"), m[0].rfind(" via ") + 4) + 1
        agency = _AGENCY.match(text, start + last)
        if agency:  # (the words after the agency are the caption's or the article's)
            end = agency.end()
        glued = _GLUED.search(text, start + last, end)
        if glued:  # “AP/Ohad ZwigenbergU.S. officials say”: the credit ends at the glue
            end = glued.start()
        first = m[0][: m[0].find("/")]
        words = list(re.finditer(r"\S+", first))
        for w in words[:-1]:  # “Kyiv. Eugen Kotenko”: the name opens after the stop
            if w[0].endswith(".") and any(c.islower() for c in w[0]):
                start = m.start() + w.end() + 1
        for g in _GLUED.finditer(first):  # “… the McDonaldsTom Vale/CNN”: after the glue
            start = max(start, m.start() + g.start())
        opening = [w for w in words if m.start() + w.start() >= start]
        if len(opening) > _CREDIT_NAME_WORDS:
            start = m.start() + opening[-_CREDIT_NAME_WORDS].start()
        bracketed = text[start - 1 : start] == "(" and text[end : end + 1] == ")"
        parts = re.split(r"[ \t]?/[ \t]?|[ \t]+via[ \t]+", text[start:end])
        if not bracketed and not any(_AGENCY.fullmatch(p.strip()) for p in parts):
            continue
        spans.append((start, end))
    if "Images)" in text or "Photo)" in text or "via " in text:
        # “(Getty Images)”, “(Credit: Getty Images)”, “(Bill Clark/CQ-Roll Call, Inc via
        # Getty Images)”: an agency alone, or after “via”
        spans = sorted(set(spans) | {m.span(1) for m in _AGENCY_ALONE.finditer(text)
                                     if not any(a <= m.start(1) < b for a, b in spans)})
    return spans


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """text with each span's characters made blanks (offsets kept)."""
    parts, at = [], 0
    for a, b in spans:
        parts.append(text[at:a])
        parts.append(" " * (b - a))
        at = b
    parts.append(text[at:])
    return "".join(parts)


# A line may end in “Jr.” or “Inc.” without ending a sentence.
_ABBREVIATION_END: Final = re.compile(r"\b(?:Jr|Sr|Inc|Corp|Co|Ltd|St)\.$")


def _headline(text: str, lo: int, hi: int) -> bool:
    """A title-case line without a full stop (headline, byline, credit), or a link line
    such as “RELATED: …”, “WATCH: …”, “Baca juga: …”. A headline may end in a quoted
    phrase (“Miley Cyrus Reflects on Her Breakup: "I Was on the Right Path"”), in “Jr.” or
    in a question mark; a line whose quotation closes its sentence (“… was right."”) is
    prose."""
    line = text[lo:hi]
    if not line or line.isspace():  # no words (split only when they are counted)
        return False
    end = text[hi - 1 : hi]
    if _furniture(text, lo, hi) and end not in "\"”’»":
        return True
    if end in "\"”’»" and (text[hi - 2 : hi - 1] in ".!?,…" or hi - lo < 2):
        return False
    if end == "." and not _ABBREVIATION_END.search(text, max(lo, hi - 6), hi):
        return False
    words = line.split()
    if end in "!?" and len(words) < 5:
        return False  # (a headline may ask: “Sanders Trounces Clinton -- But Will It Matter?”)
    return sum(w[:1].isupper() for w in words) >= 0.6 * len(words)


# English role words that are also common surnames (Angus King, Mike Pope, Howard Dean).
_SURNAME_ROLES = frozenset("king pope judge prince mayor dean bishop cardinal sheriff".split())
_ARTICLE_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Oo]ur|[Tt]heir|[Hh]is|[Hh]er)\s+$")


def _bare_surname(text: str, word: str) -> bool:
    """Is a role word the article capitalises (“King”) used as a surname: at least twice
    inside a sentence, never after an article or a possessive, nor before a name?"""
    bare = 0
    for m in re.finditer(rf"\b{re.escape(word)}\b", text):
        if _ARTICLE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            return False
        if re.match(r"\s+[A-Z]", text[m.end() : m.end() + 2]):
            return False  # “King Charles”: the title of a name
        if not _sentence_opening_at(text, m.start()):
            bare += 1
    return bare >= 2


def _sentence_opening_at(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3) : pos].rstrip(" \t“\"")
    return not before or before[-1] in ".!?\n:"


_COMPANY_LATER = re.compile(r"\b[Tt]he (?:" + "|".join(sorted(
    w for w in BODY_ANAPHORS if w.isascii())) + r")\b")


def _company_subject(text: str, pos: int, name: str) -> bool:
    """A one-word speaker that the next sentences call “the company” (“Microsoft said …
    “…,” the company said”), and whose word is no given name."""
    return name.lower() not in GIVEN_GENDER and bool(_COMPANY_LATER.search(text, pos, pos + 400))


_ROLE_BEFORE_NAME = re.compile(
    r"\b(?:(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)[ \t]+|(?=[A-Z][\w.&-]*['’]s[ \t]))"
    r"((?:[\w'’-]+[ \t]+){0,3}?[a-z-]+),[ \t]+$")  # (“NATO's secretary general, Jens …”)
# how _ROLE_BEFORE_NAME ends: asked first, a quick scan for the comma (that pattern opens
# with \b and is tried at every offset of the window, and most names follow no comma)
_COMMA_BEFORE_NAME: Final = re.compile(r",[ \t]+$")
# (also whose role it is: “Jens Stoltenberg, NATO's secretary general, …”, “Tom Vale, Leeds
# United’s coach, …”: the owner kept in the role, for “the NATO chief said”)
_APPOSED_OWNER = r"(?:[A-Z][\w.&-]*[ \t]+){0,2}[A-Z][\w.&-]*['’]s?"
_ROLE_AFTER_NAME: Final = re.compile(
    rf",[ \t]+(?:(?:the|a|an|his|her|its|their)[ \t]+|(?={_APPOSED_OWNER}[ \t]))"
    r"((?:[\w'’.&-]+[ \t]+){0,4}?(?:[a-z-]+|[A-Z]{2,4}))[ \t]*[,.;]")
# “Ann Lee, an epidemiologist at Oxford, …”, “Jane Hill, the Conservative MP for Bath, …”:
# a role, then where or whose it is in capitals (the role alone is hers)
_ROLE_AT_AFTER_NAME = re.compile(
    r",[ \t]+(?:the|a|an|his|her|its|their)[ \t]+((?:[\w-]+[ \t]+){0,3}?(?:[a-z-]+|MP|MEP|MSP"
    r"|MLA))[ \t]+(?:at|of|for|with|from|in)[ \t]+(?:the[ \t]+)?([A-Z][^,.;:“”\"()\n]{0,50}?)[,.;]")


# “The national women leader of the All Progressives Congress, Dr Ann Lee …”, “The
# chairman of the Electoral Commission (INEC), …”: a role, “of”, whose it is in capitals
_ROLE_OF_BEFORE_NAME = re.compile(
    r"\b[Tt]he[ \t]+((?:[\w'’-]+[ \t]+){0,3}?[\w-]+)[ \t]+(?:of|at|for)[ \t]+(?:the[ \t]+)?"
    r"((?:[A-Z][\w.&'’-]*[ \t]+(?:(?:of|for|and|on)[ \t]+(?:the[ \t]+)?)?){0,5}[A-Z][\w.&'’-]*)"
    r"(?:[ \t]+\([A-Z][A-Za-z]{1,7}\))?,[ \t]+$")
# “of”, “to”, “for” right before that role's “the”: the role is the object of another noun
_OBJECT_OF_BEFORE = re.compile(r"\b(?:of|to|for)[ \t]+$")
# titles a name may open with after such an apposition (“…, Prof. Ann Lee”)
_NAME_TITLES: Final = frozenset(
    "dr prof professor engr arc barr rev pastor chief hon sen mr mrs ms "
    "miss sir dame alhaji alhaja otunba asiwaju".split())
_EPITHET_BEFORE_NAME = re.compile(r"(?<![\w’'])((?:[A-Z][\w&’'.-]*[ \t]+){1,3}[a-z-]+)[ \t]+$")
_ID_ROLE_AFTER_NAME: Final = re.compile(r",[ \t]+([a-z][\w-]*(?:[ \t]+[\w-]+){0,4}?)[ \t]*[,.;]")


def _past_title(text: str, pos: int) -> int:
    """Where the apposition before a name ends when a title opens the name: “The national
    chairman of the party, Dr Ann Lee, said”, “…, Prof. Ann Lee” (so that “the chairman
    said” is hers too, as after “The chairman of the party, Ann Lee”)."""
    k = pos
    while k and text[k - 1] in " \t":
        k -= 1
    j = k
    while j and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    if k == pos or text[j:k].rstrip(".").lower() not in _NAME_TITLES:
        return pos
    return j


def _apposed_roles(text: str, quoted: Regions, people: People) -> None:
    """A role the article gives a cast member in an apposition, outside quotations:
    “The minister, Joan Hale, …”, “Joan Hale, the minister, …” (so that “the minister
    said” later points to her, not to her deputy named after her)."""
    indonesian = detect_language(text) != "en"
    for pos, who in zip(people.mention_pos, people.mention_who, strict=True):
        if who not in people.roles or quoted.inside(pos):
            continue
        end = _past_title(text, pos)
        comma = _COMMA_BEFORE_NAME.search(text, max(0, end - 60), end)
        m = _ROLE_BEFORE_NAME.search(text, max(0, end - 60), end) if comma else None
        if m is None and comma and not indonesian:
            # “The national chairman of the All Progressives Congress, Ann Lee, …”: a role,
            # then whose it is in capitals (the role alone is hers, as after a name)
            m = _ROLE_OF_BEFORE_NAME.search(text, max(0, end - 120), end)
            if m and _OBJECT_OF_BEFORE.search(text, max(0, m.start() - 5), m.start()):
                m = None  # “The son of the former director of the NPA, Tom Vale”: the
                # role is another's, whom the apposition names only through him
        if m is None:
            run = _NAME_RUN.match(text, pos)
            m = _ROLE_AFTER_NAME.match(text, run.end()) if run else None
            if m is None and run and not indonesian:
                m = _ROLE_AT_AFTER_NAME.match(text, run.end())
            if m is None and run and indonesian:
                # “Rudi, warga Cibubur, …”, “Taufik, pengemudi ojek daring, …”: the office
                # or trade opens the apposition (so “ujar warga Cibubur tersebut” is his)
                m = _ID_ROLE_AFTER_NAME.match(text, run.end())
                if m is not None and m.group(1).split()[0] not in ROLE_WORDS:
                    m = None
        if m is None and not indonesian:
            # “Arsenal boss Mikel Vale”, “Pop star Ann Kerr”: capitalised words and an
            # epithet's noun right before the name (no office the name's parse kept)
            m = _EPITHET_BEFORE_NAME.search(text, max(0, pos - 60), pos)
            if m is not None and not epithet_nouns(m.group(1).rsplit(None, 1)[-1]):
                m = None
        if m is None or not (role_words(m.group(1)) or epithet_nouns(m.group(1))):
            continue  # (“Ann Lee, a pollster, …”: an epithet's noun, for “the pollster said”)
        if role_words(m.group(1)):
            people.role_sets.setdefault(who, set()).update(role_words(m.group(1)))
        people.role_text.setdefault(who, set()).update(
            w.lower().removesuffix("'s").removesuffix("’s") for w in m.group(1).split())
        if m.re is _ROLE_AT_AFTER_NAME or m.re is _ROLE_OF_BEFORE_NAME:
            # (where or whose: “the Tesla chief said”)
            people.role_text[who].update(
                w.lower().removesuffix("'s").removesuffix("’s") for w in m.group(2).split()
                if w[:1].isupper())
        if not people.roles[who]:
            people.roles[who] = m.group(1)


#: a detik-style page's end: the editors' initials in brackets, then its tags in lower case
#: to the end of the text (“(aff/krs) arsenal napoli vs arsenal mikel arteta”, “(nds/pur)
#: ballon d'or ousmane dembele”; after the share button's “... Tautan telah disalin” too)
_TAG_TAIL = re.compile(r"\((?:[a-z]{2,5}/)+[a-z]{2,5}\)[ \t]*(?:(?:\.\.\.|…)[ \t]*)?"
                       r"(?:Tautan telah disalin[ \t]*)?(?P<tags>[a-z0-9 \t\-'’]+)\s*\Z")


#: a first line of five words or more in lower case after its first letter, no stop or
#: comma in it: a title made of a page's link (“Federal ndp leader jagmeet singh to face …”)
_SLUG_TITLE = re.compile(r"[A-Z][a-z0-9\-]*(?:[ \t]+[a-z0-9\-]+){4,}[ \t]*(?=\n)")


def build_cast(
    text: str, quoted: Regions, aliases: dict[str, str], paras: list[tuple[int, int]]
) -> tuple[People, list[Event]]:
    """Names, roles, mentions and speech events found outside quotations."""
    people = People(aliases={k.lower(): v for k, v in (aliases or {}).items()})
    index_tokens(text)  # (``tokens`` on this text slices from here on)
    people.words = Counter(letter_words(text))  # (_WORD's words, from the token index)
    # (before handles, links or tags take any word out of people.words: see _vouched_names)
    people.names = _vouched_names(text, quoted, people.words)
    if "@" in text or "://" in text:  # (rare: handles and links are no words of the article)
        for m in _HANDLE_OR_LINK.finditer(text):  # “@luhut.pandjaitan” does not make
            people.words.subtract(_WORD.findall(m[0]))  # “luhut” a common word
        people.words = +people.words  # (only the words left, for ``in``)
    tags = _TAG_TAIL.search(text, max(0, len(text) - 400))
    if tags is not None:  # “… (aff/krs) arsenal napoli vs arsenal mikel arteta”: a page's
        # tags in lower case after the editors' initials are no words of the article
        people.words.subtract(_WORD.findall(tags["tags"]))  # (“arteta” stays a name's)
        people.words = +people.words
    slug = _SLUG_TITLE.match(text)
    if slug is not None:  # “Federal ndp leader jagmeet singh to face karen wang …”: a title
        # made of a link's words, in lower case: no words of the article (“wang” stays a
        # name's)
        people.words.subtract(_WORD.findall(slug[0]))
        people.words = +people.words
    people.text = text
    if detect_language(text) == "en":
        # Indonesian words of the word lists that are given names or surnames in English
        # news of elsewhere (“Governor Oleh Syniehubov”, “Ayelet Hakim”)
        # and the Indonesian-only openers and kinds of place (“Hanya”, “Semua”, “Candi”):
        # given names there (“Hanya Yanagihara”, “Candi Staton”), no function words
        people.names |= _given_names_in(text)
    para_tokens = [tokens(text, lo, hi) for lo, hi in paras]
    inline = _inline_links(text)
    if "ADVERTISEMENT" in text or "Advertisement " in text or "SCROLL" in text or "Scroll" in text:
        # (a body stored as one line keeps the page's furniture between its sentences:
        # “… kata Reidel. ADVERTISEMENT Pengalaman …”, “SCROLL TO CONTINUE WITH CONTENT Uu
        # menambahkan …”: no words of a name)
        inline = sorted(inline + [m.span() for m in _INLINE_FURNITURE.finditer(text)])
    if ("/" in text or "Images)" in text or "via " in text) and detect_language(text) == "en":
        people.credits = _credits(text)  # “Jack Guez/AFP/Getty Images”
        inline = sorted(inline + people.credits)
    caps = _cap_words(text)
    if inline:  # “… Jumat (6/6).Baca juga: Berburu Caketum PPPTamliha mengatakan …”
        links_inside = Regions(inline)
        para_tokens = [links_inside.outside(toks) for toks in para_tokens]
        blanked = _blank(text, inline)
        brands = _brands(blanked, _cap_words(blanked))
    else:
        brands = _brands(text, caps)
    single: dict[tuple[str, ...], _Read | None] = {}
    long_runs: list[tuple[str, str]] = []  # names of five to seven words (see _trim_names)
    furniture: list[tuple[int, int]] = []
    for (lo, hi), toks in zip(paras, para_tokens, strict=True):
        if _furniture(text, lo, hi):
            furniture.append((lo, hi))
        if not _headline(text, lo, hi):
            _scan_names(text, toks, quoted, people, brands, single, long_runs)
    if inline:
        furniture = sorted(furniture + [(a, b) for a, b in inline
                                        if not any(lo <= a < hi for lo, hi in furniture)])
    links = Regions(furniture)  # “RELATED: Stillwater declares state of emergency …”
    # where a link's headline ends for sure (a glue, a stop, a scraper's gap; not where its
    # words only began to read as a sentence's: “… 0,91% ke 4.639 Ketua Dewan Komisioner OJK
    # Wimboh Santoso mengatakan …”, the link taken too far)
    link_ends = sorted(b for _a, b in inline if b and not text[b - 1].isspace())
    spoken: list[tuple[int, Phrase]] = []
    surnames: list[tuple[int, Phrase]] = []
    posts: list[tuple[int, int, str]] = []  # “The fire chief said …” (_untied_posts)
    if "ccording to h" in text:  # (English: “According to her, every girl …. “…””)
        for by in _ACCORDING_TO_PRONOUN.finditer(text):
            if not quoted.inside(by.start()) and not links.inside(by.start()):
                people.pronoun_said.append((by.start(1), "m" if by[1] == "him" else "f"))
    for start, verb in _speech_verbs(text, people.words):
        if quoted.inside(start) or links.inside(start):
            continue  # (a link to another story names nobody who speaks in this one)
        end = start + len(verb)
        if verb in EN_VERBS and verb not in _ASKING:
            said = _HE_OR_SHE_BEFORE.search(text, max(0, start - 40), start)
            if said and text[max(0, said.start() - 3) : said.start()].strip()[-1:] not in (
                    _QUOTE_MARKS):  # (not a quotation's own cue: “…,” he said.)
                people.pronoun_said.append((said.start(), "m" if said[1][0] in "Hh" else "f"))
        if verb.lower() in ID_PASSIVE_VERBS:
            agent = _PASSIVE_AGENT.match(text, end)
            if ((verb.islower() or _opening_here(text, start)) and agent
                    and (not agent[1] or agent[1] in ROLE_WORDS)
                    and _passive_opening(text, start)):
                # “Hal itu disampaikan (oleh) Kepala BGN Dadan Hindayana …”: the agent
                # spoke (not “disampaikan ke Presiden …”, to whom; nor “Dia mengatakan
                # ucapan itu disampaikan Abu Janda”, a speech reported by another)
                named = parse_forward(text, agent.end(), len(text), people.words)
                if named.name:
                    spoken.append((start, named))
            continue  # (no agent named: nobody, not an unnamed speaker)
        if verb.lower() in ID_POST_VERBS:
            if verb in _NOUN_CUES and not _CUE_PLACE.search(text, max(0, start - 4), start):
                continue  # “Sebaliknya klaim Luluk yang menyebutkan …”: a noun (Luluk's
                # claim), not “…,” klaim Luluk (a cue after a quotation or a comma)
            if HANDLE_AFTER.match(text, end):
                continue  # “…,” kata pengguna Twitter @yoyoktea: the account, not “Twitter”
                # (attribution.after_quote names it)
            phrase = None
            if verb.islower():
                phrase = parse_forward(text, end, len(text), people.words)
        else:
            # (not into a link's headline before the subject: “… Lebak Nihil Positif\xa0
            # Ganjar mengaku …” is Ganjar)
            k = bisect.bisect_right(link_ends, start) - 1
            floor = link_ends[k] if k >= 0 else 0
            phrase = parse_backward(text, start, max(floor, start - 200))
            if (phrase.name or phrase.role) and quoted.inside(phrase.start):
                phrase = Phrase()  # (“… in the case of South Africa, …,” said McCulloch: no
                # subject inside the quotation the verb follows; the name after it speaks)
            phrase = escorted_host(text, phrase, floor)
            if phrase.name and "@" in text[phrase.end : start] and _HANDLE_THEN.fullmatch(
                    text, phrase.end, start):
                continue  # “Pengguna Twitter @ana mengatakan …”: the account speaks, not
                # “Twitter” (a “…,” ujarnya. after it is the handle's: attribution._pronoun)
            comma = text.rfind(", ", max(floor, phrase.start - 160), phrase.start)
            aside = _ASIDE_OPENED.fullmatch(text, comma, phrase.start) if (
                comma >= 0 and phrase.name and verb in EN_VERBS) else None
            if (aside is None and phrase.name and verb in EN_VERBS and comma >= 0
                    and comma == phrase.start - 2 and phrase.name in _STATES_AFTER_CITY):
                # “Chelsea Barnes-Walker, currently living in Knoxville, Tennessee, says”:
                # the aside's place goes on after a comma; the word there is no subject
                before = text.rfind(", ", max(floor, comma - 160), comma)
                aside = _ASIDE_OPENED.fullmatch(text, before, comma) if before >= 0 else None
            if aside:
                # “Mr. Reyes, asked if he backed impeaching Mr. Tramp, said”, “Tom Vale,
                # speaking at a rally for Ann Lee, said”: who the aside hangs on speaks
                owner = parse_backward(text, aside.start(), max(floor, aside.start() - 120))
                if owner.name and not _OF_BEFORE.search(text, max(0, owner.start - 40),
                                                        owner.start):
                    phrase = owner  # (not “a founder of the House Freedom Caucus, asked”)
            if phrase.name and _RELATIVE_AGENT.search(text, max(0, phrase.start - 40),
                                                      phrase.start):
                # “survei yang dilakukan Tomtom Traffic Index menyebut …”: the survey
                # speaks, the name only made it
                continue
            if (not phrase.name and not phrase.role and verb.lower() in EN_VERBS
                    and not _PRONOUN_BEFORE.search(text, max(0, start - 12), start)
                    and not _WORD_BEFORE_VERB.search(text, max(0, start - 40), start)
                    and not (verb in _TOLD and _COMMA_BEFORE.search(
                        text, max(0, start - 40), start))):
                # “…,” said union spokesman Niek Stam; not “she told Howard Stern”, “an
                # insider told Us”: who was told is not who spoke; nor after a subject
                # that is no name (“an agent in Dubai told Al Jazeera”: a place)
                forward = parse_forward(text, end, len(text), people.words)
                if forward.name.endswith(POSSESSIVE) or (
                        forward.name and _CLAUSE_VERB.match(text, forward.end)):
                    # “Naomi Fulop …, said Badenoch’s comments were …”: what was said is
                    # about Badenoch's words; Badenoch does not speak; nor does the one
                    # a reported clause is about (“Nitish Kumar today said Narendra Modi
                    # will return as Prime Minister”)
                    continue
                phrase = forward if forward.name or forward.role else phrase
        if phrase and phrase.name and brand_shaped(phrase.name):
            continue  # “… typed into her iPhone notes app”: a brand, then “notes”
        if phrase and phrase.name and _somebody_from(text, start, end, phrase):
            people.unnamed_pos.append(start)
            continue
        if phrase and phrase.name and _furniture_line(text, phrase.start):
            continue  # “Story continues below advertisement.”: furniture, nobody speaks
        if (phrase is not None and not phrase.name and verb.islower()
                and _somebody_from_place(text, start)):
            people.unnamed_pos.append(start)  # (“One unit commander fighting in Pokrovsk
            continue  # told CNN”: the place read as no speaker; somebody unnamed spoke)
        if phrase and phrase.name:
            spoken.append((start, phrase))
        elif _unnamed_speaker(text, start, phrase, verb.lower() in ID_POST_VERBS):
            people.unnamed_pos.append(start)
        elif (phrase is not None and not phrase.name and phrase.role[-5:].islower()
              and verb in EN_VERBS and phrase.role.rsplit(" ", 1)[-1] in EN_POSTS):
            post = _definite_post(text, start)
            if post:
                posts.append((start, phrase.start, post))
        elif phrase and phrase.role and " " not in phrase.role and is_cap(phrase.role):
            surnames.append((start, phrase))  # “White said”: a surname, or a body
    if "Menurut " in text and detect_language(text) != "en":
        # “Menurut Rina, Budi sudah mengetahui rencana itu. “…,” katanya.”: the source a
        # sentence opens with speaks there (the next “katanya” is hers, not the subject's
        # after the comma)
        for by in _ACCORDING_ID.finditer(text):
            if (quoted.inside(by.start()) or links.inside(by.start())
                    or not _opens_sentence(text, by.start())):
                continue
            comma = text.find(",", by.end(), by.end() + 160)
            source = parse_forward(text, by.end(), comma, people.words) if comma > 0 else None
            if source is not None and source.name and source.end == comma:
                spoken.append((by.start(), source))
        spoken.sort(key=lambda item: item[0])
    spoken_people = [(pos, p) for pos, p in spoken if not company_phrase(p)]
    for _, phrase in spoken_people:
        people.add_person(phrase.name, phrase.role)
    _trim_names(text, people, {p.name for _, p in spoken_people if " " not in p.name},
                long_runs, caps)
    _drop_sentence_openers(text, people)
    if detect_language(text) != "en":  # (Indonesian, or a snippet too short to tell)
        _drop_common_openers(text, people)
        _drop_common_heads(text, people)
        _drop_common_singles(people)
    for _, phrase in spoken_people:
        people.add_person(people.renamed.get(phrase.name, phrase.name), phrase.role, True)
    _office_tails(people)
    _office_heads(people)
    if detect_language(text) == "en":
        _office_initials(text, people)
    _defined_things(text, people)
    _short_aliases(people)
    _tail_nicknames(text, people)
    _initial_aliases(people)
    if detect_language(text) != "en":
        _initials_used(text, people)
    _nicknames(text, quoted, people)
    _quoted_nicknames(text, people)
    _aka(text, quoted, people)
    _known_as(text, quoted, people)
    _relatives(text, people)
    if detect_language(text) != "en":
        _ending_on_a_given_name(people)
    if detect_language(text) != "en":
        _apposed_lone_names(text, quoted, people)
        _unnamed_according(text, quoted, people)
    if detect_language(text) == "en":
        _unnamed_before_quotes(text, quoted, people)
    people.quoted_at = quoted.inside
    people.salient_source = lambda pos: (_sentence_initial(text, pos)  # when first asked
                                         and not _in_caption(text, pos))
    _mentions(text, quoted, people, para_tokens)
    _apposed_roles(text, quoted, people)
    if posts:  # (after the roles: “Tom Vale, the mayor, …” holds the post)
        _untied_posts(text, people, posts)
    people.lone_source = lambda: _lone_subjects(text, quoted, people, caps)  # when first needed
    people.named_body_source = lambda: _named_bodies(text, quoted, people)
    people.para_starts = [lo for lo, _ in paras]
    events = []
    for _, p in surnames:
        if p.role.lower() in _SURNAME_ROLES and _bare_surname(text, p.role):
            people.add_person(p.role, "", True)  # “…,” King said: a surname, not a king
    spoken += [(pos, Phrase(p.role, "", p.start, p.end)) for pos, p in surnames
               if people._person_part(p.role) or p.role in people.local_aliases
               or p.role in people.roles]
    offices = [(pos, p) for pos, p in surnames if p.role.lower() in _ONE_HOLDER_OFFICES
               and not people._person_part(p.role) and p.role not in people.local_aliases
               and p.role not in people.roles]
    if offices and detect_language(text) == "id":
        # “Sementara itu, Bupati menyatakan, …”: an office of one holder, alone as the
        # subject of a speech verb, is the one the article gave it (“Bupati Sukabumi, Marwan
        # Hamami”); the next “jelasnya” is then that person (not “Hakim mengatakan”: many
        # judges; nor a region the cast took for a name, “Kapolda Bangka Belitung (Babel)”)
        for pos, p in offices:
            if len(people.role_holders(p.role)) != 1:
                continue  # (two bupati visiting together, each named: which one is unsure)
            holder = people.by_role(p.role, pos)[0]
            words = holder.lower().split()
            if holder and gazetteer().region_at(words, 0) < len(words):
                spoken.append((pos, Phrase("", p.role, p.start, p.end)))
    spoken.sort(key=lambda item: item[0])
    for pos, phrase in spoken:
        speaker, role = people.resolve(phrase, pos)
        if speaker:
            people.mention(pos, speaker, salient=True)
            events.append(Event(pos, speaker, role))
            people.spoke_pos.append(pos)
            people.spoke_who.append(speaker)
            if not people.role_sets.get(speaker) and (
                _body_phrase(speaker) or speaker not in people.roles or len(speaker.split()) > 1
                or _company_subject(text, pos, speaker)
            ):
                people.add_body(pos, speaker)  # a speaker with no personal role, for
                # “the company said” later on
    people.event_pos = [e.pos for e in events]
    people.event_who = [e.speaker for e in events]
    people.gender_source = lambda: _genders(text, quoted, people, paras)  # on first “he”
    return people, events


# A body's name outside quotations: a type word and its name (“PT Sinar Jaya Abadi”, “Bank
# Indonesia”, “Kementerian Kesehatan”), or a name and a company's or club's last word
# (“Acme Corp”, “Liverpool FC”, “Waskita Karya Tbk”)
_BODY_GLUE = r"(?:(?:of|for|the|and|dan)[ \t]+)?"
_BODY_NAMED = re.compile(
    r"\b(?:PT|CV|Bank|Kementerian|Partai|Klub|Perusahaan|Ministry|Department)\.?"
    rf"(?:[ \t]+{_BODY_GLUE}[{_UP}][\w&\-]*){{1,4}}"
    rf"|\b(?!The\b)[{_UP}][\w&\-]*(?:[ \t]+[{_UP}][\w&\-]*){{0,3}}[ \t]+"
    r"(?:Inc|Corp|Corporation|Ltd|LLC|plc|Co|FC|AFC|CF|Tbk|Group|Grup"
    rf"|(?:Party|Bank)(?![ \t]+[{_UP}]))\b\.?"  # (not “Gubernur Bank Indonesia”)
)


# English: a public body named by its kind at the end (“National Sports Council”, “Russia’s
# Defense Ministry”, “Philippine Bureau of Fisheries and Aquatic Resources”), for “the
# council said”, “the bureau said” (the kinds of ``names.BODY_KINDS``)
_EN_BODY_KINDS = ("Council", "Bureau", "Commission", "Committee", "Institute", "Authority",
                  "Embassy", "Association", "Union", "Foundation", "Board", "Ministry",
                  "Department")
_EN_BODY_NAMED = re.compile(
    rf"\b(?!The\b)(?:(?:[{_UP}][\w&’'\-]*|(?:[A-Z]\.){{2,3}})[ \t]+){{1,4}}"
    rf"(?:{'|'.join(_EN_BODY_KINDS)})\b"
    rf"(?:[ \t]+of(?:[ \t]+the)?(?:[ \t]+(?:and[ \t]+)?[{_UP}][\w&\-]*){{1,4}})?")
# capitalised words that open a sentence before a body's name, no part of it
_NOT_BODY_OPENERS = frozenset(
    "On In At For By From When After Before Meanwhile But And Yesterday Today Also Now "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())


# Parties and mass organisations named on their own (“Gerindra”, “PDIP”, “Nahdlatul Ulama”;
# the gazetteer's bodies and the parties written as acronyms)
_PARTY_ACRONYMS = ("PDIP", "PDI-P", "PKB", "PKS", "PAN", "PPP", "PSI")
_BODY_ALONE = re.compile(
    r"\b(?:" + "|".join(sorted(
        [re.escape(" ".join(w.capitalize() for w in b.split())) for b in BODIES]
        + ["NasDem", *(re.escape(a) for a in _PARTY_ACRONYMS)], key=len, reverse=True))
    + r")\b"
)
_PARTY_NAMES = frozenset(["Gerindra", "Golkar", "NasDem", "Nasdem", "Demokrat", "Perindo",
                          "Hanura", "Gelora", "Ummat", "Partai Buruh", *_PARTY_ACRONYMS])


# a finite verb right after a name: the name is a clause's subject (“said Narendra Modi
# will return”), not a speaker named after the verb
_CLAUSE_VERB = re.compile(
    r"\s+(?:will|would|was|were|is|are|has|had|have|could|can|should|must|may|might|did|does)\b")


def _named_bodies(text: str, quoted: Regions, people: People) -> None:
    """Fill ``people.named_body_*``: every body named outside quotations, where; a run
    that goes on into a person the cast knows ends before them (“Bank Indonesia Perry
    Warjiyo”)."""
    firsts = {w.split()[0] for w in list(people.roles) + people.mention_who if " " in w}
    found: list[tuple[int, str]] = []
    inside: list[tuple[int, str]] = []
    for m in _BODY_NAMED.finditer(text):
        if quoted.inside(m.start()):
            # (“"Liverpool FC sangat berduka …," demikian pernyataan klub.”: named only in
            # the quotation, kept apart for the anaphor of that paragraph)
            inside.append((m.start(), m.group()))
            continue
        words = m.group().split()
        for k in range(2, len(words)):
            if words[k] in firsts:
                words = words[:k]
                break
        if len(words) >= 2:
            found.append((m.start(), " ".join(words)))
    if not people._haji_titled():  # (English)
        for m in _EN_BODY_NAMED.finditer(text):
            words = m.group().split()
            while words and words[0] in _NOT_BODY_OPENERS:
                words = words[1:]
            if (len(words) >= 2 and not quoted.inside(m.start())
                    and not any(a <= m.start() < a + len(w) for a, w in found)):
                at = m.end() - len(" ".join(words))
                # (“Ukraine’s Ministry of Energy”: not also its “Ministry of Energy”)
                found = [(a, w) for a, w in found if not at <= a < m.end()]
                found.append((at, " ".join(words)))
    for m in _BODY_ALONE.finditer(text):
        if not quoted.inside(m.start()) and not any(a <= m.start() < a + len(w)
                                                    for a, w in found):
            found.append((m.start(), m.group()))
            if m.group() in _PARTY_NAMES:
                people.party_names.add(m.group())
    found.sort()
    people.named_body_pos = [a for a, _ in found]
    people.named_body_who = [w for _, w in found]
    people.quoted_body_pos = [a for a, _ in inside]
    people.quoted_body_who = [w for _, w in inside]


def _speech_verbs(text: str, words: Counter[str]) -> list[tuple[int, str]]:
    """(offset, word) of the text's words that are speech verbs (in any case), in text
    order: the words ``_WORD`` reads (``letter_runs``: from the token index) that are such
    a verb among ``words`` (what the article counts as its words)."""
    forms = {w for w in words if w.lower() in _SPEECH}
    runs = letter_runs(text)
    return [(runs.starts[k], w) for k, w in enumerate(runs.words) if w in forms]


# Offices one person holds at a time in a place, which news names alone once their holder is
# introduced (“Bupati menyatakan …”, “Menkes menyebut …”)
_ONE_HOLDER_OFFICES = frozenset(
    "presiden wapres gubernur wagub bupati wabup walikota wawali camat lurah kades sekda "
    "kapolri wakapolri kapolda wakapolda kapolres wakapolres kapolresta kapolsek danrem dandim "
    "pangdam kajari kajati rektor".split()
) | frozenset(ROLE_SHORT_FORMS)
_PASSIVE_AGENT = re.compile(rf"[ \t]+(?:oleh[ \t]+)?(?=[{_UP}]|(\w+)[ \t])")
_SENTENCE_BREAK = re.compile(rf"[.!?…\"“”](?=\s)|\n|{GLUED_STOP}")  # (“terhambat.Hal senada”)


def _opening_here(text: str, pos: int) -> bool:
    """Does a sentence open at pos (“Dikatakan Hendri, …” after a full stop or a line)?"""
    k = pos
    while k and text[k - 1] in " \t":
        k -= 1
    return not k or text[k - 1] in ".!?\n\"”"


def _passive_opening(text: str, pos: int) -> bool:
    """Does the sentence up to the passive speech verb at pos only name what was said (“Hal
    senada”, “Keluhan yang sama”, “Serapan anggaran MBG”), no speech verb of its own?"""
    head = text[max(0, pos - 120) : pos]
    breaks = list(_SENTENCE_BREAK.finditer(head))
    if breaks:
        head = head[breaks[-1].end() :]
    elif pos > 120:
        return False
    words = head.split()
    # (none: the verb opens the sentence, “Dikatakan Hendri, pembangunan …”)
    return (bool(words) or pos == 0 or bool(breaks)) and len(words) <= 10 and not any(
        w.lower() in ID_SUBJECT_VERBS or w.lower() in ID_POST_VERBS for w in words)
# (and a relative pronoun: “an article from April which said Obama knew …”, “Mr X, who
# said Jones was …”: what follows the verb is what was said, its subject no speaker)
_PRONOUN_BEFORE = re.compile(
    r"\b(?:he|she|they|it|we|I|He|She|They|It|We|which|who|that)[ \t]+$")
# “he said”, “She also told”, “he later added” (up to two adverbs between)
_HE_OR_SHE_BEFORE = re.compile(
    r"\b([Hh]e|[Ss]he)[ \t]+(?:(?:" + "|".join(sorted(EN_ADVERBS)) + r"|[a-z]+ly)[ \t]+){0,2}$")
#: reported speech whose source is “him” or “her” (“According to her, every girl looks up to
#: her mother.”): for an uncued quotation after it, as “She said that …” (``pronoun_said``)
_ACCORDING_TO_PRONOUN = re.compile(r"\b[Aa]ccording[ \t]+to[ \t]+(him|her),")
_ASKING = frozenset("asked asks".split())  # (“He asked them …”: the next quotation answers)
_QUOTE_MARKS = "\"“”‘’'«»"
_WORD_BEFORE_VERB = re.compile(r"[A-Z][\w’'-]*[ \t]+$")
# an apposition's closing comma right before “told”: “Bob Hale, Vale’s chief of staff, told
# HuffPost”: the one before it told, the one after the verb was told (not “…”, told Tom Vale)
_COMMA_BEFORE = re.compile(r"\w[ \t]*,[ \t]+$")
_TOLD = frozenset("told tells".split())
_RELATIVE_AGENT = re.compile(r"\byang[ \t]+di[a-z]{4,}[ \t]+$")
#: Indonesian cues that are nouns too (“klaim Luluk”, Luluk's claim; “pesan Rina”): a cue
#: only where one stands, after a quotation's closing mark or a comma
_NOUN_CUES = frozenset("klaim pesan".split())
_CUE_PLACE = re.compile(r"[,\"”’'][ \t\xa0]*$")
_INDEFINITE = frozenset("a an seorang sebuah".split())
_CONNECTIVES = frozenset("but and meanwhile however yet so namun sementara".split())
_SENTENCE_HEAD = re.compile(r"(?:[.!?][\"”’]?\s+|\n)(?=[^.!?\n]*$)")


# “a Russian-speaking real estate agent in ”, “said a resident of ”: somebody unnamed, then
# where they are from or whose they are (English)
_SOMEBODY_OF_BEFORE = re.compile(
    r"(?:^|(?<=[\s“\"‘,]))(?:[Aa]n?|[Aa]nother|[Oo]ne)[ \t]+(?:[\w’'-]+[ \t]+){1,6}?"
    r"(?:in|at|from|of|for|near|with)[ \t]+(?:the[ \t]+)?$")
_SOMEBODY_OF_AFTER = re.compile(
    r"[ \t]+(?:an?|another|one)[ \t]+(?:[\w’'-]+[ \t]+){1,6}?"
    r"(?:in|at|from|of|for|near|with)[ \t]+(?:the[ \t]+)?$")




_OF_PLACE = frozenset("in at from of for near with".split())


def _somebody_from(text: str, start: int, end: int, phrase: Phrase) -> bool:
    """English: is the name by this speech verb only where an unnamed speaker is from or
    whose they are (“…,” a real estate agent in Dubai told Al Jazeera. / “…,” said a
    resident of Macau.)? Then nobody named speaks there, not Dubai nor Macau."""
    before = phrase.start < start  # a subject before the verb, else a phrase after it
    at = text.find(phrase.name, phrase.start, start if before else len(text))
    if at <= (0 if before else end):
        return False
    last = text[max(0, at - 16) : at].split()[-2:]  # (first, cheaply: “in ”, “of the ”)
    if last and last[-1] == "the":
        last = last[:-1]
    if not last or last[-1] not in _OF_PLACE:
        return False
    if before:
        found = _SOMEBODY_OF_BEFORE.search(text, max(0, at - 80), at) is not None
    else:
        found = _SOMEBODY_OF_AFTER.match(text, end, at) is not None
    if found:
        words = set(text[max(0, phrase.start - 80) : at].split())
        found = not words & EN_STATEMENTS  # (“a statement from Defense Minister X said”)
    return found and detect_language(text) == "en"


def _somebody_from_place(text: str, start: int) -> bool:
    """English: does a place end the subject of the speech verb at start, after somebody
    unnamed (“One unit commander fighting in Pokrovsk told CNN”)?"""
    run = _PLACE_RUN_BEFORE.search(text, max(0, start - 60), start)
    if run is None:
        return False
    found = _SOMEBODY_OF_BEFORE.search(text, max(0, run.start() - 80), run.start())
    if found is None or set(found[0].lower().split()) & EN_STATEMENTS:
        return False  # (“a statement from Microsoft said”: the body's words, not somebody's
        # from a place; as in _somebody_from)
    return detect_language(text) == "en"


_PLACE_RUN_BEFORE = re.compile(r"(?:[A-Z][\w’'-]*[ \t]+)+$")


def _definite_post(text: str, start: int) -> str:
    """English: the post (``EN_POSTS``) a sentence's subject is, when that subject is only
    “the”, lower-case words and the post before the speech verb at start (“The fire
    chief's spokesman said”, no; “The county sheriff said”, “The spokeswoman told”: yes);
    "" otherwise."""
    lo = max(0, start - 80)
    head = text[lo:start]
    m = _SENTENCE_HEAD.search(head)
    if m is None and lo > 0:
        return ""
    words = (head[m.end() :] if m else head).split()
    if not 2 <= len(words) <= 4 or words[0] not in ("The", "the") or not all(
            w.isalpha() and w.islower() for w in words[1:]):
        return ""
    return words[-1] if words[-1] in EN_POSTS else ""


def _untied_posts(text: str, people: People, posts: list[tuple[int, int, str]]) -> None:
    """“Tom Vale … The fire chief said crews arrived late. “…,” he said.”: a post that
    speaks (``_definite_post``) which the article gives nobody (no member holds it, and
    its word stands nowhere before but after “the”: not “Tom Vale, who has been mayor
    since 2019, …”) is somebody unnamed, so the pronoun after it names nobody."""
    if detect_language(text) != "en":
        return
    for start, subject, post in posts:
        if people.role_holders(post):
            continue
        tied = False
        at = text.find(post, 0, subject)
        while at >= 0 and not tied:
            tied = text[max(0, at - 4) : at].lower() != "the "
            at = text.find(post, at + len(post), subject)
        if not tied:
            bisect.insort(people.unnamed_pos, start)


_PARTICIPLE_AFTER = frozenset("was were is are has had".split())
# words that tell an unnamed subject's gender, first one in its sentence
_SENTENCE_GENDER = {**{w: "m" for w in "man boy father he his him".split()},
                    **{w: "f" for w in "woman girl mother she her".split()}}


_DAY_WORDS: Final = frozenset("monday tuesday wednesday thursday friday saturday sunday "
                              "yesterday today tonight".split())


def _apposed_name_word(word: str) -> bool:
    """A word of a full name set in apposition: name-like, no possessive, no day, month or
    feast (“Tom Vale”; not “Uber's”, “Christmas morning”, “New Year's Eve”, “January's”)."""
    return (is_nameish(word) and not word.endswith(("'s", "’s", "s'", "s’"))
            and word.lower() not in _DAY_WORDS and word not in MONTH_NAMES
            and word.lower() not in _FEASTS)


_FEASTS: Final = frozenset("christmas easter ramadan eid diwali hanukkah thanksgiving".split())


def _unnamed_subject(words: list[str]) -> bool:
    """Do these words open with somebody unnamed as the subject, acting (“A man who lives
    next door watched …”, “One neighbour, a retired teacher, swept …”, “An Uber driver
    picks us up”): “a”/“an”/“one”/“another”, up to four plain words, and a person's noun
    or an office, not then a passive (“A man was taken to hospital”: spoken of, no one who
    goes on to speak)?"""
    if len(words) < 3 or words[0] not in ("A", "An", "One", "Another"):
        return False
    for k in range(1, min(len(words) - 1, 6)):
        w = words[k]
        if not w.isalpha() and not w.replace("-", "").isalnum():
            return False  # (“A Tom Vale’s …”, a mark: no simple description)
        if w in PERSON_NOUNS or (w in ROLE_WORDS and w not in MEDIUM_WORDS):
            after = words[k + 1 : k + 3]
            if after and after[0] in ("—", "–", "-", "--"):
                after = after[1:]
            if len(after) >= 2 and all(map(_apposed_name_word, after[:2])):
                return False  # (“One study participant — Bob O'Keefe, 68, — was glad …”,
                # “A neighbour, Tom Vale, watched …”: named right there, in full)
            j = next((j for j in range(k + 1, len(words) - 1)
                      if words[j] in _PARTICIPLE_AFTER), 0)
            return not (j and (words[j + 1].endswith(("ed", "en"))
                               or words[j + 1] in ("been", "being")))
    return False


def _unnamed_before_quotes(text: str, quoted: Regions, people: People) -> None:
    """English: “Tom Vale said … A man who lives next door watched the flames. “…,” he
    said.”: the sentence right before a quotation whose subject is somebody unnamed
    (``_unnamed_subject``) stands between the person named before and the pronoun after,
    as “A spokesman said …” does: the pronoun is that somebody (nobody named)."""
    for q in quoted.starts:
        end = q
        while end and text[end - 1] in " \t\n":
            end -= 1
        if end < 2 or text[end - 1] not in ".!?":
            continue
        start = max(text.rfind(c, max(0, end - 300), end - 1) for c in ".!?\n") + 1
        if start <= 0:
            continue
        sentence = text[start : end - 1]
        words = sentence.replace(",", " ").split()
        opening, comma, rest = sentence.partition(",")
        if (comma and len(opening.split()) <= 4 and rest.split()
                and rest.split()[0] in ("a", "an", "one", "another")
                and not all(map(is_nameish, opening.split()))):
            # “By chance, an Uber driver from the township picks us up.”, “On Monday, a
            # woman …”: a phrase of time, place or manner before the subject (not a
            # name, “Jon Jureidini, a child psychiatrist at …”: the subject, named)
            words = rest.replace(",", " ").split()
            words[0] = words[0].capitalize()
        if _unnamed_subject(words):
            bisect.insort(people.unnamed_pos, start)
            gender = next((_SENTENCE_GENDER[w.lower()] for w in words
                           if w.lower() in _SENTENCE_GENDER), "")
            if gender:
                people.unnamed_gender[start] = gender


def _unnamed_speaker(text: str, start: int, phrase: Phrase | None, after: bool) -> bool:
    """Is an unnamed source the subject of this speech verb: “A spokesman for the group,
    which …, said”, “An SFA spokesman said:”, “kata seorang warga”?"""
    if after:
        if phrase is None or phrase.name or not phrase.role:
            return False
        words = phrase.role.lower().split()
        return words[0] in _INDEFINITE or bool(set(words) & UNNAMED_WORDS)
    lo = max(0, start - 200)
    head = text[lo:start]
    m = _SENTENCE_HEAD.search(head)  # the last sentence break before the verb
    if m is None and lo > 0:
        return False
    head = head[m.end() :] if m else head
    english = False
    closing = max(head.rfind("”"), head.rfind('"'))
    if closing > 0 and head[closing - 1] in ",.!?":
        # “…,” one visitor said: the subject after the quotation's closing mark (English;
        # not “A spokesman for "Acme Group" said”, a name in marks inside the subject)
        head, english = head[closing + 1 :], True
    words = head.replace(",", " , ").split()
    while words and words[0].lower().strip(",") in _CONNECTIVES:
        words = words[1:]
    if words and words[0] == ",":
        words = words[1:]
    indefinite = _INDEFINITE_EN if english else _INDEFINITE
    if words and words[0].lower() not in indefinite and "," in words[:5] and (
            words[0].lower() in NOT_NAME_WORDS):
        k = words.index(",")  # “Earlier, a representative from Acme, the owner of …,
        # told”, “On Monday, a spokesman said”: a phrase of time or place before the subject
        if k + 1 < len(words) and words[k + 1].lower() in indefinite:
            words = words[k + 1 :]
    if not words or words[0].lower() not in indefinite:
        return False
    if "," in words:  # “A spokesman for X, which represents …, said”: an apposition
        first = words.index(",")
        if words[-1] != ",":
            return False
        words = words[:first]
    return len(words) <= 9 and any(
        w.lower() in ROLE_WORDS or (english and w.lower() in _PERSON_OR_UNNAMED)
        for w in words[1:])


# “Menurut seorang warga, …”, “Menurut salah satu pejabat yang enggan disebut namanya,
# …”: one unnamed source the sentence goes by (not one named after the comma: “Menurut
# seorang pengamat, Budi Santoso, …”)
_ACCORDING_UNNAMED = re.compile(
    r"enurut[ \t]+(?:salah[ \t]+)?(?:seorang|satu)[ \t]+[a-z][^,.\n\"“”]{0,80},"
    rf"(?![ \t]*[{_UP}][\w'’\-]*(?:[ \t]+[{_UP}][\w'’\-]*)*[ \t]*[,(])")


def _unnamed_according(text: str, quoted: Regions, people: People) -> None:
    """Indonesian: “Menurut seorang warga, banjir datang sejak pagi. “…,” katanya.”: the
    source is somebody unnamed, so the pronoun after it names nobody (not the last person
    the article named)."""
    at = text.find("enurut s")
    while at > 0:
        if (text[at - 1] in "Mm" and not text[at - 2 : at - 1].isalpha()
                and _ACCORDING_UNNAMED.match(text, at) and not quoted.inside(at)):
            bisect.insort(people.unnamed_pos, at - 1)
        at = text.find("enurut s", at + 8)


_INDEFINITE_EN = frozenset("a an one another".split())
_PERSON_OR_UNNAMED = PERSON_NOUNS | UNNAMED_WORDS


_TITLE = re.compile(r"\b(Mr|Mrs|Ms|Miss|Sir|Lady|Dame)\.?\s+([A-Z][\w'’\-]+)")
_TITLE_GENDER = TITLE_GENDER
_PRONOUN = re.compile(r"\b(he|she|his|her|him|He|She|His|Her)\b")
# A kinship or gendered title right before a name: “her father, Billy Ray Cyrus”, “his wife
# Vanessa”, “actress Jane Doe”.
_KIN_GENDER = {w: "m" for w in "father son husband brother boyfriend dad uncle grandfather "
               "nephew actor king prince".split()}
_KIN_GENDER.update({w: "f" for w in "mother daughter wife sister girlfriend mom mum aunt "
                    "grandmother niece actress queen princess".split()})
_KIN_BEFORE = re.compile(r"\b(" + "|".join(_KIN_GENDER) + r"),?[ \t]+"
                         r"(?:[a-z][\w\-]*[ \t]+){0,4}([A-Z][\w'’\-]+)")
# (“from his mother, three-time prime minister Khaleda Zia”: her office between, in lower
# case)
_PRONOUN_GENDER = {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f"}


def _genders(text: str, quoted: Regions, people: People, paras: list[tuple[int, int]]) -> None:
    """He or she for cast members, from the article's own words: a title (“Mr Flynn”,
    “Ms Jowell”), or a pronoun whose sentence, and the one before, name only them."""
    votes: dict[str, Counter[str]] = {}
    for person in people.roles:
        given = GIVEN_GENDER.get(person.split()[0].lower(), "") if " " in person else ""
        if given and not people.is_body(person):
            votes.setdefault(people.canonical(person), Counter())[given] += 3
    for m in _TITLE.finditer(text):
        gender = _TITLE_GENDER[m.group(1)]
        full = people.known(m.group(2), m.start())
        if full and GIVEN_GENDER.get(full.split()[0].lower(), gender) != gender:
            # “Ms. Clinton” when Bill Clinton was named last: the one Clinton she can be
            fits = [who for who in people.roles if who.split()[-1] == m.group(2)
                    and GIVEN_GENDER.get(who.split()[0].lower(), gender) == gender]
            full = fits[0] if len(fits) == 1 else ""
        if full and not quoted.inside(m.start()):
            votes.setdefault(people.canonical(full), Counter())[gender] += 2
    for m in _KIN_BEFORE.finditer(text):
        full = people.known(m.group(2), m.start(2))
        if full and not quoted.inside(m.start()):
            votes.setdefault(people.canonical(full), Counter())[_KIN_GENDER[m.group(1)]] += 2
    starts = [lo for lo, _ in paras]
    for m in _PRONOUN.finditer(text):
        p = m.start()
        if quoted.inside(p):
            continue
        para_lo = starts[bisect.bisect_right(starts, p) - 1] if starts else 0
        ends = [k for k in (text.rfind(". ", para_lo, p), ) if k >= 0]
        lo = text.rfind(". ", para_lo, ends[0]) + 2 if ends else para_lo
        lo = max(lo, para_lo)
        i = bisect.bisect_left(people.mention_pos, lo)
        j = bisect.bisect_left(people.mention_pos, p)
        who = {people.mention_who[k] for k in range(i, j)
               if not people.is_body(people.mention_who[k])}
        if len(who) == 1:
            votes.setdefault(who.pop(), Counter())[_PRONOUN_GENDER[m.group(1).lower()]] += 1
    for person, count in votes.items():
        (top, n), *rest = count.most_common(2) + [("", 0)]
        if n > rest[0][1]:
            people.gender[person] = top


_PUNCT: Final = frozenset(",.;:()")
_ALIAS_WORDS = frozenset("atau alias aka".split())
_CALLED_WORDS = frozenset("disapa dipanggil".split())  # (“yang akrab disapa Cak Imin”)
_AFTER_PREPOSITION: Final = frozenset("of from in at near di ke".split())


def _person_after_preposition(text: str, name: str, role: str) -> bool:
    """English: a name after a preposition is a person's, not a place's, when it opens with
    a given name, has two or three words no body's or place's word is among, and the article
    writes its last word alone elsewhere (“The court heard the case of Betty Dukes. … Dukes
    said”; not “the mayor of New York”, “in Charlotte County”, “the state of Victoria”)."""
    words = name.split()
    if role or not 2 <= len(words) <= 3 or words[0].lower() not in GIVEN_GENDER:
        return False
    if any(w.lower() in ORG_WORDS or w.lower() in EN_UNIT_WORDS for w in words):
        return False
    if detect_language(text) != "en":
        return False
    return _count_alone(text, words[-1]) > text.count(name)


# “ujar Lalu.”: a speech verb, blanks, then a capitalised word before a comma, a full stop
# or a lower-case word. _vouched_names finds each verb and the blanks after it (str.find),
# then matches the pattern there: opening with an alternation of 48 lower-case verbs made
# the regex engine try them at nearly every letter of the text, and searching for the
# capitalised word walked over every one of them.
_VOUCHED = re.compile(rf"([{_UP}][a-zà-ÿ]+)\b(?=\s*[,.]|\s+[a-z])")
_LOWER_NEXT = re.compile(r"[ \t]+[a-z]")
# a form of address before the name a speech verb vouches for (“ujar Mbah Waji.”)
_ADDRESS_THEN_NAME = re.compile(rf"([{_UP}][a-z]+)[ \t]+(?=[{_UP}])")


# a capitalised word between a quotation's closing mark and an English speech verb (“…,”
# Dia said while praising Anju.): a name, also where it is a common word of the other
# language (“dia”)
_EN_VOUCHING_VERBS = ("said", "says", "added", "adds", "told", "asked", "explained")
_EN_SUBJECT_VOUCHED = re.compile(
    rf"[,!?][\"”][ \t]+([A-Z][a-z]+)[ \t]+(?:{'|'.join(_EN_VOUCHING_VERBS)})\b")
_SUBJECT_VOUCHED = re.compile(
    "(" + word_opening(sorted(w.capitalize() for w in GIVEN_NAME_ROLES)) + r")[ \t]+"
    r"(?:(?:juga|pun|lalu|kemudian)[ \t]+)?(?:" + "|".join(sorted(ID_SUBJECT_VERBS)) + r")\b"
)


_EN_FOREIGN_NAMES = frozenset("Oleh Hakim".split())
# both lists' words an English text holds (``_given_names_in``): in one pass of the text, not
# one per word. Each word is a capital and lower-case letters, so two of them met in a text
# start at the same place or not at all (one the other's start: “Ada”, “Adapun”): the
# longest is found, then the shorter ones it starts with
_EN_GIVEN = _EN_FOREIGN_NAMES | EN_ID_NAMES
_EN_GIVEN_FIND = re.compile("|".join(map(re.escape, sorted(_EN_GIVEN, key=lambda w: (-len(w), w)))))
_EN_GIVEN_HEADS = {w: frozenset(v for v in _EN_GIVEN if w.startswith(v)) for w in _EN_GIVEN}
_EN_GIVEN_ONE_PASS = all(re.fullmatch("[A-Z][a-z]+", w) for w in _EN_GIVEN)


def _given_names_in(text: str) -> set[str]:
    """``{w for w in _EN_GIVEN if w in text}``."""
    if not _EN_GIVEN_ONE_PASS:  # (a word of another shape: the proof above fails)
        return {w for w in _EN_GIVEN if w in text}
    found: set[str] = set()
    for word in set(_EN_GIVEN_FIND.findall(text)):
        found |= _EN_GIVEN_HEADS[word]
    return found
# role words that also name a place or a body (“Centre for Economic Policy Research”)
_PLACE_ROLES = frozenset("center centre state guard".split())


def _vouched_names(text: str, quoted: Regions, words: Container[str] | None = None
                   ) -> set[str]:
    """Capitalised words right after a speech verb and before a comma or full stop
    (“…,” ujar Lalu.): names, even when they are also common words (“lalu”); and role
    words that are also given names, alone before a speech verb (“Imam menambahkan”).
    ``words``: every run of letters of the text (``letter_words``), when known."""
    found = set()
    # (from each speech verb, whole and followed by blanks, to a name after them: the
    # verbs among the text's runs of letters (``letter_runs``: from the token index)
    # instead of a walk over every capitalised word before a comma or a lower-case word,
    # most of them after no verb. A name there is what ``_VOUCHED.finditer`` finds: its
    # matches are letters, so none runs over the blanks. A verb with no word character
    # before it and a blank after it is one of those runs, each verb being letters only;
    # with ``words``, only the verbs among them are read)
    size = len(text)
    verbs = ID_POST_VERBS if words is None else {v for v in ID_POST_VERBS if v in words}
    runs = letter_runs(text)
    for n, verb in enumerate(runs.words):
        if verb in verbs:
            p = runs.starts[n]
            k = a = p + len(verb)
            while a < size and text[a].isspace():
                a += 1
            address = _ADDRESS_THEN_NAME.match(text, a)
            if address is not None and address.group(1).lower() in _ADDRESS_OR_TITLE:
                a = address.end()  # (“ucap Mbah Waji saat …”: the name after the address)
            m = (_VOUCHED.match(text, a) if k < a and not (
                p and (text[p - 1].isalnum() or text[p - 1] == "_")) else None)
            if m and not quoted.inside(p) and not (
                    m.group(1).lower() in _OFFICES_ALONE and _LOWER_NEXT.match(text, m.end())):
                found.add(m.group(1))  # (not an office before lower-case words: “kata Plt
                # wali kota”, “ujar Bupati dalam keterangan”; but “kata Pangeran.”, “ungkap
                # Hakim.”: the office's word is somebody's name)
    found |= {
        m.group(1) for m in _SUBJECT_VOUCHED.finditer(text) if not quoted.inside(m.start())}
    if words is not None and not any(verb in words for verb in _EN_VOUCHING_VERBS):
        return found  # (no such verb among the text's words: no match, no pass over it)
    return found | {m.group(1) for m in _EN_SUBJECT_VOUCHED.finditer(text)
                    if m.group(1).lower() not in _OFFICES_ALONE}  # (“…,” President said.: an
    # office written without its article, as the South Asian press does, not a name: “Party
    # leader President Wickremesinghe” keeps “President” out of the name)

def _runs(text: str, toks: list[Token]) -> list[tuple[int, int]]:
    """(first, last+1) token indexes of capitalised runs (particles and initials inside,
    and a bracketed short form after a title: “Menteri Luar Negeri (Menlu) Rusia …”)."""

    def joined(j: int) -> bool:  # nothing but blanks between token j-1 and token j
        return not text[toks[j - 1][2] : toks[j][1]].strip()

    out: list[tuple[int, int]] = []
    # (a run opens at a capitalised word; a token's word is never empty, and no mark of
    # _PUNCT is upper case: the capitalised words are the tokens whose first character is
    # upper case)
    for k, tok in enumerate(toks):
        if not tok[0][0].isupper() or (out and k < out[-1][1]):
            continue  # (not capitalised, or inside the run just read)
        j = k + 1
        while j < len(toks):
            w = toks[j][0]
            if (w[:1].isupper() or ("-" in w and ARTICLE_NAME.fullmatch(w))) and (
                    w not in _PUNCT and joined(j)) and not (
                    w in MONTH_NAMES and month_then_date(toks, j)):
                j += 1  # (“Muhammad bin Abdullah al-Habsyi”: an Arabic article inside)
            elif (
                w in NAME_PARTICLES and particle_before_name(toks, j) and joined(j)
            ):
                j += 1
            elif (
                w.isdigit() and _school_number([t[0] for t in toks[k : j + 1]], j - k)
                and joined(j)
            ):
                j += 1  # “Kepala SMAN 1, Darmadi”, “Kepala SMKN 2 Sewon Budi Santoso”: the
                # number of a school (an acronym's) inside the office, not its end
            elif (
                w == "." and j + 1 < len(toks) and toks[j - 1][0].lower() in RANK_WORDS
                and is_cap(toks[j + 1][0]) and joined(j) and joined(j + 1)
            ):
                j += 1  # “Wakapolres Lampung Barat, Kompol. Samsuri”: a rank's full stop
            elif (
                w == "(" and j + 3 < len(toks) and toks[j + 2][0] == ")"
                and is_cap(toks[j + 1][0]) and is_cap(toks[j + 3][0])
                and split_phrase(toks[k:j]).role and not split_phrase(toks[k:j]).name
            ):
                j += 3
            else:
                break
        out.append((k, j))
    return out


_PLACE_WORDS = frozenset("warga penduduk masyarakat kota kabupaten desa".split())
_RESIDENTS = ("warga", "penduduk")


def _school_number(words: list[str], n: int) -> bool:
    """Is words[n] the number of a body written as an acronym, inside an office that opens
    ``words`` (“Kepala SMAN 1”, “Guru SDN 04”): one to three digits after a word of three or
    more capitals, with an office before that."""
    w = words[n]
    return (n >= 2 and len(w) <= 3 and w.isdigit() and words[n - 1].isupper()
            and len(words[n - 1]) >= 3 and words[0].lower() in ROLE_WORDS)


# a speech verb between an office and a name: the name is who was spoken to
_VERBS_BEFORE_LISTENER = EN_VERBS | frozenset(("thanked", "praised"))  # (told, asked: EN_VERBS)


def _lower_role_before(toks: list[Token], k: int) -> list[Token]:
    """Lower-case role words just before a name: “pelatih Borneo FC Joaquin Gomez”."""
    j = k
    while j > 0 and k - j < 4 and toks[j - 1][0].islower() and toks[j - 1][0] not in _PUNCT:
        j -= 1
    words = toks[j:k]
    while words and words[0][0] not in ROLE_WORDS:
        words = words[1:]
    if any(t[0] in _VERBS_BEFORE_LISTENER for t in words[1:]):
        return []  # “the president told Jeffrey Goldberg”: the office spoke to the name
    return words


def _brands(text: str, caps: list[tuple[int, str]]) -> set[str]:
    """Capitalised words that open three or more different capitalised pairs (“Danone
    Indonesia”, “Danone Day”, “Danone Impact”): a brand or a body, not a first name.
    ``caps``: the text's capitalised words (``_cap_words``)."""
    followers: dict[str, set[str]] = {}
    for word, nxt in _cap_pairs(text, caps):
        followers.setdefault(word, set()).add(nxt)
    return {w for w, nxt in followers.items() if len(nxt) >= 3 and is_nameish(w)
            and len(_unglued_apart(nxt)) >= 3}


def _cap_pairs(text: str, caps: list[tuple[int, str]]) -> list[tuple[str, str]]:
    """Two capitalised words of ``caps`` (``_cap_words``) in a row with only blanks between,
    the first not inside a word (not “Donald Trump” in “McDonald Trump”): the pairs the pattern
    ``([{_UP}][\\w'’\\-]*)[ \\t]+(?=([{_UP}][\\w'’\\-]*))`` finds, but those inside a
    word. (A capitalised word not inside one is one of ``caps``, and so is the word after
    its blanks, the next one.)"""
    pairs = []
    for k in range(len(caps) - 1):
        a, word = caps[k]
        if a and (text[a - 1].isalnum() or text[a - 1] in "_'’-"):
            continue  # inside a word
        b, nxt = caps[k + 1]
        if not text[a + len(word) : b].strip(" \t"):  # (only blanks between)
            pairs.append((word, nxt))
    return pairs


def _unglued_apart(words: set[str]) -> set[str]:
    """The words, a word with lower-case text glued to another of them counted as that
    one (“Cristiano Ronaldo”, “Cristiano Ronaldomenjawab”, “Cristiano Ronaldocatatkan”:
    one follower, not three)."""
    return {w for w in words
            if not any(o != w and w.startswith(o) and w[len(o):].islower() for o in words)}


# English modals that are also given names (“Will Cain”, “May Wong”), a function word
# where they open a question or a wish (“Will Hezbollah hit back?”, “May God bless”) or stand
# for the month (“in May Trump said”)
_MODAL_GIVEN: Final = frozenset(["Will", "May"])
# words before “May” the month (“in May”, “since May”, “early May”)
_BEFORE_MONTH = frozenset(
    "in on since until till by from last next early late mid of this that during before "
    "after through to between around".split())
# what follows a subject named in full, not the bare verb of a question or a wish: “Will
# Bayley says”, “May Wong was”, “Will Cain, a Fox News host”
_AFTER_SUBJECT = frozenset(",;:(") | frozenset(
    "and who is was has had also would could can will".split()) | EN_VERBS


def _modal_given(text: str, toks: list[Token], a: int, b: int) -> bool:
    """Does the run ``toks[a:b]``, which opens with “Will” or “May”, name a person by that
    given name? In English text, when a name follows it and either a lower-case word stands
    before it (“Fox News host Will Cain”, “said May Wong”; not “in May”), or the run is
    followed as a subject is (“Will Bayley says”, “Will Cain,”), not by a question's bare verb
    (“Will Hezbollah hit back?”, “May God bless”)."""
    if b - a < 2 or not is_nameish(toks[a + 1][0]) or detect_language(text) != "en":
        return False
    before = toks[a - 1][0] if a else ""
    if before.lower() in _BEFORE_MONTH and toks[a][0] == "May":
        return False
    if before.isalpha() and before.islower():
        return True
    after = toks[b][0] if b < len(toks) else ""
    return after in _AFTER_SUBJECT or (
        after.isalpha() and after.islower() and after.endswith(("s", "ed"))
        and not after.endswith("ss"))


# “Per Kerr’s account, …”, “Per Kerr's recollections, …” opening a sentence: “per” is the
# preposition (“according to”), not the given name “Per” (“Per Stig Møller said”)
_PER_SOURCE = re.compile(OWNED_ACCOUNT)


def _per_opener(text: str, toks: list[Token], a: int, b: int) -> bool:
    """Does the run ``toks[a:b]`` open a sentence with the preposition “Per”, then whose
    account it reports (“Per Kerr's recollections, the crew …”)? Only in English text, the
    run of two or three words, the possessive and an account's noun right after it."""
    if toks[a][0] != "Per" or not 2 <= b - a <= 4 or detect_language(text) != "en":
        return False
    if a and toks[a - 1][0] not in (".", "!", "?", "”", '"', "\n"):
        return False
    last = toks[b - 1]  # (the possessive is the run's last word's end: “Kerr's”)
    return last[0].endswith(("'s", "’s")) and _PER_SOURCE.match(text, last[2] - 2) is not None


# role words that only rank an office (“Direktur Utama”, “Jaksa Senior”): alone before a
# word (“nilai utama May Day”), no office
_RANK_ONLY: Final = frozenset("utama besar senior".split())

# how a run of words reads: (name, role, index of its first and of its last token)
_Read = tuple[str, str, int, int]


def _titled(phrase: Phrase, opening: str) -> bool:
    """The run opens with an office written as a title, then the name (“Prime Minister
    Rishi Sunak”, “Arizona Gov. Jan Brewer”)."""
    role = phrase.role.split()
    return (bool(role) and role[0] == opening and phrase.name.split()[0] != opening
            and bool(role_words(phrase.role) - _RANK_ONLY))


def _scan_names(text: str, para_toks: list[Token], quoted: Regions, people: People,
                brands: set[str] | frozenset[str] = frozenset(),
                single: dict[tuple[str, ...], _Read | None] | None = None,
                long_runs: list[tuple[str, str]] | None = None) -> None:
    """Register the people a paragraph names, with the roles written around them and the
    aliases it gives (“Joko Widodo (Jokowi)”, “Saifullah Yusuf atau Gus Ipul”).

    ``single`` keeps how each run of words reads (most runs are one word opening a
    sentence: “Namun”, “Dia”), from one paragraph to the next of the same article."""
    toks = quoted.outside(para_toks)
    runs = [(a + 1, b) if toks[a][0] == "Per" and _per_opener(text, toks, a, b) else (a, b)
            for a, b in _runs(text, toks)]
    found: list[_Run] = []
    offices: set[int] = set()  # runs read with the office before “of” or “for”
    single = {} if single is None else single
    for a, b in runs:
        # split_phrase reads the same words the same wherever they stand (most runs are
        # one word opening a sentence, and names come back): read each run once
        # (“Minister for Human Rights Shireen Mazari”: after an office held “for” or “of”
        # something, the run is its portfolio, then the name; see names._past_portfolio)
        # (“Chancellor of the Exchequer Nigel Lawson”: “the” between, an office too)
        the = int(a >= 3 and toks[a - 1][0] == "the" and toks[a - 2][0] in ("for", "of")
                  and toks[a - 3][0][:1].isupper())
        held = (a >= 2 + the and toks[a - 1 - the][0] in ("for", "of")
                and toks[a - 2 - the][0].lower() in ROLE_WORDS - _PLACE_ROLES
                and (b - a >= 3 if not the else b - a == 3)
                and detect_language(text) == "en")
        modal = toks[a][0] in _MODAL_GIVEN and _modal_given(text, toks, a, b)
        key = ("for" if held else "modal" if modal else "", *[t[0] for t in toks[a:b]])
        known = single.get(key)
        if known is None:
            got = split_phrase(toks[a - 2 - the : b] if held else toks[a:b],
                               people.names | {toks[a][0]} if modal else people.names)
            if held and got.start < toks[a][1]:
                got = Phrase(got.name, got.role, toks[a][1], got.end)
            starts = [t[1] for t in toks[a:b]]
            ends = [t[2] for t in toks[a:b]]
            known = single[key] = ((got.name, got.role, starts.index(got.start),
                                    ends.index(got.end)) if got.start >= 0 else None)
        phrase = (Phrase(known[0], known[1], toks[a + known[2]][1], toks[a + known[3]][2])
                  if known is not None else Phrase())
        found.append((a, b, phrase))
        if held and phrase.name and toks[a - 2 - the][0][:1].isupper() and not (
                b < len(toks) and toks[b][0] in ("and", "&")):
            # “Minister of Finance Colm Imbert spoke”: an office written as a title, its
            # portfolio, then the holder (not “director general of East Jerusalem's
            # International Peace and Cooperation Center”: a body's name goes on)
            offices.add(a)
    for a, b in runs:
        words = [t[0] for t in toks[a:b] if t[0] not in _PUNCT]
        if 2 <= len(words) <= 5 and words[-1].lower() in ORG_WORDS and is_nameish(words[0]):
            # “Sinclair Broadcast Group”: “Sinclair” alone later is this body
            people.body_names.setdefault(words[0], " ".join(words))
    paired = _paired_offices(toks, found)
    for n, (a, b, phrase) in enumerate(found):
        name, role = phrase.name, phrase.role
        if not name:
            continue
        if a and toks[a - 1][0] in _AFTER_PREPOSITION and a not in offices:
            if 2 <= len(name.split()) <= 4 and any(
                    w.lower() in EN_UNIT_WORDS for w in phrase.role.split()):
                # “Deputy Head of Equity Research Mandiri Sekuritas Tjandra Lienandjaja”:
                # the unit and the firm, then the person (names._past_unit)
                people.add_person(name, phrase.role)
                continue
            if 2 <= len(name.split()) <= 4 and _titled(phrase, toks[a][0]):
                # “part of Prime Minister Rishi Sunak's effort”, “a call from Gov. Jan
                # Brewer”: an office written as a title before a name, then its holder
                people.add_person(name, phrase.role)
                continue
            if long_runs is not None and 5 <= len(name.split()) <= 7:
                # “Deputy Head of Equity Research Mandiri Sekuritas Tjandra Lienandjaja”:
                # a unit's name and a person's after “of” (kept aside, see below)
                long_runs.append((name, role))
            if _person_after_preposition(text, name, role):
                people.add_person(name, "")  # “the case of Betty Dukes … Dukes said”
            continue  # “Frank Pallone Jr. of New Jersey”: a place, not a person
        if a and toks[a - 1][0] in BODY_TYPES:
            continue  # “kelompok Wanita Motekar”, “partai Gerindra”: a body's name
        if a and toks[a - 1][0] == "," and _PARTY_PLACE.fullmatch(name):
            continue  # “State Rep. Steve Xiarhos, R-Barnstable, …”: his party and town
        holder = _linked_holder(toks, found, n)
        if holder and phrase.role and detect_language(text) != "en":
            # “Karno yang juga Ketua Paguyuban Pedagang Cikupa”, “Budi selaku Ketua RT
            # Cikupa”: the office is the name's before the link; its place is nobody
            people.add_person(holder, " ".join(t[0] for t in toks[a:b]))
            continue
        if (" " not in name and name.lower() in EN_MONTHS and b < len(toks)
                and toks[b][0].isdigit() and len(toks[b][0]) <= 2):
            continue  # “In Justice Kerr's August 19 ruling, she said”: a date, no person
        nxt = found[n + 1] if n + 1 < len(found) else None
        if (
            nxt and nxt[0] == b + 1 and toks[b][0] == "," and nxt[2].name
            and toks[a][0].lower() in ROLE_WORDS
            and not _PARTY_PLACE.fullmatch(" ".join(t[0] for t in toks[nxt[0] : nxt[1]]))
        ):
            continue  # “Pelatih Persib, Bojan Hodak”: this run is the next one's role
        if _bracketed_acronym(toks, b) and (
            toks[a][0].lower() in ORG_WORDS
            or (nxt and nxt[0] in (b + 1, b + 3) and n + 2 < len(found)
                and found[n + 2][0] == b + 3)
        ):
            # “Badan Intelijen Negara (BIN)”: a body; “Bupati Ogan Komering Ilir (OKI)
            # Muchendi Mahzareki”: a place, the person follows; so does “Kepala Dinas
            # Pekerjaan Umum dan Penataan Ruang (DPUPR) Sukoharjo Bowo …” (the acronym's
            # own run between them): “Ruang” is the office's last word, nobody
            continue
        extra = _lower_role_before(toks, a)
        if company_phrase(phrase) and not extra and not (
                n and found[n - 1][1] == a - 1 and toks[a - 1][0] == ","):
            continue  # “PT Sinar Jaya Abadi mengumumkan …”: a company, nobody's office
        if extra and extra[-1][0] in _PLACE_WORDS and b - a == 1:
            continue  # “warga Mojokerto”: the people of a place, not a person
        origin = bool(extra) and extra[-1][0] in ORIGIN_WORDS and detect_language(text) != "en"
        if origin and b - a == 1:
            continue  # “kata pedagang asal Sleman itu”: where the trader comes from, no one
        if (extra and (extra[-1][0] in _RESIDENTS or origin) and len(name.split()) >= 3
                and name.split()[0] == toks[a][0]
                and not gazetteer().given_name(toks[a][0].lower())):
            name = name.split(" ", 1)[1]  # “kata warga Cikupa Ahmad Fauzi”: the village,
            # then the resident's name (not “warga Budi Santoso”: a given name opens it)
        if b - a == 1 and any(t[0] in BODY_TYPES for t in extra[-2:]):
            continue  # “ketua kelompok wanita Motekar”: the group's name, not its chair
        prev = found[n - 1] if n else None
        if prev and prev[1] == a - 1 and toks[a - 1][0] == "," and (
            not prev[2].name or toks[prev[0]][0].lower() in ROLE_WORDS
        ):
            extra = extra or toks[prev[0] : prev[1]]
        # “Anggota DPRD Jawa Barat dari Fraksi PDI Perjuangan, Rina Wulandari, …”: the
        # office goes on past “dari” to the faction or the electoral district (the run
        # before “dari” opens with an office word; its own words are no name)
        after_comma = bool(extra) and prev is not None and extra[0] == toks[prev[0]]
        opens = prev[0] if after_comma and prev is not None else a  # (the office's run)
        office = found[n - 2 if after_comma else n - 1] if n >= 1 + after_comma else None
        if (office is not None and opens >= 2 and toks[opens - 1][0] == "dari"
                and office[1] == opens - 1 and toks[office[0]][0].lower() in ROLE_WORDS
                and not office[2].name and detect_language(text) != "en"):
            extra = toks[office[0] : opens] + (extra or [])
        opening = toks[a][0]
        if n >= 2 and _bracketed_acronym(toks, found[n - 2][1]) and found[n - 1][1] == a - 1:
            extra = extra or toks[found[n - 2][0] : a]  # the office before “(OKI)”
            words = name.split()
            if len(words) >= 3 and words[0] == opening and _region_word(opening):
                # “Kepala Dinas … (DPUPR) Sukoharjo Bowo Sutopo Dwi Atmojo”: the
                # regency the office serves, then its holder's name
                name, opening = " ".join(words[1:]), words[1]
        if prev and prev[1] == a - 1 and toks[a - 1][0] == "dan" and (
                toks[prev[0]][0].lower() in ROLE_WORDS):
            # “Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Yuddy
            # Chrisnandi”: the office goes on past “dan”; where the name starts is left
            # to the short form the article uses later (_cut_at_short_ref)
            extra = extra or toks[prev[0] : a]
        after = []
        if (nxt and nxt[0] == b + 1 and toks[b][0] == ","
                and toks[nxt[0]][0].lower() in ROLE_WORDS and not (
                    nxt[1] - nxt[0] == 1 and nxt[1] < len(toks) and toks[nxt[1]][0].islower())):
            # “Deny Tjia, Managing Director Green SM”; not a bare office opening the next
            # clause (“Saat menjenguk Fillio, Presiden menyapa …”: the president's visit)
            after = toks[nxt[0] : nxt[1]]
        role = " ".join(filter(None, [" ".join([t[0] for t in extra]), role,
                                       " ".join([t[0] for t in after])]))
        role = paired.get(n, role)
        if (a and toks[a - 1][0] in _FORMER_BEFORE and not extra and role_words(role)
                and detect_language(text) != "en"):
            role = f"{toks[a - 1][0]} {role}"  # “mantan Bupati Bogor Iwan Setiawan”: an
            # office held before (``People.role_holders`` tells it from the present one)
        first = name.split()[0]
        if (len(name.split()) >= 2 and first.lower() in people.words
                and (a == 0 or toks[a - 1][0] in ".:;") and not phrase.role
                and balinese_opening(name.split()) != 0  # (“I Nyoman Juniarta …”)
                and not _after_open_quotation(text, toks[a][1])):
            # (not right after a quotation the sentence goes on from: “"…," Mark Brett,
            # economist at … said” in a story that writes the currency “mark”)
            name = name.split(" ", 1)[1]  # “Makam Nausan berjarak …”: a common word opens
            # the sentence (not a name after its office: “Ketua DEN Luhut Binsar …” with
            # “@luhut.pandjaitan” in the article)
        size = len(name.split())
        if ((opening in brands and not _titled(phrase, opening))
                or (size <= 2 and name.split()[0] in brands)):
            # (“Arizona Gov. Jan Brewer” where “Arizona” opens many pairs: the place of
            # the office, the holder's name after it)
            continue  # “Danone Day”, “Danone Gives Back”: a brand's names, not a person
        parts = [w for w in name.split() if w not in NAME_PARTICLES]  # (“Ana de la Cruz”)
        common = sum([w.lower() in people.words for w in parts])
        if len(parts) >= 2 and common >= 2 and 2 * common >= len(parts):
            continue  # “Eliminasi Malaria Global”, “Human Rights Campaign”: not a person
        if size == 2 and people.words[name.replace(" ", "")] >= 2:
            continue  # “ByteDance” read as “Byte Dance” (unglued): glued the same way
            # twice or more, it is one brand's name, not two words a scraper joined
        if 2 <= size <= 4 or (5 <= size <= 6 and _particled_name(name.split())
                              and detect_language(text) == "en") or (
                5 <= size <= 6 and balinese_opening(name.split()) == 0):
            # (“I Gusti Ngurah Askhara Danadiputra (Ari Askhara)”: a Balinese name of five
            # words, its alias given beside it)
            people.add_person(name, role)
        elif 5 <= size <= 7 and long_runs is not None:
            # “Deputy Head of Equity Research Mandiri Sekuritas Tjandra Lienandjaja”: a
            # unit's or a company's name ran into the person's; kept aside until a short
            # reference later in the article (“jelas Tjandra”) tells where the name starts
            long_runs.append((name, role))
        elif (size == 1 and role_words(role) - _RANK_ONLY
              and re.search(r"\b(?:for|of|to|with)(?:[ \t]+the)?$", role) is None):
            # (not a body, a place or a client after an office and its preposition: “Ann
            # Lee, the senior coroner for Surrey,”, “the solicitor for the Smith family”:
            # the word is not the office's holder)
            # (not after a word that only ranks an office: “dua nilai utama May Day”, the
            # holiday, is nobody “utama” called Day)
            people.add_person(name, role, single_ok=True)
    _scan_aliases(toks, found, people, detect_language(text) != "en")


def _particled_name(words: list[str]) -> bool:
    """A person's English name of five or six words with a particle between its words
    and four words or fewer besides (“Luiz Inácio Lula da Silva”, “Tamim bin Hamad Al
    Thani”): one name, not an office's or a firm's words run into a shorter one (those
    wait in ``long_runs`` for a short reference to cut them)."""
    particles = sum(w.lower() in NAME_PARTICLES for w in words[1:-1])
    return particles >= 1 and len(words) - particles <= 4


def _linked_holder(toks: list[Token], found: list[_Run], n: int) -> str:
    """The name of the run before ``found[n]`` when a link joins the two and ``found[n]``
    opens with an office (names.linked_before): “Karno yang juga Ketua Paguyuban Pedagang
    Cikupa” → “Karno”; "" when not so."""
    a = found[n][0]
    if n == 0 or toks[a][0].lower() not in ROLE_WORDS:
        return ""
    k = linked_before(toks, a)
    prev = found[n - 1]
    return prev[2].name if k >= 0 and prev[1] == k + 1 and prev[2].name else ""


# lower-case words before an office that say it was held before
_FORMER_BEFORE: Final = frozenset("mantan eks".split())


def _paired_offices(toks: list[Token], found: list[_Run]) -> dict[int, str]:
    """Two offices joined by “dan”, then their two holders joined by “dan”, in the same
    order: “Bupati dan Wakil Bupati Salak Utara Darmawan Putra dan Budi Santoso”, “Gubernur
    dan Wakil Gubernur Jambi, Darmawan Putra dan Budi Santoso”: the first holder holds the
    first office, the second the second (the place after the second office is both's). The
    office of each holder's run, by the run's index in ``found``."""
    out: dict[int, str] = {}
    for n in range(len(found) - 2):
        a1, b1, _p1 = found[n]
        a2, b2, p2 = found[n + 1]
        if a2 != b1 + 1 or toks[b1][0] != "dan":
            continue  # (the cheap test first: most runs are no office before “dan”)
        first = [t[0] for t in toks[a1:b1]]
        if not first or not all(w.lower() in ROLE_WORDS for w in first):
            continue  # (“Bupati” alone may read as a name: “kata Bupati” vouches for it)
        # the holders after the second office and a comma, or its run ends with the first
        listed = (b2 < len(toks) and toks[b2][0] == "," and found[n + 2][0] == b2 + 1
                  and (not p2.name or p2.name.split()[0].lower() in ROLE_WORDS))
        # (the second office alone before the comma: its name, if any, its own word read
        # as a name: “Wakil Gubernur Jambi”; not a holder: “… Darmawan Putra, Budi …”)
        second = [t[0] for t in toks[a2:b2]] if listed else p2.role.split()
        at = next((i for i in range(1, len(second) - len(first) + 1)
                   if second[i : i + len(first)] == first), -1)
        if at < 0 or not (listed or p2.name):
            continue  # (the second office is the first one's deputy, its place after both)
        one = n + 2 if listed else n + 1
        two = one + 1
        if two >= len(found):
            continue
        a3, b3, p3 = found[one]
        a4, b4, p4 = found[two]
        if (b3 >= len(toks) or toks[b3][0] != "dan" or a4 != b3 + 1 or not p4.name or p4.role
                or not p3.name or (listed and p3.role)):
            continue
        if b4 < len(toks) and toks[b4][0] in ("dan", ",") and two + 1 < len(found) and (
                found[two + 1][0] == b4 + 1 and found[two + 1][2].name):
            continue  # (three holders or more: no pairing to tell)
        tail = second[at + len(first):]
        out[one] = " ".join(first + tail)
        out[two] = " ".join(second)
    return out


_CLOSING_MARKS = frozenset("”\"’'»")


def _after_open_quotation(text: str, at: int) -> bool:
    """Does a closing quotation mark stand right before ``at`` (blanks between) with no
    full stop, question or exclamation mark inside it (“…,” Mark Brett said: the sentence
    goes on; “… before.” Asked about it, …: a new one)?"""
    k = at
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    return k >= 2 and text[k - 1] in _CLOSING_MARKS and text[k - 2] not in ".!?…"


def _bracketed_acronym(toks: list[Token], b: int) -> bool:
    """Do the tokens from b read “( ACRONYM )”?"""
    return (b + 2 < len(toks) and toks[b][0] == "(" and toks[b + 2][0] == ")"
            and toks[b + 1][0].isupper() and len(toks[b + 1][0]) >= 2)


def _scan_aliases(toks: list[Token], found: list[_Run], people: People,
                  paired: bool = False) -> None:
    """Aliases given beside a name: in brackets (“Joko Widodo (Jokowi)”; with ``paired``,
    Indonesian text, two words too: “Mohamad Syafii Alielha (Savic Ali)”, whose first
    word then stands for the person as well: “kata Savic”), or after “atau” and the like."""
    for n, (a, b, phrase) in enumerate(found):
        if n + 1 < len(found) and (toks[a][0].lower() in ORG_WORDS or (
                b - a >= 2 and toks[b][0] == "(" and found[n + 1][0] == b + 1
                and _short_for(toks[b + 1][0], [t[0] for t in toks[a:b]]))):
            _body_alias(toks, a, b, found[n + 1], people)
            if people.body_names.get(toks[b + 1][0]) == " ".join(t[0] for t in toks[a:b]):
                continue  # (a body's short form, no person's: “Indonesia Corruption Watch
                # (ICW)” is not a person “Corruption Watch” called “ICW”)
        if not phrase.name or n + 1 >= len(found):
            continue
        na, nb, nphrase = found[n + 1]
        between = [t[0].lower() for t in toks[b:na]]
        if between == ["("] and nb < len(toks) and toks[nb][0] == ")" and nb - na == 1:
            alias = toks[na][0]  # “Joko Widodo (Jokowi)”
        elif (paired and between == ["("] and nb < len(toks) and toks[nb][0] == ")" and nb - na == 2
              and nphrase.name == f"{toks[na][0]} {toks[na + 1][0]}" and not nphrase.role
              and not people.is_body(nphrase.name)):
            alias = nphrase.name  # “Mohamad Syafi' Alielha (Savic Ali)”: two words
        elif between and len(between) <= 4 and nphrase.name and (
                between[0] in _ALIAS_WORDS or (paired and between[0] == "yang" and any(
                    w in _CALLED_WORDS for w in between))):
            alias = nphrase.name  # “Saifullah Yusuf atau Gus Ipul”, “atau akrab disapa Bro Ron”
            # “Muhaimin Iskandar yang akrab disapa Cak Imin”
        elif between[-2:] == ["nama", "lengkap"] and nphrase.name:
            people.add_alias(phrase.name, nphrase.name)  # “Bro Ron … nama lengkap Ronald …”
            continue
        else:
            continue
        if len(phrase.name.split()) >= 2 and alias != phrase.name and phrase.name in people.roles:
            people.add_alias(unglue_name(alias, people.words), phrase.name)
            if paired and " " in alias and (between == ["("] or (
                    alias.split()[0].lower() not in _ADDRESS_OR_TITLE
                    and is_nameish(alias.split()[0]))):
                # (also “Mohamad Syafii Alielha atau Savic Ali”; not the “Gus” of “Gus Ipul”)
                if alias in people.roles and not people.roles[alias]:
                    del people.roles[alias]  # (the alias is no member of its own)
                    people._index_size = -1
                if not any(alias.split()[0] in full.split() for full in people.roles):
                    people.add_alias(alias.split()[0], phrase.name)  # (“kata Savic”)


def _short_for(word: str, parts: list[str]) -> bool:
    """Is ``word`` in brackets after a body's name of two words or more its short form, made
    of the heads of its words in order, some words left out (“Jaringan Advokasi Tambang
    (Jatam)”, “Wahana Lingkungan Hidup (Walhi)”), not as a person's short name is (“Joko
    Widodo (Jokowi)”, “Susilo Bambang Yudhoyono (SBY)”: ``_blend_of``)?"""
    if not word.isalpha() or len(word) < 3 or not word[:1].isupper():
        return False
    low, parts = word.lower(), [p.lower() for p in parts]

    def fits(rest: str, k: int) -> bool:
        if not rest:
            return True
        return any(parts[j].startswith(rest[:n]) and fits(rest[n:], j + 1)
                   for j in range(k, len(parts))
                   for n in range(min(len(rest), len(parts[j])), 0, -1))

    bodylike = any(p in GEO_WORDS or p in ORG_WORDS for p in parts)
    return low[0] == parts[0][:1] and (bodylike or not _blend_of(word, parts)) and fits(low, 0)
    # (a name with a country's or a body's word in it is a body's, whose initials are its
    # short form: “Indonesia Corruption Watch (ICW)”, not a person's “(SBY)”)


def _body_alias(toks: list[Token], a: int, b: int, nxt: _Run, people: People) -> None:
    """“Kementerian Luar Negeri (Kemlu RI)”: the short form in brackets, with or without
    the country, stands for the body (“imbuh Kemlu”)."""
    na, nb, _phrase = nxt
    if not (na == b + 1 and toks[b][0] == "(" and nb < len(toks) and toks[nb][0] == ")"
            and 1 <= nb - na <= 2):
        return
    short = [t[0] for t in toks[na:nb]]
    if len(short) == 2 and short[1] != "RI":
        return
    full = " ".join([t[0] for t in toks[a:b]])
    for alias in {" ".join(short), short[0]}:
        people.body_names.setdefault(alias, full)


def _word_before(text: str, end: int, longest: int) -> str:
    """The whole word (a run of regex word characters) ending at ``end``, or "" when there
    is none or it is longer than ``longest``."""
    k = end
    while k and (text[k - 1].isalnum() or text[k - 1] == "_"):
        k -= 1
        if end - k > longest:
            return ""
    return text[k:end]


# A capitalised word and the word after it; _lone_openers keeps those opening a line or
# following “.”, “:”, “;” or “,” and blanks. (The pattern used to open with that choice of
# line start or look-behind, which the regex engine tried at every offset of the text.)
_LONE = re.compile(rf"([{_UP}][a-zà-ÿ]{{2,}})[ \t]+([a-zà-ÿ][\w’']*)")


def _lone_openers(text: str, caps: list[tuple[int, str]] | None = None
                  ) -> list[tuple[int, str, str]]:
    """(offset, word, next word) of capitalised words that open a line, or follow “.”,
    “:”, “;” or “,” and blanks: “Gede menyarankan …”, “…. Imran menjelaskan”. ``caps``:
    the text's capitalised words (``_cap_words``), where ``_LONE`` is tried (such a match
    has no word character before it: it starts one of them, and no match before it runs
    over it, having neither line breaks nor marks)."""
    out = []
    for a, _word in _cap_words(text) if caps is None else caps:
        k = a
        while k and text[k - 1] in " \t":
            k -= 1
        if a == 0 or text[a - 1] == "\n" or (k < a and k and text[k - 1] in ".:;,"):
            m = _LONE.match(text, a)
            if m is not None:
                out.append((a, m.group(1), m.group(2)))
    return out


# Indonesian: one word somebody's view is given after (“Menurut Sunardi, …”), or one word
# opening a sentence with an indefinite apposition after it, which needs no closing comma
# (“Sunardi, salah satu warga yang ikut menanam mengatakan, …”): a name, the subject
_MENURUT_NAME = re.compile(rf"Menurut[ \t]+([{_UP}][a-zà-ÿ]{{2,}})[ \t]*,")
_APPOSED_NAME = re.compile(
    rf"([{_UP}][a-zà-ÿ]{{2,}}),[ \t]+(?:salah[ \t]+(?:satu|seorang)|seorang)[ \t]")
_APPOSED_ANCHORS = (", salah satu", ", salah seorang", ", seorang")


def _apposed_lone_hits(text: str) -> Iterator[tuple[int, str, bool]]:
    """(offset, word, apposed) of “Menurut Sunardi,” and “Sunardi, salah satu …” in the
    text: found from their fixed words with ``str.find`` (a pattern opening with a letter
    class would be tried at every offset of the text), then read with a pattern there."""
    p = text.find("Menurut")
    while p >= 0:
        m = _MENURUT_NAME.match(text, p)
        if m and (p == 0 or not text[p - 1].isalnum()):
            yield m.start(1), m.group(1), False
        p = text.find("Menurut", p + 7)
    for m in _word_at_anchors(text, _APPOSED_ANCHORS, _APPOSED_NAME):
        yield m.start(), m.group(1), True
    yield from _role_apposed_hits(text)
    yield from _role_then_lone_hits(text)
    p = text.find(" bernama ")
    while p >= 0:
        m = _NAMED_ONE.match(text, p + 9)
        if m and _person_before(text, p):
            yield m.start(1), m.group(1), False
        p = text.find(" bernama ", p + 9)


# Indonesian: one capitalised word after “bernama”, with no capitalised word after it (“sopir
# angkot bernama Udin mengeluh”, “seorang pria bernama Ujang,”): a person so named
_NAMED_ONE = re.compile(rf"([{_UP}][a-zà-ÿ]{{2,}})(?![\w’'-]|[ \t]+[{_UP}])")
# the words before “bernama” that say a person follows (an occupation or a role, a
# relative, a man, a woman, a child), not a thing (“kapal bernama Sinar Bahari”)
_NAMED_PERSONS = frozenset(
    "seorang pria wanita perempuan lelaki laki-laki pemuda gadis bocah anak balita remaja "
    "ibu bapak nenek kakek siswi".split())


def _person_before(text: str, p: int) -> bool:
    """Is one of the two words before ``p`` (where “ bernama” starts) a person's noun?"""
    words = text[max(0, p - 40) : p].lower().split()[-2:]
    return any(w in ROLE_WORDS or w in KIN_WORDS or w in _NAMED_PERSONS for w in words)


def _word_at_anchors(text: str, anchors: tuple[str, ...], pattern: re.Pattern[str],
                     least: int = 0) -> Iterator[re.Match[str]]:
    """``pattern`` matched at the start of the word (letters, at least ``least``) that each
    of ``anchors`` follows, where its first group ends at the anchor: each anchor found
    with ``str.find``, in turn."""
    for anchor in anchors:
        p = text.find(anchor)
        while p >= 0:
            k = p
            while k and text[k - 1].isalpha():
                k -= 1
            m = pattern.match(text, k) if p - k >= least else None
            if m and m.end(1) == p:
                yield m
            p = text.find(anchor, p + len(anchor))


# Indonesian: one word opening a sentence, then a comma and a lower-case occupation or
# standing (“Edi, pengecer bensin lainnya, menjajakan …”, “Siti, warga setempat, …”), or
# the bearer's age in brackets (“Joko (45) berjualan …”): a person introduced by that
_ROLE_APPOSED = re.compile(rf"([{_UP}][a-zà-ÿ]{{2,}})(?:,[ \t]+([a-z]+)\b|[ \t]+\(\d{{1,3}}\))")


def _role_apposed_hits(text: str) -> Iterator[tuple[int, str, bool]]:
    """(offset, word, True) of “Edi, pengecer …” and “Joko (45) …”, found from the comma or
    the bracket with ``str.find``."""
    for m in _word_at_anchors(text, (", ", " ("), _ROLE_APPOSED, least=3):
        if m.group(2) is None or m.group(2) in ROLE_WORDS or m.group(2) in KIN_WORDS:
            yield m.start(), m.group(1), True


# Indonesian: one capitalised word between commas (“Seorang pedagang, Rina, mengeluh”)
_LONE_BETWEEN_COMMAS: Final = re.compile(
    rf"([{_UP}][a-zà-ÿ]{{2,}}),[ \t]+(?!(?:dan|serta|atau|hingga|sampai)\b)[a-z]")


def _role_then_lone_hits(text: str) -> Iterator[tuple[int, str, bool]]:
    """(offset, word, False) of “Seorang pedagang, Rina, mengeluh” and “Pedagang cabai di
    Pasar Minggu, Rina, mengaku rugi”: a sentence that opens with an occupation or a
    standing (ROLE_WORDS, a relative) in at most six words, then one word between commas,
    then a lower-case word; found from each “, ” with ``str.find``."""
    p = text.find(", ")
    while p >= 0:
        m = _LONE_BETWEEN_COMMAS.match(text, p + 2)
        if m and not gazetteer().region_at([m.group(1).lower()], 0):  # (“…, Bogor, dan Depok”)
            lo = max(text.rfind(c, max(0, p - 100), p) for c in ".:;\n") + 1
            words = text[lo:p].lower().split() if lo or p <= 100 else []
            if (0 < len(words) <= 6 and "," not in text[lo:p]
                    and any(w in ROLE_WORDS or w in KIN_WORDS for w in words)):
                yield m.start(1), m.group(1), False
        p = text.find(", ", p + 2)


def _passive_before(text: str, a: int) -> bool:
    """Is the word before ``a`` a passive verb in lower case (“dirasakan”, “dialami”):
    “Hal itu dirasakan Rina, pedagang di Pasar Minggu.”, the one apposed its agent?"""
    words = text[max(0, a - 24) : a].split()
    return bool(words) and words[-1].startswith("di") and words[-1].isalpha() and (
        words[-1].islower() and len(words[-1]) >= 6 and words[-1].endswith(("kan", "i")))


def _apposed_lone_names(text: str, quoted: Regions, people: People) -> None:
    """Cast the one-word names “Menurut Sunardi,” and “Sunardi, salah satu warga yang …
    mengatakan,” give outside quotations (an apposed one must open a line or follow “.”,
    “:” or “;” and blanks), as _lone_subjects' filters allow: no word the article writes in
    lower case, no body, no other cast member's word."""
    known = {w for full in people.roles for w in full.split()} | set(people.local_aliases)
    for a, w, apposed in _apposed_lone_hits(text):
        if apposed:
            k = a
            while k and text[k - 1] in " \t":
                k -= 1
            if not (a == 0 or text[a - 1] == "\n" or (k < a and k and text[k - 1] in ".:;")
                    or _passive_before(text, a)):
                continue
        if (w in known or w.lower() in people.words or not is_nameish(w)
                or people.is_body(w) or quoted.inside(a)):
            continue
        people.add_person(w, "", True)
# Words that follow a verb, not a subject: “Add your own in the comments.”, “Adding to the
# panic, …” open with a verb, not with somebody's name.
_OBJECT_WORDS = frozenset(
    "your you the a an my our it this that these those some to of for with from".split()
)


_DEMONSTRATIVES = frozenset(("itu", "ini", "tersebut"))


def _plural_or_some(word: str) -> bool:
    """English: “One”, “Another”, or the plural of an office or a person's noun
    (“Officials”, “Firefighters”, “Shoppers”): a subject, never a one-word name."""
    low = word.lower()
    return low in _INDEFINITE_EN or (low.endswith("s") and (
        low[:-1] in ROLE_WORDS or low[:-1] in PERSON_NOUNS))


def _lone_subjects(text: str, quoted: Regions, people: People,
                   caps: list[tuple[int, str]] | None = None) -> None:
    """One-word names opening a sentence as its subject (“Jackelina has an intense
    breakdown”, “Imran menjelaskan …”) that the cast does not hold: the last resort of a
    pronoun that finds nobody else."""
    known = {w for full in people.roles for w in full.split()} | set(people.local_aliases)
    indonesian = detect_language(text) != "en"
    for at, w, following in _lone_openers(text, caps):
        if (w in known or w.lower() in people.words or not is_nameish(w)
                or people.is_body(w) or quoted.inside(at)
                or following.lower() in _OBJECT_WORDS):
            continue
        if _furniture_line(text, at):
            continue  # “Story continues below advertisement.” between paragraphs: a
            # page's furniture line, repeated, not a sentence about someone
        if not indonesian and _plural_or_some(w):
            continue  # “Officials said …”, “One firefighter said …”: people unnamed, or a
            # word for one of them, opening the sentence; no name a later “she” points to
        if indonesian and following.lower() in _DEMONSTRATIVES:
            continue  # “Hal itu, kata dia, …”, “Langkah ini …”: a noun and its
            # demonstrative opening the sentence, not a person
        if indonesian and _ordinary_word(w, people) and all(
                _opens_sentence_after_word(text, k)
                for k in _word_starts(text, w, people.words[w])):
            continue  # “Jenazah ditemukan …”, “Rekaman itu …”: an ordinary word opening
            # each sentence it stands in (not “… bernama Tirta. Tirta berjualan …”)
        people.lone_pos.append(at)
        people.lone_who.append(w)


#: a photo's caption: a line ending with its credit in brackets (“… on Friday. (AP
#: Photo/Robert Bukaty)”, “(ANTARA FOTO/Andri Saputra)”) or opening with its label
_CAPTION_END = re.compile(
    r"\([^()\n]{0,60}(?:\b(?:Photo|PHOTO|Foto|FOTO|Images)\b|/[ \t]*(?:The[ \t]+)?"
    r"(?:Canadian[ \t]+Press|Associated[ \t]+Press|Reuters|AP|AFP|EPA|PA|Getty|Bloomberg|ANTARA)"
    r"\b|\b(?:Reuters|AP|AFP|EPA)[ \t]*/)[^()\n]{0,60}\)[ \t]*$")
_CAPTION_START = re.compile(
    r"[ \t]*(?:Photo|PHOTO|Photograph|Foto|FOTO|Caption|Keterangan foto)[ \t]*:")


def _in_caption(text: str, pos: int) -> bool:
    """Is pos in a photo's caption line, which narrates nothing: its subject is no one a
    later “he said” points to (“Mill owner Richard Stone speaks to reporters … (AP
    Photo/…)”)?"""
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    line = text[lo : hi if hi >= 0 else len(text)]
    return bool(_CAPTION_START.match(line) or _CAPTION_END.search(line))


def _furniture_line(text: str, at: int) -> bool:
    """Is the line opening at ``at`` a short one the article has twice or more, whole (a
    page's furniture kept by the scrape: “Story continues below advertisement.”)?"""
    if at and text[at - 1] != "\n":
        return False
    end = text.find("\n", at)
    line = text[at : end if end >= 0 else len(text)].rstrip()
    if not line or len(line) > 80:
        return False
    again = text.find(line)
    while again >= 0:
        after = again + len(line)
        if again != at and (again == 0 or text[again - 1] == "\n") and (
                text[after : after + 1] in ("", "\n")):
            return True
        again = text.find(line, after)
    return False


def _blend_of(word: str, parts: list[str]) -> bool:
    """Is word made of the heads of consecutive name parts, as Indonesian short names
    are (“Jokowi” of Joko Widodo, “Bamsoet” of Bambang Soesatyo, “Zulhas” of Zulkifli
    Hasan), or their initials (“SBY” of Susilo Bambang Yudhoyono)?"""
    if word.isupper():
        return len(word) == len(parts) >= 3 and word == "".join(p[0] for p in parts).upper()
    low = word.lower()
    if len(parts) < 2 or low.find(parts[1].lower()[:2], 2) < 0:
        return False  # (a blend has the heads of two parts at least, each of two letters
        # or more: the second part's first two letters stand after the first part's)
    parts = [p.lower() for p in parts]

    def fits(rest: str, k: int, used: int) -> bool:
        if not rest:
            return used >= 2
        if k == len(parts):
            return False
        return any(
            parts[k].startswith(rest[:n]) and fits(rest[n:], k + 1, used + 1)
            for n in range(min(len(rest), len(parts[k])), 1, -1)
        )

    return fits(low, 0, 0)


_NICKNAMED = re.compile(  # (opening with the words: found by a quick scan, see word_opening)
    word_opening(["disapa", "dipanggil", "dijuluki", "dikenal dengan sapaan",
                  "dikenal dengan panggilan", "dikenal dengan julukan"])
    + rf"[ \t]+([{_UP}][\w'’\-]*(?:[ \t]+[{_UP}][\w'’\-]*)?)"
)
# “… kata Pak Parman, sapaan akrabnya.”: the short name given before “sapaan akrab”
_NICKNAME_BEFORE = re.compile(
    rf"\b([{_UP}][\w'’\-]+)[ \t]*,?[ \t]+(?:sapaan|panggilan)[ \t]+(?:akrab|karib)"
    rf"(?:nya|[ \t]+([{_UP}][\w'’\-]+(?:[ \t]+[{_UP}][\w'’\-]+){{0,3}}))?"
)
# “Seorang relawan yang akrab disapa Mas Ipin”: somebody new, introduced by the nickname
_NEW_ONE_CALLED = re.compile(
    r"\b(?:[Ss]eorang|[Ss]alah[ \t]+(?:satu|seorang))[ \t]+(?:[\w\-]+[ \t]+){0,3}yang[ \t]+"
    r"(?:[a-z]+[ \t]+)?$")
# a person introduced between the owner's name and the nickname (“…, Suripin (50), …”)
_SOMEBODY_INTRODUCED = re.compile(rf",[ \t]*[{_UP}][a-z]+[ \t]*(?:,|\([ \t]*\d)")


_AKA = re.compile(
    rf"((?:[{_UP}][\w'’.\-]*[ \t]+){{0,3}}[{_UP}][\w'’\-]+)[ \t]+(?:aka|a\.k\.a\.?|alias)"
    rf"[ \t]+[“\"‘']?([{_UP}][\w'’\-]+(?:[ \t]+[{_UP}][\w'’\-]+)?)"
)


def _aka(text: str, quoted: Regions, people: People) -> None:
    """“C.K. Walker aka “Lindsey””, “Rudy alias Rudi Hartono”: the second name, quoted or
    not, is an alias of the first (a person of two words or more)."""
    if " aka " not in text and " a.k.a" not in text and " alias " not in text:
        return
    for m in _AKA.finditer(text):
        if quoted.inside(m.start()):
            continue
        phrase = split_phrase(tokens(text, m.start(1), m.end(1)), people.names)
        alias = m.group(2)
        name = people.renamed.get(phrase.name, phrase.name)
        if " " in name and detect_language(text) != "en":  # (a headline's words before it)
            name = _past_common_head(text, name, people, ()) or name
        if len(name.split()) < 2 or alias in name.split():
            continue
        people.add_person(name, phrase.role)
        if name in people.roles and alias not in people.local_aliases:
            people.add_alias(alias, name)


_KNOWN_AS = re.compile(rf"\bknown as[ \t]+([{_UP}][\w'’\-]+)[ \t]+([{_UP}][\w'’\-]+)")


def _known_as(text: str, quoted: Regions, people: People) -> None:
    """“Janata Dal (United) leader Rajiv Ranjan Singh …”, then “The senior JDU leader,
    widely known as Lalan Singh, …”: a two-word name given after “known as” whose surname
    one cast member of another given name holds is that member's other name."""
    if "known as " not in text:
        return
    for m in _KNOWN_AS.finditer(text):
        alias, surname = f"{m[1]} {m[2]}", m[2]
        if quoted.inside(m.start()) or not (is_nameish(m[1]) and is_nameish(surname)):
            continue
        holders = [full for full in people.roles if full != alias
                   and len(full.split()) >= 2 and full.split()[-1] == surname]
        if len(holders) == 1 and alias not in people.local_aliases:
            people.add_alias(alias, holders[0])
            if alias in people.roles:
                del people.roles[alias]
                people._index_size = -1


def _nicknames(text: str, quoted: Regions, people: People) -> None:
    """“Andi Darussalam Tabussala. Sosok yang biasa disapa ADS …”: the name after
    disapa / dipanggil / dijuluki is an alias of the person named just before; so is the
    name before “sapaan akrabnya” (“kata Pak Parman, sapaan akrabnya”, “Gus Toya, panggilan
    akrab K.H. Matoya …”) when it ends a word of the name."""
    found = list(_NICKNAMED.finditer(text))
    if "akrab" in text or "karib" in text:
        found += _NICKNAME_BEFORE.finditer(text)
    for m in found:
        alias = m.group(1)
        before = m.re is _NICKNAME_BEFORE
        role = people.roles.get(alias, "").split()
        if role and role[-1].lower() in _NICKNAME_VERBS:
            people.roles[alias] = ""  # (“bupati yang akrab disapa” is no office: the words
            # that give the nickname, read before it as a role)
        known = people.local_aliases.get(alias, "").split()
        if quoted.inside(m.start()) or (known and not (
                before and len(known) == 2 and known[0].lower() in ADDRESS_WORDS)):
            continue  # (but “Ipin” read as “Mas Ipin” is still the nickname of somebody)
        addressed = "" if before else _addressed_part(alias, people)
        if alias in people.roles and not before and not addressed and not _lone_nickname(
                text, alias, m.start(), people):
            continue
        title = text.find("\n")  # (a headline may use it before the story gives it)
        since = title if addressed and 0 < title <= 200 and title < m.start() else 0
        if addressed and re.search(rf"\b{re.escape(alias)}\b", text[since : m.start()]):
            continue  # (a name used before it was given as a nickname is somebody's own)
        if not before and _NEW_ONE_CALLED.search(text, max(0, m.start() - 80), m.start()):
            continue  # (“Seorang relawan yang akrab disapa Mas Ipin”: a new person's own)
        if before and m.group(2):
            owner = _owner_named_after(text, m, people)  # “Pras, sapaan karib Agung Prasetyo”
            if owner:
                _join_nickname(text, m, alias, owner, people)
            if owner or not (m.group(2).split()[0].lower() in ROLE_WORDS or any(
                    w.lower().endswith(alias.lower()) for w in m.group(2).split())):
                continue  # (a name written there that is nobody's in full, “sapaan karib
                # Sri Purnomo” beside “Kustini Sri Purnomo”: left as written; an office,
                # “sapaan akrab Bupati Kediri”, or a name the nickname ends, “Pak Wadji,
                # sapaan karib Suwadji”, is read by the rules below)
        if before and re.search(rf",[ \t]*{re.escape(alias)}[ \t]*(?:,(?![ \t]*(?:sapaan|"
                                rf"panggilan))|\([ \t]*\d)", text):
            continue  # (“seorang pedagang sayur, Anto, …”, “petani, Wawan (47)”, then “kata
            # Anto, sapaan akrabnya”: introduced as a person of their own)
        # (a name written with no-break spaces, “Mochamad\xa0Nur\xa0Arifin”, is the cast's)
        window = text[max(0, m.start() - 300) : m.start()].replace("\xa0", " ")
        owner, last = "", -1
        if addressed:  # “Antonius Benny Susetyo … Pria yang biasa disapa Romo Benny itu …”:
            # a form of address before a word of a full name named before, however far
            window = text[: m.start()].replace("\xa0", " ")
        for full in people.roles:
            if addressed and not _of_name(full, addressed):
                continue
            if (len(full.split()) < 2 and not (before and people.roles[full])
                    or people.is_body(full) or full == alias or _addressed_as(full, alias)):
                continue  # (one word will do when it came with an office: “Kepala Desa
                # Sukamaju Suparman … kata Pak Parman, sapaan akrabnya”)
            if before and not any(_ends_as(w, alias) for w in full.split()):
                continue  # (the short name is the end of one of the name's words, maybe
                # said with its first letter changed: “Mas Ipin” of “Arifin”)
            at = window.rfind(full)
            if (before and at >= 0 and not any(w.lower().endswith(alias.lower())
                                               for w in full.split())
                    and _SOMEBODY_INTRODUCED.search(window, at + len(full))):
                continue  # (said otherwise, only when nobody was introduced in between:
                # “Bupati … Arifin … Warga setempat, Suripin (50), … kata Ipin”)
            if before and text.find(full, m.end(), m.end() + 80) >= 0:
                owner = full  # “Gus Toya, panggilan akrab K.H. Matoya Zainul …”: the
                break  # full name given right after
            if at > last:
                owner, last = full, at
        if owner:
            _join_nickname(text, m, alias, owner, people)


def _owner_named_after(text: str, m: re.Match[str], people: People) -> str:
    """Whose nickname “X, sapaan karib <name>” gives: the cast member written in full right
    after it (maybe after a title: “K.H. Matoya Zainul”), else "" (the other rules then
    read it: a member holding one of its words may be an official named before, not the
    one quoted, “Agung Buana” for “Pras, sapaan karib Agung Prasetyo”)."""
    for full in people.roles:
        at = text.find(full, m.start(2), m.end(2) + 40) if " " in full else -1
        if at >= 0 and not any(c in text[m.start(2) : at] for c in ".,;:!?\n"):
            return full
    short = m.group(2)
    if " " not in short and short.lower() not in ROLE_WORDS:
        # “Buyo, sapaan karib Chaerul” after “Chaerul Anwar Azis”: a short form the article
        # used for one member named in full before it
        holders = {people.local_aliases.get(short, "")} - {""} or {
            full for full in people.roles
            if short in full.split()[:-1] or full.split()[-1] == short and len(full.split()) > 1}
        if len(holders) == 1:
            (full,) = holders
            if (" " in full and full in people.roles and not people.is_body(full)
                    and 0 <= text.find(full) < m.start()
                    and re.search(rf"\b{re.escape(short)}\b", text[: m.start()].replace(
                        full, ""))
                    and not re.search(rf",[ \t]*{re.escape(short)}[ \t]*(?:,|\([ \t]*\d)",
                                      text[: m.start()])):
                return full  # (only a short form the article used on its own before: a
                # surname first written there, “sapaan akrab Sunarto”, may be somebody else's;
                # and never one introduced as a person of its own, “warga, Anwar (45), …”)
    return ""


def _join_nickname(text: str, m: re.Match[str], alias: str, owner: str,
                   people: People) -> None:
    """The nickname at ``m`` (and the form of address before it, if any) is ``owner``'s."""
    aliases = [alias]
    address = _WORD_THEN_BLANK.search(text, max(0, m.start() - 12), m.start())
    if m.re is _NICKNAME_BEFORE and address and (
            address.group(1).lower() in _ADDRESS_OR_TITLE):
        aliases.append(f"{address.group(1)} {alias}")  # “Gus Toya”, “Pak Parman”
    for short in aliases:
        people.add_alias(short, owner)
        if short in people.roles:  # “ucap Dani” made a person of the nickname
            del people.roles[short]
            people._index_size = -1


def _addressed_as(full: str, alias: str) -> bool:
    """Is ``full`` only ``alias`` with a form of address before it (“Mas Ipin”)?"""
    words = full.split()
    return len(words) == 2 and words[1] == alias and words[0].lower() in _ADDRESS_OR_TITLE


def _ends_as(word: str, short: str) -> bool:
    """Does ``word`` end with ``short`` (“Parman” of “Suparman”), or, four letters or more,
    with ``short`` said with one of its letters otherwise (“Ipin” of “Arifin”)?"""
    low, end = word.lower(), short.lower()
    if low.endswith(end):
        return True
    tail = low[-len(end):]
    return (len(end) >= 4 and len(low) > len(end) and tail[-2:] == end[-2:]
            and sum(a != b for a, b in zip(tail, end, strict=True)) == 1)


# (the pattern opens with the mark, found quickly; the word before it is read after)
_QUOTED_NICKNAME = re.compile(rf"['‘\"“]([{_UP}][\w\-]+)['’\"”][ \t]+([{_UP}][\w\-]+)")
_WORD_THEN_BLANK = re.compile(r"([\w\-]+)[ \t\xa0]+$")  # (“Mas\xa0Ipin”)


def _quoted_nicknames(text: str, people: People) -> None:
    """“Stefano 'Teco' Cugurra”: a nickname in quote marks inside a name is that
    person's alias (“ungkap Teco”), and the name is the words around it."""
    for m in _QUOTED_NICKNAME.finditer(text):
        before = _WORD_THEN_BLANK.search(text, max(0, m.start() - 40), m.start())
        if before is None or not before.group(1)[:1].isupper():
            continue
        full, alias = f"{before.group(1)} {m.group(2)}", m.group(1)
        if not (is_nameish(before.group(1)) and is_nameish(m.group(2))):
            continue
        first = _WORD_THEN_BLANK.search(text, max(0, before.start() - 40), before.start())
        if first is not None and f"{first.group(1)} {before.group(1)}" in people.roles:
            continue  # (“Hansi Flick 'Sindir' Timnas Spanyol”: a name the cast holds ends
            # before the marks, a headline's word in them)
        people.add_person(full)
        if full in people.roles:
            people.add_alias(alias, full)
            if alias in people.roles:
                del people.roles[alias]
                people._index_size = -1


_KIN_HEADS = "putra putri anak ayah ibu ibunda ayahanda istri suami adik kakak kakek nenek".split()
_KIN = re.compile(
    rf"\b(?:{'|'.join(_KIN_HEADS)})[ \t]+((?:[{_UP}][\w'’\-]*[ \t]+){{0,4}}[{_UP}][\w'’\-]*)"
)


def _kin_runs(text: str, words: Counter[str] | None = None) -> Iterator[re.Match[str]]:
    """``_KIN.finditer(text)``, tried only where one of its words is (``_found_at_heads``):
    ``_KIN`` opens with ``\b`` and so is tried at every offset of the text (2.5 % of an
    analysis of the bench's text; tests/test_quotes_speed15.py holds the two alike)."""
    return _found_at_heads(_KIN, _KIN_HEADS, text, words)


def _found_at_heads(pattern: re.Pattern[str], heads: list[str], text: str,
                    words: Counter[str] | None = None) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose every match opens with one of
    ``heads`` standing as a whole run of letters (no word character before it, no letter
    after it), tried only where one of them stands: a search for each of them is quicker
    than the pattern's own over the text. With ``words`` (the article's, ``People.words``),
    only the heads among its words are searched for: a match's head is one of the text's
    runs of letters, and those are all in ``words`` unless a handle or a link took some out."""
    if words is not None and "@" not in text and "://" not in text:
        heads = [w for w in heads if w in words]
    starts = set()
    for word in heads:
        p = text.find(word)
        while p >= 0:
            starts.add(p)
            p = text.find(word, p + 1)
    end = 0
    for p in sorted(starts):
        if p >= end:  # (a match's end is where ``finditer`` searches on from)
            m = pattern.match(text, p)
            if m is not None:
                end = m.end()
                yield m


def _relatives(text: str, people: People) -> None:
    """Cast members the article names as somebody's kin (“putra Shah Iran Mohammad Reza
    Pahlavi”): another person than the one whose name theirs contains."""
    if len(people.roles) < 2:
        return
    for m in _kin_runs(text, people.words):
        run = m.group(1)
        for full in people.roles:
            if " " in full and run.endswith(full) and any(
                    other != full and set(other.split()) < set(full.split())
                    for other in people.roles):
                people.relatives.add(full)
                people._index_size = -1  # short names already resolved are looked up again


def _ending_on_a_given_name(people: People) -> None:
    """“Lala Rosyid” (Bhayangkari's chair, named by her husband's given name) beside “AKBP
    Rosyid Hartanto”, “Mendes Yandri” (an office glued on) beside “Yandri Susanto”: a
    member of two words whose last word opens another member's fuller name, made of name
    words only (no word of the vocabulary: not “Lin Sayuran”, “Souza De Lima”), is not
    the one a bare “Rosyid”, “Yandri” names: Indonesian news calls a person by the given
    name that opens their name as often as by the last."""
    firsts = Counter(full.split()[0] for full in people.roles)
    opens = {full.split()[0] for full in people.roles if " " in full and all(
        w.isalpha() and w[:1].isupper() and not _vocabulary_word(w) for w in full.split()[1:])}
    for full in people.roles:
        parts = full.split()
        if len(parts) == 2 and parts[1] in opens and firsts[parts[0]] == 1:
            people.relatives.add(full)
            people._index_size = -1


def _vocabulary_word(word: str) -> bool:
    return word.lower() in roots() or bool(derived(word))


_KIN_WORDS = frozenset(
    "putra putri anak ayah ibu istri suami adik kakak kakek nenek".split()) | KIN_WORDS
_POINTING: Final = frozenset("ini itu tersebut".split())


def _kin_described(toks: list[Token], k: int, size: int) -> int:
    """“Kakak Raoul Salim ini …”, “kakak Natasha Ryder itu …”, “Anak Presiden Joko
    Widodo ini …”: the one described is a relative of the person named (an office of theirs
    may stand between), not that person. Where the kin word stands, or -1."""
    if not (k + size < len(toks) and toks[k + size][0].lower() in _POINTING):
        return -1
    j = k - 1
    while j > 0 and k - j <= 3 and toks[j][0][:1].isupper() and toks[j][0].lower() in ROLE_WORDS:
        j -= 1
    return j if j >= 0 and toks[j][0].lower() in _KIN_WORDS else -1


def _describe_subject(people: People, pos: int, relative: str) -> None:
    """The person a kin description stands for: the one the article was about (the last
    salient mention), else nobody named (a pronoun after it finds no one)."""
    who, _at, sure = people._last_mention(pos)
    if who and sure >= 0.7 and who != relative:
        people.mention(pos, who, True)
    else:
        bisect.insort(people.unnamed_pos, pos)


# forms of address a nickname opens with (“Romo Benny”, “Bang Doel”, “Gus Ipul”), beside
# ADDRESS_WORDS and HONORIFICS
_NICKNAME_VERBS = frozenset("disapa dipanggil dijuluki sapaan panggilan julukan".split())
_NICKNAME_ADDRESS = _ADDRESS_OR_TITLE | frozenset("abah bro ning".split())


def _addressed_part(alias: str, people: People) -> str:
    """The word of another cast member's full name that a nickname of two words gives
    after a form of address (“Romo Benny” for Antonius Benny Susetyo), else ""."""
    words = alias.split()
    if len(words) != 2 or words[0].lower() not in _NICKNAME_ADDRESS or people.roles.get(alias):
        return ""
    word = words[1]  # (or the end of one, maybe said otherwise: “Mas Ipin” of “Arifin”)
    return word if any(full != alias and len(full.split()) >= 2 and _of_name(full, word)
                       and not people.is_body(full) for full in people.roles) else ""


def _of_name(full: str, word: str) -> bool:
    """Is ``word`` a word of ``full`` or, four letters or more, the end of one
    (``_ends_as``)?"""
    parts = full.split()
    return word in parts or (len(word) >= 4 and any(_ends_as(w, word) for w in parts))


def _lone_nickname(text: str, alias: str, at: int, people: People) -> bool:
    """Is a one-word cast member only the nickname given at ``at`` (“Pria yang akrab
    disapa Dani ini …” before “ucap Dani”): no role of its own but an office's word or two
    (“Joko Sutopo yang akrab disapa Jekek” … “Menurut Bupati Jekek”), not used before? So
    is a form of address and one word (“Muhaimin Iskandar … pria yang karib disapa Cak Imin
    itu” before “kata Cak Imin”: no word of his name is “Imin”, ``_addressed_part``)."""
    role = people.roles.get(alias, "")
    # (a headline may use it before the story gives it: “Gubernur Aceh Mualem Terima Hibah
    # …”, then “Gubernur Aceh Muzakir Manaf, atau akrab disapa Mualem”)
    title = text.find("\n")
    since = title if 0 < title <= 200 and title < at else 0
    words = alias.split()
    return ((len(words) == 1 or (len(words) == 2 and words[0].lower() in _NICKNAME_ADDRESS))
            and (not role or (role.count(" ") <= 1 and all(
                w.lower() in ROLE_WORDS for w in role.split())))
            and re.search(rf"\b{re.escape(alias)}\b", text[since:at]) is None)


def _short_aliases(people: People) -> None:
    """Short names the article uses without introducing them: “Jokowi” for Joko Widodo
    when no other cast member fits (an alias the article gives stays as it is)."""
    words = [w for w in people.words if w[:1].isupper() and (
        (w.isupper() and 3 <= len(w) <= 4)
        or (len(w) >= 5 and w[1:].islower() and w.lower() not in people.words))]
    if not words:
        return  # no capitalised word that could be a blend or initials
    persons = [(full, full.split()) for full in people.roles  # people with a title,
               if 2 <= len(full.split()) <= 4 and not people.is_body(full)  # or three
               and (people.role_sets.get(full) or len(full.split()) >= 3)]  # initials
    taken = {w for full, _ in persons for w in full.split()} | set(people.local_aliases)
    by_initial: dict[str, list[tuple[str, list[str]]]] = {}
    for full, parts in persons:  # blends share the first two letters, initials one
        by_initial.setdefault(parts[0][:2].lower(), []).append((full, parts))
        by_initial.setdefault(parts[0][:1].upper(), []).append((full, parts))
    for word in words:
        if word in taken:
            continue
        key = word[:1] if word.isupper() else word[:2].lower()
        fits = [full for full, parts in by_initial.get(key, ()) if _blend_of(word, parts)]
        if len(fits) == 1:
            people.add_alias(word, fits[0])


def _office_tails(people: People) -> None:
    """“… bidang Komunikasi Publik dan Investigasi Nanik Sudaryati Deyang”: a run that is
    a cast member's name after the last word of that member's own office (“Investigasi”)
    is that member, not another person whose given name is the office's last word."""
    for full in [f for f in people.roles if f.count(" ") >= 2]:
        head, _, rest = full.partition(" ")
        office = people.roles.get(rest)
        if office and office.split()[-1] == head and not people.roles[full]:
            del people.roles[full]
            people.add_alias(full, rest)
            people._index_size = -1


def _office_heads(people: People) -> None:
    """“Presiden Prabowo menemui …” beside “Presiden Prabowo Subianto”: a member whose name
    opens with office words (the office read as a name word where the article also writes
    it alone, “ucap Presiden.”) is the one other member whose name the rest opens, not a
    person of its own. Not a role word that is a given name (“Imam”), nor where two members
    could be meant."""
    for full in [f for f in people.roles if " " in f and not people.roles[f]]:
        words = full.split()
        k = 0
        while k < len(words) - 1 and words[k].lower() in _OFFICES_ALONE:
            k += 1
        if not k:
            continue
        rest = words[k:]
        others = [o for o in people.roles if o != full and o.split()[: len(rest)] == rest
                  and len(o.split()) > len(rest)]
        if len(others) == 1:
            del people.roles[full]
            people.add_alias(full, others[0])
            people.add_person(others[0], " ".join(words[:k]))  # (“ucap Presiden.”: hers)
            people._index_size = -1
        elif (not others and len(rest) >= 2 and people._indonesian_text()
              and " ".join(rest) not in people.roles
              and not any(gazetteer().given_name(w.lower()) for w in words[:k])):
            # “Presiden Prabowo Subianto memerintahkan …” and no other member: the office,
            # then the person (not “Pangeran Februzio”, a boxer whose given name is an
            # office's word: one word after it; nor “Putri Ayu Lestari”, a given name)
            del people.roles[full]
            people.add_person(" ".join(rest), " ".join(words[:k]))
            people.add_alias(full, " ".join(rest))
            people._index_size = -1


# role words, but not those that are also given names (“Imam”)
_OFFICES_ALONE = ROLE_WORDS - GIVEN_NAME_ROLES
_CAPITALS = re.compile(r"[A-Z]{2,3}")


def _office_initials(text: str, people: People) -> None:
    """“CA Yunus described …” beside “Chief Adviser Muhammad Yunus”: two or three capitals
    before a surname that are the initials of an office the article writes out before the
    same surname (South Asian press: “CA” for Chief Adviser, “FM” for Foreign Minister) are
    that office, not the person's initials: the member is the one the surname ends (or
    the surname alone), with the office as its role."""
    for full in [f for f in people.roles if f.count(" ") == 1 and not people.roles[f]]:
        short, surname = full.split()
        if not _CAPITALS.fullmatch(short):
            continue
        spelled = re.search(r"\b" + r"[ \t]+".join(f"{c}[a-z]+" for c in short)
                            + rf"[ \t]+(?:[A-Z][\w'’.-]*[ \t]+)*{re.escape(surname)}\b", text)
        if not spelled or spelled[0].split()[len(short) - 1].lower() not in ROLE_WORDS:
            continue
        office = " ".join(spelled[0].split()[: len(short)])
        others = [o for o in people.roles if o != full and o.split()[-1] == surname]
        del people.roles[full]
        people._index_size = -1
        if len(others) == 1:
            people.add_alias(full, others[0])
        elif not others:
            people.roles[surname] = office
            people.add_alias(full, surname)


def _defined_things(text: str, people: People) -> None:
    """A programme, a policy or a thing the article defines by an acronym in brackets
    (“program Makan Bergizi Gratis (MBG)”) is no person, though its capitalised words look
    like a name: out of the cast (with its acronym), so that a “jelasnya” after “MBG yang
    diproduksi …” does not point to it; unless the article has it speak (“kata MBG”,
    “Makan Bergizi Gratis menyatakan”), it has an office, or it opens with a given name
    (“Susilo Bambang Yudhoyono (SBY)”). The short form is any capitalised word in brackets
    (``_DEFINED``, below: “(MBG)”, “(Projo)”)."""
    if "(" not in text:
        return
    given = gazetteer().given
    for m in _DEFINED.finditer(text):
        head = text[max(0, m.start() - 80) : m.start()].rstrip(" \t")
        full = next((f for f in people.roles if head.endswith(f) and " " in f), "")
        if not full or people.roles[full] or full.split()[0].lower() in given \
                or full.split()[0].lower() in GIVEN_GENDER:
            continue
        if _speaks(text, full) or _speaks(text, m.group(1)):
            continue  # a body that speaks
        del people.roles[full]
        people._index_size = -1
        for alias in [a for a, f in people.local_aliases.items() if f == full]:
            del people.local_aliases[alias]


def _speaks(text: str, name: str) -> bool:
    """Is ``name`` somewhere the subject of a speech verb (“kata MBG”, “MBG menyatakan”)?"""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        before = text[max(0, at - 16) : at].split()
        after = text[end : end + 24].split()
        if (before and before[-1].lower() in ID_POST_VERBS and not text[end : end + 1].isalnum()
                or after and text[end : end + 1].isspace()
                and after[0].lower() in ID_SUBJECT_VERBS):
            return True
        at = text.find(name, end)
    return False


def _tail_nicknames(text: str, people: People) -> None:
    """Indonesian short names made of a given name's end (“Febriana Dwipuji Kusuma” …
    “kata Ana”, “Herlina Sari” … “ujar Lina”): a one-word speaker with no office is the one
    cast member whose first word ends with it, two letters or more longer, when nobody
    else's name has that word or that ending. One-word names (Ani, Yanti, Rina) are common
    and end many given names, so it is a guess, marked (``People.guessed``), and only when
    the article never calls that member by the given name itself (“kata Febriani”: the
    article's own short form) and never introduces the short name as somebody of its own
    (“Warga setempat, Yanti, …”, “pedagang Ani”, “kata Ani, yang …”)."""
    singles = [w for w, role in people.roles.items()
               if " " not in w and not role and 3 <= len(w) <= 6 and w[1:].islower()
               and w not in people.local_aliases]
    if not singles:
        return
    fulls = [(full, full.split()) for full in people.roles
             if 2 <= len(full.split()) <= 4 and not people.is_body(full)]
    found: list[tuple[str, str]] = []
    for short in singles:
        low = short.lower()
        if any(short in parts for _, parts in fulls):
            continue  # a word of a name: the existing short-name rules read it
        fits = [(full, parts) for full, parts in fulls if any(
            w.lower().endswith(low) and len(w) - len(short) >= 2 for w in parts)]
        if (len(fits) == 1 and fits[0][1][0].lower().endswith(low)
                and not _own_person(text, short, fits[0][0])
                and not _given_alone(text, fits[0][1])):
            found.append((short, fits[0][0]))
    if found and detect_language(text) == "id":
        for short, full in found:
            people.add_alias(short, full)
            people.guessed.add(short)
            del people.roles[short]
            people._index_size = -1


def _own_person(text: str, short: str, full: str) -> bool:
    """Whether the one-word ``short`` is a person of their own, not ``full``'s nickname: the
    article names it before it first names ``full`` ("Warga setempat, Yanti, ..." before
    "Kepala BPBD Mariyanti Dewi Lestari"), or introduces it as someone new: set off by
    commas, with an age or a clause about them ("..., kata Ani, yang sudah berjualan dua
    puluh tahun"), after a role or an address or followed by what describes it
    (``_introduced``). A nickname is only ever used, never introduced."""
    name = re.escape(short)
    first = re.search(rf"\b{name}\b", text)
    if first is not None and 0 <= first.start() < text.find(full):
        return True
    return re.search(rf",\s*{name}\s*,|\b{name}\s*\(\d|\b{name},\s+yang\b", text) is not None \
        or _introduced(text, short)


def _given_alone(text: str, parts: list[str]) -> bool:
    """Does the article call this person by the first word of the name alone (“kata
    Febriani” for Febriani Putri Lestari)?"""
    return re.search(rf"\b{re.escape(parts[0])}\b(?![ \t]+{re.escape(parts[1])}\b)",
                     text) is not None


# a word before a one-word name that introduces its bearer (“warga Yanti”, “Bu Ani”)
_INTRODUCING = ROLE_WORDS | ADDRESS_WORDS | frozenset(
    "bu ibu pak bapak kak adik seorang bernama si sdr saudara saudari nenek kakek".split())
_DESCRIBING = _INTRODUCING | {"yang"}  # after “Ani,”: “yang sudah …”, “pedagang …”
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+$")
_AFTER_COMMA = re.compile(r",[ \t]*(\w+)")


def _introduced(text: str, short: str) -> bool:
    """Does the article introduce the one-word name as a person of its own: between
    commas (“Warga setempat, Yanti, mengaku …”), after a role or an address (“pedagang
    Ani”, “Bu Ani”), or followed by what describes it (“kata Ani, yang sudah …”, “Ani, 45,”,
    “kata Ana, kapten tim”)?"""
    for m in re.finditer(rf"\b{re.escape(short)}\b", text):
        head = text[max(0, m.start() - 30) : m.start()]
        before = _WORD_BEFORE.search(head)
        if before and before.group(1).lower() in _INTRODUCING:
            return True
        after = _AFTER_COMMA.match(text, m.end())
        if after and (head.rstrip(" \t").endswith(",") or after.group(1).isdigit()
                      or after.group(1).lower() in _DESCRIBING):
            return True
    return False


# English given names ending in -ing, no participle (“Sterling K. Brown”, “Irving Berlin”)
_ING_GIVEN = frozenset("sterling irving channing erving ewing manning blessing".split())


def _drop_sentence_openers(text: str, people: People) -> None:
    """“Gagasan Zahra tersebut …” in an article about Zahra Fithriyah Muna: two words of
    which the first only ever opens a sentence and the second opens a longer name are that
    person's given name after a capitalised common word, not another person."""
    given = {full.split()[0] for full in people.roles if len(full.split()) >= 2}
    for pair in [f for f in people.roles if len(f.split()) == 2 and f.split()[1] in given]:
        first = pair.split()[0]
        spots = [m.start() for m in re.finditer(re.escape(first) + r"\b", text)]
        if spots and all(_opens_sentence(text, at) for at in spots):
            del people.roles[pair]
            people._index_size = -1
    for pair in [f for f in people.roles if len(f.split()) == 2
                 and f.split()[0].endswith("ing") and f.split()[0].lower() not in GIVEN_GENDER
                 and f.split()[0].lower() not in _ING_GIVEN]:
        first = pair.split()[0]  # “Forcing Apple to do this could …”: a gerund opens it
        # (not a given name: “Channing Tatum”, “Blessing Okafor”)
        if all(_opens_sentence(text, m.start()) for m in re.finditer(rf"\b{first}\b", text)):
            del people.roles[pair]
            people._index_size = -1
    if detect_language(text) != "en":
        return
    for full in [f for f in people.roles if 3 <= len(f.split()) <= 4]:
        first, rest = full.split(" ", 1)
        # “Addressing Ann Lee's critics, …”, “Mourning Tom Vale, …”: a participle opens
        # the sentence before a name of two or three words (not a given name: “Sterling
        # K. Brown”; the word never written but where a sentence opens)
        if (len(first) >= 6 and first.endswith("ing") and first[1:].islower()
                and first.lower() not in GIVEN_GENDER and first.lower() not in _ING_GIVEN
                and all(is_nameish(w) for w in rest.split())
                and all(_opens_sentence(text, m.start())
                        for m in re.finditer(rf"\b{first}\b", text))):
            people.roles.setdefault(rest, people.roles.pop(full))
            people.renamed[full] = rest
            people._index_size = -1


_SHORTEST_WORD = 4  # (“Cal Crutchlow”, “Sam Altman”, “He Tingbo”: short roots are names too)
#: Indonesian given names that are ordinary words the name lists lack (R13-15: “Permata
#: Sari menjelaskan …” then “kata Sari” lost “Permata”, as did Cahaya Dewi, Kemala Sari,
#: Sentosa Hadi, Mutiara Annisa Baswedan, Pelangi Sukma Dewi, Surya Paloh): never cut
WORD_NAMES = frozenset(
    "permata cahaya kemala mutiara pelangi sentosa mawar kartika cinta suci embun senja"
    " sekar teguh agung jaya mentari surya candra chandra purnama samudra samudera kirana"
    " cempaka ratna mulia tirta gita pertiwi wangi murni setia bakti lintang tegar"
    " harum pandu satria ksatria dharma darma bening kencana rembulan".split()
)


def _drop_common_openers(text: str, people: People) -> None:
    """“Tindakan Elham terekam …”, “Insiden Zarco …”, “Nutrisionis Rita Ramayulis …”: a name
    of two to four words with no role whose first word is an ordinary Indonesian word,
    capitalised only where it opens a sentence, is the rest of its words: a person (“Rita
    Ramayulis”), a word of another member's name (“Zarco” of Johann Zarco) or nobody
    (“Sepak Bola”). The word is one made of a root by affixes (“Tindakan”, “Pantauan”,
    “Selepas”), or a root word of four letters or more when the article writes a word of the
    rest more often than it (so also without it: “kata Zarco”, “jelas Rita”). A given name
    that is also a word (Budi, Indah, Fajar) is left: one the name lists hold or the article
    vouches for as a name (“ujar Lintang”).
    """
    words, counts = roots(), people.words
    opening: dict[str, bool] = {}
    for full in [f for f, role in people.roles.items() if not role and 2 <= f.count(" ") + 1 <= 4]:
        first, rest = full.split(" ", 1)
        if not first.isalpha() or not first[1:].islower():
            continue
        low = first.lower()
        if not derived(first) and (
                low not in words or len(low) < _SHORTEST_WORD
                or not any(counts[w] > counts[first] for w in rest.split())
                or (" " not in rest and not _named_before(text, full, rest, people))):
            continue
        if _name_word(first, people):
            continue
        if first not in opening:  # (every place it stands: a plain search, once a word)
            opening[first] = all(_opens_sentence_after_word(text, at)
                                 for at in _word_starts(text, first, counts[first]))
        if not opening[first]:
            continue
        del people.roles[full]
        people._index_size = -1
        if " " in rest and all(is_nameish(w) for w in rest.split()):
            people.roles.setdefault(rest, "")
        people.renamed[full] = rest


def _drop_common_heads(text: str, people: People) -> None:
    """“Awal Mula Kasus Nunun adalah …” (a crosshead glued to the sentence after it, in a
    body stored as one line), “… Meluncur November Tahun Depan Prabowo juga menekankan”
    (a link's headline): ordinary Indonesian words of a headline run on into a name the
    cast holds apart from them are no part of it (``_past_common_head``)."""
    ends = {w for other in people.roles if " " in other
            for w in (other.split(" ", 1)[0], other.rsplit(" ", 1)[-1])}
    for full in [f for f in people.roles if " " in f and not role_words(people.roles[f])]:
        rest = _past_common_head(text, full, people, ends)
        if rest:
            del people.roles[full]
            people._index_size = -1
            people.renamed[full] = rest
            for alias in [a for a, owner in people.local_aliases.items() if owner == full]:
                if " " in rest:  # (“… Ramdanu alias Danu”: the alias is the rest's)
                    people.local_aliases[alias] = rest
                else:
                    del people.local_aliases[alias]


def _past_common_head(text: str, full: str, people: People, ends: Container[str]) -> str:
    """The name after the ordinary words (no given names, no offices) that open ``full``,
    when ``full`` is written inside a longer capitalised run (a headline's words run on
    into it) and the cast holds the rest apart from them: another member of two words or
    more, or an alias the article gives; after two such words or more, also the first or
    last word of another member's name (``ends``: “Nunun” of “Nunun Lusida”). Else "".
    One common word before a one-word name is ``_drop_common_openers``'s (“Berlian
    Hutauruk” beside “Rina Hutauruk” is a name)."""
    parts = full.split()
    k = 0
    while (k < len(parts) - 1 and parts[k].isalpha() and parts[k][1:].islower()
           and parts[k].lower() not in ROLE_WORDS and _ordinary_word(parts[k], people)):
        k += 1
    if not k:
        return ""
    rest = " ".join(parts[k:])
    held = ((" " in rest and rest in people.roles) or rest in people.local_aliases
            or (k >= 2 and " " not in rest and rest in ends))
    # (only a headline's words run on into the name: not “Iman Nur Hidayat (29)”, “Arif Budi
    # Santoso”, “Sabar Wahyu Santoso”: given names that are words too; read last, a search
    # of the text)
    return rest if held and _inside_capitalised_run(text, full) else ""


_ANY_WORD_BEFORE = re.compile(r"(\S+)[ \t\xa0]+$")


def _inside_capitalised_run(text: str, full: str) -> bool:
    """Does a capitalised word other than an office stand right before ``full`` wherever
    the text writes it (“Awal Mula Kasus Nunun”, “… November Tahun Depan Prabowo”: the
    words of a headline run on into the name)?"""
    spots = [m.start() for m in re.finditer(re.escape(full), text)]
    for at in spots:
        before = _ANY_WORD_BEFORE.search(text, max(0, at - 40), at)
        word = before[1] if before else ""
        if not (word[:1].isupper() and word.isalpha() and word.lower() not in ROLE_WORDS):
            return False
    return bool(spots)


def _drop_common_singles(people: People) -> None:
    """“Wakil Ketua DPR RI Periode …”, “Pekerja Rumah Tangga”, “Front Mahasiswa
    Nasional”, “Orator …”: a one-word member the office or the sentence left behind that
    is an ordinary Indonesian word (a root or a word made of one: “Periode”, “Tangga”,
    “Permukiman”) is the office's or the body's last word, nobody; unless the name lists
    hold it as a given name or the article vouches for it as one (“ujar Lintang”, “Imam
    menambahkan”)."""
    for full in [f for f in people.roles if " " not in f and _common_single(f, people)]:
        del people.roles[full]
        people._index_size = -1


def _common_single(word: str, people: People) -> bool:
    """Is this one capitalised word an ordinary Indonesian word, not a name: a root or a
    word made of one, which neither the name lists nor the article (“ujar Lintang”) hold
    as a given name?"""
    return (word.isalpha() and word[1:].islower() and _vocabulary_word(word)
            and not _name_word(word, people))


def _named_before(text: str, full: str, rest: str, people: People) -> bool:
    """Is the one word ``rest`` of “Insiden Zarco” someone the article knows apart from
    the word before it: a word of another member's name (“Johann Zarco”), written on
    its own before the pair first stands (the person introduced earlier, the pair a later
    “Insiden Zarco”), or is that word written without it too (“Insiden itu …”)? A pair
    that introduces its person and stays whole (“Angkasa Putra menjelaskan …” … “kata
    Putra”, “Berlian Hutauruk mengaku …” … “ujar Hutauruk”) is a name."""
    if any(rest in other.split() for other in people.roles if other != full and " " in other):
        return True
    if people.words[full.partition(" ")[0]] > text.count(full):
        return True
    first = text.find(full)
    return first > 0 and next(_word_starts(text[:first], rest, 1), -1) >= 0


def _name_word(word: str, people: People) -> bool:
    """Is the capitalised ``word`` a name's word: a given name the engine lists or that is
    also a word (``WORD_NAMES``), a form of address or a title, or a name the article
    vouches for (“ujar Lintang”)?"""
    low = word.lower()
    return (listed_given_name(low) or word in people.names or low in _ADDRESS_OR_TITLE
            or low in WORD_NAMES)


def _ordinary_word(word: str, people: People) -> bool:
    """Is the capitalised ``word`` an ordinary Indonesian word, not a given name: made of
    a root by affixes (“Rekaman”, “Belakangan”) or a root of four letters or more
    (“Jenazah”), and no given name the name lists hold or the article vouches for?"""
    low = word.lower()
    if not derived(word) and (low not in roots() or len(low) < _SHORTEST_WORD):
        return False
    return not _name_word(word, people)


def _word_starts(text: str, word: str, count: int) -> Iterator[int]:
    """Where the alphabetic ``word`` stands in the text as a whole word, up to the
    ``count`` times the article has it (a plain search that stops there: quick)."""
    at, size = text.find(word), len(word)
    while at >= 0 and count > 0:
        end = at + size
        if not (at and text[at - 1].isalpha()) and not (end < len(text) and text[end].isalpha()):
            yield at
            count -= 1
        at = text.find(word, end)


_TITLE_STOPS = frozenset("dr drg ir prof jl no sdr".split())


def _opens_sentence_after_word(text: str, pos: int) -> bool:
    """Does the word at pos open a sentence: after a line break, a quotation mark, or a
    full stop, exclamation or question mark (not a title's or a short form's stop: “dr.
    Dini”, “H. Ahmad”, “Jl. Merdeka”)?"""
    head = text[max(0, pos - 8) : pos].rstrip(" \t")
    if not head or head[-1] in "\n\"“”":
        return True
    if head[-1] not in ".!?":
        return False
    word = re.search(r"(\w*)\W*$", head[:-1])
    short = word.group(1) if word else ""
    return not (short.lower() in _TITLE_STOPS or (short[:1].isupper() and len(short) <= 3))


def _opens_sentence(text: str, pos: int) -> bool:
    head = text[max(0, pos - 3) : pos].rstrip(" \t")
    return not head or head[-1] in ".!?\n\"“”"


_INITIAL_SURNAME = re.compile(r"([A-Z])\.[ \t]?([A-Z][a-z][\w'’\-]+)")


def _initial_aliases(people: People) -> None:
    """“T.Swift” or “T. Swift” for Taylor Swift: an initial and a surname stand for the one
    cast member whose given name opens with that initial and whose name ends with that
    surname (no person of its own)."""
    for name in list(people.roles):
        m = _INITIAL_SURNAME.fullmatch(name)
        if not m or name in people.local_aliases:
            continue
        fits = [full for full in people.roles if full != name and len(full.split()) >= 2
                and full.split()[-1] == m.group(2) and full[:1] == m.group(1)
                and not people.is_body(full)]
        if len(fits) == 1:
            del people.roles[name]
            people.add_alias(name, fits[0])


# two to four capitals standing alone (r"\b[A-Z]{2,4}\b…"), written to open with the first
# capital and to look behind it for the word boundary: a pattern opening with \b is tried
# at every offset of the text, one opening with a letter skips to the capitals (3x faster)
_CAPITALS_ALONE = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z]{1,3}\b(?!\.\w|[\-’'(])")
_INITIALS_CUES = ID_POST_VERBS | frozenset("disampaikan menurut".split())


def _initials_used(text: str, people: People) -> None:
    """“Gubernur Sumsel Herman Deru …” then “ujar HD”, “HD mengatakan”, “disampaikan HD
    usai …”: capitals standing for a person the cast holds, one for each word of the name
    (particles aside), used as a speaker or a subject, are that person's initials (SBY,
    AHY, HD): an alias of the one person they fit, not a body's acronym; unless the
    article defines them in brackets for something else (“Bank Indonesia (BI)”) or they
    fit no one or more than one."""
    fits: dict[str, list[str]] = {}
    for full in people.roles:
        parts = [w for w in full.split() if w not in NAME_PARTICLES]
        if 2 <= len(parts) <= 4 and all(w[:1].isupper() and w[1:2].islower() for w in parts):
            fits.setdefault("".join(w[0] for w in parts), []).append(full)
    if not fits:
        return
    for m in _CAPITALS_ALONE.finditer(text):
        short = m[0]
        if (short not in fits or len(fits[short]) != 1 or short in people.local_aliases
                or people.is_body(fits[short][0]) or f"({short})" in text):
            continue
        k = m.start()
        while k and text[k - 1] in " \t":
            k -= 1
        before = _word_before(text, k, 12).lower() if k < m.start() else ""
        after = _WORD_AFTER_BLANKS.match(text, m.end())
        if before in _INITIALS_CUES or (
                after and after[1] in ID_SUBJECT_VERBS and (not k or text[k - 1] in ".,\n")):
            if short in people.roles:
                del people.roles[short]
                people._index_size = -1
            people.add_alias(short, fits[short][0])


_WORD_AFTER_BLANKS = re.compile(r"[ \t]+([a-z]+)\b")


def _trim_names(text: str, people: People, short_refs: set[str],
                long_runs: list[tuple[str, str]] | None = None,
                caps: list[tuple[int, str]] | None = None) -> None:
    """Cut organisation words glued to a name ("Kapten Persib Marc Klok" → "Marc Klok"):
    a later short reference ("ujar Yuli") marks where the name starts, and a leading word
    the article also uses on its own ("Persib") is not part of the name. A run of five to
    seven words (``long_runs``) becomes a person only where such a reference cuts it to
    two to four words (“Analis Asia Tradepoint Futures Deddy Yusuf Siregar” … “ujar
    Deddy”)."""
    long = [full for full in people.roles if len(full.split()) >= 3]
    if not long and not long_runs:
        return
    counts = Counter(w for _, w in (_cap_words(text) if caps is None else caps))
    defined, companies = _body_words(text)
    short_refs = short_refs | _addressed(text, people.words)
    # a word of the name opening a later sentence on its own (“Gede menyarankan …”)
    lone = {w for _, w, _ in _lone_openers(text, caps)}
    taken = {w for full in people.roles for w in full.split()}
    indonesian = detect_language(text) != "en"
    for name, role in long_runs or ():
        toks = name.split()
        # (not at a word of another member's name: “Sekretaris Jenderal Setia Prabowo
        # George Edwin Sugiharto” when “kata Prabowo” is Prabowo Subianto)
        cut = next((j for j in range(1, len(toks) - 1) if toks[j] in short_refs
                    and len(toks) - j <= 4 and toks[j] not in taken), 0)
        if cut:
            people.add_person(" ".join(toks[cut:]),
                              " ".join(filter(None, [role, *toks[:cut]])))
        elif _long_name(toks, short_refs, taken, people.words):
            people.add_person(name, role)
    for full in long:
        toks = full.split()
        cut = _cut_at_short_ref(text, toks, short_refs, counts, people.roles[full], lone,
                                (f for f in people.roles if f != full))
        if len(toks) - cut >= 4:
            # “James Bond David Harewood” (a headline run on into its repeat): two names,
            # each written elsewhere without the other; the later one is the person
            head, tail = " ".join(toks[cut:cut + 2]), " ".join(toks[cut + 2:])
            both = " ".join(toks[cut:])
            if text.count(head) > text.count(both) < text.count(tail):
                cut += 2
        while len(toks) - cut >= 3 and (
            # “President Director Waskita Karya Destiawan …” … “Waskita mencatatkan”: a
            # company's usual last word follows the part the article uses on its own
            (cut and toks[cut].lower() in COMPANY_TAIL_WORDS)
            or toks[cut] in defined
            or (toks[cut] in companies and toks[cut] not in short_refs)
            or (
                toks[cut] not in short_refs
                and len(toks[cut]) > 1  # (an initial: “K K Venugopal” beside “K. Puttaswamy”)
                # used on its own elsewhere: twice, or once when four words would be left
                # (“Pemain depan Real Madrid Gareth Bale” … “Real Betis”)
                and counts[toks[cut]] - text.count(f"{toks[cut]} {toks[cut + 1]}")
                - (sum(text.count(f"{toks[cut]} {w}") for w in toks[cut + 2 :])
                   if indonesian else 0)
                >= (1 if len(toks) - cut >= 4 else 2)
                # (in Indonesian, not where it goes on with a later word of the name, the
                # middle left out: “Ahmad M Ali” … “Menurut Ahmad Ali”)
            )
        ):
            cut += 1
        bali = balinese_opening(toks)
        if bali >= 0:
            cut = min(cut, bali)  # “AKP I Gusti Nyoman Jaya Widura” … “kata Widura”: the
            # office may end before the “I”, the name does not start after it
        if cut:
            new = " ".join(toks[cut:])
            role = " ".join(filter(None, [people.roles[full], *toks[:cut]])).strip()
            del people.roles[full]
            people.roles.setdefault(new, role)
            people.renamed[full] = new
            people._index_size = -1


def _long_name(toks: list[str], short_refs: set[str], taken: set[str],
               words: Counter[str]) -> bool:
    """A person's own name of five or six words, which the article later calls by its first
    word (“Desak Made Rita Kusuma Dewi” … “Desak mengatakan”, “Muhammad Rizky Ramadhan
    Putra Siregar” … “kata Muhammad”): no word of it is an office, a body's word, a word the
    article also writes in lower case or a word of another member's name."""
    return (len(toks) <= 6 and toks[0] in short_refs
            and not any(w.lower() in ROLE_WORDS or w.lower() in ORG_WORDS
                        or w.lower() in words or w in taken for w in toks))


def _written_apart(text: str, toks: list[str], counts: Counter[str], others: Iterable[str]
                   ) -> bool:
    """Is a word of an English name run before its last two written elsewhere, and in no
    other member's name? (“Veteran Wall Streeter Ann Cole” beside “the Wall Street
    Journal”: a trade's words, then the name; not “Minister Dinh Thi Quynh Van” … “Van
    said”, one name of four words, beside “Nguyen Thi Nga”.)"""
    run = text.count(" ".join(toks))
    shared = {w for name in others for w in name.split()}
    return any(counts[w] > run and w not in shared for w in toks[:-2])


def _cut_at_short_ref(text: str, toks: list[str], short_refs: set[str], counts: Counter[str],
                      role: str = "", lone: set[str] | frozenset[str] = frozenset(),
                      others: Iterable[str] = ()) -> int:
    """Where a name starts when the article later calls the person by a word inside it
    (“Gubernur Maluku Said Assagaff” … “kata Said”; “Kepala Bagian Protokoler Masjid
    Istiqlal Abu Hurairah” … “tegas Abu”): the words before it are a place or an office
    when the article also uses them elsewhere, or when the “name” is far too long."""
    for j in range(1, len(toks) - 1):
        if toks[j] not in short_refs:
            continue
        if role.endswith(" dan"):
            return j  # the office's last words ran into the name (see _scan_names)
        head = toks[:j]
        elsewhere = all(
            counts[w] - text.count(" ".join(toks[k : j + 1])) >= 1
            for k, w in enumerate(head)
        )
        if elsewhere or sum(t not in NAME_PARTICLES for t in toks) >= 5:
            return j  # (not “Stéphane Dujarric de la Rivière” … “Dujarric said”)
    for j in range(1, len(toks) - 1) if len(toks) >= 4 and role_words(role) else ():
        if toks[j] in lone and len(toks) - j >= 2:
            return j  # “Presiden Persiba Balikpapan Gede Widiade” … “Gede menyarankan”
    if len(toks) >= 4 and toks[-1] in short_refs and role_words(role) and not any(
            w.lower().rstrip(".") in RANK_WORDS for w in role.split()[-2:]) and (
            detect_language(text) != "en" or _written_apart(text, toks, counts, others)):
        # (not after a rank, which the name follows whole: “Kombes Ade Ary Syam Indradi” …
        # “kata Indradi”; “Kolonel Inf Tomi Hartawan Saputra Jaya”, the rank's corps)
        return len(toks) - 2  # “eks striker Aston Villa Gabriel Agbonlahor” … “Agbonlahor”
    return 0


_ADDRESS_HEADS = [*sorted(w.capitalize() for w in _ADDRESS_OR_TITLE), "KH"]
_ADDRESSED = re.compile(word_opening(_ADDRESS_HEADS) + rf"\.?[ \t]+([{_UP}][\w'’\-]+)")


def _addressed(text: str, words: Counter[str] | None = None) -> set[str]:
    """Words the article writes after a form of address (“Gus Yahya”, “Pak Tito”,
    “Mr Flynn”): short names, never organisation words to cut off a full name. (Found
    where the article's forms of address stand, ``_found_at_heads``: the pattern's
    search stops at every capital, most of which open none of its 53 words.)"""
    english = detect_language(text) == "en"
    found = _found_at_heads(_ADDRESSED, _ADDRESS_HEADS, text, words)
    return {m.group(1) for m in found if m.group(1)[:1].isupper()
            and not (english and m.group(0)[:4].rstrip() in _SURNAME_ADDRESS)}  # (“Kang
    # Shao Pin”: a surname in English copy)


# (two patterns: each opens with literals, which the regex engine finds quickly; the two
# kinds of match cannot overlap, so two passes find what one alternation found)
_DEFINED = re.compile(rf"\(([{_UP}][\w.&\-]*)\)")
_COMPANY = re.compile(
    word_opening(["PT", "CV", "Tbk", "Persero"]) + rf"\.?\s+((?:[{_UP}][\w&\-]*\s*){{1,3}})"
)


def _body_words(text: str) -> tuple[set[str], set[str]]:
    """Words the article uses as the name of a body: abbreviations it defines in brackets
    (“Relawan Pro-Jokowi (Projo)”), and words after “PT” (which may run into a name)."""
    defined = set(_DEFINED.findall(text))
    companies = {w for run in _COMPANY.findall(text) for w in run.split()}
    return defined, companies


_VERB_LIKE = re.compile(r"(?:me|ber|di|ter)[a-z]{3,}")


_OFFICE_GLUE = frozenset("of for the and dan".split())


#: a run of capitalised words from a name on (bounded: a long run of them, a roster or an
#: all-caps paragraph pasted as an article, made every mention in it walk to its end,
#: 22 s for 280 KB; no name or office is longer: session 15 review, under R15-17)
_NAME_RUN: Final = re.compile(r"[A-Z][\w.'’\-]*(?:[ \t]+[A-Z][\w.'’\-]*){0,15}")
_AND = r",?[ \t]+(?:dan|serta)[ \t]+[A-Z]"
_PAIRED_AFTER = re.compile(_AND)
_LISTED_AFTER = re.compile(r",[ \t]*[A-Z]|" + _AND)
_PAIRED_BEFORE = re.compile(r"[A-Z][\w.'’\-]*,?[ \t]+(?:dan|serta)[ \t]+$")
_LISTED_BEFORE = re.compile(r"([A-Z][\w.'’\-]*),[ \t]+$")


def _coordinated(text: str, pos: int) -> bool:
    """Is the name at pos one of several joined as one subject (“AHY dan Khofifah
    digadang-gadang …”, “Mereka adalah Anwar Usman, Arief Hidayat, Saldi Isra …”)? Such
    a name is no one's antecedent for “katanya”. (English “he”/“she” may still pick one
    of a pair by gender: “Gaga and Kinney split … “…,” she wrote”.)"""
    head = text[max(0, pos - 8) : pos]  # (plain string tests first: most names pass them)
    if head.endswith(("dan ", "serta ")) and _PAIRED_BEFORE.search(
            text, max(0, pos - 60), pos):
        return True
    run = _NAME_RUN.match(text, pos)
    end = run.end() if run else pos
    tail = text[end : end + 9]
    if ("dan " in tail or "serta " in tail) and _PAIRED_AFTER.match(text, end):
        return True
    if not head.endswith(", "):
        return False
    before = _LISTED_BEFORE.search(text, max(0, pos - 60), pos)
    return bool(before and before.group(1).lower() not in NOT_NAME_WORDS
                and _LISTED_AFTER.match(text, end))


_ASIDE_END = re.compile(r"(?<![A-Z])[.!?](?=\s)")  # a sentence end (not “George W. Bush”)


def _dash_closes(text: str, pos: int, dash: str) -> bool:
    """Does the same dash close an aside after pos, before the sentence ends?"""
    end = _ASIDE_END.search(text, pos, pos + 200)
    return text.find(dash, pos, end.start() if end else pos + 200) >= 0


# an aside after a name, opened by a participle and running to the name before the verb
# (“, asked if he supported impeaching Mr. ”, “, speaking at a rally for ”)
#: a state or a nation after its city in an aside (“currently living in Knoxville, Tennessee,”)
_STATES_AFTER_CITY: Final = frozenset(s for s in US_STATES if " " not in s) | frozenset(
    # (and the UK's nations, Canada's provinces, Australia's states: “Manchester, England,”)
    "England Scotland Wales Ontario Quebec Alberta Manitoba Saskatchewan Queensland Victoria "
    "Tasmania".split())
_ASIDE_OPENED = re.compile(r", (?:[a-z]{2,}ly )?"  # (“, currently living in …”)
                           r"(?:asked|pressed|questioned|reached|contacted|[a-z]{3,}ing)"
                           r" [^,.;:!?\n“”\"]*")


def _sentence_initial(text: str, pos: int) -> bool:
    """Is the mention at pos the subject phrase opening its sentence (after at most a
    short connective such as “Sementara itu,” or “Meanwhile,”), alone? Or the person a
    cleft or a description's predicate introduces (what the sentence is about)?"""
    return (_subject_opening(text, pos) and not _coordinated(text, pos)
            and not _epithet_at(text, pos)) or (
        _predicated(text, pos))  # (the rarer first)


#: a name in capitals, then a pointer: “(Eks pemain) Real Madrid itu”
_NAME_THEN_POINTER = re.compile(
    r"(?:[A-Z][\w'’.-]*[ \t]+){0,4}?[A-Z][\w'’.-]*[ \t]+(?:itu|tersebut)\b")


def _epithet_at(text: str, pos: int) -> bool:
    """Indonesian: is the mention at pos the body or place of a description that points
    back to somebody named before (“Eks pemain Real Madrid itu juga menegaskan …”,
    “Dikatakan Bapak Rumah Tahfidz Sumsel itu, …”): words before it in its sentence, a
    pointer right after its name? Then the sentence is about that somebody, not about it."""
    if not _NAME_THEN_POINTER.match(text, pos):
        return False
    head = text[max(0, pos - 40) : pos].rstrip(" \t")
    return bool(head) and head[-1] not in ".!?\n\"“”,"


# English: “…, it was Katie Boulter who …” (a cleft, after a clause or none) and “One of
# those who withdrew was Aziz Abu Sarah, …” (a lower-case description, then “was”): the
# person named is what the sentence is about, and the next “she said” is theirs
_CLEFT_BEFORE = re.compile(r"(?:^|, )(?:[Ii]t|[Tt]his) (?:was|is) $")
_PREDICATE_BEFORE = re.compile(r"^[A-Z][a-z]+(?: [a-z]+){1,8} (?:was|is) $")
_SAY_VERBS = EN_VERBS | {"say", "report", "believe", "think", "claim"}
_PRONOUN_OPENERS = frozenset("He She It They We I You This That There".split())
_CLEFT_NAME = re.compile(r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,4} (?:who|that)\b")
_APPOSED_TO_SOMEBODY = re.compile(r"^(?:A|An|One|Another)(?: [a-z][a-z-]*){0,3} ([a-z]+)"
                                  r"(?: [—–]|,) $")
_NAME_IN_APPOSITION = re.compile(r"([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){1,4})(?:,| [—–(])")
_PREDICATE_NAME = re.compile(r"[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,4}(?![\w’']| [A-Z])")


def _predicated(text: str, pos: int) -> bool:
    """Is the mention at pos the person a cleft (“it was X who”) or a lower-case
    description's predicate (“The first to resign was X”) introduces? (English)"""
    lo = max(text.rfind("\n", 0, pos) + 1, pos - 160)
    head = text[lo:pos]
    if not head.endswith(("was ", "is ", ", ", "— ", "– ")):
        return False
    for stop in (". ", "! ", "? ", ".” ", ".\" ", "?” ", "!” "):
        k = head.rfind(stop)
        if k >= 0:
            head = head[k + len(stop):]
    if _CLEFT_BEFORE.search(head):
        return bool(_CLEFT_NAME.match(text, pos))
    apposed = _APPOSED_TO_SOMEBODY.match(head)
    if apposed and (apposed[1] in PERSON_NOUNS or apposed[1] in ROLE_WORDS):
        # “One study participant — Bob O'Keefe, 68, … — was glad …”, “A neighbour, Tom
        # Vale, watched …”: the subject, named in apposition
        named = _NAME_IN_APPOSITION.match(text, pos)
        return named is not None and all(map(_apposed_name_word, named[1].split()))
    words = head.split()
    if _PREDICATE_BEFORE.match(head) and words[0] not in _PRONOUN_OPENERS and not (
            _SAY_VERBS.intersection(words)):  # (not “Local media say the target is X”)
        return bool(_PREDICATE_NAME.match(text, pos))
    return False


# prepositions opening a sentence's scene (when, where, at what occasion): the name after
# the scene's comma is the subject however long the scene is (a scene of one phrase: not
# “Dalam akad tersebut, tokoh-tokoh penting hadir, salah satunya adalah Menteri …, Agus …”)
_SCENE_OPENERS = frozenset("at on in during following speaking addressing di pada dalam usai "
                           "seusai".split())


#: what a scene's commas may set off: a day, a date, a place (“…di Kecamatan Medan Maimun,
#: Selasa (1/12/2026),”, “in Washington, D.C., on Tuesday”)
_SCENE_ASIDE = re.compile(r"(?:(?:on|in|at|pada|di)[ \t]+)?(?:[A-Z(0-9][\w./()\-]*[ \t]*){1,3}")
#: a name closing an apposition (“…, Abdul Mu'ti, itu …”)
_NAME_THEN_COMMA = re.compile(r"(?:[A-Z][\w'’.\-]*[ \t]+){0,4}[A-Z][\w'’.\-]*,")


def _scene(lead: str, text: str, pos: int) -> bool:
    """Is ``lead`` (a sentence's words before the comma that ends them, opening with a
    preposition) a scene set before the subject at pos: not a name in apposition, closed by
    a comma (“During talks with the EU's trade commissioner, Maros Sefcovic, …”, “Dalam acara
    yang dibuka oleh Menteri …, Abdul Mu'ti, itu”) or right after an office ending the
    scene, and commas only around a day, a date, a place or a thing's “which” clause?"""
    if _NAME_THEN_COMMA.match(text, pos) or role_words(" ".join(lead.split()[-3:])):
        return False
    return all(_SCENE_ASIDE.fullmatch(part.strip()) or part.startswith("which ")
               for part in lead.split(", ")[1:])  # (“During an interview on The Joe Rogan
    # Experience, which is Spotify's top podcast, Bono talked …”: a thing's description)


#: a quotation closed in the sentence, then its cue's words (“…,” ujar Neneng Goenadi)
_CUE_LEAD = re.compile(r"[,!?][\"”][ \t]+[a-z]")


def _subject_opening(text: str, pos: int) -> bool:
    """``_sentence_initial`` but for the names joined as one subject."""
    lo = max(text.rfind("\n", 0, pos) + 1, pos - 160)
    head = text[lo:pos]
    for stop in (". ", "! ", "? ", ".” ", ".\" ", "?” ", "!” ", " -- ", " — ", " – ", " - "):
        k = head.rfind(stop)
        while k > 0 and stop == ". " and _ABBR_TAIL.search(head, max(0, k - 4), k):
            # “… to replace retiring Sen. Tom Harkin”, “… whether Mr. Lieberman was …”:
            # the point of a title or an initial ends no sentence, so the name is no subject
            k = head.rfind(stop, 0, k)
        if k >= 0:
            head = head[k + len(stop) :]
            if stop[0] == " " and _dash_closes(text, pos, stop):
                # “… in Iraq -- a policy of Obama's predecessor, George W. Bush -- has
                # led …”: an aside between dashes, not a subject opening a sentence
                return False
    if ", " in head:
        lead, _, head = head.rpartition(", ")
        if _CUE_LEAD.search(lead) and head.split()[:1] not in (
                ["and"], ["but"], ["yet"], ["so"], ["while"], ["whereas"]):
            return False  # ““…,” ujar Neneng Goenadi, Country Managing Director Grab
            # Indonesia …”: the speaker's apposition after a quotation's cue, no subject
            # (but a new clause after it has one: “…,” said coach Tom Vale, but captain
            # Mark Lee was less sure)
        opener = lead.split()[0].lower() if lead.split() else ""
        office = all(w[:1].isupper() or w[:1] == "(" or w.lower() in _OFFICE_GLUE
                     for w in lead.split())  # “Direktur Utama Perum … (Bulog), Budi …”
        joined = head.split()[:1] in (["and"], ["but"], ["yet"], ["so"])
        if joined:
            head = head.split(None, 1)[1] if len(head.split()) > 1 else ""
            # “Trump tore up the norms …, and Rubio expressed puzzlement”: a new clause
        elif (len(lead.split()) > 6 and opener not in SUBORDINATORS and not office
              and not (opener in _SCENE_OPENERS and _scene(lead, text, pos))):
            return False  # “… salah satunya adalah Menteri Perindustrian, Agus Gumiwang”
            # (a scene set before the subject is no such list: “At a signing ceremony at
            # the White House on Tuesday, Mr Biden praised …”)
        elif opener in EN_PRONOUNS and len(lead.split()) > 2:
            return False  # “She hugged her daughter, Mary Vale, …”: the pronoun is the
            # subject; the name after the comma is its object's apposition
    if head.startswith(("According to ", "according to ")):
        head = head[13:]  # “According to Dr. Lim Mei Ling, …”: who the sentence goes by
    words = [w.strip("()") for w in head.split()]
    if len(words) > 9:
        return False
    # lower-case words describing a role: “Atlet sepak bola U-17 …”, also before the role
    # word that ends the run (“Transnet pipelines executive Russell Bradbrooke has …”)
    lower = [w for w in words if not w[:1].isupper()]
    described = (bool(words) and words[-1].lower() in ROLE_WORDS and words[-1].islower()
                 and len(lower) <= 3 and words[: len(words) - len(lower)] == [
                     w for w in words if w[:1].isupper()]
                 and words[0].lower() not in EN_PRONOUNS)
    # (“She praised judge Mary Vale”, “Lee thanked nurse Tom Vale”: a pronoun or a name,
    # then a verb, is the subject; the name after the role is its object, not a subject)
    for n, w in enumerate(words):
        low = w.lower()
        if w[:1].isupper() or w in ("of", "for", "dan") or low in ROLE_WORDS or (
                w.isdigit() and _school_number(words, n)):  # (“Kepala SMAN 1 Budi …”)
            described = described or low in ROLE_WORDS
        elif not (described and w.isalpha() and low not in NOT_NAME_WORDS
                  and not _VERB_LIKE.fullmatch(low)
                  and not (n and low.endswith("ed") and not words[n - 1].endswith("ly"))):
            return False
    return len(words) <= 5 or described




def _untitled_mentions(text: str, quoted: Regions, people: People,
                       para_tokens: list[list[Token]], shared: set[str]) -> None:
    """A surname several members share, written alone where the article titles one of
    them so (“Mrs Skelton” for the mother, “Skelton thanked viewers” for the star): a
    mention of the other (``People.untitled_member``)."""
    for toks in para_tokens:
        for k, tok in enumerate(toks):
            if tok[0] not in shared or quoted.inside(tok[1]) or (
                    k and toks[k - 1][0].rstrip(".") in TITLE_GENDER) or (
                    k + 1 < len(toks) and is_cap(toks[k + 1][0])) or (
                    k and is_cap(toks[k - 1][0])):
                continue  # (not “Mrs Skelton”, nor a name's last word: “Helen Skelton”)
            who = people.untitled_member(tok[0], tok[1])
            if who:
                people.mention(tok[1], people.canonical(who), None)


def _mentions(text: str, quoted: Regions, people: People, para_tokens: list[list[Token]]
              ) -> None:
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
    shared = set()
    for part, n in owners.items():
        if n > 1 and part not in people.roles:
            keys.pop((part,), None)
            shared.add(part)
    for alias, full in people.local_aliases.items():
        keys.setdefault(tuple(alias.split()), full)
    if not keys:
        return
    longest = max(len(k) for k in keys)
    firsts = {k[0] for k in keys}
    # each capitalised word that opens no key, unglued once (“Putinmenyerahkan” → “Putin”);
    # only a word of a key, or a word that opens with one, can unglue into a key's word
    key_words = {w for k in keys for w in k}
    heads = {w[:3] for w in key_words if len(w) >= 3}  # (a word opening with one opens so)
    seen = {t[0] for toks in para_tokens for t in toks}  # (each word once)
    caps = {w for w in seen if w[:1].isupper()} - firsts
    unglued = {w: unglue_name(w, people.words) for w in caps
               if w in key_words or (w[:3] in heads and any(
                   w[:i] in key_words for i in range(3, len(w) - 1)))}
    for toks in para_tokens:
        words = [unglued.get(t[0], t[0]) for t in toks]
        k = 0
        for hit, word in enumerate(words):
            if word not in firsts or hit < k:
                continue  # (no key opens here, or inside the name found just before)
            k = hit
            for size in range(min(longest, len(toks) - k), 0, -1):
                key = tuple(words[k : k + size])
                if key in keys and not quoted.inside(toks[k][1]):
                    pos = toks[k][1]
                    full = people._full_name(keys[key], pos)
                    kin = _kin_described(toks, k, size)
                    if kin >= 0:
                        _describe_subject(people, toks[kin][1], full)
                        k += size
                        break
                    people.mention(pos, people.canonical(full), None)  # (see ``salient``)
                    if size >= 2:
                        people.named_in_full.add(pos)
                    k += size - 1
                    break
            k += 1
    if shared and detect_language(text) == "en":  # (after the names: who was named before)
        _untitled_mentions(text, quoted, people, para_tokens, shared)
