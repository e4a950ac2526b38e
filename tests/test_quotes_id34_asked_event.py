"""A question told “pada” an event, not a person (issue 9, id, s34 review).

2ad6b3d7 reads “Andi bertanya kepada|pada Budi Santoso soal …” then ““…,” jawabnya.” as the
answer of the one asked. But “pada” is also “at”: “Andi bertanya pada Rapat Paripurna soal
anggaran” puts the question at a meeting, and the rule gave the meeting (“Rapat
Paripurna”) as the speaker. The one asked is now never a member that reads as no person
(``People.no_person``). The paragraphs are made up.
"""

import pytest
from quote_helpers import speakers

_ANSWER = "“Dananya sudah kami siapkan sejak awal tahun,” jawabnya."


@pytest.mark.parametrize("event", ["Rapat Paripurna", "Rapat Kerja Komisi", "Sidang Paripurna"])
def test_a_meeting_after_pada_is_nobody_asked(event: str) -> None:
    text = (f"Anggota DPRD Andi Pratama bertanya pada {event} soal anggaran jalan. "
            f"Kepala Dinas Budi Santoso hadir. {_ANSWER}")
    assert speakers(text) == ["Budi Santoso"]


def test_the_person_after_kepada_still_answers() -> None:
    text = ("Andi Pratama bertanya kepada Kepala Dinas Budi Santoso soal anggaran jalan. "
            f"{_ANSWER}")
    assert speakers(text) == ["Budi Santoso"]


def test_the_person_after_pada_still_answers() -> None:
    text = ("Wartawan Andi Pratama bertanya pada Budi Santoso soal anggaran jalan di rumahnya. "
            f"{_ANSWER}")
    assert speakers(text) == ["Budi Santoso"]
