"""Speakers in English news (issue 9, session 34): a firm whose name ends in its kind
(“Ltd”, “Inc”) is read as a role, not a name, so the office and name after it were not
looked for when two lower-case words stood between (“…,” Leeds Capital Ltd transport
analyst Jo Reed commented.): nobody, or the firm itself after “said”. Made-up sentences;
the guards keep the nearby shapes."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

LEAD = "But analysts said the deal was prompted by a restructuring at the parent.\n\n"
QUOTE = "“It is a question of buying at the right time from the right people,” "


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("Leeds Capital Ltd transport analyst Jo Reed commented.", "Jo Reed"),
        ("said Leeds Capital Ltd transport analyst Jo Reed.", "Jo Reed"),
    ],
)
def test_the_name_after_a_firm_and_its_office_speaks(cue: str, expected: str) -> None:
    assert speakers(LEAD + QUOTE + cue) == [expected]


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("Leeds Capital Ltd analyst Jo Reed said.", "Jo Reed"),
        ("Barclays transport analyst Jo Reed said.", "Jo Reed"),
        ("said Barclays senior economist Jo Reed.", "Jo Reed"),
        ("Leeds Capital Ltd said in a statement.", "Leeds Capital Ltd"),
        ("Harwood Vane Inc senior economist Tom Kerr said.", "Tom Kerr"),
        ("said Harwood Vane Ltd senior economist Tom Kerr.", "Tom Kerr"),
    ],
)
def test_guards(cue: str, expected: str) -> None:
    assert speakers(LEAD + QUOTE + cue) == [expected]
