"""An office held in a body named after its kind in lower case, then a comma and the
person: “kata Ketua komunitas Sahabat Laut, Dodi Marwan” → Dodi Marwan (issue 9, id, s29).

After a speech verb, an office, a lower-case kind of body (“komunitas”, “maskapai
penerbangan”, “lembaga survei”) and the body's capitalised name, the person follows the
comma; the body's name was read as the speaker (“Sahabat Laut”). A body may be given a
second name after “atau” (“PT … Aviation atau Susi Air”). The paragraphs are made up.
"""

import pytest
from quote_helpers import speakers

_TEXT = ("Rute Terganggu\n\n"
         "Kabar itu datang pada Senin pagi dari kantor pusat di Jakarta.\n\n"
         "\"Semua rute kami terganggu sejak pekan lalu,\" {} kepada wartawan di Jakarta, "
         "Rabu (1/3/2023).\n\n"
         "Penerbangan lain juga dibatalkan.\n")


@pytest.mark.parametrize("cue", [
    "ujar Ketua komunitas Sahabat Laut, Dodi Marwan",
    "kata pendiri komunitas Sahabat Laut, Dodi Marwan",
    "ujar Direktur maskapai Angkasa Raya, Dodi Marwan",
    "ujar Kuasa hukum maskapai penerbangan PT Angkasa Raya Aviation atau Raya Air, "
    "Dodi Marwan",
])
def test_the_person_after_the_body_of_a_lower_case_kind(cue: str) -> None:
    assert speakers(_TEXT.format(cue)) == ["Dodi Marwan"]


# guards: what already held


@pytest.mark.parametrize("cue", [
    "kata Manajer klub Persib Bandung, Dodi Marwan",
    "kata Ketua kelompok tani Sumber Makmur, Dodi Marwan",
    "kata Ketua Komunitas Sahabat Laut, Dodi Marwan",
    "kata Dodi Marwan",
])
def test_offices_read_before_are_unchanged(cue: str) -> None:
    assert speakers(_TEXT.format(cue)) == ["Dodi Marwan"]


def test_a_body_of_that_kind_with_nobody_after_it_names_no_person_in_it() -> None:
    assert speakers(_TEXT.format("kata pengurus komunitas Sahabat Laut")) != ["Dodi Marwan"]
