"""Speakers in English news (issue 9, session 34): a photo caption's name run into the
sentence after it (“‘A HARD YEAR’: Ann Lee Lee said …”, the caption “Ann Lee” then “Lee
said”) gave a name with its surname twice (“Ann Lee Lee”). Where the article writes the
name without the repeat elsewhere, the repeat is the sentence's surname: the speaker is
“Ann Lee”. Made-up sentences; the guards keep names whose words repeat (Burmese given
names) whole."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

LEAD = "Finance Minister Ann Lee presented the budget on Monday. "


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "‘A HARD YEAR’: Ann Lee Lee said “the plan will work if we all pull together”.",
        LEAD + "Ann Lee Lee said: “The plan will work if we all pull together.”",
        LEAD + "“The plan will work if we all pull together,” Ann Lee Lee said.",
        "Health Minister Tom Vale toured the ward on Friday. PHOTO: Tom Vale Vale told staff "
        "“the hospital will get forty more nurses by June”.",
    ],
)
def test_a_caption_run_into_the_surname(text: str) -> None:
    assert speakers(text) == ["Tom Vale" if "Tom Vale" in text else "Ann Lee"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name whose words repeat, never written without the repeat
        ("Daw Khin Khin, a teacher in Yangon, lost her school in the quake. “We have nothing "
         "left to teach with,” Khin Khin said.", "Daw Khin Khin"),
        ("Aung Myint Myint, a teacher in Yangon, lost her school in the quake. “We have "
         "nothing left to teach with,” Aung Myint Myint said.", "Aung Myint Myint"),
        # the caption on its own line
        (LEAD + "\nAnn Lee (Reuters)\nLee said: “The plan will work if we all pull "
         "together.”", "Ann Lee"),
    ],
)
def test_guards(text: str, expected: str) -> None:
    assert speakers(text) == [expected]
