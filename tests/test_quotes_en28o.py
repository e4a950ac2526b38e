"""A cue that opens the next quotation is not the last one's (issue 9, en, s28).

“…, the Civic Party stated, “The nation's leader passed away at 6:00 am today.” Party
secretary Tom Vale wrote in a Facebook post, “…””: the first quotation ends its sentence
(a full stop inside its closing mark), and the words after it run, with no stop, into a
comma and the next opening mark: they introduce the next quotation. The engine read them
first, as the first quotation's cue, over the cue before it. ``engine.attribute`` drops an
after-cue so placed (``_introduces_next``): the quotation takes the cue before it, or
nobody named (then the paragraph's earlier speaker). “…,” Tom Vale said, “…” (a comma
inside the first mark) stays one sentence. The paragraphs here are made up.
"""

from quote_helpers import speakers


def test_the_cue_before_wins_over_the_next_quotation_s_cue() -> None:
    text = ("Ana Ruiz died on Tuesday.\n\nAnnouncing her death on the party's page, the Civic "
            "Party stated, “The nation's leader passed away at 6:00 am today.” Party secretary "
            "Tom Vale wrote in a Facebook post, “We mourn the loss of our chairperson with deep "
            "sorrow.”\n")
    assert speakers(text) == ["Civic Party", "Tom Vale"]


def test_an_uncued_quotation_keeps_the_paragraph_s_speaker() -> None:
    text = ("The school opened on Monday.\n\nSpeaking at the launch, Ana Ruiz, head of the "
            "trust, said, “We are committed to every child. “Our fellows are placed in schools "
            "to change the lives of their students.” Tom Vale, a former fellow and guest "
            "speaker at the event, said, “It changed my life.”\n")
    assert speakers(text) == ["Ana Ruiz", "Ana Ruiz", "Tom Vale"]


# guard: one sentence split by its cue stays one speaker's


def test_a_quotation_split_by_its_cue() -> None:
    assert speakers("“We will win,” Tom Vale said, “and we will win big.”\n") == [
        "Tom Vale", "Tom Vale"]
