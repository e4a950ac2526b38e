"""Indonesian copy (session 38, the lead's probes; texts made up):

- a phrase of time between the subject and its speech verb before a quotation (“Dewi
  Lestari pada Juni lalu mengatakan, "…"”, “Budi Mei 2024 menyatakan”, “kemarin”): the
  subject before it speaks (was nobody), and a month dated after a name is no word of the
  name (“Dewi Lestari Juni lalu mengatakan” gave “Dewi Lestari Juni”; session 37 did the
  same for the words after a quotation);
- “…,” ucap ayah dua anak itu. / kata ibu tiga anak tersebut.: a person described as a
  parent of so many children, the one the article was just about (was nobody).
"""

import pytest

from tests.quote_helpers import speakers

_LEAD = "Pasar itu sepi sejak pagi. "
_WORDS = '"Pembeli sepi sekali sejak harga cabai naik."'


@pytest.mark.parametrize("subject", [
    "Dewi Lestari Juni lalu mengatakan,",
    "Dewi Lestari pada Juni lalu mengatakan,",
    "Dewi Lestari Mei 2024 mengatakan,",
    "Kepala Dinas Perdagangan Dewi Lestari kemarin mengatakan,",
    "Kepala Dinas Perdagangan Dewi Lestari, Senin (3/3), mengatakan,",
])
def test_the_subject_before_a_phrase_of_time(subject):
    assert speakers(f"{_LEAD}{subject} {_WORDS}") == ["Dewi Lestari"]


@pytest.mark.parametrize(("subject", "who"), [
    # a month with no date after it may be a name's word
    ("Kepala Dinas Perdagangan Dewi Juni mengatakan,", "Dewi Juni"),
    ("Kepala Dinas Perdagangan Agus Mei mengatakan,", "Agus Mei"),
    ("Dewi Lestari pada Juni mengatakan,", "Dewi Lestari"),
    # a time phrase after words that are no subject of the verb: nobody, as before
    ("Warga yang ditemui di Bandung pada Mei lalu mengatakan,", ""),
])
def test_guards(subject, who):
    assert speakers(f"{_LEAD}{subject} {_WORDS}") == [who]


@pytest.mark.parametrize(("lead", "cue", "who"), [
    ("Budi Santoso kehilangan anaknya. ", "ucap ayah dua anak itu.", "Budi Santoso"),
    ("Ani Lestari berjualan sejak subuh. ", "kata ibu tiga anak tersebut.", "Ani Lestari"),
    ("Ani Lestari berjualan sejak subuh. ", "kata ibu 3 anak itu.", "Ani Lestari"),
])
def test_a_parent_described(lead, cue, who):
    said = '"Pembeli sepi sekali sejak harga cabai naik," '
    assert speakers(_LEAD + lead + said + cue) == [who]
