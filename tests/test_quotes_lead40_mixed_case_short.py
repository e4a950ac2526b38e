"""A body's short form in mixed case, defined in brackets after its name (“the Ministry of
Health (MoH)”, “the Department for Education (DfE)”), then speaking (“…,” MoH says.): the
body by the name the article gives it, as for short forms in capitals (“(KWS)”). Before,
“MoH” was read as a person's one-word name and kept. Texts made up (session 40; en43's
3135, Kenyan health news)."""

import pytest

from tests.quote_helpers import speakers


@pytest.mark.parametrize(("defined", "cue", "body"), [
    ("According to the Ministry of Health (MoH), 98 per cent of cases come from dogs.",
     "MoH says.", "Ministry of Health"),
    ("The Department for Education (DfE) published the figures on Monday.",
     "the DfE said.", "Department for Education"),
])
def test_the_short_form_speaks_for_the_body(defined, cue, body):
    text = f'Title\n\n{defined}\n\n"People are usually infected following a bite," {cue}'
    assert speakers(text) == [body]


def test_a_mixed_case_surname_is_not_spelled_out():
    text = ('Title\n\nSenator John McCain visited the Department of Defense (DoD) in June.'
            '\n\n"We will stay the course," McCain said.')
    assert speakers(text) == ["John McCain"]


@pytest.mark.parametrize("opening", [
    "Yesterday the Ministry of Health", "Kenya's Ministry of Health"])
def test_only_the_words_the_capitals_stand_for(opening):
    # (review 40, F4: a sentence's first word or a place's possessive is no word of it)
    text = (f"Title\n\n{opening} (MoH) confirmed three cases.\n\n"
            '"We have sent rapid response teams to the counties," MoH said in a statement.')
    assert speakers(text) == ["Ministry of Health"]
