"""Quotations and speakers, English classes of session 29 (issue 9, en29).

The sentences are made up; each follows a pattern that gave a wrong speaker before its
rule (dev classes ``form:cut:first-words``, ...). ``STAYS`` are neighbouring patterns that
must keep their reading.
"""

import pytest
from quote_helpers import speaker_of

from reader.core.quotes.engine import analysed

_SAID = "Hale said: \u201cWe will not stop until the roads are safe again for everyone.\u201d"

# a full name written after its office as a title, after a preposition (“part of Prime
# Minister X's plan”) or after a place that opens many capitalised pairs (“Ohio Gov. X”
# beside “Ohio State”, “Ohio River”): the surname alone later is that person
TITLED = [
    ("The idea came from Gov. Nora Hale after the crash.\n\n"
     f"{_SAID}", "Nora Hale"),
    ("Ohio Gov. Nora Hale signed the bill on Monday. The Ohio River is high and the Ohio "
     f"State fans are out.\n\n{_SAID}", "Nora Hale"),  # (was “Hale”: “Ohio” a brand)
]
TITLED_STAYS = [
    # an office held “of” a body, then the body's own name: no person in it
    ("Nora Hale, director general of Ohio's Road Safety and Transport Centre, spoke.\n\n"
     "\u201cWe will not stop until the roads are safe again for everyone,\u201d she said.",
     "Nora Hale"),
    # a place after a preposition stays a place
    ("The crash happened near Ohio Street in New York.\n\n"
     "\u201cWe will not stop until the roads are safe again for everyone,\u201d Hale said.",
     "Hale"),
    # a brand's runs stay nobody's name
    ("Acme Day, Acme Gives and Acme Impact are the firm's events.\n\n"
     "\u201cWe will not stop until the roads are safe again for everyone,\u201d Acme said.",
     "Acme"),
]


@pytest.mark.parametrize(("text", "speaker"), TITLED + TITLED_STAYS)
def test_titled_name_after_preposition_or_brand(text: str, speaker: str) -> None:
    assert speaker_of(text, "We will") == speaker


# the cast itself: the run after “of” was read as a place and left out
CAST = [
    ("The bill is part of Prime Minister Tobias Brannick's plan to cut road deaths.",
     "Brannick", "Tobias Brannick"),
    ("The call came from Gov. Tobias Brannick on Monday.", "Brannick", "Tobias Brannick"),
    # (stays: an office held of a body, then the body's name: nobody)
    ("Ana Ruiz, director general of Ohio's Road Safety and Transport Centre, spoke.",
     "Transport", ""),
]


@pytest.mark.parametrize(("text", "short", "full"), CAST)
def test_titled_name_after_preposition_joins_cast(text: str, short: str, full: str) -> None:
    assert analysed(text, None).people.known(short) == full
