"""Speakers in English news (issue 9, session 35): a body's name opened by a dotted
abbreviation (“The U.S. Department of Agriculture said, “…””, “the U.N. Security Council
said”) was no body of the cast: cast._EN_BODY_NAMED's capitalised words had no full stop,
so only “Department of Agriculture” was found, which is not the sentence's subject, and the
quotation gave nobody (dev 1536_wikinews). Two or three dotted capitals now count as one of
the name's words. Made-up texts; the guards keep the undotted form and a sentence's end
before a body."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

Q = "“Ground-level ozone does more damage to crops than every other pollutant.”"

FIXED = [
    ("Farmers worry about the heat.\n\nThe U.S. Department of Agriculture said, " + Q + "\n",
     "U.S. Department of Agriculture"),
]

GUARDS = [
    (Q[:-2] + ",” the U.K. Food Standards Agency Board said.\n",
     "U.K. Food Standards Agency Board"),
    ("Farmers worry about the heat.\n\nThe US Department of Agriculture said, " + Q + "\n",
     "US Department of Agriculture"),
    ("Ann Lee spoke in Washington. Health Department officials said nothing.\n\n"
     + Q[:-2] + ",” Lee said.\n", "Ann Lee"),
]


@pytest.mark.parametrize(("text", "who"), FIXED)
def test_dotted_abbreviation_opens_a_body(text: str, who: str) -> None:
    assert speakers(text)[-1] == who


@pytest.mark.parametrize(("text", "who"), GUARDS)
def test_undotted_bodies_and_people_stay(text: str, who: str) -> None:
    assert speakers(text)[-1] == who
