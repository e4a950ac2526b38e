"""A body or a place inside a description that points back (“Mantan pemain Arema Malang
itu juga berterima kasih …”) is no subject for the next pronoun: the description is the
person named before (issue 9, id, s29).

The capitalised name after “Mantan pemain” opened the sentence's subject as
cast._sentence_initial read it, so “…,” lanjutnya. went to “Arema Malang”; a pointer
(“itu”, “tersebut”) right after the name, with words before it in its sentence, says the
words describe somebody else. The paragraphs are made up.
"""

from quote_helpers import speakers

_TEXT = """Rudi Pamit

Gelandang Rudi Hartono resmi berpisah dengan Persija Jakarta setelah tiga musim.

“Terima kasih kepada semua pemain dan staf yang selalu mendukung saya,” kata Rudi \
Hartono. Mantan pemain Arema Malang itu juga berterima kasih kepada suporter yang setia \
datang ke stadion. “Ini sangat istimewa dan saya akan selalu membawa klub ini di hati,” \
lanjutnya.
"""


def test_the_pronoun_is_the_one_the_description_points_back_to() -> None:
    assert speakers(_TEXT) == ["Rudi Hartono", "Rudi Hartono"]


def test_so_with_tersebut() -> None:
    text = _TEXT.replace("Mantan pemain Arema Malang itu", "Mantan pemain Arema Malang tersebut")
    assert speakers(text) == ["Rudi Hartono", "Rudi Hartono"]


# guards


def test_a_person_named_after_an_office_is_still_the_subject() -> None:
    text = _TEXT.replace("Mantan pemain Arema Malang itu juga",
                         "Pelatih Arema Malang Joko Susilo juga")
    assert speakers(text) == ["Rudi Hartono", "Joko Susilo"]
