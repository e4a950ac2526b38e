"""Speakers in English news (issue 9, session 32): a bare post after a quotation (“the
governor said”, “the spokesman said”, “the prosecutor said”) in a story whose one named
person the article never ties to that post is somebody unnamed, not that person (it went
to them as “the one the story is about”). Made-up sentences; the guards keep a post the
article does tie to them (a title in the cast, or the post's word beside a mention of
them) and an epithet that is no post (“the actor said”)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

SAID = "“We will review every contract signed last year and publish the results,” "


@pytest.mark.parametrize(
    ("lead", "cue"),
    [
        ("Tom Vale runs a bakery on Main Street. ", "the governor said."),
        ("Tom Vale runs a bakery on Main Street. ", "the regional governor said."),
        ("Tom Vale runs a bakery on Main Street. ", "the mayor said."),
        ("Ann Kerr lost her home in the flood. ", "the minister said."),
        ("Ann Kerr lost her home in the flood. ", "the prosecutor said."),
        ("Ann Kerr lost her home in the flood.\n\n", "the spokeswoman added."),
        ("Tom Vale, a local farmer, watched the barn burn. ", "the spokesman said."),
        ("Tom Vale, a local farmer, watched the barn burn. ", "the official said."),
    ],
)
def test_untied_post_is_nobody(lead: str, cue: str) -> None:
    assert speakers(lead + SAID + cue) == [""]


@pytest.mark.parametrize(
    ("lead", "cue", "expected"),
    [
        ("Governor Ann Kerr toured the flooded towns on Monday. ", "the governor said.",
         "Ann Kerr"),
        ("Tom Vale, who has been mayor since 2019, opened the depot. ", "the mayor said.",
         "Tom Vale"),
        ("Tom Vale was sworn in as governor in January. He toured the towns on Monday.\n\n",
         "the governor said.", "Tom Vale"),
        ("Tom Vale runs the county jail as its sheriff. ", "the sheriff said.", "Tom Vale"),
        ("Tom Vale opened the new theatre on Monday. ", "the actor said.", "Tom Vale"),
        ("Tom Vale runs a bakery on Main Street. ", "Vale said.", "Tom Vale"),
    ],
)
def test_tied_post_or_epithet_keeps_the_person(lead: str, cue: str, expected: str) -> None:
    assert speakers(lead + SAID + cue) == [expected]


# a spokesman speaks for an office holder; he is not the holder (“Governor Ann Kerr …”
# “…,” the spokesman said.), unless the holder's office is one that speaks for a
# government (a minister, a secretary: tests/test_quotes_round80.py)
@pytest.mark.parametrize(
    ("lead", "cue", "expected"),
    [
        ("Governor Ann Kerr toured the flooded towns on Monday. ", "the spokesman said.", ""),
        ("Mayor Tom Vale opened the depot on Monday. ", "the spokeswoman added.", ""),
        ("Acme chief executive Tom Vale spoke on Monday. ", "the spokesperson said.", ""),
        ("Communications Minister Ann Kerr spoke on Monday. ", "the spokeswoman said.",
         "Ann Kerr"),
        ("Ann Kerr, the council's spokeswoman, spoke on Monday. ", "the spokeswoman said.",
         "Ann Kerr"),
    ],
)
def test_spokesman_is_not_the_holder(lead: str, cue: str, expected: str) -> None:
    assert speakers(lead + SAID + cue) == [expected]
