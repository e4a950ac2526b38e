"""Who said it, English classes of round 179 (issue 9, session 24, en2): a body or a
place's word given as the speaker in wire copy.

Round 179 (Reuters wire copy of 1987) showed these classes; the sentences here are made
up, each in the shape of one class, not the round's text:

- an analyst introduced by the body they work for, with the office in lower case and no
  article before it (“…,” Peter Lund, economist at securities house Halvard Brothers Ltd
  said.): the body took the quotation, and the quotation after it;
- a body's possessive before a surname (“…,” said Halvard Brothers' Lund.): the body, not
  the person (“MSNBC’s Ari Melber” was already read right);
- an office held “of the” a body before its holder (“said Chancellor of the Exchequer Tom
  Hale”): the body's word was glued to the name (“Exchequer Tom Hale”). Only after the
  verb: the same reading in the cast and before the verb (“Chancellor of the Exchequer Tom
  Hale said”, “… after Chancellor of the Exchequer Tom Hale spoke”) was tried and dropped
  (session 24: a never-tuned set lost two speakers and unmarked precision with it).

``STAYS`` are neighbouring patterns that must keep their speaker.
"""

import pytest
from quote_helpers import speaker_of

_OPENING = "OSLO, May 4 - Nordic shares fell for a third day.\n\n"

FIXED = [
    # the office in lower case after the apposition's comma, then “at” and the body (it
    # gave Halvard Brothers, marked unsure, from the sentence's body)
    (_OPENING + "\u201cThe market is tired of waiting,\u201d Peter Lund, economist at "
     "securities house Halvard Brothers Ltd said.", "The market is tired", "Peter Lund"),
    (_OPENING + "\u201cBuyers will come back in spring,\u201d Mira Sand, chief analyst with "
     "merchant bank Dahl Kapital said.", "Buyers will come back", "Mira Sand"),
    # a body's possessive before the surname (it gave Halvard Brothers)
    (_OPENING + "Peter Lund expects a rebound.\n\n\u201cIt is still too early to buy,\u201d "
     "said Halvard Brothers' Lund.", "It is still too early", "Peter Lund"),
    (_OPENING + "Peter Lund expects a rebound.\n\n\u201cIt is still too early to buy,\u201d "
     "said Halvard Brothers\u2019 Lund.", "It is still too early", "Peter Lund"),
    # the quotation after both: the short name joins the person, not the body
    (_OPENING + "\u201cThe market is tired of waiting,\u201d Peter Lund, economist at "
     "securities house Halvard Brothers Ltd said.\n\n\u201cIt is still too early to "
     "buy,\u201d said Halvard Brothers' Lund.", "It is still too early", "Peter Lund"),
    # an office “of the” a body before its holder, after the verb (it gave “Exchequer Tom
    # Hale”)
    ("LONDON, May 4 - Sterling rose.\n\n\u201cThe wrong figure was reported,\u201d said "
     "Chancellor of the Exchequer Tom Hale.", "The wrong figure", "Tom Hale"),
    ("LONDON, May 4 - Sterling rose.\n\n\u201cThe wrong figure was reported,\u201d said "
     "Governor of the Bank of England Tom Hale.", "The wrong figure", "Tom Hale"),
]

STAYS = [
    # an office “of the” a body that the engine knows as a portfolio: already read right
    ("WASHINGTON, May 4 - Oil fell.\n\n\u201cWe will not fix prices,\u201d Secretary of the "
     "Interior Dora Quill told a hearing.", "We will not fix", "Dora Quill"),
    # an article before the office: already read right
    (_OPENING + "\u201cThe market is tired of waiting,\u201d Peter Lund, an economist at "
     "Halvard Brothers, said.", "The market is tired", "Peter Lund"),
    # the name after “said”, the body after the comma
    (_OPENING + "\u201cThe market is tired of waiting,\u201d said Peter Lund, economist at "
     "Halvard Brothers.", "The market is tired", "Peter Lund"),
    # a person “of” a body
    (_OPENING + "\u201cPrices will firm again within weeks,\u201d Anna Berg of Norden "
     "Kapital said.", "Prices will firm", "Anna Berg"),
    # a body speaking on its own stays the body
    (_OPENING + "\u201cWe see no reason to sell,\u201d Halvard Brothers Ltd said in a "
     "note to clients.", "We see no reason", "Halvard Brothers Ltd"),
    # an office “of” a portfolio, no “the”
    ("LONDON, May 4 - Sterling rose.\n\n\u201cThe wrong figure was reported,\u201d "
     "Minister of Finance Tom Hale said.", "The wrong figure", "Tom Hale"),
    ("LONDON, May 4 - Sterling rose.\n\n\u201cThe wrong figure was reported,\u201d said "
     "Secretary of State Tom Hale.", "The wrong figure", "Tom Hale"),
    # an office “of the” a place, nobody named after it: the office, not a person
    ("LONDON, May 4 - Sterling rose.\n\n\u201cThe wrong figure was reported,\u201d the "
     "Governor of the State said.", "The wrong figure", ""),
    # a quotation that closed its sentence: the name after it opens the next one
    (_OPENING + "Peter Lund said: \u201cIt is a dangerous game and history proves it.\u201d "
     "Mira Sand, head of research at broker Dahl Kapital said the fall was overdone.",
     "It is a dangerous game", "Peter Lund"),
    # a possessive of a person before a role: somebody of his, unnamed
    (_OPENING + "Peter Lund expects a rebound.\n\n\u201cIt is still too early to buy,\u201d "
     "Lund's assistant said.", "It is still too early", ""),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), FIXED + STAYS)
def test_speaker(text: str, opening: str, speaker: str) -> None:
    assert speaker_of(text, opening) == speaker
