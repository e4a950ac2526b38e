"""A body, or an office held of something named by a possessive, after a quotation (issue 9,
session 32): “…,” the state's health department said. / the country's foreign ministry said /
the team's coach said / the paper's editor said gave the one person of a story who holds no
such office (“Tom Vale runs the agency.”): the fallback of a definite role to the last one who
spoke. A body is nobody's person, and an owned office is somebody the cast gave it. Made-up
sentences; the guards keep the office's holder."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

SAID = "“We will review every contract signed last year and publish the results,” "


@pytest.mark.parametrize("cue", [
    "the state's health department said.", "the state’s health department said.",
    "the country's foreign ministry said.", "the state's attorney general said.",
    "the state health department said.", "the paper's editor said.", "the team's coach said.",
])
def test_nobody_the_story_names(cue: str) -> None:
    assert speakers("Tom Vale runs the agency. " + SAID + cue) == [""]


@pytest.mark.parametrize(("lead", "cue"), [
    ("Tom Vale, the team's coach, spoke after the match. ", "the team's coach said."),
    ("Tom Vale, the coach, spoke after the match. ", "the team's coach said."),
    ("Tom Vale, the paper's editor, spoke on Monday. ", "the editor said."),
    ("Tom Vale runs the agency. ", "the agency's director said."),
])
def test_the_holder_the_story_names(lead: str, cue: str) -> None:
    assert speakers(lead + SAID + cue) == ["Tom Vale"]
