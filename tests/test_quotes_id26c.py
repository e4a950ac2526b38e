"""Initials for a person and a weekday after a name (issue 9, id, session 26).

A regional newsroom names its governor in full once (“Gubernur Sumsel Herman Deru”) and
then by his initials: “ujar HD”, “HD mengatakan”, “disampaikan HD usai …” (dev round 145,
the South Sumatra public-works newsroom, 1554–1568; so do national papers: SBY, AHY). The
capitals read as a body's acronym, and the quotation went to “HD”. Capitals that are the
initials of exactly one person of the cast, used as a speaker or a subject, are that
person's alias; not when the article defines them in brackets for something else.

“kata HD Sabtu (18/1).”: the weekday after the name (no comma before the date) is no word
of the name. The paragraphs are made up.
"""

import pytest
from quote_helpers import speakers


@pytest.mark.parametrize("cue", [
    "ujar HD.", "kata HD usai rapat.", "tegas HD di Palembang.",
])
def test_initials_after_a_speech_verb_are_the_person(cue: str) -> None:
    text = ("Gubernur Sumatra Selatan Herman Deru meninjau jembatan yang putus, Senin.\n\n"
            f"“Kami akan membangun jembatan darurat secepatnya,” {cue}\n")
    assert speakers(text) == ["Herman Deru"]


def test_initials_as_the_subject_then_a_pronoun():
    text = ("Gubernur Sumatra Selatan Herman Deru meninjau jembatan yang putus.\n\n"
            "HD mengatakan jembatan darurat segera dibangun.\n\n"
            "“Kami tidak ingin warga menunggu terlalu lama,” ujarnya.\n")
    assert speakers(text) == ["Herman Deru"]


def test_initials_the_article_defines_for_a_body_stay_the_body_s():
    text = ("Gubernur Bank Indonesia (BI) menemui Budi Indrawan di Jakarta.\n\n"
            "“Inflasi masih terkendali sampai akhir tahun ini,” kata BI.\n")
    assert speakers(text) != ["Budi Indrawan"]


@pytest.mark.parametrize("cue, speaker", [
    ("kata HD Sabtu (18/1).", "Herman Deru"),
    ("kata Herman Deru Sabtu (18/1).", "Herman Deru"),
])
def test_a_weekday_after_the_name_is_not_part_of_it(cue: str, speaker: str) -> None:
    text = ("Gubernur Sumatra Selatan Herman Deru meninjau jalan desa itu.\n\n"
            f"“Jalan ini sudah rusak, kasihan masyarakatnya,” {cue}\n")
    assert speakers(text) == [speaker]


# Haji written without its stop or glued to the name: “Gubernur Sumsel H Herman Deru”,
# “H.Herman Deru”, “Hj Siti Aminah”: a title, as “H. Ahmad Dahlan” already was (dev round
# 145). A one-word name after it keeps the letter (an initial: “H Ahmad”).
@pytest.mark.parametrize("written", ["H Herman Deru", "H.Herman Deru", "H. Herman Deru"])
def test_haji_before_the_name_is_a_title(written: str) -> None:
    text = (f"Gubernur Sumsel {written} meninjau jalan desa itu.\n\n“Jalan ini harus "
            f"segera diperbaiki,” kata Gubernur Sumsel {written}.\n")
    assert speakers(text) == ["Herman Deru"]
