"""Classes of speaker error in the English development round en38 (BBC News and BBC Sport,
2022, from MasakhaNEWS; session 38), written here as made-up texts:

- a body's short form in brackets between its name and the speech verb (“Nick Marro from
  the Economist Intelligence Unit (EIU) said "…"”): was nobody; and “Unit” is a body's word,
  so “Economist Intelligence Unit” is no person “Unit” whom later pronouns went to;
- a partial quotation inside a sentence about one person, closed by another's speech verb
  (“Tom Vale will "cut taxes …" next year, Ann Kerr told reporters.”): the words are the
  speaker's at the end, not the subject's (was the subject, marked); an unnamed one there
  (“his spokesman said”) is nobody, a state's body (“the Welsh government has said”) the body.
"""

import pytest

from tests.quote_helpers import quotations, speakers

_LEAD = "China's economy slowed sharply in the third quarter as lockdowns hit factories. "


@pytest.mark.parametrize("subject", [
    "Nick Marro from the Economist Intelligence Unit (EIU) said",
    "Nick Marro of the Economist Intelligence Unit (EIU) said",
])
def test_a_body_short_form_before_the_verb(subject):
    text = f'{_LEAD}{subject} "the dilution of that relationship will continue."'
    assert speakers(text) == ["Nick Marro"]


def test_a_unit_is_no_person_a_pronoun_points_to():
    text = (f"{_LEAD}Ann Kerr, a fellow at the Stimson Center, thinks China will reopen. "
            "The Economist Intelligence Unit (EIU) said exports fell.\n"
            '"It is well known that China is planning to reopen," she told the BBC.')
    assert speakers(text) == ["Ann Kerr"]


_SENTENCE = 'The vote is on Sunday. Tom Vale will "cut taxes for every working family" next year, '


@pytest.mark.parametrize(("tail", "who"), [
    ("Ann Kerr told reporters.", "Ann Kerr"),
    ("his spokesman said.", ""),
])
def test_the_speech_verb_closing_the_sentence(tail, who):
    assert speakers(_SENTENCE + tail) == [who]


def test_a_state_body_closing_the_sentence():
    text = ('The tournament opens on Sunday. First Minister Mark Drakeford will "promote '
            'inclusivity and respect for human rights" at the World Cup in Qatar, the Welsh '
            "government has said.")
    assert speakers(text) == ["Welsh government"]


@pytest.mark.parametrize(("text", "who"), [
    # the subject's own speech verb: the words are the subject's
    ('The vote is on Sunday. Tom Vale called the plan "a betrayal of every working family" '
     "on Monday, according to Ann Kerr.", "Tom Vale"),
    ('The vote is on Sunday. Tom Vale said he would "cut taxes for every working family" '
     "next year, Ann Kerr wrote.", "Tom Vale"),
])
def test_guards(text, who):
    assert speakers(text) == [who]


@pytest.mark.parametrize("verbs", [
    "expressed support for the policy and said",
    "defended the policy on Monday and told reporters:",
])
def test_a_speech_verb_coordinated_with_another(verbs):
    # (en38 2861: “Communist Party spokesman Sun Yeli expressed support for the policy and
    # said "…"”: was nobody, or a guess marked for checking; the subject of both verbs
    # speaks, unmarked)
    text = (f"Before the congress there were hopes that China could ease its policy. Sun Yeli "
            f'{verbs} "We firmly believe that the light is ahead and perseverance is victory."')
    assert [(q.speaker, q.speaker_unsure) for q in quotations(text)] == [("Sun Yeli", False)]
