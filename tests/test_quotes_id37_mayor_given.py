"""“Wali Kota Bobby Nasution”: after “Wali Kota” with no city named, a given name the engine
knows by its gender (not only the Indonesian given-name list) opens the mayor's name; it is
not a city called “Bobby” (session 37, Indonesian helper; texts made up)."""

from tests.quote_helpers import speakers


def test_mayor_given_name_after_quote() -> None:
    text = ('"Kami akan menata ulang semua trotoar di pusat kota tahun ini," '
            "kata Wali Kota Bobby Nasution.")
    assert speakers(text) == ["Bobby Nasution"]


def test_mayor_given_name_before_quote() -> None:
    text = ("Wali Kota Jennifer Halim mengatakan, "
            '"Semua sekolah negeri akan mendapat tambahan guru mulai Januari."')
    assert speakers(text) == ["Jennifer Halim"]


def test_deputy_mayor_given_name() -> None:
    text = ('"Pasar malam itu akan kami pindahkan ke lapangan kecamatan," '
            "ujar Wakil Wali Kota Michael Tambunan.")
    assert speakers(text) == ["Michael Tambunan"]


def test_guard_city_then_name() -> None:
    text = ('"Kami akan menata ulang semua trotoar di pusat kota tahun ini," '
            "kata Wali Kota Medan Bobby Nasution.")
    assert speakers(text) == ["Bobby Nasution"]


def test_guard_region_then_one_word_name() -> None:
    text = ('"Kami akan menata ulang semua trotoar di pusat kota tahun ini," '
            "kata Wali Kota Cimahi Ngatiyana.")
    assert speakers(text) == ["Ngatiyana"]


def test_guard_indonesian_given_name() -> None:
    text = ('"Kami akan menata ulang semua trotoar di pusat kota tahun ini," '
            "kata Wali Kota Budi Santoso.")
    assert speakers(text) == ["Budi Santoso"]
