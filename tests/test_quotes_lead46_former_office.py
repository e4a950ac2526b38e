"""“the former Prime Minister said”, “the former First Lady said” (issue 9, session 46): a
capitalised office after “the former” is read as that office held before, and points to
its former holder; with only the present holder named, to nobody."""

import pytest

from reader.core.quotes import suggest


def _speakers(text):
    return [s.speaker for s in suggest(text) if s.kind == "quote"]


@pytest.mark.parametrize(("office", "name"), [("First Lady", "Michelle Obama"),
                                              ("Prime Minister", "Boris Johnson")])
def test_the_former_holder_speaks(office, name):
    text = (f"Former {office} {name} addressed the convention on Tuesday night.\n\n"
            f"“We cannot afford to sit this one out,” the former {office} said.")
    assert _speakers(text) == [name]


def test_the_present_holder_is_not_the_former_one():
    text = ("Prime Minister Keir Starmer spoke on Monday.\n\n"
            "“We cannot afford to sit this one out,” the former Prime Minister said.")
    assert _speakers(text) == [""]


def test_a_former_holder_written_after_former_in_a_list():
    text = ("President Joe Biden and former President Barack Obama campaigned together on "
            "Saturday.\n\n“We will win again,” the former president said.")
    assert _speakers(text) == ["Barack Obama"]
