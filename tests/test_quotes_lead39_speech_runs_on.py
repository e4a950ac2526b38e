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
