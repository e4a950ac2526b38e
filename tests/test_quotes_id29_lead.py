"""Speakers in Indonesian election and regional coverage (issue 9, session 29): the
candidates' short titles, a ticket inside a campaign team's name, a name ending in two
capitals or a Roman numeral before the full stop, a village head's office. Made-up
sentences in the shapes such news uses; the guards keep the nearby shapes as they were."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

SAID = '"Kami akan membangun jalan desa yang lebih baik bagi warga," '


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        # a candidate's short title is an office, not the first word of the name
        ("kata Capres Ganjar Pranowo saat kampanye di Solo.", "Ganjar Pranowo"),
        ("kata Bacapres Anies Baswedan.", "Anies Baswedan"),
        ("ujar Paslon Budi Santoso.", "Budi Santoso"),
        ("kata Kandidat Budi Santoso.", "Budi Santoso"),
        # ... with the candidates' number between the title and the name
        ("kata capres nomor urut 2 Prabowo Subianto di Medan.", "Prabowo Subianto"),
        ("kata Capres nomor urut 2, Prabowo Subianto, di Medan.", "Prabowo Subianto"),
        ("ujar Paslon nomor urut 1 Budi Santoso.", "Budi Santoso"),
        ("kata cawapres nomor urut 3 Mahfud MD di Medan.", "Mahfud MD"),
        # a name ending in two capitals, then the sentence's full stop
        ("kata Menko Polhukam Mahfud MD.", "Mahfud MD"),
        ("kata Cawapres Mahfud MD.", "Mahfud MD"),
        # a Roman numeral ends the name, the full stop the sentence
        ("kata Sultan Hamengku Buwono X.", "Sultan Hamengku Buwono X"),
        ("ujar Paku Alam X.", "Paku Alam X"),
        # the ticket a campaign team is named after is the team's, not the person's
        ("ujar Ketua TKN Prabowo-Gibran Rosan Roeslani di Jakarta.", "Rosan Roeslani"),
        ("kata Ketua TPN Ganjar-Mahfud Arsjad Rasjid.", "Arsjad Rasjid"),
        ("ujar Wakil Ketua Tim Pemenangan Nasional Ganjar-Mahfud Budi Santoso.",
         "Budi Santoso"),
        # a village head: the village's name follows the office unless a given name does
        ("kata Kepala Desa Budi Santoso.", "Budi Santoso"),
        ("kata Sekretaris Desa Budi Santoso.", "Budi Santoso"),
        ("kata Kepala Desa Budi Santoso Wibowo.", "Budi Santoso Wibowo"),
        ("kata tokoh masyarakat setempat, Budi Santoso.", "Budi Santoso"),
    ],
)
def test_election_and_regional_offices(cue: str, expected: str) -> None:
    assert speakers(SAID + cue) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the village's name after the office (guards)
        (SAID + "kata Kepala Desa Cikupa Ahmad Fauzi.", "Ahmad Fauzi"),
        (SAID + "kata Kepala Desa Sukamaju Budi.", "Budi"),
        (SAID + "kata Kades Cikupa Ahmad Fauzi.", "Ahmad Fauzi"),
        (SAID + "kata Kapolsek Cisauk Budi Santoso.", "Budi Santoso"),
        (SAID + "kata calon presiden nomor urut 2 Prabowo Subianto.", "Prabowo Subianto"),
        # hyphens and stops that are a name's own
        (SAID + "kata Hans-Dieter Flick.", "Hans-Dieter Flick"),
        ('"We will keep the clinics open for everyone who needs them," said Jean-Claude'
         " Van Damme.", "Jean-Claude Van Damme"),
        ('"We will keep the clinics open for everyone who needs them," said Md. Yunus, the'
         " chief adviser.", "Md. Yunus"),
        ('"We will keep the clinics open for everyone who needs them," said George W.'
         " Bush.", "George W. Bush"),
    ],
)
def test_nearby_shapes_unchanged(text: str, expected: str) -> None:
    assert speakers(text) == [expected]


OFFICIAL = '"Kami akan menindak tegas setiap pelanggaran di lapangan," '


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        # an office whose name lists its fields: the last one runs on into the holder's name
        ("kata Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB Abdul Muhari.",
         "Abdul Muhari"),
        ("kata Kepala Pusat Data, Informasi dan Komunikasi Kebencanaan BNPB, Abdul Muhari.",
         "Abdul Muhari"),
        ("kata Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan (Pusdatinkom) BNPB"
         " Abdul Muhari, Senin.", "Abdul Muhari"),
        ("kata Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Budi Gunawan.",
         "Budi Gunawan"),
        # an office's word between two name words is the name's
        ("kata Lukman Hakim Saifuddin.", "Lukman Hakim Saifuddin"),
        ("kata mantan Menteri Agama Lukman Hakim Saifuddin.", "Lukman Hakim Saifuddin"),
        ("kata Ketua PWNU Jatim KH Abdul Hakim Mahfudz.", "Abdul Hakim Mahfudz"),
        # “Agung” after “Jaksa”, “Hakim”: the office's, not a given name
        ("kata Jaksa Agung ST Burhanuddin.", "ST Burhanuddin"),
        ("kata Wakil Jaksa Agung Feri Wibisono.", "Feri Wibisono"),
        ("kata Hakim Agung Budi Santoso.", "Budi Santoso"),
    ],
)
def test_offices_listing_fields_and_office_words_inside_names(cue: str, expected: str) -> None:
    assert speakers(OFFICIAL + cue) == [expected]


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("kata Kepala Dinas Pendidikan, Budi Santoso.", "Budi Santoso"),
        ("kata Kepala Dinas, Budi, dan stafnya.", "Budi"),
        ("kata Direktur Utama PT X, Budi Santoso, dan Ketua Y, Ani.", "Budi Santoso"),
        ("kata ketua majelis hakim Rosihan Juhriah Rangkuti.", "Rosihan Juhriah Rangkuti"),
        ("kata Ketua Majelis Hakim Budi Santoso.", "Budi Santoso"),
        ("kata Hakim Ketua Budi Santoso.", "Budi Santoso"),
        ("kata Imam Besar Masjid Istiqlal Nasaruddin Umar.", "Nasaruddin Umar"),
        ("kata Agung Laksono.", "Agung Laksono"),
        ("kata Ketua Dewan Pertimbangan Presiden Agung Laksono.", "Agung Laksono"),
    ],
)
def test_commas_after_an_office_and_agung_as_a_name_unchanged(cue: str, expected: str) -> None:
    assert speakers(OFFICIAL + cue) == [expected]


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        # a word of the language is no name with a verb glued to it (“Ketenaga” +
        # “kerjaan” was cut off as a scraper's glue)
        ("kata Menteri Ketenagakerjaan Yassierli.", "Yassierli"),
        ("kata Wakil Menteri Ketenagakerjaan Immanuel Ebenezer.", "Immanuel Ebenezer"),
        # the deputy ministers' short titles
        ("kata Wamenaker Immanuel Ebenezer.", "Immanuel Ebenezer"),
        ("ujar Wamentan Sudaryono.", "Sudaryono"),
    ],
)
def test_ministries_of_manpower_and_deputy_ministers(cue: str, expected: str) -> None:
    assert speakers(OFFICIAL + cue) == [expected]


FORMER = ("Mantan Bupati Bogor Iwan Setiawan hadir dalam acara itu bersama Bupati Bogor Rudy"
          " Susmanto.\n\n")
ROADS = '"Pembangunan jalan desa harus dilanjutkan tahun depan," '


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a former office is told from the present one; its region is no speaker
        (FORMER + ROADS + "kata mantan Bupati Bogor.", "Iwan Setiawan"),
        (ROADS + "kata mantan Bupati Bogor.", ""),
        # (guards)
        (FORMER + ROADS + "kata Bupati Bogor.", "Rudy Susmanto"),
        (ROADS + "kata Bupati Bogor.", ""),
    ],
)
def test_a_former_office_and_its_region(text: str, expected: str) -> None:
    assert speakers(text) == [expected]


FARMERS = '"Kami akan terus memperjuangkan nasib petani di desa," '


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an alias given by “yang akrab disapa”, and a two-word alias's first word
        ("Ketua Umum PKB Muhaimin Iskandar yang akrab disapa Cak Imin hadir di Surabaya.\n\n"
         + FARMERS + "kata Cak Imin.", "Muhaimin Iskandar"),
        ("Mohamad Syafii Alielha atau Savic Ali hadir di Surabaya.\n\n" + FARMERS
         + "kata Savic.", "Mohamad Syafii Alielha"),
        # (guards)
        ("Ketua Umum PKB Muhaimin Iskandar atau Cak Imin hadir di Surabaya.\n\n" + FARMERS
         + "kata Cak Imin.", "Muhaimin Iskandar"),
        ("Saifullah Yusuf atau Gus Ipul hadir di Surabaya.\n\n" + FARMERS + "kata Gus Ipul.",
         "Saifullah Yusuf"),
    ],
)
def test_aliases_the_article_gives(text: str, expected: str) -> None:
    assert speakers(text) == [expected]
