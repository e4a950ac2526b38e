"""The quick whole-article scans of the cast find exactly what the plain patterns they
replace found (they were rewritten for speed: a pattern opening with ``\\b`` or a
look-behind is tried at every offset of the text).

Each test keeps the plain pattern as the oracle and compares on generated text made of
the pieces that matter (speech verbs, capitalised names, digits, underscores, marks).
"""

import re
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.quotes import cast, names
from reader.core.quotes.cast import (
    _SPEECH,
    _UP,
    _WORD,
    Regions,
    _body_words,
    _lone_openers,
    _speech_verbs,
    _vouched_names,
)
from reader.core.quotes.lexicon import ID_POST_VERBS

PIECES = st.sampled_from(
    [" ", "  ", "\t", "\n", ". ", ", ", ": ", ";", "(", ")", "_", "5", "x", "é",
     "kata", "ujar", "katanya", "Kata", "KATA", "said", "Said", "says", "mengatakan",
     "Lalu", "Imam", "Gus", "Bu", "Bung", "Mr", "Mrs", "Karno", "Yahya", "Flynn",
     "PT", "CV", "Tbk", "Persero", "(Persero)", "(Projo)", "Waskita Karya", "Lavrov",
     "menambahkan", "juga", "pun", "Gede", "menyarankan", "the", "your", "@", "#"]
)
TEXT = st.lists(PIECES, max_size=40).map("".join)

_OLD_VOUCHED = re.compile(
    r"\b(?:" + "|".join(sorted(ID_POST_VERBS)) + rf")\s+([{_UP}][a-zà-ÿ]+)\b(?=\s*[,.]|\s+[a-z])"
)
_OLD_LONE = re.compile(
    rf"(?:^|(?<=[.:;,])[ \t]+|(?<=\n))([{_UP}][a-zà-ÿ]{{2,}})[ \t]+([a-zà-ÿ][\w’']*)", re.M
)
_OLD_BODY = re.compile(
    rf"\(([{_UP}][\w.&\-]*)\)|\b(?:PT|CV|Tbk|Persero)\.?\s+((?:[{_UP}][\w&\-]*\s*){{1,3}})"
)


def _old_body_words(text):
    defined, companies = set(), set()
    for m in _OLD_BODY.finditer(text):
        if m.group(1):
            defined.add(m.group(1))
        else:
            companies.update(m.group(2).split())
    return defined, companies


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_speech_verbs_are_the_words_a_walk_over_every_word_finds(text):
    walk = [(m.start(), m.group()) for m in _WORD.finditer(text)
            if m.group().lower() in _SPEECH]
    assert _speech_verbs(text, Counter(_WORD.findall(text))) == walk


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_vouched_names_as_the_verb_alternation_found_them(text):
    quoted = Regions([])
    old = {m.group(1) for m in _OLD_VOUCHED.finditer(text)}
    old |= {m.group(1) for m in cast._SUBJECT_VOUCHED.finditer(text)}
    assert _vouched_names(text, quoted) == old


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_lone_openers_as_the_line_start_pattern_found_them(text):
    old = [(m.start(1), m.group(1), m.group(2)) for m in _OLD_LONE.finditer(text)]
    assert _lone_openers(text) == old


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_body_words_as_one_alternation_found_them(text):
    assert _body_words(text) == _old_body_words(text)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_word_opening_is_a_leading_word_boundary(text):
    words = ["Bu", "Bung", "Mr", "Mrs", "kata", "PT"]
    old = re.compile(r"\b(?:" + "|".join(words) + r")\.?[ \t]+(\w+)")
    new = re.compile(names.word_opening(words) + r"\.?[ \t]+(\w+)")
    assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]
    pt = re.compile(r"\bPT\.?[ \t]+")
    assert [m.span() for m in names._PT.finditer(text)] == [m.span() for m in pt.finditer(text)]


def test_a_quoted_verb_vouches_for_nobody():
    text = "“Nanti saja,” ujar Lalu. Lalu dia pergi."
    assert _vouched_names(text, Regions([])) == {"Lalu"}
    assert _vouched_names(text, Regions([(13, 22)])) == set()  # “ujar” inside a quotation



SENTENCES = st.lists(st.sampled_from(
    ["Dr. Lee", " said", ". ", "! ", "? ", "…", "”", "“", " Mr. X", " U.S. ", "terang ADS.Mantan",
     "\n", " kata", " 3.5 ", "Jl. Sudirman", " end."]), max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(SENTENCES)
def test_sentence_ends_in_one_pass_are_what_sentence_end_finds_again_and_again(text):
    from reader.core.quotes.attribution import sentence_end, sentence_ends

    again, pos = [], 0
    while pos < len(text):
        end = sentence_end(text, pos, len(text))
        if end == len(text):
            break
        again.append(end)
        pos = end
    assert [e for e in sentence_ends(text, 0, len(text)) if e < len(text)] == again


def _plain_tokens(text, lo, hi):
    """names.tokens without its shortcut for plain words (the oracle)."""
    out = []
    for m in names.TOKEN.finditer(text, lo, hi):
        word = m.group()
        a, b = m.span()
        if a and text[a - 1] in "@#":
            continue
        if "." in word and len(word) > 4:
            glued = names._GLUED_STOP.search(word)
            if glued:
                out.extend(_plain_tokens(text, a, a + glued.start()))
                out.append((".", a + glued.start(), a + glued.end()))
                out.extend(_plain_tokens(text, a + glued.end(), b))
                continue
        if word[-1] in "’'":
            word, b = word[:-1], b - 1
        dot = word[-1:] == "." and not names._ABBREV.match(word)
        if dot:
            word, b = word.rstrip("."), b - (len(word) - len(word.rstrip(".")))
        rest = word[1:]
        if rest.islower() or rest == rest.lower():
            out.append((word, m.start(), b))
        else:
            out.extend(names._unglue(word, m.start()))
        if dot:
            out.append((".", b, b + 1))
    return out


WORDY = st.lists(st.one_of(PIECES, st.sampled_from(
    ["RusiaVladimir", "ByteDance", "McDonald", "A", "i", "ǅemal", "中文", "Éric", "ÉRIC",
     "DeSantis’", "U.S.", "Erick.Sementara", "@SBYudhoyono", "#Pemilu", "e-KTP"])),
    max_size=30).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(WORDY)
def test_tokens_shortcut_for_plain_words_changes_nothing(text):
    assert names.tokens(text, 0, len(text)) == _plain_tokens(text, 0, len(text))


@settings(max_examples=400, deadline=None)
@given(WORDY, st.lists(st.tuples(st.integers(-3, 400), st.integers(-3, 400)), max_size=12))
def test_tokens_of_an_indexed_text_are_what_its_characters_give(text, windows):
    """``index_tokens`` makes ``tokens`` slice the whole text's tokens: every window, also
    one that cuts a word at either end or lies inside one, gives what it gave before."""
    text = str(text)  # (a text of its own: the index is held by identity)
    names.index_tokens(text)
    assert names._index is not None and names._index.text is text
    for lo, hi in [(0, len(text)), *windows]:
        assert names.tokens(text, lo, hi) == _plain_tokens(text, lo, hi), (lo, hi)
    assert names.tokens(text + " ", 0, len(text)) == _plain_tokens(text, 0, len(text))
