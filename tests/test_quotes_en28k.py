"""A Hindu priest's title is no part of his name (issue 9, en, s28).

Trinidad's and India's papers title a Hindu priest “Pundit” or “Pandit” before his name
(“said Pundit Khemraj Vyas”), as they write “Alhaji” or “Sir”; the title was read as his
first name (“Pundit Khemraj Vyas”), where the fullest name the article gives is
“Khemraj Vyas”. ``lexicon.NOT_NAME_WORDS`` and ``HONORIFICS`` add “pundit” and “pandit”.
The paragraphs here are made up.
"""

from quote_helpers import speakers


def test_the_title_before_the_name_is_dropped() -> None:
    after = ("The festival ended on Monday.\n\n“These murtis are made from clay,” said Pundit "
             "Khemraj Vyas.\n")
    before = ("The festival ended on Monday.\n\nPandit Ravi Dass said: “These murtis are made "
              "from clay.”\n")
    assert speakers(after) == ["Khemraj Vyas"]
    assert speakers(before) == ["Ravi Dass"]


# guard: a pundit unnamed is nobody


def test_an_unnamed_pundit_is_nobody() -> None:
    text = ("The festival ended on Monday.\n\n“These murtis are made from clay,” a television "
            "pundit said.\n")
    assert speakers(text) == [""]
