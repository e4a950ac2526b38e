"""A title and a surname stand for one person throughout (issue 9, session 44).

British copy names two of a family by one surname apart by a title: the star is
“Skelton”, her mother “Mrs Skelton”. “Mrs Skelton added” after a sentence that names the
star by her given name stayed the mother's; “Skelton thanked viewers. She said …” is the
star's, whom the copy never titles."""

from reader.core.quotes import suggest


def _speakers(text):
    return [s.speaker for s in suggest(text) if s.kind == "quote"]


FAMILY = (
    "Dancing star Lucy Marsh wants win for her kids, says mum\n\n"
    "Dancing star Lucy Marsh is hoping to lift the trophy, her mother said.\n\n"
    "On Monday night, Marsh, 39, and her partner Tom Vale were put through to the final.\n\n"
    "Her mother Ann Marsh said she knew she wanted to win it for the children.\n\n"
    "\"I'm so proud, she's worked really hard,\" Mrs Marsh told the radio station.\n\n"
    "Mrs Marsh said she was looking forward to Saturday, when Lucy and Tom would dance the "
    "jive.\n\n"
    "\"She has grown so much over the weeks,\" Mrs Marsh added.\n\n"
    "After her final scores, Marsh thanked viewers for their support.\n\n"
    "She said: \"We have been so overwhelmed by the messages people send us.\""
)


def test_a_titled_surname_keeps_the_one_it_was_first_given_to():
    assert _speakers(FAMILY)[:2] == ["Ann Marsh", "Ann Marsh"]


def test_the_surname_alone_is_the_one_the_copy_never_titles():
    assert _speakers(FAMILY)[2] == "Lucy Marsh"

