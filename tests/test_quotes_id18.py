"""Who said it, Indonesian pronouns after narration (helper id18, issue 9).

“ujarnya”, “katanya”, “imbuh dia” point back at the person the article last heard speak
unless the narration has since made somebody else the subject who speaks. The made-up
sentences below follow the dev articles' shapes; each gave a wrong speaker before the change
it tests, and the neighbours keep what they had.
"""

import pytest
from quote_helpers import speaker_of

# a paragraph of narration naming nobody (six of them: more than 1,500 characters)
NARRATION = (
    "Kawasan itu dikenal sebagai salah satu pusat keanekaragaman hayati laut dunia. Ratusan "
    "jenis karang dan ikan hidup di perairannya, dan warga pesisir menggantungkan hidup pada "
    "laut serta pariwisata yang tumbuh dalam sepuluh tahun terakhir.\n")

FAR_SPEAKER = [
    # the speaker paragraphs back; since then the narration only names the president
    # (who spoke earlier) inside its sentences (dev 1232): “katanya” is still the speaker
    ("Presiden Prabowo Subianto mengatakan pemerintah akan menertibkan tambang.\n"
     "Direktur Eksekutif Walhi Papua Maikel Peuki mengatakan izin tambang itu masih bisa "
     "aktif.\n\"Sangat potensial kembali aktif,\" kata Maikel Peuki.\n"
     "Pencabutan izin itu diumumkan pada awal Juni.\n" + NARRATION * 6 +
     "Dia lantas mempertanyakan keputusan Presiden Prabowo Subianto yang mencabut izin PT "
     "Kawai Sejahtera Mining.\n"
     "Proyek smelter juga disebut akan dibangun di Kabupaten Sorong tahun depan.\n"
     "\"Kalau smelter dibangun, izin-izin itu akan diaktifkan lagi,\" katanya.\n",
     "Kalau smelter", "Maikel Peuki"),
    # a new subject who speaks after the speaker still takes “ujarnya” (unchanged)
    ("Kepala Dinas Kehutanan Bengkulu, Syafnizar, menilai pemulihan hutan butuh waktu.\n"
     "\"Kami mendorong evaluasi izin,\" kata Syafnizar.\n"
     "Kepala BKSDA Bengkulu, Himawan Sasongko, optimistis habitat gajah masih bisa "
     "diselamatkan.\n"
     "\"Kami optimis penyelamatan gajah masih bisa dilakukan,\" ujarnya.\n",
     "Kami optimis", "Himawan Sasongko"),
]


@pytest.mark.parametrize("text,opening,speaker", FAR_SPEAKER)
def test_katanya_far_from_the_speaker_is_still_the_speaker(text: str, opening: str,
                                                           speaker: str) -> None:
    assert speaker_of(text, opening) == speaker


DESCRIBED = [
    # after the speaker, the narration describes another person (“X merupakan sosok …”,
    # “X adalah ipar …”): “ujarnya” is still the speaker (dev 615, 618, 622)
    ("Wakil Ketua Komisi III DPR Ahmad Sahroni menanggapi penunjukan Reda Manthovani.\n"
     "\"Saya sudah lama kenal beliau,\" kata Sahroni di Jakarta.\n"
     "Reda Manthovani merupakan sosok yang tegas, jeli, dan profesional.\n"
     "\"Saya meminta Pak Reda untuk punya penciuman yang lebih tajam,\" ujarnya.\n",
     "Saya meminta", "Ahmad Sahroni"),
    # the same three paragraphs on (read-over, Kompas: “Ia menambahkan, Wawan juga adalah
    # mantan karyawan …”)
    ("Wakil Ketua Komisi III DPR Ahmad Sahroni menanggapi penunjukan Reda Manthovani.\n"
     "\"Saya sudah lama kenal beliau,\" kata Sahroni di Jakarta.\n"
     "Penunjukan itu diumumkan Kejaksaan Agung pada Selasa.\n"
     "Reda Manthovani merupakan sosok yang tegas, jeli, dan profesional.\n"
     "\"Saya meminta Pak Reda untuk punya penciuman yang lebih tajam,\" ujarnya.\n",
     "Saya meminta", "Ahmad Sahroni"),
    # a new subject who does something else still takes it (unchanged)
    ("Wakil Ketua Komisi III DPR Ahmad Sahroni menanggapi penunjukan Reda Manthovani.\n"
     "\"Saya sudah lama kenal beliau,\" kata Sahroni di Jakarta.\n"
     "Reda Manthovani berjanji akan bekerja keras di jabatan barunya.\n"
     "\"Saya akan mengendus kasus-kasus besar,\" ujarnya.\n",
     "Saya akan", "Reda Manthovani"),
]


@pytest.mark.parametrize("text,opening,speaker", DESCRIBED)
def test_a_person_the_narration_describes_does_not_take_the_pronoun(text: str, opening: str,
                                                                     speaker: str) -> None:
    assert speaker_of(text, opening) == speaker


PRONOUN_SAID = [
    # a person named in what “dia” is said to say is not who speaks next (dev 1366)
    ("Wakil Duta Besar Inggris Matthew Downing hadir di Lapas Kerobokan.\n"
     "\"Pemulangan ini adalah hasil kolaborasi,\" jelas Downing.\n"
     "Dia menambahkan bahwa Perdana Menteri Inggris, Sir Keir Starmer, telah berterima "
     "kasih kepada Presiden Prabowo Subianto.\n"
     "Kesepakatan ini, menurutnya, bukti hubungan erat kedua negara.\n"
     "\"Kesepakatan kami dibangun atas dasar saling menghormati,\" imbuhnya.\n",
     "Kesepakatan kami", "Matthew Downing"),
    # nor in one paragraph, after “Menurut Oki, …” (read-over, detik 2026)
    ("Wakil Direktur Utama Pertamina, Oki Muraza, berbicara di forum energi. \"Era energi "
     "murah sudah berlalu,\" kata Oki. Menurut Oki, Menteri ESDM Bahlil Lahadalia mendukung "
     "penguatan produksi domestik. \"Hal pertama yang kami lakukan adalah meningkatkan "
     "produksi,\" katanya.",
     "Hal pertama", "Oki Muraza"),
]


@pytest.mark.parametrize("text,opening,speaker", PRONOUN_SAID)
def test_a_person_named_in_what_dia_said_does_not_take_the_pronoun(text: str, opening: str,
                                                                   speaker: str) -> None:
    assert speaker_of(text, opening) == speaker


NO_PERSON = [
    # “Pemdes” (the village government) is a body: it does not take “jelasnya” from the
    # village head who spoke before (dev 1002)
    ("Sampah menumpuk di Pantai Palangpang setelah libur lebaran.\n"
     "\"Kami tidak menampik banyaknya sampah,\" ungkap Kades Ciwaru Taopik Guntur Rohmi.\n"
     "Taopik menuturkan sampah itu muncul karena pengunjung membludak.\n"
     "Pemdes Ciwaru sudah mengagendakan bersih-bersih pantai.\n"
     "\"Mulai hari Senin kami sudah memulai bersih-bersih,\" jelasnya.\n",
     "Mulai hari", "Taopik Guntur Rohmi"),
    # a word after one that only ranks an office (“nilai utama May Day”) is nobody called
    # Day, in an article whose paragraphs the scraper joined (dev 1589)
    ("JAKARTA - Peringatan Hari Buruh (May Day) kali ini berbeda. Beberapa tokoh ikut "
     "mengucapkan selamat, di antaranya Menteri Ketenagakerjaan Ida Fauziyah.\"Selamat Hari "
     "Buruh Internasional,\" katanya melalui akun twitter pribadinya. Ia mengajak buruh "
     "mengingat dua nilai utama May Day, yakni perjuangan dan persatuan.",
     "Selamat Hari", "Ida Fauziyah"),
]


@pytest.mark.parametrize("text,opening,speaker", NO_PERSON)
def test_a_body_or_a_holiday_is_nobody_a_pronoun_points_to(text: str, opening: str,
                                                           speaker: str) -> None:
    assert speaker_of(text, opening) == speaker
