"""A place's office is no name (issue 9, en, s28).

Headlines drop the article: “‘Venezuelans are pouring into Trinidad to be registered’ says
Cedros councillor”. The word after the verb read as a name, “Cedros” (a place), and spoke
unmarked. After a speech verb, one capitalised word followed only by a lower-case role word
(``attribution._after_quote``) is that role of the place or body, “Cedros councillor”: the
one the article gives that office, else nobody. The paragraphs here are made up.
"""

from quote_helpers import speakers


def test_a_place_s_councillor_is_who_holds_the_office() -> None:
    text = ("'Venezuelans are pouring into Trinidad to be registered' says Cedros councillor\n\n"
            "Cedros councillor Shankar Hale said the registration drew hundreds.\n")
    assert speakers(text)[0] == "Shankar Hale"


def test_the_place_is_never_the_speaker() -> None:
    text = ("The registration went on.\n\n“Venezuelans are pouring into Trinidad to be "
            "registered,” says Labour MP.\n")
    assert speakers(text) == [""]


# guard: a one-word name after the verb, then a time, is the name


def test_a_one_word_name_then_a_time_word() -> None:
    text = ("Councillor Shankar Hale spoke on Monday.\n\n“They are pouring in to be "
            "registered,” said Hale yesterday.\n")
    assert speakers(text) == ["Shankar Hale"]
