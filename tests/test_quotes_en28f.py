"""More verbs that frame a partial quotation (issue 9, en, s28).

“in what President Ana Ruiz is calling a “new wave of attacks …”” gave nobody: the verbs
that frame a partial quotation (“called”, “described”, “dubbed”) lacked “termed” and
“branded”, and their -ing forms after “is” or “was”. A long sentence put the name past the
first words where the sentence's subject is looked for, so nothing else found it.
``lexicon.EN_FRAMING_VERBS`` adds termed, terms, branded, brands; ``EN_FRAMING_ING``
(calling, describing, dubbing, labelling, terming, branding) frames only after “is”, “was”,
“are”, “were” (``attribution.before_quote``): after a comma (“…, calling her “…””) the
sentence's subject frames, as before. The paragraphs here are made up.
"""

import pytest
from quote_helpers import quotations

_LONG = ("Two attacks hit the north overnight, according to officials in the region and local "
         "reporters, in what President Ana Ruiz {} a “new wave of attacks on the border "
         "towns” by the rebels.\n")


@pytest.mark.parametrize("verb", ["is calling", "termed", "has branded"])
def test_the_framing_verb_after_a_long_opening(verb: str) -> None:
    assert [q.speaker for q in quotations(_LONG.format(verb))] == ["Ana Ruiz"]


# guards: a participle after a comma, and a framing subject that is nobody


def test_calling_after_a_comma_is_the_subject_s_as_before() -> None:
    text = ("Tom Vale attacked the prosecutor on Monday, calling her “a danger to the whole "
            "city” in a post.\n")
    assert [(q.speaker, q.speaker_unsure) for q in quotations(text)] == [("Tom Vale", True)]


def test_a_report_calling_the_plan_something_names_nobody() -> None:
    text = ("Tom Vale met the board on Monday. The report is calling the plan “a disaster for "
            "the whole town” this week.\n")
    assert [q.speaker for q in quotations(text)] == [""]
