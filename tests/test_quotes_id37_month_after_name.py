"""“kata Dewi April 2024 lalu”: a month that is also a given name (April, Mei, Juni, Juli,
Agustus), written after a one-word name and dated by a year, a day or “lalu”, is the time
of the words, not the name's second word: the name's fuller form is not “Dewi April”
(session 37, Indonesian helper; texts made up)."""

from tests.quote_helpers import speakers


def test_month_and_year_after_one_word_name() -> None:
    text = ('"Kami sudah menyiapkan semua anggaran untuk tahun ini," '
            "kata Dewi April 2024 lalu.")
    assert speakers(text) == ["Dewi"]


def test_month_and_lalu_after_one_word_name() -> None:
    text = ('"Semua pedagang sudah kami data satu per satu sejak awal," '
            "ujar Rudi Juni lalu.")
    assert speakers(text) == ["Rudi"]


def test_month_then_day_after_one_word_name() -> None:
    text = ('"Jembatan itu akan kami buka untuk umum pekan depan," '
            "kata Sinta Agustus 2025 di kantornya.")
    assert speakers(text) == ["Sinta"]


def test_guard_full_name_elsewhere() -> None:
    text = ("Kepala Dinas Dewi Lestari hadir di rapat itu. "
            '"Kami sudah menyiapkan semua anggaran untuk tahun ini," kata Dewi April lalu.')
    assert speakers(text) == ["Dewi Lestari"]


def test_guard_month_word_as_surname() -> None:
    text = ('"Kami sudah menyiapkan semua anggaran untuk tahun ini," '
            "kata Agustus Simanjuntak.")
    assert speakers(text) == ["Agustus Simanjuntak"]


def test_guard_two_word_name_then_month() -> None:
    text = ('"Kami sudah menyiapkan semua anggaran untuk tahun ini," '
            "kata Dewi Lestari Maret 2024 lalu.")
    assert speakers(text) == ["Dewi Lestari"]
