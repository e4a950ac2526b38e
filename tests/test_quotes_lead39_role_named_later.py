"""An office resolved to the one person the article gives it only after the quotation: that
person must hold every word of it. "The prime minister said …" is not the former minister
named two paragraphs later (round 191's Sky News text gave him three of Rishi Sunak's
quotations); a headline's or a lead's office of someone introduced after it still is.
Texts made up (session 39)."""

import pytest

from tests.quote_helpers import speakers

_LATER = ("Former minister Sir John Hayes, chairman of a group of Tory MPs, told the BBC the "
          "threshold should rise quickly.")


@pytest.mark.parametrize("office", ["The prime minister", "The foreign minister"])
def test_another_office_named_later_is_nobody(office):
    text = ("Rishi Sunak is under fire from his own MPs over the family visa.\n\n"
            f'{office} said the government was "increasing the salary threshold '
            'significantly" next year.\n\n' + _LATER)
    assert speakers(text) == [""]


@pytest.mark.parametrize(("office", "holder"), [("The former minister", "John Hayes"),
                                               ("The minister", "")])
def test_the_same_office_named_later_is_its_holder_if_held_alike(office, holder):
    # (a present office is not one held before: review 39, F2)
    text = (f'{office} said the government was "increasing the salary threshold '
            'significantly" next year.\n\n' + _LATER)
    assert speakers(text) == [holder]


def test_a_headline_office_is_the_person_introduced_after_it():
    text = ("'Venezuelans are pouring into Trinidad to be registered' says Cedros councillor\n\n"
            "Cedros councillor Shankar Teelucksingh said the registration centre was full "
            "by noon on Friday.")
    assert speakers(text) == ["Shankar Teelucksingh"]


@pytest.mark.parametrize(("cue", "later", "holder"), [
    # the office written otherwise than the holder's title (review 39, F2)
    ("says senator", "Sen. Maria Cantwell said the bill would fail.", "Maria Cantwell"),
    ("governor vows", "Gov. Andy Beshear toured the towns on Monday.", "Andy Beshear"),
    ("kata Dirut PLN", "Direktur Utama PT PLN (Persero) Darmawan Prasodjo meninjau gardu.",
     "Darmawan Prasodjo"),
    ("kata Kades Sukamaju", "Kepala Desa Sukamaju Ujang Suparman mengatakan air surut.",
     "Ujang Suparman"),
])
def test_the_office_in_another_form(cue, later, holder):
    words = ("Kami akan membangun lagi setiap rumah di lembah ini" if cue.startswith("kata")
             else "We will rebuild every house in the valley")
    assert speakers(f'"{words}," {cue}.\n\n{later}') == [holder]


def test_a_former_holder_is_not_the_present_office():
    text = ('"Pelabuhan ini harus siap melayani arus mudik Natal," kata menteri di Jakarta.\n\n'
            "Mantan Menteri Perhubungan Ignasius Jonan yang kini menjabat komisaris juga hadir.")
    assert speakers(text) == [""]


@pytest.mark.parametrize(("office", "later"), [
    # another office named later (review 39b, finding 1: these gave the later holder)
    ("the finance minister", "Health Minister Jane Holloway said the talks went well."),
    ("the chief executive", "The chief financial officer, Linda Marsh, said costs rose."),
    ("the chief justice", "Associate Justice Sonia Sotomayor wrote the dissent."),
    # a deputy's, an assistant's office for the office itself (review 39b's variants)
    ("the premier", "The province's deputy premier, Nolan Crouse, spoke later."),
    ("the coach", "The assistant coach, Paul Drennan, ran the warm-up as usual."),
    ("the chairman", "The company's vice-chairman, Roger Bates, will lead the board."),
])
def test_another_or_a_lesser_office_named_later_is_nobody(office, later):
    text = f'"We will not change course this year," {office} said on Monday.\n\n{later}'
    assert speakers(text) == [""]


def test_the_head_coach_is_the_coach():
    text = ('"I thought our back four were excellent," the head coach said.\n\n'
            "Coach Graham Arnold's side play again on Tuesday.")
    assert speakers(text) == ["Graham Arnold"]
