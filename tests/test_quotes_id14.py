"""Who said it, Indonesian classes of session 14 (helper id14, issue 9).

The sentences are made up; each follows a pattern of real Indonesian news that gave a
wrong speaker before the change it tests. The neighbours keep what they had.
"""

import pytest
from quote_helpers import speaker_of

from reader.core.quotes import suggest


@pytest.mark.parametrize("full, short", [
    ("Angkasa Putra", "Putra"), ("Gemilang Putra", "Putra"), ("Berlian Hutauruk", "Hutauruk"),
    ("Perkasa Nainggolan", "Nainggolan"), ("Halilintar Sitorus", "Sitorus"),
    ("Timur Kapadze", "Kapadze")])
def test_a_pair_that_introduces_its_person_stays_whole(full: str, short: str) -> None:
    """R13-15's remainder: a word of the vocabulary that opens a sentence before one more
    name word is a given name when the pair introduces the person (nothing in the article
    names the other word before it, no other member has it, the word never stands alone):
    “Angkasa Putra menjelaskan …” … “kata Putra” gave “Putra”."""
    text = (f"{full} menjelaskan rencana itu di depan warga, Senin.\n\n"
            f"“Kami akan memulai program ini bulan depan,” kata {short}.\n\n"
            f"Menurut {short}, anggaran sudah disiapkan.")
    assert speaker_of(text, "Kami akan") == full


CUT = [
    # the word stands on its own elsewhere (“Insiden itu …”): an ordinary word
    ("Insiden Halim menjadi sorotan pekan ini. Insiden itu terjadi di gerbang tol.\n\n"
     "“Saya tidak melihat mobil itu datang,” kata Halim.\n\nMenurut Halim, jalan itu gelap.",
     "Saya tidak", "Halim"),
    # the person was named before the pair (“Penyerang itu, Lucho, …” … “Absensi Lucho”)
    ("Gelandang itu, Lucho, mendapat kartu merah. Absensi Lucho menjadi masalah bagi "
     "pelatih.\n\n“Kami harus mencari pengganti,” kata Lucho.", "Kami harus", "Lucho"),
    # a word of another member's name (“Johann Zarco” … “Motor Zarco”)
    ("Pebalap LCR, Johann Zarco, terjatuh di tikungan pertama. Motor Zarco rusak parah.\n\n"
     "“Saya baik-baik saja,” kata Zarco.", "Saya baik", "Johann Zarco"),
]


@pytest.mark.parametrize("text,opening,speaker", CUT)
def test_an_ordinary_word_before_a_known_name_is_still_cut(text: str, opening: str,
                                                           speaker: str) -> None:
    assert speaker_of(text, opening) == speaker


REGION_INSIDE = [
    # an office, its body, the body's province or kabupaten of one word, then the name
    ("Kepala Departemen Kampanye Jatam Sulteng Arman Seli menyampaikan, warga tidak pernah "
     "diajak bicara.\n\n“Sudah dua tahun lahan mereka dipagari,” katanya.",
     "Sudah dua", "Arman Seli"),
    ("Ketua Kadin Banten Dedi Kurniawan Sumarta mengatakan, investasi turun tahun ini. "
     "“Kami butuh kepastian hukum,” ujarnya.", "Kami butuh", "Dedi Kurniawan Sumarta"),
    ("Direktur Eksekutif Walhi Kalbar Nur Hadi menuturkan, hutan adat terus menyusut.\n\n"
     "“Izin baru harus dihentikan,” tegasnya.", "Izin baru", "Nur Hadi"),
]


@pytest.mark.parametrize("text,opening,speaker", REGION_INSIDE)
def test_a_region_inside_the_run_ends_the_office(text: str, opening: str,
                                                  speaker: str) -> None:
    assert speaker_of(text, opening) == speaker


def test_an_officers_wife_named_after_him_keeps_his_short_form_his() -> None:
    # “Bhayangkari” (police wives): the chair is named by her husband's given name
    text = ("Peresmian dapur itu dihadiri Kapolres Garut AKBP Yusuf Ramadhan, Ketua Yayasan "
            "Kemala Bhayangkari Cabang Garut Nina Yusuf, serta mitra.\n\n"
            "“Dapur ini melayani 3.000 siswa,” terang Yusuf kepada wartawan.")
    assert speaker_of(text, "Dapur ini") != "Nina Yusuf"


GIVEN_NAME_SHORT_FORMS = [
    # an office's short form glued to the given name (“Mendes Arif”) beside the full name
    ("Menteri Desa, Arif Santoso, meninjau koperasi di Mojokerto, Minggu.\n\nSelain itu, "
     "Mendes Arif meminta pengurus koperasi bekerja sama dengan BUM Desa.\n\n“Koperasi "
     "tidak boleh mematikan usaha desa,” kata Arif.", "Koperasi", "Arif Santoso"),
    # a crosshead run into the next sentence (“… dari Malaysia Rizal mengatakan”)
    ("Kepala Bulog, Rizal Hamdani, meninjau gudang beras di Jakarta.\n\nTawaran Harga dari "
     "Malaysia Rizal mengatakan tawaran awal masih terlalu murah.\n\n“Kami masih "
     "bernegosiasi,” ujar Rizal.", "Kami masih", "Rizal Hamdani"),
    # a police chief's wife, named by his given name, beside him
    ("Peresmian dapur dihadiri Kapolres AKBP Dedi Hartanto dan istrinya, Ketua "
     "Bhayangkari Cabang Garut, Nina Dedi.\n\n“Dapur ini melayani 3.000 siswa,” jelas Dedi.",
     "Dapur ini", "Dedi Hartanto"),
]


@pytest.mark.parametrize("text,opening,speaker", GIVEN_NAME_SHORT_FORMS)
def test_a_given_name_goes_to_the_name_it_opens(text: str, opening: str,
                                                speaker: str) -> None:
    assert speaker_of(text, opening) == speaker


def test_a_shared_word_of_an_ordinary_word_run_does_not_take_the_short_form() -> None:
    # the fuller member holds a word of the vocabulary (“Lin Sayuran”, a full stop lost):
    # the short form stays with the person
    text = ("Dokter lulusan Stanford University, Hillary Lin, rutin makan ikan.\n\n“Saya "
            "mencampurnya dengan sayuran,” kata Lin Sayuran hijau juga penting baginya.\n\n"
            "“Buah beri beku tetap bermanfaat,” ujar Lin.")
    assert speaker_of(text, "Buah beri") == "Hillary Lin"


IN_WHOSE_VIEW = [
    # “menurutnya” in the narrated sentence before an uncued quotation: the one “-nya” is
    ("“Kami khawatir tambang itu merusak laut,” kata pengamat kebijakan publik Rina Hartati."
     "\n\nRina menyambut baik pencabutan izin itu, namun menurutnya langkah itu belum cukup."
     "\n\n“Harus ada penataan menyeluruh, bukan hanya empat perusahaan.”",
     "Harus ada", "Rina Hartati"),
    ("“Kepercayaan masyarakat itu penting,” kata ekonom Agus Wicaksono.\n\nMenurutnya, "
     "lembaga baru itu harus membuktikan diri lewat proyek yang menguntungkan.\n\n"
     "“Investasi ini bisa dipakai untuk infrastruktur.”", "Investasi ini", "Agus Wicaksono"),
    # “Menurut <person>,”
    ("Ekonom Agus Wicaksono hadir dalam diskusi itu.\n\nMenurut Agus, lembaga baru itu harus "
     "membuktikan diri lewat proyek yang menguntungkan.\n\n“Investasi ini bisa dipakai untuk "
     "infrastruktur.”", "Investasi ini", "Agus Wicaksono"),
]


@pytest.mark.parametrize("text,opening,speaker", IN_WHOSE_VIEW)
def test_an_uncued_quotation_after_someones_view_is_theirs(text: str, opening: str,
                                                          speaker: str) -> None:
    [found] = [s for s in suggest(text) if s.kind == "quote" and s.exact.startswith(opening)]
    assert found.speaker == speaker and found.speaker_unsure  # (a guess: marked)


def test_a_view_of_a_document_gives_no_speaker() -> None:
    text = ("“Kami khawatir,” kata warga.\n\nMenurut data BPS, angka kemiskinan naik tahun "
            "ini.\n\n“Harga beras naik terus.”")
    assert speaker_of(text, "Harga beras") == ""


PARTIAL_IN_A_VIEW = [
    # a partial quotation inside a sentence that gives “-nya”'s view or words
    ("“Kami menolak tambang di pulau kecil,” kata aktivis lingkungan Sari Wulandari.\n\n"
     "Menurutnya, kedua kebijakan itu “sama-sama mengabaikan suara warga pulau” sejak awal.",
     "sama-sama", "Sari Wulandari"),
    ("Ketua panitia, Mutiara Ika, hadir di depan gedung DPR.\n\nAdapun sapu lidi disebutnya "
     "sebagai simbol “ajakan kepada seluruh elemen masyarakat untuk bersatu”.",
     "ajakan kepada", "Mutiara Ika"),
    ("Menteri Keuangan AS Scott Bessent berbicara di Washington. Bessent menyebut sanksi itu "
     "dijatuhkan saat Departemen Keuangan AS melanjutkan apa yang disebutnya sebagai “tekanan "
     "ekonomi maksimum terhadap Teheran”.", "tekanan ekonomi", "Scott Bessent"),
]


@pytest.mark.parametrize("text,opening,speaker", PARTIAL_IN_A_VIEW)
def test_a_partial_quotation_in_someones_view_is_theirs(text: str, opening: str,
                                                        speaker: str) -> None:
    assert speaker_of(text, opening) == speaker


def test_a_document_quoted_inside_a_view_is_nobodys() -> None:
    text = ("“KPK sedang krisis,” kata Direktur Gratifikasi KPK, Giri Suprapdiono.\n\n"
            "Menurutnya, salah satu faktornya adalah Pasal 32, yang berbunyi, “dalam hal "
            "Pimpinan KPK menjadi tersangka diberhentikan sementara dari jabatannya”.")
    assert speaker_of(text, "dalam hal") == ""


REPRESENTATIVES = [
    # an office written in capitals (or a representative of a group), where it is held, then
    # the name after a comma
    ("Aksi solidaritas digelar di London.\n\n“Kami mendesak semua pihak menghentikan "
     "kekerasan,” kata Perwakilan akademisi Indonesia di Inggris Raya, Ahmad Umar.",
     "Kami mendesak", "Ahmad Umar"),
    ("Diaspora berkumpul di Den Haag.\n\n“Kami berdiri bersama keluarga korban,” kata Ketua "
     "PPI di Belanda, Rina Kartika.", "Kami berdiri", "Rina Kartika"),
    ("Buruh berunjuk rasa di depan kantor pusat.\n\n“Jangan rusak hubungan industrial,” ujar "
     "perwakilan buruh Indomaret, Ahmad Saifuddin, kepada wartawan.", "Jangan rusak",
     "Ahmad Saifuddin"),
    # a representative of a body, nobody named: nobody (not the body's last word)
    ("Dapur itu sempat tutup sehari.\n\n“Kami sedang mengevaluasi menu,” kata perwakilan "
     "SPPG Pudakpayung melalui pesan singkat.", "Kami sedang", ""),
]


@pytest.mark.parametrize("text,opening,speaker", REPRESENTATIVES)
def test_a_representative_is_named_after_the_comma(text: str, opening: str,
                                                   speaker: str) -> None:
    assert speaker_of(text, opening) == speaker


STATEMENTS = [
    # “demikian/begitu <statement> <a document or an owner not named>”: nobody, not the
    # last one who spoke
    ("“Kami akan banding,” kata kuasa hukum terdakwa, Budi Santoso.\n\n“Menguatkan putusan "
     "Pengadilan Negeri Jakarta Pusat,” demikian bunyi amar putusan banding tersebut.",
     "Menguatkan", ""),
    ("“Taiwan harus bersiap,” kata analis Reidar Lund.\n\n“Kedua pihak akan tetap melancarkan "
     "operasi besar,” demikian isi dokumen tersebut.", "Kedua pihak", ""),
    # the statement just named (“pernyataan tersebut”): as before, its owner
    ("Sayap bersenjata Hamas mengatakan komandannya tewas. “Ia gugur dalam serangan udara,” "
     "demikian pernyataan tersebut.", "Ia gugur", "Hamas"),
    # a body's short form in brackets, then “begitu kesimpulan <short form>”
    ("Menurut catatan Jaringan Advokasi Tambang (Jatam), 35 pulau kecil terancam.\n\n"
     "“Seluruh pertambangan itu berlangsung dengan restu negara,” begitu kesimpulan Jatam.",
     "Seluruh", "Jaringan Advokasi Tambang"),
]


@pytest.mark.parametrize("text,opening,speaker", STATEMENTS)
def test_whose_statement(text: str, opening: str, speaker: str) -> None:
    assert speaker_of(text, opening) == speaker


FIELDS = [
    # an office's field, one ordinary word, then where it is held and the name after a comma
    ("Pasar saham melemah pekan ini.\n\n“Investor masih menunggu data inflasi,” ucap Kepala "
     "Strategi di Bursa Sentosa, Rina Wulandari.", "Investor masih", "Rina Wulandari"),
    ("Penyakit ginjal sering tidak bergejala.\n\n“Periksakan fungsi ginjal setahun sekali,” "
     "kata Kepala Petugas Medis di Yayasan Ginjal Nusantara, Joseph Hartono.", "Periksakan",
     "Joseph Hartono"),
]


@pytest.mark.parametrize("text,opening,speaker", FIELDS)
def test_an_offices_field_is_no_name(text: str, opening: str, speaker: str) -> None:
    assert speaker_of(text, opening) == speaker
