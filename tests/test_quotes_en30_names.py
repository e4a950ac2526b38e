"""Speakers in English news (issue 9, session 30): how much of a person's name the
speaker keeps. Made-up sentences; the guards keep the nearby shapes."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

# A long South Asian name, one of whose inner words the article writes elsewhere on its
# own: the firm-name cut (``People._cut_firm``, for “Dirut Pertamina Patra Niaga Alfian
# Nasution”) took the words before it for a firm and kept the last two ('Karim Chowdhury',
# then 'Hasan' for the short form). In English the cut holds only when the article writes
# the run's tail itself on its own (“James Bond David Harewood … David Harewood”).
_LONG_NAME = (
    "Party leaders met in Dhaka on Sunday.\n\n"
    "\u201cWe will not give up,\u201d said Rafiqul Hasan Karim Chowdhury, the party's "
    "secretary general. Karim, a lawyer, spoke for an hour.\n\n"
    "\u201cWe are ready,\u201d Hasan said."
)
_TAIL_WRITTEN = (
    "The film opened on Friday.\n\n"
    "Bond actor David Harewood was there. \u201cIt was a long wait,\u201d said James Bond "
    "David Harewood.\n\n"
    "\u201cI loved it,\u201d Harewood said. David Harewood later left."
)


def test_a_long_name_is_no_firm_and_its_holder() -> None:
    assert speakers(_LONG_NAME) == ["Rafiqul Hasan Karim Chowdhury"] * 2


def test_guard_a_name_run_into_the_tail_the_article_writes_alone() -> None:
    assert speakers(_TAIL_WRITTEN) == ["David Harewood"] * 2


# A US party's tag with a state or a home town after the name, between commas (AP style):
# the tag came out as the speaker ('D-Austin', 'R-San Antonio', 'R-Andover') or, with a
# dotted state before the verb (“D-N.Y., said”), nobody: a full stop right before a
# comma ends no sentence.
_BILL = "The bill passed on Tuesday. \u201cWe will keep fighting for these families,\u201d "


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("said state Sen. Maria Lopez, D-Austin. Others disagreed.", "Maria Lopez"),
        ("said state Rep. Tom Vale, R-San Antonio. Others disagreed.", "Tom Vale"),
        ("said state Sen. Maria Lopez, D-Austin, who wrote the bill.", "Maria Lopez"),
        ("state Sen. Maria Lopez, D-Austin, said on Monday.", "Maria Lopez"),
        ("Sen. Ann Kerr, D-N.Y., said on Monday.", "Ann Kerr"),
        ("Ann Kerr, R-Fla., told reporters.", "Ann Kerr"),
        # (the same full stop before a comma, in a firm's name: nobody before)
        ("Tom Vale, of Acme Inc., said on Monday.", "Tom Vale"),
    ],
)
def test_a_party_tag_after_the_name(cue: str, expected: str) -> None:
    assert speakers(_BILL + cue) == [expected]


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("said Sen. Ann Kerr, D-N.Y. Others disagreed.", "Ann Kerr"),
        ("said Rep. Angie Moss (D-Minn.) on Monday.", "Angie Moss"),
        ("Maria Lopez, a Democrat from Austin, said on Monday.", "Maria Lopez"),
        ("said Tom Vale, Acme Holdings' chief.", "Tom Vale"),
    ],
)
def test_guard_nearby_shapes(cue: str, expected: str) -> None:
    assert speakers(_BILL + cue) == [expected]


# A body named by its kind, “of”, and the fields it serves joined by “and”: the cast and
# the cue read the words after “and” as a person ('Human Services', 'Aviation').
_RISK = "Officials were cautious on Friday. \u201cThe risk to the public remains low,\u201d "


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("the Department of Health and Human Services said.",
         "Department of Health and Human Services"),
        ("said the Department of Health and Human Services.",
         "Department of Health and Human Services"),
        ("the Ministry of Ports and Aviation said.", "Ministry of Ports and Aviation"),
        ("the Bureau of Fisheries and Aquatic Resources said.",
         "Bureau of Fisheries and Aquatic Resources"),
    ],
)
def test_a_body_of_fields_joined_by_and(cue: str, expected: str) -> None:
    assert speakers(_RISK + cue) == [expected]


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("the Department of Health said.", "Department of Health"),
        ("the Food and Drug Administration said.", "Food and Drug Administration"),
        ("Tom Vale of the Department of Health and Human Services said.", "Tom Vale"),
        ("said Tom Vale of the Department of Health and Human Services.", "Tom Vale"),
        ("said Secretary of Health and Human Services Tom Vale.", "Tom Vale"),
        ("said Health and Human Services Secretary Tom Vale.", "Tom Vale"),
        ("the Department of Health and Tom Vale said.", "Tom Vale"),
    ],
)
def test_guard_bodies_and_their_people(cue: str, expected: str) -> None:
    assert speakers(_RISK + cue) == [expected]


# An office “of” a place or a body, with nobody named (“said the mayor of Maple Grove”):
# the words after “of” came out as the speaker ('Maple Grove', 'Acme Holdings'); the
# office's holder is unnamed (nobody), unless the article gave someone that office.
_BRIDGE = "The bridge opened on Monday. \u201cThis bridge joins two halves of our town,\u201d "


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("said the mayor of Maple Grove.", ""),
        ("the mayor of Maple Grove said.", ""),
        ("said the police chief of Maple Grove.", ""),
        ("the chairman of Acme Holdings said.", ""),
        # (a body's word before “of”: the body by its whole name, was 'Minnesota')
        ("said the Republican Party of Minnesota.", "Republican Party of Minnesota"),
    ],
)
def test_an_office_of_a_place_or_a_body(cue: str, expected: str) -> None:
    assert speakers(_BRIDGE + cue) == [expected]


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("said Anna Lee of the Center for American Progress.", "Anna Lee"),
        ("said Tom Vale, the mayor of Maple Grove.", "Tom Vale"),
        ("said Tom Vale, director of Acme Holdings and president of the Maple Grove "
         "Chamber of Commerce.", "Tom Vale"),
        ("said Chancellor of the Exchequer Tom Hale.", "Tom Hale"),
        ("the Republican Party of Minnesota said.", "Republican Party of Minnesota"),
    ],
)
def test_guard_names_and_bodies_with_of(cue: str, expected: str) -> None:
    assert speakers(_BRIDGE + cue) == [expected]
