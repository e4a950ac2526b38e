"""A short name that swaps two letters of a cast member's name is that member (issue 9,
session 46): “kata Ercik” after “Kombes Erick Frendriz” is Erick Frendriz, as a one-letter
slip (“Irwin” for Irwan) already was."""

from reader.core.quotes import suggest


def _speakers(text):
    return [s.speaker for s in suggest(text) if s.kind == "quote"]


def test_two_swapped_letters_are_a_slip():
    text = ("\"Para pelaku sudah diamankan dan masih dalam pemeriksaan,\" kata Kapolres Metro "
            "Jakarta Utara Kombes Erick Frendriz di Jakarta, Minggu.\n\n"
            "Erick mengatakan kelompok pelajar itu sengaja berkeliling mencari lawan.\n\n"
            "\"Spontan pelaku ini mendekati kendaraan korban,\" kata Ercik.")
    assert _speakers(text) == ["Erick Frendriz", "Erick Frendriz"]


def test_a_slip_that_fits_two_members_names_neither():
    text = ("\"Kami akan memeriksa semua saksi,\" kata Kapolsek Erick Frendriz, Minggu.\n\n"
            "\"Kami juga menunggu hasil visum,\" kata Kasat Reskrim Ercki Santoso.\n\n"
            "\"Pelaku masih diperiksa,\" kata Ercik.")
    assert _speakers(text)[2] not in ("Erick Frendriz", "Ercki Santoso")
