"""The quick paths of finding quotations give what the plain ones they replace gave (they
were rewritten for speed: the quote trail finds the quotations of every article it takes
in). Each test keeps the plain code as the oracle and compares on generated text made of
the pieces that matter (every quote mark, apostrophes inside and beside words, blanks,
line breaks, stops), and on every labelled real text.
"""

import re
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.quotes import engine, marks
from reader.core.quotes.attribution import Attribution
from reader.core.quotes.engine import Candidate, _accept, sure_quote_spans
from reader.core.quotes.marks import DOUBLE, SINGLE, find_quotes, paragraphs

REAL = Path(__file__).resolve().parent / "data" / "quotes_real"

PIECES = st.sampled_from(
    list(DOUBLE + SINGLE) + [
        " ", "  ", "\t", "\n", "\n\n", "\n \n", "\u00a0", "\u2028", "\r", ". ", ", ", ": ",
        "!", "?", "…", "(", ")", "—", "-", "/", "s", "s ", "5", "90s", "x", "Kata", "kata",
        "don't", "Mi’raj", "Jum’at", "rock ’n’ roll", "l'", "ujar dia", "said", "ujarnya",
        "Kami akan datang", "known as", "KNOWN AS", "dubbed", "aſ", "İ", "ı", "that", "bahwa",
        "Night of the Living Dead", "PROTEST TAKE OUR"])
TEXT = st.lists(PIECES, max_size=50).map("".join)


def test_blanks_of_the_patterns_are_what_isspace_says():
    """``\\s`` in the quick patterns stands for ``str.isspace`` of the plain code."""
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    assert re.findall(r"\s", every) == [c for c in every if c.isspace()]


def _plain_paired(text, paras):
    """Every mark of a kind in a paragraph paired (no mark skipped), then sorted; a paragraph
    with doubled single marks (‘’ ’’ '') paired as ``marks._with_doubled`` pairs them."""
    doubled = marks._doubled(text, paras)
    found = []
    for p, (lo, hi) in enumerate(paras):
        if doubled is not None and doubled.within(lo, hi):
            double = [m.start() for m in marks._MARK_RE[DOUBLE].finditer(text, lo, hi)]
            every = sorted(double + [m.start()
                                     for m in marks._MARK_RE[SINGLE].finditer(text, lo, hi)])
            found.extend(marks._with_doubled(text, lo, hi, every, double, p, doubled))
            continue
        mine = []
        for kind in (DOUBLE, SINGLE):
            at = [m.start() for m in marks._MARK_RE[kind].finditer(text, lo, hi)]
            mine.extend(marks._scan(text, lo, hi, at, p))
        # (a single mark's span, no doubled pair, gives way to the double marks' quotations:
        # left open inside the paragraph with one opening after it, or closed with two or
        # more inside it: marks._without_stray_single)
        mine.sort(key=lambda s: s.open)
        while True:
            single = [s for s in mine if text[s.open] in SINGLE
                      and not (s.open + 1 < len(text) and text[s.open + 1] in SINGLE)]
            double = [t for t in mine if text[t.open] in DOUBLE]
            stray = [s for s in single if (
                s.close is None and s.open != lo and any(t.open > s.open for t in double)
            ) or (s.close is not None and sum(
                s.open < t.open and t.close is not None and t.close < s.close
                for t in double) >= 2)]
            if not stray:
                break
            mine.remove(stray[0])
        found.extend(mine)
    found.sort(key=lambda s: (s.open, -s.outer_end))
    kept = []
    for s in found:
        if kept and s.open < kept[-1].outer_end:
            continue
        kept.append(s)
    return kept


def _plain_sure(text):
    """``sure_quote_spans`` as it was: every span tried as ``_accept`` reads a Candidate,
    with and without a speech verb, before and after."""
    if not text or not text.strip():
        return []
    uncued, cued = Attribution(), Attribution(explicit=True)

    def alike(span, how, opens):
        if _accept(text, Candidate(span, uncued, how, opens)) > 0:
            return True
        if _accept(text, Candidate(span, cued, how, opens)) <= 0:
            return False
        return None

    paras = paragraphs(text)
    kept = []
    for s in find_quotes(text):
        lo = paras[s.para][0]
        before = engine._sentence_like(text, s, lo, "before")
        after = engine._sentence_like(text, s, lo, "")
        if alike(s, "before", before) and (after == before or alike(s, "after", after)):
            kept.append(s)
    return kept


@settings(max_examples=1500, deadline=None)
@given(TEXT)
def test_marks_found_in_one_pass_pair_as_every_mark_did(text):
    paras = paragraphs(text)
    assert marks._paired(text, paras) == _plain_paired(text, paras)


def _plain_marks_at(text):
    """What ``marks._marks_at`` replaced: the one-pass pattern's marks, and a search for
    two single marks side by side."""
    return ([m.start() for m in marks._MARK_AT.finditer(text)],
            bool(marks._DOUBLED.search(text)))


@settings(max_examples=1500, deadline=None)
@given(TEXT)
def test_marks_looked_up_one_by_one_are_what_the_pattern_finds(text):
    assert marks._marks_at(text) == _plain_marks_at(text)


def test_marks_looked_up_at_the_edges_and_side_by_side():
    texts = ["", "'", "''", "x'", "'x", "a'b", "a''b", " ‘’ ", "“", "don’t ‘x’ ''y''",
             "‚‹›«»„‟", "’90s", "l'", "a\u2028'b", "'\n'", "x''''y", "‘‘Kami,’’ kata"]
    for text in texts:
        assert marks._marks_at(text) == _plain_marks_at(text), text
    assert marks._marks_at("don’t ‘x’") == ([6, 8], False)  # (not the apostrophe at 3)
    assert marks._marks_at("‘‘Kami,’’ kata")[1]


@settings(max_examples=800, deadline=None)
@given(TEXT)
def test_sure_spans_are_what_trying_every_reading_gives(text):
    assert sure_quote_spans(text) == _plain_sure(text)


def _named_phrases():
    """Every phrase ``_NAMED_AS`` lists, an optional last letter both ways."""
    pattern = engine._NAMED_AS.pattern
    alternatives = pattern[pattern.index("(?:") + 3 : pattern.index(")")].split("|")
    out = []
    for alt in alternatives:
        out += [alt[:-2], alt[:-1]] if alt.endswith("?") else [alt]
    return out


def test_named_as_looks_for_every_phrase():
    """The quick look before the search leans on each phrase ending with a letter (as the
    pattern reads a letter without case, only letters match it); then every phrase, in
    any case, before any mark, is found as the pattern finds it."""
    phrases = _named_phrases()
    assert len(phrases) > 10 and all(re.fullmatch(r"[a-z][a-z ]*[a-z]", p) for p in phrases)
    for phrase in phrases:
        for written in (phrase, phrase.upper(), phrase.title()):
            for blanks in ("", " ", " \t ", "\n", " \n", "\n\n", ", "):
                for mark in DOUBLE + SINGLE:
                    text = f"the one {written}{blanks}{mark}Jalan Seribu Tikungan"
                    at = text.index(mark, len("the one ") + len(written))
                    found = bool(engine._NAMED_AS.search(text, max(0, at - 30), at))
                    assert engine._named_as(text, at) == found, text
                    assert found == (blanks in ("", " ", " \t ", "\n", " \n")), text


@settings(max_examples=800, deadline=None)
@given(st.lists(PIECES | st.sampled_from(_named_phrases()), max_size=12).map("".join),
       st.sampled_from(DOUBLE + SINGLE))
def test_named_as_is_the_pattern_searched_over_the_window(before, mark):
    text = before + mark + "Jalan Seribu Tikungan"
    at = len(before)
    assert engine._named_as(text, at) == bool(
        engine._NAMED_AS.search(text, max(0, at - 30), at))


def test_on_every_labelled_text():
    texts = sorted(REAL.glob("*/*.txt"))
    assert len(texts) > 500
    spans = 0
    for path in texts:
        text = path.read_text(encoding="utf-8")
        paras = paragraphs(text)
        paired = marks._paired(text, paras)
        assert paired == _plain_paired(text, paras), path.name
        assert marks._marks_at(text) == _plain_marks_at(text), path.name
        assert sure_quote_spans(text) == _plain_sure(text), path.name
        spans += len(paired)
    assert spans > 3000


def test_doubled_single_marks_are_found_in_linear_work(monkeypatch):
    """R21-7: each paragraph with a doubled pair (‘‘…’’) once read every doubled mark of the
    whole text, so a 600 KB transcript took 13 s. Each paragraph now reads only its own."""
    read = [0]

    class Counted(list):
        def __iter__(self):
            for i in super().__iter__():
                read[0] += 1
                yield i

    found_doubled = marks._doubled

    def counted(text, paras):
        d = found_doubled(text, paras)
        if d is not None:
            d.at = Counted(d.at)
        return d

    monkeypatch.setattr(marks, "_doubled", counted)
    n = 2000
    text = "\n\n".join(f"‘‘Kami siap nomor {i},’’ kata Budi." for i in range(n))
    spans = find_quotes(text)
    assert len(spans) == n
    assert read[0] <= 4 * n  # (was n × 2n: every paragraph over all 4,000 marks)
