"""Ordinary words an office or a body's name leaves behind are nobody (issue 9, id, s26).

“RUU Perlindungan Pekerja Rumah Tangga”, “Wakil Menteri Perumahan dan Kawasan
Permukiman”, “Front Mahasiswa Nasional”: the cast read the last word of such a run as a
one-word name after an office (“Tangga”, “Permukiman”, “Nasional”), and a later “ujarnya”
found that “person”. A one-word member that is an ordinary Indonesian word (a root, or a
word made of one) is nobody, unless the name lists hold it as a given name (Budi, Dewi,
Bintang) or the article vouches for it as a name (“ujar Lintang”). Seen in dev's casts
(1289_bbcindonesia: “Tangga”, “Nasional”; 1254_beritakota: “Permukiman”); the paragraphs
here are made up.
"""

import pytest
from quote_helpers import speakers


@pytest.mark.parametrize("text", [
    "Ratusan pekerja berunjuk rasa di depan gedung DPR, Senin. Mereka menuntut pengesahan "
    "RUU Perlindungan Pekerja Rumah Tangga.\n\n“Kami sudah menunggu dua puluh tahun untuk "
    "undang-undang ini,” ujarnya.\n",
    "Wakil Menteri Perumahan dan Kawasan Permukiman meninjau lokasi banjir, Selasa.\n\n"
    "“Kami akan membangun kembali rumah warga yang rusak,” katanya.\n",
    "Mahasiswa dari Front Mahasiswa Nasional ikut turun ke jalan.\n\n“Kami menolak revisi "
    "undang-undang itu,” ujarnya.\n",
])
def test_an_office_s_last_word_is_nobody(text: str) -> None:
    assert speakers(text) == [""]


@pytest.mark.parametrize("text, speaker", [
    ("Kapolsek Menteng Kompol Budi mengatakan pelaku sudah ditangkap.\n\n“Pelaku kami "
     "tangkap di rumahnya tadi malam,” ujarnya.\n", "Budi"),
    ("Ketua RT setempat, Lintang, ikut membantu warga.\n\n“Air naik sangat cepat sejak "
     "subuh tadi,” ujar Lintang.\n", "Lintang"),
    ("Ketua Umum Partai Demokrat Agus Harimurti Yudhoyono hadir di lokasi.\n\n“Kami siap "
     "mendukung program pemerintah,” katanya.\n", "Agus Harimurti Yudhoyono"),
])
def test_names_that_are_also_words_stay(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


# “Bupati Wonogiri, Joko Sutopo yang akrab disapa Jekek, mengatakan …” then “Menurut
# Bupati Jekek, …”: the nickname given right after the name is his alias, though the
# article later writes it after the office (dev round 142, Solopos). Was “Jekek”, a person
# of its own (a nickname with a role was read as somebody else's name).
def test_a_nickname_written_after_the_office_is_still_the_alias() -> None:
    text = ("Bupati Wonogiri, Joko Sutopo yang akrab disapa Jekek, mengatakan tes cepat "
            "akan terus dilakukan.\n\nMenurut Bupati Jekek, hasil tes akan diumumkan "
            "pekan depan.\n\n“Tes cepat akan selalu kami upayakan,” ujarnya.\n")
    assert speakers(text) == ["Joko Sutopo"]


# “Zulkifli Surya Negara mengatakan, …”: a portfolio's word (“Negara” of “Menteri
# Sekretaris Negara”) ending a name after a given name is the name's last word; the whole
# phrase was read as an office and nobody spoke (dev round 145). Bodies keep theirs.
@pytest.mark.parametrize("subject, speaker", [
    ("Zulkifli Surya Negara", "Zulkifli Surya Negara"),
    ("Ketua Masjid Syuhada, Drs. Zulkifli Surya Negara,", "Zulkifli Surya Negara"),
    ("Direktur Badan Usaha Milik Negara", ""),
])
def test_a_portfolio_word_ending_a_name(subject: str, speaker: str) -> None:
    text = (f"{subject} mengatakan, jalan itu kembali mulus.\n\n“Kami masyarakat sangat "
            "bersyukur adanya pemimpin seperti beliau,” katanya.\n")
    assert speakers(text) == [speaker]


# “Bupati Bogor Ade Yasin didampingi Kapolres Bogor AKBP Harun mengatakan, …”: the one
# accompanied speaks, not the one accompanying whose name stands before the verb (dev round
# 145, 1566). “Dikatakan Hendri, …”: a passive speech verb opening the sentence names its
# speaker after it, as “Hal itu dikatakan Hendri” does (dev 024, 1566).
@pytest.mark.parametrize("text, expected", [
    ("Bupati Bogor Ade Yasin didampingi Kapolres Bogor AKBP Harun mengatakan, vaksinasi "
     "terus berjalan.\n\n“Kami menargetkan seribu warga per hari,” ujarnya.\n", ["Ade Yasin"]),
    ("Bupati Bogor Ade Yasin didampingi Kapolres Bogor AKBP Harun mengatakan, “Kami "
     "menargetkan seribu warga per hari.”\n", ["Ade Yasin"]),
    ("Acara itu didampingi Kapolres Bogor AKBP Harun. Harun mengatakan, “Kami menargetkan "
     "seribu warga per hari.”\n", ["Harun"]),
    ("Kepala Dinas PU Provinsi Sumsel Darma Budhi mengatakan, rencana anggaran itu "
     "diterima.\n\nDikatakan Kepala UPTD Hendri Wijaya, pembangunan dimulai pertengahan "
     "tahun.\n\n"
     "“Dana sudah diverifikasi dan tinggal menunggu SK Gubernur,” katanya.\n",
     ["Hendri Wijaya"]),
])
def test_who_speaks_beside_didampingi_and_dikatakan(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


# “Asisten I Teguh Jaya yang hadir mewakili Bupati Muara Enim mengatakan …”: the one
# standing in for the office speaks, not the office (“Muara Enim”, a regency, was the
# speaker: dev round 145, 1550); and the “I” after “Asisten” is the office's numeral, not
# a Balinese name's opening (which “I Wayan Koster” keeps).
@pytest.mark.parametrize("text, expected", [
    ("Asisten I Teguh Jaya yang hadir mewakili Bupati Muara Enim mengatakan bahwa Pemkab "
     "bangga dengan sekolah itu. “Pemkab bangga kepada SMAN 1 karena termasuk sekolah "
     "unggul”, ucapnya.\n", ["Teguh Jaya"]),
    ("Kepala Bappeda Rina Sari mewakili Wali Kota Bogor mengatakan, anggaran sudah siap.\n\n"
     "“Kami sudah menyiapkan dana untuk perbaikan jalan,” ujarnya.\n", ["Rina Sari"]),
    ("Gubernur Bali I Wayan Koster mengatakan, pariwisata pulih.\n\n“Kunjungan wisatawan "
     "naik tajam bulan ini,” ujarnya.\n", ["I Wayan Koster"]),
])
def test_who_stands_in_for_an_office_speaks(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected
