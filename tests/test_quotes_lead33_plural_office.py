"""A plural office before two or more names (issue 9, session 33, the reviewer's finding):
“Senators Ann Lee and Tom Vale wrote …” put “Senators Ann Lee” in the cast, so “Lee said”
gave “Senators Ann Lee”, unmarked. The plural office is no word of the first name. Made-up
sentences; the guards keep a singular office and names that end in -s."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

QUOTE = "\"We cannot let landlords decide who gets a home in this country,\""


@pytest.mark.parametrize("lead", [
    "Senators Ann Lee and Tom Vale wrote to the agency on Monday.",
    "Governors Ann Lee and Tom Vale met on Monday.",
    "Senators Ann Lee, Tom Vale and Joe Park wrote to the agency.",
])
def test_a_plural_office_is_no_part_of_the_first_name(lead: str) -> None:
    assert speakers(f"{lead}\n\n{QUOTE} Lee said.\n\nThe debate continues.") == ["Ann Lee"]


@pytest.mark.parametrize(("lead", "cue", "expected"), [
    # guards (passed before)
    ("Senator Ann Lee and Tom Vale wrote to the agency.", "Lee said.", "Ann Lee"),
    ("Senators Ann Lee and Tom Vale wrote to the agency.", "Vale said.", "Tom Vale"),
    ("Sam Roberts and Tom Vale wrote to the agency.", "Roberts said.", "Sam Roberts"),
])
def test_singular_offices_and_names_stay(lead: str, cue: str, expected: str) -> None:
    assert speakers(f"{lead}\n\n{QUOTE} {cue}\n\nThe debate continues.") == [expected]
