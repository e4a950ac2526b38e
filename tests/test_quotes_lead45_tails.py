"""A quotation whose sentence runs on after the closing mark, then names who spoke; and a
person named in apposition to “one participant” (issue 9, session 45).

“I felt better within two weeks” on physical therapy, he said. — the writer's words
after the mark do not take the quotation from its speaker; nor does “said Dr. Howard
Kaufman” after them, nor an apostrophe in “Bohlin’s trial”. “One study participant — Bob
O'Keefe, 68, — was glad …” names the participant: the “he” after it is Bob O'Keefe, not
somebody unnamed, and not the last speaker either."""

import pytest

from reader.core.quotes import suggest


def _speakers(text):
    return [s.speaker for s in suggest(text) if s.kind == "quote"]


@pytest.mark.parametrize(("text", "speakers"), [
    ("Doctors reported the results on Monday.\n\n“I think we’re on the cusp of curing "
     "patients” with these viruses and other therapies, said Dr. Ann Kerr, a lead researcher "
     "on Bohlin’s trial.", ["Ann Kerr"]),
    ("Doctors reported the results on Monday.\n\n“We expect to see results within a year” "
     "at Bohlin’s clinic, Kerr said.", ["Kerr"]),
])
def test_a_cue_closing_the_run_on_sentence_names_the_speaker(text, speakers):
    assert _speakers(text) == speakers


def test_a_quotation_quoted_inside_the_run_on_keeps_it_from_the_cue():
    text = ("Doctors reported the results on Monday.\n\nVale called the plan “a gamble with "
            "our children’s health” and “a waste of public money,” said Ann Kerr.")
    assert _speakers(text)[-1] == "Ann Kerr"


@pytest.mark.parametrize(("text", "speaker"), [
    ("Surgery costs about $5,000, Katz said.\n\nOne study participant — Bob O'Keefe, 68, of "
     "suburban Boston — was glad to avoid surgery.\n\n\"I felt better within two weeks,\" he "
     "said.", "Bob O'Keefe"),
    ("Surgery costs about $5,000, Katz said.\n\nA neighbour, Tom Vale, watched the flames from "
     "his garden.\n\n“I have never seen anything like it,” he said.", "Tom Vale"),
])
def test_a_person_named_in_apposition_to_one_participant_is_the_subject(text, speaker):
    assert _speakers(text) == [speaker]


def test_an_unnamed_subject_still_takes_the_pronoun():
    text = ("Surgery costs about $5,000, Katz said.\n\nA neighbour who lives next door watched "
            "the flames on Monday.\n\n“I have never seen anything like it,” he said.")
    assert _speakers(text) == [""]


def test_a_name_between_the_quotation_and_the_cue_keeps_the_cue_off():
    text = ("Doctors reported the results on Monday.\n\n“We will not cut a single bed” was "
            "Vale's promise to the ward in March, said Ann Kerr, a nurse.")
    assert _speakers(text) != ["Ann Kerr"]


def test_a_body_between_the_quotation_and_the_cue_leaves_the_cue_on():
    text = ("Gortune Investment signed a deal in April.\n\n“More local [AMCs] may follow suit” in "
            "the footsteps of Henan AMC in helping tackle the crisis, said Zhu Yiming, a "
            "director at China Real Estate Information Corporation.")
    assert _speakers(text) == ["Zhu Yiming"]
