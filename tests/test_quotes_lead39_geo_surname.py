"""A given name, then a surname that is also a people's or a place's word (“Mark Cuban”,
“Jack London”, “Mary Welsh”), is a person: the cast read “Mark Cuban” as a body, so
“he said” skipped him for the interviewer (en41's 3001: three, two unmarked). Texts made up
(session 39)."""

import pytest

from tests.quote_helpers import speakers


@pytest.mark.parametrize(("name", "said", "pronoun"), [
    ("Mark Cuban", "Cuban", "he"), ("Jack London", "London", "he"),
    ("Mary Welsh", "Mary Welsh", "she"),
])
def test_a_given_name_and_a_geo_surname_is_a_person(name, said, pronoun):
    text = (f"{name} spoke on Sunday.\n\nHost Chuck Todd spoke first.\n\n\"It's too early "
            f"to tell,\" said {said}.\n\n\"There are so many variables that I do not have "
            f"the answers to,\" {pronoun} said.")
    assert speakers(text) == [name, name]

def test_the_peoples_word_alone_stays_a_body():
    text = ('Cuban officials met on Monday.\n\n"We will not accept these terms," the Cuban '
            "delegation said.")
    assert speakers(text) == [""]
