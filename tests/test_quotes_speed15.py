"""Session 15's speed-ups of the quote engine (issue 9) find exactly what the plain code
they replace found: each test keeps the old pattern or code as the oracle and compares on
generated text made of the pieces that matter. (The whole engine's output over every
labelled text is compared by ``tools/dump_suggest.py``, before and after each change.)
"""

import re
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.quotes import captions, cast

_OLD_LABEL = re.compile(r"\b(?:Sumber [Gg]ambar|Sumber [Ff]oto|(?<!Teks )(?<!TEKS )(?:Foto|FOTO))"
                        r"[ \t]*[,:][ \t]*")

LABELLED = st.lists(st.sampled_from(
    ["Sumber gambar", "Sumber Gambar", "Sumber foto", "Sumber", "gambar", "Foto", "FOTO",
     "foto", "Teks ", "TEKS ", "Teks", "x", "_", "5", "é", " ", "  ", "\t", "\n", ",", ":",
     "/", "Reuters", "Sumber  gambar"]), max_size=20).map("".join)


@settings(max_examples=500, deadline=None)
@given(LABELLED)
def test_a_credit_label_opening_with_its_words_is_what_the_word_boundary_found(text):
    assert ([(m.span(), m.group()) for m in captions._LABEL.finditer(text)]
            == [(m.span(), m.group()) for m in _OLD_LABEL.finditer(text)])


KIN_TEXT = st.lists(st.sampled_from(
    ["anak", "ibu", "ibunda", "ayahanda", "putra", "putri", "Anak", "istri", "ribu", "kakak",
     "@", "#", "https://x.id/", "://", "Budi", "Ani", "Reza Pahlavi", "Shah", "_", "5", "é",
     " ", "  ", "\t", "\n", ",", "."]), max_size=24).map("".join)


def _words(text):
    """People.words as build_cast makes it (the article's letter runs, handles and links
    taken out)."""
    words = Counter(cast._WORD.findall(text))
    if "@" in text or "://" in text:
        for m in cast._HANDLE_OR_LINK.finditer(text):
            words.subtract(cast._WORD.findall(m[0]))
        words = +words
    return words


@settings(max_examples=500, deadline=None)
@given(KIN_TEXT)
def test_kin_runs_found_from_their_words_are_what_the_word_boundary_pattern_found(text):
    old = [(m.span(), m.group(1)) for m in cast._KIN.finditer(text)]
    assert [(m.span(), m.group(1)) for m in cast._kin_runs(text)] == old
    assert [(m.span(), m.group(1)) for m in cast._kin_runs(text, _words(text))] == old


ADDRESSED_TEXT = st.lists(st.sampled_from(
    ["Bu", "Bung", "Pak", "Bapak", "Gus", "KH", "KH.", "Kh", "Mr", "Mr.", "Mrs", "Kang", "Cak",
     "bu", "xBu", "Bu-", "@", "#", "https://x.id/", "://", "Budi", "Ani", "Yahya", "Shao Pin",
     "_", "5", "é", " ", "  ", "\t", "\n", ",", "."]), max_size=24).map("".join)


@settings(max_examples=500, deadline=None)
@given(ADDRESSED_TEXT)
def test_names_after_a_form_of_address_found_from_its_words_are_what_the_pattern_found(text):
    english = cast.detect_language(text) == "en"
    old = {m.group(1) for m in cast._ADDRESSED.finditer(text) if m.group(1)[:1].isupper()
           and not (english and m.group(0)[:4].rstrip() in cast._SURNAME_ADDRESS)}
    assert cast._addressed(text) == old
    assert cast._addressed(text, _words(text)) == old
    # (the matches themselves, not only the names: where each starts and ends)
    assert ([m.span() for m in cast._found_at_heads(
        cast._ADDRESSED, cast._ADDRESS_HEADS, text, _words(text))]
        == [m.span() for m in cast._ADDRESSED.finditer(text)])


def _old_blend_of(word, parts):
    if word.isupper():
        return len(word) == len(parts) >= 3 and word == "".join(p[0] for p in parts).upper()
    low, parts = word.lower(), [p.lower() for p in parts]

    def fits(rest, k, used):
        if not rest:
            return used >= 2
        if k == len(parts):
            return False
        return any(parts[k].startswith(rest[:n]) and fits(rest[n:], k + 1, used + 1)
                   for n in range(min(len(rest), len(parts[k])), 1, -1))

    return fits(low, 0, 0)


NAME_PART = st.sampled_from(["Joko", "Widodo", "Jo", "Wi", "J", "Bambang", "Soesatyo", "Zulkifli",
                             "Hasan", "İnan", "Ab", "ab", "Susilo", "Yudhoyono", "SBY"])


@settings(max_examples=800, deadline=None)
@given(st.lists(NAME_PART, max_size=4),
       st.one_of(st.text(alphabet="JjoWwidkBbamsZzulhHSYyİiI", max_size=9),
                 st.sampled_from(["Jokowi", "Bamsoet", "Zulhas", "SBY", "Jowi", "Jokodo"])))
def test_a_blend_checked_first_for_its_second_head_is_what_the_full_search_finds(parts, word):
    assert cast._blend_of(word, parts) == _old_blend_of(word, parts)
