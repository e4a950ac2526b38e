"""A whole quoted paragraph after one a body's statement spoke (issue 9, en, session 26).

“…,” a statement from Microsoft said. / “…” (the next paragraph, quoted, no cue): the
statement's body speaks both, as after “…,” Tom Vale said. Before, the cast read
“a … from Microsoft said” as somebody unnamed from a place (the check for “One unit
commander fighting in Pokrovsk told CNN”), and that unnamed source stood between the two
quotations, so the second went to nobody. A statement's words (statement, letter, email,
post…) before the body make it the body's, as ``_somebody_from`` already knew for a
name after the verb. Made-up paragraphs; the guards keep unnamed people from places
unnamed.
"""

import pytest

from reader.core.quotes import suggest

FIRST = "We are committed to protecting our customers' data in every market we serve"
NEXT = "The changes will take effect across all of our services next month."


def _speakers(cue: str) -> list[str]:
    text = (f'The company changed its rules on Tuesday.\n\n"{FIRST}," {cue}.\n\n'
            f'"{NEXT}"\n')
    return [s.speaker for s in suggest(text) if s.kind == "quote"]


@pytest.mark.parametrize("cue, body", [
    ("a statement from Microsoft said", "Microsoft"),
    ("a statement from Acme Holdings said", "Acme Holdings"),
    ("a statement from Northwind Traders said on Monday", "Northwind Traders"),
    ("a statement from Boeing said", "Boeing"),
    ("a statement from Pfizer said on Monday", "Pfizer"),
])
def test_the_next_quoted_paragraph_is_the_statement_s_body_s(cue: str, body: str) -> None:
    assert _speakers(cue) == [body, body]


@pytest.mark.parametrize("cue", [
    "a resident from Dubai said",
    "a teacher from Chicago said",
    "one unit commander fighting in Pokrovsk told CNN",
    "a spokesperson for Microsoft said",
])
def test_somebody_unnamed_from_a_place_still_names_nobody(cue: str) -> None:
    assert _speakers(cue) == ["", ""]


# An age right before the name after the verb (“says 27-year-old Yusuf Toefy”): the name
# is the speaker, as with “45-year-old farmer Yusuf Toefy” (a role between). Was nobody
# (dev round 141, Code4SA's profiles). An age before an unnamed person stays nobody.
@pytest.mark.parametrize("cue, speaker", [
    ("says 27-year-old Yusuf Toefy", "Yusuf Toefy"),
    ("said 62-year-old Maria Lopez", "Maria Lopez"),
    ("said a 27-year-old resident", ""),
])
def test_an_age_before_the_name(cue: str, speaker: str) -> None:
    text = f'The street has changed.\n\n"Look at the road you are standing in," {cue}.\n'
    assert [s.speaker for s in suggest(text) if s.kind == "quote"] == [speaker]


# Whose words a lead-in names: “Cornyn's statement added, "…"” (as “X's statement that” is
# already), and “In the words of the Crown prosecutor, Mark Tedeschi, QC, "…"”. Was nobody
# (dev rounds 144, Wikinews). Somebody unnamed stays nobody.
@pytest.mark.parametrize("lead, speaker", [
    ("Cornyn's statement added,", "John Cornyn"),
    ("Cornyn's statement read:", "John Cornyn"),
    ("In the words of the senator from Texas, John Cornyn,", "John Cornyn"),
    ("In the words of one juror,", ""),
])
def test_whose_words_the_lead_in_names(lead: str, speaker: str) -> None:
    text = ("Senator John Cornyn criticised the decision.\n\n"
            f'{lead} "There is no question Houston should have been selected as a home."\n')
    assert [s.speaker for s in suggest(text) if s.kind == "quote"] == [speaker]


# “… in the case of South Africa, …,” said McCulloch, reflecting on … “…”: the cast read
# “South Africa”, inside the quotation the verb follows, as the verb's subject, and the
# next quotation of the paragraph went to it (dev round 141, Code4SA). No subject inside
# the quotation: the name after the verb speaks.
def test_no_subject_inside_the_quotation_the_verb_follows() -> None:
    text = ("Historian Jock McCulloch studied the mines.\n\n“I think in the case of South "
            "Africa, the lifeline of the mines was cheap black labour,” said McCulloch, "
            "reflecting on his years of research. “And so in a way, that is the hinge of "
            "this whole story.”\n")
    assert [s.speaker for s in suggest(text) if s.kind == "quote"] == ["Jock McCulloch"] * 2
