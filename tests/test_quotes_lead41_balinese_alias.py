"""A Balinese name of five words (“I Gusti Ngurah Askhara Danadiputra”) is a cast member
as soon as it is read, so the alias given beside it (“(Ari Askhara)”) joins it and “kata
Ari” is his (dev's 3190_cnbcresearch gave “Ari Askhara”: the long name waited for a short
reference and the alias stood alone). Texts made up (session 41)."""

from tests.quote_helpers import quotations


def test_a_bracketed_alias_after_a_long_balinese_name():
    text = ("Judul\n\nPembangunan dimulai. \"Kami ambil 30 meter untuk amannya,\" ungkap "
            "Direktur PT Sarana Bali Dwipa Jaya (SBDJ) I Gusti Ngurah Askhara Danadiputra (Ari "
            "Askhara) saat peletakan batu pertama.\n\n\"Untuk fase pertama kami proyeksi bisa "
            "beroperasi,\" kata Ari.")
    first, second = quotations(text)
    assert first.speaker == second.speaker == "I Gusti Ngurah Askhara Danadiputra"
