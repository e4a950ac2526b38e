"""Indonesian function words that are names in English news (“Bowen Yang”, “Andrew Yang”,
“Yang Jiechi”): in English text “Yang tells …” / “Yang said” is the surname's speech cue,
not Indonesian “yang” (“which”) opening a clause. Before, the cue was not read: the
quotation went to nobody, or to the person a paragraph was about (en42's 3044_ew: nine of
its quotations, five given to a co-star named in a photo caption). In Indonesian text the
word stays a function word. Texts made up (session 40)."""

import pytest

from tests.quote_helpers import quotations, speakers


@pytest.mark.parametrize(("intro", "cue", "who"), [
    ("Andrew Yang launched his campaign in Queens on Monday.", "Yang told reporters.",
     "Andrew Yang"),
    ("Yang Jiechi met the envoy in Beijing.", "Yang said.", "Yang Jiechi"),
    ("Bowen Yang bares it all in the remake.", "Yang adds of the scene.", "Bowen Yang"),
])
def test_yang_is_a_surname_in_english(intro, cue, who):
    text = f'Title\n\n{intro}\n\n"We will win this race, and we will win it well," {cue}'
    [q] = quotations(text)
    assert (q.speaker, q.speaker_unsure) == (who, False)
    assert "Yang" in q.reason


def test_a_second_person_named_since_does_not_take_yangs_words():
    text = ("Title\n\nBowen Yang stars in the remake.\n\n"
            "Han Gi-chan and Kelly Marie Tran in 'The Wedding Banquet'. Luka Cyprian/Bleecker "
            "Street\n\n"
            '"There was no hesitation in the end," Yang adds of the scene.')
    assert speakers(text) == ["Bowen Yang"]


def test_yang_stays_a_function_word_in_indonesian():
    text = ("Judul\n\nMenteri Perdagangan Budi Santoso meninjau pasar.\n\n"
            'Yang terpenting, harga stabil. "Kami akan menjaga harga tetap wajar," ujarnya.')
    assert speakers(text) == ["Budi Santoso"]


@pytest.mark.parametrize("cue", [
    # (review 40, F2: Malay styles in English news of Malaysia: an office, no name)
    "said the Yang di-Pertuan Agong.",
    "retorted the Yang Berhormat.",
])
def test_a_malay_style_names_nobody(cue):
    text = f'Title\n\nThe debate was heated.\n"This bill is unfair to the poor," {cue}'
    assert speakers(text) == [""]


def test_a_malay_style_before_a_name_is_no_word_of_it():
    text = ("Title\n\nYang Berhormat Chong Chieng Jen spoke first in the debate.\n"
            '"This bill is unfair to the poor," Chong said.')
    assert speakers(text) == ["Chong Chieng Jen"]
