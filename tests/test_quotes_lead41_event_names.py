"""English: a cast member whose name ends in an event's word (“the Sri Lanka Economic
Summit”, “Easter Masses”) or a people's plural (“Sri Lankans”) is no one “he said” or
“she said” points to (en44's 3165 gave a speaker's words to “Economic Summit”; round 206's
3206 to “Easter Masses”). Texts made up (session 41)."""

import pytest

from reader.core.quotes.names import _ends_as_no_person
from tests.quote_helpers import quotations


@pytest.mark.parametrize("gap", ["\n\n", " "])
def test_an_event_is_no_one_she_points_to(gap):
    text = (f"Title\n\nManaging Director Natalie Kidd said Sri Lanka must act fast.{gap}"
            "Speaking at a session of the Sri Lanka Economic Summit organised by The Ceylon "
            "Chamber of Commerce last week, she noted that arrivals doubled in 2024. “Sri "
            "Lanka has a diversity of attractions,” she said.")
    [q] = quotations(text)
    assert q.speaker == "Natalie Kidd"


@pytest.mark.parametrize(("name", "no_person"), [
    ("Economic Summit", True), ("Easter Masses", True), ("Sri Lankans", True),
    ("Colombo Tourism Festival", True), ("Tom Summers", False), ("Ann Lee", False),
    ("Lisa Congress", False),
])
def test_what_ends_as_no_person(name, no_person):
    assert _ends_as_no_person(name) is no_person
