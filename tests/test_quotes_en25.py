"""Who said it, English, session 25 (issue 9, the lead): the biggest class of English errors
in dev and in the never-tuned sets alike is a speaker named in the quotation's own sentence
with nothing the engine reads as its cue ("named->nobody:sentence:uncued": 43 in dev, 49 in
the never-tuned sets, counted by tools/error_kinds.py). One shape of it: the quotation after
a reporting verb's participle other than the nine known ("…, stating, ‘…’", "…,
declaring, ‘…’"), whose speaker is the one before the participle or the sentence's subject,
a person or a body. Another: the quotation "read" from a statement or a post and its owner
("…," reads a post from Ann Leeds's Facebook account. / "…," read a statement from Acme. /
"…," reads a statement from her X profile.). A third: a government, a ministry or an embassy
"of" a country ("…," the government of India said. / a statement from the embassy of Japan
said.), the body as the text names it. A fourth: the one just told of, called by their
children ("…," says the mother of four. / the father-of-two said.), as "the 35-year-old" is.
A fifth: a person's words named right before the quotation ("… to check Tom Vale's statement
that "…"", "Tom Vale's remarks: "…""). A sixth: a firm whose name opens with a digit
before a role and a name, or alone ("…," 5G Networks managing director Joe Demase said. /
"…," 3M said.). The sentences are made up.

Not taken as such a cue: participles whose quotation is often somebody else's words
(recalling a saying, answering or asking a question put, posting a caption).
"""

import pytest
from quote_helpers import speaker_of

_BEFORE = "The city council met on Monday to vote on the budget.\n\n"

FIXED = [
    (_BEFORE + "Governor Jan Brewer came out against the bill, stating, \u201cWe have heard "
     "loud and clear from our stakeholders.\u201d", "We have heard", "Jan Brewer"),
    (_BEFORE + "Mayor Tom Vale ended the meeting early, declaring, \u201cThis council has "
     "done its work.\u201d", "This council", "Tom Vale"),
    (_BEFORE + "Treasurer Ian Moss defended the cuts, emphasizing, \u201cEvery ward gives "
     "up something.\u201d", "Every ward", "Ian Moss"),
    (_BEFORE + "Mayor Tom Vale later gave way, conceding, \u201cWe did not count the "
     "libraries.\u201d", "We did not count", "Tom Vale"),
    # a body as the subject
    (_BEFORE + "The Harbour Residents Association came out against the plan, stating, "
     "\u201cNobody asked the people who live here.\u201d", "Nobody asked",
     "The Harbour Residents Association"),
]

_LEEDS = "The talks ended on Friday without a deal. Senator Ann Leeds spoke first.\n\n"
_PLAIN = "The talks ended on Friday without a deal.\n\n"
FIXED += [
    (_LEEDS + "\u201cWe have made our position clear,\u201d reads a post from party secretary "
     "general Tom Hale\u2019s verified X account.", "We have made", "Tom Hale"),
    (_PLAIN + "\u201cWe have made our position clear,\u201d read a statement from Ann Leeds.",
     "We have made", "Ann Leeds"),
    (_PLAIN + "\u201cWe have made our position clear,\u201d read a statement from Microsoft.",
     "We have made", "Microsoft"),
    (_PLAIN + "Mayor Tom Vale was in Rome.\n\n\u201cHe sends his condolences to the family,"
     "\u201d reads a statement from his X profile.", "He sends", "Tom Vale"),
]

_MINISTER = "The talks ended on Friday without a deal. Minister Ann Leeds spoke first.\n\n"
FIXED += [
    (_MINISTER + "\u201cOur imports are based on market factors,\u201d a statement from the "
     "government of India said.", "Our imports", "Government of India"),
    (_MINISTER + "\u201cOur imports are based on market factors,\u201d the embassy of the "
     "United States said on Friday.", "Our imports", "Embassy of the United States"),
]

_AMINA = ("Lights went up on the market road last year.\n\nAccording to Amina Salum, 34, "
          "business has grown since then. ")
FIXED += [
    (_AMINA + "\u201cWe feel safe where there is light,\u201d says the mother of four who "
     "sells food near the terminal.", "We feel safe", "Amina Salum"),
    (_AMINA + "\u201cWe feel safe where there is light,\u201d said the mother-of-four.",
     "We feel safe", "Amina Salum"),
    ("Tom Vale, 41, lost his job in March. \u201cWe feel safe,\u201d said the father of two.",
     "We feel safe", "Tom Vale"),
]

_JUNE = "The vote was set for June.\n\n"
FIXED += [
    (_JUNE + "So we decided to check Tom Vale's statement that \"the rich pay taxes at a "
     "rate of 15 percent.\"", "the rich pay", "Tom Vale"),
    (_JUNE + "Critics seized on Senator Ann Leeds\u2019s claim that \u201cnobody lost a job "
     "because of the plan.\u201d", "nobody lost", "Ann Leeds"),
]

_PRICES = "Prices rose again.\n\n"
FIXED += [
    (_PRICES + "\u201cWe are really excited to be here,\u201d 5G Networks managing director "
     "Joe Demase said.", "We are really", "Joe Demase"),
    (_PRICES + "\u201cWe are really excited to be here,\u201d 3M Australia chief executive "
     "Joe Demase said.", "We are really", "Joe Demase"),
    (_PRICES + "\u201cWe are really excited to be here,\u201d 3M said in a statement.",
     "We are really", "3M"),
]

STAYS = [
    # a partial quotation after "asserting that" had its speaker before (another rule)
    (_BEFORE + "Councillor Ruth Amos voted against it, asserting that \u201cthe numbers do "
     "not add up.\u201d", "the numbers", "Ruth Amos"),
    # the participles known before keep their speaker
    (_BEFORE + "Mayor Tom Vale ended the meeting early, saying, \u201cThis council has done "
     "its work.\u201d", "This council", "Tom Vale"),
    (_BEFORE + "Mayor Tom Vale quit on Monday, telling supporters, \u201cI could not see a "
     "path.\u201d", "I could not see", "Tom Vale"),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), FIXED + STAYS)
def test_speaker(text: str, opening: str, speaker: str) -> None:
    assert speaker_of(text, opening) == speaker


def test_a_body_that_decides_is_not_taken_as_speaking() -> None:
    text = (_MINISTER + "\u201cOur imports are based on market factors,\u201d the government "
            "of India decided.")
    assert speaker_of(text, "Our imports") != "Government of India"


# Session 25, helper en (issue 9, "named->nobody:far:uncued"): a second quotation joined to
# the first by a conjunction alone, in one sentence ("…, the engineer replies, "… is high"
# but "we don't pay after that.""). A full stop inside the first quotation hid the sentence
# they share, so the second found no cue and nobody near. It is the first one's speaker's.
# The sentences are made up.
_BRIDGE = ("The council's engineer Maria Okafor says the town agreed to build a new "
           "bridge.\n")

JOINED = [
    (_BRIDGE + "Asked why the council spent so much, the engineer replies, \u201cYes, it is "
     "costly. The first cost is high\u201d but \u201cwe will not pay for repairs for twenty "
     "years.\u201d\nWork starts in May.\n", "we will not pay", "Maria Okafor"),
    (_BRIDGE + "Mayor Tom Vale told the meeting, \u201cThe road stays shut. We know it "
     "hurts\u201d and \u201cthe bridge opens in May, not before.\u201d\nWork starts in May.\n",
     "the bridge opens", "Tom Vale"),
    (_BRIDGE + "Okafor wrote in her report: \u201cThe steel is good. It lasts\u201d yet "
     "\u201cit will need paint every year.\u201d\nWork starts in May.\n", "it will need",
     "Maria Okafor"),
]

JOINED_STAYS = [
    # (right before the rule too: the cue after the first quotation already carried on)
    (_BRIDGE + "\u201cThe road stays shut. We know it hurts,\u201d said Mayor Tom Vale, "
     "\u201cbut nobody will lose a shop\u201d or \u201cpay a penny more for parking there.\u201d"
     "\nWork starts in May.\n", "pay a penny", "Tom Vale"),
    # the first quotation's speaker is unnamed: the second is nobody's named either
    (_BRIDGE + "A resident told the meeting, \u201cThe road stays shut. We know it "
     "hurts\u201d and \u201cthe bridge opens in May, not before.\u201d\nWork starts in May.\n",
     "the bridge opens", ""),
    # a cue of its own between them keeps its own speaker
    (_BRIDGE + "\u201cThe road stays shut. It hurts,\u201d Mayor Tom Vale said, but "
     "\u201cthe bridge opens in May,\u201d Maria Okafor replied.\nWork starts in May.\n",
     "the bridge opens", "Maria Okafor"),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), JOINED + JOINED_STAYS)
def test_joined_quotation(text: str, opening: str, speaker: str) -> None:
    assert speaker_of(text, opening) == speaker


# Session 25, helper en: reported speech "According to her, …" (or him) before an uncued
# quotation is a speaker for it, as "She said that …" is: who the pronoun is. The
# quotation has no cue, and the last cue is a paragraph further up. Made up.
_RUNWAY = ("Actress Lena Cole walked the runway on Thursday in a traditional outfit.\n"
           "\u201cI felt wonderful wearing it,\u201d said the actress.\n"
           "The collection uses handloom silk from Bengal and took two years to make.\n")

ACCORDING_TO = [
    (_RUNWAY + "According to her, every girl looks up to her mother.\n\u201cAll of my life, "
     "I remember looking up to my mother. She was calm.\u201d\nThe show ran late.\n",
     "All of my life", "Lena Cole"),
    # a scraper's glue: the quotation right after the sentence's full stop
    (_RUNWAY + "According to her, every girl looks up to her mother.\u201cAll of my life, I "
     "remember looking up to my mother. She was calm.\u201d\nThe show ran late.\n",
     "All of my life", "Lena Cole"),
    (_RUNWAY.replace("Actress Lena Cole", "Actor Ravi Menon").replace("actress", "actor")
     + "According to him, every boy looks up to his father.\n\u201cAll of my life, I remember "
     "looking up to my father. He was calm.\u201d\nThe show ran late.\n",
     "All of my life", "Ravi Menon"),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), ACCORDING_TO)
def test_according_to_a_pronoun(text: str, opening: str, speaker: str) -> None:
    assert speaker_of(text, opening) == speaker
