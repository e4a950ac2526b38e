"""The quick whole-article scans of the cast find exactly what the plain patterns they
replace found (they were rewritten for speed: a pattern opening with ``\\b`` or a
look-behind is tried at every offset of the text).

Each test keeps the plain pattern as the oracle and compares on generated text made of
the pieces that matter (speech verbs, capitalised names, digits, underscores, marks).
"""

import bisect
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
    # (searched only for the verbs among the text's words: the same names)
    assert _vouched_names(text, quoted, Counter(_WORD.findall(text))) == old


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


_OLD_NICKNAMED = re.compile(
    rf"\b(?:di(?:sapa|panggil|juluki)|dikenal dengan (?:sapaan|panggilan|julukan))[ \t]+"
    rf"([{_UP}][\w'’\-]*(?:[ \t]+[{_UP}][\w'’\-]*)?)"
)
NICKNAMED = st.lists(st.one_of(PIECES, st.sampled_from(
    ["disapa", "dipanggil", "dijuluki", "dikenal dengan sapaan", "dikenal dengan julukan",
     "dikenal dengan", "xdisapa", "_dipanggil", "5dijuluki", "ADS", "Bro Ron"])),
    max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(NICKNAMED)
def test_nicknames_are_found_as_the_leading_word_boundary_found_them(text):
    assert [(m.span(), m.groups()) for m in cast._NICKNAMED.finditer(text)] == [
        (m.span(), m.groups()) for m in _OLD_NICKNAMED.finditer(text)]


NAMED = st.lists(st.sampled_from(
    ["Lavrov", "Lavrovs", "xLavrov", "_Lavrov", "5Lavrov", "Lavrov_", "Lavrov.", "Jr.", "Ⓐ",
     "Ⓐb", "É", "Éric", " ", ", ", ".", "-", "’"]), max_size=25).map("".join)


@settings(max_examples=400, deadline=None)
@given(NAMED, st.sampled_from(["Lavrov", "Jr.", "Ⓐb", "Éric", "É", "Lavrov."]))
def test_a_whole_word_is_what_the_word_boundaries_around_it_find(text, word):
    old = re.compile(rf"\b{re.escape(word)}\b")
    assert [m.span() for m in names._whole_word(word).finditer(text)] == [
        m.span() for m in old.finditer(text)]


def test_a_quoted_verb_vouches_for_nobody():
    text = "“Nanti saja,” ujar Lalu. Lalu dia pergi."
    assert _vouched_names(text, Regions([])) == {"Lalu"}
    assert _vouched_names(text, Regions([(13, 22)])) == set()  # “ujar” inside a quotation


def test_vouched_names_searched_for_the_verbs_among_the_words_alike():
    for verb in sorted(ID_POST_VERBS):  # (each verb as a word, inside a word, at the start)
        for text in (f"“Nanti saja,” {verb} Lalu.", f"“Nanti,” me{verb}kan Lalu.",
                     f"{verb} Lalu, “x,” {verb}nya Budi.", f"“Ya,” _{verb} Lalu."):
            words = Counter(_WORD.findall(text))
            assert _vouched_names(text, Regions([]), words) == _vouched_names(
                text, Regions([]))
    assert _vouched_names("“Ya,” ujar Lalu.", Regions([]), Counter(["ujar"])) == {"Lalu"}



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


_OLD_SENT_END = re.compile(rf"[.!?…](?=[\s\"“”’'»]|$)|{names.GLUED_STOP}")
_OLD_BREAK = re.compile(r"[.!?…](?=\s)|\n")
_OLD_YEAR_OR_DAY = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}/\d{1,2}\b")
NUMBERED = st.lists(st.sampled_from(
    ["Dr. Lee", " said", ". ", "! ", "? ", "…", "”", "“", "’", "»", "'", '"', " U.S. ", "\n",
     "terang ADS.Mantan", "PBB.Menurut", "ab.CD", "AB.Cd", "x.", " 1999", "2024", "20245", "x2020",
     "_2020", "12/5", "1/12", "123/4", "5/6/7", "٣/٤", "19", "20", "/", "9", "0", " ", "\t"]),
    max_size=30).map("".join)


@settings(max_examples=500, deadline=None)
@given(NUMBERED, st.integers(0, 40), st.integers(0, 200))
def test_sentence_breaks_opening_with_their_marks_are_what_the_alternations_found(
        text, lo, hi):
    """The sentence ends, breaks and dates, rewritten to open with the marks or digits
    they find (a search then skips to those), find what the plain alternations found,
    also in a part of the text (where ``$`` is its end)."""
    from reader.core.quotes import attribution, claims, engine, ranker

    for new, old in ((attribution._SENT_END, _OLD_SENT_END), (ranker._BREAK, _OLD_BREAK),
                     (engine._SENTENCE_BREAK, _OLD_BREAK),
                     (claims._YEAR_OR_DAY, _OLD_YEAR_OR_DAY)):
        for args in ((text,), (text, lo, hi)):
            assert [(m.span(), m.group()) for m in new.finditer(*args)] == [
                (m.span(), m.group()) for m in old.finditer(*args)], (old.pattern, args)
    assert claims._YEAR_OR_DAY.sub(" ", text) == _OLD_YEAR_OR_DAY.sub(" ", text)


APPOSED = st.lists(st.sampled_from(
    ["The minister, ", "the deputy-head, ", "his former aide,\t", "Their ", "minister", ",",
     ", ", " ", "\n", "Joan Hale", "x", "5", "_"]), max_size=25).map("".join)


@settings(max_examples=400, deadline=None)
@given(APPOSED, st.integers(0, 120))
def test_a_role_before_a_name_always_ends_with_the_comma_asked_first(text, pos):
    """_apposed_roles asks for the comma and blanks that end _ROLE_BEFORE_NAME before
    searching for the whole role: where there is none, the role is not there either."""
    lo, pos = max(0, pos - 60), min(pos, len(text))
    if cast._COMMA_BEFORE_NAME.search(text, lo, pos) is None:
        assert cast._ROLE_BEFORE_NAME.search(text, lo, pos) is None


_OLD_COMPANY_MARK = re.compile(r"\(Persero\)|" + names.word_opening(["Tbk"]) + r"\b")


def _old_company_names(text):
    found = set()
    for m in names._PT.finditer(text):
        run = names._COMPANY_AFTER.match(text, m.end())
        if run:
            found.add(" ".join(run.group().split()))
    for m in _OLD_COMPANY_MARK.finditer(text):
        run = names._COMPANY_BEFORE.search(text, max(0, m.start() - 80), m.start())
        if run:
            found.add(" ".join(run.group(1).split()))
    return found


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(PIECES, st.sampled_from(
    ["(Persero)", "Persero", "Tbk", "xTbk", "Tbks", "Hutama Karya", "Waskita", "Jaya Abadi",
     "PT.", "&", "-"])), max_size=30).map("".join))
def test_company_names_are_what_the_marks_alternation_found(text):
    assert names._company_names(text) == _old_company_names(text)


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
            out.extend(names._unglue(word, m.start(), text))
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


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(WORDY, PIECES, st.sampled_from(
    ["don't", "Jum’at", "ke-7", "Rp1", "m²", "Ⅻ", "x_y", "…", "İstanbul", "(a)", "::", "x,y",
     "__", "’’", "a.b.", "-x"])), max_size=20).map("".join))
def test_the_token_index_notes_where_the_pattern_matched(text):
    """``_tokenize`` reads the matches' words without match objects and finds where each
    starts from where the last one ended: the starts and ends it notes are ``TOKEN``'s
    spans, also from any offset on."""
    index = names._TokenIndex(text)
    assert list(zip(index.starts, index.ends, strict=True)) == [
        m.span() for m in names.TOKEN.finditer(text)]
    for lo in range(len(text) + 1):
        starts: list[int] = []
        ends: list[int] = []
        names._tokenize(text, lo, len(text), starts, [], ends, [])
        assert list(zip(starts, ends, strict=True)) == [
            m.span() for m in names.TOKEN.finditer(text, lo, len(text))]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(WORDY, PIECES, st.sampled_from(
    ["don't", "Jum’at", "ke-7", "Rp1", "m²", "Ⅻ", "x_y", "…", "İstanbul", "K", "DPR,"])),
    max_size=20).map("".join))
def test_the_articles_letter_words_from_the_token_index_are_what_the_pattern_finds(text):
    """The cast counts the article's words (``_WORD``) from its token index, not by a
    second pass over its characters: the same words in the same order."""
    text = str(text)  # (a text of its own: the index is held by identity)
    names.index_tokens(text)
    assert list(names.letter_words(text)) == _WORD.findall(text)
    assert list(names.letter_words(text + "x")) == _WORD.findall(text + "x")  # (no index)


MARKED = st.lists(st.one_of(PIECES, st.sampled_from(
    ["“", "”", '"', "'", "‘", "’", "«", "»", " “", "\u00a0“", "\u2009‘", "x“"])),
    max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(MARKED, st.integers(0, 60), st.integers(0, 80))
def test_the_next_quote_mark_after_a_blank_is_what_a_walk_over_the_characters_finds(
        text, pos, stop):
    """after_quote cuts its sentence at a quotation opening after a blank, and
    sentence_tail gives up at any quote mark: each a search now, each once a walk."""
    from reader.core.quotes import attribution

    marks = attribution._MARKS
    walked = next((k for k in range(pos, min(stop, len(text)))
                   if text[k] in marks and k > pos and text[k - 1].isspace()), None)
    found = attribution._MARK_AFTER_BLANK.search(text, pos + 1, stop)
    assert (found.start() if found else None) == walked
    any_mark = any(text[k] in marks for k in range(pos, min(stop, len(text))))
    assert bool(attribution._MARK.search(text, pos, stop)) == any_mark


def _old_headline(text, lo, hi):
    words = text[lo:hi].split()
    if not words:
        return False
    end = text[hi - 1 : hi]
    if cast._FURNITURE.match(text, lo, hi) and end not in "\"”’»":
        return True
    if end in "\"”’»" and (text[hi - 2 : hi - 1] in ".!?,…" or hi - lo < 2):
        return False
    if end == "." and not cast._ABBREVIATION_END.search(text, max(lo, hi - 6), hi):
        return False
    if end in "!?" and len(words) < 5:
        return False
    return sum(w[:1].isupper() for w in words) >= 0.6 * len(words)


@settings(max_examples=400, deadline=None)
@given(WORDY, st.integers(-5, 200), st.integers(-5, 200))
def test_a_headline_is_what_it_was_when_every_line_was_split_first(text, lo, hi):
    assert cast._headline(text, lo, hi) == _old_headline(text, lo, hi)


def test_remembered_word_readings_are_what_reading_the_word_again_gives():
    """is_nameish and _token_match remember their answers per word: the same answers,
    and forget_words (a first analysis) drops them."""
    from reader.core.quotes.engine import forget_analyses
    from reader.core.quotes.evaluate import REAL_DEV_DIR, load_gold

    words = sorted({w for a in load_gold(REAL_DEV_DIR)[:40] for w in a.text.split()})
    forget_analyses()
    assert names.is_nameish.cache_info().currsize == 0
    assert [names.is_nameish(w) for w in words] == [
        names.is_nameish.__wrapped__(w) for w in words]
    pairs = list(zip(words, words[1:] + words[:1], strict=True)) + [(w, w) for w in words]
    assert [names._token_match(a, b) for a, b in pairs] == [
        names._token_match.__wrapped__(a, b) for a, b in pairs]
    assert names.is_nameish.cache_info().currsize > 0
    forget_analyses()
    assert names.is_nameish.cache_info().currsize == 0
    assert names._token_match.cache_info().currsize == 0
    assert names._index is None


def _walked_outside(regions, toks):
    """Regions.outside as one walk over every token (the oracle)."""
    if not toks:
        return []
    i = max(0, bisect.bisect_right(regions.starts, toks[0][1]) - 1)
    starts, ends, n = regions.starts, regions.ends, len(regions.starts)
    out = []
    for t in toks:
        while i < n and ends[i] <= t[1]:
            i += 1
        if i < n and starts[i] <= t[1]:
            continue
        out.append(t)
    return out


@settings(max_examples=400, deadline=None)
@given(WORDY, st.lists(st.tuples(st.integers(0, 200), st.integers(0, 30)), max_size=8))
def test_tokens_outside_regions_are_what_a_walk_over_every_token_finds(text, cuts):
    """Regions apart (quotations) cut slices; overlapping ones (links) are walked."""
    toks = names.tokens(text, 0, len(text))
    apart, pos = [], 0
    for at, size in sorted(cuts):
        if at >= pos:
            apart.append((at, at + size))
            pos = at + size
    for spans in (apart, sorted((a, a + s) for a, s in cuts)):
        regions = Regions(spans)
        assert regions.outside(toks) == _walked_outside(regions, toks)
        for lo in range(0, len(toks), 7):
            assert regions.outside(toks[lo:]) == _walked_outside(regions, toks[lo:])


def _walked_runs(text, toks):
    """cast._runs going from word to word (the oracle)."""
    def joined(j):
        return not text[toks[j - 1][2] : toks[j][1]].strip()

    out, k = [], 0
    while k < len(toks):
        if not (toks[k][0][:1].isupper() and toks[k][0] not in cast._PUNCT):
            k += 1
            continue
        j = k + 1
        while j < len(toks):
            w = toks[j][0]
            if (w[:1].isupper() or names.ARTICLE_NAME.fullmatch(w)) and w not in cast._PUNCT \
                    and joined(j) and not (w in names.MONTH_NAMES
                                           and names.month_then_date(toks, j)):
                j += 1  # (not a month a date follows: “Budi Santoso Mei lalu”, 4e05c921)
            elif (w in names.NAME_PARTICLES and j + 1 < len(toks) and joined(j) and (
                    names.is_cap(toks[j + 1][0])
                    or (toks[j + 1][0] in names.NAME_PARTICLES and j + 2 < len(toks)
                        and names.is_cap(toks[j + 2][0])))):
                j += 1  # (“Ana de la Cruz”: two particles before the surname)
            elif (w.isdigit() and joined(j)
                  and cast._school_number([t[0] for t in toks[k : j + 1]], j - k)):
                j += 1  # (“Kepala SMAN 1 Budi”: a school's number inside the office)
            elif (w == "." and j + 1 < len(toks) and toks[j - 1][0].lower() in names.RANK_WORDS
                  and names.is_cap(toks[j + 1][0]) and joined(j) and joined(j + 1)):
                j += 1  # (“Kompol. Samsuri”: a rank's full stop)
            elif (w == "(" and j + 3 < len(toks) and toks[j + 2][0] == ")"
                  and names.is_cap(toks[j + 1][0]) and names.is_cap(toks[j + 3][0])
                  and names.split_phrase(toks[k:j]).role
                  and not names.split_phrase(toks[k:j]).name):
                j += 3
            else:
                break
        out.append((k, j))
        k = j
    return out


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(PIECES, st.sampled_from(
    ["bin", "van", "de", "la", "der", "al-Habsyi", "(Menlu)", "Menteri", "Luar", "Negeri",
     "Rusia", ","])),
    max_size=30).map(" ".join))
def test_capitalised_runs_are_what_going_word_by_word_finds(text):
    toks = names.tokens(text, 0, len(text))
    assert cast._runs(text, toks) == _walked_runs(text, toks)


def test_a_run_of_capitalised_words_is_read_a_name_s_length_at_a_time():
    """R15-17's corner: a roster or an all-caps paragraph pasted as an article (20,000
    capitalised words: 3.9 s CPU) made each mention's apposition and coordination checks
    walk the whole run; the run a name can open is bounded (0.11 s), with the same
    suggestions on every real and synthetic text (1,102 texts compared)."""
    from reader.core.quotes import cast

    run = cast._NAME_RUN.match("Budi " * 5000)
    assert run is not None and run.group().count(" ") <= 16
    text = "Kepala Dinas Pendidikan Provinsi Nusa Tenggara Barat Haji Ahmad Budi Santoso"
    assert cast._NAME_RUN.match(text).group() == text  # an office and a name: whole
