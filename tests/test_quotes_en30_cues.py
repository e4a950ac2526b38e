"""Speakers in English news (issue 9, session 30): the cue words after a quotation.
Made-up sentences; the guards keep the nearby shapes."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speaker_of

# “…,” X reported, citing …: since c2e9b2ab the one cited speaks (nobody, unnamed); a
# person who reports what figures or a paper say is who speaks, not nobody (a reviewer's
# finding: 'Tom Vale reported to the board, citing figures' gave nobody).
_REVENUE = "The board met on Tuesday. \u201cRevenue fell by a tenth this year,\u201d "


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("Tom Vale reported to the board, citing figures from March.", "Tom Vale"),
        ("Ann Kerr reported, citing a survey of members.", "Ann Kerr"),
    ],
)
def test_a_person_reporting_figures(cue: str, expected: str) -> None:
    assert speaker_of(_REVENUE + cue, "Revenue") == expected


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("Haaretz reported, citing an Israeli military spokeswoman.", ""),
        ("Jane Doe of Axios reported, citing two officials.", ""),
        ("Tom Vale reported, citing unnamed sources.", ""),
        ("Reuters reported, citing data from the ministry.", ""),
        ("Haaretz reported, citing army spokeswoman Tali Ben-Ami.", "Tali Ben-Ami"),
        ("Tom Vale said, citing figures from March.", "Tom Vale"),
    ],
)
def test_guard_an_outlet_or_a_source_cited(cue: str, expected: str) -> None:
    assert speaker_of(_REVENUE + cue, "Revenue") == expected
