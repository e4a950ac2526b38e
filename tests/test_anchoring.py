"""Examples of re-anchoring a quote in the seed article after edits."""

from pathlib import Path

import pytest

from reader.core.anchoring import CONTEXT, Anchor, make_selector, reanchor

SEED = Path(__file__).parents[1] / "seeds" / "000_c6336f8cebf4cd51.txt"
TEXT = SEED.read_text(encoding="utf-8")
LAVROV = "Kami tidak ingin berperang"
PARAGRAPH_START = TEXT.index("“Kami tidak ingin berperang")
PARAGRAPH_END = TEXT.index("\n\n", PARAGRAPH_START) + 2


def selector_of(quote: str, text: str = TEXT) -> dict:
    start = text.index(quote)
    return make_selector(text, start, start + len(quote))


def anchor(new_text: str, sel: dict) -> Anchor:
    return reanchor(new_text, sel["exact"], sel["prefix"], sel["suffix"], sel["start"], sel["end"])


def test_make_selector_keeps_context_on_both_sides():
    sel = selector_of(LAVROV)
    assert sel["exact"] == LAVROV
    assert TEXT[sel["start"] : sel["end"]] == LAVROV
    assert sel["prefix"] == TEXT[sel["start"] - CONTEXT : sel["start"]]
    assert sel["suffix"].startswith(",” kata Lavrov.")
    assert len(sel["suffix"]) == CONTEXT


def test_make_selector_clips_context_at_the_text_edges():
    assert make_selector("abc", 0, 3) == {
        "exact": "abc",
        "prefix": "",
        "suffix": "",
        "start": 0,
        "end": 3,
    }


@pytest.mark.parametrize("start, end", [(-1, 2), (2, 1), (0, 99)])
def test_make_selector_rejects_spans_outside_the_text(start, end):
    with pytest.raises(ValueError, match="outside"):
        make_selector("abc", start, end)


def test_unchanged_text_stays_anchored_in_place():
    sel = selector_of(LAVROV)
    assert anchor(TEXT, sel) == Anchor("anchored", sel["start"], sel["end"], 1.0)


def test_paragraph_inserted_before_moves_the_quote():
    sel = selector_of(LAVROV)
    added = "Paragraf baru yang disisipkan editor.\n\n"
    new_text = TEXT[:PARAGRAPH_START] + added + TEXT[PARAGRAPH_START:]
    found = anchor(new_text, sel)
    assert found.state == "anchored"
    assert found.start == sel["start"] + len(added)
    assert new_text[found.start : found.end] == LAVROV


def test_typo_corrected_inside_the_quote_reanchors_to_the_new_words():
    typo_text = TEXT.replace(LAVROV, "Kami tidak inginn berperang")
    sel = selector_of("Kami tidak inginn berperang", typo_text)
    found = anchor(TEXT, sel)
    assert found.state == "reanchored"
    assert TEXT[found.start : found.end] == LAVROV
    assert 0.9 < found.score < 1


def test_deleted_paragraph_orphans_the_quote():
    new_text = TEXT[:PARAGRAPH_START] + TEXT[PARAGRAPH_END:]
    found = anchor(new_text, selector_of(LAVROV))
    assert found == Anchor("orphan", None, None, 0.0)


def test_quote_rewritten_beyond_recognition_is_orphaned_even_with_its_context():
    new_text = TEXT.replace(LAVROV, "Kita akan lihat nanti saja")
    assert anchor(new_text, selector_of(LAVROV)).state == "orphan"


def test_repeated_quote_picks_the_occurrence_with_matching_context():
    text = "Dia berkata: ya. Lalu menteri berkata: ya. Akhirnya semua berkata: ya."
    start = text.index("menteri berkata: ya") + len("menteri berkata: ")
    sel = make_selector(text, start, start + 2)
    new_text = "Pembukaan. " + text
    found = anchor(new_text, sel)
    assert found.state == "anchored"
    assert found.start == start + len("Pembukaan. ")


def test_repeated_quote_without_context_prefers_the_closest():
    text = "ya " * 10
    found = reanchor("xx" + text, "ya", "zzz", "qqq", 9, 11)
    assert found.state == "anchored"
    assert found.start in (8, 11)
    assert ("xx" + text)[found.start : found.end] == "ya"


def test_empty_quote_is_an_orphan():
    assert reanchor(TEXT, "", "", "", 0, 0).state == "orphan"


@pytest.mark.timeout(60)  # how long it takes is measured by bench/hostile.py
def test_long_article_reanchors_near_the_old_place():
    filler = " ".join(f"kata{i}" for i in range(6000))  # ~50k characters
    long_text = filler + "\n\n" + TEXT
    tail = long_text.rindex(LAVROV)
    sel = make_selector(long_text, tail, tail + len(LAVROV))
    edited = long_text[:tail] + "Kami tdak ingin berperang" + long_text[tail + len(LAVROV) :]
    found = anchor(edited, sel)
    assert found.state == "reanchored"
    assert found.start == tail


STORY = ("Bank Indonesia menahan suku bunga. Para ekonom menilai kebijakan itu tepat."
         " \"Kami tidak akan menaikkan pajak,\" kata Sri Mulyani. \"Suku bunga tetap,\" kata"
         " Perry Warjiyo kepada wartawan di Jakarta.")


@pytest.mark.parametrize(("quote", "old", "new", "placed", "state"), [
    # a word at the edge replaced by a longer one: the whole new word, never its tail
    ("Para ekonom menilai", "Para ekonom", "Sejumlah ekonom", "Sejumlah ekonom menilai",
     "reanchored"),
    ("Kami tidak akan menaikkan pajak", "Kami tidak", "Kita tidak",
     "Kita tidak akan menaikkan pajak", "reanchored"),
    # the old words still there, but now the start of a longer word: not the same words
    ("Suku bunga tetap", "bunga tetap,", "bunga tetapkan,", "Suku bunga tetapkan",
     "reanchored"),
    ("menahan suku bunga", "Bank Indonesia menahan", "Bank Indonesia pertahanan",
     "pertahanan suku bunga", "reanchored"),
])
def test_a_placement_never_starts_or_ends_inside_a_word(quote, old, new, placed, state):
    """R21-9: re-importing a corrected text placed a highlight on "ah ekonom menilai" (of
    "Sejumlah") and kept a quote "Suku bunga tetap" *anchored* on "Suku bunga tetap|kan".
    A span that began and ended at word edges is placed on whole words again; the old words
    found only as part of a longer word are not the same words (reanchored, the new ones)."""
    sel = selector_of(quote, STORY)
    edited = STORY.replace(old, new, 1)
    assert edited != STORY
    found = anchor(edited, sel)
    assert (found.state, edited[found.start:found.end]) == (state, placed)


def test_a_span_that_began_inside_a_word_may_still_be_found_there():
    sel = selector_of("onom menilai", STORY)  # (the user's own selection, mid-word)
    edited = STORY.replace("Bank Indonesia", "BI")
    found = anchor(edited, sel)
    assert (found.state, edited[found.start:found.end]) == ("anchored", "onom menilai")


ZH = "外交部发言人说：我们不想打仗，我们会坚定地保护我们的安全。外交部长也表示同意。"
JA = "外務省の報道官は「我々は戦争を望んでいない」と述べた。外務大臣も同じ考えを示した。"
TH = "โฆษกกล่าวว่า เราไม่ต้องการสงคราม และเราจะปกป้องตัวเอง"


@pytest.mark.parametrize("story, quote, old, new, state, placed", [
    (ZH, "我们不想打仗", "打仗，我们", "打仗我们", "anchored", "我们不想打仗"),
    (ZH, "我们不想打仗", "说：我们", "说我们", "anchored", "我们不想打仗"),
    (ZH, "我们不想打仗", "不想打仗", "不想要打仗", "reanchored", "我们不想要打仗"),
    (JA, "戦争を望んでいない", "「我々は", "「我々は決して", "anchored", "戦争を望んでいない"),
    (TH, "เราไม่ต้องการสงคราม", "สงคราม และ", "สงครามและ", "anchored", "เราไม่ต้องการสงคราม"),
])
def test_scripts_without_spaces_keep_a_quote_whose_words_are_still_there(
        story, quote, old, new, state, placed):
    """R22-6 (a regression of R21-9's whole-word rule): in Chinese, Japanese and Thai every
    neighbouring letter looked like "the same word", so a quote next to an edited comma or
    space was orphaned or moved onto other words. No letter pair there marks a word edge."""
    sel = selector_of(quote, story)
    edited = story.replace(old, new, 1)
    assert edited != story
    found = anchor(edited, sel)
    assert (found.state, edited[found.start:found.end]) == (state, placed)


def test_a_span_never_ends_before_a_combining_mark():
    """A Thai tone mark or a Devanagari vowel sign belongs to the letter before it: a found
    span ending just before one is widened over it, never left cutting the cluster."""
    from reader.core.anchoring import _inside_word, _whole_words

    assert _inside_word("ป", "\u0e49") and _inside_word("क", "\u093f")
    assert not _inside_word("ม", "แ") and not _inside_word("打", "仗")
    assert _inside_word("\u093f", "त") and not _inside_word(" ", "\u093f")
    text = "เราจะปกป้องตัวเอง"
    cut = text.index("\u0e49")
    assert _whole_words(text, 0, cut, "เราจะปกป", "", " ") == (0, cut + 1)
