"""An office described, then “itu”, points back to its holder (issue 9, id, s27).

“ucap Wakil Ketua DPR RI Periode 2014-2019 itu”, “kata Menteri Kabinet Indonesia Maju
itu”, “kata Ketua Umum Masa Bakti 2020-2025 itu”: Indonesian news names the speaker again
by the office they held, its term or its cabinet written in capitals, and “itu” (“that
former deputy speaker”). The capitalised words after the office were read as a name
(“Periode”, “Maju”, “Masa Bakti”), given unmarked. After an office, a run that a pointer
ends (a year or a term may stand between) describes the one named before (dev
1254_beritakota_id: “Periode” for Fahri Hamzah). The paragraphs here are made up.
"""

import pytest

from reader.core.quotes import suggest


def _speakers(text: str) -> list[tuple[str, bool]]:
    return [(s.speaker, s.speaker_unsure) for s in suggest(text) if s.kind == "quote"]


_BEFORE = "Fahri Hamzah hadir dalam diskusi di Jakarta, Senin.\n\n"


@pytest.mark.parametrize("cue", [
    "ucap Wakil Ketua DPR RI Periode 2014-2019 itu",
    "kata Menteri Kabinet Indonesia Maju itu",
    "kata Ketua Umum Masa Bakti 2020-2025 tersebut",
])
def test_an_office_then_itu_is_the_one_named_before(cue: str) -> None:
    text = _BEFORE + f"“Lembaga baru itu adalah jawaban atas masalah lama,” {cue}.\n"
    assert [s for s, _ in _speakers(text)] == ["Fahri Hamzah"]


@pytest.mark.parametrize("cue, speaker", [
    # a name after the office, no pointer: the name
    ("kata Wakil Ketua DPR RI Adi Nugroho", "Adi Nugroho"),
    # a year after the name but no pointer: still the name
    ("kata Ketua Panitia Budi Santoso, Senin", "Budi Santoso"),
])
def test_names_after_an_office_stay(cue: str, speaker: str) -> None:
    text = _BEFORE + f"“Lembaga baru itu adalah jawaban atas masalah lama,” {cue}.\n"
    assert [s for s, _ in _speakers(text)] == [speaker]
