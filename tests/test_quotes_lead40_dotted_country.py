"""A dotted country's letters before an office (“the U.S. president said”, “The U.S.
president said the alliance has become “…””): the holder the article named with the office
alone (“President Joe Biden”). Before, the letters had to be in the holder's office too,
and the quotation went to nobody (dev's 1047_foxnews). A country written out still has to
match (“the French president” is not President Joe Biden). Texts made up (session 40)."""

from tests.quote_helpers import speakers

_MET = "Title\n\nThe summit ended.\n\nStoltenberg met President Joe Biden at the White House. "


def test_the_us_president_is_the_president_named():
    text = _MET + '"The alliance is larger and stronger than ever," the U.S. president said.'
    assert speakers(text) == ["Joe Biden"]


def test_a_country_written_out_still_has_to_be_his():
    text = _MET + '"The alliance is larger and stronger than ever," the French president said.'
    assert speakers(text) != ["Joe Biden"]
