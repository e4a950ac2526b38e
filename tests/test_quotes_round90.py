"""Who said it, Indonesian classes of session 11's round 90 and the issue's list (issue 9).

The sentences are made up; each follows a pattern of real Indonesian news that gave a
wrong speaker or missed a quotation before the change it tests. ``STAYS`` are
neighbouring patterns that must keep what they had.
"""

import pytest
from quote_helpers import speaker_of

from reader.core.quotes import suggest


def quotes(text: str) -> list[tuple[str, str]]:
    return [(s.exact, s.speaker) for s in suggest(text) if s.kind == "quote"]


FIXED = [
    # a body that spoke is who the next “sambungnya” points to, not a place the lede
    # named (with its English name in brackets) before it
    ("Kementerian Kesehatan Spanyol mengizinkan kapal itu berlabuh di Kepulauan Canaria "
     "(Canary Islands). “WHO telah menjelaskan bahwa Tanjung Verde tidak mampu,” kata "
     "Kementerian Kesehatan Spanyol, dikutip dari Reuters, Rabu (6/5/2026). “Kepulauan "
     "Canaria adalah lokasi terdekat dengan kemampuan yang diperlukan,” sambungnya.",
     "Kepulauan Canaria adalah", "Kementerian Kesehatan Spanyol"),
    ("Menteri Keuangan Purbaya Yudhi Sadewa menilai rupiah akan kembali menguat pekan "
     "depan. \"Cadangan devisa akhir Mei tercatat 150 miliar dolar AS,\" tulis Bank "
     "Indonesia dalam keterangannya, Jumat (5/6/2026). \"Posisi itu setara pembiayaan 6,4 "
     "bulan impor,\" imbuhnya.", "Posisi itu", "Bank Indonesia"),
    # a person's own name of five words (no office, no body's word) that the article later
    # calls by its first word: one person, not left out of the cast as too long a run
    ("Indonesia diwakili Desak Made Rita Kusuma Dewi dan Kadek Adi Asih di final. Desak "
     "mengatakan hasil itu buah latihan panjang. \"Kami telah berlatih bersama tim,\" "
     "ungkapnya.", "Kami telah", "Desak Made Rita Kusuma Dewi"),
    ("Pebalap muda Muhammad Rizky Ramadhan Putra Siregar finis kedua di Mandalika. "
     "\"Motor kami sangat kompetitif hari ini,\" kata Muhammad.", "Motor kami",
     "Muhammad Rizky Ramadhan Putra Siregar"),
    # a short name made of the end of a given name (“Ana” for Febriana)
    ("Ganda putri Febriana Dwipuji Kusuma/Meilysa Trias Puspitasari menang di perempat "
     "final. \"Kami harus lebih konsisten dalam bermain,\" kata Ana usai laga.",
     "Kami harus", "Febriana Dwipuji Kusuma"),
    ("Pebalap Aldio Oekon menjadi yang tercepat di sesi kualifikasi. \"Strategi kita dari "
     "awal memang finis pertama,\" lanjut Dio.", "Strategi kita", "Aldio Oekon"),
    # a word with the suffix -nya opening a sentence is no part of the name after it
    ("Chief Investment Officer BPI Danantara, Pandu Sjahrir, hadir. Awalnya Pandu "
     "menjelaskan latar pembentukan DSI. \"DSI dibentuk untuk mencegah under invoicing,\" "
     "jelas Pandu.", "DSI dibentuk", "Pandu Sjahrir"),
    ("CTO OpenAI terdahulu, Mira Murati, bersaksi. Dulunya Murati dan Altman merupakan "
     "teman dekat. \"Dia mengatakan satu hal kepada satu orang,\" kata Murati.",
     "Dia mengatakan", "Mira Murati"),
    # a specialist's degree after the name and a comma is no subject of its own
    ("Dokter spesialis penyakit dalam dr Aru Ariadno, SpPD-KGEH, menyarankan porsi wajar. "
     "\"Konsumsi jeroan yang berlebih itu akan menyebabkan masalah,\" ujarnya.",
     "Konsumsi jeroan", "Aru Ariadno"),
    # a brand written in camel case before the officer's name is the company, not the name
    ("Kepala Kebijakan Publik TikTok Hilmi Adrianto hadir dalam diskusi itu. \"Ada beberapa "
     "catatan terkait cara meningkatkan visibilitas,\" ujar Hilmi Adrianto.", "Ada beberapa",
     "Hilmi Adrianto"),
    # a body the article names only inside the quotation, pointed at by “klub”
    ("Klub asal Merseyside itu berduka. \"Liverpool FC sangat berduka atas meninggalnya "
     "Diogo Jota,\" demikian pernyataan klub.", "Liverpool FC sangat", "Liverpool FC"),
    ("Pabrikan itu menarik ribuan unit dari pasar. \"PT Sinar Motor Tbk memastikan "
     "konsumen mendapat unit pengganti,\" tulis perusahaan itu dalam keterangannya.",
     "PT Sinar Motor Tbk memastikan", "PT Sinar Motor Tbk"),
    # a statement noun after the speech verb, then the body whose statement it is
    ("Tim itu memuji pebalap mudanya. \"Veda Pratama menjadi pebalap lainnya yang berhasil "
     "merangsek naik,\" kata pernyataan Honda Team Asia.", "Veda Pratama", "Honda Team Asia"),
    ("Penyelenggara lomba berduka. \"Kami menyampaikan belasungkawa terdalam kepada "
     "keluarga,\" tulis keterangan resmi Ironman Texas di Facebook.", "Kami menyampaikan",
     "Ironman Texas"),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), FIXED)
def test_fixed(text: str, opening: str, speaker: str) -> None:
    assert speaker_of(text, opening) == speaker


# a straight opening mark set off by a blank after a sentence's end is still a quotation
SPACED_OPENINGS = [
    ("Kapolsek Pancoran Mas Kompol Hartono membenarkan kejadian itu. \"Sama tukang parkir "
     "akhirnya dipisahin,\" ucapnya. \" Udah selesai, sudah damai mereka di lapangan, "
     "clear di situ,\" tutupnya.", "Udah selesai, sudah damai mereka di lapangan, clear "
     "di situ", "Hartono"),
    ("Pria itu sudah 20 tahun menjadi jagal di kampungnya. \" Udah pertama 8 terus 5, 7. "
     "Oh, 20-an lah ya,\" tutur Iyung kepada wartawan.", "Udah pertama 8 terus 5, 7. Oh, "
     "20-an lah ya", "Iyung"),
]


@pytest.mark.parametrize(("text", "exact", "speaker"), SPACED_OPENINGS)
def test_spaced_opening_mark(text: str, exact: str, speaker: str) -> None:
    assert (exact, speaker) in quotes(text)


STAYS_NAMED = [
    # a person's statement stays the person's
    ("Menteri Luar Negeri Sugiono menyampaikan sikap pemerintah. \"Indonesia menolak "
     "tindakan itu,\" kata pernyataan Menteri Luar Negeri Sugiono.", "Indonesia menolak",
     "Sugiono"),
    # (a degree after a one-word name keeps the name)
    ("Menurut dokter Tjandraningrum, SpGK, ubi bisa menggantikan nasi. \"Porsi wajar sih "
     "sebenarnya,\" katanya.", "Porsi wajar", "Tjandraningrum"),
    # a short given name ending in -nya is still a name
    ("Penyanyi Sonya Depari merilis lagu baru. \"Lagu ini untuk ibu saya,\" kata Sonya.",
     "Lagu ini", "Sonya Depari"),
    # a one-word speaker who ends nobody's given name keeps their own name
    ("Pelatih Herry Iman Pierngadi memimpin latihan. \"Kami siap,\" kata Ana, kapten tim "
     "putri.", "Kami siap", "Ana"),
    # a long run with an office in it is no person's own name (the bank's name is no part
    # of it: the director is Darmawan Junaidi, and “kata Direktur” is his, s32)
    ("Direktur Utama Bank Mandiri Syariah Nasional Darmawan Junaidi hadir. \"Kami tumbuh "
     "12 persen,\" kata Direktur.", "Kami tumbuh", "Darmawan Junaidi"),
    # a one-word speaker the article introduces as someone new (a clause about them, or set
    # off by commas before the official appears) is not the official whose given name ends
    # so (review11 R11-7: Ani is no nickname of Febriani, Yanti none of Mariyanti)
    ("Kepala Dinas Perdagangan Kota Bandung, Febriani Putri Lestari, mengatakan harga beras "
     "naik. \"Kami akan memantau harga di semua pasar,\" kata Febriani.\n\nDi Pasar "
     "Kosambi, pedagang mengeluhkan sepinya pembeli. \"Sudah tiga hari ini pembeli sepi "
     "sekali,\" kata Ani, yang sudah berjualan dua puluh tahun.\n\n\"Kalau begini terus "
     "kami bisa rugi besar,\" ujar Ani.", "Kalau begini", "Ani"),
    ("Wali Kota Eri Cahyadi meninjau banjir. Warga setempat, Yanti, mengaku rumahnya "
     "terendam. \"Air masuk rumah sampai selutut,\" kata Yanti.\n\nKepala BPBD, Mariyanti "
     "Dewi Lestari, menyiapkan tenda. \"Tenda sudah kami dirikan,\" kata Mariyanti.",
     "Air masuk", "Yanti"),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), STAYS_NAMED)
def test_stays(text: str, opening: str, speaker: str) -> None:
    assert speaker_of(text, opening) == speaker


STAYS = [
    # a stray closing mark after an attribution, then narration and a quotation of its own:
    # the narration is no quotation
    ("\"Ini masa yang sulit, tetapi kami terus mencoba,\" ujarnya. \" Dia mengatakan salah "
     "satu pesan datang dari pamannya. \"Salah satu paman saya menulis kepada kami,\" "
     "katanya.", "Dia mengatakan"),
    # a blank after a mark glued to a word is no opening either
    ("Dia menyebut istilah itu\" sangat lazim\" di kalangan pedagang pasar.", "sangat"),
]


@pytest.mark.parametrize(("text", "not_opening"), STAYS)
def test_not_a_quotation(text: str, not_opening: str) -> None:
    assert not any(exact.startswith(not_opening) for exact, _ in quotes(text))
