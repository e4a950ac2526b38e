"""Press releases (Sri Lanka's business pages, and many others) introduce a statement as
“Name, Post, Body said, “…”” or “Name, Post of the Body commented, “…””: the person who
holds the post speaks, not the body whose name stands before the verb (dev's round 204,
en44: 3161, 3166, 3167 gave the bank, the group, the association). Texts made up
(session 41)."""

import pytest

from tests.quote_helpers import quotations

_QUOTE = "“This initiative reflects our long-standing commitment to advancing digital progress.”"


@pytest.mark.parametrize("cue", [
    "Darshin Perera, Assistant General Manager, Sampath Bank PLC stated,",
    "Commenting on the launch, Darshin Perera, Assistant General Manager – Advanced Analytics "
    "and Card Centre, Sampath Bank PLC said,",
    "Darshin Perera, Head of Cards of the Sampath Bank Group commented,",
    "Darshin Perera, Chairman, Lanka Card Association mentioned,",
])
def test_the_post_holder_speaks(cue):
    [q] = quotations(f"Title\n\nThe bank launched the card on Monday. {cue} {_QUOTE}")
    assert q.speaker == "Darshin Perera"


@pytest.mark.parametrize("cue", [
    "Sampath Bank PLC stated,",
    "In a statement, Sampath Bank PLC, the country's third largest bank, said,",
    "In Colombo, Sri Lanka, Sampath Bank PLC said,",
])
def test_a_body_alone_still_speaks(cue):
    [q] = quotations(f"Title\n\nThe bank launched the card on Monday. {cue} {_QUOTE}")
    assert q.speaker == "Sampath Bank PLC"
