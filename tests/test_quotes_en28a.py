"""An office written with a hyphen is a role word (issue 9, en, s28).

“vice-chairman”, “editor-in-chief” or “co-chair” is one token, and the lexicon's roles
listed only the words on either side of the hyphen. So the apposition in “Sir Peter Hale,
vice-chairman of the committee, said: “…”” did not read as one (an article or a role word
opens it), the name before it went unread and the quotation got nobody, or the body at
the apposition's end (“Ana Ruiz, editor-in-chief of the Daily Ledger, said”); and “said
vice-chairman Peter Hale” found no role before the name. The lexicon now lists the English
offices written “vice-…”, “co-…” and “…-general”, “…-in-chief”. The paragraphs here are
made up.
"""

from quote_helpers import quotations


def test_a_hyphenated_office_between_commas_before_said() -> None:
    text = ("The council met on Monday.\n\nLeading the calls for a vote, Sir Peter Hale, "
            "vice-chairman of the finance committee, said: \"I have always felt that it "
            "would be June, and this reinforces my view.\"\n")
    [q] = quotations(text)
    assert (q.speaker, q.speaker_unsure) == ("Peter Hale", False)


def test_the_body_at_the_end_of_the_apposition_does_not_speak() -> None:
    text = ("The paper changed hands in May.\n\nAna Ruiz, editor-in-chief of the Daily "
            "Ledger, said, \"We will keep every reporter we have and hire more.\"\n")
    assert [q.speaker for q in quotations(text)] == ["Ana Ruiz"]


def test_a_hyphenated_office_before_the_name_after_said() -> None:
    text = ("The club met on Monday.\n\n\"We will not sell the ground to anyone, whatever "
            "they offer,\" said vice-chairman Peter Hale.\n")
    assert [q.speaker for q in quotations(text)] == ["Peter Hale"]


# guards: what already worked, and an unnamed source, stay as they were


def test_an_unnamed_vice_chairman_stays_nobody() -> None:
    text = ("The club met on Monday.\n\nA vice-chairman of the club said: \"We will not sell "
            "the ground to anyone, whatever they offer.\"\n")
    assert [q.speaker for q in quotations(text)] == [""]


def test_a_hyphenated_office_after_the_quotation_and_a_co_chair() -> None:
    text = ("The task force reported on Friday.\n\nTom Vale, co-chair of the task force, "
            "told reporters: \"The numbers are worse than anyone expected last year.\"\n\n"
            "\"We will not sell the ground to anyone, whatever they offer,\" Lina Moss, "
            "vice-president of the supporters club, said.\n")
    assert [q.speaker for q in quotations(text)] == ["Tom Vale", "Lina Moss"]


def test_a_hyphenated_word_that_is_no_office_is_no_apposition() -> None:
    # (“well-known in the town” opens with neither an article nor a role: a guess, marked)
    text = ("The club met on Monday.\n\nPeter Hale, well-known in the town, said: \"We will "
            "not sell the ground to anyone, whatever they offer.\"\n")
    [q] = quotations(text)
    assert (q.speaker, q.speaker_unsure) == ("Peter Hale", True)
