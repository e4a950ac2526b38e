"""A person named in full only after a preposition (issue 9, session 32): “The court heard the
case of Betty Dukes.” kept no Betty Dukes in the article's cast (a name after “of”, “from”, “in”
reads as a place: “Frank Pallone Jr. of New Jersey”), so “Dukes was defiant. “…”” gave nobody
and “…,” she said. pointed back to her only as a guess. A name that opens with a given name,
has no body's word, and whose last word the article writes alone elsewhere is a person's.
Made-up sentences."""

from __future__ import annotations

import pytest

from reader.core.quotes import suggest
from reader.core.quotes.engine import forget_analyses
from tests.quote_helpers import speakers

QUOTE = ('"Wal-Mart may be a big company and that is no doubt. But they are not big enough '
         'to escape the court."')
LEAD = "The Supreme Court heard the case of Betty Dukes on Tuesday.\n\n"


@pytest.mark.parametrize("before", [
    "Dukes was defiant. ", "Dukes remained upbeat outside the court. ",
    "Dukes, 60, spoke to reporters outside the court. ",
    "Dukes has long argued that the company underpaid women. ",
])
def test_a_narrated_subject_named_in_full_after_of(before: str) -> None:
    assert speakers(LEAD + before + QUOTE) == ["Betty Dukes"]


def test_a_pronoun_points_back_to_her_surely() -> None:
    text = (LEAD.strip() + " Dukes has worked at the store since 1994.\n\n"
            '"Wal-Mart may be a big company and that is no doubt," she said.')
    forget_analyses()
    [quote] = [s for s in suggest(text) if s.kind == "quote"]
    assert quote.speaker == "Betty Dukes" and quote.speaker_confidence >= 0.6


@pytest.mark.parametrize("lead", [
    "The mayor of New York spoke on Tuesday. York was quiet.\n\n",  # no given name
    "The case was filed in Charlotte County on Tuesday. County officials were quiet.\n\n",
    "The case was filed in Charlotte on Tuesday. Dukes was defiant.\n\n",  # no full name
])
def test_places_stay_places(lead: str) -> None:
    assert speakers(lead + QUOTE) == [""]
