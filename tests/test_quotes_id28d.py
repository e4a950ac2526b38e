"""“…,” kata Bupati.: an office written alone is its holder, never a one-word name (issue 9,
id, s28).

Regional government newsrooms name the regent once (“Bupati Salak Utara Darmawan
Pasaribu”) and then write the office alone after a speech verb: “…,” kata Bupati. The cast
took “Bupati” as a one-word name (a speech verb vouched for it), so the quotation went to
“Bupati” or to a longer run read as a name. People.add_person (names.py) refuses, in
Indonesian text, a one-word name that is one of these offices (``_OFFICE_ALONE``: bupati,
wabup, gubernur, camat, kapolres, …); the office then resolves by role to its holder. The
paragraphs here are made up.
"""

from quote_helpers import speakers


def test_kata_bupati_is_the_regent_named_before() -> None:
    text = ("Opini WTP Diraih\n\n"
            "Laporan diserahkan kepada Bupati Salak Utara Darmawan Pasaribu di kantor BPK. "
            "Anggota BPK Rina Kartika meminta pengawasan lebih ketat.\n\n"
            "“Agar pembangunan sesuai perencanaan,” kata Rina.\n\n"
            "Bupati dan Wakil Bupati hadir dalam acara itu.\n\n"
            "“Ini prestasi saudara sekalian para pengelola kegiatan,” kata Bupati.\n")
    assert speakers(text) == ["Rina Kartika", "Darmawan Pasaribu"]


# guards


def test_an_office_nobody_holds_gives_nobody_named() -> None:
    text = ("Pasar Ditinjau\n\n"
            "Camat Sutarno Wijaya meninjau pasar.\n\n"
            "“Pasar harus bersih,” kata Bupati.\n")
    assert speakers(text) == [""]


def test_a_one_word_name_that_is_no_office_still_speaks() -> None:
    text = ("Pasar Ditinjau\n\n"
            "“Pasar harus bersih,” kata Sutarno, seorang pedagang ikan.\n")
    assert speakers(text) == ["Sutarno"]
