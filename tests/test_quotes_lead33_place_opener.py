"""A place opening the sentence before “, the MP said” (issue 9, class 1: “…in the
Commons, the MP said”, session 33): “Speaking in the Commons, the MP said: “…”” gave the
speaker “Commons” and “In Manchester, the MP said “…”” gave “Manchester”, both unmarked (the
place before the comma read as the name the role is apposed to). A place after a preposition,
an article between or the preposition opening the sentence, is now no name: the role is read
from there (the MP the article named). Made-up sentences; the guards keep apposed names."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

LEAD = "Labour MP Sarah Quinn spoke in the Commons on Tuesday about the housing bill.\n\n"
QUOTE = "\"We cannot let landlords decide who gets a home in this country.\""
ID_LEAD = "Menteri Keuangan Sri Mulyani Indrawati hadir di DPR, Senin.\n\n"
ID_QUOTE = "“Kami tidak akan menaikkan pajak penghasilan tahun depan.”"


@pytest.mark.parametrize("opening", [
    "Speaking in the Commons, the MP said:", "In Manchester, the MP said",
    "Speaking at the Commons, the MP told reporters:", "In Leeds, the MP said:",
])
def test_the_place_is_no_speaker(opening: str) -> None:
    assert speakers(LEAD + f"{opening} {QUOTE}\n\nThe debate continues.") == ["Sarah Quinn"]


@pytest.mark.parametrize(("text", "expected"), [
    # guards (passed before)
    (LEAD + f"Tom Vale, the MP, said: {QUOTE}\n\nThe debate continues.", "Tom Vale"),
    (LEAD + f"In the Commons, Quinn said: {QUOTE}\n\nThe debate continues.", "Sarah Quinn"),
    (LEAD + f"In London, Tom Vale said: {QUOTE}\n\nThe debate continues.", "Tom Vale"),
    (ID_LEAD + f"Di Gedung DPR, Sri Mulyani mengatakan, {ID_QUOTE}\n\nRapat selesai.",
     "Sri Mulyani Indrawati"),
])
def test_names_after_a_place_stay(text: str, expected: str) -> None:
    assert speakers(text) == [expected]
