"""An office said alone after a speech verb (“ujar Presiden.”, “kata Bupati.”) when the
article names its holder once, office first (“Presiden Prabowo Subianto memerintahkan …”)
(issue 9, id, s31).

“ujar Presiden.” vouches for “Presiden” as a word the article uses as a name (as “kata
Pangeran.” does for the boxer Pangeran Februzio), so the holder's one mention became a
member “Presiden Prabowo Subianto”, who then spoke. cast._office_heads merged such a
member only into another member the rest of the name opens (“Prabowo Subianto” named
elsewhere); with none, the office words before a name of two or more are now the office.
The paragraphs are made up.
"""

import pytest
from quote_helpers import speakers

_SAID = "“Kami tidak akan mundur sampai tambang ilegal itu ditutup,” "


@pytest.mark.parametrize(("middle", "cue", "expected"), [
    ("Presiden Prabowo Subianto memerintahkan penertiban tambang ilegal di Bangka.",
     "ujar Presiden.", "Prabowo Subianto"),
    ("Bupati Budi Santoso meninjau tambang ilegal di Bogor.", "kata Bupati.", "Budi Santoso"),
    ("Gubernur Dedi Mulyadi meninjau tambang ilegal di Bogor.", "kata Gubernur, Senin.",
     "Dedi Mulyadi"),
    ("Kapolres Budi Santoso meninjau tambang ilegal di Bogor.", "tegas Kapolres.",
     "Budi Santoso"),
])
def test_the_office_alone_is_its_holder(middle: str, cue: str, expected: str) -> None:
    text = (f"Tambang ilegal\n\n{middle} Menurut Menteri ESDM Bahlil Lahadalia, izin itu"
            f" akan dievaluasi. {_SAID}kata Bahlil.\n\n{_SAID}{cue}\n")
    assert speakers(text) == ["Bahlil Lahadalia", expected]


# guard: a given name that is also an office's word, said alone (tests/test_quotes_id13c)


def test_a_given_name_that_is_an_office() -> None:
    text = ("Tinju\n\nPetinju pelatnas Pangeran Februzio menyatakan siap bertanding. "
            f"{_SAID}kata Pangeran.\n")
    assert speakers(text) == ["Pangeran Februzio"]
