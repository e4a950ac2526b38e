"""A company the article names as a body (“PT Waskita Karya (Persero) Tbk”, “Waskita
Karya menyebut …”) written between an office and its holder (“Direktur Utama Waskita Karya
Muhammad Hanugroho menekankan …”) is the body's, not the first words of the holder's name
(dev's 3185_cnbcmarket gave “Waskita Karya Muhammad Hanugroho” three times). Texts made up
(session 41)."""

from tests.quote_helpers import quotations


def test_the_body_the_cast_knows_is_cut_off():
    text = ("Judul\n\nJakarta - PT Waskita Karya (Persero) Tbk menandatangani restrukturisasi "
            "utang. Waskita Karya menyebut semua kreditur setuju.\n\nSedangkan Direktur Utama "
            "Waskita Karya Muhammad Hanugroho menekankan, restrukturisasi itu hanya perbankan "
            "saja. \"Kita menandatangani total 100% dari seluruh lender,\" ucapnya.")
    [q] = quotations(text)
    assert q.speaker == "Muhammad Hanugroho"


def test_a_run_the_article_writes_only_whole_stays_whole():
    text = ("Judul\n\nJakarta - Ketua Panitia Sinar Harapan Budi Santoso mengatakan, acara "
            "berjalan lancar. Sinar Harapan Budi Santoso adalah nama lengkapnya. \"Kami "
            "senang,\" ujarnya.")
    [q] = quotations(text)
    assert q.speaker == "Sinar Harapan Budi Santoso"
