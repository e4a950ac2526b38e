"""Speakers in English news (issue 9, session 33): a quotation right after a sentence
whose subject is a body named in full and whose verb reports its words (“The Lagos
Transport Authority said the review would take a year. “…””, “In a post on Facebook, the
BNP said …”) gave nobody, while “Microsoft said …” already gave Microsoft. Now such a body
is a guess for the quotation (``_narrated_before``), marked: check the speaker. Made-up
sentences; the guards keep nobody where the body does not speak, where the sentence's
subject is lower-case (a document, “the report”), and a person's cue wins."""

from __future__ import annotations

import pytest

from tests.quote_helpers import quotations

QUOTE = "“We will review every contract signed last year and publish the results.”"
LEAD = "Critics have questioned the spending of several agencies in Lagos for months.\n\n"


def _only(text: str) -> tuple[str, bool]:
    [q] = quotations(text)
    return q.speaker, q.speaker_unsure


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("The Lagos Transport Authority said the review would take a year.",
         "Lagos Transport Authority"),
        ("In a statement on its website, the BRT said the audit began in May.", "BRT"),
        ("On Monday, the Federal Roads Agency insisted that no funds were missing.",
         "Federal Roads Agency"),
    ],
)
def test_body_reports_before_quotation(sentence: str, who: str) -> None:
    assert _only(LEAD + sentence + " " + QUOTE) == (who, True)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Lagos Transport Authority has faced criticism for months.",  # no speech verb
        "The report said the review would take a year.",  # a document
        "Residents of the Lagos Island district said the review was overdue.",  # people
    ],
)
def test_no_body_speaks(sentence: str) -> None:
    assert _only(LEAD + sentence + " " + QUOTE)[0] == ""


def test_cue_after_wins() -> None:
    text = (LEAD + "The Lagos Transport Authority said the review would take a year. "
            "“We will publish every contract,” said Ann Lee, its chair.")
    assert _only(text)[0] == "Ann Lee"
