"""Two ways a pronoun after a quotation reached a company or a headline's word instead of
the speaker (dev's 3025_detikinet: “tambahnya” went to “Ala Grab”). Texts made up
(session 41).

1. A body named in the speaker's apposition after a quotation's cue (“…,” ujar Rina
   Wulandari, Direktur Utama Tokoku Indonesia …) was read as a new sentence's subject
   when the quotation's last sentence opened with a subordinator (“Saat itulah …”,
   “When …”), so the next “tambahnya” / “she added” went to the body.
2. A one-word name's fuller form was taken from the word before it in a title-case
   headline (“Cerita Sukses Ala Budi …” gave “Ala Budi”), where every word is capitalised
   whatever it is; the word after it already was not. Only a headline's own words (“Ala”,
   “Santai”, “Strategi”, “Meet” …) are left out: mostly the word before a surname there is
   the given name (“Why Taylor Swift Is Suing …”, a first review's finding).
"""

import pytest

from tests.quote_helpers import quotations

_ID = ('Judul Berita Hari Ini\n\n"Awal tahun merupakan waktu yang sulit bagi kami karena '
       'banyak kota membatasi mobilitas warga. {opening} bisnis kami terdampak," ujar Rina '
       'Wulandari, Direktur Utama Tokoku Indonesia dalam wawancara dengan media.\n\n"Namun, '
       'sejak itu pendapatan kami telah kembali pulih seperti pada saat sebelum krisis," '
       'tambahnya.\n\nDengan layanan tersebut, mitra pengemudi Tokoku bisa menjangkau lebih '
       'banyak pelanggan.')


@pytest.mark.parametrize("opening", ["Saat itulah", "Ketika kota dibatasi,"])
def test_a_body_in_the_speakers_apposition_is_no_subject(opening):
    first, second = quotations(_ID.format(opening=opening))
    assert first.speaker == second.speaker == "Rina Wulandari"


def test_english_too():
    text = ('Title\n\n"We had a hard start to the year. When cities limited travel, our '
            'business suffered," said Ann Vale, Managing Director Acme Foods, in an interview '
            'with reporters.\n\n"Since then our revenue has recovered to where it was '
            'before," she added.')
    first, second = quotations(text)
    assert first.speaker == second.speaker == "Ann Vale"


@pytest.mark.parametrize("title", ["Cerita Sukses Ala Budi Berjualan di Pasar Baru",
                                   "Kata Pakar Soal Strategi Budi di Pasar Baru"])
def test_no_fuller_name_from_a_headlines_word_before(title):
    text = (f"{title}\n\nBudi membuka toko kelontong di Pasar Baru sejak 2010 dan kini punya "
            'tiga cabang.\n\n"Awalnya saya hanya menjual beras dan minyak goreng kepada '
            'tetangga," katanya.')
    [q] = quotations(text)
    assert q.speaker == "Budi"


@pytest.mark.parametrize(("title", "cue", "full"), [
    ("Why Taylor Swift Is Suing Her Former Label", "Swift said", "Taylor Swift"),
    ("Profil Erick Thohir, Ketua Umum PSSI Yang Baru", "kata Thohir", "Erick Thohir"),
])
def test_a_headlines_given_name_still_counts(title, cue, full):
    text = (f"{title}\n\nThe case was filed in Los Angeles on Monday.\n\n\"I just want to "
            f"own my work,\" {cue}.")
    [q] = quotations(text)
    assert q.speaker == full


def test_a_new_clause_after_the_apposition_has_its_subject():
    text = ('Title\n\n"We are ready for this game," said coach Tom Vale, but captain Mark Lee '
            'was less sure about the state of the pitch.\n\n"It is a risk," he said.')
    first, second = quotations(text)
    assert first.speaker == "Tom Vale" and second.speaker == "Mark Lee"


def test_a_full_name_in_the_body_still_counts():
    text = ("Jokowi Resmikan Jalan Tol Baru di Sumatera\n\nPresiden Joko Widodo meresmikan "
            "jalan tol baru. Jokowi berharap jalan itu dipakai warga.\n\n\"Saya harap jalan "
            "ini mempercepat arus barang,\" kata Jokowi.")
    [q] = quotations(text)
    assert q.speaker == "Joko Widodo"
