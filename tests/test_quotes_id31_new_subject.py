"""A new subject named in full after the last speaker, then again by a short name, in a
paragraph that runs on (“… kata Rina Wulandari. Budi Santoso menolak tuntutan itu. Budi
yakin … “…,” ujarnya.”) takes the pronoun (issue 9, id, s31).

People._pronoun gave the pronoun to such a subject when its last mention was a full name
(or an introduction, or someone who spoke before); a short mention right before the
quotation (“Budi yakin …”) left it with the last speaker. It now counts too when the same
person was the subject of a sentence, named in full, since the last speaker. Someone named
in full as an object (“menunggu pernyataan Gubernur Jerome Powell”) does not. The
paragraphs are made up.
"""

import pytest
from quote_helpers import speakers

_RINA = ("Mogok\n\n“Kami tidak akan menerima tawaran ini,” kata Rina Wulandari, juru runding"
         " serikat.")
_SAID = " “Angkanya tidak masuk akal,” ujarnya.\n"


@pytest.mark.parametrize(("middle", "expected"), [
    (" Budi Santoso menolak tuntutan itu pada Senin. Budi yakin pabrik tidak mampu membayar"
     " lebih.", "Budi Santoso"),
    (" Sementara pemilik pabrik Budi Santoso menolak tuntutan itu. Budi yakin pabrik tidak"
     " mampu membayar lebih.", "Budi Santoso"),
    # guard: named in full as an object, the last speaker goes on
    (" Serikat menunggu tanggapan pemilik pabrik Budi Santoso. Rencananya, Budi akan menemui"
     " buruh pekan depan.", "Rina Wulandari"),
])
def test_the_new_subject_takes_the_pronoun(middle: str, expected: str) -> None:
    assert speakers(_RINA + middle + _SAID) == ["Rina Wulandari", expected]
