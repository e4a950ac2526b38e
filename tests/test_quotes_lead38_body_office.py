"""A body's name that goes on past “of”, then an office in lower case and its holder
(“Karachi Chamber of Commerce president Ahmed Ali said”), as South Asian and Nigerian wire
copy writes it: the holder speaks. Before, the words before “of” were read as a person
(“Karachi Chamber”), as in “Ann Kerr of the agency said”. Texts made up (session 38)."""

import pytest

from tests.quote_helpers import speakers

_LEAD = "Talks resumed on Monday. "
_SAID = '"We will not accept any deal that leaves hostages behind," '


@pytest.mark.parametrize("subject", [
    "Karachi Chamber of Commerce president Ahmed Ali",
    "Lahore Chamber of Commerce and Industry president Mian Abuzar Shad",
    "Federation of Pakistan Chambers of Commerce and Industry President Atif Ikram",
    "University of Karachi vice chancellor Khalid Mahmood",
])
def test_the_holder_of_a_body_office_after_the_quotation(subject):
    name = " ".join(subject.split()[-2:]) if "Shad" not in subject else "Mian Abuzar Shad"
    assert speakers(f"{_LEAD}{_SAID}{subject} said.") == [name]


def test_before_the_quotation_too():
    text = (f"{_LEAD}Karachi Chamber of Commerce president Ahmed Ali said, "
            '"We will not accept any deal that leaves hostages behind."')
    assert speakers(text) == ["Ahmed Ali"]


@pytest.mark.parametrize("cue", [
    # the person before “of” still speaks when no office and holder follow the body
    "Ann Kerr of the Karachi Chamber of Commerce said.",
    "Ann Kerr of Karachi Chamber of Commerce told reporters.",
    # a possessive office after the body is no holder's name
    "Ann Kerr of Acme chief executive Tom Vale's office said.",
    # a body whose last word is also an office's (“State”): no office and holder after it
    "Ann Kerr of the State Department told reporters.",
])
def test_guards(cue):
    assert speakers(_LEAD + _SAID + cue) == ["Ann Kerr"]
