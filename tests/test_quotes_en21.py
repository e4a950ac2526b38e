"""Quotations and speakers, English classes of session 21 (issue 9, en21).

The sentences are made up; each follows a pattern that gave a wrong speaker before its
rule (dev round 165: US outlets of 2008-14 as FakeNewsNet stored them). ``STAYS`` are
neighbouring patterns that must keep their reading.
"""

import pytest
from quote_helpers import speaker_of

_BEFORE = "The records law was passed in 1997 after a long fight in the legislature.\n\n"

# a quotation closed by two single marks (the Boston Globe's “…’’, a scraper's ''…'') reads
# its attribution after both marks, as one closed by a double mark does
DOUBLED_CLOSE = [
    ("\u201cThey have an obligation to preserve their records,\u2019\u2019 Galvin said.",
     "Galvin"),  # (was nobody: the attribution read from the second mark)
    ("\u201cThey have an obligation to preserve their records,\u2019\u2019 said Galvin.",
     "Galvin"),
    ("\u201cThey have an obligation to preserve their records,\u2019\u2019 Nielsen told "
     "the Globe.", "Nielsen"),
    ("\u2018\u2018They have an obligation to preserve their records,\u2019\u2019 Galvin "
     "said.", "Galvin"),
    ("''They have an obligation to preserve their records,'' Galvin said.", "Galvin"),
]

DOUBLED_CLOSE_STAYS = [
    ("\u201cThey have an obligation to preserve their records,\u201d Galvin said.", "Galvin"),
    ("Galvin said: \u201cThey have an obligation to preserve their records.\u2019\u2019",
     "Galvin"),
]


@pytest.mark.parametrize(("text", "speaker"), DOUBLED_CLOSE + DOUBLED_CLOSE_STAYS)
def test_a_doubled_closing_mark_reads_the_attribution_after_it(text: str,
                                                               speaker: str) -> None:
    assert speaker_of(_BEFORE + text, "They have") == speaker


def test_a_doubled_closing_mark_in_indonesian_names_the_speaker_without_the_mark() -> None:
    from reader.core.quotes import suggest

    text = ("Budi Santoso menjadi bupati sejak 2020.\n\n\u2018\u2019Kami siap bekerja keras "
            "untuk warga,\u2019\u2019 kata Budi.")
    [found] = [s for s in suggest(text) if s.kind == "quote"]
    assert found.speaker == "Budi Santoso"
    # the reason quotes the cue, not the quotation's second closing mark
    assert "\u2018kata Budi\u2019" in str(found.speaker_reason)


# a quotation opening its paragraph after a paragraph that ends “NAME said:” is that name's,
# not the sentence's first name (the rival he answered); a two-word answer's verb (“shot
# back”, “fired back”, “hit back”) is a speech verb before a quotation
_ANSWER = ("\u201cWell, let's talk about health care right now, because I do provide "
           "universal health care.\u201d")
_ATTACK = "Under attack at a recent debate from rival Hillary Clinton on health care, "

INTRODUCED = [
    (f"{_ATTACK}Barack Obama said:\n\n{_ANSWER}", "Barack Obama"),  # (was Hillary Clinton)
    (f"{_ATTACK}Barack Obama replied:\n\n{_ANSWER}", "Barack Obama"),  # (was Hillary Clinton)
    (f"{_ATTACK}Barack Obama shot back:\n\n{_ANSWER}", "Barack Obama"),  # (was Hillary Clinton)
    (f"{_ATTACK}Barack Obama shot back: {_ANSWER}", "Barack Obama"),  # (was nobody)
    (f"{_ATTACK}Barack Obama fired back in a speech, stating: {_ANSWER}", "Barack Obama"),
    ("Sputnik News, a news agency centred in Moscow, reports:\n\n\u201cThe new law states "
     "that citizens have the right to keep arms.\u201d", "Sputnik News"),  # (was nobody)
]

INTRODUCED_STAYS = [
    # a pronoun's reading, as before
    (f"Hillary Clinton spoke first. She said:\n\n{_ANSWER}", "Hillary Clinton"),
    (f"Barack Obama said:\n\n{_ANSWER}", "Barack Obama"),
]


@pytest.mark.parametrize(("text", "speaker"), INTRODUCED + INTRODUCED_STAYS)
def test_the_name_before_an_introducing_colon_speaks(text: str, speaker: str) -> None:
    assert speaker_of("The debate was held in Ohio on Tuesday night.\n\n" + text,
                      "Well" if "Well" in text else "The new") == speaker


def test_the_cue_of_an_answer_in_two_words_is_quoted_whole() -> None:
    from reader.core.quotes import suggest

    text = f"The debate was held in Ohio.\n\n{_ATTACK}Barack Obama shot back:\n\n{_ANSWER}"
    [found] = [s for s in suggest(text) if s.kind == "quote"]
    assert "\u2018Barack Obama shot back\u2019" in str(found.speaker_reason)


# a European surname written alone with its particles, lower-case after a clause, keeps
# them and joins the full name the article gave (was “der Leyen”, “Leyen”)
PARTICLES = [
    ("European Commission President Ursula von der Leyen met Xi Jinping on Monday.\n\nIn "
     "comments after the meeting, von der Leyen said: \u201cWe count on China to use all its "
     "influence.\u201d", "Ursula von der Leyen"),
    ("The talks opened in Brussels on Monday.\n\nAfter the talks, von der Leyen said: "
     "\u201cWe count on China to use all its influence.\u201d", "von der Leyen"),
    ("Ana de la Cruz chairs the board.\n\n\u201cWe count on China to use all its "
     "influence,\u201d de la Cruz said.", "Ana de la Cruz"),
]

PARTICLES_STAY = [
    # an Arabic particle's short form still joins the full name written with a capital
    ("Crown Prince Mohammed Bin Salman spoke on Fox News.\n\n\u201cWe count on China to use "
     "all its influence,\u201d bin Salman said.", "Mohammed Bin Salman"),
    ("European Commission President Ursula von der Leyen met Xi Jinping on Monday.\n\n"
     "\u201cWe count on China to use all its influence,\u201d Von der Leyen said.",
     "Ursula von der Leyen"),
]


@pytest.mark.parametrize(("text", "speaker"), PARTICLES + PARTICLES_STAY)
def test_a_surname_keeps_its_particles(text: str, speaker: str) -> None:
    assert speaker_of(text, "We count") == speaker


# an aside between dashes (or spaced hyphens) between a quotation and its attribution is
# read past (was the last speaker before, or nobody)
_ASIDE_BEFORE = "Tom Vale spoke first at the meeting, and Maria Lopez, the mayor, listened.\n\n"
_REBUILD = "\u201cWe will rebuild every house in the valley,\u201d"
ASIDES = [
    f"{_REBUILD} Lopez \u2013 who took office last year \u2013 said.",
    f"{_REBUILD} Lopez - who took office last year - said.",
    f"{_REBUILD} Lopez \u2014 who took office last year \u2014 said on Monday.",
    f"{_REBUILD} \u2013 speaking at a press conference on Monday \u2013 Lopez said.",
    f"{_REBUILD} Mayor Maria Lopez - who is also a candidate this year - said in a statement.",
]
ASIDES_STAY = [
    f"{_REBUILD} said Lopez \u2013 who took office last year.",
    f"{_REBUILD} \u2013 Lopez said.",
    f"Lopez \u2013 who took office last year \u2013 said: {_REBUILD[:-2]}.\u201d",
]


@pytest.mark.parametrize("text", ASIDES + ASIDES_STAY)
def test_an_aside_between_the_quotation_and_its_verb_is_read_past(text: str) -> None:
    assert speaker_of(_ASIDE_BEFORE + text, "We will") == "Maria Lopez"


# the next quotation after one given to somebody unnamed is theirs too, not the listener's
# the cue names (“…,” one man told McCain. “But I like you.” was McCain's)
_TOWN_HALL = "John McCain held a town hall meeting on Monday.\n\n"
_FAMILY = "\u201cI am the only Republican in my whole family,\u201d"
_LIKE = "\u201cBut I like you a lot, sir.\u201d"
LISTENERS = [
    (f"{_FAMILY} one man told McCain as people applauded. {_LIKE}", ""),
    (f"{_FAMILY} a voter told McCain. {_LIKE}", ""),
]
LISTENERS_STAY = [
    (f"{_FAMILY} one man said. {_LIKE}", ""),
    (f"{_FAMILY} Tom Smith told McCain. {_LIKE}", "Tom Smith"),
    (f"{_FAMILY} one man told McCain. {_LIKE} McCain laughed.", "John McCain"),
]


@pytest.mark.parametrize(("text", "speaker"), LISTENERS + LISTENERS_STAY)
def test_the_listener_an_unnamed_speaker_told_does_not_speak_next(text: str,
                                                                  speaker: str) -> None:
    assert speaker_of(_TOWN_HALL + text, "But I like") == speaker
