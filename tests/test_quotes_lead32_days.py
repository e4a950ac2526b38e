"""A day and a part of the day after the speaker's name with no comma (issue 9, session 32):
“kata Ani Senin malam.”, “said Tom Hale Friday evening.” gave nobody (the day was read as
the name's last word, and the name then failed). The day ended the name only before a bracket,
a comma, a full stop or the end. Made-up sentences; the guards keep the nearby shapes."""

from __future__ import annotations

import pytest

from tests.quote_helpers import speakers

ID_LEAD = "Kepala Dinas Kesehatan Ani Ruspitawati memimpin rapat itu pada pagi hari.\n\n"
ID_SAID = "“Kami akan memeriksa semua kontrak yang ditandatangani tahun lalu,” "
EN_LEAD = "Health director Ann Kerr led the meeting in the morning.\n\n"
EN_SAID = '"We will check every contract signed last year and publish what we find," '


@pytest.mark.parametrize("cue", [
    "kata Ani Senin malam.", "kata Ani Selasa pagi.", "ujar Ani Rabu siang.",
    "kata Ani Kamis sore.",
    "kata Ani Jumat ini.", "kata Ani Sabtu dini hari.", "kata Ani Senin lalu.",
    "kata Ani Senin pekan lalu.", "kata Ani Ruspitawati Minggu malam.", "kata Ani Senin kemarin.",
    "kata Ani Senin sore di Jakarta.",
    # guards (passed before)
    "kata Ani Senin.", "kata Ani, Senin malam.", "kata Ani Minggu (8/12) malam.",
    "ujarnya Senin malam.", "kata Ani tadi malam.", "kata Ani pekan lalu.",
])
def test_indonesian_day_and_part_of_day_after_the_name(cue: str) -> None:
    assert speakers(ID_LEAD + ID_SAID + cue) == ["Ani Ruspitawati"]


@pytest.mark.parametrize("cue", [
    "said Ann Kerr Monday night.", "said Kerr Tuesday morning.", "said Kerr Friday evening.",
    "said Tom Hale Wednesday afternoon at a news conference.",
    # guards (passed before)
    "said Ann Kerr Monday.", "Kerr said Monday night.", "said Kerr on Monday night.",
    "said Kerr last Monday.",
])
def test_english_day_and_part_of_day_after_the_name(cue: str) -> None:
    expected = "Tom Hale" if "Hale" in cue else "Ann Kerr"
    assert speakers(EN_LEAD + EN_SAID + cue) == [expected]

