"""A body a scraper stored as one line keeps the page's furniture between its sentences
(“… hadir dalam acara itu. SCROLL TO CONTINUE WITH CONTENT Uu menambahkan …”, “…
ADVERTISEMENT …”, “… Advertisement Produsen minyak …”). Those words ran into the next
sentence's subject, and a pronoun then gave “SCROLL TO CONTINUE WITH CONTENT Uu” (dev's
rounds 203 and 207: 3144, 3233, 3234). They are furniture, no words of a name. Texts made
up (session 41)."""

import pytest

from tests.quote_helpers import quotations


@pytest.mark.parametrize("furniture", ["SCROLL TO CONTINUE WITH CONTENT", "ADVERTISEMENT",
                                       "ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT",
                                       "SCROLL TO RESUME CONTENT",
                                       "Advertisement Scroll To Continue"])
def test_furniture_before_a_subject(furniture):
    text = ("Judul\n\nKetua DPW PPP Jawa Barat Uu Ruzhanul Ulum hadir dalam acara itu. "
            f"{furniture} Uu menambahkan partainya siap bekerja. \"Pada 2024, PPP Jawa Barat "
            "meraih enam kursi parlemen,\" katanya.")
    [q] = quotations(text)
    assert q.speaker == "Uu Ruzhanul Ulum"


def test_a_capitalised_advertisement_between_sentences():
    text = ("Judul\n\nAnalis pasar Hebe Chen menilai harga minyak naik. Advertisement Produsen "
            "minyak menahan pasokan. \"Harga minyak USD 100 telah mengaktifkan rantai "
            "reaksi,\" kata dia.")
    [q] = quotations(text)
    assert q.speaker == "Hebe Chen"
