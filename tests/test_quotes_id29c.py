"""“ujarnya” after “ujarnya”: a quotation whose pronoun went to somebody other than the
last speaker (a new subject named by an office: “Sementara itu, Bupati Salak Utara
mengapresiasi …” / “…,” bebernya.) makes that person the last speaker, so the next
pronoun after a sentence of narration is theirs too (issue 9, id, s29).

The next “harapnya” went back to the speaker before the switch (the one a speech verb
had named), skipping the quotation in between. The paragraphs are made up.
"""

from quote_helpers import speakers

_TEXT = """Bantuan CSR Diserahkan

Bupati Salak Utara Darmawan Putra hadir dalam acara itu. Direktur PT Sinar Jaya, Maryke \
Pulunggono mengatakan, bantuan itu bentuk kepedulian perusahaan kepada warga.

“Bantuan ini kami padukan dengan program pemerintah daerah,” katanya.

Sementara itu, Bupati Salak Utara mengapresiasi bantuan tersebut.

“Kami berharap komitmen ini terus dijalankan,” bebernya.

Di sisi lain, pemerintah kabupaten juga wajib memberi rasa aman kepada perusahaan dalam \
berinvestasi.

“Kami berkomitmen dengan itu. Kerja sama yang baik harus dijaga,” harapnya.
"""


def test_the_pronoun_after_the_switch_stays_with_the_new_speaker() -> None:
    assert speakers(_TEXT) == ["Maryke Pulunggono", "Darmawan Putra", "Darmawan Putra"]


# guards


def test_a_switch_to_a_named_subject_was_read_before() -> None:
    text = _TEXT.replace(
        "Sementara itu, Bupati Salak Utara mengapresiasi bantuan tersebut.",
        "Sementara itu, Bupati Salak Utara Darmawan Putra mengapresiasi bantuan tersebut. "
        "Ia berharap bantuan berlanjut.")
    assert speakers(text) == ["Maryke Pulunggono", "Darmawan Putra", "Darmawan Putra"]


def test_a_speaker_named_again_takes_the_next_pronoun() -> None:
    text = _TEXT.replace("Di sisi lain, pemerintah", "Maryke Pulunggono menambahkan, "
                         "pemerintah").replace("harapnya", "ujarnya")
    assert speakers(text)[-1] == "Maryke Pulunggono"


def test_no_switch_keeps_the_one_speaker() -> None:
    text = _TEXT.replace("Sementara itu, Bupati Salak Utara mengapresiasi bantuan tersebut.\n\n",
                         "")
    assert speakers(text) == ["Maryke Pulunggono"] * 3
