"""Who said it, English classes that recur across outlets (issue 9, session 15, en15).

Session 15 judges each rule where nobody looked: the never-tuned sets and a blind round.
The sentences here are made up; each follows a pattern that gave nobody (or somebody else)
before its rule. ``STAYS`` are neighbouring patterns that must keep their speaker.
"""

import pytest
from quote_helpers import speaker_of

_RALLY = "Tarique Rahman spoke at a rally in Dhaka on Monday. "
_Q = "Regardless of party, attacks on anyone must stop now"

FIXED = [
    # an adverb between the subject and its speech verb (“He also said,”, “Rahman further
    # said,”, “…,” she later added.): the subject speaks; a pronoun was read only right
    # before the verb, “further” was no adverb
    (_RALLY + f"He also said, \u201c{_Q}.\u201d", "Regardless", "Tarique Rahman"),
    (_RALLY + f"He further said, \u201c{_Q}.\u201d", "Regardless", "Tarique Rahman"),
    (_RALLY + f"Rahman further said, \u201c{_Q}.\u201d", "Regardless", "Tarique Rahman"),
    (_RALLY + f"He later told reporters, \u201c{_Q}.\u201d", "Regardless", "Tarique Rahman"),
    (_RALLY + f"\u201c{_Q},\u201d he also said.", "Regardless", "Tarique Rahman"),
    (_RALLY + f"\u201c{_Q},\u201d he further added.", "Regardless", "Tarique Rahman"),
    (_RALLY + f"\u201c{_Q},\u201d Rahman further said.", "Regardless", "Tarique Rahman"),
    ("Maria Lopez chairs the city's housing board. \u201cWe will build more homes this "
     "year,\u201d she repeatedly told the council.", "We will build", "Maria Lopez"),
]

FIXED += [
    # speech verbs of the South Asian and wire press missing from the list (“asserted”,
    # “mentioned”, “reiterated”, “opined”, “underscored”, “contended”, “interjected”): the
    # quotation had nobody
    (_RALLY + f"He asserted, \u201c{_Q}.\u201d", "Regardless", "Tarique Rahman"),
    (_RALLY + f"\u201c{_Q},\u201d mentioned Rahman, the party's acting chairman.",
     "Regardless", "Tarique Rahman"),
    (_RALLY + f"\u201c{_Q},\u201d he reiterated.", "Regardless", "Tarique Rahman"),
    (_RALLY + f"Rahman opined: \u201c{_Q}.\u201d", "Regardless", "Tarique Rahman"),
    ("Finance Minister Sunil Perera spoke at the budget debate. \u201cThe deficit will be "
     "cut in half by next year,\u201d he underscored.", "The deficit", "Sunil Perera"),
    ("Defence lawyer Anna Ruiz addressed the court on Tuesday. \u201cMy client was never "
     "at the scene of the crime,\u201d Ruiz contended.", "My client", "Anna Ruiz"),
]

STAYS = [
    (_RALLY + f"He said, \u201c{_Q}.\u201d", "Regardless", "Tarique Rahman"),
    (_RALLY + f"\u201c{_Q},\u201d he said.", "Regardless", "Tarique Rahman"),
    # a new sentence after the quotation is no cue, adverb or not
    (_RALLY + f"Police stood by. \u201c{_Q}.\u201d He also said the vote would be held in "
     "February.", "Regardless", ""),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), FIXED + STAYS)
def test_speaker(text: str, opening: str, speaker: str) -> None:
    assert speaker_of(text, opening) == speaker
