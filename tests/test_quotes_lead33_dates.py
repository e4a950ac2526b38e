"""A month, “Hari” before a day, or a capitalised part of the day after the speaker's name
(issue 9, session 33): “kata Ani Desember lalu.” and “said Tom Hale December 5.” gave nobody
(the month was read as the name's last word), “said Tom Hale Friday Night.” gave “Night” and
“kata Ani Hari Senin.” gave “Ani Ruspitawati Hari”. A month ends the name only before a
number or “lalu” / “ini” / “depan” / “kemarin”, since alone it may be a name's own word
(Juni, April, Mei). Made-up sentences; the guards keep the nearby shapes."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

ID_LEAD = "Kepala Dinas Kesehatan Ani Ruspitawati memimpin rapat itu pada pagi hari.\n\n"
ID_SAID = "“Kami akan memeriksa semua kontrak yang ditandatangani tahun lalu,” "
EN_LEAD = "Health director Ann Kerr led the meeting in the morning.\n\n"
EN_SAID = '"We will check every contract signed last year and publish what we find," '


@pytest.mark.parametrize("cue", [
    "kata Ani Desember lalu.", "kata Ani Ruspitawati Januari 2025.", "ujar Ani Mei ini.",
    "kata Ani Ruspitawati Oktober lalu di Jakarta.", "kata Ani Hari Senin.",
    "kata Ani Selasa Siang.", "kata Ani Ruspitawati Jumat Malam.",
    # guards (passed before)
    "kata Ani Senin malam.", "kata Ani, Desember lalu.", "kata Ani pada Desember lalu.",
    "kata Ani 4 Desember.", "kata Ani, Senin (4/12/2025).", "kata Ani pada hari Senin.",
])
def test_indonesian_month_or_capitalised_time_after_the_name(cue: str) -> None:
    assert speakers(ID_LEAD + ID_SAID + cue) == ["Ani Ruspitawati"]


@pytest.mark.parametrize("cue", [
    "said Ann Kerr December 5.", "said Kerr January 2025.", "said Kerr May 5.",
    "said Ann Kerr Friday Night.", "said Kerr Monday Evening at a news conference.",
    # guards (passed before)
    "said Kerr last December.", "said Kerr in December.", "said Kerr, May 5.",
    "said Ann Kerr Monday night.",
])
def test_english_month_or_capitalised_time_after_the_name(cue: str) -> None:
    assert speakers(EN_LEAD + EN_SAID + cue) == ["Ann Kerr"]


@pytest.mark.parametrize(("text", "expected"), [
    # a month word inside a name stays the name's: “Juni”, “April”, “Mei” are given names
    ("Guru honorer Juni Rahayu datang ke sekolah itu pagi-pagi.\n\n" + ID_SAID
     + "kata Juni Rahayu.", "Juni Rahayu"),
    ("Reporter April Ryan asked the first question.\n\n" + EN_SAID + "said April Ryan.",
     "April Ryan"),
    ("Warga bernama Siti Mei Lestari ikut rapat itu.\n\n" + ID_SAID + "kata Siti Mei Lestari.",
     "Siti Mei Lestari"),
])
def test_a_month_word_inside_a_name_stays(text: str, expected: str) -> None:
    assert speakers(text) == [expected]
