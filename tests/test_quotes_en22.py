"""Quotations and speakers, English classes of session 22 (issue 9, en22).

The sentences are made up; each follows a pattern that gave a wrong speaker before its
rule (dev round 175: The Korea Herald and Korea JoongAng Daily, Dec 2025 - Jan 2026).
``STAYS`` are neighbouring patterns that must keep their reading.
"""

import pytest
from quote_helpers import speaker_of

# “the company said” after a firm that spoke: the firm, though the article also writes it
# after “under” (“the group under Acme”), which read as the office of an Under Secretary
UNDER = [
    ("Acme fired its singer on Monday.\n\nIn a statement released Monday, Acme said it ended "
     "her contract. \u201cWe have determined that she can no longer remain with us,\u201d the "
     "company said.\n\nThe other two members will stay in the group under Acme.",
     "We have", "Acme"),  # (was nobody)
    ("Acme fired its singer on Monday.\n\nIn a statement released Monday, Acme said it ended "
     "her contract. \u201cWe have determined that she can no longer remain with us,\u201d the "
     "company said.\n\nThe band worked under Acme for five years.", "We have", "Acme"),
]
UNDER_STAYS = [
    ("The talks resumed on Monday.\n\n\u201cWe are ready to sign,\u201d said Under Secretary "
     "of State John Smith.", "We are", "John Smith"),
    ("The talks resumed on Monday under John Smith, the under secretary.\n\n\u201cWe are "
     "ready to sign,\u201d the under secretary said.", "We are", "John Smith"),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), UNDER + UNDER_STAYS)
def test_under_before_a_name_is_no_office(text: str, opening: str, speaker: str) -> None:
    assert speaker_of(text, opening) == speaker
