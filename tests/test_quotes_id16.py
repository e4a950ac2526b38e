"""Who said it, Indonesian classes of session 16 (helper id16, issue 9).

The sentences are made up; each follows a pattern of real Indonesian news that gave a
wrong speaker before the change it tests. The neighbours keep what they had.
"""

import pytest
from quote_helpers import speaker_of

NO_PERSON = [
    # a run of ordinary words opening a sentence (“Ritel Tradisional”) is no person
    ("Kepala KPPU Wilayah II Wahyu Bekti Anggoro mengatakan, harga beras naik di semua "
     "pasar.\n\nRitel Tradisional juga terdampak. Pedagang mengeluh stok menipis.\n\n"
     "“Rantai distribusi terlalu panjang,” katanya.", "Rantai distribusi",
     "Wahyu Bekti Anggoro"),
    ("Ketua Umum PPP Muhamad Mardiono hadir dalam acara itu.\n\nMomentum Reformasi harus "
     "dijaga bersama. Acara itu dihadiri ratusan kader.\n\n“Saya mengajak semua kader "
     "bekerja,” kata dia.", "Saya mengajak", "Muhamad Mardiono"),
    ("Kapolsek Serpong Kompol Suhardono membenarkan temuan itu.\n\nTim Gegana turun tangan "
     "setelah warga melapor.\n\n“Benda itu sudah kami amankan,” ujarnya.", "Benda itu",
     "Suhardono"),
    # a place by its kind (“Distrik”, “Jalan”, “Desa”) is no person either
    ("Tokoh adat Papua, Hery Asso, mengungkapkan rasa kecewa atas pernyataan itu.\n\n"
     "Distrik Heram menjadi lokasi pertemuan. Warga berdatangan sejak pagi.\n\n"
     "“Kami ingin semua pihak menahan diri,” ujarnya.", "Kami ingin", "Hery Asso"),
    ("Pemilik usaha, Siti Rohmah Wulandari, membuka cabang baru tahun ini.\n\nJalan "
     "Flamboyan Raya kini ramai pembeli. Antrean mengular sejak sore.\n\n“Kami buka "
     "sampai malam,” ungkapnya.", "Kami buka", "Siti Rohmah Wulandari"),
]


@pytest.mark.parametrize("text,opening,speaker", NO_PERSON)
def test_a_pronoun_passes_over_a_member_that_is_no_person(text: str, opening: str,
                                                          speaker: str) -> None:
    """“katanya” went to “Ritel Tradisional”, “Momentum Reformasi”, “Pulau-Pulau Kecil”,
    “Semen Padang” (dev 1003, 290, 1236, 1183), “Tim Gegana”, “Bina Marga”, “Operasi Patuh
    Jaya”, “Jl Majapahit” (read-over): a capitalised run the cast took for a name, opening
    the sentence before. A member that never spoke, holds no office, and is made of
    ordinary words only (none a given name), or opens with a kind of place, is passed
    over for the person before it."""
    assert speaker_of(text, opening) == speaker


PERSONS = [
    # two ordinary words that are somebody's name: they spoke (“papar Firman”)
    ("Firman Nugraha sudah lima tahun memakai mobil itu.\n\n“Irit sekali,” papar Firman.\n\n"
     "Ia membawa mobil itu setiap hari.\n\n“Tidak pernah mogok,” ujarnya.",
     "Tidak pernah", "Firman Nugraha"),
    # a body that spoke keeps its quotation (“kata Tim Media Persis Solo”)
    ("“Klub menunjuk pelatih sementara,” kata Tim Media Persis Solo lewat situs resmi.\n\n"
     "“Klub mendukung penuh keputusan itu,” tambahnya.", "Klub mendukung",
     "Tim Media Persis Solo"),
    # ordinary words with a given name among them stay a person
    ("Bunga Citra Lestari hadir di acara itu.\n\n“Saya senang sekali,” katanya.",
     "Saya senang", "Bunga Citra Lestari"),
    # a form of address before a place's name: a person called after the place
    ("Pengasuh pesantren itu, Kiai Muna, menyambut para tamu.\n\n“Kami senang dikunjungi,” "
     "ujarnya.", "Kami senang", "Kiai Muna"),
]


REGIONS = [
    # a body's word before a region (“GRIB Jaya Kalteng”), a region whole (“Muara Enim”)
    ("Ketua DPRD Kalteng Arton S Dohong menerima perwakilan massa.\n\nOrganisasi GRIB Jaya "
     "Kalteng ikut hadir. Mereka membawa spanduk.\n\n“Usulan itu akan kami bahas,” "
     "tuturnya.", "Usulan itu", "Arton S Dohong"),
    ("Kapolres Pringsewu, AKBP Benny Prasetya, mengatakan kedua pelaku sudah ditahan.\n\n"
     "Muara Enim menjadi tempat tinggal keduanya. Mereka menyewa mobil.\n\n“Mereka ini "
     "spesialis,” jelas dia.", "Mereka ini", "Benny Prasetya"),
]


@pytest.mark.parametrize("text,opening,speaker", REGIONS)
def test_a_pronoun_passes_over_a_region_read_as_a_name(text: str, opening: str,
                                                       speaker: str) -> None:
    """“tuturnya” went to “Jaya Kalteng” (dev 1377 ×2, from “GRIB Jaya Kalteng”): a region
    of the gazetteer, whole (“Bandar Lampung”, “Muara Enim”) or at the end after an
    ordinary word or a body's word (“Jaya Kalteng”, “Semen Padang”, “Terminal Bekasi”),
    is no person either; a given name or a form of address before it keeps the person
    (“Kiai Muna”), as do an office and having spoken (“Aria Bima”, “Bakir Pasaman”)."""
    assert speaker_of(text, opening) == speaker


@pytest.mark.parametrize("text,opening,speaker", PERSONS)
def test_neighbours_of_members_that_are_no_person(text: str, opening: str,
                                                  speaker: str) -> None:
    assert speaker_of(text, opening) == speaker


AFTER_DI = [
    # the subject named before an aside that ends “di <place>,” speaks
    ("Hery Asso, mewakili tokoh Papua Pegunungan di Jayapura, mengungkapkan rasa kecewa atas "
     "pernyataan itu.\n\n“Potongan video itu mengejutkan kami,” ujarnya.",
     "Potongan video", "Hery Asso"),
    # somebody unnamed “di <place>” speaks: nobody, not the place
    ("Seorang petani di Madiun mengeluhkan harga pupuk yang naik.\n\n“Kami butuh pupuk "
     "berapa pun harganya,” ujarnya.", "Kami butuh", ""),
]


@pytest.mark.parametrize("text,opening,speaker", AFTER_DI)
def test_a_name_after_di_is_where_not_who(text: str, opening: str, speaker: str) -> None:
    """“Hery Asso, mewakili … di Jayapura, mengungkapkan …” made “Jayapura” (and then
    “Distrik Jayapura”) the speaker (dev 1369 ×2); “petani di Madiun mengeluhkan” made
    “Madiun” one (read-over): as after English “in”, a name right after “di” before a
    speech verb is a place, so the subject before it speaks, or nobody named."""
    assert speaker_of(text, opening) == speaker


NOT_AFTER_DI = [
    # the person before “di” keeps speaking
    ("Budi Santoso di Jakarta mengatakan harga cabai turun.\n\n“Pasokan sudah normal,” "
     "ujarnya.", "Pasokan sudah", "Budi Santoso"),
    # the name after the comma that follows the place speaks
    ("Kepala Dinas Kesehatan di Garut, Leli Yuliani, mengatakan stok obat cukup.\n\n"
     "“Kami sudah menyiapkan posko,” ujarnya.", "Kami sudah", "Leli Yuliani"),
]


@pytest.mark.parametrize("text,opening,speaker", NOT_AFTER_DI)
def test_neighbours_of_a_name_after_di(text: str, opening: str, speaker: str) -> None:
    assert speaker_of(text, opening) == speaker
