"""A name's last word that is also an office's (“Utama”, “Perdana”, “Hakim”) stays the
name's when the article calls the person by the word before it (“kata Pria”), though that
word is no given name on the gazetteer's list. Texts made up for the test."""

from tests.quote_helpers import speakers


def test_called_by_first_word_keeps_utama() -> None:
    text = ("Juru bicara perusahaan, Pria Utama, mengatakan laba naik tahun ini. "
            "“Kami puas dengan hasil ini,” kata Pria dalam keterangan resminya.")
    assert speakers(text) == ["Pria Utama"]


def test_called_by_first_word_keeps_perdana() -> None:
    text = ("Sekretaris perusahaan, Wirya Perdana, mengatakan laba naik tahun ini. "
            "“Kami puas dengan hasil ini,” ujar Wirya di Jakarta.")
    assert speakers(text) == ["Wirya Perdana"]


def test_guard_body_ending_in_utama_stays_a_body() -> None:
    text = ("Ketua Yayasan Karya Utama Budi Santoso mengatakan laba naik. "
            "“Kami puas dengan hasil ini,” kata Budi.")
    assert speakers(text) == ["Budi Santoso"]


def test_guard_known_given_name() -> None:
    text = ("Direktur perusahaan, Budi Utama, mengatakan laba naik. "
            "“Kami puas dengan hasil ini,” kata Budi.")
    assert speakers(text) == ["Budi Utama"]
