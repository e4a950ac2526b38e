"""“…,” ujar Kepala Dinas X, melalui Kepala UPT Y.: Y is the one quoted (issue 9, id, s28).

Regional government newsrooms quote a head of office “through” one of their staff: “…,”
ujar Kepala Dishub Kota Salak, Darmawan Pasaribu, melalui Kepala UPT Parkir, Sutarno
Wijaya. The words are the staff member's (the head neither spoke nor was asked), and the
next “jelasnya” is theirs too. ``attribution._through`` gives a named cue's quotation to
the person the cast names after “melalui” when only an office stands between (“melalui
keterangan tertulis …” is a medium, nobody), and ``People.retell`` moves the cue's event
to them. The paragraphs here are made up.
"""

from quote_helpers import speakers


def test_the_one_named_after_melalui_speaks_and_goes_on() -> None:
    text = ("Parkir Penuhi Target\n\n"
            "SALAK - Dinas Perhubungan menyatakan pihak ketiga memenuhi target. \"Sejauh ini "
            "kerja sama berjalan sesuai kontrak,\" ujar Kepala Dishub Kota Salak, Darmawan "
            "Pasaribu, melalui Kepala UPT Parkir, Sutarno Wijaya, Kamis.\n\n"
            "\"Target setiap hari terpenuhi,\" jelasnya.\n")
    assert speakers(text) == ["Sutarno Wijaya", "Sutarno Wijaya"]


def test_melalui_a_lower_case_office() -> None:
    text = ("Vaksinasi Lansia\n\n"
            "\"Stok vaksin untuk lansia masih cukup,\" kata Kepala Dinas Kesehatan Rina "
            "Kartika melalui juru bicara dinas, Joko Santoso, Senin.\n")
    assert speakers(text) == ["Joko Santoso"]


# guards


def test_melalui_a_written_statement_is_a_medium() -> None:
    text = ("Parkir Penuhi Target\n\n"
            "\"Sejauh ini kerja sama berjalan sesuai kontrak,\" ujar Kepala Dishub Kota Salak, "
            "Darmawan Pasaribu, melalui keterangan tertulis yang diterima Sutarno Wijaya, "
            "Kamis.\n")
    assert speakers(text) == ["Darmawan Pasaribu"]


def test_melalui_in_another_sentence_changes_nothing() -> None:
    text = ("Parkir Penuhi Target\n\n"
            "\"Sejauh ini kerja sama berjalan sesuai kontrak,\" ujar Kepala Dishub Kota Salak, "
            "Darmawan Pasaribu. Laporan disampaikan melalui Kepala UPT Parkir, Sutarno "
            "Wijaya.\n")
    assert speakers(text) == ["Darmawan Pasaribu"]
