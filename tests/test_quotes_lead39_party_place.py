"""US papers write a lawmaker's party and home town between commas after the name ("State
Rep. Steve Xiarhos, R-Barnstable, who sponsored the bill, …"): the tag is no person, and
the name before it is the lawmaker's, not an office of the tag (en39's 2917 gave a
quotation to "R-Barnstable" and left "Xiarhos said" without the full name). Texts made up
(session 39)."""

import pytest

from tests.quote_helpers import speakers

_WORDS = '"not just an attack on a police dog but an affront to our community"'
_THEN = ('\n\n"We must bring the individual responsible to justice," Vale said.')


@pytest.mark.parametrize("lawmaker", [
    "State Rep. Tom Vale, R-Barnstable,", "state Sen. Tom Vale, D-Austin,",
    "Rep. Tom Vale, R-San Antonio,", "Senator Tom Vale, D-N.Y.,",
])
def test_the_tag_after_the_name(lawmaker):
    text = (f"The dog was hurt on Friday.\n\n{lawmaker} who sponsored the law, weighed in, "
            f"calling the attack {_WORDS}.{_THEN}")
    assert speakers(text) == ["Tom Vale", "Tom Vale"]


@pytest.mark.parametrize("subject", [
    "Sen. Debbie Stabenow, D-Mich., a member of the leadership team,",
    "Rep. Debbie Stabenow, R-San Antonio, the committee's chair,",
])
def test_the_tag_then_an_apposition_before_the_verb(subject):
    # (en40's 2944: “said Schumer has “…”” was read as Schumer speaking)
    text = ("Chuck Schumer spoke first.\n\n"
            f'{subject} said Schumer has "an uncanny way to be able to listen" to them.')
    assert speakers(text) == ["Debbie Stabenow"]
