"""“Polda Metro Jaya”, Jakarta's police region, is a place, not “Metro” (a city in Lampung,
in the gazetteer) and a person “Jaya” (issue 9, session 33): “kata Kapolda Metro Jaya.”
gave the speaker “Jaya”, unmarked. Made-up sentences; the guards keep the holders named."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

QUOTE = "“Kami sudah mengerahkan perahu karet untuk mengevakuasi warga yang terjebak,” "
LEAD = "Banjir merendam ratusan rumah di Jakarta Timur sejak Minggu malam.\n\n"


def test_the_office_of_metro_jaya_alone_names_nobody() -> None:
    assert speakers(LEAD + QUOTE + "kata Kapolda Metro Jaya.") == [""]


@pytest.mark.parametrize(("cue", "expected"), [
    # guards (passed before)
    ("kata Kapolda Metro Jaya Irjen Karyono Wibowo.", "Karyono Wibowo"),
    ("ujar Kabid Humas Polda Metro Jaya Kombes Ade Sulistyo.", "Ade Sulistyo"),
    ("kata Kapolres Metro Bekasi Kota.", ""),
    ("ujar warga bernama Jaya Suprana.", "Jaya Suprana"),
])
def test_holders_and_people_called_jaya_stay(cue: str, expected: str) -> None:
    assert speakers(LEAD + QUOTE + cue) == [expected]
