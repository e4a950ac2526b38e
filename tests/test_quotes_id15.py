"""Who said it, Indonesian classes of session 15 (helper id15, issue 9).

The sentences are made up; each follows a pattern of real Indonesian news that gave a
wrong speaker before the change it tests. The neighbours keep what they had.
"""

import pytest
from quote_helpers import speaker_of

BALINESE = [
    # the name opens a sentence: “I” was read as a word, not the name's first part
    ("I Nyoman Juniarta menyampaikan rasa syukurnya atas bantuan itu.\n\n"
     "“Kami sudah lama menunggu bantuan ini,” ujarnya.", "Kami sudah", "I Nyoman Juniarta"),
    ("Deputi Bidang Koordinasi Keimigrasian, I Ketut Gede Suardana, mengatakan keduanya "
     "sudah dipulangkan.\n\n“Mereka berangkat pagi ini,” katanya.", "Mereka berangkat",
     "I Ketut Gede Suardana"),
    # after an office, then called by the last word of the name (“kata Widura”)
    ("“Kami sudah memeriksa tujuh saksi,” ujar Kasat Reskrim Polres Buleleng, AKP I Gusti "
     "Nyoman Jaya Widura.\n\n“Kerugian masih dihitung auditor,” kata Widura.",
     "Kerugian masih", "I Gusti Nyoman Jaya Widura"),
    ("Kapolsek Kuta Utara Kompol I Made Sutama Arsana mengatakan, pelaku sudah ditahan.\n\n"
     "“Pelaku kami tangkap di rumahnya,” kata Arsana.", "Pelaku kami",
     "I Made Sutama Arsana"),
    # “Ni” already worked; it stays
    ("Ni Luh Putu Wiratmi menyampaikan hal itu di Denpasar.\n\n“Kunjungan naik dua kali "
     "lipat,” ujarnya.", "Kunjungan naik", "Ni Luh Putu Wiratmi"),
]


@pytest.mark.parametrize("text,opening,speaker", BALINESE)
def test_a_balinese_name_keeps_its_i_or_ni(text: str, opening: str, speaker: str) -> None:
    """“I Nyoman Juniarta …” gave “Nyoman Juniarta”, “… AKP I Gusti Nyoman Jaya Widura” …
    “kata Widura” gave “Jaya Widura” (round 136, 1365): a Balinese name opens with “I” (a
    man) or “Ni” (a woman) then a birth-order or caste word (Wayan, Made, Nyoman, Ketut,
    Putu, Gede, Gusti …); the article's fullest form of the name is the speaker."""
    assert speaker_of(text, opening) == speaker


NOT_BALINESE = [
    # English “I” opening a sentence is no name
    ("I Made a mistake, the minister wrote.\n\n“We will fix it,” said Karen Donfried.",
     "We will", "Karen Donfried"),
    # a Balinese given name alone after an office stays as it was
    ("“Kami siap melayani wisatawan,” kata Kepala Dinas Pariwisata Badung Made Sukarta.",
     "Kami siap", "Made Sukarta"),
]


@pytest.mark.parametrize("text,opening,speaker", NOT_BALINESE)
def test_neighbours_of_balinese_names(text: str, opening: str, speaker: str) -> None:
    assert speaker_of(text, opening) == speaker


MUHAMMAD = [
    # after an office and a comma, called by the next word later (“sebut Tauhid”)
    ("“Festival ini bukan sekadar hiburan,” kata Wali Kota Ternate, M Tauhid Soleman.\n\n"
     "“Kita patut berbangga,” sebut Tauhid.", "Kita patut", "M Tauhid Soleman"),
    # with a full stop, after a rank
    ("“Semua peserta wajib mendaftar ulang,” kata Kombes M. Rendra Salipu, Senin.",
     "Semua peserta", "M. Rendra Salipu"),
    # opening a sentence
    ("M Syamsu Rokman menambahkan, kapal itu sudah diperiksa.\n\n“Muatannya ikan beku,” "
     "ujarnya.", "Muatannya ikan", "M Syamsu Rokman"),
]


@pytest.mark.parametrize("text,opening,speaker", MUHAMMAD)
def test_an_m_initial_opens_the_name(text: str, opening: str, speaker: str) -> None:
    """“Wali Kota Ternate, M Tauhid Soleman” gave “Tauhid Soleman” (round 136, 1379 x5):
    Indonesian news writes Muhammad as its initial; with two or three name words after it,
    it is the name's first word, as the labels keep it (“M Sarmuji” already was)."""
    assert speaker_of(text, opening) == speaker


NOT_MUHAMMAD = [
    # Haji is a title, not part of the name (the labels leave it out)
    ("“Jemaah sudah diberangkatkan,” kata Kasi PHU H Burhan Noor.", "Jemaah sudah",
     "Burhan Noor"),
    # one name word after it stays as it was
    ("“Kami setuju,” kata Ketua Fraksi Golkar M Sarmuji.", "Kami setuju", "M Sarmuji"),
    # “R” (Raden) the labels leave out
    ("“Jalan itu harus diperlebar,” kata pakar transportasi ITB R Sony Sulaksono Wibowo.",
     "Jalan itu", "Sony Sulaksono Wibowo"),
]


@pytest.mark.parametrize("text,opening,speaker", NOT_MUHAMMAD)
def test_neighbours_of_an_m_initial(text: str, opening: str, speaker: str) -> None:
    assert speaker_of(text, opening) == speaker
