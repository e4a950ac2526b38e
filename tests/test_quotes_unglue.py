"""English text whose paragraph breaks a scraper lost (issue 9, round 82): the engine reads
it with the breaks put back, and every offset it gives indexes the stored text."""

from reader.core.quotes import attribute_speaker, suggest
from reader.core.quotes.api import speaker_options
from reader.core.quotes.engine import reading
from reader.core.quotes.marks import find_quotes
from reader.core.quotes.unglue import glue_points, unglue

# made up, in the style of the one-line scraped articles of round 82 (India Today 2017)
GLUED = (
    "The board ordered 48 cuts to the film, and when reporters reached out to its chief "
    "Tom Vale, he said, \"We are just doing our job.\"But this is not the worst of it. "
    "A male member of the panel is said to have interjected, \"She is not a woman, look "
    "at what she is wearing.\"Producer Ann Kerr told the daily, \"They argued with us for "
    "an hour after the screening.\"The film opens on August 25.LONGSTANDING DEMANDThe "
    "makers have asked for a review.\"We will go to the tribunal if we must,\" Kerr said."
)


def _breaks(text: str) -> list[str]:
    return [text[max(0, q - 6) : q] + "|" + text[q : q + 6] for q in glue_points(
        text, find_quotes(text))]


def test_glue_points_are_sentence_ends_glued_to_the_next_sentence():
    assert _breaks(GLUED) == [
        ' job."|But th', 'ring."|Produc', 'ning."|The fi',
        'st 25.|LONGST', 'DEMAND|The ma', 'eview.|"We wi',
    ]


def test_abbreviations_initials_and_camel_case_are_no_glue():
    text = ("Dr.Mandal said the form was old. She holds a Ph.D. in law. JPMorgan said "
            "Sens.Ted Cruz spoke. It was 9.40 am. The U.S.Army said so.")
    assert _breaks(text) == []


def test_never_inside_a_quotation():
    text = ('"We waited for hours.Then the police came.Nobody helped," said Ann Kerr.The '
            "hearing goes on.")
    assert _breaks(text) == [" Kerr.|The he"]


def test_offsets_index_the_stored_text():
    found = [s for s in suggest(GLUED) if s.kind == "quote"]
    assert [s.exact for s in found] == [
        "We are just doing our job.",
        "She is not a woman, look at what she is wearing.",
        "They argued with us for an hour after the screening.",
        "We will go to the tribunal if we must",
    ]
    for s in suggest(GLUED):
        assert GLUED[s.start : s.end] == s.exact
    for option in speaker_options(GLUED):
        assert GLUED[option.start : option.end] in {s.exact for s in found}


def test_read_as_if_the_paragraphs_were_there():
    """The glued text gets the speakers the same article with its paragraph breaks gets:
    the panel member's words are nobody's, not the chief's who spoke before in the same
    (glued) paragraph."""
    fixed = unglue(GLUED)
    assert fixed is not None
    apart = fixed.text
    assert "\n" in apart and apart.replace("\n", "") == GLUED
    glued = [(s.exact, s.speaker) for s in suggest(GLUED) if s.kind == "quote"]
    assert glued == [(s.exact, s.speaker) for s in suggest(apart) if s.kind == "quote"]
    assert glued == [
        ("We are just doing our job.", "Tom Vale"),
        ("She is not a woman, look at what she is wearing.", ""),
        ("They argued with us for an hour after the screening.", "Ann Kerr"),
        ("We will go to the tribunal if we must", "Ann Kerr"),
    ]


def test_pressing_q_gives_the_suggestions_speaker():
    for s in suggest(GLUED):
        if s.kind == "quote":
            found = attribute_speaker(GLUED, s.start, s.end)
            assert (found[0] if found else "") == s.speaker


def test_text_with_its_breaks_and_other_languages_read_as_stored():
    assert unglue("Ann Kerr spoke.\n\nThen she left.") is None
    text = ("Wali Kota Depok Supian Suri datang ke lokasi banjir pada Senin pagi.Dia "
            'berkata, "Kami siap membantu warga yang rumahnya terendam," ujarnya.')
    assert glue_points(text, find_quotes(text))  # (glued, but Indonesian: id9's lane)
    assert reading(text) is None


def test_a_crosshead_in_single_marks_glued_to_the_next_word_hides_nothing():
    """“'CANNOT STOP PRAISING YOU'After …”: the closing mark glued to a capital cannot close,
    so the crosshead opened a quotation running to the end of the one-line article, and the
    quotations in it were lost with it."""
    text = ("The minister ordered the visa on Thursday. \"We are in touch with the applicant,\" "
            "the mission said. 'CANNOT STOP PRAISING YOU'After the order, Sara Khan was "
            "effusive. \"What do I call you? Superwoman? No words to describe your kindness,\" "
            "she said.Her father is still in hospital.")
    quotes = [(s.exact, s.speaker) for s in suggest(text) if s.kind == "quote"]
    assert quotes[-1] == ("What do I call you? Superwoman? No words to describe your kindness",
                          "Sara Khan")


# A quotation going on over a lost paragraph break, straight marks: each paragraph of it
# opened again, only the last closed, the breaks gone ("…tracks."We've got …").
GLUED_PARTS = (
    'The state will close its schools on Friday.Premier Tom Vale says the pause will help."We '
    'need this pause. We will get through this," the premier said on Wednesday. "We are asking '
    'everyone to join us on this quest to stop the disease."We have got one chance with this." '
    'Police chief Ann Kerr said the pause would be followed by more rules.Health officer Joan '
    'Hale said the cluster had grown."It takes off very quickly," Prof Hale said."That is what '
    'happened elsewhere. I do not want that here."I would like to have no more cases, but I '
    'think we will."But I want all of the chains to stop." Shops were quiet on Thursday.'
)


def test_a_quotation_reopened_after_a_lost_break_is_found():
    found = {s.exact: s.speaker for s in suggest(GLUED_PARTS) if s.kind == "quote"}
    assert found["We have got one chance with this."] == "Tom Vale"
    assert found["I would like to have no more cases, but I think we will."] == "Joan Hale"
    assert found["But I want all of the chains to stop."] == "Joan Hale"


def test_a_closing_mark_glued_to_narration_stays_a_closing_mark():
    # the words after the mark are narration (third person): no quotation opens there
    text = ('Tom Vale spoke on Monday.He said the plan worked."I think it is fine."However, he is '
            'hopeful that things will change."Our youth is strong," he said.Shops were quiet.')
    found = [s.exact for s in suggest(text) if s.kind == "quote"]
    assert not any(f.startswith("However") for f in found)


def test_the_quick_glue_check_agrees_with_the_glue_pattern():
    """``_ANY_GLUE`` (is there a glue point anywhere?) says what ``_GLUE.search`` says, on
    every string of up to five characters from the ones the five forms are made of and on
    every labelled real text."""
    import itertools

    from reader.core.quotes.evaluate import REAL_DEV_DIR
    from reader.core.quotes.unglue import _ANY_GLUE, _GLUE

    alphabet = "aZ.!?0)%\"”’'“‘ "
    checked = glued = 0
    for size in range(1, 6):
        for chars in itertools.product(alphabet, repeat=size):
            text = "".join(chars)
            found = _GLUE.search(text) is not None
            assert (_ANY_GLUE.search(text) is not None) == found, repr(text)
            checked, glued = checked + 1, glued + found
    texts = [p.read_text(encoding="utf-8") for p in REAL_DEV_DIR.parent.glob("*/*.txt")]
    for text in texts:
        assert (_ANY_GLUE.search(text) is None) == (_GLUE.search(text) is None)
    assert glued > 10_000 and checked - glued > 10_000
    assert sum(_GLUE.search(t) is not None for t in texts) > 100


def test_the_glue_points_found_from_the_character_before_are_the_patterns():
    """``_glue_starts`` (each match read from the character before it) gives where
    ``_GLUE.finditer`` matches: on every string of up to five characters of the forms'
    alphabet, on 30,000 random longer ones, and on every labelled real text."""
    import itertools
    import random

    from reader.core.quotes.evaluate import REAL_DEV_DIR
    from reader.core.quotes.unglue import _GLUE, _glue_starts

    def starts(text: str) -> list[int]:
        return [m.start() for m in _GLUE.finditer(text)]

    alphabet = "aZ.!?0)%\"”’'“‘ "
    found = 0
    for size in range(1, 6):
        for chars in itertools.product(alphabet, repeat=size):
            text = "".join(chars)
            expected = starts(text)
            assert _glue_starts(text) == expected, repr(text)
            found += bool(expected)
    rng = random.Random(15)
    for _ in range(30_000):
        text = "".join(rng.choices(alphabet + "Ab.", k=rng.randint(6, 40)))
        assert _glue_starts(text) == starts(text), repr(text)
    texts = [p.read_text(encoding="utf-8") for p in REAL_DEV_DIR.parent.glob("*/*.txt")]
    for text in texts:
        assert _glue_starts(text) == starts(text)
    assert found > 10_000 and sum(bool(starts(t)) for t in texts) > 100
