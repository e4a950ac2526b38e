"""Sentence adverbs are no names (issue 9, session 45): “Likewise, the president …”,
“Nevertheless, …”, “Furthermore, …” opening a sentence name nobody a later quotation
could be given to."""

import pytest

from reader.core.quotes import suggest


@pytest.mark.parametrize("adverb", ["Likewise", "Nevertheless", "Moreover", "Furthermore",
                                    "Consequently", "Similarly", "Otherwise"])
def test_a_sentence_adverb_is_no_speaker(adverb):
    text = (f"The president met the new board on Monday.\n\n{adverb}, the Head of State said "
            "that there will be no interference on his part.\n\n“Yet I do call on the future "
            "board to walk with us.”")
    assert [s.speaker for s in suggest(text) if s.kind == "quote"] != [adverb]
