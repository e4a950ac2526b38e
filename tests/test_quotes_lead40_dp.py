"""“DP”, Kenya's short form of the deputy president's office (“DP Rigathi Gachagua …”, later
“…,” the DP stated.): an office whose holder the article names, not a body called “DP”
(en43's 3128, the Daily Nation). Text made up (session 40)."""

from tests.quote_helpers import speakers


def test_the_dp_is_the_deputy_president_named_so():
    text = ("Title\n\nDP Rigathi Gachagua on Friday dismissed his critics in Nairobi.\n\n"
            "The DP praised his host, the local MP.\n\n"
            '"The people want to know what you have done for them," the DP stated.')
    assert speakers(text) == ["Rigathi Gachagua"]
