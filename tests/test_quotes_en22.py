"""Quotations and speakers, English classes of session 22 (issue 9, en22).

The sentences are made up; each follows a pattern that gave a wrong speaker before its
rule (dev round 175: The Korea Herald and Korea JoongAng Daily, Dec 2025 - Jan 2026).
``STAYS`` are neighbouring patterns that must keep their reading.
"""

import pytest
from quote_helpers import speaker_of

# “the company said” after a firm that spoke: the firm, though the article also writes it
# after “under” (“the group under Acme”), which read as the office of an Under Secretary
UNDER = [
    ("Acme fired its singer on Monday.\n\nIn a statement released Monday, Acme said it ended "
     "her contract. \u201cWe have determined that she can no longer remain with us,\u201d the "
     "company said.\n\nThe other two members will stay in the group under Acme.",
     "We have", "Acme"),  # (was nobody)
    ("Acme fired its singer on Monday.\n\nIn a statement released Monday, Acme said it ended "
     "her contract. \u201cWe have determined that she can no longer remain with us,\u201d the "
     "company said.\n\nThe band worked under Acme for five years.", "We have", "Acme"),
]
UNDER_STAYS = [
    ("The talks resumed on Monday.\n\n\u201cWe are ready to sign,\u201d said Under Secretary "
     "of State John Smith.", "We are", "John Smith"),
    ("The talks resumed on Monday under John Smith, the under secretary.\n\n\u201cWe are "
     "ready to sign,\u201d the under secretary said.", "We are", "John Smith"),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), UNDER + UNDER_STAYS)
def test_under_before_a_name_is_no_office(text: str, opening: str, speaker: str) -> None:
    assert speaker_of(text, opening) == speaker


# somebody unnamed written after a quotation, before the speech verb (“…,” one visitor
# said): nobody speaks there, and the next “he said” is not the last name the article wrote
# before them (a painter the narration listed)
_PAINTERS = ("The screen turns photos into paintings in the style of Pierre Renoir or "
             "Gustav Klimt.\n\n")
UNNAMED_AFTER = [
    (_PAINTERS + "\u201cI think I have mastered this,\u201d one visitor said as she showed "
     "the photos.\n\nAt a table, a resident in his late 60s played Go. \u201cI like how "
     "there is a variety of options here,\u201d he said.", "I like", ""),  # (was Klimt)
    (_PAINTERS + "\u201cI come here every day,\u201d a retired teacher said.\n\n\u201cThis "
     "robot answers what I ask,\u201d he explained.", "This robot", ""),
    (_PAINTERS + "\"I think I have mastered this,\" one visitor said.\n\n\"I like how there "
     "is a variety of options here,\" he said.", "I like", ""),
]
# … unless the narration makes a named person the subject after them: the pronoun is theirs
# (“In a press conference, Mr Netanyahu defied …” … “…,” he said.): these read so before,
# and the unnamed speakers found after a quotation must not take them
SUBJECT_SINCE = [
    ("Ben Affleck left rehab in March.\n\n\u201cHe is doing well,\u201d a source told People."
     "\n\nOn Tuesday, Affleck thanked his family. \u201cI have completed treatment,\u201d he "
     "wrote.", "I have", "Ben Affleck"),
    ("\u201cWe will win,\u201d Benjamin Netanyahu said on Monday.\n\n\u201cI don't agree,"
     "\u201d one visitor at "
     "a cafe told me.\n\nIn a live press conference, Mr Netanyahu defied his critics. "
     "\u201cThese murderers executed six of our hostages,\u201d he said.", "These murderers",
     "Benjamin Netanyahu"),
]
UNNAMED_AFTER_STAYS = [
    (_PAINTERS + "\u201cI think I have mastered this,\u201d one visitor said.", "I think", ""),
    (_PAINTERS + "\u201cI think I have mastered this,\u201d one visitor said.\n\nJohn Smith, "
     "who runs the centre, watched them. \u201cThey really enjoy it,\u201d he said.",
     "They really", "John Smith"),
    ("John Smith runs the centre.\n\n\u201cThey really enjoy it,\u201d he said.",
     "They really", "John Smith"),
    ("John Smith runs the centre.\n\n\u201cThey really enjoy it,\u201d Smith said, a "
     "visitor beside him.", "They really", "John Smith"),
]


@pytest.mark.parametrize(("text", "opening", "speaker"),
                         UNNAMED_AFTER + SUBJECT_SINCE + UNNAMED_AFTER_STAYS)
def test_somebody_unnamed_after_a_quotation_takes_the_next_pronoun(
        text: str, opening: str, speaker: str) -> None:
    assert speaker_of(text, opening) == speaker


# a relative pronoun before a speech verb (“an article which said Obama knew …”): the name
# after the verb opens what was said; it is no speaker, and the next “he said” is the one
# the paragraph is about
RELATIVE = [
    ("\u201cI don't care much about an old terrorist,\u201d John McCain said.\n\nMcCain "
     "appeared to be referring to a newspaper article which said Barack Obama knew the "
     "man.\n\n\u201cI think the treatment of the issue would be different,\u201d he said.",
     "I think", "John McCain"),  # (was Barack Obama)
    ("\u201cI don't care much about an old terrorist,\u201d John McCain said.\n\nMcCain "
     "pointed to a report that said Barack Obama met the man.\n\n\u201cI think the treatment "
     "of the issue would be different,\u201d he said.", "I think", "John McCain"),
]
RELATIVE_STAYS = [
    ("The vote was close.\n\n\u201cWe won,\u201d said Barack Obama, who spoke in Chicago.",
     "We won", "Barack Obama"),
    ("The vote was close.\n\n\u201cWe won,\u201d said Barack Obama.", "We won", "Barack Obama"),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), RELATIVE + RELATIVE_STAYS)
def test_a_name_after_which_said_is_no_speaker(text: str, opening: str, speaker: str) -> None:
    assert speaker_of(text, opening) == speaker
