"""Offices the role lexicon lacked, so the name in apposition after them was no speaker
(issue 9, session 44, from round 219's wire copy): “said the Alpes-Maritimes sub-prefect,
Sébastien Humbert”, “the coroner, Ann Lee, said”."""

import pytest

from reader.core.quotes import suggest

LEAD = ("A truck drove into the crowd on Thursday night in the city of Nice, killing dozens "
        "of people who had gathered to watch the fireworks.\n\n")


@pytest.mark.parametrize(("cue", "speaker"), [
    ("said the Alpes-Maritimes sub-prefect, Sebastien Humbert.", "Sebastien Humbert"),
    ("said the regional prefect, Tom Vale.", "Tom Vale"),
    ("the coroner, Ann Lee, said.", "Ann Lee"),
    ("said the headteacher, Mary Kerr.", "Mary Kerr"),
    ("said the match referee, Tom Vale.", "Tom Vale"),
])
def test_a_name_after_an_office_and_a_comma_speaks(cue, speaker):
    text = LEAD + "“It was a scene of horror,” " + cue
    assert [s.speaker for s in suggest(text) if s.kind == "quote"] == [speaker]


@pytest.mark.parametrize(("cue", "speaker"), [
    ("a local member of parliament, Eric Ciotti, told France Info.", "Eric Ciotti"),
    ("the head of the regional council, Eric Ciotti, said.", "Eric Ciotti"),
    ("a friend of the family, Eric Ciotti, said.", ""),  # (no office: as before)
])
def test_an_office_with_lower_case_words_after_of_then_the_name(cue, speaker):
    text = LEAD + "“It was a scene of horror,” " + cue
    assert [s.speaker for s in suggest(text) if s.kind == "quote"] == [speaker]


def test_a_body_by_its_letters_closing_the_sentence_speaks():
    text = ("The Society of Indian Automobile Manufacturers (SIAM) withdrew its July 28 letter "
            "on fuel contamination after an uproar.\n\nAs “the testing basis and sample size "
            "were insufficient to support definitive conclusions, the communication was "
            "withdrawn” as it was sent inadvertently, SIAM said.")
    assert [s.speaker for s in suggest(text) if s.kind == "quote"] == [
        "Society of Indian Automobile Manufacturers"]
