"""A surname whose parts a lower-case particle joins between hyphens (“Prayut Chan-o-cha”,
“Ana Ruiz-del-Castillo”) is one name, not cut at its first hyphen (issue 9, session 45);
a prefix before a common word (“E-commerce”) is still no name."""

import pytest

from reader.core.quotes import suggest

_LEAD = "The cabinet met on Monday.\n\n"


def _speakers(text):
    return [s.speaker for s in suggest(text) if s.kind == "quote"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Prime Minister Prayut Chan-o-cha ruled out changes. “I am not thinking about it yet,” "
     "he said.", "Prayut Chan-o-cha"),
    ("Gen Prayut Chan-o-cha arrived late. “No reshuffle,” Prayut said.", "Prayut Chan-o-cha"),
    ("“We will appeal the ruling,” said Ana Ruiz-del-Castillo.", "Ana Ruiz-del-Castillo"),
])
def test_a_surname_joined_by_a_particle_is_whole(text, speaker):
    assert _speakers(_LEAD + text) == [speaker]


def test_a_prefix_and_a_common_word_are_no_name():
    text = _LEAD + "E-commerce sales rose sharply. “We expect more growth,” said Tom Vale."
    assert _speakers(text) == ["Tom Vale"]


def test_a_short_name_takes_a_korean_given_name_written_with_a_hyphen():
    text = (_LEAD + "The comparison sparked outrage from Ryu Sam-yeong, a police official.\n\n"
            "“The real coup is the ministry’s plan,” Ryu said.")
    assert _speakers(text) == ["Ryu Sam-yeong"]

