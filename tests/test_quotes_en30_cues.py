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


# A name, then a few words saying where, when or in what (“at a press conference”, “on
# Monday”, “in her study”), then the verb and the quotation: the name was not read past
# the aside (the speaker came from an earlier quotation, or nobody).
_VOTE = ("The vote was held on Friday.\n\nTom Reed, a lawyer, said the count was fair. "
         "\u201cThe count was done well,\u201d Reed said.\n\n")
_SAID = " \u201cWe will keep working on this until it is done.\u201d"


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("Ann Kerr at a press conference said,", "Ann Kerr"),
        ("Ann Kerr on Monday said,", "Ann Kerr"),
        ("Ann Kerr in a Facebook post wrote,", "Ann Kerr"),
        ("Ann Kerr in a statement on Monday said,", "Ann Kerr"),
        ("Political scientist Ann Kerr in her study argues,", "Ann Kerr"),
        ("A leading businesswoman, Ann Kerr, recently in a public programme said,",
         "Ann Kerr"),
    ],
)
def test_a_name_an_aside_then_the_verb(cue: str, expected: str) -> None:
    assert speaker_of(_VOTE + cue + _SAID, "We will") == expected


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("Ann Kerr in a statement said,", "Ann Kerr"),
        ("People at the rally said,", "Tom Reed"),
        ("Critics of Ann Kerr in the council said,", ""),
        ("A woman in Maple Grove said,", ""),
        ("In Maple Grove on Monday, Ann Kerr said,", "Ann Kerr"),
    ],
)
def test_guard_no_name_before_the_aside(cue: str, expected: str) -> None:
    assert speaker_of(_VOTE + cue + _SAID, "We will") == expected


# … and the same aside when the verb follows the quotation: nobody before.
@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("Ann Kerr at a press conference said.", "Ann Kerr"),
        ("Ann Kerr in a statement said.", "Ann Kerr"),
        ("Ann Kerr on Monday told reporters.", "Ann Kerr"),
        ("Ann Kerr at a rally on Monday said.", "Ann Kerr"),
    ],
)
def test_the_aside_after_the_quotation(cue: str, expected: str) -> None:
    assert speaker_of(_REVENUE + cue, "Revenue") == expected


def test_guard_a_new_sentence_after_the_quotation() -> None:
    text = ("The board met on Tuesday. \u201cRevenue fell by a tenth this year.\u201d Ann "
            "Kerr at a rally on Monday said the count was wrong.")
    assert speaker_of(text, "Revenue") == ""


# A name, an apposition opened by an office without an article (“director of exhibits at
# Maple College”), then the town after its own comma, then the verb: the town came out
# as the speaker ('Fayetteville'). With an article (“a professor at …, Berkeley,”) it
# was read right already.
@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("Ann Kerr, director of exhibits at Maple College, Fayetteville, said,", "Ann Kerr"),
        ("Ann Kerr, curator and director of exhibits at the University of Arkansas, "
         "Fayetteville, said,", "Ann Kerr"),
    ],
)
def test_a_town_after_an_apposition(cue: str, expected: str) -> None:
    assert speaker_of(_VOTE + cue + _SAID, "We will") == expected


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("Ann Kerr, a professor at the University of California, Berkeley, said,",
         "Ann Kerr"),
        ("The group's leader, a former teacher at Maple College, Ann Kerr, said,",
         "Ann Kerr"),
        ("The group's leader, a former teacher, Ann Kerr, said,", "Ann Kerr"),
    ],
)
def test_guard_a_name_after_an_apposition(cue: str, expected: str) -> None:
    assert speaker_of(_VOTE + cue + _SAID, "We will") == expected


# A name, an aside of a few words in lower case between commas (“however”, “for her
# part”, “in turn”), the verb, then the quotation: the previous speaker came out.
@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("Ann Kerr, however, said,", "Ann Kerr"),
        ("Ann Kerr, meanwhile, said,", "Ann Kerr"),
        ("Ann Kerr, for her part, said,", "Ann Kerr"),
    ],
)
def test_a_lower_case_aside_after_the_name(cue: str, expected: str) -> None:
    assert speaker_of(_VOTE + cue + _SAID, "We will") == expected


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("Ann Kerr, spokeswoman, said,", "Ann Kerr"),
        ("Ann Kerr, in turn, told reporters,", "Ann Kerr"),
        ("Ann Kerr, who runs the shop, said,", "Ann Kerr"),
        ("The group's leader, a former teacher, Ann Kerr, said,", "Ann Kerr"),
    ],
)
def test_guard_other_asides(cue: str, expected: str) -> None:
    assert speaker_of(_VOTE + cue + _SAID, "We will") == expected
