"""The subject of a participle's clause in a long sentence (issue 9, en, s28).

“So, with just a few days to go before the first caucuses in Iowa, and …, Vale quit—telling
a town hall meeting in Windham, N.H., “…””: a speech participle (telling, saying, adding)
points at its clause's subject, and when no name stands right before it the engine took
the sentence's subject from its first dozen words only; a long opening put the name past
them, and the quotation got nobody. ``attribution._clause_subject`` (after
``sentence_subject`` found nobody, English) takes the nearest person before the participle
whose name a lower-case verb follows, not after a preposition nor a possessive, marked.
The paragraphs here are made up.
"""

from quote_helpers import quotations


def _who(text: str) -> list[tuple[str, bool]]:
    return [(q.speaker, q.speaker_unsure) for q in quotations(text)]


def test_the_subject_past_a_long_opening() -> None:
    text = ("Former governor Tom Vale ended his campaign on Wednesday.\n\nSo, with just a few "
            "days to go before the first caucuses in Iowa, and a few more days to go before "
            "the first primary in New Hampshire, Vale quit—telling a town hall meeting in "
            "Windham, N.H., “I have always said there would come a point when I could not see "
            "a path to winning.”\n")
    assert _who(text) == [("Tom Vale", True)]


def test_the_subject_after_a_semicolon() -> None:
    text = ("The pilot project was adopted after a 26-11 vote on Tuesday morning; however "
            "Ward 7 Councillor Tom Vale abstained from the vote in protest, later telling "
            "CP24 that he “flew the coop” because the topic was not “worthy of the council’s "
            "time.”\n")
    assert _who(text)[-1] == ("Tom Vale", True)


# guards: a name after a preposition or one a preposition follows is no subject


def test_a_name_after_or_before_a_preposition_is_no_subject() -> None:
    owned = ("Ana Ruiz spoke first.\n\nWith a few days to go before the vote in the north of "
             "the country and in the towns along the coast, the campaign of Ana Ruiz ended, "
             "telling supporters “we will be back next year for the next vote.”\n")
    object_ = ("Ana Ruiz spoke first.\n\nWith a few days to go before the vote in the north of "
               "the country and in the towns along the coast, the crowd cheered Ana Ruiz on, "
               "telling reporters “we will be back next year for the next vote.”\n")
    assert _who(owned) == [("", False)]
    assert _who(object_) == [("", False)]
