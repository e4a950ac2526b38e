"""A body's acronym that is also a word of the language speaks (issue 9, session 42).

“WHO” was read as the pronoun “who”, so “…,” the WHO recommends / kata WHO gave nobody
(round 201's rabies explainer: five quotations); a crosshead in capitals (“WHAT HAPPENS
NEXT”) is still no name."""

import pytest

from reader.core.quotes import suggest
from reader.core.quotes.names import parse_forward


def _speakers(text):
    return [s.speaker for s in suggest(text) if s.kind == "quote"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("The World Health Organisation (WHO) has issued new guidance on rabies for doctors and "
     "nurses in the region.\n\n“Wash the wound with soap and water for fifteen minutes,” the "
     "WHO said.", "World Health Organisation"),
    ("The World Health Organisation (WHO) has issued new guidance on rabies for doctors and "
     "nurses in the region.\n\n“Wash the wound with soap and water for fifteen minutes,” WHO "
     "said.", "World Health Organisation"),
    ("Organisasi Kesehatan Dunia (WHO) mengeluarkan panduan baru soal rabies untuk dokter.\n\n"
     "“Cuci luka dengan sabun dan air selama lima belas menit,” kata WHO.",
     "Organisasi Kesehatan Dunia"),
])
def test_the_who_speaks(text, speaker):
    assert _speakers(text) == [speaker]


def test_a_crosshead_in_capitals_keeps_its_word_out():
    # (a guard: its first word is not read as an acronym, as before)
    text = "WHAT HAPPENS NEXT said nothing."
    found = parse_forward(text, 0, len(text))
    assert not found.name and not found.role.startswith("WHAT")


@pytest.mark.parametrize(("text", "speaker"), [
    ("Bono appeared on The Joe Rogan Experience last week.\n\n“For sure, it was a money "
     "laundering operation,” Rogan said.", "Joe Rogan"),
    ("The singer told the Kelly Clarkson Show about her tour.\n\n“I was terrified every single "
     "night of it,” Clarkson said.", "Kelly Clarkson"),
])
def test_a_show_named_after_its_host_is_no_person_of_its_own(text, speaker):
    # (it was “Joe Rogan Experience”, and “Rogan said” its)
    assert _speakers(text) == [speaker]


def test_top_opening_a_sentence_is_no_part_of_a_name():
    text = ("Bernie Sanders won the primary in Vermont.\n\nTop Sanders aides said the senator "
            "would debate. “We are willing to debate issues of importance to New Yorkers,” "
            "Sanders told reporters.")
    assert _speakers(text) == ["Bernie Sanders"]  # (not “Top Sanders”)
