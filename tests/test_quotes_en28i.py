"""Whose words a quotation was, said in the sentence right after it (issue 9, en, s28).

Papers open a story with the quotation and name its speaker after it: “…” / So said
former foreign affairs minister Tom Vale on the tragedy at sea …; “…” That was the message
from club chairman Tom Vale at the meeting. With no cue beside the quotation it got nobody.
``engine._said_after`` (English, asked by ``_inherit`` for a quotation nobody is named
for): the sentence right after the closing mark, in its paragraph or opening the next,
opening “So said|says …” or “This|That is|was the <response|message|view|words…> of|from”,
names the speaker. The paragraphs here are made up.
"""

from quote_helpers import speakers


def test_so_said_in_the_next_paragraph() -> None:
    text = ("Ordinary people being put at risk\n\n“It’s a real tragedy. It is beyond the "
            "humanitarian issue and it is at the stage of putting ordinary people at risk.”"
            "\n\nSo said former foreign affairs minister Tom Vale on the tragedy at sea in "
            "which 25 people are feared drowned.\n")
    assert speakers(text) == ["Tom Vale"]


def test_that_was_the_message_from_right_after_it() -> None:
    text = ("The club met on Monday.\n\n“We will not sell the ground to anyone.” That was the "
            "message from club chairman Tom Vale at the meeting.\n")
    assert speakers(text) == ["Tom Vale"]


# guards: nobody named after it, and a quotation a cue already names


def test_unnamed_authors_or_residents_name_nobody() -> None:
    authors = ("The club met on Monday.\n\n“We will not sell the ground to anyone.” So said "
               "the report's authors.\n")
    residents = ("The club met on Monday.\n\n“We will not sell the ground to anyone.” That was "
                 "the view of many residents.\n")
    assert speakers(authors) == [""]
    assert speakers(residents) == [""]


def test_a_cued_quotation_keeps_its_cue() -> None:
    text = ("The club met on Monday.\n\n“We will not sell the ground to anyone,” Ana Ruiz said."
            " That was the message from club chairman Tom Vale too.\n")
    assert speakers(text) == ["Ana Ruiz"]
