"""A cue cut off from its quotation by a stray full stop (“…”. Katanya), or a speech verb
whose subject was left out (“…,” ucap saat ditemui. / “….” Jelas): read as “katanya”,
“ucapnya”, the one a pronoun points to (issue 9, id, s29).

Regional outlets write the cue as its own sentence after the quotation; the cue was then
no cue at all, and the quotation nobody's. The paragraphs are made up.
"""

import pytest
from quote_helpers import quotations, speakers

_TEXT = ("Pelepasan Siswa\n\n"
         "Kepala SMAN 1, Darmadi Santoso, dalam sambutannya mengucapkan terima kasih kepada "
         "pemerintah kabupaten. “Terima kasih atas dukungan selama ini dari pemerintah "
         "kabupaten{}\n\nAcara ditutup dengan doa.\n")


@pytest.mark.parametrize("tail", [
    "”. Katanya", "”. Katanya.", "”. katanya", "”. Jelasnya.", ".” Jelas",
    "”, ucap saat ditemui di sekolah.",
])
def test_the_cue_after_a_stray_stop_or_without_its_subject(tail: str) -> None:
    assert speakers(_TEXT.format(tail)) == ["Darmadi Santoso"]


# guards


@pytest.mark.parametrize("tail", ["”, katanya.", "”. Ujar Darmadi.", ".” Jelas Darmadi."])
def test_cues_read_before_are_unchanged(tail: str) -> None:
    assert speakers(_TEXT.format(tail)) == ["Darmadi Santoso"]


def test_a_sentence_that_goes_on_is_no_cue() -> None:
    # (s30: the quotation follows the sentence whose subject gives the speech, so it is
    # his by the label rules, a marked guess; it was nobody only while “SMAN 1”'s number
    # kept him from being that sentence's subject. “Jelas sekali …” is still no cue.)
    [found] = quotations(_TEXT.format(".” Jelas sekali bahwa sekolah ini berprestasi."))
    assert found.speaker == "Darmadi Santoso" and found.speaker_unsure
    assert "Jelas" not in found.speaker_reason
