"""A relative described by the office and the name of the one they are kin to (“Anak
Presiden Ahmad Fauzi ini heran …”, “Putri Gubernur Ahmad Fauzi ini …”) is the person the
article was about, not the one named (issue 9, id, s31).

cast._kin_described read “Anak Ahmad Fauzi ini” so (“Kakak Raoul Salim ini …”), but not
with the office between the kin word and the name, so “kata dia” after it went to Ahmad
Fauzi. Up to three capitalised office words may now stand between. The paragraphs are
made up.
"""

import pytest
from quote_helpers import speakers

_SAID = "“Kami tidak akan mundur sampai tambang ilegal itu ditutup,” "
_LEAD = ("Debat\n\nCalon wakil presiden Rina Wulandari menanggapi pernyataan Budi Santoso soal"
         f" tambang. {_SAID}ujar Rina dalam debat.\n\n")


@pytest.mark.parametrize(("middle", "expected"), [
    ("Anak Presiden Ahmad Fauzi ini heran dengan sikap Budi.", "Rina Wulandari"),
    ("Putri Gubernur Ahmad Fauzi ini heran dengan sikap Budi.", "Rina Wulandari"),
    # guards: no kin word (the governor himself), and the kin word right before the name
    ("Gubernur Ahmad Fauzi ini heran dengan sikap Budi.", "Ahmad Fauzi"),
    ("Istri Ahmad Fauzi itu heran dengan sikap Budi.", "Rina Wulandari"),
])
def test_the_relative_described(middle: str, expected: str) -> None:
    assert speakers(f"{_LEAD}{middle}\n\n{_SAID}kata dia.\n") == ["Rina Wulandari", expected]
