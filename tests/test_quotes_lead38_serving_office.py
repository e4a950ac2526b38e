"""An office that serves a person, written before that person's name (“kata kuasa hukum
Budi”, “ujar juru bicara Prabowo”, “kata pengacara Lisa”): when the article met the person
before in another capacity, the words are the lawyer's or the spokesperson's, not the
person's — the one the article named so (“kuasa hukum Budi, Ahmad Yani”), else nobody.
Before, the person whose lawyer it was got the words: a confident wrong name. Texts made up
(session 38, the lead's probes of Indonesian cues)."""

import pytest

from tests.quote_helpers import speakers

_SAID = '"Klien kami tidak bersalah dan akan kami buktikan di pengadilan," '


@pytest.mark.parametrize(("lead", "cue"), [
    ("Polisi menahan Budi Santoso pekan lalu. ", "kata kuasa hukum Budi kepada wartawan."),
    ("Lisa Mariana diperiksa polisi. ", "ujar pengacara Lisa."),
    ("Presiden Prabowo Subianto tiba di Jakarta. ", "kata juru bicara Prabowo."),
])
def test_the_office_of_someone_met_before_is_nobody_named(lead, cue):
    assert speakers(lead + _SAID + cue) == [""]


def test_before_the_quotation_too():
    text = ("Polisi menahan Budi Santoso pekan lalu. Kuasa hukum Budi mengatakan, "
            '"Klien kami tidak bersalah dan akan kami buktikan di pengadilan."')
    assert speakers(text) == [""]


def test_the_holder_the_article_named_earlier():
    text = ("Polisi menahan Budi Santoso pekan lalu. Kuasa hukum Budi, Ahmad Yani, membantah "
            "tuduhan itu.\n" + _SAID + "kata kuasa hukum Budi kepada wartawan.")
    assert speakers(text) == ["Ahmad Yani"]


@pytest.mark.parametrize(("lead", "cue", "who"), [
    # the office was the person's own: the name is the holder's, as before
    ("Kuasa hukum tersangka, Budi Santoso, datang. ", "kata kuasa hukum Budi.", "Budi Santoso"),
    ("Budi Santoso, kuasa hukum tersangka, datang. ", "kata kuasa hukum Budi.", "Budi Santoso"),
    ("Juru bicara KPK Budi Prasetyo menjelaskan kasus itu. ", "kata juru bicara Budi.",
     "Budi Prasetyo"),
    # (a long office before the name: still the holder's own)
    ("Juru Bicara Kementerian Koordinator Bidang Perekonomian Republik Indonesia Haryo "
     "Limanseto hadir. ", "kata juru bicara Haryo.", "Haryo Limanseto"),
    # named in full where the words are: the holder
    ("Presiden Prabowo Subianto tiba. ", "kata Juru Bicara Presiden Prasetyo Hadi.",
     "Prasetyo Hadi"),
    # the holder named after a comma
    ("Polisi menahan Budi Santoso. ", "kata kuasa hukum Budi, Ahmad Yani, kepada wartawan.",
     "Ahmad Yani"),
    # a relative is no serving office (its own rule: nobody)
    ("Polisi menahan Budi Santoso. ", "kata istri Budi sambil menangis.", ""),
])
def test_guards(lead, cue, who):
    assert speakers(lead + _SAID + cue) == [who]
