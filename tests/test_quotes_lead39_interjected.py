"""“The paradox of Nancy, says Carl Anthony, historian at the National First Ladies Library,
is that she was “…””: a speech verb interjected between commas brings in the speaker after
it, not the name before its comma (en41's 3011 gave two quotations to Nancy Reagan,
unmarked). Texts made up (session 39)."""

import pytest

from tests.quote_helpers import speakers

_LEAD = "Nancy Reagan died on Sunday at her home in Los Angeles.\n\n"
_WORDS = '"one of the most powerful first ladies in the post-war era"'


@pytest.mark.parametrize("opening", [
    "The paradox of Nancy, says Carl Anthony, historian at the First Ladies Library,",
    "What set Nancy apart, said Carl Anthony, a historian,",
    "The paradox, says Carl Anthony,",
])
def test_the_interjected_speaker(opening):
    assert speakers(f"{_LEAD}{opening} is that she was {_WORDS}.") == ["Carl Anthony"]


@pytest.mark.parametrize("subject", ["Tom Vale, 45,", "Tom Vale, a teacher,"])
def test_a_subject_and_its_apposition_before_the_verb_speak(subject):
    # (the rule's own guard: the name after “said” is whom the reported clause is about)
    text = (f"The council met on Monday.\n\n{subject} said Ann Kerr, the mayor, had "
            '"lied to the council about the budget".')
    assert speakers(text) == ["Tom Vale"]
