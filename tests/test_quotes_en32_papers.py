"""Speakers in English news (issue 9, session 32): a paper quoted after the quotation with
an inverted verb (“…,” said a statement from the ministry. / “…,” read the statement.) or
with a verb that only quotes papers (“…,” the complaint alleges. / “…,” the notice
read.) was no cue, so the quotation went to the person who spoke before. Now a paper is
nobody (documents are null), the body named after “from” where there is one, and the
statement's owner where the sentences before tell it. Made-up sentences; the guards keep
the shapes read before."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

BEFORE = ("Tom Vale said the plan was flawed. “The cuts will hurt the poorest families "
          "first and hardest,” he said.\n\n")
SAID = "“We will review every contract signed last year and publish the results,” "


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("said a statement from the ministry.", ""),
        ("said a statement from the regional council.", ""),
        ("says the lawsuit, filed on Monday.", ""),
        ("the complaint alleges.", ""),
        ("the notice read.", ""),
        ("said a statement from Acme Corp.", "Acme Corp"),
        ("said a statement from the Ministry of Health.", "Ministry of Health"),
    ],
)
def test_paper_after_the_quotation(cue: str, expected: str) -> None:
    assert speakers(BEFORE + SAID + cue) == ["Tom Vale", expected]


def test_read_the_statement_is_its_owner() -> None:
    text = (BEFORE + "Acme Corp said in a statement on Monday that it would look again.\n\n"
            + SAID + "read the statement.")
    assert speakers(text) == ["Tom Vale", "Acme Corp"]


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("said a statement from Tom Vale.", "Tom Vale"),
        ("the statement said.", ""),
        ("the letter said.", ""),
        ("said the lawyer.", ""),
        ("he said.", "Tom Vale"),
        ("a statement from Acme Corp said.", "Acme Corp"),
    ],
)
def test_guards(cue: str, expected: str) -> None:
    assert speakers(BEFORE + SAID + cue) == ["Tom Vale", expected]
