"""Degrees between a name and its apposition (“Ulrich Laufs, MD, PhD, director of the
Department of Cardiology at Leipzig University Hospital, added, “…””): the name speaks.
Before, two degrees or more hid it (one worked) and the quotation went to nobody (en42's
3057_medscape). In Indonesian text “MD” stays a name's (“Mahfud MD”). Texts made up
(session 40)."""

import pytest

from tests.quote_helpers import speakers


@pytest.mark.parametrize("degrees", ["MD, PhD", "PhD, MSc", "MD, MPH, FACC", "MD"])
def test_the_name_before_degrees_and_an_apposition(degrees):
    text = ("Title\n\nThe study was published on Monday.\n\n"
            f"Ulrich Laufs, {degrees}, director of the Department of Cardiology at Leipzig "
            'University Hospital, added, "The study impressively confirms the importance of '
            'the five risk factors."')
    assert speakers(text) == ["Ulrich Laufs"]


def test_md_is_a_name_in_indonesian():
    text = ("Judul\n\nMenko Polhukam Mahfud MD meninjau lokasi bencana pada Senin.\n"
            '"Pemerintah akan membantu semua korban tanpa kecuali," kata Mahfud MD.')
    assert speakers(text) == ["Mahfud MD"]


def test_an_indonesian_epidemiology_degree_is_no_name():
    # (review 40b, F6: “M.Epid” after a name and a comma was read as the subject)
    text = ("Judul\n\nKementerian Kesehatan mencatat kasus baru.\n"
            "Siti Nadia Tarmizi, M.Epid, Kepala Biro Komunikasi Kemenkes, mengatakan kasus "
            'turun.\n"Kasus baru turun dalam sepekan terakhir di semua provinsi," katanya.')
    assert speakers(text) == ["Siti Nadia Tarmizi"]
