"""A Shia cleric's title is no part of his name: “kata Ayatollah Ali Khamenei” → Ali
Khamenei (issue 9, id, s28).

The labels name a person by the fullest name without a title (“Pak”, “Sir”, “Alhaji”,
“Pundit”); “Ayatollah” before a name was read as its first word. lexicon.HONORIFICS and
NOT_NAME_WORDS add ayatollah. The paragraphs here are made up.
"""

from quote_helpers import speakers


def test_ayatollah_before_the_name_is_a_title() -> None:
    text = ("Iran Membalas\n\n"
            "“Kami mampu mencapai sasaran di kawasan,” kata Pemimpin Tertinggi Iran "
            "Ayatollah Ali Khamenei, Selasa.\n")
    assert speakers(text) == ["Ali Khamenei"]


def test_the_same_in_english() -> None:
    text = ("Iran responds\n\n"
            "“We are able to reach targets in the region,” Ayatollah Ali Khamenei said.\n")
    assert speakers(text) == ["Ali Khamenei"]


# (a later short form: also failed before, the cast held “Ayatollah Ali Khamenei”)


def test_a_later_short_form_still_finds_him() -> None:
    text = ("Iran Membalas\n\n"
            "Pemimpin Tertinggi Iran Ayatollah Ali Khamenei berpidato di Teheran.\n\n"
            "“Kami tidak akan mundur,” kata Khamenei.\n")
    assert speakers(text) == ["Ali Khamenei"]


def test_a_cleric_named_without_the_title_is_unchanged() -> None:
    text = ("Iran Membalas\n\n"
            "“Kami tidak akan mundur,” kata Ali Khamenei di Teheran.\n")
    assert speakers(text) == ["Ali Khamenei"]
