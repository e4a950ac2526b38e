"""Find quoted spans: pair quote marks per paragraph, then link multi-paragraph quotes.

Double marks (“ ” " „ « ») and single marks (‘ ’ ' ‹ ›) are paired in separate passes so
that an apostrophe (Mi’raj, don't) never swallows a real quotation; spans nested inside
another span are dropped, leaving only the outermost quotation.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Final

from .lexicon import EN_VERBS, FIRST_PERSON, ID_POST_VERBS, ID_SUBJECT_VERBS

DOUBLE: Final = "\"“”„«»‟"
SINGLE = "'‘’‚‹›"
_CLOSERS: Final = {
    "“": "”“\"",
    "”": "”\"",
    '"': "\"”“",
    "„": "“”\"",
    "‟": "”\"",
    "«": "»",
    "»": "«",
    "‘": "’'",
    "'": "'’",
    "‚": "‘’",
    "‹": "›",
    "’": "’'",
}
_OPEN_BEFORE = set(" \t\n([{—–-/:") | set(DOUBLE) | set(SINGLE)
_CLOSE_AFTER = set(" \t\n,.;:!?)]}—–-…") | set(DOUBLE) | set(SINGLE)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_LETTERS: Final = re.compile(r"[a-z]+")
_TRIM_TAIL: Final = " \t\n,"
_MARK_RE = {marks: re.compile(f"[{re.escape(marks)}]") for marks in (DOUBLE, SINGLE)}
# the marks that may open or close a quotation, found in one pass: every double mark, and
# every single mark but an apostrophe inside a word (“don't”, “Mi’raj”, “Jum’at”), which
# can do neither (``_can_open`` wants a blank or an opening character before it,
# ``_can_close`` a blank or a closing character after it; a mark at a paragraph's edge has
# a blank beside it). The pattern opens with the marks, so the search skips to them in C.
# (``\s`` is what ``str.isspace`` says: tests/test_quotes_marks_fast.py)
_MARK_AT = re.compile(
    "[{marks}](?:(?<=[{loud}])|(?<!..)|(?<=[\\s{ob}].)|(?![^\\s{ca}]))".format(
        marks=re.escape(DOUBLE + SINGLE),
        loud=re.escape(DOUBLE + "‚‹›"),
        ob=re.escape("".join(sorted(_OPEN_BEFORE - set(" \t\n")))),
        ca=re.escape("".join(sorted(_CLOSE_AFTER - set(" \t\n"))))))


@dataclass
class QuoteSpan:
    """One quoted stretch; ``open``/``close`` are mark offsets, ``start``/``end`` the words."""

    open: int
    close: int | None  # None when the quote runs to the end of its paragraph
    start: int
    end: int
    para: int  # index into the paragraph list
    chain: int = -1  # shared by the parts of one multi-paragraph quotation
    reopened: bool = False  # cut short by the next part's opening mark (“…. "Next …”)

    @property
    def outer_end(self) -> int:
        return self.close + 1 if self.close is not None else self.end


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty paragraph: blank-line blocks, else single lines.
    A blank-line block whose lines are long (one over ``_PROSE_LINE`` characters: no
    hard-wrapped paragraph has such a line) is a run of paragraphs, one a line: a title,
    a blank line, then the body's paragraphs one a line, as scrapers store articles."""
    sep = _BLANK_LINE if _BLANK_LINE.search(text) else None
    out: list[tuple[int, int]] = []
    pos = 0
    for m in sep.finditer(text) if sep is not None else ():
        _lines_or_block(text, pos, m.start(), out)
        pos = m.end()
    if sep is None:
        for m in _NEWLINE.finditer(text):
            out.append((pos, m.start()))
            pos = m.end()
        out.append((pos, len(text)))
    else:
        _lines_or_block(text, pos, len(text), out)
    result = []
    for a, b in out:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            result.append((a, b))
    return result


_NEWLINE = re.compile(r"\n")
#: a line this long is prose, never one of a hard-wrapped paragraph's lines
_PROSE_LINE: Final = 150


def _lines_or_block(text: str, lo: int, hi: int, out: list[tuple[int, int]]) -> None:
    """The block text[lo:hi] as one paragraph, or one a line when it is long lines and not
    a hard-wrapped paragraph (one with a long line in it: a link, a table's row); a line
    the next one goes on from (``_runs_on``) is no paragraph's end."""
    nl = text.find("\n", lo, hi)
    lines = text[lo:hi].split("\n") if nl >= 0 else []
    if not any(_prose_length(line) > _PROSE_LINE for line in lines) or _hard_wrapped(lines):
        out.append((lo, hi))
        return
    start = at = lo
    for line, after in zip(lines, lines[1:], strict=False):
        at += len(line)
        if not _runs_on(line, after):
            out.append((start, at))
            start = at + 1
        at += 1
    out.append((start, hi))


# a run of 40 characters with no blank: a link, not prose
_LONG_TOKEN = re.compile(r"\S{40,}")


def _prose_length(line: str) -> int:
    """The line's length without its links."""
    return len(_LONG_TOKEN.sub("", line)) if len(line) > _PROSE_LINE else len(line)


_SENTENCE_END = tuple(".!?\"”’')]:;…")
# the page's own lines between paragraphs (“Baca juga: …”, “ADVERTISEMENT”)
_FURNITURE: Final = re.compile(
    r"\s*(?:baca juga|read more|related|advertisement|scroll to continue)\b", re.I)


def _runs_on(line: str, after: str) -> bool:
    """Does the paragraph go on past this line into ``after``: a sentence broken off
    (no end mark, the next line in lower case: “… serangan balik” / “cepat Persija …”, “…
    on time and safely,"” / “said council leader …”)? (A quotation left open and closed in
    the next line is two paragraphs, as the labels have it: ``quotes_in`` chains them.)"""
    head = after.lstrip()
    return bool(head) and head[0].islower() and not (
        line.rstrip().rstrip("\"”’'").endswith((".", "!", "?", "…")))


def _hard_wrapped(lines: list[str]) -> bool:
    """Lines cut at a width: three or more short ones before the last (the long ones and
    the page's furniture aside), four in five of them 40 to 100 characters long and
    ending inside a sentence (or before a line in lower case), or three in five 55 to 80
    characters long whatever they end with."""
    body = [(line, after) for line, after in zip(lines, lines[1:], strict=False)
            if len(line) <= _PROSE_LINE and not _FURNITURE.match(line)]
    cut = sum(40 <= len(line) <= 100 and (not line.rstrip().endswith(_SENTENCE_END)
                                          or after.lstrip()[:1].islower())
              for line, after in body)
    band = sum(55 <= len(line) <= 80 for line, _after in body)
    return len(body) >= 3 and (cut * 5 >= len(body) * 4 or band * 5 >= len(body) * 3)


def _can_open(text: str, i: int, lo: int, hi: int) -> bool:
    ch = text[i]
    if ch in "«„‚‹":
        return i + 1 < hi and not text[i + 1].isspace()
    before_ok = i == lo or text[i - 1] in _OPEN_BEFORE or text[i - 1].isspace()
    if ch == "“" and before_ok:
        # an opening mark only; converted pages leave a space after it (“ Insyaallah , …)
        return i + 1 < hi and (not text[i + 1].isspace() or text[i + 1 : i + 3].strip() != "")
    after_ok = i + 1 < hi and not text[i + 1].isspace()
    if ch in "'’" and after_ok and (text[i + 1].isdigit() or (
            text[i + 1] == "s" and (i + 2 >= hi or not text[i + 2].isalpha()))):
        return False  # “Kourtney 's former partner” (a possessive set off), “the '90s”
    return before_ok and after_ok


def _can_close(text: str, i: int, lo: int, hi: int) -> bool:
    if text[i] == "»":
        return i > lo and not text[i - 1].isspace()
    before_ok = i > lo and not text[i - 1].isspace()
    after_ok = i + 1 >= hi or text[i + 1] in _CLOSE_AFTER or text[i + 1].isspace()
    return before_ok and after_ok


def _glued_open(text: str, i: int, lo: int, hi: int) -> bool:
    """A double mark glued to the end of the previous sentence in scraped text
    (`…Indonesia."Saya masih …`, or after a comma a dropped link left: `karyawan. ,"Jadi
    …`, or after a photo's credit: `…(AP Photo/Yousef Murad)"This scheme …`): an opening
    when a capital or a digit follows, or a bracket and a capital (the writer's words put
    in: `…spoke."[The plan] is dead,"`). Newsrooms that open with a closing curly mark
    (`tangan. ”Kami …,” kata Budi`, which ``_can_open`` takes) glue it on too
    (`…tangan.”Kami …,” kata Budi`): after a stop, when the paragraph's next double mark
    can close it."""
    if not lo < i < hi - 1:
        return False
    ch, before, after = text[i], text[i - 1], text[i + 1]
    if after == "[" and i + 2 < hi and before in ".!?":
        after = text[i + 2]
    if ch in "\"“":
        return ((before in ".!?,)" and (after.isupper() or after.isdigit()))
                # a sentence glued on without its full stop: `… tahun 1997"Kita harusnya …`
                or (before.isalnum() and after.isupper()))
    if ch != "”" or before not in ".!?" or not (after.isupper() or after.isdigit()):
        return False
    nxt = _MARK_RE[DOUBLE].search(text, i + 1, hi)
    return nxt is not None and text[nxt.start()] in "”\"" and (
        _can_close(text, nxt.start(), lo, hi) or _glued_close(text, nxt.start(), lo, hi))


def _spaced_open(text: str, i: int, lo: int, hi: int) -> bool:
    """A straight double mark set off by a blank from the words it opens, after a
    sentence's end (`…," ucapnya. " Udah selesai, … clear di situ," tutupnya.`): an opening
    when a capital or a digit follows the blank and the paragraph's next double mark can
    close it. (A closing mark set off the same way is ``_spaced_close``: it only comes
    while a quotation is open.) Some regional newsrooms open a paragraph's quotation with
    a closing curly mark and a blank (`” kita berharap …,” kata Varial.`): that too, at
    the paragraph's start only, when a letter follows the blank and the next double mark
    closes it."""
    if text[i] == "”" and i + 2 < hi and text[i + 1] == " " and text[i + 2].isalpha():
        inside = i > lo + 1 and text[i - 1] == " " and text[i - 2] in ".!?"
        if i != lo and not inside:
            return False
        nxt = _MARK_RE[DOUBLE].search(text, i + 3, hi)
        if nxt is None or text[nxt.start()] not in "”\"" or not (
                _can_close(text, nxt.start(), lo, hi) or _spaced_close(text, nxt.start(), lo, hi)):
            return False
        if i == lo:
            return True
        # after a sentence inside the paragraph: only when a speech verb follows the
        # closing mark (`… jadi CPNS. ” Beda jalur umum …, ” Ujarnya`)
        after = nxt.end() + (text[nxt.end() : nxt.end() + 1] == " ")
        verb = _LETTERS.match(text[after : after + 24].lower())
        return _id_post_verb(verb.group() if verb else "")
    if not (text[i] == '"' and i + 2 < hi and text[i + 1] == " "
            and (text[i + 2].isupper() or text[i + 2].isdigit())):
        return False
    k = i - 1
    while k >= lo and text[k] in " \t":
        k -= 1
    if k >= lo and (k == i - 1 or text[k] not in ".!?:"):
        return False  # glued to a word, or after one: not a sentence's opening
    # the next double mark closes it (`ujarnya. " Dia mengatakan … "Salah satu …"`: a
    # stray closing mark, the next one opens a quotation of its own)
    nxt = _MARK_RE[DOUBLE].search(text, i + 3, hi)
    return nxt is not None and _can_close(text, nxt.start(), lo, hi)


def _glued_close(text: str, i: int, lo: int, hi: int) -> bool:
    """A closing double mark glued to the next word (`…pulang."Joaquin lalu …`,
    `…sakit,"kata dia`): punctuation before it, a letter after it."""
    return (
        text[i] in "\"”" and lo < i and i + 1 < hi
        and text[i - 1] in ".,!?" and text[i + 1].isalpha()
    )


def _spaced_close(text: str, i: int, lo: int, hi: int) -> bool:
    """A closing double mark set off by a space after the quotation's last stop, as some
    newsrooms write it (`… terus berlanjut. " CAFMO 2023 …`, `… nasabah captive, "ujar
    dia`): a blank, the end of the paragraph or the lower-case attribution after it."""
    if not (text[i] in "\"”" and lo + 1 < i and text[i - 1] == " " and text[i - 2] in ".,!?"):
        return False
    if i + 1 >= hi or text[i + 1] in " \t":
        return True
    verb = _LETTERS.match(text, i + 1, hi)  # glued on: only a speech verb (not a title's
    word = verb.group().lower() if verb else ""  # “A Most Violent Year, ”out on Dec. 31”)
    return word in EN_VERBS or _id_post_verb(word)


def _id_post_verb(word: str) -> bool:
    """An Indonesian speech verb written after a quotation, alone or with “-nya”
    (“kata”, “ujarnya”); ``word`` in lower case."""
    return word in ID_POST_VERBS or (word.endswith("nya") and word[:-3] in ID_POST_VERBS)


def _inner(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1] in _TRIM_TAIL:
        b -= 1
    return a, b


_REOPEN_AFTER = re.compile(r"[.!?…]\s+$")


def _glued_reopen(text: str, i: int, hi: int) -> bool:
    """An opening curly mark glued to the stop of an open quotation's sentence, a capital
    after it (`…without passion.“We have called …”`): a quotation going on over paragraphs
    a scraper glued together, each part opening with a mark and only the last closing it.
    The part before ends there (a curly opening mark closes nothing)."""
    return (text[i] == "“" and i + 1 < hi and text[i - 1] in ".!?…"
            and (text[i + 1].isupper() or text[i + 1].isdigit()))


def _scan(text: str, lo: int, hi: int, at: list[int], para: int) -> list[QuoteSpan]:
    """Pair the marks at ``at`` (one kind, double or single, in the paragraph lo–hi)."""
    spans: list[QuoteSpan] = []
    pending: int | None = None
    for i in at:
        ch = text[i]
        if pending is not None and ch in _CLOSERS.get(text[pending], "") and (
            _can_close(text, i, lo, hi) or _glued_close(text, i, lo, hi)
            or _spaced_close(text, i, lo, hi)
        ):
            a, b = _inner(text, pending + 1, i)
            if a < b:
                spans.append(QuoteSpan(pending, i, a, b, para))
            pending = None
        elif ch in _CLOSERS and (
            _can_open(text, i, lo, hi) or (pending is None and (
                _glued_open(text, i, lo, hi) or _spaced_open(text, i, lo, hi)))
            or (pending is not None and _glued_reopen(text, i, hi))
        ):
            line = _line_end(text, pending, i) if pending is not None else i
            if pending is not None and line < i and text[line:i].strip():
                # (a quotation that opened its line and ended with it, never closed, and a
                # line of narration after it: “We will hire …\nThe plant makes …\n“…)
                a, b = _inner(text, pending + 1, line)
                if a < b:
                    spans.append(QuoteSpan(pending, None, a, b, para))
            elif pending is not None and (_REOPEN_AFTER.search(text, pending, i)
                                          or _glued_reopen(text, i, hi)):
                # “said: "Every day counts. "It is clear …"”: one quotation whose next
                # sentence opens again without the first being closed (paragraphs run
                # together); the first part ends where the next opens.
                a, b = _inner(text, pending + 1, i)
                if a < b:
                    spans.append(QuoteSpan(pending, None, a, b, para, reopened=True))
            pending = i
    if pending is not None:
        a, b = _inner(text, pending + 1, _line_end(text, pending, hi))
        if a < b:
            spans.append(QuoteSpan(pending, None, a, b, para))
    return spans


def _line_end(text: str, at: int, hi: int) -> int:
    """Where a quotation opened at ``at`` and never closed ends: the paragraph's end, or,
    in a paragraph of single lines (a page whose blank lines stood only between some
    blocks), the end of its line when it opened the line, the line ends a sentence and the
    next opens with a capital or a quote mark (`…on Monday.\n“We will hire … ready.\nThe
    plant makes …`); a line that ends mid-sentence goes on (text wrapped by width)."""
    if at == 0 or text[at - 1] != "\n":
        return hi
    end = text.find("\n", at, hi)
    if end < 0:
        return hi
    k = end
    while k > at and text[k - 1] in " \t":
        k -= 1
    nxt = text[end + 1 : end + 2]
    if text[k - 1 : k] in (".", "!", "?", "…") and (nxt.isupper() or nxt in DOUBLE + SINGLE):
        return k
    return hi


def _drop_nested(spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """The spans (in order of their opening marks: no two share one) not inside another."""
    kept: list[QuoteSpan] = []
    for s in spans:
        if kept and s.open < kept[-1].outer_end:
            continue
        kept.append(s)
    return kept


def _opening(span: QuoteSpan) -> int:
    return span.open


def find_quotes(text: str) -> list[QuoteSpan]:
    """All outermost quoted spans, in order, with multi-paragraph parts chained."""
    return quotes_in(text, paragraphs(text))


def quotes_in(text: str, paras: list[tuple[int, int]]) -> list[QuoteSpan]:
    """``find_quotes`` for a text whose ``paragraphs`` are known."""
    spans = _paired(text, paras)
    return _chained(text, paras, spans) if spans else []


#: the marks ``_MARK_AT`` takes wherever they stand (the single ones it may not take are
#: ' ‘ ’, the marks ``_DOUBLED`` reads)
_LOUD = frozenset(DOUBLE + "‚‹›")


def _marks_at(text: str) -> tuple[list[int], bool]:
    """The offsets ``_MARK_AT.finditer`` finds, in order, and whether ``_DOUBLED`` is in
    the text (two of ' ‘ ’ side by side). Each mark is looked for with ``str.find``: a
    pattern opening with a class of marks outside Latin-1 is tried at every character
    (≈ 6 ns each: 57 of the 80 ms of pairing the marks of 1,000 generated articles), the
    fast search skips to them. Only an apostrophe is asked ``_MARK_AT`` (is it beside a
    blank?); the rest it takes wherever they stand."""
    at: list[int] = []
    single: list[int] = []
    find = text.find
    for mark in DOUBLE + SINGLE:
        i = find(mark)
        if i < 0:
            continue
        found = at if mark in _LOUD else single
        while i >= 0:
            found.append(i)
            i = find(mark, i + 1)
    doubled = False
    if single:
        single.sort()
        match, before = _MARK_AT.match, -2
        for i in single:
            doubled = doubled or i == before + 1
            before = i
            if match(text, i):
                at.append(i)
    at.sort()
    return at, doubled


def _paired(text: str, paras: list[tuple[int, int]]) -> list[QuoteSpan]:
    """Every paragraph's marks paired, double and single marks apart, without the spans
    inside others, in order."""
    at, doubled_marks = _marks_at(text)
    if not at:
        return []
    doubled = _doubled(text, paras) if doubled_marks else None
    # (every mark lies in a paragraph: only blanks are outside them)
    starts = [a for a, _ in paras]
    found: list[QuoteSpan] = []
    j, marks = 0, len(at)
    while j < marks:
        p = bisect_right(starts, at[j]) - 1
        lo, hi = paras[p]
        k = bisect_left(at, hi, j)
        double = [i for i in at[j:k] if text[i] in DOUBLE]
        if doubled is not None and doubled.within(lo, hi):
            found += _with_doubled(text, lo, hi, at[j:k], double, p, doubled)
        elif len(double) == k - j:
            found += _scan(text, lo, hi, double, p)
        else:  # (each kind's spans come in the order of their opening marks)
            found += _without_stray_single(text, lo, sorted(_scan(text, lo, hi, double, p) + _scan(
                text, lo, hi, [i for i in at[j:k] if text[i] not in DOUBLE], p),
                key=_opening))
        j = k
    return _drop_nested(found)


def _without_stray_single(text: str, lo: int, spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """A paragraph's spans without a single mark's span left open to the paragraph's end
    inside it while a double mark's quotation opens after it: that mark was an apostrophe
    before a word (`Fans sang 'til dawn. "We are ready," Vale said.`, `rock 'n roll`) or a
    stray one, and as the outermost span it hid every quotation after it (which
    ``_chained`` then dropped with it: an open span inside a paragraph goes on only with a
    double mark). A single mark opening the paragraph may open a quotation that goes on
    in the next one, and stays. A single mark's span closed far on with two double marks'
    quotations or more inside it gives way to them too."""
    for n, s in enumerate(spans):
        if text[s.open] not in SINGLE or _double_mark(text, s.open):
            continue
        if s.close is None:
            if s.open != lo and any(text[t.open] in DOUBLE for t in spans[n + 1:]):
                return _without_stray_single(text, lo, spans[:n] + spans[n + 1:])
        elif sum(text[t.open] in DOUBLE and t.close is not None and t.close < s.close
                 for t in spans[n + 1:]) >= 2:
            # (closed by a possessive's mark far on, `… Fox News' newsletter`, it held two
            # double marks' quotations or more: `: ‘NEVER BACK DOWN’Deputy head … said.
            # "We are …," al-Arouri said. "We are ready …"`; one nested quotation may be
            # the single-mark quotation's own: `'He told me "no" twice,' she said`)
            return _without_stray_single(text, lo, spans[:n] + spans[n + 1:])
    return spans


#: two single marks side by side (‘’ ’’ '' ‘‘): some regional newsrooms' house style writes
#: them for double marks (`‘’Kami siap,’’ kata Bupati`), and some open with a double mark
#: and close with them, or the other way round (`”Ya sudah selesai,’’ ujar dia`, `‘’Kami
#: siap,” kata dia`)
_DOUBLED = re.compile("[‘’'][‘’']")


@dataclass
class _Doubled:
    """The doubled single marks of a text that open or close a quotation, by the offset of
    their first mark, and the text as the double marks' pass reads it: each such pair a
    straight double mark beside a blank (``' "'`` opening, ``'" '`` closing)."""

    opening: set[int]
    closing: set[int]
    view: str
    at: list[int]

    def within(self, lo: int, hi: int) -> bool:
        k = bisect_left(self.at, lo)
        return k < len(self.at) and self.at[k] < hi


def _doubled(text: str, paras: list[tuple[int, int]]) -> _Doubled | None:
    """The doubled single marks that open a quotation (a blank, an opening character or the
    paragraph's start before them, a word after them) or close one (a word or a stop before
    them, a blank, a closing character or the paragraph's end after them, or a speech
    verb's word glued on after a stop: ``,’’kata``); a pair inside a word (or a third mark
    beside it) is neither."""
    opening: set[int] = set()
    closing: set[int] = set()
    starts = [a for a, _ in paras]
    for m in _DOUBLED.finditer(text):
        i = m.start()
        p = bisect_right(starts, i) - 1
        if p < 0:
            continue
        lo, hi = paras[p]
        if i + 2 > hi or (i > lo and text[i - 1] in SINGLE) or (i + 2 < hi
                                                             and text[i + 2] in SINGLE):
            continue
        before_blank = i == lo or text[i - 1].isspace() or text[i - 1] in _OPEN_BEFORE
        after_blank = i + 2 == hi or text[i + 2].isspace() or text[i + 2] in _CLOSE_AFTER
        if before_blank and not after_blank:
            opening.add(i)
        elif after_blank and not before_blank:
            closing.add(i)
        elif not before_blank and text[i - 1] in ".,!?" and text[i + 2].isalpha():
            closing.add(i)  # glued to the attribution: `… sakit,’’kata dia`
    if not opening and not closing:
        return None
    view = list(text)
    for i in opening:
        view[i], view[i + 1] = " ", '"'
    for i in closing:
        view[i], view[i + 1] = '"', " "
    return _Doubled(opening, closing, "".join(view), sorted(opening | closing))


#: how far a mixed pair may reach over one quotation the double marks paired inside it (a
#: nested quotation: `‘‘Dia bilang "ya" kepada kami,” kata Budi`); two or more such
#: quotations inside it mean its opening mark is a stray one
_MIXED_REACH = 2000


def _with_doubled(text: str, lo: int, hi: int, at: list[int], double: list[int], para: int,
                  doubled: _Doubled) -> list[QuoteSpan]:
    """A paragraph's spans where doubled single marks stand for double marks: the double
    and single marks paired apart as everywhere (the single without the doubled), then the
    doubled marks paired as double marks with each other and with the double marks left
    unpaired (`”…’’`, `“…’’`, `‘’…”`). A double mark's quotation left open to the
    paragraph's end gives way to the one a doubled mark closes. A mixed pair never reaches
    back over two or more quotations the double marks paired between its marks, nor over one
    from further than ``_MIXED_REACH`` (a page scraped as one paragraph: a stray mark 16,000
    characters back, closed by a glued ``.’’Let``); one nested quotation stays inside it."""
    pairs = doubled.at[bisect_left(doubled.at, lo):bisect_left(doubled.at, hi)]
    inside = set(pairs) | {i + 1 for i in pairs}
    single = [i for i in at if text[i] not in DOUBLE and i not in inside]
    plain = _scan(text, lo, hi, double, para)
    used = {m for s in plain if s.close is not None for m in (s.open, s.close)}
    marks = sorted([i + 1 if i in doubled.opening else i for i in pairs]
                   + [i for i in double if i not in used])
    paired = sorted(used)
    mixed = []
    for s in _scan(doubled.view, lo, hi, marks, para):
        if s.open - 1 in doubled.opening:
            s.open -= 1  # (the quotation's opening mark is the pair's first)
        elif s.close is None or s.close not in doubled.closing:
            continue  # (double marks alone: paired as above)
        end = hi if s.close is None else s.close
        between = bisect_left(paired, end) - bisect_right(paired, s.open)
        if between >= 4 or (between and end - s.open > _MIXED_REACH):
            continue  # (a stray mark far back would swallow the quotations paired between)
        if s.close is not None and s.close in doubled.closing:
            s.close += 1  # (its closing mark is the pair's last: `…,’’ Galvin said` reads on
            #              after both marks, as `…,” Galvin said` does)
        mixed.append(s)
    gone = {s.open for s in mixed}
    return sorted([s for s in plain if s.close is not None or s.open not in gone]
                  + (_scan(text, lo, hi, single, para) if single else []) + mixed,
                  key=_opening)


def _chained(text: str, paras: list[tuple[int, int]], spans: list[QuoteSpan]
             ) -> list[QuoteSpan]:
    """The spans with the parts of each quotation that runs over paragraphs chained, and
    a span left open at its paragraph's end kept only where a quotation goes on."""
    starts_para = {paras[s.para][0]: s for s in spans if s.open == paras[s.para][0]}
    kept: list[QuoteSpan] = []
    extra: list[QuoteSpan] = []
    chain = 0
    for n, s in enumerate(spans):
        if s.reopened:
            if s.chain < 0:
                s.chain = chain
                chain += 1
            if n + 1 < len(spans):
                spans[n + 1].chain = s.chain
            kept.append(s)
            continue
        if s.close is None:
            nxt = paras[s.para + 1][0] if s.para + 1 < len(paras) else None
            follower = starts_para.get(nxt) if nxt is not None else None
            at_para_start = s.open == paras[s.para][0]
            if follower is None and _double_mark(text, s.open):
                follower = _closed_on_next_line(text, paras, s, spans, at_para_start)
                if follower is not None:
                    extra.append(follower)
            if follower is None and not (at_para_start and _double_mark(text, s.open)) \
                    and not _introduced_to_the_end(text, s) and not _ends_its_line(text, s, paras):
                continue
            if follower is not None:
                if s.chain < 0:
                    s.chain = chain
                    chain += 1
                follower.chain = s.chain
        kept.append(s)
    if extra:
        kept = sorted(kept + extra, key=lambda s: s.open)
    return kept


#: the longest quotation left open that ``_introduced_to_the_end`` keeps, in words
_LEFT_OPEN_WORDS = 120
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s*,\s*$")


def _introduced_to_the_end(text: str, s: QuoteSpan) -> bool:
    """A quotation opened inside its paragraph and never closed, which the writer (or a
    scraper that lost the closing mark) plainly introduced (`… he told the Press
    Association: “It is an enormously huge franchise …` to the paragraph's end; `… on
    trade problems. "We want to continue …`; `In a statement, the governor said, "The
    museum …`): a double mark after a sentence's stop, a colon, or a speech verb and a
    comma, opening a capitalised run of six words or more (at most ``_LEFT_OPEN_WORDS``)
    that takes the rest of the paragraph. A mark after any other word (`the so-called "reform
    …`) is a stray one, as before."""
    if text[s.open] not in "\"“„" or not (text[s.start].isupper() or text[s.start].isdigit()):
        return False
    words = text.count(" ", s.start, s.end) + 1
    if words < 6 or words > _LEFT_OPEN_WORDS:
        return False
    k = s.open - 1
    while k >= 0 and text[k] in " \t\n":
        k -= 1
    if k < 0 or k == s.open - 1:
        return False  # glued to what precedes it
    if text[k] in ".!?:":
        return True
    if text[k] != ",":
        return False
    verb = _WORD_BEFORE.search(text, max(0, k - 40), k + 1)
    word = verb.group(1).lower() if verb else ""
    return word in EN_VERBS or word in ID_SUBJECT_VERBS


def _ends_its_line(text: str, s: QuoteSpan, paras: list[tuple[int, int]]) -> bool:
    """A quotation of three words or more that ``_line_end`` ended at its line (it opened
    the line; lines of its paragraph follow it): `…the new line.\n“We will hire more
    people.\nThe plant makes …`."""
    return (s.open > 0 and text[s.open - 1] == "\n" and _double_mark(text, s.open)
            and "\n" in text[s.end : paras[s.para][1]]
            and text.count(" ", s.start, s.end) >= 2)


def _double_mark(text: str, i: int) -> bool:
    """A double mark at i, or a doubled single one (``_DOUBLED``: a quotation's spans
    open at such a pair's first mark)."""
    return text[i] in DOUBLE or (i + 1 < len(text) and text[i] in SINGLE
                                 and text[i + 1] in SINGLE)


# two words side by side, for a subject before a verb (“… Rahmat Bagja menyebut …”)
_WORD_PAIR = re.compile(r"(?=\b([^\W\d_][\w'’.\-]*)[ \t]+([a-z]+)\b)")
# how a line of narration opens after a quotation (“Sementara itu, …”, “Meanwhile, …”)
_NARRATION_OPENING = re.compile(
    r"(?:Sementara itu|Meanwhile|Separately|Menurut|According to|Di tempat terpisah)\b")
# pronouns that tell of someone's words before a verb (“Ia menyebut …”, “he said”)
_NARRATING = frozenset("ia dia beliau mereka he she they".split())
# … but not the speaker's own (“Kami menilai …”, “I said …”: words of the quotation)
_SPEAKING = FIRST_PERSON | frozenset(("you", "anda"))


def _tells_of_words(text: str, lo: int, hi: int) -> bool:
    """Does text[lo:hi] tell of someone's words: a name or a third person's pronoun right
    before a speech verb (“… Ketua Bawaslu Rahmat Bagja menyebut …”), or an opening that
    narration has (“Sementara itu, …”)?"""
    return bool(_NARRATION_OPENING.match(text, lo, hi)) or any(
        (pair[2] in EN_VERBS or pair[2] in ID_SUBJECT_VERBS)
        and (pair[1][:1].isupper() or pair[1].lower() in _NARRATING)
        and pair[1].lower() not in _SPEAKING
        for pair in _WORD_PAIR.finditer(text, lo, hi))


def _closed_on_next_line(text: str, paras: list[tuple[int, int]], s: QuoteSpan,
                         spans: list[QuoteSpan], whole: bool = False) -> QuoteSpan | None:
    """A quotation a scraper broke over a line break (`… ada beberapa peluang\nKami tidak
    punya faktor keberuntungan," ungkap Teco.`): the next line's first mark closes a
    quotation none of its own opened, after a stop or a comma, and each part has three
    words or more, eight in all; the next line's words up to that mark are the second
    part."""
    if s.para + 1 >= len(paras):
        return None
    lo, hi = paras[s.para + 1]
    m = _MARK_RE[DOUBLE].search(text, lo, hi)
    if m is None or not _can_close(text, m.start(), lo, hi) or any(
            t.para == s.para + 1 and t.open <= m.start() for t in spans):
        return None
    if text[lo : m.start()].rstrip()[-1:] not in ",.!?" or len(
            text[s.start : m.start()].split()) < 8 or min(
            len(text[s.start : s.end].split()), len(text[lo : m.start()].split())) < 3:
        return None  # (a title a page broke over two lines: “In the Loop:\nRepeat …”)
    if whole and (text[s.start : s.end].rstrip().endswith("?")
                  or _tells_of_words(text, lo, m.start())):
        return None  # (a quotation opening its paragraph (``whole``), never closed: not
        # an interviewer's question before the answer, nor a line of narration that tells
        # of someone's words before a quotation whose opening mark was lost: “…\nSementara
        # itu, Ketua Bawaslu Rahmat Bagja menyebut … . Kami sudah …,” kata Bagja.)
    a, b = _inner(text, lo, m.start())
    return QuoteSpan(lo, m.start(), a, b, s.para + 1, chain=-1) if a < b else None
