"""Speakers in English news (issue 9, session 33): a quotation after a colon that ends a
sentence of narration in the same paragraph (“He was blunt: “…””, “She had one message
for the board: “…””), with no speech verb, gave nobody when the sentence's subject was
“he” or “she”, and only the learned scorer's guess when it was a name; after a paragraph
break the same colon already gave the subject (``_introduced``). Now the narrated
sentence's subject before a colon is taken as before a full stop (``_narrated_before``):
a person named or a pronoun the cast is sure of, marked. Made-up sentences; the guards
keep nobody for a document, a thing or the writer before the colon."""

from __future__ import annotations

import pytest

from tests.quote_helpers import quotations

QUOTE = "“We will review every contract signed last year and publish the results.”"
LEAD = ("Tom Vale has run the transport agency in Leeds since 2019. Critics have "
        "questioned its spending for months.\n\n")
LEAD_F = ("Mary Okafor, the agency's chief executive, met reporters in Lagos on Monday, "
          "a week after the audit office questioned its spending.\n\n")


def _only(text: str) -> tuple[str, bool]:
    [q] = quotations(text)
    return q.speaker, q.speaker_unsure


@pytest.mark.parametrize(
    ("lead", "sentence", "who"),
    [
        (LEAD, "He was blunt:", "Tom Vale"),
        (LEAD_F, "She had one message for the board:", "Mary Okafor"),
        (LEAD, "Asked about the audit on Monday, Vale was in no mood to back down:",
         "Tom Vale"),
        (LEAD_F, "She turned to face the cameras:", "Mary Okafor"),
    ],
)
def test_subject_before_colon(lead: str, sentence: str, who: str) -> None:
    assert _only(lead + sentence + " " + QUOTE) == (who, True)


@pytest.mark.parametrize(
    "sentence",
    [
        "The agency's letter to staff was blunt:",  # a document
        "It has a new motto:",  # a thing
        "I asked about the audit:",  # the writer
        "She was blunt:",  # nobody of her gender in the cast
    ],
)
def test_no_person_before_colon(sentence: str) -> None:
    assert _only(LEAD + sentence + " " + QUOTE)[0] == ""


def test_speech_verb_before_colon_unchanged() -> None:
    assert _only(LEAD + "Vale told the BBC: " + QUOTE) == ("Tom Vale", False)
