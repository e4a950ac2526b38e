"""A one-word name opening a sentence with its occupation or its age after it is a person
(issue 9, id, s27).

Feature stories introduce the people they meet by one name, a comma and what they do or
are (“Edi, pengecer bensin lainnya, menjajakan …”, “Siti, warga setempat, …”), or by one
name and the age in brackets (“Joko (45) berjualan …”). The cast took such a name only
before “salah satu” or “seorang”, so a later “jelasnya” or “katanya” found nobody, or the
last capitalised word before it (a product, a place). A capitalised word opening a
sentence, then a comma and a lower-case office or standing the lexicon knows (“pedagang”,
“warga”, “ketua”, kin words), or a bracketed number, is a one-word name, under the
filters that “Sunardi, salah satu warga …” already had (no word the article writes in
lower case, no body, no other cast member's word). Seen in dev 2464_cnnindonesia (a street
seller); the paragraphs here are made up.
"""

import pytest
from quote_helpers import speakers


@pytest.mark.parametrize("text, speaker", [
    ("Pedagang kaki lima berjejer di sepanjang trotoar itu. Darto, pedagang bakso lainnya, "
     "mangkal tak jauh dari halte. Ia mengaku pembeli makin sepi sejak bulan lalu.\n\n"
     "“Kadang sehari cuma laku sepuluh mangkuk, jadi ya pas-pasan saja,” jelasnya.\n",
     "Darto"),
    ("Banjir merendam permukiman di tepi sungai sejak Minggu. Wartini, warga setempat, "
     "memindahkan barang-barangnya ke lantai dua.\n\n“Airnya naik cepat sekali tadi "
     "subuh,” katanya.\n", "Wartini"),
    ("Pasar tradisional itu tetap ramai menjelang Lebaran. Suparno (52) berjualan kain di "
     "los paling ujung.\n\n“Tahun ini pembeli lebih banyak daripada tahun lalu,” ujarnya.\n",
     "Suparno"),
])
def test_one_name_with_its_occupation_or_age_is_a_person(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a sentence opener before a comma and a role word stays nobody's name
    ("Namun, warga menolak rencana itu. Kepala Desa Sukamaju Rahmat Hidayat mengatakan "
     "musyawarah akan digelar lagi.\n\n“Kami akan dengar semua pendapat,” ujarnya.\n",
     "Rahmat Hidayat"),
    # “salah satu” after the name keeps working
    ("Hujan turun sejak pagi. Sunardi, salah satu petani yang ikut menanam, mengatakan "
     "bibit sudah siap.\n\n“Kami tanam mulai besok,” katanya.\n", "Sunardi"),
    # a two-word name with its occupation keeps its whole name
    ("Pedagang berjejer di sepanjang jalan. Joko Santoso, pedagang bensin, menjajakan "
     "dagangannya di situ.\n\n“Kadang orang malas antre,” jelasnya.\n", "Joko Santoso"),
])
def test_guards(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]
