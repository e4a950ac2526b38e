"""A body's short form is spelt out from where the article names it in full (issue 9, en,
s28).

“the ODPM stated” after “The Office of Disaster Preparedness and Management issued a
statement” gave “ODPM”: the article's capitalised runs are read for their initials, and the
run began with the sentence's “The” (initials TODPM). A run now drops an opening “The”,
may hold two small words between capitals (“University of the West Indies”: it broke at
“of the”), and a run of four words or more also stands for the initials of its last three
words or more (“the SRC” for the University of the West Indies Seismic Research Centre)
when no whole run has those initials. Gold names a body by the fullest name the article
gives. The paragraphs here are made up.
"""

from quote_helpers import speakers


def test_a_run_opening_a_sentence_with_the() -> None:
    text = ("A strong earthquake shook the island on Monday night. The Office of Disaster "
            "Preparedness and Management issued a statement.\n\n\"Citizens are reminded to "
            "call 511 if they have been affected,\" the ODPM stated.\n")
    assert speakers(text) == ["Office of Disaster Preparedness and Management"]


def test_the_initials_of_a_long_name_s_last_words() -> None:
    text = ("A strong earthquake shook the island on Monday night, according to the "
            "University of the West Indies Seismic Research Centre.\n\n\"The event was "
            "located north of the peninsula at a depth of 77km,\" the SRC stated.\n")
    assert speakers(text) == ["University of the West Indies Seismic Research Centre"]


# guards: initials two names share, and an acronym the article never spells out


def test_initials_two_bodies_share_stay_as_written() -> None:
    text = ("The Port Safety Authority and the Public Services Association met on Monday."
            "\n\n\"We will not accept the new rules,\" the PSA said.\n")
    assert speakers(text) == ["PSA"]


def test_an_acronym_never_spelt_out_stays_as_written() -> None:
    text = ("Talks went on at the port on Monday.\n\n\"We will not accept the new rules,\" "
            "the OWTU said.\n")
    assert speakers(text) == ["OWTU"]
