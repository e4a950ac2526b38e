"""Speakers in English news (issue 9, session 34): the right person in the wrong form.
A generation's or a reign's numeral after a name (“Robert Vale III”, “Pope Leo XIV”) read
as an acronym, so the full name was no member of the cast and “Vale said” gave “Vale”;
spaced initials opening a name (“C. S. Lewis”, “J. R. R. Tolkien”) lost the first one;
a particle name after an office held “of” a field (“Head of Research Tom Van der Berg”)
kept the field's word (“Research Tom Van der Berg”) or lost the given name (“De Souza”);
and an office before a surname two people share (“Senator Lee said” with Senator Ann Lee
and her rival Tom Lee) went to the one named last. Made-up sentences; the guards keep the
nearby shapes."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

QUOTE = "“We will publish the full report before the end of the year,” "


@pytest.mark.parametrize(
    ("lead", "cue", "expected"),
    [
        # numerals of a generation or a reign
        ("Robert Vale III, the chairman of the board, met investors on Monday. ",
         "Vale said.", "Robert Vale III"),
        ("Tom Vale II spoke at the hearing on Tuesday. ", "Vale said.", "Tom Vale II"),
        ("Tom Vale IV, the heir, spoke at the hearing on Tuesday. ", "Vale said.",
         "Tom Vale IV"),
        ("Pope Leo XIV addressed the crowd on Sunday. ", "Leo said.", "Leo XIV"),
        # spaced initials opening the name
        ("C. S. Lewis spoke at Oxford on Tuesday. ", "Lewis said.", "C. S. Lewis"),
        ("The author J. R. R. Tolkien spoke at Oxford. ", "Tolkien said.",
         "J. R. R. Tolkien"),
        ("Sen. J. D. Vance spoke on Monday. ", "Vance said.", "J. D. Vance"),
        ("H. R. McMaster spoke on Monday. ", "McMaster said.", "H. R. McMaster"),
        # a particle name after an office held “of” a field
        ("Head of Research Tom Van der Berg presented the figures. ", "Van der Berg said.",
         "Tom Van der Berg"),
        ("Head of Research Tom De Souza presented the figures. ", "De Souza said.",
         "Tom De Souza"),
        ("Head of Research Tom de Souza presented the figures. ", "de Souza said.",
         "Tom de Souza"),
        # an office before a surname two people share
        ("Senator Ann Lee gave a speech. Her rival, Tom Lee, was absent. ",
         "Senator Lee said.", "Ann Lee"),
        ("Governor Ann Lee gave a speech. The mayor, Tom Lee, was absent. ",
         "Governor Lee said.", "Ann Lee"),
        ("Coach Ann Lee praised her team. Striker Tom Lee scored twice. ", "coach Lee said.",
         "Ann Lee"),
    ],
)
def test_the_fuller_form(lead: str, cue: str, expected: str) -> None:
    assert speakers(lead + QUOTE + cue) == [expected]


@pytest.mark.parametrize(
    ("lead", "cue", "expected"),
    [
        # a numeral read already where the name follows the verb
        ("", "said Robert Vale III, the chairman of the board.", "Robert Vale III"),
        # a numeral that is no name's: a war, a council
        ("Tom Vale, a veteran of World War II, spoke. ", "Vale said.", "Tom Vale"),
        ("Vatican II changed the church. ", "said Tom Vale.", "Tom Vale"),
        ("Ken Griffey Jr. joined the team in 1989. ", "Griffey said.", "Ken Griffey Jr."),
        # initials with one full stop each, or none, and a place's letters
        ("J.R.R. Tolkien spoke at Oxford on Tuesday. ", "Tolkien said.", "J.R.R. Tolkien"),
        ("Vice President JD Vance spoke on Monday. ", "Vance said.", "JD Vance"),
        ("The U. S. Senate passed the bill. ", "Senator Ann Lee said.", "Ann Lee"),
        # a portfolio before a two-word name, and a given name that is a particle's word
        ("Head of Research Tom Vale presented the figures. ", "Vale said.", "Tom Vale"),
        ("Head of Music Van Morrison spoke to reporters. ", "Morrison said.",
         "Van Morrison"),
        ("Minister of Foreign Affairs Faisal bin Farhan spoke to reporters. ",
         "Faisal said.", "Faisal bin Farhan"),
        # the office of the one named last, and two people of one office
        ("Prime Minister Ann Lee met opposition leader Tom Lee on Monday. ",
         "opposition leader Lee said.", "Tom Lee"),
        ("Senator Ann Lee and Senator Tom Lee spoke. Tom Lee left early. ",
         "Senator Lee said.", "Tom Lee"),
    ],
)
def test_guards(lead: str, cue: str, expected: str) -> None:
    assert speakers(lead + QUOTE + cue) == [expected]
