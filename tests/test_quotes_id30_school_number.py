"""The number of a school written as an acronym belongs to the office (“Kepala SMAN 1,
Darmadi”, “Kepala SMKN 2 Budi Santoso”), it does not end it (issue 9, id, s30).

The number broke the run of capitals, so the office's holder was not in the cast (a
one-word name after a comma) or was no sentence's subject, and the next “katanya” went to
a person named before. The paragraphs are made up.
"""

import pytest
from quote_helpers import speakers

_TEXT = ("Wisuda\n\nSekda Kabupaten, Hasanudin, hadir dalam acara itu. {} "
         "\"Terima kasih atas dukungan pemerintah selama ini,\" katanya.\n")


@pytest.mark.parametrize("subject, who", [
    ("Kepala SMAN 1, Darmadi, dalam sambutannya berterima kasih kepada pemerintah.",
     "Darmadi"),
    ("Kepala SMAN 1 Budi Darmadi berterima kasih kepada pemerintah.", "Budi Darmadi"),
])
def test_the_school_holder_speaks_on(subject: str, who: str) -> None:
    assert speakers(_TEXT.format(subject)) == [who]


# guards


@pytest.mark.parametrize("subject, who", [
    ("Kepala SMAN Tiga, Darmadi, dalam sambutannya berterima kasih kepada pemerintah.",
     "Darmadi"),
    ("Kepala SMKN 12, Budi Darmadi, berterima kasih kepada pemerintah.", "Budi Darmadi"),
    ("Target 8 Rencana Aksi Daerah Lestari mencakup perlindungan hutan.", "Hasanudin"),
    ("Pasal 12 Peraturan Daerah Tata Ruang mengatur hal itu.", "Hasanudin"),
])
def test_other_sentences_keep_their_reading(subject: str, who: str) -> None:
    assert speakers(_TEXT.format(subject)) == [who]
