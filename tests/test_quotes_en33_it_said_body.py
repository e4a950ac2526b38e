"""Speakers in English news (issue 9, session 33): “…,” it said. after narration that
names a body (“The Ministry of Works denied the claim on Monday. “…,” it said.”) gave
nobody unless the body had been heard speaking (a cue, or a one-word body the cast took
as a speaker). Now “it” with no body heard speaking lately is the body the article named
last outside quotations, in the quotation's paragraph or the one before, marked; a
company's legal form after its name (“Ltd.”) is left out. Made-up sentences; the guards
keep nobody when the body is named further back, when only a person is named, and a body
heard speaking keeps “it”."""

from __future__ import annotations

import pytest

from tests.quote_helpers import quotations

QUOTE = "“We will review every contract signed last year and publish the results,” it said."
LEAD = "Critics have questioned the spending of several agencies for months.\n\n"


def _only(text: str) -> tuple[str, bool]:
    [q] = quotations(text)
    return q.speaker, q.speaker_unsure


@pytest.mark.parametrize(
    ("before", "who"),
    [
        ("The Ministry of Works denied the claim on Monday. ", "Ministry of Works"),
        ("The Ministry of Works denied the claim on Monday.\n\n", "Ministry of Works"),
        ("In a statement, the Lagos Transport Authority denied the claim. The authority "
         "said the post was false. ", "Lagos Transport Authority"),
        ("Harbour Savings Bank Ltd. has rejected the claim as baseless. ",
         "Harbour Savings Bank"),
    ],
)
def test_it_is_the_body_named_before(before: str, who: str) -> None:
    assert _only(LEAD + before + QUOTE) == (who, True)


@pytest.mark.parametrize(
    "before",
    [
        # the body named three paragraphs back
        "The Ministry of Works denied the claim on Monday.\n\nRoads in the north are "
        "worse.\n\nRepairs stalled in May.\n\n",
        "Tom Vale denied the claim on Monday. ",  # a person, no body
    ],
)
def test_no_body_for_it(before: str) -> None:
    assert _only(LEAD + before + QUOTE)[0] == ""


def test_body_heard_speaking_keeps_it() -> None:
    text = (LEAD + "“The audit is late,” the Federal Roads Agency said. The Ministry of "
            "Works has not commented.\n\n" + QUOTE)
    assert [q.speaker for q in quotations(text)] == ["Federal Roads Agency"] * 2
