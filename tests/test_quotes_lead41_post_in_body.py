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
    # (after a first review: a post with “of”, bodies named with “of”)
    "Darshin Perera, Head of Marketing, Sampath Bank PLC stated,",
    "Darshin Perera, Assistant General Manager, Bank of Ceylon stated,",
    "Darshin Perera, Director, Central Bank of Sri Lanka stated,",
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


@pytest.mark.parametrize("where", ["Speaking to Daily Mirror", "Speaking at Temple Trees",
                                   "Addressing the media in Hambantota Port"])
def test_an_outlet_or_a_place_before_an_unnamed_post_is_nobody_who_speaks(where):
    [q] = quotations(f"Title\n\nThe port handled a record volume last month. {where}, "
                     f"Chairman, Sri Lanka Ports Authority said, {_QUOTE}")
    assert q.speaker not in ("Daily Mirror", "Temple Trees", "Hambantota Port")
