"""Speakers in English news (issue 9, session 30): whom “he” and “she” point back to.
Made-up sentences; the guards keep the nearby shapes."""

from __future__ import annotations

from tests.quote_helpers import speaker_of

# A name the article writes after “the” in half its mentions or more is a place, a body
# or an outlet (“the Philippines agreed”, “told the Weekend Argus”): “he” was that name.
_COUNTRY = (
    "Finance Secretary Tom Vale has confirmed the Philippines agreed to make early "
    "payments to its banks.\n\n"
    "Vale said the payments would hardly affect the Philippines' balance of payments. "
    "The Philippines would pay about 100 million dollars a year in interest.\n\n"
    '"There is no problem with the banks," he said.'
)
_OUTLET = (
    "Tom Vale has lived in the settlement for ten years. He said nobody counted his street "
    "in the census.\n\n"
    "It was only when the Weekend Argus visited the settlement that Vale learnt of the "
    "count. Weekend Argus was able to find 97 such settlements.\n\n"
    '"This is painful because we have been waiting for years," he said.'
)
# A role read before a place that ends in “of the” is not the place's own office (“a member
# of the Maple Grove mayoral committee”): the place stayed a person for “she”.
_PLACE = (
    "The census counted 216 settlements in and around Maple Grove. Many more have grown "
    "around Maple Grove since then, and the City of Maple Grove built toilets for them.\n\n"
    '"All people were counted," Tom Oosten said. Maple Grove mayoral committee member for '
    "human settlements, Ann Vale did not deal with questions about the count. She said the "
    'city ran its own surveys "to ensure that our records are kept up to date".\n\n'
    "A member of the Maple Grove mayoral committee for human settlements, Ann Vale, did "
    "not reply."
)


def test_he_is_no_country_written_after_the() -> None:
    assert speaker_of(_COUNTRY, "There is no") == "Tom Vale"


def test_he_is_no_outlet_written_after_the() -> None:
    assert speaker_of(_OUTLET, "This is painful") == "Tom Vale"


def test_she_is_no_place_with_a_role_of_the() -> None:
    assert speaker_of(_PLACE, "to ensure") == "Ann Vale"


# a person named with a given name stays “he” though the article writes their name
# after “the” as a modifier (“the Vale plan”)
def test_guard_a_person_written_after_the_as_a_modifier() -> None:
    text = ("Tom Vale met the board on Monday. The Vale plan was praised by all of them.\n\n"
            '"It works well for everyone," he said.')
    assert speaker_of(text, "It works") == "Tom Vale"


def test_guard_a_place_the_speaker_names() -> None:
    text = ("Ann Vale runs a shop in Maple Grove. She has been there ten years.\n\n"
            '"Maple Grove is changing fast," she said.')
    assert speaker_of(text, "Maple Grove is") == "Ann Vale"


# A month before a day's number is a date, never a cast member: “In Justice Kerr's August
# 19 ruling, she said” gave 'August' (the name after a possessive, gendered by the “she”).
def test_she_is_no_month_before_a_date() -> None:
    text = ("Ann Kerr ruled on the case.\n\n"
            "In Justice Kerr's August 19 ruling, she said: \"The vote was lawful and must "
            "stand.\"")
    assert speaker_of(text, "The vote") == "Ann Kerr"


def test_guard_a_given_name_that_is_a_month() -> None:
    text = ("The festival opened on Friday.\n\n"
            '"We sold every ticket," said April Jones, the organiser.')
    assert speaker_of(text, "We sold") == "April Jones"


# A name of two words or more ending in “Day” is a day, not a person, unless a given name
# opens it: “It's Youth Day and City Press finds Sadiki …” made 'Youth Day' the subject
# “he” pointed to.
def test_he_is_no_day() -> None:
    text = ("Bongani Sadiki used to spend two hours getting to work. The bank clerk now "
            "saves up to 45 minutes per trip.\n\n"
            "It's Youth Day and City Press finds Sadiki painting his outside walls. \"Before, "
            "I had to travel from Soweto to work and the travelling was horrible,\" he says.")
    assert speaker_of(text, "Before") == "Bongani Sadiki"


def test_guard_a_person_named_day() -> None:
    text = 'Doris Day sang on Monday. "It was a lovely night," she said.'
    assert speaker_of(text, "It was") == "Doris Day"
