"""Who said it, Indonesian names a scraper glued to other words (helper id17, issue 9).

Round 143 (dev 1570-1589) keeps Sindonews texts exactly as a scraper stored them: paragraphs
and the "Baca Juga" box's headlines joined without a space. The made-up sentences below follow
its patterns; each gave a wrong speaker before the change it tests, and the neighbours keep
what they had.
"""

import hashlib
import json
import re

import pytest
from quote_helpers import speaker_of

from reader.core.quotes.evaluate import REAL_DEV_DIR, load_gold

# SHA-256 (first 12 hex digits) of text + labels, recorded before the first score
ROUND_143 = {
    1570: "2d8888f046a4", 1571: "21da8b3150bf", 1572: "1c378707fb94", 1573: "f13c66932962",
    1574: "932eae69c034", 1575: "6f0a48c2711d", 1576: "86e4e9eaad6e", 1577: "c6547e49af0c",
    1578: "497e8c0cfbbf", 1579: "621f8aada535", 1580: "4a5a62c278b1", 1581: "ea3684ea9347",
    1582: "8df0934ad61c", 1583: "0961ab721d9a", 1584: "cad2d9f74bda", 1585: "b18661fb1a07",
    1586: "186e1f07b5e5", 1587: "b6e7155ba30c", 1588: "2442533a8d94", 1589: "b6b02fb09d86",
}
GLUED = re.compile(r"[a-z0-9)][.,”\"]?[A-Z][a-z]+")


def test_round_143_is_the_scraped_text_as_labelled_before_the_first_score():
    articles = [a for a in load_gold(REAL_DEV_DIR) if 1570 <= int(a.name.split("_")[0]) <= 1589]
    assert sorted(int(a.name.split("_")[0]) for a in articles) == sorted(ROUND_143)
    for a in articles:
        meta_text = (REAL_DEV_DIR / f"{a.name}.json").read_text(encoding="utf-8")
        meta = json.loads(meta_text)
        assert meta["round"] == 143 and meta["language"] == a.language == "id"
        assert meta["source"]["repo"] == "flxo25/Scrap" and meta["source"]["row"] >= 1
        assert len(meta["source"]["commit"]) == 40 and meta["source"]["title"]
        digest = hashlib.sha256((a.text + meta_text).encode("utf-8")).hexdigest()
        assert digest[:12] == ROUND_143[int(a.name.split("_")[0])], a.name
        # the scraper's glue is kept: a "Baca Juga" run and words joined without a space
        assert "Baca Juga:" in a.text and len(GLUED.findall(a.text)) >= 4, a.name


LINK_BOXES = [
    # a box of two links, its headlines glued to each other and to the next sentence: the
    # second headline's words are no name (dev 1574: “Pemotor Dihukum Pushup” spoke)
    (" JAKARTA - Pemerintah Kota Bekasi terus menyalurkan bantuan bagi warganya. Kali ini "
     "paket sembako diberikan kepada guru ngaji.Wali Kota Bekasi, Rahmat Effendi, menyerahkan "
     "bantuan itu secara simbolis pada Kamis (30/4).\"Ini bantuannya semoga bermanfaat,\" "
     "ujar wali kota sembari menyerahkan bantuan.Baca Juga:1.200 Warga Bantargebang Terima "
     "BLT Rp600 RibuTak Pakai Masker, Pemotor Dihukum Pushup di Pinggir Jalan "
     "CikarangBerdasarkan data yang dihimpun gugus tugas, bantuan didistribusikan ke seluruh "
     "kecamatan.\"Total 900 paket ini kita himpun dari tiap kecamatan,\" paparnya.(mhd) ",
     "Total 900", "Rahmat Effendi"),
    # a link's headline ends at the scraper's gap (a no-break space), not in the subject of
    # the next sentence (read-over, okezone: “Lebak Nihil Positif Ganjar” spoke)
    ("SEMARANG – Gubernur Jawa Tengah Ganjar Pranowo meninjau lumbung pangan warga. \"Saya "
     "titip tolong perhatikan lansia,\" kata Ganjar, Minggu (10/5/2020). Baca Juga:\xa0Kasus "
     "Corona di Banten: Kota Tangerang Tertinggi, Lebak Nihil Positif\xa0 Ganjar mengaku "
     "senang karena program itu berjalan. \"Masyarakat sudah saling membantu,\" ucapnya.",
     "Masyarakat sudah", "Ganjar Pranowo"),
    # neighbours: a link read on into the next sentence's subject (no glue, no gap shows
    # where the headline ends) still lets that subject speak; a link on its own line and a
    # box of one link keep their speakers
    ("JAKARTA - IHSG ditutup naik ke 4.639. Baca juga: Seharian Menghijau, IHSG Ditutup "
     "Naik 0,91% ke 4.639 Ketua Dewan Komisioner OJK Wimboh Santoso mengatakan volatilitas "
     "mulai mereda. \"Berbagai indikator menunjukkan perbaikan,\" ujarnya.",
     "Berbagai indikator", "Wimboh Santoso"),
    ("Kepala Dinas Kesehatan Amir Faisol menutup puskesmas itu. \"Puskesmas tutup "
     "sementara,\" ujar Amir. Baca juga: Dokter Spesialis Mundur karena Insentif Tak "
     "Dibayar\n\n\"Petugas medis melakukan karantina,\" imbuhnya.", "Petugas medis",
     "Amir Faisol"),
    ("JAKARTA - Menteri Sosial Juliari Batubara menyerahkan bantuan.\"Bantuan ini untuk "
     "keluarga yang terdampak,\" kata Juliari.Baca Juga:Pemerintah Kaji Rencana Pembukaan "
     "SekolahBupati Bogor Diminta Tegas Tangani PSBBMenurut dia, penyaluran dilakukan "
     "bertahap.\"Kami pastikan tepat sasaran,\" ujarnya.(zik)", "Kami pastikan",
     "Juliari Batubara"),
]


@pytest.mark.parametrize("text,opening,speaker", LINK_BOXES)
def test_a_box_of_links_glued_together_names_nobody(text: str, opening: str,
                                                    speaker: str) -> None:
    """A “Baca Juga:” box (Sindonews writes “Juga” with a capital, which was not read as a
    link at all) may hold two headlines or more, glued to each other and the last to the
    next sentence; each title-case stretch ending in another glue, or in the opening mark
    of a quotation, is one more headline of the box. A link ends at a scraper's gap (a
    no-break space, two blanks) too, and the subject of the sentence after it is read back
    no further than where the link surely ended."""
    assert speaker_of(text, opening) == speaker


INITIALS = [
    # one letter written for a given name, opening the name after a comma or an office
    # (dev 1583 ×2: “Arifin Junaidi” for Z Arifin Junaidi)
    ("Ketua LP Ma'arif NU PBNU, Z Arifin Junaidi mengungkapkan sekolah kesulitan biaya.\n\n"
     "“Kami kesulitan membayar gaji guru,” tutur Arifin.", "Kami kesulitan", "Z Arifin Junaidi"),
    ("“Kami menolak rencana itu,” kata Sekretaris Jenderal, T Ahmad Yani, di Jakarta.",
     "Kami menolak", "T Ahmad Yani"),
    # neighbours: a group's letter before a club is no initial; Raden's “R” stays out
    ("“Kami siap bertanding,” kata pelatih Grup B Persib Bandung, Robert Alberts.",
     "Kami siap", "Robert Alberts"),
    ("“Saya bangga,” ujar Kapolres Kudus AKBP R Yuda Pratama.", "Saya bangga", "Yuda Pratama"),
    ("“Kami siap,” kata Wali Kota Ternate, M Tauhid Soleman.", "Kami siap", "M Tauhid Soleman"),
]


@pytest.mark.parametrize("text,opening,speaker", INITIALS)
def test_a_one_letter_initial_opens_the_name(text: str, opening: str, speaker: str) -> None:
    """In Indonesian text a given name written as its initial (“Z Arifin Junaidi”, “T Ahmad
    Yani”) opens the name where the run opens with it or an office comes right before it,
    as “M” for Muhammad did already; H (Haji), R (Raden), I (Balinese), A, O and U stay out."""
    assert speaker_of(text, opening) == speaker


ADDRESSED = [
    # a nickname of a form of address and a word of the full name named before, a cast
    # member of its own as the subject after “disapa” (dev 1581 ×4: “Romo Benny” spoke)
    ("Staf Khusus Dewan Pengarah BPIP Antonius Benny Susetyo menilai Hari Buruh tahun ini "
     "momentum yang tepat.\n\n“Inilah momentum kita untuk meningkatkan solidaritas,” tutur "
     "Benny kepada wartawan.\n\nPria yang biasa disapa Romo Benny itu juga menganggap "
     "solidaritas kemanusiaan penting.\n\n“Tuhan ditemukan di dalam diri manusia,” ucapnya.",
     "Tuhan ditemukan", "Antonius Benny Susetyo"),
    # (near the full name it was so already, and stays)
    ("Anggota DPR Muchamad Nabil Haroen meminta kasus itu diselidiki.\n\n“Harus diproses "
     "secara hukum,” tutur pria yang bisa disapa Gus Nabil ini.", "Harus diproses",
     "Muchamad Nabil Haroen"),
    # neighbours: a name written before it is given as a nickname stays somebody's own; a
    # nickname whose word is in no full name before it stays as it was
    ("Bupati Kudus Hartopo mengundang para ulama. Hadir Gus Hartopo, pengasuh pesantren Al "
     "Ikhlas, yang biasa disapa Gus Hartopo oleh santrinya. Ia menyampaikan dukungan.\n\n"
     "“Kami mendukung program ini,” kata Gus Hartopo.", "Kami mendukung", "Gus Hartopo"),
    ("Wali Kota Solo Gibran Rakabuming Raka meninjau pasar. Sementara itu, pedagang yang "
     "biasa disapa Mas Gibran oleh warga, Gibran Setiawan, mengeluhkan sepinya pembeli.\n\n"
     "“Sepi sekali,” ujarnya.", "Sepi sekali", "Gibran Setiawan"),
]


@pytest.mark.parametrize("text,opening,speaker", ADDRESSED)
def test_a_nickname_of_address_is_the_full_name(text: str, opening: str, speaker: str) -> None:
    """“disapa Romo Benny” after Antonius Benny Susetyo: a nickname of two words, a form
    of address (Romo, Gus, Mas, Bang, Pak …) and a word of a full name the article named
    before, is an alias of that name (the labels give the fullest name) even when the cast
    took it for a member of its own; not when the article used it before giving it."""
    assert speaker_of(text, opening) == speaker


MIDDLE_LEFT_OUT = [
    # the full name once, with a middle initial; twice more without it (dev 1580 ×4:
    # “M Ali”, the given name cut as a word the article used on its own)
    ("“Kami mendukung program itu,” jelas Wakil Ketua Umum DPP Partai Nasdem Ahmad M Ali "
     "dalam siaran pers.\n\nMenurut Ahmad Ali, program itu penting.\n\nAhmad Ali mengatakan, "
     "evaluasi perlu dilakukan.", "Kami mendukung", "Ahmad M Ali"),
    # neighbour: a club's name used on its own is still cut off the player's name
    ("Kapten Persib Marc Klok mengaku puas.\n\nPersib menang dua kali. Persib kini di "
     "puncak.\n\n“Kami bekerja keras,” ujar Klok.", "Kami bekerja", "Marc Klok"),
]


@pytest.mark.parametrize("text,opening,speaker", MIDDLE_LEFT_OUT)
def test_a_given_name_written_without_the_middle_stays(text: str, opening: str,
                                                        speaker: str) -> None:
    """A name's first word the article writes elsewhere is cut as an organisation's
    (“Kapten Persib Marc Klok” … “Persib menang”); in Indonesian not where it goes on with
    a later word of the same name, the middle initial left out (“Ahmad M Ali” … “Ahmad
    Ali”)."""
    assert speaker_of(text, opening) == speaker
