"""A body named after the kind of body it is (issue 9, en, s28).

“…,” rights group Amnesty International said. / “…,” said the union Unite. /
“…,” Environmental organisation Save Our River says.: after a quotation, a body's name
with a noun before it that says what kind of body it is (group, organisation, union,
agency, charity, watchdog, think tank, newspaper, broadcaster, …) gave nobody: the words
after the mark opened with lower-case words that are no role, and nothing read past them.
``attribution._KIND_THEN_BODY`` reads “(the) <up to two words> <kind> <Name> <speech
verb>” and “<speech verb> (the) <…> <kind> <Name>” to the sentence's end: the body speaks.
A person after such words (“rights group director Tom Vale said”) is read as before. The
paragraphs here are made up.
"""

import pytest
from quote_helpers import speakers

_QUOTE = "The plan was published on Monday.\n\n“The river would be damaged for good,” {}.\n"


@pytest.mark.parametrize(("cue", "body"), [
    ("rights group Amnesty International said", "Amnesty International"),
    ("said the campaign group Greenpeace", "Greenpeace"),
    ("Environmental organisation Save Our River says", "Save Our River"),
    ("think tank Chatham House said in a report", "Chatham House"),
    ("news agency Reuters reported", "Reuters"),
])
def test_the_body_after_its_kind_speaks(cue: str, body: str) -> None:
    assert speakers(_QUOTE.format(cue)) == [body]


# guards: a person after such words, a body's unnamed member, and an unnamed group


@pytest.mark.parametrize("cue", ["rights group director Tom Vale said",
                                 "the group's leader Tom Vale said"])
def test_a_person_after_the_body_s_words_still_speaks(cue: str) -> None:
    assert speakers(_QUOTE.format(cue)) == ["Tom Vale"]


def test_an_unnamed_group_names_nobody() -> None:
    assert speakers(_QUOTE.format("a rights group said")) == [""]
