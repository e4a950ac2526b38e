"""A single mark left open must not hide the quotations after it (issue 9, quote recall).

A word written with an apostrophe in front (`'til`, `'em`, `rock 'n roll`, `'cause`) or a
stray single mark opens a single-mark span that nothing closes; paired as the outermost
span to the paragraph's end, it hid every double-mark quotation after it, and in an
article whose paragraph breaks were lost (one paragraph) that was every quotation left.
Such a span gives way to the double marks' quotations; a single mark opening a paragraph
(a quotation going on in the next one) and a single-mark quotation that is closed keep
their readings. (Made-up texts.)"""

from __future__ import annotations

import pytest

from reader.core.quotes.marks import find_quotes
from tests.quote_helpers import quotations

LATER = ("\"We are ready for the final, and the fans know it,\" Vale said. "
         "\"It will be hard for everyone.\"")


@pytest.mark.parametrize("narration", [
    "Fans sang 'til dawn after the win.",
    "The crowd cheered 'em on all night.",
    "The band played rock 'n roll in the square.",
    "Some fans came 'cause of the new coach.",
    "The mayor's 'special guests were late.",  # (a stray mark a page left)
])
def test_an_apostrophe_before_a_word_hides_no_quotation(narration: str) -> None:
    text = f"Tom Vale runs the club. {narration} {LATER}"
    found = [(q.exact, q.speaker) for q in quotations(text)]
    assert found == [("We are ready for the final, and the fans know it", "Tom Vale"),
                     ("It will be hard for everyone.", "Tom Vale")]


def test_one_paragraph_article_keeps_all_its_quotations() -> None:
    text = ("Tom Vale runs the club. \"The first match was easy,\" Vale said. Fans sang 'til "
            "dawn. Ann Kerr, the captain, was calm. \"We will see on Sunday,\" Kerr said. "
            "\"The cup is the only thing that counts for us this year.\"")
    assert [(q.exact, q.speaker) for q in quotations(text)] == [
        ("The first match was easy", "Tom Vale"),
        ("We will see on Sunday", "Ann Kerr"),
        ("The cup is the only thing that counts for us this year.", "Ann Kerr")]


def test_guard_a_closed_single_mark_quotation_stays() -> None:
    text = ("Tom Vale runs the club. He called the match 'the hardest game of the whole "
            "season' after the whistle. \"It will be hard for everyone,\" Vale said.")
    spans = [text[s.start:s.end] for s in find_quotes(text)]
    assert spans == ["the hardest game of the whole season", "It will be hard for everyone"]


def test_guard_a_single_mark_opening_a_paragraph_goes_on() -> None:
    text = ("Tom Vale spoke after the match.\n\n'We played well and the fans were with us "
            "from the first minute.\n\n'It will be hard on Sunday,' he said.")
    spans = [(text[s.start:s.end], s.chain >= 0) for s in find_quotes(text)]
    assert spans == [("We played well and the fans were with us from the first minute.", True),
                     ("It will be hard on Sunday", True)]


def test_guard_a_single_mark_left_open_with_no_double_marks_after_it() -> None:
    # (nothing after it to hide: the paragraph's reading is as before)
    text = "Tom Vale runs the club. \"We are ready,\" Vale said. Fans sang 'til dawn."
    assert [text[s.start:s.end] for s in find_quotes(text)] == ["We are ready"]
