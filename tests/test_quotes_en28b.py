"""A quotation opening its sentence after a sentence of narration about a named person is
a guess at that person (issue 9, en, s28).

A paragraph that tells of someone and then gives a quotation with no cue (“Tom Vale has
lived by the river for forty years. “I remember when …””) gave nobody: the engine read a
paragraph of narration before the quotation's own paragraph (``_introduced``) but not a
sentence of it before the quotation in the same paragraph. When nobody is named for the
quotation, nobody spoke earlier in the paragraph, no speech verb follows the quotation in
its sentence and the sentence before opens with a person's name (not a body's, not “I”),
that person is offered, marked: check the speaker. The paragraphs here are made up.
"""

from quote_helpers import quotations


def _who(text: str) -> list[tuple[str, bool]]:
    return [(q.speaker, q.speaker_unsure) for q in quotations(text)]


def test_the_person_the_sentence_before_tells_of_marked() -> None:
    text = ("The village flooded again in March.\n\nTom Vale has lived by the river for forty "
            "years. “I remember when the water never came past the church. Now it comes "
            "every spring.”\n")
    assert _who(text) == [("Tom Vale", True)]


def test_a_statement_issued_in_the_sentence_before() -> None:
    text = ("The agency chose four cities for the museum.\n\nSenator Ana Ruiz issued a "
            "statement on the decision. “Like many people here, I am disappointed that our "
            "city was passed over again.”\n")
    assert _who(text) == [("Ana Ruiz", True)]


# guards: an unnamed speaker, a body, the writer and a name that is no subject stay nobody


def test_a_cue_after_the_quotation_keeps_its_unnamed_speaker() -> None:
    text = ("The village flooded again in March.\n\nTom Vale has lived by the river for forty "
            "years. “He has never once asked for help from anyone,” his lawyer said.\n")
    assert _who(text) == [("", False)]


def test_a_body_telling_the_sentence_before_is_no_guess() -> None:
    text = ("The village flooded again in March.\n\nThe Ministry of Water sent pumps on "
            "Monday. “The pumps will stay until the water has gone down.”\n")
    assert _who(text) == [("", False)]


def test_the_writer_or_a_name_that_is_no_subject_is_no_guess() -> None:
    first = ("The village flooded again in March.\n\nI drove to see Tom Vale on Monday. “The "
             "water came past the church this time.”\n")
    later = ("The village flooded again in March.\n\nYesterday the river rose again near the "
             "farm of Tom Vale. “The water came past the church this time.”\n")
    assert _who(first) == [("", False)]
    assert _who(later) == [("", False)]
