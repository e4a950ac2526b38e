"""A head of state's consort's title is an office, not part of a name (issue 9, session 46):
“First Lady Ann Kerr” is Ann Kerr, whom “the First Lady said” then points to; a title
opened by a preposition inside a sentence (“her Beyond Zero initiative”) names a thing,
which no “she said” points to."""

import pytest

from reader.core.quotes import suggest


def _speakers(text):
    return [s.speaker for s in suggest(text) if s.kind == "quote"]


@pytest.mark.parametrize("title", ["First Lady", "First Gentleman"])
def test_the_title_before_a_name_is_the_office(title):
    text = (f"{title} Ann Kerr pledged on Thursday to keep up her charity work.\n\n"
            "“We must embrace ideas and learn from each other, now more than ever,” "
            f"the {title} said.")
    assert _speakers(text) == ["Ann Kerr"]


def test_the_office_named_in_a_body_is_not_the_next_persons():
    text = ("First Lady Ann Kerr pledged on Thursday to keep up her charity work.\n\n"
            "Among the guests was the Chief of Staff in the Office of the First Lady "
            "Mary Wanjiku.\n\n"
            "“Re-commit, with me, to the cause of equality between men and women,” the "
            "First Lady said.")
    assert _speakers(text) == ["Ann Kerr"]


def test_a_quoted_speech_after_the_title_said_names_the_holder():
    text = ("“The journey is long and we are nowhere near its end, not yet,” said First "
            "Lady Ann Kerr.")
    assert _speakers(text) == ["Ann Kerr"]


@pytest.mark.parametrize("preposition", ["Beyond", "Into", "Without", "Across"])
def test_a_capitalised_preposition_opens_a_things_name(preposition):
    text = ("First Lady Ann Kerr spoke at State House on Thursday.\n\n"
            f"The First Lady said her {preposition} Zero campaign will continue its work "
            "for mothers.\n\n"
            "“Covid stole two years of our work. Our resolve is stronger,” she said.")
    assert _speakers(text) == ["Ann Kerr"]


def test_a_title_of_the_peerage_stays_a_name():
    text = ("“The ruling is wrong in law and in fact, and we say so plainly,” Lady Hale "
            "said.\n\n“It was an honour to sing the anthem here tonight,” said Lady Gaga.")
    assert _speakers(text) == ["Lady Hale", "Lady Gaga"]
