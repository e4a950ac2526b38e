"""A quotation taken from the sentence before it, whose subject is a surname the article gave
in full only after “of”, “from” or “by” (issue 9, session 32): “The court heard the case of
Betty Dukes. ¶ Dukes said she feels no anger. ¶ “…”” gave “Dukes” (the cast kept the surname
apart: a name after “of” reads as a place, “Frank Pallone Jr. of New Jersey”), where a cue
(“…,” Dukes said) already gave Betty Dukes. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

QUOTE = ('"Wal-Mart may be a big company and that is no doubt. But they are not big enough '
         'to escape the court."')
END = "\n\nThe court will rule in June."


@pytest.mark.parametrize("lead", [
    "The Supreme Court heard the case of Betty Dukes on Tuesday.",
    "The court read a statement from Betty Dukes on Tuesday.",
    "The family of Betty Dukes was in court on Tuesday.",
    "Reporters spoke with Betty Dukes on Tuesday.",  # (worked before)
    "Betty Dukes was in court on Tuesday.",  # (worked before)
])
@pytest.mark.parametrize("before", [
    "Dukes said she feels no anger toward her bosses.\n\n",
    "Dukes told reporters she was happy.\n\n",
    "Speaking outside, Dukes said she was happy.\n\n",
    "Dukes said she feels no anger toward her bosses. ",  # (worked before)
])
def test_the_subject_before_is_named_in_full(lead: str, before: str) -> None:
    assert speakers(lead + "\n\n" + before + QUOTE + END) == ["Betty Dukes"]


def test_a_surname_written_in_full_nowhere_stays_as_written() -> None:
    text = "The case was filed in Charlotte on Tuesday.\n\nDukes said she was happy.\n\n"
    assert speakers(text + QUOTE + END) == ["Dukes"]
