"""The reviewer's findings on session 32's English rules (issue 9). Made-up sentences.

- 35deaa21: a bare post as a sentence's subject (“The mayor told reporters …”) was taken for
  somebody unnamed even where an apposition gave the post to a person before (“Tom Vale, the
  mayor, arrived at noon.”): the cast's roles were not read yet when the post was checked, and
  the post's word after “the” counted as untied. “…,” he said. after it went to nobody.
- bb517441: a person's words owned by a possessive before the quotation (“Vale’s message:”)
  are not the speaker's when the one before answers them (“Kerr responded to Vale’s message:
  “…””, “Ann Kerr’s reply to Vale’s post: “…””): the quotation is the answer.
"""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

SAID = "\n\n“Nobody was hurt, but the building is a total loss,” he said."


@pytest.mark.parametrize("opening", [
    "Tom Vale, the mayor, arrived at noon. The mayor told reporters the cause was not yet known.",
    "Tom Vale, the sheriff, arrived at noon. The sheriff said the cause was not yet known.",
])
def test_a_post_given_by_apposition_is_theirs(opening: str) -> None:
    assert speakers(opening + SAID)[-1] == "Tom Vale"


@pytest.mark.parametrize("opening", [
    # (guards, as before: the post is nobody's, or written only after “the”)
    "Tom Vale runs a bakery. The mayor said the cause was not yet known.",
    "Tom Vale runs a bakery. The sheriff said the cause was not yet known.",
])
def test_an_untied_post_stays_unnamed(opening: str) -> None:
    assert speakers(opening + SAID)[-1] == ""


ARGUED = "Tom Vale and Ann Kerr argued on Monday.\n\n"
QUOTE = "“We will rebuild every home that was lost.”"


@pytest.mark.parametrize("before", [
    "Kerr responded to Vale’s message: ",
    "Ann Kerr’s reply to Vale’s post: ",
    "Kerr reacted to Vale’s post: ",
    "Ann Kerr replied to Vale’s remarks: ",
])
def test_an_answer_to_owned_words_is_the_answerers(before: str) -> None:
    assert speakers(ARGUED + before + QUOTE)[-1] == "Ann Kerr"


@pytest.mark.parametrize("before", [
    # (guards: the owned words are quoted)
    "Vale’s message was simple: ",
    "Vale’s reply: ",
    "Ann Kerr rejected Vale’s message: ",
    "Kerr set out to fact-check Vale’s statement that ",
])
def test_owned_words_stay_the_owners(before: str) -> None:
    assert speakers(ARGUED + before + QUOTE)[-1] == "Tom Vale"


# 1a6b0e6e: “…,” said Chelsea star Cole Palmer. gives the name after the describing noun; not
# where the first name is a person the article names, or the lower-case word a preposition
# or a participle (“said Kerr about Tom Vale”, “said Kerr quoting Tom Vale” gave Tom Vale)
MET = "Ann Kerr and Tom Vale met on Monday.\n\n“We will rebuild every home that was lost,” "


@pytest.mark.parametrize("cue", [
    "said Kerr about Tom Vale.",
    "said Kerr alongside Tom Vale.",
    "said Kerr against Tom Vale.",
    "said Kerr thanking Tom Vale.",
    "said Kerr quoting Tom Vale.",
    "said Kerr via Tom Vale.",
])
def test_the_first_named_speaks_of_the_second(cue: str) -> None:
    assert speakers(MET + cue) == ["Ann Kerr"]


@pytest.mark.parametrize(("cue", "expected"), [
    # (guards, as 1a6b0e6e)
    ("said Chelsea star Cole Palmer.", "Cole Palmer"),
    ("said Acme boss Tom Vale.", "Tom Vale"),
    ("said Labour leader Keir Starmer.", "Keir Starmer"),
])
def test_the_name_after_a_descriptor_still_speaks(cue: str, expected: str) -> None:
    assert speakers(MET + cue) == [expected]


# ca8225d6 read a name, a lower-case word and a name before the verb too: a speech verb or a
# past between two names (“…,” Nirupa Esau asked Tom Vale.) gave the one addressed
COUNCIL = "The council met on Monday.\n\n“We will rebuild every home that was lost,” "


@pytest.mark.parametrize(("cue", "expected"), [
    ("Nirupa Esau asked Tom Vale.", "Nirupa Esau"),
    ("Nirupa Esau warned Tom Vale.", "Nirupa Esau"),
    ("Nirupa Esau assured Tom Vale.", "Nirupa Esau"),
    ("Nirupa Esau promised Tom Vale.", "Nirupa Esau"),
    ("Ndlovu asked Tom Vale.", "Ndlovu"),
])
def test_the_one_who_asks_speaks(cue: str, expected: str) -> None:
    assert speakers(COUNCIL + cue) == [expected]


@pytest.mark.parametrize("cue", [
    # (guards, as ca8225d6)
    "Chelsea star Cole Palmer told reporters.",
    "Chelsea boss Cole Palmer said.",
])
def test_the_name_after_a_descriptor_before_the_verb(cue: str) -> None:
    assert speakers(COUNCIL + cue) == ["Cole Palmer"]
