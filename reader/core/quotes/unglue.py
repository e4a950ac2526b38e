"""Paragraph breaks a scraper lost, put back before an English article is read (issue 9).

Scraped news often stores an article with its paragraphs glued together, no blank between
them (“…on social media.The union territory …”, “…,” he said.“The minister …”, a crosshead
“…attacks.LONGSTANDING DEMANDThe police …”), the whole article on one line. The engine's
attribution leans on paragraphs (the paragraph before, a paragraph's opening subject, the
chain of “he said”), so there the wrong candidate wins. ``unglue`` finds the glue points
and gives the text with a paragraph break put in at each: the engine reads that text, with
the quotations found in the stored one (so the spans are the same), and every offset it
gives is mapped back (``Unglued.old``): spans index the stored text.

A glue point is where a sentence's end meets a capital with no blank between: a lower-case
letter, a digit or a closing bracket, then ``.``, ``!`` or ``?``, then a capital that is not
an initial (“Ph.D.”) after a word that is no abbreviation (“Dr.Mandal”, “Sens.Ted”); a
quotation's closing mark after a stop, then a capital; a stop, then a quotation's opening
mark; and the end of a crosshead in capitals of two words or more glued to the next
sentence's first word (“BROKENWhile”). Never inside a quotation; only in a paragraph with two
glue points or more (one alone is more likely a typing slip than a lost break).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, OrderedDict
from typing import NamedTuple

from .captions import credit_breaks
from .lexicon import ROLE_WORDS
from .marks import SINGLE, QuoteSpan, _paired, paragraphs, quotes_in
from .names import _NAME_ENDINGS, listed_given_name
from .vocabulary import derived

# a sentence's end glued to the next one's first capital (not an initial: “Ph.D.”), a
# quotation's closing mark glued to one, a stop glued to a quotation's opening mark, a
# crosshead in capitals glued to the next word
_GLUE = re.compile(
    r"(?<=[a-z0-9)%][.!?])[A-Z](?!\.)"
    r"|(?<=[.!?][\"”’'])[A-Z]"
    r"|(?<=[.!?])[\"“‘'](?=[A-Z])"
    r"|(?<=[A-Z]{2})[\"“]?[A-Z](?=[a-z])"
    r"|(?<=[A-Z]['’])[A-Z](?=[a-z])"
)
# Whether ``_GLUE`` matches anywhere, ten times faster (every English text is asked): the
# same five forms, each opening with the one character class all start with (a stop or a
# capital), so the search skips the rest of the text; what ``_GLUE`` looks behind for is
# matched, or looked behind for after that first character
_ANY_GLUE = re.compile(
    r"[.!?A-Z](?:(?<=[a-z0-9)%][.!?])[A-Z](?!\.)|(?<=[.!?])[\"”’'“‘][A-Z]"
    r"|(?<=[A-Z])(?:[A-Z][\"“]?[A-Z][a-z]|['’][A-Z][a-z]))"
)
# Where ``_GLUE`` matches, found without trying it at every offset (its look-behinds make
# ``finditer`` do that: ≈ 0.25 ms a 3,500-character text, which every English text with a
# glue point anywhere paid before each analysis): each match found at the character before
# it (a stop, a capital or an apostrophe), the rest checked in ``_glue_starts``
_GLUE_BEFORE = re.compile(
    r"[.!?](?=[\"“‘'”’]?[A-Z])|(?<=[A-Z])(?:[A-Z](?=[\"“]?[A-Z][a-z])|['’](?=[A-Z][a-z]))")
_BEFORE_STOP = frozenset("abcdefghijklmnopqrstuvwxyz0123456789)%")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[.!?]$")
ABBREVIATIONS = frozenset(
    "mr mrs ms dr st sr jr prof gen col lt sgt capt cpt rev gov sen sens rep reps hon adm maj "
    "cpl pvt fr mt ft vs etc inc ltd co corp bros approx dept est fig no nos vol op pp ca "
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun "
    "e g i ie eg al".split()
)
# a crosshead in capitals, two words or more, right before the glue point
_CROSSHEAD = re.compile(r"(?:^|[^A-Za-z])[A-Z][A-Z0-9&'’-]*(?:[ ,]+[A-Z][A-Z0-9&'’-]*)+$")
_QUOTED_CROSSHEAD = re.compile(r"['‘][A-Z][A-Z0-9&'’-]*(?:[ ,]+[A-Z][A-Z0-9&'’-]*)+['’]$")
_OPENING = "\"“‘'"
_CLOSING = "\"”’'"


class Unglued(NamedTuple):
    """A text with breaks put in: ``text``; ``at``, the stored text's offsets before which
    a break went, ascending; ``shift``, how many characters the breaks before break k put in
    (``shift[k]``; one more item than ``at``, the last the whole width); ``spans``, the
    stored text's quotations in ``text``'s offsets; ``paras``, ``text``'s paragraphs. A
    break is a paragraph's (``\\n\\n``) or a blank between two words a scraper glued
    (``word_glue_points``)."""

    text: str
    at: list[int]
    shift: list[int]
    spans: list[QuoteSpan]
    paras: list[tuple[int, int]]

    def new(self, pos: int, end: bool = False) -> int:
        """``pos`` of the stored text in ``text`` (an ``end`` stays before a break put in
        right there)."""
        return pos + self.shift[bisect_left(self.at, pos) if end else bisect_right(self.at, pos)]

    def old(self, pos: int) -> int:
        """``pos`` of ``text`` in the stored text (a position inside a break: where it went)."""
        # break k is text[at[k] + shift[k] : at[k] + shift[k + 1]]; its end, ascending in
        # k, is worked out for the few breaks the search looks at (a list of every end,
        # made for each call, cost a text with n breaks n² over its quotations, R16-12)
        return _old(self.at, self.shift, pos)


def _old(at: list[int], shift: list[int], pos: int) -> int:
    """``Unglued.old`` (a function of its own: mypyc compiles it to plain C, with ``at``
    and ``shift`` typed)."""
    # k: the first break that ends after ``pos`` (``bisect_right`` over the ends, written
    # out: with a key function each step was a call through Python)
    k, hi = 0, len(at)
    while k < hi:
        mid = (k + hi) // 2
        if pos < at[mid] + shift[mid + 1]:
            hi = mid
        else:
            k = mid + 1
    if k < len(at) and at[k] + shift[k] <= pos:
        return at[k]
    return pos - shift[k]


def glue_points(text: str, spans: list[QuoteSpan]) -> list[int]:
    """Offsets of ``text`` before which a paragraph break was lost (see the module)."""
    if not _ANY_GLUE.search(text):
        return []
    opens = {s.open for s in spans}
    closes = {s.close for s in spans if s.close is not None}
    inside = sorted((s.open, s.outer_end) for s in spans)
    starts = [a for a, _ in inside]
    out: list[int] = []
    for q in _glue_starts(text):
        ch, before = text[q], text[q - 1]
        if ch in _OPENING:
            if before.isupper():  # a crosshead before a quotation (“JD-U DIVIDED"I don't …”)
                if q not in opens or not _CROSSHEAD.search(text, max(0, q - 60), q):
                    continue
            elif q not in opens:
                continue
        elif before in _CLOSING:
            if q - 1 not in closes and not (
                    before in "'’" and text[q - 2].isupper()
                    and _QUOTED_CROSSHEAD.search(text, max(0, q - 60), q)):
                continue  # (a crosshead in single marks: “…praise.'CANNOT STOP PRAISING
                # YOU'After Swaraj's …”)
        elif before.isupper():
            if not _CROSSHEAD.search(text, max(0, q - 60), q):
                continue
        else:
            word = _WORD_BEFORE.search(text, max(0, q - 12), q)
            if word and word.group(1).lower() in ABBREVIATIONS:
                continue
        k = bisect_right(starts, q) - 1
        if k >= 0 and inside[k][0] < q < inside[k][1]:
            continue  # never inside a quotation
        if not out or out[-1] != q:
            out.append(q)
    return out


def _glue_starts(text: str) -> list[int]:
    """``[m.start() for m in _GLUE.finditer(text)]``: each of its five forms read from the
    character before the glue point. A stop then a capital (the first form, when a letter,
    a digit, ``)`` or ``%`` stands before the stop and no full stop after the capital), or
    then an opening mark and a capital (the third: the mark), or a closing mark and a
    capital (the second: the capital; a straight mark is both, so both); a capital after
    two capitals, or after a mark after two (the fourth), or after a capital and an
    apostrophe (the fifth), with a lower-case letter next. ``_GLUE``'s matches are one
    character, or two for a mark and its capital (the fourth), and no form matches at that
    capital, so ``finditer`` misses none of these (tests/test_quotes_unglue.py compares)."""
    out: list[int] = []
    for m in _GLUE_BEFORE.finditer(text):
        p = m.start()
        if text[p] not in ".!?":
            out.append(p + 1)  # (a capital or an apostrophe after a capital: the fourth
            continue  # and fifth forms, all checked by the pattern)
        after = text[p + 1]
        if after in _OPENING:
            out.append(p + 1)
        if after in _CLOSING:
            out.append(p + 2)
        elif (after not in _OPENING and p and text[p - 1] in _BEFORE_STOP
              and text[p + 2 : p + 3] != "."):
            out.append(p + 1)
    return out


def _unhidden(text: str, paras: list[tuple[int, int]], spans: list[QuoteSpan]
              ) -> list[QuoteSpan]:
    """The quotations of a glued text with those an unclosed single mark hid: a crosshead
    or a title in single marks glued to the next word (“'CANNOT STOP PRAISING YOU'After
    Swaraj's …”, “on 'Special Report.'Japan …”) cannot close, so the single mark opens a
    quotation that runs to the end of the (one-line) paragraph; it is dropped as unclosed,
    and every double-marked quotation after it went with it. Read without such a mark (not
    one opening its paragraph: a quotation going on in the next may open so), the
    quotations inside come back; the offsets are the same (the mark is read as a blank)."""
    hiding = [s for s in _paired(text, paras)
              if s.close is None and text[s.open] in SINGLE and s.open != paras[s.para][0]
              and not any(t.open == s.open for t in spans)]
    if not hiding:
        return spans
    blanked = text
    for s in hiding:
        blanked = blanked[: s.open] + " " + blanked[s.open + 1 :]
    found = quotes_in(blanked, paras)
    return found if len(found) > len(spans) else spans


def _reopenings(text: str, spans: list[QuoteSpan]) -> set[int]:
    """Straight marks glued between a stop and a capital that close a quotation as paired,
    but open the next paragraph's: a quotation going on over a lost paragraph break is left
    open at its paragraph's end and opened again (“… to stop this disease in its
    tracks."We've got one chance with this." Police Commissioner …”). Read so when the
    words after the mark end, at the next mark, as a quotation does (a stop or a comma, then
    the mark and no lower-case letter) and somebody speaks in them in the first or second
    person: else it is a closing mark glued to narration (“… win."Police said …”, “…
    toilet?"However, he is hopeful that things will change."Our youth …”)."""
    closes = {s.close for s in spans if s.close is not None}
    opens = {s.open for s in spans}
    found = set()
    for m in _STRAIGHT_GLUED.finditer(text):
        q = m.start()
        if q not in closes:
            continue
        r = text.find('"', q + 1)
        if r < 0 or text[r - 1] not in ".!?," or text[r + 1 : r + 2].islower() or (
                "\n" in text[q:r]) or not _SPOKEN.search(text, q, r) or (
                _INNER_GLUE.search(text, q + 1, r)):  # (one paragraph's words, no more)
            continue
        if (r not in opens and r not in closes) or (  # (a mark nothing pairs)
                r in opens and text[r + 1 : r + 2].isupper()):  # (the next part's opening)
            found.add(q)
    return found


_STRAIGHT_GLUED = re.compile(r'(?<=[.!?])"(?=[A-Z])')
_INNER_GLUE = re.compile(r"[a-z0-9)][.!?][A-Z]")


def _reopen(text: str, spans: list[QuoteSpan], marks: set[int]) -> list[QuoteSpan]:
    """``spans`` with each of ``marks`` (see ``_reopenings``) read as the opening of the
    next paragraph's part of the quotation: the part before is left open at its
    paragraph's end, the part after runs to the next mark; nothing else is paired anew."""
    if not marks:
        return spans
    out = list(spans)
    chain = max((s.chain for s in spans), default=-1) + 1
    for q in sorted(marks):
        k = next(i for i, s in enumerate(out) if s.close == q)
        r = text.find('"', q + 1)
        s = out[k]
        out[k] = QuoteSpan(s.open, None, s.start, s.end, s.para,
                           s.chain if s.chain >= 0 else chain, True)
        nxt = next((i for i, t in enumerate(out) if t.open == r), None)
        if text[r + 1 : r + 2].isupper() and nxt is not None:
            # (“…happen."I would … we will."But I want …": the next part opens there too)
            out.append(QuoteSpan(q, None, q + 1, r, s.para, out[k].chain, True))
            t = out[nxt]
            out[nxt] = QuoteSpan(t.open, t.close, t.start, t.end, t.para, out[k].chain,
                                 t.reopened)
        else:  # (“…tracks."We've got one chance with this." Police …”)
            out = [t for t in out if t.open != r]
            out.append(QuoteSpan(q, r, q + 1, r, s.para, out[k].chain))
        chain += 1
    return sorted(out, key=lambda t: t.open)
# somebody speaking in the first or second person: a quotation's words, not narration's
# (“…toilet?"However, he is hopeful that things will change."Our youth …”)
_SPOKEN = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|[Ww]e|[Ww]e've|[Ww]e’ve|[Ww]e're|"
                     r"[Ww]e’re|[Mm]y|[Oo]ur|[Uu]s|[Mm]e|[Yy]ou|[Yy]our)\b")


# A word glued to the next where a scraper dropped the blanks around a link's words (“Menteri
# Keamanan EkonomiJepangKimi Onodamenjadi …”, “Abdul Muhaimin Iskandar atauCak Iminmenyebut”,
# “ujarAnies”): a lower-case letter, then a capital and a lower-case letter, in a word the
# text writes once (a brand written so is written so again: “TikTok”, “NasDem”). Not
# after the heads of names written so (“McDonald”, “DeSantis”, “MacArthur”), a single
# letter (“iPhone”, “eFishery”) or a handle's or a link's marks.
# (the pattern opens with the capital, the rarer letter, and looks behind it: the search
# skips from capital to capital; opening with the lower-case letter, it is tried at nearly
# every letter of the text, twice as slow)
_CAMEL = re.compile(r"[A-Z](?<=[a-z][A-Z])[a-z]")
_LETTERS = re.compile(r"[A-Za-z]+")
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_CAMEL_POINT = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
_TAIL = re.compile(r"[A-Z][a-z]+")
_NAME_HEADS = frozenset("mc mac van von del della dal des der den di du de la le fitz san "
                        "santa da dos das al el ibn bin".split())


def word_glue_points(text: str, language: str = "en") -> list[tuple[int, bool]]:
    """Offsets of ``text`` before which a blank between two glued words was lost (see
    ``_CAMEL``), each with whether a paragraph's end was lost there instead: a capitalised
    word glued to the last word of a crosshead or of a link's headline, a verb or a stop
    after it (“Kelompok John KeiYudho berujar”, “Bicara New NormalAnis: …”), not a name
    going on (“EkonomiJepangKimi Onoda”). None when the text has only one such word (a
    typing slip, a brand)."""
    found = [(a, word) for a, word in _camel_words(text)
             if text[a - 1 : a] not in ("@", "#", "/", "_", "-", "\\")]
    if not found:
        return []
    seen = Counter(word for _, word in found)
    if language != "id" and not any(word[0].islower() for _, word in found if seen[word] == 1):
        return []  # (in English only a word that opens in lower case is cut: “saidTrump”)
    # every word the text writes: a capitalised one written on its own (“Kimi”), a
    # lower-case one (“menjadi”)
    words = _letter_words(text)
    out = _verbs_glued(text, words) if language == "id" else []
    for start, word in found:
        if seen[word] > 1:
            continue
        last = 0
        points = [g.start() for g in _CAMEL_POINT.finditer(word)]
        for at in points:
            head, last = word[last:at], at
            if len(head) < 2 or (head[0].isupper() and (
                    language != "id"  # (English: a brand, “HarperCollins”, “BlackRock”)
                    or len(head) < 3 or head.lower() in _NAME_HEADS
                    or not (head in words or head.lower() in ROLE_WORDS))):
                continue  # (a capitalised head the text writes on its own too, or an
                # office: “Jepang”, “Gubernur”; not a brand's first half, “HarperCollins”)
            tail = _TAIL.match(word, at)
            if tail is None or not any(tail.group()[:n] in words
                                       for n in range(3, len(tail.group()) + 1)):
                continue  # (the word after the glue is written on its own elsewhere, or
                # begins so: “GubernurKhofifahmenyerukan” … “Khofifah”; not a brand's
                # halves, “CyberScoop”, “WebSockets”)
            if text.count(word[at - len(head) : at + 2]) > 1:
                continue  # (“TikToknya” beside “TikTok”)
            ends = (head[0].isupper() and at == points[-1]
                    and bool(_SENTENCE_GOES_ON.match(text, start + len(word)))
                    and _TITLE_WORD_BEFORE.search(text, max(0, start - 40), start) is not None
                    and not listed_given_name(head.lower())
                    and f"{head} {tail.group()}" not in text)
            # (a name the text also writes apart, “ClaudioEcheverri” … “Claudio Echeverri”,
            # gets a blank)
            out.append((start + at, ends))
    return sorted(out) if len(out) >= 2 else []


def _letter_words(text: str) -> set[str]:
    """``set(_LETTERS.findall(text))`` at half the cost (no match object a word): in UTF-8
    an ASCII letter is a byte of its own and every other character's bytes are no
    letters', so with every other byte made a blank the words are what ``split`` gives."""
    return set(text.encode("utf-8", "surrogatepass").translate(_BLANK_BUT_LETTERS)
               .decode("ascii").split())


_BLANK_BUT_LETTERS = bytes(b if chr(b) in _ASCII_LETTERS else ord(" ") for b in range(256))


def _camel_words(text: str) -> list[tuple[int, str]]:
    """Each word of ``text`` with a glue of ``_CAMEL`` in it, with where it starts (found
    at its glue points: a pattern for the whole word tried at every letter cost a long
    text tens of milliseconds)."""
    out: list[tuple[int, str]] = []
    end = -1
    for m in _CAMEL.finditer(text):
        p = m.start() - 1  # (the lower-case letter before the capital)
        if p < end:
            continue  # (the word's next glue point)
        a = p
        while a and text[a - 1] in _ASCII_LETTERS:
            a -= 1
        word = _LETTERS.match(text, a)
        assert word is not None
        end = word.end()
        out.append((a, word.group()))
    return out


def _verbs_glued(text: str, words: set[str]) -> list[tuple[int, bool]]:
    """Where a word the article writes in lower case was glued to the name before it, in
    an article whose scraper glued links' words (“Cak Iminmenyebut …”, “Kimi Onodamenjadi
    sorotan”): a capitalised word written once whose head the article writes on its own
    (“Imin”), four letters or more, and whose tail it writes on its own in lower case,
    three letters or more (“Hamdi” is no “Ham di”), or is a verb of the language
    (“menyebut”; not a name's end: “Danadiputra”)."""
    out = []
    runs = list(_CAP_RUN.finditer(text))
    seen = Counter(m.group() for m in runs)
    for m in runs:
        word = m.group()
        if seen[word] > 1:
            continue  # (written more than once: a name's own end, “Simanjuntak”)
        for cut in range(len(word) - 3, 3, -1):
            head, tail = word[:cut], word[cut:]
            if head in words and head.lower() not in words and (tail in words or (
                    len(tail) >= 6 and tail.startswith(_VERB_HEADS) and derived(tail)
                    and not tail.endswith(_NAME_ENDINGS))):
                # (not a word of the language opening a sentence: “Padahal”, “Pada hal”)
                out.append((m.start() + cut, False))
                break
    return out


# a capitalised word, maybe glued to a lower-case one (“Iminmenyebut”)
_CAP_RUN = re.compile(r"[A-Z][a-z]{6,}")
_VERB_HEADS = ("me", "ber", "di", "ter")


# after a crosshead's or a headline's last word and the glued word: a lower-case word (a
# verb: “KeiYudho berujar”) or a colon (“NormalAnis: …”); before it, the headline's words
_SENTENCE_GOES_ON = re.compile(r"[ \t]+[a-z]|:")
_TITLE_WORD_BEFORE = re.compile(r"(?<![\w'’\-])[A-Z][a-z]*[ \t]+[A-Z][a-z]*[ \t]+$")  # (two)




def _lost(at: list[int], paras: list[tuple[int, int]]) -> list[int]:
    """The glue points of the paragraphs that have two or more: breaks a scraper lost (one
    alone in a paragraph is more likely a typing slip, a sentence's end without its blank)."""
    starts = [a for a, _ in paras]
    where = [bisect_right(starts, q) - 1 for q in at]
    many = {p for p in where if where.count(p) > 1}
    return [q for q, p in zip(at, where, strict=True) if p in many]


#: the last few texts unglued (suggest, the speaker of a selection, its options: one text)
_KEEP = 4
_done: OrderedDict[str, Unglued | None] = OrderedDict()


def unglue(text: str, language: str = "en") -> Unglued | None:
    """``text`` with the paragraph breaks a scraper lost put back, or None when it lost
    none. (English texts; an Indonesian one gets a break after each photo credit glued to
    the next sentence: ``captions.credit_breaks``.)"""
    if text in _done:
        _done.move_to_end(text)
        return _done[text]
    found: Unglued | None = None
    at: list[int] = []
    spans: list[QuoteSpan] | None = None
    reopened: set[int] = set()
    if language == "id":
        at = credit_breaks(text)
    elif _ANY_GLUE.search(text):
        paras = paragraphs(text)
        spans = _unhidden(text, paras, quotes_in(text, paras))
        reopened = _reopenings(text, spans) if '"' in text else set()
        at = _lost(sorted({q - 1 if q - 1 in reopened else q
                           for q in glue_points(text, spans)}), paras)
    words = word_glue_points(text, language)
    if at or words:
        if spans is None:
            spans = quotes_in(text, paragraphs(text))
        sep = "\n\n" if language == "id" or "\n\n" in text or re.search(
            r"\n[ \t]*\n", text) else "\n"  # (a credit's words run on over one \n)
        breaks = sorted([(q, sep) for q in at]
                        + [(q, sep if ends else " ") for q, ends in words if q not in at])
        pieces, shift, last = [], [0], 0
        for q, put in breaks:
            pieces += [text[last:q], put]
            shift.append(shift[-1] + len(put))
            last = q
        pieces.append(text[last:])
        fixed = "".join(pieces)
        new_paras = paragraphs(fixed)
        found = Unglued(fixed, [q for q, _ in breaks], shift, [], new_paras)
        para_starts = [a for a, _ in new_paras]
        spans = _reopen(text, spans, reopened & set(at))
        moved = []
        for s in spans:
            open_ = found.new(s.open)
            moved.append(QuoteSpan(
                open_, found.new(s.close) if s.close is not None else None,
                found.new(s.start), found.new(s.end, end=True),
                bisect_right(para_starts, open_) - 1, s.chain, s.reopened))
        found = found._replace(spans=moved)
    _done[text] = found
    while len(_done) > _KEEP:
        _done.popitem(last=False)
    return found


def read_unglued(fixed_text: str) -> Unglued | None:
    """What ``unglue`` gave for a text it gave (None for any other): the stored text's
    quotations and the paragraphs, read there already."""
    for found in reversed(_done.values()):
        if found is not None and found.text == fixed_text:
            return found
    return None


def forget() -> None:
    _done.clear()
