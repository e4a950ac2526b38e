"""South Asian police ranks written before a surname (“ASP Wootler said”, Sri Lanka's
Assistant Superintendent of Police; DSP, SSP, IGP) are offices, not a name's first word
(en44's 3177 gave “ASP Wootler”, not “F.U. Wootler”, whom the article named first). Texts
made up (session 41)."""

import pytest

from tests.quote_helpers import quotations


@pytest.mark.parametrize("rank", ["ASP", "DSP", "SSP"])
def test_a_rank_before_a_surname(rank):
    text = ("Title\n\nPolice Media Spokesperson Assistant Superintendent of Police F.U. Wootler "
            f"confirmed the arrest yesterday. Explaining the events, {rank} Wootler said: "
            "\"Officers from the Sapugaskanda Police proceeded to the hospital at once.\"")
    [q] = quotations(text)
    assert q.speaker == "F.U. Wootler"
