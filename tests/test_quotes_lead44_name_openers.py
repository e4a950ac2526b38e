"""The first word of an Indonesian name that is also something else (issue 9, session 44).

Sasak nobility write “Lalu” (men) before the given name: “Lalu Muhammad Iqbal”. The
common word “lalu” (then) is capitalised only where it opens a sentence, so “Lalu” inside
a sentence, after a lower-case word or a comma and before a name, opens the name. An
undotted initial “A” (Ahmad, Andi …) before a given name and a surname is the name's
first word in Indonesian copy, where no article “A” exists."""

import pytest

from reader.core.quotes import suggest


def _speakers(text):
    return [s.speaker for s in suggest(text) if s.kind == "quote"]


@pytest.mark.parametrize(("text", "speakers"), [
    ("Partai itu memberikan dukungan kepada pasangan Lalu Ahmad Zaini dan Baiq Nurul "
     "Hidayah. “Kami ingin membangun kampung halaman,” ungkap Zaini.\n\n"
     "“Saya berterima kasih atas dukungan ini,” ujarnya.",
     ["Lalu Ahmad Zaini", "Lalu Ahmad Zaini"]),
    ("Mataram - Sekretaris Daerah NTB, Lalu Budi Santoso, meninjau lokasi banjir. "
     "“Bantuan sudah kami kirim sejak pagi,” kata Budi.",
     ["Lalu Budi Santoso"]),
])
def test_a_sasak_lalu_inside_a_sentence_opens_the_name(text, speakers):
    assert _speakers(text) == speakers


def test_lalu_opening_a_sentence_is_still_the_common_word():
    text = ("Bupati Rina Wulandari meninjau pasar. Lalu Rina Wulandari menemui pedagang. "
            "“Harga beras sudah turun,” kata Rina.")
    assert _speakers(text) == ["Rina Wulandari"]


@pytest.mark.parametrize(("text", "speakers"), [
    ("Pesisir Selatan - Kepala KUA Kecamatan Bayang, A Rahmat Hidayat mengatakan kegiatan "
     "itu rutin digelar. “Peserta sangat antusias mengikuti kegiatan ini,” tutur A Rahmat "
     "Hidayat.\n\n“Kami berharap program ini terus berjalan,” ujarnya.",
     ["A Rahmat Hidayat", "A Rahmat Hidayat"]),
])
def test_an_undotted_initial_a_opens_an_indonesian_name(text, speakers):
    assert _speakers(text) == speakers


def test_the_english_article_a_opens_no_name():
    text = ("A Labour spokesman declined to comment. A Tory source was blunter. "
            "“This is a shambles,” said Tom Vale, the party's chair.")
    assert _speakers(text) == ["Tom Vale"]


@pytest.mark.parametrize(("text", "speakers"), [
    # “Imam”, an office in a mosque, is a given name too: after an office and a comma,
    # before two name words, it opens the name
    ("Slawi - Kepala Dinas Perdagangan Kabupaten Tegal, Imam Budi Setiawan, memastikan "
     "pasar tetap buka. “Yang roboh hanya bagian atap samping,” jelasnya.",
     ["Imam Budi Setiawan"]),
    # (the mosque's office before its holder's name stays an office)
    ("Imam Besar Masjid Istiqlal Nasaruddin Umar mengajak warga berdoa. “Mari kita doakan "
     "para korban,” kata Nasaruddin.",
     ["Nasaruddin Umar"]),
])
def test_imam_as_a_given_name_or_an_office(text, speakers):
    assert _speakers(text) == speakers


def test_a_village_head_with_a_one_word_name_after_the_village():
    text = ("Sejumlah warga Sukamaju bergotong royong membangun tanggul darurat.\n\n"
            "Hal senada juga disampaikan oleh Kades Sukamaju Kosim. Dia menyebutkan ada tiga "
            "tanggul yang kritis. “Kalau hujan deras, tanggul bisa jebol,” terangnya.")
    assert _speakers(text) == ["Kosim"]
