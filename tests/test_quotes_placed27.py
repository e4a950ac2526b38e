"""A pronoun never points to a place the article walks through (issue 9, s27).

A suburb, a town or a district that a story is about is written as a name, and is the
subject of its own sentences (“Kampung Melayu is changing.”). The cast took it for a
person, and a later “he said” or “ujarnya” found it: dev showed “Salt River” (a Cape Town
suburb, 1516_code4sa_en), “Cape Town” (1510_code4sa_en, “a member of the Cape Town
mayoral committee”), “Baturetno Wonogiri” (1545_solopos_id, “di daerah Baturetno
Wonogiri”). A member the article writes twice or more right after a word that puts it
somewhere (“in”, “around”, “the City of”, “daerah”, “Kecamatan”), that holds no office and
never speaks, is a place (``People.placed``). The paragraphs here are made up.
"""

import pytest
from quote_helpers import speakers


@pytest.mark.parametrize("text, place", [
    ("The barber shop sits on a busy corner in Lower Marsh. Lower Marsh is changing fast, "
     "and rents in Lower Marsh have doubled in five years.\n\n"
     "Lower Marsh has few coffee shops yet. The barber, who asked not to be named, has cut "
     "hair here for twenty years.\n\n"
     "“I have seen three landlords come and go on this street,” he said.\n", "Lower Marsh"),
    ("Lagu itu populer di kalangan pemuda di daerah Sumberejo Wonogiri. Grup itu berasal "
     "dari warga Kecamatan Sumberejo.\n\n"
     "Sumberejo Wonogiri kini punya studio rekaman sendiri.\n\n"
     "“Kami rekam lagu ini di rumah, dengan alat seadanya,” ujarnya.\n", "Sumberejo Wonogiri"),
])
def test_a_place_written_as_one_is_nobody_s_pronoun(text: str, place: str) -> None:
    assert place not in speakers(text)


@pytest.mark.parametrize("text, speaker", [
    # a person who lives somewhere is still the one who speaks
    ("Maria Lopez has run the bakery in Lower Marsh since 2004.\n\n"
     "“Business is slower now, but we are still here,” she said.\n", "Maria Lopez"),
    # a person named once after “in” (“in Budi Santoso's view”) is no place
    ("Budi Santoso memimpin rapat warga, Senin. Di dalam rapat itu Budi Santoso menjelaskan "
     "rencana pembangunan jalan.\n\n“Jalan ini akan selesai tahun depan,” ujarnya.\n",
     "Budi Santoso"),
])
def test_people_stay_people(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]
