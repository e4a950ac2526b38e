"""Quotations signed by a name without a speech verb, and Indian initials (issue 9,
session 44, from round 217's Indian papers).

A vox pop prints each quotation as its own paragraph and the speaker's name, age and
occupation on the line below; a student panel writes “Name, “…”” with no verb. Indian
copy writes an undotted initial before the given name (“R Baby Shree”, “S Jaishankar”)."""

import pytest

from reader.core.quotes import suggest


def _speakers(text):
    return [s.speaker for s in suggest(text) if s.kind == "quote"]


VOX_POP = (
    "Students weigh in on the exam row\n\n"
    "Students in Bhopal said the protests could not be compared.\n\n"
    "SPEAKUPS\n\n"
    "“The paper leak was a nationwide issue, so the movement received support across the "
    "country.”\n\n"
    "Meera Joshi, 20, student\n\n"
    "“Protests remain important. Students are simply demanding fair examinations.”\n\n"
    "Arjun Mehta, student\n\n"
    "“Gen Z notices these inconsistencies and questions selective solidarity.”\n\n"
    "Kavya Rao"
)


def test_a_line_below_a_quotation_paragraph_signs_it():
    assert _speakers(VOX_POP) == ["Meera Joshi", "Arjun Mehta", "Kavya Rao"]


def test_a_name_and_a_comma_opening_the_paragraph_sign_the_quotation():
    text = ("Students in Indore disagreed.\n\n"
            "Rohan Verma, “A protest in the capital naturally receives more attention than "
            "one in a state.”\n\n"
            "Sana Iqbal, “Public figures may choose their causes, but consistency matters.”")
    assert _speakers(text) == ["Rohan Verma", "Sana Iqbal"]


@pytest.mark.parametrize("line", [
    "Election Night Drama",  # a crosshead of words written in lower case too
    "Tom Vale, the mayor, disagreed.",  # a sentence, not a signature
    "Photo: Tom Vale",
])
def test_a_crosshead_or_a_sentence_below_signs_nothing(line):
    text = ("The night was long for the drama of the election.\n\n"
            "“We will count every vote before we say anything.”\n\n" + line)
    assert _speakers(text) == [""]


@pytest.mark.parametrize(("text", "speaker"), [
    ("“Breastfeeding is a skill that mothers need to learn,” says lactation consultant "
     "R Baby Shree of City Hospital.", "R Baby Shree"),
    ("“We will not back down,” said External Affairs Minister S Jaishankar.", "S Jaishankar"),
])
def test_an_undotted_initial_opens_an_indian_name(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("The company said on Monday that it would build three new plants this year and hire "
     "more staff. “Sales rose in every region,” said Tata Motors MD Girish Wagh.",
     "Girish Wagh"),
    ("Speaking to reporters, Vyoma MD Prashant Chiranjive Jain outlined the plan to build "
     "data centres across the country. “The constraint is land and power,” Jain said.",
     "Prashant Chiranjive Jain"),
])
def test_md_before_a_name_is_the_managing_director_in_english_copy(text, speaker):
    assert _speakers(text) == [speaker]
