"""Who said it, Indonesian class of round 176 (issue 9, session 24, id24c; round 178's classes
are in test_quotes_id24.py).

Round 176 (CNN Indonesia's economy and price news of 2020-24, one paragraph an article)
showed one class above the others; the sentences here are made up in its shape, not the
round's text:

- a firm or a unit the article names nowhere else, written between an office and its
  holder (“kata Dirut Koral Graha Niaga Dirga Laksana”): the firm's words were glued
  before the person's name, and the speaker came out as “Koral Graha Niaga Dirga Laksana”
  (6 of the round's 10 wrong speakers, 5 articles, all but one unmarked). The article's own
  short form (“Menurut Dirga”) tells where the person's name starts.

The round's other errors are single: a product's name taken for a pronoun's antecedent, a
sentence's “Hal itu, kata dia” taken for a name, a report's “jelas laporan tersebut” given
to the body that wrote it, a pronoun after “Yanto (47)”.

``STAYS`` are neighbouring patterns that must keep their speaker.
"""

import pytest
from quote_helpers import speaker_of

FIXED = [
    # a firm of three words after a two-word office, the short form as a later subject (it
    # gave the firm's words with the name)
    ("Rupiah menguat pada Kamis pagi. Kepala Riset Koral Graha Investindo Dirga Laksana "
     "mengatakan sentimen pasar membaik. Menurut Dirga, data inflasi AS mendukung. "
     "\u201cRupiah berpotensi menguat hari ini,\u201d ucapnya.", "Rupiah berpotensi",
     "Dirga Laksana"),
    # the cue right after the quotation, the short form in the next sentence
    ("Harga tiket kapal naik. \u201cKenaikan ini tidak bisa kami hindari,\u201d kata Dirut "
     "Koral Graha Niaga Dirga Laksana, Senin (3/2). Menurut Dirga, biaya bahan bakar naik.",
     "Kenaikan ini", "Dirga Laksana"),
]

STAYS = [
    # the short form in a later cue (“lanjut Dirga”): right before and after
    ("\u201cPermintaan baja turun sejak Maret,\u201d ujar Direktur Pemasaran Koral Graha "
     "Niaga Dirga Laksana. \u201cKami menahan produksi,\u201d lanjut Dirga.",
     "Permintaan baja", "Dirga Laksana"),
    # a firm of two words before a two-word name (as before: the name)
    ("Rupiah menguat. \u201cPasar masih menunggu data inflasi,\u201d kata Kepala Riset Koral "
     "Investindo Hendra Pranata. Hendra memperkirakan rupiah bergerak datar.", "Pasar masih",
     "Hendra Pranata"),
    # a three-word name with its last word alone: the whole name
    ("Harga cabai naik. \u201cStok beras aman,\u201d kata Menteri Pertanian Andi Amran "
     "Sulaiman di Jakarta. Sulaiman menambahkan, harga akan stabil.", "Stok beras",
     "Andi Amran Sulaiman"),
    # a body the engine knows before the name
    ("Harga naik. \u201cKenaikan ini wajar,\u201d kata Gubernur Bank Indonesia Perry "
     "Warjiyo. Perry menambahkan, inflasi terkendali.", "Kenaikan ini", "Perry Warjiyo"),
]


# A noun opening a sentence with its demonstrative (“Hal itu, kata dia, …”) is no person for
# a later pronoun (it took “jelasnya”, unsure: “Hal”)
DEMONSTRATIVE = [
    ("Satgas memantau pasar di Malang. Hal itu disampaikan Kepala Satgas Pangan Kombes Rudi "
     "Santoso usai memantau pasar. Rudi memastikan stok aman. \u201cKami memantau harga di "
     "pasar saat ini,\u201d jelasnya kepada wartawan. Kendati demikian, Rudi mengakui harga "
     "telur masih tinggi. Hal itu, kata dia, dikarenakan permintaan yang tinggi. Hanya saja, "
     "ia memastikan harga masih wajar. \u201cEnggak ada temuan kenaikan yang aneh,\u201d "
     "jelasnya.", "Enggak ada", "Rudi Santoso"),
]
DEMONSTRATIVE_STAYS = [
    # a one-word name opening sentences still takes the pronoun
    ("Warga antre sejak pagi. Tirta berjualan bensin eceran di Manggarai. Tirta menjual "
     "seliter Rp10 ribu. \u201cLumayan untungnya,\u201d katanya.", "Lumayan", "Tirta"),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), DEMONSTRATIVE + DEMONSTRATIVE_STAYS)
def test_noun_with_demonstrative(text: str, opening: str, speaker: str) -> None:
    assert speaker_of(text, opening) == speaker


# “…,” jelas laporan tersebut: a report is quoted, nobody speaks (it went to the body that
# wrote it, named in an earlier cue)
REPORT = [
    ("Lembaga Riset Pangan menilai harga beras naik. \u201cKenaikan harga beras paling terasa "
     "di kota kecil,\u201d tulis Lembaga Riset Pangan dalam kajiannya. Di desa, petani justru "
     "untung. \u201cPetani bisa menjual gabah lebih mahal dari tahun lalu,\u201d jelas "
     "laporan tersebut.", "Petani bisa", ""),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), REPORT)
def test_report_quoted(text: str, opening: str, speaker: str) -> None:
    assert speaker_of(text, opening) == speaker


@pytest.mark.parametrize(("text", "opening", "speaker"), FIXED + STAYS)
def test_firm_before_name(text: str, opening: str, speaker: str) -> None:
    assert speaker_of(text, opening) == speaker
