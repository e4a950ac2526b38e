"""Speakers in English news (issue 9, session 33): a quotation right after a sentence of
narration inside its paragraph, nobody named for it, already went to a person named as
that sentence's subject (“Vale is unrepentant. “…””, marked); the same sentence opening
with “He” or “She” gave nobody, though the same words after a paragraph break gave the
pronoun's person. Now such a sentence gives the one the pronoun points to, when the cast
is sure of them (the last speaker or subject of that gender), marked: check the speaker.
Made-up sentences; the guards keep nobody where the pronoun finds nobody of its gender,
where a clause opens the sentence, where the writer speaks, and where “it” is the
subject."""

from __future__ import annotations

import pytest

from tests.quote_helpers import quotations

QUOTE = "“We will review every contract signed last year and publish the results.”"


def _only(text: str) -> tuple[str, bool]:
    [q] = quotations(text)
    return q.speaker, q.speaker_unsure


@pytest.mark.parametrize(
    ("lead", "sentence", "who"),
    [
        ("Tom Vale has run the transport agency in Leeds since 2019. Critics have "
         "questioned its spending for months.\n\n", "He shrugs off the criticism.", "Tom Vale"),
        ("Mary Okafor, the agency's chief executive, met reporters in Lagos on Monday, "
         "a week after the audit office questioned its spending.\n\n",
         "She is unrepentant.", "Mary Okafor"),
        ("Dr Anil Mehta took over the hospital trust in March. The trust has missed "
         "every waiting-time target since.\n\n",
         "He is in no mood to apologise.", "Anil Mehta"),
        ("Former senator Ruth Calder, 71, now chairs the inquiry.\n\n",
         "She does not mince words.", "Ruth Calder"),
    ],
)
def test_pronoun_subject_before_quotation(lead: str, sentence: str, who: str) -> None:
    assert _only(lead + sentence + " " + QUOTE) == (who, True)


LEAD = ("Tom Vale has run the transport agency in Leeds since 2019. Critics have "
        "questioned its spending for months.\n\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "She shrugs off the criticism.",  # nobody of her gender in the cast
        "I asked about the audit.",  # the writer
        "It has promised change.",  # a thing, not a person
    ],
)
def test_no_person_for_the_pronoun(sentence: str) -> None:
    assert _only(LEAD + sentence + " " + QUOTE)[0] == ""


def test_named_subject_unchanged() -> None:
    assert _only(LEAD + "Vale shrugs off the criticism. " + QUOTE) == ("Tom Vale", True)


def test_speech_verb_after_quotation_wins() -> None:
    text = (LEAD + "Ann Lee chairs the audit committee. He shrugs off the criticism. "
            "“We will publish every contract,” Lee said.")
    assert _only(text)[0] == "Ann Lee"


def test_question_before_is_answered_by_others() -> None:
    text = (LEAD + "She chairs the residents' forum, which Vale also attends. He asked "
            "the tenants what they needed most. “Heating that works and a lift that runs.”")
    assert _only(text)[0] == ""
