"""Speakers in English news (issue 9, session 33): “According to X, …” opening the sentence
after a quotation that a full stop closed (““… last year.” According to the audit office,
the agency overspent.”) was read as the quotation's cue: nobody for a body or a document,
and the wrong person for a name. It cites the source of its own sentence; the quotation
now goes on as if no cue followed it (here: the speaker of the paragraph). Made-up
sentences; the guards keep “…,” according to X. and a source that ends its sentence."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

LEAD = ("Tom Vale runs the transport agency in Leeds. “Costs have doubled since 2019,” "
        "Vale said. “We will review every contract signed last year.”")


@pytest.mark.parametrize(
    "after",
    [
        " According to the audit office, the agency overspent by £4m.",
        " According to official figures, spending rose by a third.",
        " According to Ann Lee, who chairs the audit committee, the review is overdue.",
        "\n\nAccording to the audit office, the agency overspent by £4m.",
    ],
)
def test_according_opens_the_next_sentence(after: str) -> None:
    assert speakers(LEAD + after) == ["Tom Vale", "Tom Vale"]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (LEAD[:-2] + ",” according to the audit office.", ""),
        (LEAD[:-2] + ",” according to Ann Lee, who chairs the audit committee.", "Ann Lee"),
    ],
)
def test_according_as_the_quotations_cue(text: str, second: str) -> None:
    assert speakers(text) == ["Tom Vale", second]
