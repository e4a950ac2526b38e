"""Quotations and speakers, English classes of session 20 (issue 9, en20).

The sentences are made up; each follows a pattern that gave a wrong speaker before its
rule (read-over: BBC, CNN, Fox News, TRT World, Al Jazeera texts no labelled set holds).
``STAYS`` are neighbouring patterns that must keep their reading.
"""

import pytest
from quote_helpers import speaker_of

_SAID = "\u201cThis is a very bad day for farmers in the west,\u201d"
_BEFORE = "The new plan for farming was published in Dublin on Monday. "

# the letters of an English seat (or a rank at the bar) are an office: never a party, a
# place or the letters themselves as the speaker, never a degree stripped off a party
OFFICES = [
    (f"{_SAID} said the Fine Gael MEP.", ""),  # (was “Fine Gael”: MEP read as a degree)
    (f"{_SAID} the Fianna Fáil MEP said.", ""),  # (was “Fianna Fáil”)
    (f"{_SAID} said the Fianna Fáil TD.", ""),  # (was “Fianna Fáil TD”)
    (f"{_SAID} the Labour MSP said.", ""),  # (was “Labour MSP”)
    (f"{_SAID} the Likud MK said.", ""),  # (was “Likud MK”)
    (f"{_SAID} the Bradford West MP said.", ""),  # (was “Bradford West MP”)
    # the one the article named so, when it did
    (f"Fine Gael MEP Maria Walsh spoke. {_SAID} said the Fine Gael MEP.", "Maria Walsh"),
    (f"John Mason spoke in Holyrood. \u201cWe will fight on.\u201d The MSP added: {_SAID[:-2]}"
     "\u201d", "John Mason"),  # (was “MSP”)
    (f"Gordon Jackson spoke for him. The KC said: {_SAID[:-2]}\u201d", ""),  # (was “KC”)
    # the letters after a full name before the verb
    (f"{_SAID} Lynn Boylan MEP said.", "Lynn Boylan"),  # (was the person named before)
    (f"{_SAID} Lynn Boylan MP said.", "Lynn Boylan"),
    (f"{_SAID} said Lynn Boylan MEP.", "Lynn Boylan"),
]

OFFICES_STAY = [
    (f"{_SAID} Sinn Féin MEP Lynn Boylan said.", "Lynn Boylan"),
    (f"SNP MEP Alyn Smith said: {_SAID[:-2]}\u201d", "Alyn Smith"),
    (f"{_SAID} Judge Peter Lodder QC said.", "Peter Lodder"),
    (f"{_SAID} said Labour MP Naz Shah.", "Naz Shah"),
]


@pytest.mark.parametrize(("text", "speaker"), OFFICES + OFFICES_STAY)
def test_the_letters_of_a_seat_are_an_office(text: str, speaker: str) -> None:
    assert speaker_of(_BEFORE + text, "This is") == speaker


def test_mk_stays_a_body_in_indonesian() -> None:
    # “kata MK”: the Indonesian constitutional court speaks (the English office rule is
    # English only)
    text = ("Mahkamah Konstitusi (MK) memutus perkara itu pada Senin di Jakarta. "
            "\u201cPermohonan pemohon ditolak untuk seluruhnya,\u201d kata MK dalam "
            "putusannya.")
    assert speaker_of(text, "Permohonan") != ""
