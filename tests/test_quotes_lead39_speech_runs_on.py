"""English papers print a long speech as a run of quoted paragraphs after the one that
carries the cue ("…," he told British Canoeing. / "I've had a great time …" / "I've had great
support …"): each is the speaker's, as sure as the first, not a guess to check. Since
76e843a4 read such bodies as paragraphs one a line, these came marked (38 right speakers of
dev's English rounds; review 39, F5). A quotation after a paragraph of narration stays
marked. Texts made up (session 39)."""

import pytest

from reader.core.quotes import suggest

_RUN = ('"I have had so many fantastic experiences and races," he told British Canoeing.\n'
        '"I have had a great time and achieved results that I am proud of.\n'
        '"I have had great support from brilliant coaches and training groups."')


def _marks(text: str) -> list[tuple[str, bool]]:
    return [(s.speaker, s.speaker_unsure) for s in suggest(text) if s.kind == "quote"]


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_speech_printed_as_a_run_of_paragraphs(sep):
    text = ("Canoeist retires\n\nThree-time Olympic medallist David Florence has announced "
            "his retirement from canoeing after a career of nearly twenty years.\n"
            + _RUN).replace("\n", sep).replace(sep + sep + sep, sep + sep)
    text = text.replace("retires" + sep, "retires\n\n", 1)
    assert _marks(text) == [("David Florence", False)] * 3


def test_after_narration_the_quotation_stays_a_guess():
    text = ("Canoeist retires\n\nThree-time Olympic medallist David Florence has announced "
            "his retirement from canoeing after a career of nearly twenty years.\n"
            '"I have had so many fantastic experiences and races," he told British Canoeing.\n'
            "He won silver medals at three Olympic Games and was a world champion twice.\n"
            '"I have had a great time and achieved results that I am proud of."')
    assert _marks(text)[-1] == ("David Florence", True)


def test_a_cue_paragraph_that_brings_in_another_person_leaves_the_run_a_guess():
    # (review 39b, finding 2: the next quoted paragraph is often the new person's; with
    # paragraphs one a line another rule still gives it to Tom Ellis unmarked: left)
    text = ("Residents split over wind farm\n\nPlans for 12 turbines on the moor have "
            "divided the village of Hebden.\n\n"
            '"It will bring jobs and cheaper power," said parish councillor Tom Ellis. '
            "His neighbour, retired farmer Mary Hollins, was not convinced.\n\n"
            '"They will ruin the view that brought us all here in the first place."\n\n'
            "The developer says a decision is due in the spring.")
    assert _marks(text)[-1][1] is True
