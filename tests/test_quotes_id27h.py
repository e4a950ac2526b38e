"""A nickname the headline uses before the story gives it is still an alias (issue 9, id,
s27).

“Gubernur Aceh Mualem Terima Hibah …” (the headline), then “kata Gubernur Aceh Muzakir
Manaf, atau akrab disapa Mualem.” and “ujar Mualem.”: the nickname was refused as an alias
because the text had used it before it was given (a name used before it is given as a
nickname is usually somebody's own). A headline's use does not count: it is written
after the story (dev 1362_kompas_id: “Mualem” for Muzakir Manaf). The paragraphs here are
made up.
"""

from quote_helpers import speakers


def test_a_nickname_in_the_headline_then_given_in_the_story() -> None:
    text = ("Bupati Sragen Yuni Resmikan Pasar Baru\n\n"
            "Pasar baru itu diresmikan Bupati Sragen Kusdinar Untung Sukowati, yang akrab "
            "disapa Yuni, Senin.\n\n"
            "“Pasar ini untuk pedagang kecil, bukan untuk pemodal besar,” ujar Yuni.\n")
    assert speakers(text) == ["Kusdinar Untung Sukowati"]


def test_a_name_used_in_the_story_before_stays_its_own() -> None:
    # (used in the body before the “disapa” sentence: somebody's own name, as before)
    text = ("Pasar Baru Diresmikan\n\n"
            "Yuni, seorang pedagang sayur, sudah berjualan di sana sejak 1990.\n\n"
            "Pasar itu diresmikan Bupati Sragen Kusdinar Untung Sukowati, yang akrab disapa "
            "Yuni, Senin.\n\n"
            "“Pasar ini untuk pedagang kecil,” ujar Yuni.\n")
    assert speakers(text) != ["Kusdinar Untung Sukowati"]
