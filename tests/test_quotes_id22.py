"""Indonesian speakers in one-paragraph texts (helper id22, issue 9, dev round 174).

A scraper that joins an outlet's paragraphs with spaces leaves no paragraph break to tell
where a new person starts to speak. The blind rounds of session 21 named the class by counts
only ("other:pronoun": a pronoun cue such as "ungkapnya" or "kata dia" given to another
person of the article); round 174 (detik, one paragraph an article) and dev's 273 (Tempo)
show its shape: the quotation follows a sentence whose "Ia"/"Dia" speaks, and that pronoun
is the one the sentence before brings in (its subject, or the agent of a passive), not the
last speaker. The made-up paragraphs below follow those shapes; each gave the last speaker
before the change, and the neighbours keep the last speaker.
"""

import pytest

from reader.core.quotes import suggest


def _speaker_of(text: str, opening: str) -> str:
    found = [s for s in suggest(text) if s.kind == "quote" and s.exact.startswith(opening)]
    assert len(found) == 1, [s.exact for s in suggest(text)]
    return found[0].speaker


NEW_PERSON = [
    # the agent of a passive, named after an office and a comma, is the one "Ia" means
    ("Polres Sukamaju menanam pohon di sekolah. \"Kami ingin siswa mencintai lingkungan "
     "sejak dini,\" kata Kapolres Sukamaju AKBP Bayu Anggoro, Minggu (20/7/2025). \"Operasi "
     "ini juga mengajak siswa tertib berlalu lintas,\" lanjutnya. Kegiatan itu disambut baik "
     "oleh Kepala SMAN 2 Sukamaju, Wartini. Ia menyampaikan terima kasih atas kunjungan "
     "polisi. \"Kami berterima kasih kepada Polres Sukamaju atas kepeduliannya,\" ungkapnya.",
     "Kami berterima kasih", "Wartini"),
    # the subject of the sentence before, named by a short form ("Darmaji" for the
    # "Darmaji Sutopo" a quotation named)
    ("Pengamat olahraga Roni Wijaya menilai rangkap jabatan tidak etis. \"Sebaiknya jabatan "
     "itu diserahkan kepada orang lain, misalnya Darmaji Sutopo,\" kata Roni. Menurut Roni, "
     "Darmaji bisa menjadi contoh. Darmaji mundur dari jabatan menteri setelah terpilih "
     "sebagai pengurus federasi. Saat itu ia mengaku mundur supaya tidak ada konflik "
     "kepentingan. \"Memang tidak ada kewajiban untuk mundur, tapi itu tidak etis,\" kata dia.",
     "Memang tidak ada kewajiban", "Darmaji Sutopo"),
]


@pytest.mark.parametrize("text, opening, speaker", NEW_PERSON)
def test_the_pronoun_sentence_points_to_who_the_sentence_before_brings_in(
        text: str, opening: str, speaker: str) -> None:
    assert _speaker_of(text, opening) == speaker


SAME_SPEAKER = [
    # the sentence before goes on with its own pronoun: the lawyer still speaks
    ("Kuasa hukum Fahmi Rahardjo meminta kasus kliennya dilimpahkan. \"Kasus ini harus "
     "dilimpahkan ke Polda sesuai surat Propam,\" ujar Fahmi Rahardjo. Dia juga meminta "
     "penyidik perkara Nita Amalia diganti. Dia mengatakan penyidik telah melanggar etika "
     "profesi. \"Silakan ditangani Polda atau dihentikan saja,\" ujarnya.",
     "Silakan ditangani", "Fahmi Rahardjo"),
    # an office pointed back at ("Ketua DPP Partai Maju ini"): the one who spoke
    ("Anggota DPR Irma Sulastri mengusulkan dana dari cukai. \"Ambil saja dari cukai rokok, "
     "sudah selesai,\" ujar Irma Sulastri. Ketua DPP Partai Maju ini meminta program itu "
     "tidak digoreng. Dia mengatakan usulan kontroversial dimanfaatkan pembenci pemerintah. "
     "\"Jangan bikin oknum pembenci pemerintah menggoreng isu ini,\" imbuhnya.",
     "Jangan bikin oknum", "Irma Sulastri"),
    # somebody named in passing ("untuk hakim agung Sudarto, …"): the one who spoke
    ("Sekretaris MA Hasan Basri menjelaskan usulan pemberhentian. \"Beliau sedang "
     "diusulkan, tinggal menunggu Presiden,\" jelas Hasan Basri. Sementara itu, untuk hakim "
     "agung Sudarto Wiryo, statusnya masih diberhentikan sementara. Dia menyebut keputusan "
     "menunggu putusan inkrah. \"Soal Pak Sudarto saya belum tahu persis,\" tutup dia.",
     "Soal Pak Sudarto", "Hasan Basri"),
]


@pytest.mark.parametrize("text, opening, speaker", SAME_SPEAKER)
def test_a_pronoun_sentence_after_narration_about_the_speaker_keeps_them(
        text: str, opening: str, speaker: str) -> None:
    assert _speaker_of(text, opening) == speaker


NUMBERED_OFFICES = [
    # an office holding a number ("Sektor 3", "SDN 4"), then a comma and the name
    ("Petugas haji mengantar koper jemaah. \"Bila koper belum sampai, kami antar ke hotel,\" "
     "kata Ketua Sektor 3 Daerah Kerja Makkah, Ikbal Ismail, di Makkah, Jumat (23/5/2025).",
     "Bila koper belum sampai", "Ikbal Ismail"),
    ("Sekolah itu mulai belajar tatap muka. \"Kami siapkan ruang kelas dengan jarak aman,\" "
     "ujar Kepala SDN 4 Cibeber, Nurhayati, di sekolahnya, Senin (3/8/2025).",
     "Kami siapkan ruang kelas", "Nurhayati"),
]


@pytest.mark.parametrize("text, opening, speaker", NUMBERED_OFFICES)
def test_a_numbered_unit_inside_an_office_is_no_name(text: str, opening: str,
                                                     speaker: str) -> None:
    assert _speaker_of(text, opening) == speaker


BODY_ABBREVIATIONS = [
    # a government body's abbreviation written as a word ("Bappeda", "Basarnas", "Dinkes"),
    # between the office and the name: the office's, not the name's first word
    ("Rapat membahas anggaran daerah. \"Semua program sudah kami hitung dengan cermat,\" kata "
     "Kepala Bappeda Budi Santoso kepada wartawan.", "Semua program", "Budi Santoso"),
    ("Tim SAR mencari korban kapal. \"Pencarian kami lanjutkan sampai korban ditemukan,\" ujar "
     "Kepala Basarnas Eddy Sukamto, Senin (3/8/2025).", "Pencarian kami lanjutkan",
     "Eddy Sukamto"),
    ("Perekaman KTP dipercepat. \"Masih ada 420 orang yang belum merekam,\" kata Kepala "
     "Disdukcapil Parepare Suriani kepada wartawan.", "Masih ada 420 orang", "Suriani"),
    ("Pengawas pemilu memanggil peserta. \"Kami sudah memanggil tiga calon,\" ujar Ketua "
     "Bawaslu Rina Marlina di kantornya.", "Kami sudah memanggil", "Rina Marlina"),
]


@pytest.mark.parametrize("text, opening, speaker", BODY_ABBREVIATIONS)
def test_a_body_abbreviation_written_as_a_word_is_no_part_of_the_name(
        text: str, opening: str, speaker: str) -> None:
    assert _speaker_of(text, opening) == speaker


DOCUMENTS = [
    # "bunyi" and a document after the quotation: a document is quoted, nobody speaks (not
    # the one the sentence before names)
    ("Said Iqbal memprotes skema upah minimum. Pasal itu mengatur upah kabupaten. \"Upah "
     "minimum kabupaten harus lebih tinggi dari upah minimum provinsi,\" bunyi pasal 88C ayat "
     "3.", "Upah minimum kabupaten"),
    ("Netanyahu mengecam keputusan Inggris. Negara-negara Arab menandatangani deklarasi "
     "bersama. \"Hamas harus mengakhiri kekuasaannya di Gaza dan menyerahkan senjatanya,\" "
     "bunyi deklarasi tersebut.", "Hamas harus mengakhiri"),
]


@pytest.mark.parametrize("text, opening", DOCUMENTS)
def test_bunyi_and_a_document_after_a_quotation_names_nobody(text: str, opening: str) -> None:
    assert _speaker_of(text, opening) == ""
