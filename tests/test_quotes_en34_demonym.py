"""Speakers in English news (issue 9, session 34): a nationality written as a noun after
“the” (“…,” the Spaniard said.; “said the Argentine”; “The Briton said: …”), the way sports
and world news call a person it has named. It stands for the person the article wrote
with that nationality, right before the name (“Spanish coach Tom Vale”, “Frenchman Kylian
Vale”) or in an apposition (“Tom Vale, an Argentine, …”); before, it gave nobody, or the
noun itself as a name (“Spaniard”, “Dutchman”, “Frenchman Kylian Vale”). A nationality
the article ties to nobody still gives nobody. Made-up sentences; the guards keep the
nearby shapes."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

SAID = "“We were brilliant from the first minute and deserved the win,” "


@pytest.mark.parametrize(
    ("lead", "cue", "expected"),
    [
        ("Spanish coach Luis Ferrer praised his side on Sunday. The team moved top.",
         "the Spaniard said.", "Luis Ferrer"),
        ("Luis Ferrer, a Spaniard, praised his side on Sunday. The team moved top.",
         "said the Spaniard.", "Luis Ferrer"),
        ("Argentine coach Mateo Rossi was pleased after the draw. The team is tenth.",
         "the Argentine said.", "Mateo Rossi"),
        ("Mateo Rossi, 52, an Argentine, was pleased after the draw. The team is tenth.",
         "the Argentine added.", "Mateo Rossi"),
        ("Frenchman Kylian Dubois scored twice on Sunday. The club won 3-0.",
         "the Frenchman said.", "Kylian Dubois"),
        ("Dutch driver Max Verhoef won the race on Sunday. He leads by 40 points.",
         "the Dutchman said.", "Max Verhoef"),
        ("Australian Alex Minter won in straight sets on Monday. He plays again soon.",
         "the Australian said.", "Alex Minter"),
        ("Ann Lee, a German, and Tom Vale, a Swede, climbed the peak. Both were tired.",
         "the Swede said.", "Tom Vale"),
        ("Lewis Hale, the British driver, was second. Max Verhoef won on Sunday.",
         "the Briton said.", "Lewis Hale"),
    ],
)
def test_a_nationality_after_the_is_the_one_so_described(lead: str, cue: str,
                                                         expected: str) -> None:
    assert speakers(f"{lead}\n{SAID}{cue}") == [expected]


def test_a_nationality_before_the_quotation() -> None:
    text = ("Lewis Hale, the British driver, was second. Max Verhoef won on Sunday.\n"
            "The Briton said: “The car was fantastic all weekend and I loved it.”")
    assert speakers(text) == ["Lewis Hale"]


def test_a_nationality_noun_before_a_name_is_no_word_of_it() -> None:
    text = ("Briton Andy Morrow won in straight sets on Monday.\n"
            "“I was really happy with how I served today,” said Briton Andy Morrow.")
    assert speakers(text) == ["Andy Morrow"]


# nobody written with the nationality: nobody, no longer the noun as a name (“Spaniard”)
@pytest.mark.parametrize(
    "lead",
    [
        "Tom Vale praised his side after the win. The team moved top.",
        "Max Verhoef won the race on Sunday. Lewis Hale, the British driver, was second.",
        # a nationality elsewhere in the sentence ties nobody
        "The Spanish government fined Tom Vale on Monday. He plans to appeal.",
    ],
)
def test_a_nationality_noun_tied_to_nobody_is_no_name(lead: str) -> None:
    noun = "Dutchman" if "Verhoef" in lead else "Spaniard"
    assert speakers(f"{lead}\n{SAID}the {noun} said.") == [""]


@pytest.mark.parametrize(
    ("lead", "cue", "expected"),
    [
        # nobody written with the nationality: nobody
        ("Mateo Rossi was pleased after the draw. The team is tenth.",
         "the Argentine said.", ""),
        ("Mateo Rossi, the coach from Rosario, was pleased. The team is tenth.",
         "the Argentine said.", ""),
        # the nationality with an office is still the epithet rule's
        ("German Chancellor Olaf Brandt spoke in Berlin. The talks ended.",
         "the German leader said.", "Olaf Brandt"),
        # a body of that nationality speaks for itself (session 37: named as written, as
        # an organisation that speaks is; before, nobody)
        ("Tom Vale met officials on Monday. The talks ended.",
         "the German government said.", "German government"),
    ],
)
def test_guards(lead: str, cue: str, expected: str) -> None:
    assert speakers(f"{lead}\n{SAID}{cue}") == [expected]


# Where the person is from after the name (“Carlos Ferrer of Spain”, “Ann Lee (Kenya)”),
# one describing noun between the nationality and the name (“Spanish star Carlos
# Ferrer”), a people's word of the lexicon used as a noun (“the Serbian”, “the Croatian”,
# “the Kenyan”), and an age before the nationality (“the 21-year-old Spaniard said”).
@pytest.mark.parametrize(
    ("lead", "cue", "expected"),
    [
        ("Carlos Ferrer of Spain beat Tom Vale in straight sets. He plays again soon.",
         "the Spaniard said.", "Carlos Ferrer"),
        ("Ann Lee (Kenya) won the race on Sunday in a record time. Tom Vale was second.",
         "the Kenyan said.", "Ann Lee"),
        ("Spanish star Carlos Ferrer beat Tom Vale in straight sets. He plays again soon.",
         "the 21-year-old Spaniard said.", "Carlos Ferrer"),
        ("Serbian Novak Petrov beat Tom Vale in straight sets. He plays again soon.",
         "the Serbian said.", "Novak Petrov"),
        ("Croatian coach Ivan Horvat was pleased on Monday. His side won 2-0.",
         "the Croatian said.", "Ivan Horvat"),
    ],
)
def test_more_ways_of_writing_a_nationality(lead: str, cue: str, expected: str) -> None:
    assert speakers(f"{lead}\n{SAID}{cue}") == [expected]


@pytest.mark.parametrize(
    ("lead", "cue", "expected"),
    [
        # a team's nationality is no noun of the one it beat
        ("The Spanish team beat Tom Vale's side on Sunday. He was unhappy.",
         "the Spaniard said.", ""),
        # an age alone is still the age rule's
        ("Carlos Ferrer, 21, beat Tom Vale in straight sets. He plays again soon.",
         "the 21-year-old said.", "Carlos Ferrer"),
        # a nationality of nobody: nobody
        ("Carlos Ferrer beat Tom Vale in straight sets. He plays again soon.",
         "the Serbian said.", ""),
    ],
)
def test_more_guards(lead: str, cue: str, expected: str) -> None:
    assert speakers(f"{lead}\n{SAID}{cue}") == [expected]
