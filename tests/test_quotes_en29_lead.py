"""Speakers in English news (issue 9, session 29): titles written with a full stop that
were read as the sentence's end (the title itself came out as the speaker: “said Cmdr.
Jane Holt” gave “Cmdr”), and short last words of names that read as a body or a title
elsewhere (“Kim Jong Un”, “Hun Sen” gave nobody). Made-up sentences; the guards keep the
nearby shapes."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

SAID = '"We are going to keep fighting for the families who need this help," '


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("said Adm. John Aquilino.", "John Aquilino"),
        ("said Brig. Gen. Pat Ryder.", "Pat Ryder"),
        ("said Cmdr. Jane Holt.", "Jane Holt"),
        ("said Supt. Mark Evans.", "Mark Evans"),
        ("said Insp. Ravi Kumar.", "Ravi Kumar"),
        ("said Fr. James Martin.", "James Martin"),
        ("said Atty. Gen. Merrick Garland.", "Merrick Garland"),
        ("said Pvt. John Doe.", "John Doe"),
        ("said Amb. Linda Thomas-Greenfield.", "Linda Thomas-Greenfield"),
        ("said Msgr. Peter Smith.", "Peter Smith"),
        ("said Det. Sgt. Ann Lee.", "Ann Lee"),
        ("said Const. Mike Ross.", "Mike Ross"),
        ("said Supt Mark Evans.", "Mark Evans"),
        ("said Kim Jong Un.", "Kim Jong Un"),
        ("said North Korean leader Kim Jong Un.", "Kim Jong Un"),
        ("said Kim Jong Un, the North Korean leader.", "Kim Jong Un"),
        ("said Hun Sen.", "Hun Sen"),
        ("said Amartya Sen.", "Amartya Sen"),
    ],
)
def test_titles_with_full_stops_and_short_last_words(cue: str, expected: str) -> None:
    assert speakers(SAID + cue) == [expected]


# the title's full stop before the name and its verb after the quotation is no sentence's
# end either (attribution._ABBR_TAIL: the cue was cut to the title, nobody found)
@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("Cmdr. Jane Holt said.", "Jane Holt"),
        ("Supt. Mark Evans said.", "Mark Evans"),
        ("Insp. Ravi Kumar said.", "Ravi Kumar"),
        ("Det. Ann Lee told reporters.", "Ann Lee"),
    ],
)
def test_titles_with_full_stops_before_the_verb(cue: str, expected: str) -> None:
    assert speakers(SAID + cue) == [expected]


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("said Sen. Elizabeth Warren.", "Elizabeth Warren"),
        ("said Democratic Sen. Chris Murphy.", "Chris Murphy"),
        ("said Lt. Col. Anna Reed.", "Anna Reed"),
        ("said Gov. Gavin Newsom.", "Gavin Newsom"),
        ("said the UN envoy.", ""),
        ("said the U.N. envoy.", ""),
        ("said Moon Jae-in.", "Moon Jae-in"),
        ("said Kim Yo Jong.", "Kim Yo Jong"),
    ],
)
def test_nearby_titles_and_names_unchanged(cue: str, expected: str) -> None:
    assert speakers(SAID + cue) == [expected]


SUDANI = "Iraqi Prime Minister Mohammed Shia al-Sudani visited Basra on Monday. "
ASSAD = "Syrian President Bashar al-Assad spoke on Monday. "
KANG = "Kang Shao Pin, the company director, spoke on Monday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Arabic article written, capitalised or left out in the short form
        (SUDANI + SAID + "said al-Sudani.", "Mohammed Shia al-Sudani"),
        (SUDANI + SAID + "Al-Sudani said.", "Mohammed Shia al-Sudani"),
        (SUDANI + SAID + "Sudani said.", "Mohammed Shia al-Sudani"),
        (ASSAD + SAID + "Assad said.", "Bashar al-Assad"),
        # “Kang”, a form of address in Indonesian, is a surname in English copy
        (SAID + "said Kang Shao Pin.", "Kang Shao Pin"),
        (KANG + SAID + "Kang said.", "Kang Shao Pin"),
    ],
)
def test_arabic_articles_and_surnames_that_are_forms_of_address(text: str,
                                                                expected: str) -> None:
    assert speakers(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (ASSAD + SAID + "al-Assad said.", "Bashar al-Assad"),
        (SAID + "said Mr Kang Shao Pin.", "Kang Shao Pin"),
        (SAID + "said Bang Si-hyuk.", "Bang Si-hyuk"),
        ('"Pemerintah harus hadir untuk rakyat kecil di seluruh daerah," kata Kang Dedi'
         " Mulyadi.", "Dedi Mulyadi"),
    ],
)
def test_articles_and_address_words_unchanged(text: str, expected: str) -> None:
    assert speakers(text) == [expected]


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        # “San” after a word of a name is the name's (no place: “San Diego”)
        ("said Aung San Suu Kyi.", "Aung San Suu Kyi"),
        # an office's word before a suffix is a surname
        ("said Martin Luther King Jr.", "Martin Luther King Jr."),
    ],
)
def test_san_inside_a_name_and_a_surname_before_a_suffix(cue: str, expected: str) -> None:
    assert speakers(SAID + cue) == [expected]


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("said San Diego Mayor Todd Gloria.", "Todd Gloria"),
        ("said Mayor of San Diego Todd Gloria.", "Todd Gloria"),
        ("said Robert F. Kennedy Jr.", "Robert F. Kennedy Jr."),
        ("said the King.", ""),
    ],
)
def test_san_diego_and_suffixes_unchanged(cue: str, expected: str) -> None:
    assert speakers(SAID + cue) == [expected]


BODY = '"We will respond to any attack with full force," '


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        # a body's name whose last word was read as a person's (“Command”, “Government”)
        ("the Lagos State Police Command said in a statement.", "Lagos State Police Command"),
        ("the Lagos State Government said.", "Lagos State Government"),
        ("the Federal Bureau of Investigation said.", "Federal Bureau of Investigation"),
        ("the Nigeria Police Force said.", "Nigeria Police Force"),
        ("the Vatican said.", "Vatican"),
        # a body's name joined by “and”
        ("the Food and Drug Administration said.", "Food and Drug Administration"),
        ("the Securities and Exchange Commission said.", "Securities and Exchange Commission"),
        ("the Bill and Melinda Gates Foundation said.", "Bill and Melinda Gates Foundation"),
        # the person “of” a body, not a name inside the body's
        ("said Anna Lee of the Center for American Progress.", "Anna Lee"),
    ],
)
def test_bodies_named_in_full(cue: str, expected: str) -> None:
    assert speakers(BODY + cue) == [expected]


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("the State Department said.", "State Department"),
        ("the European Commission said.", "European Commission"),
        ("said Tom and Ann Lee.", "Ann Lee"),
        ("said Fatima Ali, director of the Centre for Policy Research.", "Fatima Ali"),
        ("said the chairman of the Senate Armed Services Committee, Roger Wicker.",
         "Roger Wicker"),
        ("said Secretary of State Marco Rubio.", "Marco Rubio"),
        ("said Chancellor of the Exchequer Rachel Reeves.", "Rachel Reeves"),
        # two names joined by “and” are no one body (a body's name joined so ends in a
        # body's word: were “Tom Vale and KPK”, “Sweden and NATO”)
        ("Tom Vale and KPK said.", ""),
        ("Sweden and NATO said in a joint statement.", ""),
    ],
)
def test_bodies_and_offices_of_bodies_unchanged(cue: str, expected: str) -> None:
    assert speakers(BODY + cue) == [expected]
