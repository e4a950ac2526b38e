"""A name right after a quotation its sentence goes on from is no sentence's first word
(issue 9, en, s27).

The cast drops a common word that opens a sentence from a run of capitals (“Makam Nausan
berjarak …”). A paragraph that opens with a quotation leaves the name after it first among
the paragraph's words outside quotation marks, so in a currency story that writes “the
mark”, “"…," Mark Brett, economist at … said.” lost its given name, and “Brett said” later
found nobody fuller (dev 2518_reuters_en: “Brett” for Mark Brett). After a closing mark
with no full stop, question or exclamation mark inside it the sentence goes on: the name
stays whole. The paragraphs here are made up.
"""

from quote_helpers import speakers

STORY = ("The mark rose against the dollar, and dealers said the mark would hold.\n\n"
         "“Nothing has changed since last week,” Mark Brett, economist at securities house "
         "Kramer de Wit said.\n\n"
         "“The rumours will go on until the vote,” said Kramer de Wit’s Brett.\n\n"
         "“It would be mad to fix the rate now,” Brett said.\n")


def test_a_name_after_a_quotation_keeps_its_first_word() -> None:
    assert speakers(STORY) == ["Mark Brett", "Mark Brett", "Mark Brett"]


def test_a_new_sentence_after_a_quotation_still_drops_a_common_opener() -> None:
    # (the quotation ends its own sentence: “Asked …” opens the next one)
    text = ("Reporters asked the minister about the bridge.\n\n"
            "“We will build it next year.” Asked about the cost, Tom Hale said: “It will "
            "cost less than the old one did.”\n")
    assert "Asked" not in " ".join(speakers(text))
