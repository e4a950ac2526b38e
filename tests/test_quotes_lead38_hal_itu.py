"""“…” Hal itu disampaikan Kepala BNPB Suharyanto di Jakarta.: a quotation with no cue of
its own, then a sentence naming the words as a thing said (“Hal itu”, “Pernyataan tersebut”,
“Ucapan ini”) and a passive speech verb: its agent spoke, as after “Demikian disampaikan …”.
Before, nobody. Texts made up (session 38, the lead's probes of Indonesian news)."""

import pytest

from tests.quote_helpers import speakers

_LEAD = 'Banjir melanda Bekasi sejak Minggu. "Kami sudah menyiapkan 20 perahu karet untuk warga." '


@pytest.mark.parametrize("after", [
    "Hal itu disampaikan Kepala BNPB Suharyanto di Jakarta, Senin.",
    "Hal tersebut diungkapkan oleh Kepala BNPB Suharyanto.",
    "Pernyataan itu disampaikan Suharyanto di Jakarta, Senin.",
    "Hal ini juga ditegaskan Suharyanto saat meninjau lokasi.",
])
def test_the_agent_of_the_thing_said(after):
    assert speakers(_LEAD + after) == ["Suharyanto"]


def test_a_body_as_agent():
    assert speakers(_LEAD + "Hal itu juga disampaikan BNPB.") == ["BNPB"]


def test_the_pronoun_form():
    text = ("Kepala BNPB Suharyanto meninjau lokasi banjir. "
            '"Kami sudah menyiapkan 20 perahu karet untuk warga." '
            "Hal itu disampaikannya di Jakarta.")
    assert speakers(text) == ["Suharyanto"]


@pytest.mark.parametrize(("after", "who"), [
    # to whom it was said: not the speaker (as before: the one the article was about)
    ("Hal itu disampaikan kepada Presiden Prabowo Subianto.", ""),
    # an unnamed agent: nobody
    ("Hal itu dikatakan seorang relawan.", ""),
])
def test_guards(after, who):
    assert speakers(_LEAD + after) == [who]


def test_a_quotation_with_its_own_cue_keeps_it():
    text = ('Banjir melanda Bekasi. "Kami sudah menyiapkan 20 perahu karet," kata Ani Lestari. '
            "Hal itu disampaikan Suharyanto pula.")
    assert speakers(text) == ["Ani Lestari"]
