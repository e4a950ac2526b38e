"""Speakers in English news (issue 9, session 32): the sentence right before a quotation
whose subject is somebody unnamed, acting (“A man who lives next door watched the flames
from his garden.”, “A woman walks down the aisle, selling snacks.”), stands between the
person named before and the pronoun after it, as “A spokesman said …” does: “…,” he
said. is that somebody, nobody named (it went back to the person the story named first).
Made-up sentences; the guards keep the pronoun where the unnamed one is only spoken of (a
passive: “A man was taken to hospital.”), is no sentence's subject, is named, or is
a woman where the pronoun is “he”."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

FIRST = ("Tom Vale, who owns the shop, said the fire started at night. “The cuts will "
         "hurt the poorest families first and hardest,” Vale said.\n\n")
QUOTE = "“Nobody was hurt, but the building is a total loss,” he said."


@pytest.mark.parametrize(
    "between",
    [
        "A man who lives next door watched the flames from his garden.",
        "One neighbour, who asked not to be named, watched from the road.",
        "Another resident, a retired teacher, swept up the broken glass.",
        "A local pastor opened the church to families.",
        "An elderly man watched from a bench.",
        # (after a phrase of time, place or manner; a capitalised word in the description)
        "Across the road, a shopkeeper swept up broken glass.",
        "By chance, an Acme driver from the town picks us up.",
    ],
)
@pytest.mark.parametrize("gap", ["\n\n", " "])
def test_pronoun_after_an_unnamed_subject_is_nobody(between: str, gap: str) -> None:
    assert speakers(FIRST + between + gap + QUOTE) == ["Tom Vale", ""]


@pytest.mark.parametrize(
    "between",
    [
        "A 45-year-old man from Leeds was taken to hospital.",
        "Across the road, the shop windows had shattered.",
        "On Monday, a man was arrested.",
        "His neighbour was less lucky.",
        "An elderly woman watched from a bench.",  # (“he” is not her)
        "A neighbour said she heard a loud bang.",
        "The fire started in the kitchen.",
    ],
)
def test_pronoun_keeps_the_person(between: str) -> None:
    assert speakers(FIRST + between + "\n\n" + QUOTE) == ["Tom Vale", "Tom Vale"]
