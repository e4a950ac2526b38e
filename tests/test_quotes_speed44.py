"""Session 44's speed changes find what the code they replaced found (no output change): the
article's runs of letters with where they start and end (from the token index), a claim
sentence's words read from them, the speech verbs among them; the capitalised pairs of the
brands and the lone sentence openers read from the capitalised words; two scans skipped when
the words they need are not in the text (a photo credit's label, the English “…,” Name
said.)."""

import re
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.quotes import cast, claims, names
from reader.core.quotes.evaluate import REAL_DEV_DIR, load_gold
from reader.core.quotes.marks import paragraphs, quotes_in

_WORD = re.compile(r"[^\W\d_][^\W\d_]*")
PIECES = st.sampled_from(
    [" ", "  ", "\t", "\n", ". ", ", ", ": ", ";", "(", ")", "_", "5", "x", "é", "’", "'", "-",
     "kata", "ujar", "Kata", "said", "Danone", "Day", "Impact", "Indonesia", "McDonald",
     "iPhone", "Éric", "DPR", "K.", "Dr.", "dr.", "M.Pd.", "Moh.", "Rp1.000", "m²", "Ⅻ",
     "don't", "ke-7", "x_y", "@SBY", "#tag", "terang ADS.Mantan", "İstanbul", "ſ", "Gede",
     "menyarankan", "Imran menjelaskan"])
TEXT = st.lists(PIECES, max_size=40).map("".join)
SHORT = st.lists(PIECES, max_size=12).map("".join)


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_letter_runs_are_the_patterns_matches_with_or_without_the_index(text):
    text = str(text)  # (a text of its own: the index is held by identity)
    names.index_tokens(text)
    assert names.indexed(text)
    for t in (text, text + "x"):  # (the second has no index: the pattern's own matches)
        runs = names.letter_runs(t)
        assert list(zip(runs.words, runs.starts, runs.ends, strict=True)) == [
            (m.group(), m.start(), m.end()) for m in _WORD.finditer(t)]
    assert list(names.letter_words(text)) == _WORD.findall(text)


@settings(max_examples=200, deadline=None)
@given(SHORT)
def test_a_sentences_words_read_from_the_runs_are_what_the_pattern_finds_in_it(text):
    runs = names.letter_runs(text)
    for a in range(len(text) + 1):
        for b in range(a, len(text) + 1):
            words = claims._runs_inside(runs, a, b)
            assert words is None or words == _WORD.findall(text[a:b])
            # (None only where a run goes over a or b)
            cut = any(s < a < e or s < b < e for s, e in zip(runs.starts, runs.ends,
                                                            strict=True))
            assert (words is None) == cut


def test_claims_read_from_the_token_index_as_from_the_characters():
    for article in load_gold(REAL_DEV_DIR)[:300]:
        text = str(article.text)
        paras = paragraphs(text)
        quoted = [(s.open, s.outer_end) for s in quotes_in(text, paras)]
        names.forget_words()
        plain = claims.find_claims(text, paras, quoted)
        names.index_tokens(text)
        assert claims.find_claims(text, paras, quoted) == plain


_OLD_CAP_PAIR = re.compile(rf"([{cast._UP}][\w'’\-]*)[ \t]+(?=([{cast._UP}][\w'’\-]*))")


def _old_cap_pairs(text):
    return [m.groups() for m in _OLD_CAP_PAIR.finditer(text)
            if not (m.start() and (text[m.start() - 1].isalnum()
                                   or text[m.start() - 1] in "_'’-"))]


@settings(max_examples=500, deadline=None)
@given(TEXT)
def test_capitalised_pairs_from_the_capitalised_words_are_what_the_pair_pattern_found(text):
    assert cast._cap_pairs(text, cast._cap_words(text)) == _old_cap_pairs(text)


def test_capitalised_pairs_of_the_dev_texts_as_the_pair_pattern_found_them():
    for article in load_gold(REAL_DEV_DIR):
        text = article.text
        assert cast._cap_pairs(text, cast._cap_words(text)) == _old_cap_pairs(text)
        assert cast._lone_openers(text, cast._cap_words(text)) == cast._lone_openers(text)


QUOTED_SAID = st.lists(st.sampled_from(
    [",” ", '," ', "!” ", "?” ", " ", "\t", "Lalu", "Tom", "said", "says", "added", "told",
     "asked", "explained", "saidx", "xsaid", "_said", "5", "ujar", "kata", "President", "."]),
    max_size=25).map("".join)


@settings(max_examples=500, deadline=None)
@given(QUOTED_SAID)
def test_vouched_names_given_the_words_skip_no_english_subject(text):
    """Given the text's words, the English “…,” Lalu said. pattern is not tried when none
    of its verbs is one of them: the same names as when it is always tried."""
    words = Counter(_WORD.findall(text))
    assert cast._vouched_names(text, cast.Regions([]), words) == cast._vouched_names(
        text, cast.Regions([]))


LABELLED = st.lists(st.sampled_from(
    ["Sumber gambar", "Sumber Gambar", "Sumber foto", "Sumber", " gambar", "Foto", "FOTO",
     "foto", "Teks Foto", "TEKS FOTO", "xFoto", ",", ":", " ", "\t", "\n", "ANTARA", "/",
     "Andri", "Tara", "bercerita", "oto", "gambar"]), max_size=20).map("".join)


@settings(max_examples=500, deadline=None)
@given(LABELLED)
def test_a_credit_label_holds_a_word_looked_for_before_the_pattern(text):
    """``credit_breaks`` returns early when none of “Foto”, “FOTO”, “Sumber” is in the
    text: every match of its label pattern holds one."""
    from reader.core.quotes.captions import _LABEL

    for m in _LABEL.finditer(text):
        assert any(w in m.group() for w in ("Foto", "FOTO", "Sumber")), m.group()
