"""Quotations and speakers, English classes of session 20 (issue 9, en20).

The sentences are made up; each follows a pattern that gave a wrong speaker before its
rule (read-over: BBC, CNN, Fox News, TRT World, Al Jazeera texts no labelled set holds).
``STAYS`` are neighbouring patterns that must keep their reading.
"""

import pytest
from quote_helpers import last_quotation, speaker_of

_SAID = "\u201cThis is a very bad day for farmers in the west,\u201d"
_BEFORE = "The new plan for farming was published in Dublin on Monday. "

# the letters of an English seat (or a rank at the bar) are an office: never a party, a
# place or the letters themselves as the speaker, never a degree stripped off a party
OFFICES = [
    (f"{_SAID} said the Fine Gael MEP.", ""),  # (was “Fine Gael”: MEP read as a degree)
    (f"{_SAID} the Fianna Fáil MEP said.", ""),  # (was “Fianna Fáil”)
    (f"{_SAID} said the Fianna Fáil TD.", ""),  # (was “Fianna Fáil TD”)
    (f"{_SAID} the Labour MSP said.", ""),  # (was “Labour MSP”)
    (f"{_SAID} the Likud MK said.", ""),  # (was “Likud MK”)
    (f"{_SAID} the Bradford West MP said.", ""),  # (was “Bradford West MP”)
    # the one the article named so, when it did
    (f"Fine Gael MEP Maria Walsh spoke. {_SAID} said the Fine Gael MEP.", "Maria Walsh"),
    (f"John Mason spoke in Holyrood. \u201cWe will fight on.\u201d The MSP added: {_SAID[:-2]}"
     "\u201d", "John Mason"),  # (was “MSP”)
    (f"Gordon Jackson spoke for him. The KC said: {_SAID[:-2]}\u201d", ""),  # (was “KC”)
    # the letters after a full name before the verb
    (f"{_SAID} Lynn Boylan MEP said.", "Lynn Boylan"),  # (was the person named before)
    (f"{_SAID} Lynn Boylan MP said.", "Lynn Boylan"),
    (f"{_SAID} said Lynn Boylan MEP.", "Lynn Boylan"),
]

OFFICES_STAY = [
    (f"{_SAID} Sinn Féin MEP Lynn Boylan said.", "Lynn Boylan"),
    (f"SNP MEP Alyn Smith said: {_SAID[:-2]}\u201d", "Alyn Smith"),
    (f"{_SAID} Judge Peter Lodder QC said.", "Peter Lodder"),
    (f"{_SAID} said Labour MP Naz Shah.", "Naz Shah"),
]


@pytest.mark.parametrize(("text", "speaker"), OFFICES + OFFICES_STAY)
def test_the_letters_of_a_seat_are_an_office(text: str, speaker: str) -> None:
    assert speaker_of(_BEFORE + text, "This is") == speaker


def test_mk_stays_a_body_in_indonesian() -> None:
    # “kata MK”: the Indonesian constitutional court speaks (the English office rule is
    # English only)
    text = ("Mahkamah Konstitusi (MK) memutus perkara itu pada Senin di Jakarta. "
            "\u201cPermohonan pemohon ditolak untuk seluruhnya,\u201d kata MK dalam "
            "putusannya.")
    assert speaker_of(text, "Permohonan") != ""


# The marked guess (the learned scorer's first option for a quotation the rules give
# nobody): en20's read-over of its 126 guesses on 3,550 unlabelled texts found it wrong
# 33 times, by these classes among others

_CAST = ("Tom Vale, the mayor, spoke to reporters on Monday about the flood. \u201cWe will "
         "rebuild every house,\u201d Vale said.\n\n")


_last = last_quotation  # the article's last quotation and its cast


def test_no_guess_for_a_partial_quotation_woven_into_a_sentence_naming_nobody() -> None:
    from reader.core.quotes.engine import _woven_without

    for woven, without in (
            # a document's, a body's or somebody unnamed's words
            ("The debate calls for a \u201ccontrolled and fair immigration system\u201d.", True),
            ("Some channels painted the town's people as \u201cinvaders and a threat to "
             "security\u201d.", True),
            ("In the words of one academic, the plan was \u201ca scary reminder of the "
             "past\u201d.", True),
            ("The liabilities are listed as \u201clitigation; stayed pending appeal\u201d.", True),
            # the sentence says whose: the name or he, she, his, her
            ("Vale had made false claims, including that the council was \u201cgoing out of "
             "its way to not help\u201d.", False),
            ("The video stops after he could be heard saying he \u201cwas going to get heat "
             "for that one\u201d.", False),
            ("People prayed on, but his ears \u201cwere completely focused on the "
             "door\u201d.", False),
            # no partial quotation: a whole one opening in a capital
            ("The council wrote: \u201cThe plan is sound and the money is there.\u201d", False)):
        span, _people = _last(_CAST + woven)
        assert _woven_without(_CAST + woven, span, "Tom Vale") is without, woven


def test_a_colon_after_the_persons_name_introduces_their_words() -> None:
    from reader.core.quotes.engine import _colon_after_name

    for text, introduced in (
            ("As Business Secretary Tom Vale set out: \u201cThe plan is sound and the money "
             "is there.\u201d", True),
            ("Many around the world wondered: \u201cHow is that even possible at all?\u201d",
             False),
            ("Vale waited a long time.\n\n\u201cThe plan is sound and the money is there.\u201d",
             False)):
        span, _people = _last(_CAST + text)
        assert _colon_after_name(_CAST + text, span, "Tom Vale") is introduced, text


def test_a_guess_is_somebody_the_rules_give_words_to() -> None:
    # a book, a place or a body the cast holds as a name (“Hillbilly Elegy”, “Majdal
    # Shams”, “Red Crescent”, “Deepwater Horizon”) is given no quotation by the rules: no
    # guess of a name the rules gave no words, unless a colon after it in the quotation's
    # own sentence introduces the quotation
    from dataclasses import replace

    from reader.core.quotes.attribution import Attribution
    from reader.core.quotes.engine import _guess, analysed
    from reader.core.quotes.ranker import options

    said = "\u201cIt was a long day for everyone in the town and we are all very tired now.\u201d"
    for extra, spoken, guessed in (
            (f"Vale walked along the river for an hour.\n\n{said}", {"Tom Vale"}, "Tom Vale"),
            (f"Vale walked along the river for an hour.\n\n{said}", set(), ""),
            (f"Vale walked along the river and then said this: {said}", set(), "Tom Vale")):
        text = _CAST + extra
        found = analysed(text, None)
        opts = options(text, found.paras, found.people, found.candidates, "en",
                       named_only=False)[-1]
        c = replace(found.candidates[-1], att=Attribution())
        _guess(c, opts, found.people, text, english=True, spoken=frozenset(spoken))
        assert c.att.speaker == guessed, (extra, spoken)


# a surname of two particles and a word (“de la Cruz”, “von der Leyen”): the full name in the
# cast and the attributions, its short forms resolved to it (was “Cruz”, role “la”; the cast
# held “Ana”, or nobody, as the particles are words the article writes in lower case). Not
# yet: a short form opening with its particles when the cast holds no full name (“von der
# Leyen said” after “Commission President Ursula von der Leyen” alone gives “der Leyen”)
PARTICLES = [
    ("Ana de la Cruz, who chairs the board, spoke on Monday about the vote.\n\u201cWe will "
     "vote again,\u201d de la Cruz said.", "Ana de la Cruz"),
    ("Ana de la Cruz, who chairs the board, spoke on Monday.\n\u201cWe will vote again,\u201d "
     "said Ana de la Cruz.", "Ana de la Cruz"),
    ("Board chair Ana de la Cruz spoke on Monday about the vote.\n\u201cWe will vote "
     "again,\u201d she said.", "Ana de la Cruz"),
    ("\u201cWe will vote again,\u201d European Commission President Ursula von der Leyen "
     "said.", "Ursula von der Leyen"),
    ("\u201cWe will vote again,\u201d said Stéphane Dujarric de la Rivière, the spokesman.\n"
     "\u201cThe talks go on,\u201d Dujarric said.", "Stéphane Dujarric de la Rivière"),
    ("Prosecutor Nicholas de la Poer QC opened the case on Monday.\n\u201cWe will vote "
     "again,\u201d said Nicholas de la Poer QC.", "Nicholas de la Poer"),
    # one particle, as before
    ("Marieke de Vries, who chairs the board, spoke on Monday about the vote.\n\u201cWe will "
     "vote again,\u201d de Vries said.", "Marieke de Vries"),
]


@pytest.mark.parametrize(("text", "speaker"), PARTICLES)
def test_a_surname_of_two_particles_is_one_name(text: str, speaker: str) -> None:
    from reader.core.quotes import suggest

    quotes = [s for s in suggest(text) if s.kind == "quote"]
    assert quotes[-1].speaker == speaker
