"""Wire copy's “X quoted Y as saying” and “Y was quoted as saying”: the one quoted speaks,
not the news agency or the ministry that reports the words. Before, most of these gave
nobody, and “Reuters quoted Ahmed Ali as saying, "…"” gave Reuters. Texts made up (session
38, the lead's probes of wire copy)."""

import pytest

from tests.quote_helpers import speakers

_LEAD = "Tom Vale opened the talks on Monday. "
_MET = "Tom Vale opened the talks on Monday. Later Ahmed Ali met the envoy. "
_WORDS = "We will not accept any deal that leaves hostages behind"


@pytest.mark.parametrize("cue", [
    "the foreign ministry quoted Ahmed Ali as saying.",
    "IRNA quoted Ahmed Ali as saying.",
    "Ahmed Ali was quoted as saying by the state news agency IRNA.",
    "Ahmed Ali was quoted as saying.",
    "Ahmed Ali was cited as saying by Xinhua.",
    "state media quoted Foreign Minister Ahmed Ali as saying.",
])
def test_after_the_quotation(cue):
    assert speakers(f'{_LEAD}"{_WORDS}," {cue}') == ["Ahmed Ali"]


@pytest.mark.parametrize("cue", ["IRNA quoted him as saying.", "he was quoted as saying."])
def test_a_pronoun_quoted(cue):
    assert speakers(f'{_MET}"{_WORDS}," {cue}') == ["Ahmed Ali"]


@pytest.mark.parametrize("lead", [
    "Reuters quoted Ahmed Ali as saying, ",
    "IRNA quoted Foreign Minister Ahmed Ali as saying that ",
    "Ahmed Ali was quoted by IRNA as saying: ",
])
def test_before_the_quotation(lead):
    words = _WORDS if not lead.endswith("that ") else _WORDS[0].lower() + _WORDS[1:]
    assert speakers(f'{_LEAD}{lead}"{words}."') == ["Ahmed Ali"]


@pytest.mark.parametrize(("text", "who"), [
    # an unnamed source quoted: nobody, not the medium
    (f'Talks resumed. "{_WORDS}," IRNA quoted a senior official as saying.', ""),
    (f'Talks resumed. IRNA quoted a senior official as saying, "{_WORDS}."', ""),
    (f'Talks resumed. "{_WORDS}," the paper quoted an official close to Ahmed Ali as saying.', ""),
    # somebody of the name's, unnamed (the fresh reviewer's finding: these gave the name,
    # unmarked): nobody
    (f'Talks resumed. Tom Vale met the envoy. A spokeswoman for Vale was quoted as saying: '
     f'"{_WORDS}."', ""),
    (f'Talks resumed. Tom Vale met the envoy. Reuters quoted a lawyer for Vale as saying: '
     f'"{_WORDS}."', ""),
    (f'Talks resumed. Tom Vale met the envoy. "{_WORDS}," Reuters quoted the spokesman for '
     "Vale as saying.", ""),
    (f'Talks resumed. "{_WORDS}," Interfax quoted a spokesman for Rosatom as saying.', ""),
    (f'Talks resumed. Tom Vale met the envoy. "{_WORDS}," Interfax quoted Vale\'s lawyer as '
     "saying.", ""),
    # a speech verb before the report: its subject speaks, as before
    (f'Talks resumed. "{_WORDS}," Tom Vale said, adding that he was quoted as saying otherwise.',
     "Tom Vale"),
    (f'Talks resumed. "{_WORDS}," said Tom Vale, who was quoted as saying last week that talks '
     "had failed.", "Tom Vale"),
])
def test_guards(text, who):
    assert speakers(text) == [who]
