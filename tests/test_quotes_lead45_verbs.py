"""English verbs of saying a desk uses for colour, after the quotation and before the name
(issue 9, session 45): “…,” speculates Dan Ott, 55, a consultant. / “…,” Fong suggested. /
“…,” pointed out Tom Vale. Read only right beside a quotation (elsewhere “offered”,
“suggested”, “called out” narrate)."""

import pytest

from reader.core.quotes import suggest

_LEAD = "The council met on Monday to discuss the budget for the coming year.\n\n"


def _speakers(text):
    return [s.speaker for s in suggest(text) if s.kind == "quote"]


@pytest.mark.parametrize("verb", [
    "speculated", "suggested", "sighed", "cried", "deadpanned", "enthused", "marvelled",
    "fumed", "ventured", "reasoned", "surmised", "theorized", "reckoned", "offered",
    "begged", "demanded", "grumbled", "muttered", "protested", "objected",
    "pointed out", "went on", "shot back", "chimed in", "summed up",
])
def test_a_verb_before_the_name_gives_the_speaker(verb):
    text = (_LEAD + f"“We cannot keep paying for roads that nobody uses,” {verb} Tom Vale, "
            "the finance chair.\n\nAnn Kerr, the mayor, was not convinced. “The numbers "
            f"simply do not add up any more,” she {verb}.")
    assert _speakers(text) == ["Tom Vale", "Ann Kerr"]


def test_a_particle_verb_before_a_lower_case_word_names_nobody():
    text = (_LEAD + "“Shame on you,” called out the crowd as the members left.")
    assert _speakers(text) == [""]
