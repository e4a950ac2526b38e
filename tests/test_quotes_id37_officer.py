"""“Perwira” (an officer) and “bintara” (a non-commissioned officer) are role words, as
“jenderal” and the ranks are: “ujar perwira menengah Polri itu” points back at the officer
the article named. Before, nobody was given. Texts made up."""

import pytest

from tests.quote_helpers import speakers

_LEAD = "Kapolres Bandung AKBP Budi Santoso memimpin olah TKP. "


@pytest.mark.parametrize("cue", ["ujar perwira menengah Polri itu", "kata bintara itu"])
def test_the_officer_the_article_named(cue):
    assert speakers(f'{_LEAD}"Pelaku sudah kami amankan," {cue}.\n') == ["Budi Santoso"]


@pytest.mark.parametrize(("text", "expected"), [
    # an officer left unnamed is nobody (passes on the parent too)
    (f'{_LEAD}"Pelaku sudah kami amankan," kata seorang perwira.\n', ""),
    # an office before a name: the name
    ('"Pelaku sudah kami amankan," kata Perwira Penghubung Polda Bali Budi Santoso.\n',
     "Budi Santoso"),
])
def test_guards(text, expected):
    assert speakers(text) == [expected]
