"""Speakers in English news (issue 9, session 30): what a story writes before a name to
say what the person is or was — an occupation or a former office's modifier
(“Physicist Ann Lee said”, “Former Tom Vale told”, “said rookie Jo Kim”) — came out as the
first word of the name (“Physicist Ann Lee”), or gave nobody when written in lower case
after the verb. Made-up sentences; the guards keep the same words as surnames, and
parties' names as bodies."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

SAID = "“We will win the match on Sunday and then the cup,” "


@pytest.mark.parametrize("word", ["Physicist", "Epidemiologist", "Billionaire", "Skipper",
                                  "Rookie", "Pollster", "Correspondent", "Barrister",
                                  "Shortstop", "Astronaut", "Former", "Retired", "Longtime"])
def test_a_capitalised_epithet_opening_the_sentence_is_not_the_name(word: str) -> None:
    assert speakers(f"{word} Tom Vale said: {SAID.strip(', ')}") == ["Tom Vale"]
    assert speakers(f"{SAID}{word} Tom Vale told reporters.") == ["Tom Vale"]
    assert speakers(f"{word} Tom Vale said the team was ready for the final.\n\n"
                    f"{SAID}Vale said.") == ["Tom Vale"]


@pytest.mark.parametrize("word", ["physicist", "billionaire", "rookie", "diplomat",
                                  "longtime", "fellow", "critic"])
def test_a_lower_case_epithet_after_the_verb(word: str) -> None:
    assert speakers(f"{SAID}said {word} Tom Vale.") == ["Tom Vale"]


@pytest.mark.parametrize(("cue", "expected"), [
    ("Adam Driver said.", "Adam Driver"),  # (the words are surnames too)
    ("Tom Principal said.", "Tom Principal"),
    ("John Critic said.", "John Critic"),
    ("the Conservative Party said in a statement.", "Conservative Party"),
    ("the Socialist Party said.", "Socialist Party"),
    ("Acting Mayor Jane Holt said.", "Jane Holt"),
    ("said a supporter.", ""),  # (an unnamed source stays unnamed)
    ("said former coach Tom Vale.", "Tom Vale"),
])
def test_guards(cue: str, expected: str) -> None:
    assert speakers(SAID + cue) == [expected]


@pytest.mark.parametrize("title", ["Comrade", "Oba", "Evangelist", "Hajia", "Mazi", "Apostle",
                                   "Engr.", "Surv.", "Rt. Hon.", "APC chieftain"])
def test_west_african_titles_before_a_name(title: str) -> None:
    # (Nigerian press writes traditional, party, church and professional titles before
    # the name: “Comrade Tom Vale said”, “Engr. Tom Vale told reporters”)
    assert speakers(f"{title} Tom Vale said: {SAID.strip(', ')}") == ["Tom Vale"]
    assert speakers(f"{SAID}{title} Tom Vale told reporters.") == ["Tom Vale"]
    assert speakers(f"{SAID}said {title} Tom Vale.") == ["Tom Vale"]


@pytest.mark.parametrize(("cue", "expected"), [
    ("Chidi Igwe said.", "Chidi Igwe"),  # (the same words are surnames)
    ("said Nnamdi Eze, a trader.", "Nnamdi Eze"),
    ("Tom Oba said.", "Tom Oba"),
    ("said Ann Barr.", "Ann Barr"),  # (“Barr.”, a barrister's title, is left out: a surname)
])
def test_titles_guards(cue: str, expected: str) -> None:
    assert speakers(SAID + cue) == [expected]


STORY = ("Union leaders meet\n\nFarmer Tom Vale, 45, leads the Ohio Growers Union. Ann Lee, a"
         " mother of four, backs the bill.\n\n")


@pytest.mark.parametrize(("cue", "expected"), [
    # the comma after the closing mark (British and South Asian copy) before an epithet
    ("”, the 45-year-old said.", "Tom Vale"),
    ("”, said the 45-year-old.", "Tom Vale"),
    # the age given after a name with an office or an epithet before it (“Farmer Tom Vale”)
    (",” the 45-year-old said.", "Tom Vale"),
    # a relative of one the article names, then the relative's name
    (",” Vale's wife, Mary, said.", "Mary"),
    (",” Vale’s wife Mary said.", "Mary"),
])
def test_epithets_and_relatives_after_the_quotation(cue: str, expected: str) -> None:
    assert speakers(f"{STORY}“We cannot wait another year for this help{cue}") == [expected]


@pytest.mark.parametrize(("cue", "expected"), [
    ("”, says the mother of four.", "Ann Lee"),
    (",” Lee's lawyer, Jo Kim, told reporters.", "Jo Kim"),
    (",” Vale's wife said.", ""),  # (a relative the article does not name)
    (",” Microsoft's Brad Smith said.", "Brad Smith"),  # (a body's person, not a relative)
])
def test_epithets_and_relatives_guards(cue: str, expected: str) -> None:
    assert speakers(f"{STORY}“We cannot wait another year for this help{cue}") == [expected]


NARRATED = ("Union leaders meet\n\nFarmer Tom Vale leads the Ohio Growers Union. The bill passed"
            " on Monday.\n\n")
UNCUED = "“We will not back down until the permit is gone.”"


@pytest.mark.parametrize("sentence", [
    "Asked about the vote, Vale was blunt.",
    "Speaking to reporters on Monday, Vale put it plainly.",
    "Pressed on the deal, Vale did not hold back.",
])
def test_a_participles_clause_before_the_subject_of_the_sentence_before(sentence: str) -> None:
    # (an uncued quotation after narration: a guess at that sentence's subject, marked)
    assert speakers(f"{NARRATED}{sentence} {UNCUED}") == ["Tom Vale"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Vale did not mince words.", "Tom Vale"),  # (the subject opening the sentence)
    ("Asked about Vale, the governor was blunt.", ""),  # (the name inside the clause)
])
def test_a_participles_clause_guards(sentence: str, expected: str) -> None:
    assert speakers(f"{NARRATED}{sentence} {UNCUED}") == [expected]


@pytest.mark.parametrize("sentence", [
    "Vale, 45, was blunt.",
    "Vale, who leads the union, did not hold back.",
])
def test_an_apposition_after_the_subject_of_the_sentence_before(sentence: str) -> None:
    # (the comma after the name hid it from the sentence's opening words)
    assert speakers(f"{NARRATED}{sentence} {UNCUED}") == ["Tom Vale"]
