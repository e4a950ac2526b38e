"""Who said it, Indonesian classes of session 13 (helper id13, issue 9): capitalised
ordinary words that open a sentence before a name (“Tindakan Elham …”, “Insiden Zarco …”),
told from names by an Indonesian vocabulary (PySastrawi's root words and the affixes).

The sentences are made up; each follows a pattern of real Indonesian news that gave a
wrong speaker before the change it tests. ``STAYS`` are neighbouring patterns (given names
that are also words, a title's full stop, short foreign given names) that must keep what
they had.
"""

import pytest
from quote_helpers import speaker_of

from reader.core.quotes.vocabulary import derived, roots

FIXED = [
    # a root word that opens a sentence before a word of another member's name
    ("Pebalap Pramac, Jorge Martin, finis keempat di Mandalika. Insiden Martin terjadi di "
     "tikungan tiga pada lap kedua.\n\"Saya tidak melihat dia datang dari dalam,\" kata "
     "Martin.", "Saya tidak", "Jorge Martin"),
    ("Harapan Bulega musim depan adalah pindah ke MotoGP.\n\"Kami hanya terus melanjutkan "
     "pembicaraan,\" kata Bulega kepada WorldSBK.com.\nNicolo Bulega kini memimpin klasemen.",
     "Kami hanya", "Nicolo Bulega"),
    ("Pelatih Persija, Johnny Jansen, kecewa dengan hasil itu. Tujuan Jansen membawa tim ke "
     "papan atas belum tercapai.\n\"Kami bermain dengan sepuluh orang,\" papar Jansen.",
     "Kami bermain", "Johnny Jansen"),
    # a word made of a root by affixes, opening the sentence before a person's full name
    ("Tindakan Rahmat Hidayat terekam kamera warga dan viral di media sosial.\nDia lantas "
     "meminta maaf lewat video. \"Saya khilaf dan menyesal,\" kata Rahmat.", "Saya khilaf",
     "Rahmat Hidayat"),
    ("Selebrasi Saddil Ramdani usai mencetak gol menjadi sorotan.\n\"Gol ini untuk "
     "suporter,\" kata Saddil.", "Gol ini", "Saddil Ramdani"),
    # an occupation the word lists do not hold, before the name (a snippet too short to
    # tell its language reads the same)
    ("Nutrisionis Rita Ramayulis menjelaskan ikan sapu-sapu menyimpan racun di dagingnya. "
     "\"Kalau ikan lain racunnya disaring,\" kata Rita.", "Kalau ikan", "Rita Ramayulis"),
]

# an ordinary word opening each sentence it stands in is no one-word subject a pronoun can
# fall back on (“Peristiwa terjadi …”, “Jenazah ditemukan …”, “Rekaman itu …”)
LONE = [
    ("Seorang pria memprotes menu makan siang di sekolah anaknya. Peristiwa terjadi di salah "
     "satu sekolah dasar.\n\"Ini tidak layak dimakan,\" kata pria tersebut.\n\"Sudah "
     "berbau,\" ujarnya lagi.", "Sudah berbau", ""),
    ("Warga menemukan mayat di tepi sungai. Jenazah ditemukan tanpa identitas.\n\"Kami "
     "langsung lapor polisi,\" katanya.", "Kami langsung", ""),
    ("Rekaman itu beredar luas di media sosial.\n\"Kami sedang menyelidikinya,\" "
     "tambahnya.", "Kami sedang", ""),
]

STAYS = [
    # a given name that is also a word, after a title's full stop (not a sentence's)
    ("Chief Medical Officer RS Sehat, dr. Dini Handayani, menjelaskan layanan baru itu. "
     "\"Teknologi hanya alat bantu,\" imbuhnya. dr. Dini juga menegaskan peran dokter.",
     "Teknologi hanya", "Dini Handayani"),
    # a short foreign given name that is an Indonesian root (“cal”), the surname alone later
    ("Cal Crutchlow kembali membalap setelah tiga tahun.\n\"Saya berkomitmen penuh,\" kata "
     "Crutchlow.", "Saya berkomitmen", "Cal Crutchlow"),
    # given names the name lists hold, though the vocabulary has them
    ("Budi Santoso meninjau pasar pagi itu. \"Harga beras stabil,\" kata Budi.",
     "Harga beras", "Budi Santoso"),
    ("Indah Permatasari mengaku lega. \"Anak saya sudah pulang,\" ujar Indah.",
     "Anak saya", "Indah Permatasari"),
    ("Teguh Prakoso mengatakan jalan itu rusak parah. \"Sudah tiga tahun begini,\" kata "
     "Teguh.", "Sudah tiga", "Teguh Prakoso"),
    # a given name that is a word, vouched for by the article (“kata Sukma”)
    ("Sukma Lintang Cahyani, warga Desa Sukamaju, menunggu sejak pagi. \"Antreannya "
     "panjang,\" kata Sukma.", "Antreannya", "Sukma Lintang Cahyani"),
    # a one-word name that is a word, written where it opens no sentence (“bernama Tirta”)
    ("Pedagang itu bernama Tirta. Tirta berjualan sejak pagi.\n\"Hari ini sepi,\" katanya.",
     "Hari ini", "Tirta"),
    ("Imran menjelaskan harga naik sejak pekan lalu.\n\"Stok terbatas,\" katanya.",
     "Stok terbatas", "Imran"),
]


@pytest.mark.parametrize("text,opening,speaker", FIXED)
def test_fixed(text: str, opening: str, speaker: str) -> None:
    assert speaker_of(text, opening) == speaker


@pytest.mark.parametrize("text,opening,speaker", LONE)
def test_an_ordinary_word_is_no_lone_subject(text: str, opening: str, speaker: str) -> None:
    assert speaker_of(text, opening) == speaker


@pytest.mark.parametrize("text,opening,speaker", STAYS)
def test_stays(text: str, opening: str, speaker: str) -> None:
    assert speaker_of(text, opening) == speaker


def test_the_vocabulary_is_pysastrawis_root_list() -> None:
    words = roots()
    assert len(words) > 29_000  # (29,931 in PySastrawi 1.2.0 and 1.2.1)
    assert {"tindak", "lihat", "insiden", "motor"} <= words


@pytest.mark.parametrize("word,root", [
    ("Tindakan", "tindak"), ("Terlihat", "lihat"), ("Pengumuman", "umum"),
    ("Didukung", "dukung"), ("Pantauan", "pantau"), ("Melintas", "lintas"),
    ("Menatap", "tatap"), ("Memisahkan", "pisah"), ("Sepanjang", "panjang"),
])
def test_derived_words_give_their_root(word: str, root: str) -> None:
    assert derived(word) == root


@pytest.mark.parametrize("name", ["Megawati", "Kurniawan", "Setiawan", "Handayani", "Dimas",
                                  "Wulandari", "Santoso", "Mulyani"])
def test_names_shaped_like_affixed_words_are_no_words(name: str) -> None:
    # “Megawati” is no “me-” + “gawat” + “-i” (“me-” never stands before a “g”), “Dimas” no
    # “di-” + “mas” (roots of three letters are too short to trust)
    assert not derived(name) and name.lower() not in roots()


@pytest.mark.parametrize("full, short", [
    ("Permata Sari", "Sari"), ("Cahaya Dewi", "Dewi"), ("Kemala Sari", "Sari"),
    ("Sentosa Hadi", "Hadi"), ("Mutiara Annisa Baswedan", "Annisa"),
    ("Pelangi Sukma Dewi", "Dewi"), ("Surya Paloh", "Paloh")])
def test_a_given_name_that_is_also_a_word_is_kept(full, short):
    """R13-15: a person named in full at a sentence's start and then by another name (the
    usual Indonesian style) lost the first name when it is also a word ("Permata")."""
    text = (f"{full} menjelaskan rencana itu di Jakarta, Senin.\n\n"
            f"“Kami akan memulai program ini bulan depan,” kata {short}.\n\n"
            f"Menurut {short}, anggaran sudah disiapkan.")
    assert speaker_of(text, "Kami akan") == full
