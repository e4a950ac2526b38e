"""Indonesian regional and police offices by their short forms (issue 9, session 45): “kata
Sekda” after “Sekretaris Daerah Provinsi Kalimantan Barat, Budi Leysandri”, “ujar Kadinkes”
after “Kepala Dinas Kesehatan …”, “kata Kapolres” after “Kepala Kepolisian Resor …” name
the holder written in full."""

import pytest

from reader.core.quotes import suggest


def _speakers(text):
    return [s.speaker for s in suggest(text) if s.kind == "quote"]


@pytest.mark.parametrize(("office", "short"), [
    ("Sekretaris Daerah Provinsi Kalimantan Barat", "Sekda"),
    ("Kepala Dinas Kesehatan Kabupaten Sambas", "Kadinkes"),
    ("Kepala Kepolisian Resor Sambas", "Kapolres"),
    ("Sekretaris Desa Sukamaju", "Sekdes"),
])
def test_a_short_form_names_the_holder_of_the_office_written_in_full(office, short):
    text = (f"Kegiatan ini dibuka oleh {office}, Budi Leysandri.\n\n“Kita harus mampu "
            f"membuat data yang rapi,” kata {short}.")
    assert _speakers(text) == ["Budi Leysandri"]
