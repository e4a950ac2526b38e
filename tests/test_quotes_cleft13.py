"""Who said it, English: “he”/“she” after a cleft or a “was X” predicate (issue 9, session
13, helper cleft13).

The sentences are made up. The person a cleft (“it was X who …”) or a description's
predicate (“One of those who left was X”) introduces is what the sentence is about: the
next “she said” is theirs, not an earlier subject's or an earlier speaker's. ``STAYS`` are
neighbouring patterns that must keep their speaker.
"""

import pytest
from quote_helpers import speaker_of

FIXED = [
    # a cleft after a leading clause that names someone else as its subject
    ("After Maria Lopez lost her opening game on Sunday, it was Helen Park who lifted the "
     "team on Monday with a quick win.\n\n“I just wanted to play my own game,” she told "
     "reporters afterwards.", "I just wanted", "Helen Park"),
    ("When Tom Vale left the stage, it was Mark Reed who took the microphone.\n\n“We owe "
     "them an answer,” he told the crowd.", "We owe", "Mark Reed"),
    # a description's predicate, after an earlier speaker
    ("“The vote is a farce,” said Tom Vale, a council member.\n\nOnly a few candidates "
     "remain. One of those who pulled out was Mark Reed, who had planned to run for mayor. "
     "“We are losing the city every day,” he said.", "We are losing", "Mark Reed"),
    ("“Prices will rise,” said Ana Ruiz, an economist.\n\nThe first to resign was Helen "
     "Park, a senior adviser. “I could not stay any longer,” she said.", "I could not",
     "Helen Park"),
]

STAYS = [
    # a possessive after the predicate names no subject
    ("“The vote is a farce,” said Tom Vale, a council member.\n\nOne of those who pulled "
     "out was Mark Reed's brother. “We are losing the city every day,” he said.",
     "We are losing", "Tom Vale"),
    # a predicate inside what somebody says is not what the sentence is about
    ("Nadine Aoun runs a bookshop in the old town. Local media say the target is Karim "
     "Haddad, a security official.\n\n“I don’t feel safe any more,” she tells me.",
     "I don’t feel", "Nadine Aoun"),
    # the subject opening the sentence stays the subject
    ("“Prices will rise,” said Ana Ruiz, an economist.\n\nHelen Park said the plan was "
     "Tom Vale's idea. “It was never mine,” she said.", "It was never", "Helen Park"),
    # a cleft on somebody else after the speaker spoke in the same paragraph
    ("Helen Park spoke first. “I could not stay any longer,” she said.", "I could not",
     "Helen Park"),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), FIXED + STAYS)
def test_pronoun_after_cleft_or_predicate(text: str, quote: str, speaker: str) -> None:
    assert speaker_of(text, quote) == speaker
