"""Speakers in English news (issue 9, session 34): a dateline with a colon opening the first
paragraph (“KARACHI: …”, the style of many South Asian and East African outlets) made the
whole paragraph read as a link line (“RELATED: …”), so its names and its speech verbs were
never seen: the lead's speaker came out cut (“Ali Shah” for “Murad Ali Shah”) or nobody.
Made-up sentences; the guards keep link and label lines what they were."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

SAID = "“We will review every contract signed last year and publish the results,”"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"KARACHI: Murad Ali Shah said on Monday that the rains had ended. {SAID} Shah said.",
         "Murad Ali Shah"),
        (f"PESHAWAR: Provincial Finance Minister Aftab Alam Khan told the assembly on Friday "
         f"that the budget would be late. {SAID} Khan added.", "Aftab Alam Khan"),
        (f"DODOMA: Health Minister Grace Mwakyusa said on Tuesday that the clinics would "
         f"reopen this week. {SAID} she said.", "Grace Mwakyusa"),
        (f"NEW DELHI: Ravi Menon told reporters on Sunday that the talks would go on for "
         f"another week.\n\n{SAID} he said.", "Ravi Menon"),
    ],
)
def test_a_dateline_opens_prose(text: str, expected: str) -> None:
    assert speakers(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a link line's subject speaks in another story
        ("RELATED: Ann Lee says the budget will pass next week\n\n"
         f"Tom Vale runs the agency. {SAID} Vale said.", "Tom Vale"),
        (f"WATCH: Ann Lee explains the new rules.\n\nTom Vale runs the agency. {SAID} he said.",
         "Tom Vale"),
        (f"READ MORE: Ann Lee quits as the head of the agency\n\n{SAID} he said.", ""),
        # no colon: a dateline was read already
        (f"KARACHI - Tom Vale said on Monday that the rains had ended. {SAID} he said.",
         "Tom Vale"),
    ],
)
def test_link_lines_stay_links(text: str, expected: str) -> None:
    assert speakers(text) == [expected]
