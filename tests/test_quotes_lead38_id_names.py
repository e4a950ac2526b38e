"""Three kinds of Indonesian name after a speech verb that gave nobody or a name with a
word glued on (session 38, the lead's probes of Indonesian news; texts made up):

- a Balinese name after the verb (“kata I Wayan Koster”, “ujar Ni Luh Putu Ariastuti”): its
  first word “I” was read as the English pronoun, a first person: nobody;
- the short names of coordinating ministries (“Menko Polkam Budi Gunawan”, “Menko Marves
  Luhut Binsar Pandjaitan”, “Menko Kumham Imipas Yusril Ihza Mahendra”): the portfolio was
  glued to the name, as “Polhukam” no longer is;
- a title in lower case with a full stop (“kata dr. Ani Lestari”, “Kepala Puskesmas dr.
  Ani Lestari”): the phrase stopped at “dr.”, nobody.
"""

import pytest

from tests.quote_helpers import speakers

_SAID = 'Pasar itu sepi sejak pagi. "Pembeli sepi sekali sejak harga cabai naik," '


@pytest.mark.parametrize(("cue", "who"), [
    ("kata I Wayan Koster.", "I Wayan Koster"),
    ("kata I Gusti Ayu Bintang Darmawati.", "I Gusti Ayu Bintang Darmawati"),
    ("ujar Ni Luh Putu Ariastuti.", "Ni Luh Putu Ariastuti"),
    ("kata Menko Polkam Budi Gunawan.", "Budi Gunawan"),
    ("kata Menko Marves Luhut Binsar Pandjaitan.", "Luhut Binsar Pandjaitan"),
    ("kata Menko Kumham Imipas Yusril Ihza Mahendra.", "Yusril Ihza Mahendra"),
    ("kata dr. Ani Lestari.", "Ani Lestari"),
    ("kata Kepala Puskesmas dr. Ani Lestari.", "Ani Lestari"),
    ("kata dr. Subhan Rumoning, Sp.PD.", "Subhan Rumoning"),
])
def test_the_name_after_the_verb(cue, who):
    assert speakers(_SAID + cue) == [who]


def test_a_menko_before_the_quotation():
    text = ('Pasar itu sepi sejak pagi. Menko Polkam Budi Gunawan mengatakan, "Pembeli sepi '
            'sekali sejak harga cabai naik."')
    assert speakers(text) == ["Budi Gunawan"]


@pytest.mark.parametrize("cue", ["kata saya.", "kata kami."])
def test_a_first_person_is_still_nobody(cue):
    assert speakers(_SAID + cue) == [""]
