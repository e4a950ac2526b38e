"""Speakers in English news (issue 9, session 33): a name of four words after an office
(“Deputy Minister Nguyen Thi Bich Ngoc”, “Minister Dinh Thi Quynh Van”), the person
later called by its last word (“Ngoc said”), was cut to its last two words (“Bich Ngoc”):
the cut is for a trade's or a firm's words run into the name, which the article writes
elsewhere too (“Veteran Wall Streeter Ann Cole” beside “the Wall Street Journal”), and
in English it now asks for such a word, in no other person's name. Made-up sentences;
the guards keep the nearby shapes."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

SAID = "“We will review every contract signed last year and publish the results,” "


@pytest.mark.parametrize(
    ("intro", "cue", "expected"),
    [
        ("Deputy Minister Nguyen Thi Bich Ngoc met the envoys on Monday.", "Ngoc said.",
         "Nguyen Thi Bich Ngoc"),
        ("Minister Dinh Thi Quynh Van opened the forum in Hanoi.", "Van said.",
         "Dinh Thi Quynh Van"),
        ("Foreign Minister Pham Thi Thanh Tra met the envoys on Monday.", "Tra told them.",
         "Pham Thi Thanh Tra"),
        ("Governor Maria Leonor Gerona Robredo opened the forum.", "Robredo said.",
         "Maria Leonor Gerona Robredo"),
        # another Vietnamese name shares the middle words: still one name of four words
        ("Deputy Minister Nguyen Thi Bich Ngoc met the envoys. Nguyen Thi Nga, a trader, "
         "was there.", "Ngoc said.", "Nguyen Thi Bich Ngoc"),
    ],
)
def test_four_word_name_after_an_office_stays_whole(intro: str, cue: str,
                                                    expected: str) -> None:
    assert speakers(f"{intro} The talks ran late.\n\n{SAID}{cue}") == [expected]


@pytest.mark.parametrize(
    ("intro", "cue", "expected"),
    [
        # a trade's words the article writes elsewhere: cut before the name
        ("Veteran Wall Streeter Ann Cole has three tips. She worked at the Wall Street "
         "Journal.", "Cole said.", "Ann Cole"),
        # the other Vietnamese person keeps her own name
        ("Deputy Minister Nguyen Thi Bich Ngoc met the envoys. Nguyen Thi Nga, a trader, "
         "was there.", "Nga said.", "Nguyen Thi Nga"),
        # three words: never cut
        ("Minister Tran Quoc Phuong met the envoys on Monday.", "Phuong said.",
         "Tran Quoc Phuong"),
    ],
)
def test_guards(intro: str, cue: str, expected: str) -> None:
    assert speakers(f"{intro} The talks ran late.\n\n{SAID}{cue}") == [expected]
