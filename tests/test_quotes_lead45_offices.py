"""An office written after a possessive with a word of its kind, and a page's policy link
(issue 9, session 45): “said the study’s lead author, Dr. Hugh Sampson” names Hugh Sampson;
“This site is protected by recaptcha Privacy Policy | Terms of Service” names nobody a
later “he said” could point to."""

import pytest

from reader.core.quotes import suggest

_LEAD = "Doctors reported the results on Monday.\n\n"


def _speakers(text):
    return [s.speaker for s in suggest(text) if s.kind == "quote"]


@pytest.mark.parametrize("cue", [
    "said the study’s lead author, Dr. Hugh Sampson, a professor of pediatrics.",
    "said the trial’s principal investigator, Dr. Hugh Sampson.",
])
def test_a_kind_of_office_after_a_possessive_then_the_name(cue):
    text = _LEAD + "“They will not have to worry about traces of peanut,” " + cue
    assert _speakers(text) == ["Hugh Sampson"]


def test_a_policy_link_is_nobody_a_pronoun_points_to():
    text = (_LEAD + "It means that “they will not have to worry about traces of peanut,” "
            "said the study’s lead author, Dr. Hugh Sampson.\n\nTrending stories and all the "
            "best of TODAY. This site is protected by recaptcha Privacy Policy | Terms of "
            "Service\n\n"
            "The patch may appeal to children who are too frightened to try other therapy."
            "\n\n“So it’s tough to get them to take it,” he said.")
    assert "Privacy Policy" not in _speakers(text)
