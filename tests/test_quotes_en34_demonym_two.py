"""Two people of the nationality a quotation's “the Spaniard” names (issue 9, en, s34 review).

856bac72 gives “…,” the Spaniard said. to the last person named before it whom the article
wrote as Spanish; with two so written, that was a guess between them (a wrong name is worse
than none). Two people so described now give somebody, neither named; one still gives
that one. The paragraphs are made up.
"""

import pytest
from quote_helpers import speakers

_QUOTE = "“We were not good enough in the second half and we know it,” "


@pytest.mark.parametrize(("lead", "cue"), [
    ("Spanish coach Tom Vale praised his side. Spanish striker Carlos Ruiz scored twice. ",
     "the Spaniard said."),
    ("Tom Vale, a Kenyan, led until the last lap. Kenyan runner Joseph Mbeki won. ",
     "said the Kenyan."),
    ("Argentine defender Mateo Rossi was sent off. Argentine coach Luis Pardo was angry. ",
     "the Argentine added."),
])
def test_two_of_the_nationality_give_nobody(lead: str, cue: str) -> None:
    assert speakers(lead + _QUOTE + cue) == [""]


@pytest.mark.parametrize(("lead", "cue", "who"), [
    ("Spanish coach Tom Vale praised his side. Italian striker Carlos Ruiz scored twice. ",
     "the Spaniard said.", "Tom Vale"),
    ("Tom Vale, a Kenyan, led until the last lap. Ethiopian runner Abebe Tola won. ",
     "said the Kenyan.", "Tom Vale"),
])
def test_one_of_the_nationality_still_speaks(lead: str, cue: str, who: str) -> None:
    assert speakers(lead + _QUOTE + cue) == [who]
