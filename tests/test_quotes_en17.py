"""Who said it, English classes of session 17 (issue 9, en17).

The sentences are made up; each follows a pattern that gave a wrong speaker (or nobody)
before its rule. ``STAYS`` are neighbouring patterns that must keep their speaker.
"""

import pytest
from quote_helpers import speaker_of

_ASKED = "\u201cWe were never asked about this at all,\u201d"

GIVEN_WORDS = [
    # R16-10: a given name that is also a word of the lexicon was dropped from the full
    # name (before: “Carmichael”, the surname alone): an Indonesian speech verb in English
    # text (“Tanya”, “Kata”), an English modal (“Will”, “May”) opening a name
    (f"The council met. Tanya Carmichael, a district leader, opposed it. {_ASKED} "
     "Carmichael said.", "We were", "Tanya Carmichael"),
    (f"The council met. {_ASKED} Tanya Carmichael said on Tuesday.", "We were",
     "Tanya Carmichael"),
    ("The council met. When the environment minister, Tanya Carmichael, approved the mines, "
     "she said nothing. The minister argued that \u201call of these projects fit within "
     "our safeguard mechanism\u201d.", "all of these", "Tanya Carmichael"),
    (f"The council met. Kata Carmichael, a district leader, opposed it. {_ASKED} "
     "Carmichael said.", "We were", "Kata Carmichael"),
    (f"The council met. Will Carmichael, a district leader, opposed it. {_ASKED} "
     "Carmichael said.", "We were", "Will Carmichael"),
    (f"The council met. {_ASKED} said Will Carmichael, a district leader.", "We were",
     "Will Carmichael"),
    (f"The council met. District leader May Carmichael said: {_ASKED[:-2]}.\u201d", "We were",
     "May Carmichael"),
    (f"The council met. May Carmichael says the plan was wrong. {_ASKED} Carmichael added.",
     "We were", "May Carmichael"),
    ("He won silver. Fox Sports host Will Bayley disagreed. \u201cThat is simply not what "
     "happened on court,\u201d Bayley said.", "That is", "Will Bayley"),
]

GIVEN_WORDS_STAY = [
    # a modal opening a question or a wish, “May” the month: no given name
    ("The bill passed on Monday. Will Trump sign the bill? Aides were unsure. \u201cWe "
     "will see what happens next week,\u201d Trump said.", "We will", "Trump"),
    ("The strike hit a depot. Will Hezbollah hit back? \u201cWe will respond at a time of "
     "our choosing,\u201d Nasrallah said.", "We will", "Nasrallah"),
    ("The talks began in spring. In May Trump said the deal was dead. \u201cIt is over for "
     "good now,\u201d Trump said.", "It is over", "Trump"),
    ("The talks began in spring. Since May Trump has said little. \u201cIt is over for "
     "good now,\u201d Trump said.", "It is over", "Trump"),
    ("The council met. May Day rallies drew thousands. \u201cWe want fair pay for every "
     "worker,\u201d said union leader Ann Lee.", "We want", "Ann Lee"),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), GIVEN_WORDS + GIVEN_WORDS_STAY)
def test_given_names_that_are_words(text: str, opening: str, speaker: str) -> None:
    assert speaker_of(text, opening) == speaker


_ATTACK = "And the workload will grow for Leonard, who must be in \u201cattack mode all night\u201d"

SENTENCE_TAIL = [
    # a partial quotation, more of the sentence, then “Lue said” between two commas, or a
    # subject opened by lower-case office words (before: nobody)
    (f"The team lost again. {_ATTACK} on offense, Lue said, while also guarding opponents\u2019 "
     "best players, a job George handled.", "attack mode", "Lue"),
    (f"The team lost again. {_ATTACK} on offense, head coach Tyronn Lue said.", "attack mode",
     "Tyronn Lue"),
    ("Dr Rik Peeperkorn said the pauses went well. But there were still \u201c10 days to go "
     "at least\u201d for the first round, he said, while a second round will start in four "
     "weeks.", "10 days", "Rik Peeperkorn"),
]

SENTENCE_TAIL_STAYS = [
    # another quotation before the clause: its own speaker's words (nobody here)
    (f"The team lost again. {_ATTACK} and \u201ca leader in the room,\u201d Lue said, while "
     "also guarding.", "attack mode", ""),
    # a clause with a verb that is no speech verb
    (f"The team lost again. {_ATTACK} on offense, Lue thought, while also guarding.",
     "attack mode", ""),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), SENTENCE_TAIL + SENTENCE_TAIL_STAYS)
def test_speech_clause_later_in_the_sentence(text: str, opening: str, speaker: str) -> None:
    assert speaker_of(text, opening) == speaker


_CUP = "\u201cFinishing up some papers with a cup of tea tonight, I saw the old mug,\u201d"

AGED = [
    # “the 35-year-old said” after a quotation: the person the article just told of (before:
    # nobody); by the age the article gave them, when it did (“Mithun Jayawardana, 28,”)
    ("Jacinda Ardern has shared a sweet post about her first trip abroad. The Prime "
     f"Minister of New Zealand shared a photo of a mug. {_CUP} the now 40-year-old told fans.",
     "Finishing", "Jacinda Ardern"),
    ("Protesters leapt into the pool. Mithun Jayawardana, 28, was one of those swimmers, and "
     "Rangika Silva, a teacher, watched them from the gate. The crowd grew all afternoon. "
     f"{_CUP} the 28-year-old said.", "Finishing", "Mithun Jayawardana"),
    ("After missing out on a medal in Tokyo, the world of Ukrainian fencer Olga Kharlan was "
     f"turned upside down. {_CUP} said the 33-year-old.", "Finishing", "Olga Kharlan"),
]

AGED_STAYS = [
    # the same age given far back to somebody else: the one just told of
    ("Set to appear at her fourth Games, 27-year-old Kate Ledecky is one gold medal away from "
     "a record. " + "The pool was full. " * 100 + "France captain Antoine Dupont sat out the "
     f"Six Nations to play sevens. {_CUP} the 27-year-old said.", "Finishing",
     "Antoine Dupont"),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), AGED + AGED_STAYS)
def test_the_person_of_an_age(text: str, opening: str, speaker: str) -> None:
    assert speaker_of(text, opening) == speaker


def _dev(name: str):
    from reader.core.quotes.evaluate import REAL_DEV_DIR, load_gold

    [article] = [a for a in load_gold(REAL_DEV_DIR) if a.name == name]
    return article


@pytest.mark.parametrize(("name", "opening", "speaker"), [
    # an interview's answers with no speech verb beside them (before: nobody)
    ("1274_londonstandard_en", "I wrote the book because", "Tony Blair"),
    ("1274_londonstandard_en", "There’s enough people having a go at Boris", "Tony Blair"),
    # a one-line answer after the minister is introduced, no verb beside it
    ("1268_dhakacourier_en", "Does his opinion carry", "Md Touhid Hossain"),
])
def test_the_learned_scorers_guess_for_nobody(name: str, opening: str, speaker: str) -> None:
    """English: where the rules find nobody and no speech verb names nobody, the learned
    scorer's first option, when likely enough, is offered as a guess: marked, the same on
    Q (guess_speaker), and not the rules' speaker (attribute_speaker, the trail's)."""
    from reader.core.quotes import attribute_speaker, guess_speaker, suggest

    text = _dev(name).text
    [found] = [s for s in suggest(text) if s.kind == "quote" and s.exact.startswith(opening)]
    assert found.speaker == speaker and found.speaker_unsure
    guess = guess_speaker(text, found.start, found.end)
    assert guess is not None and guess.speaker == speaker and guess.unsure
    assert attribute_speaker(text, found.start, found.end) is None


def test_no_guess_after_an_unnamed_source() -> None:
    """The next quotation after one a speech verb gives to nobody named (“a spokesperson
    said”) is theirs: nobody, not the scorer's guess."""
    from reader.core.quotes import suggest

    text = _dev("1202_vvdailypress_en").text
    # (“…,” sheriff’s officials said. “After a brief struggle, the suspect was arrested
    # …”: the scorer would guess the suspect named before, Albert Jermaine Johnson)
    [found] = [s for s in suggest(text) if s.kind == "quote"
               and s.exact.startswith("After a brief struggle")]
    assert found.speaker == ""
