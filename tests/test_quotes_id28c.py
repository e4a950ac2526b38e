"""A paragraph's quotation opened with a closing curly mark and a blank (issue 9, id, s28).

Some regional newsrooms write `” kita berharap …,” kata Varial.`: the quotation opens with
”, a blank after it, and closes as usual. marks._spaced_open took only a straight mark so
set off (and only before a capital); the paragraph's quotations were not found at all. It
now opens at ” too, at the paragraph's start only, when a letter follows the blank and
the paragraph's next double mark closes it. The paragraphs here are made up.
"""

from reader.core.quotes import suggest
from reader.core.quotes.marks import find_quotes


def _quotes(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_quotes(text)]


def test_a_closing_mark_and_a_blank_open_the_paragraph() -> None:
    text = ("Rapat Forum Angkutan\n\n"
            "Kepala Dinas Perhubungan, Darmawan Pasaribu, membuka rapat.\n\n"
            "” kita berharap permasalahan angkutan bisa kita atasi bersama,” kata Darmawan.\n")
    assert _quotes(text) == ["kita berharap permasalahan angkutan bisa kita atasi bersama"]
    assert [s.speaker for s in suggest(text) if s.kind == "quote"] == ["Darmawan Pasaribu"]


def test_closed_with_a_spaced_mark_too() -> None:
    text = ("Rapat Forum Angkutan\n\n"
            "” Pemprov akan menegaskan kembali kepada para pengusaha, ” tegas Darmawan "
            "Pasaribu.\n")
    assert _quotes(text) == ["Pemprov akan menegaskan kembali kepada para pengusaha"]


# guards


def test_a_closing_mark_mid_paragraph_opens_nothing() -> None:
    # (a stray closing mark after a sentence, not at the paragraph's start)
    text = ("Rapat Forum Angkutan\n\n"
            "Rapat berjalan lancar. ” Kegiatan itu dihadiri banyak pihak, kata panitia.\n")
    assert _quotes(text) == []


def test_a_lone_closing_mark_at_the_start_opens_nothing() -> None:
    # (nothing in the paragraph closes it)
    text = ("Rapat Forum Angkutan\n\n"
            "” Rapat berjalan lancar dan dihadiri banyak pihak.\n")
    assert _quotes(text) == []


# the same newsrooms' quotation after a sentence inside the paragraph: a speech verb after
# its closing mark says it is one (`… jadi CPNS. ” Beda jalur …, ” Ujarnya`)


def test_after_a_sentence_when_a_speech_verb_follows_the_close() -> None:
    text = ("Taruna STTD\n\n"
            "Asisten Setda, Darmawan Pasaribu, menyebutkan pemkab menyokong penuh. ” Lulusan "
            "yang ikut MoU langsung jadi pegawai, ” Ujarnya\n")
    assert _quotes(text) == ["Lulusan yang ikut MoU langsung jadi pegawai"]


def test_after_a_sentence_without_a_speech_verb_opens_nothing() -> None:
    text = ("Taruna STTD\n\n"
            "Pemkab menyokong penuh. ” Lulusan yang ikut MoU langsung jadi pegawai, ” "
            "menurut data dinas.\n")
    assert _quotes(text) == []
