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


@pytest.mark.parametrize("office", ["The minister", "The former minister"])
def test_the_same_office_named_later_is_its_holder(office):
    text = (f'{office} said the government was "increasing the salary threshold '
            'significantly" next year.\n\n' + _LATER)
    assert speakers(text) == ["John Hayes"]


def test_a_headline_office_is_the_person_introduced_after_it():
    text = ("'Venezuelans are pouring into Trinidad to be registered' says Cedros councillor\n\n"
            "Cedros councillor Shankar Teelucksingh said the registration centre was full "
            "by noon on Friday.")
    assert speakers(text) == ["Shankar Teelucksingh"]
