"""A nationality's words are whole words (issue 9, en, s34 review).

856bac72 ties “the Indian said”, “the Norwegian said” to a person written with the
nationality's words; those were prefixes (“India”, “Norw”, “Canad”), so “Tom Vale, the
Indiana governor,” was the Indian, “Norwich City manager Tom Vale” the Norwegian and
“Tom Vale, a USDA economist,” the American. The words are now whole (noun, adjective,
country: “Norwegian”, “Norway”). The paragraphs are made up.
"""

import pytest
from quote_helpers import speakers

_QUOTE = "“We were not good enough in the second half and we know it,” "


@pytest.mark.parametrize(("lead", "cue"), [
    ("Tom Vale, the Indiana governor, watched the game with Ann Lee. ", "the Indian said."),
    ("Norwich City manager Tom Vale was unhappy. ", "the Norwegian said."),
    ("Tom Vale, a USDA economist, spoke at the fair. ", "the American said."),
    ("Tom Vale, the Turkmen envoy, arrived late. ", "said the Turk."),
])
def test_a_longer_word_ties_nobody(lead: str, cue: str) -> None:
    assert speakers(lead + _QUOTE + cue) == [""]


@pytest.mark.parametrize(("lead", "cue", "who"), [
    ("Indian batsman Tom Vale was unhappy. ", "the Indian said.", "Tom Vale"),
    ("Tom Vale, a Norwegian, was unhappy. ", "the Norwegian said.", "Tom Vale"),
    ("Norway coach Tom Vale was unhappy. ", "the Norwegian said.", "Tom Vale"),
    ("Argentina striker Tom Vale was unhappy. ", "the Argentine said.", "Tom Vale"),
    ("Turkish coach Tom Vale was unhappy. ", "the Turk said.", "Tom Vale"),
    ("Democratic Sen. Ann Lee was unhappy. ", "the Democrat said.", "Ann Lee"),
])
def test_the_whole_words_still_tie(lead: str, cue: str, who: str) -> None:
    assert speakers(lead + _QUOTE + cue) == [who]
